import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { snapshotCounts } from "../../../../test/support/database.ts";
import { makeUser } from "../../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../../test/support/server.ts";

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe("sign up", () => {
  it("creates the account, starts a session and never returns the hash", async () => {
    const client = server.client();
    const response = await client.post("/api/auth/signup", {
      email: "  Mira@Example.org ",
      displayName: "Mira",
      password: "a calm long password",
    });
    assert.equal(response.status, 201);
    assert.deepEqual(Object.keys(response.body.user).sort(), ["displayName", "email", "id"]);
    assert.equal(response.body.user.email, "mira@example.org");
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("mend_session="));
    assert.ok(cookie, "sets a session cookie");
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
    const me = await client.get("/api/auth/me");
    assert.equal(me.status, 200);
    assert.equal(me.body.user.displayName, "Mira");
    const stored = await server.database.db
      .selectFrom("users")
      .select("password_hash")
      .where("email", "=", "mira@example.org")
      .executeTakeFirstOrThrow();
    assert.match(stored.password_hash, /^\$argon2id\$/);
  });

  it("refuses a second account with the same email (any case)", async () => {
    const first = await makeUser(server);
    const response = await server.client().post("/api/auth/signup", {
      email: first.user.email.toUpperCase(),
      displayName: "Someone",
      password: "another long password",
    });
    assert.equal(response.status, 409);
    assert.equal(response.body.error.code, "conflict");
  });

  it("rejects bad input with field messages and creates nothing", async () => {
    const before = await snapshotCounts(server.database);
    const cases: unknown[] = [
      {},
      { email: "not-an-email", displayName: "A", password: "a calm long password" },
      { email: "a@b.org", displayName: "", password: "a calm long password" },
      { email: "a@b.org", displayName: "A", password: "short" },
      { email: 12, displayName: ["A"], password: null },
      { email: "a@b.org", displayName: "x".repeat(61), password: "a calm long password" },
      { email: `${"x".repeat(250)}@b.org`, displayName: "A", password: "a calm long password" },
      { email: "a@b.org", displayName: "A", password: "p".repeat(201) },
    ];
    for (const body of cases) {
      const response = await server.client().post("/api/auth/signup", body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(response.body.error.code, "bad_request");
      assert.ok(response.body.error.fields, "names the fields");
    }
    assert.deepEqual(await snapshotCounts(server.database), before);
  });

  it("answers malformed JSON, wrong content type and huge bodies with 4xx, never 500", async () => {
    const client = server.client();
    const broken = await client.request("POST", "/api/auth/signup", undefined, {
      rawBody: "{not json",
    });
    assert.equal(broken.status, 400);
    const text = await client.request("POST", "/api/auth/signup", undefined, {
      rawBody: "email=a",
      headers: { "content-type": "text/plain" },
    });
    assert.equal(text.status, 400);
    const huge = await client.post("/api/auth/signup", {
      email: "a@b.org",
      displayName: "x".repeat(70_000),
      password: "p",
    });
    assert.equal(huge.status, 413);
    assert.equal(huge.body.error.code, "too_large");
    for (const response of [broken, text, huge]) {
      assert.doesNotMatch(
        JSON.stringify(response.body),
        /\.ts:\d+|node_modules|stack/,
        "no stack trace",
      );
    }
  });
});

describe("log in and out", () => {
  it("logs in with the right password and out again", async () => {
    const { user, password } = await makeUser(server);
    const client = server.client();
    assert.equal((await client.get("/api/auth/me")).status, 401);
    const login = await client.post("/api/auth/login", { email: user.email, password });
    assert.equal(login.status, 200);
    assert.equal(login.body.user.id, user.id);
    assert.equal((await client.get("/api/auth/me")).status, 200);
    assert.equal((await client.post("/api/auth/logout")).status, 200);
    assert.equal((await client.get("/api/auth/me")).status, 401);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const { user } = await makeUser(server);
    const wrong = await server
      .client()
      .post("/api/auth/login", { email: user.email, password: "not the password" });
    const unknown = await server
      .client()
      .post("/api/auth/login", { email: "nobody@example.org", password: "not the password" });
    assert.equal(wrong.status, 401);
    assert.deepEqual(wrong.body, unknown.body);
  });

  it("rejects bad login input", async () => {
    for (const body of [
      {},
      { email: "a@b.org" },
      { email: "a@b.org", password: 5 },
      { email: "x", password: "y" },
    ]) {
      const response = await server.client().post("/api/auth/login", body);
      assert.equal(response.status, 400, JSON.stringify(body));
    }
  });

  it("a logged-out session token no longer works", async () => {
    const { client } = await makeUser(server);
    const token = client.cookies.get("mend_session");
    await client.post("/api/auth/logout");
    const stale = server.client();
    if (token) stale.cookies.set("mend_session", token);
    assert.equal((await stale.get("/api/auth/me")).status, 401);
  });
});

describe("change password", () => {
  it("needs the current password, then signs out other devices", async () => {
    const { client, user, password } = await makeUser(server);
    const otherDevice = server.client();
    await otherDevice.post("/api/auth/login", { email: user.email, password });
    const wrong = await client.post("/api/auth/password", {
      currentPassword: "nope nope",
      newPassword: "a new long password",
    });
    assert.equal(wrong.status, 400);
    assert.ok(wrong.body.error.fields.currentPassword);
    const ok = await client.post("/api/auth/password", {
      currentPassword: password,
      newPassword: "a new long password",
    });
    assert.equal(ok.status, 200);
    assert.equal((await client.get("/api/auth/me")).status, 200, "this device stays in");
    assert.equal((await otherDevice.get("/api/auth/me")).status, 401, "other devices are out");
    const relogin = await server
      .client()
      .post("/api/auth/login", { email: user.email, password: "a new long password" });
    assert.equal(relogin.status, 200);
  });

  it("rejects a too-short new password and anonymous callers", async () => {
    const { client, password } = await makeUser(server);
    const short = await client.post("/api/auth/password", {
      currentPassword: password,
      newPassword: "short",
    });
    assert.equal(short.status, 400);
    assert.ok(short.body.error.fields.newPassword);
    const anonymous = await server.client().post("/api/auth/password", {
      currentPassword: password,
      newPassword: "a new long password",
    });
    assert.equal(anonymous.status, 401);
  });
});

describe("CSRF protection", () => {
  it("refuses a state change without the token header or from another origin", async () => {
    const { client } = await makeUser(server);
    const noHeader = await client.post(
      "/api/spaces",
      { title: "T", kind: "friend", side: "was_hurt" },
      { csrf: false },
    );
    assert.equal(noHeader.status, 403);
    const foreign = await client.post(
      "/api/spaces",
      { title: "T", kind: "friend", side: "was_hurt" },
      {
        headers: { origin: "https://evil.example" },
      },
    );
    assert.equal(foreign.status, 403);
    const spaces = await client.get("/api/spaces");
    assert.equal(spaces.body.spaces.length, 0, "nothing was created");
  });
});

describe("rate limiting", () => {
  it("slows repeated log-in attempts from one address", async () => {
    const limited = await startTestServer({ authRateLimit: 3 });
    try {
      const client = limited.client();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await client.post("/api/auth/login", { email: "a@b.org", password: "wrong password" }))
            .status,
        );
      }
      assert.deepEqual(statuses, [401, 401, 401, 429]);
      const last = await client.post("/api/auth/login", {
        email: "a@b.org",
        password: "wrong password",
      });
      assert.equal(last.body.error.code, "rate_limited");
    } finally {
      await limited.close();
    }
  });
});

describe("delete account", () => {
  it("needs the password, then removes the account and its sessions", async () => {
    const { client, user, password } = await makeUser(server);
    const wrong = await client.post("/api/account/delete", { password: "not it at all" });
    assert.equal(wrong.status, 400);
    assert.equal((await client.post("/api/account/delete", {})).status, 400);
    const ok = await client.post("/api/account/delete", { password });
    assert.equal(ok.status, 200);
    assert.equal((await client.get("/api/auth/me")).status, 401);
    const login = await server.client().post("/api/auth/login", { email: user.email, password });
    assert.equal(login.status, 401);
    assert.equal((await server.client().post("/api/account/delete", { password })).status, 401);
  });
});
