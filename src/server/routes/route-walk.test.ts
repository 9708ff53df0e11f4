// Walks every API route the app registers, so a new route is covered the day
// it is added: it must have an access rule, refuse anonymous callers and
// non-members, follow the policy table for each side, and answer bad input
// with a 4xx that changes nothing.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { snapshotCounts } from "../../../test/support/database.ts";
import { makeInvite, makePair, makeSpace, makeUser } from "../../../test/support/factories.ts";
import { startTestServer, type TestClient, type TestServer } from "../../../test/support/server.ts";
import { isAllowed, POLICY, type Role } from "../../domain/access/policy.ts";
import type { Side } from "../../domain/spaces/sides.ts";
import { readConfig } from "../config.ts";
import type { ApiRoute } from "../types.ts";

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const UNKNOWN_ID = "01234567-89ab-7def-8123-456789abcdef";

/** Fills a route's parameters with real values from a space, or unknown ones. */
function fill(url: string, values: { spaceId: string; inviteId?: string; token?: string }): string {
  return url
    .replace(":spaceId", values.spaceId)
    .replace(":inviteId", values.inviteId ?? UNKNOWN_ID)
    .replace(":token", values.token ?? "x".repeat(43))
    .replace(/:[A-Za-z]+/g, UNKNOWN_ID);
}

function call(client: TestClient, route: ApiRoute, url: string, body?: unknown) {
  return client.request(route.method, url, body ?? (route.hasBody ? {} : undefined));
}

const ACCESS_ERRORS = new Set(["unauthenticated", "forbidden", "not_found"]);

describe("every API route", () => {
  it("declares an access rule, and space rules name an action in the policy table", () => {
    const routes = server.app.apiRoutes;
    assert.ok(routes.length >= 15, `found ${routes.length} routes`);
    for (const route of routes) {
      if (route.access.kind === "space") {
        assert.ok(
          route.access.action in POLICY,
          `${route.method} ${route.url} names an unknown action`,
        );
        assert.ok(
          route.url.includes(":spaceId"),
          `${route.method} ${route.url} is a space route without :spaceId`,
        );
      }
      if (route.url.includes(":spaceId")) {
        assert.equal(
          route.access.kind,
          "space",
          `${route.method} ${route.url} takes a space id but has no space rule`,
        );
      }
    }
  });

  it("cannot be added without an access rule", async () => {
    const { buildApp } = await import("../app.ts");
    const app = await buildApp({
      db: server.database.db,
      config: { ...readConfig({}), ...testConfig() },
    });
    assert.throws(() => app.get("/api/forgotten", async () => ({})), /no access rule/);
    await app.close();
  });

  it("refuses anonymous callers on every non-public route and shows them nothing", async () => {
    const owner = await makeUser(server);
    const spaceId = await makeSpace(owner, { title: "Secret title" });
    const invite = await makeInvite(owner, spaceId);
    const anonymous = server.client();
    for (const route of server.app.apiRoutes) {
      if (route.access.kind === "public") continue;
      const response = await call(
        anonymous,
        route,
        fill(route.url, { spaceId, inviteId: invite.id, token: invite.token }),
      );
      assert.equal(response.status, 401, `${route.method} ${route.url}`);
      assert.equal(JSON.stringify(response.body).includes("Secret title"), false);
    }
  });

  it("answers a logged-in non-member with 404 on every space route and shows nothing", async () => {
    const { first, spaceId } = await makePair(server);
    const outsider = await makeUser(server);
    const before = await snapshotCounts(server.database);
    for (const route of server.app.apiRoutes) {
      if (route.access.kind !== "space") continue;
      const response = await call(outsider.client, route, fill(route.url, { spaceId }));
      assert.equal(response.status, 404, `${route.method} ${route.url}`);
      assert.equal(response.body.error.code, "not_found");
      assert.equal(JSON.stringify(response.body).includes("Our space"), false);
    }
    assert.deepEqual(await snapshotCounts(server.database), before, "nothing changed");
    assert.equal((await first.client.get(`/api/spaces/${spaceId}`)).status, 200);
  });

  it("lets each side do exactly what the policy table says", async () => {
    const sides: Side[] = ["broke_trust", "was_hurt", "both_hurt"];
    for (const route of server.app.apiRoutes) {
      const access = route.access;
      if (access.kind !== "space") continue;
      for (const side of sides) {
        // A fresh pair for each call: some routes (leaving) change membership.
        const creatorSide: Side = side === "was_hurt" ? "broke_trust" : side;
        const { first, second, spaceId } = await makePair(server, creatorSide);
        const member = side === "was_hurt" ? second : first;
        const response = await call(member.client, route, fill(route.url, { spaceId }));
        const refusedByAccess =
          [401, 403, 404].includes(response.status) &&
          ACCESS_ERRORS.has(response.body?.error?.code) &&
          /not in it|does not include|log in/.test(response.body?.error?.message ?? "");
        const expected = isAllowed(side as Role, access.action);
        assert.equal(
          !refusedByAccess,
          expected,
          `${side} on ${route.method} ${route.url}: ${response.status} ${JSON.stringify(response.body)}`,
        );
      }
    }
  });

  it("answers malformed bodies with 400 and changes nothing", async () => {
    const { first, spaceId } = await makePair(server, "both_hurt");
    const badBodies: unknown[] = [[], "text", 42, null, { unexpected: { deeply: ["nested"] } }];
    for (const route of server.app.apiRoutes) {
      if (!route.hasBody) continue;
      const url = fill(route.url, { spaceId });
      for (const body of badBodies) {
        const before = await snapshotCounts(server.database);
        const response = await first.client.request(route.method, url, undefined, {
          rawBody: JSON.stringify(body),
        });
        assert.equal(
          response.status,
          400,
          `${route.method} ${route.url} with ${JSON.stringify(body)}: ${response.status}`,
        );
        assert.equal(response.body.error.code, "bad_request");
        assert.deepEqual(
          await snapshotCounts(server.database),
          before,
          `${route.method} ${route.url} changed nothing`,
        );
      }
    }
  });

  it("answers ids that are not ids with a 4xx, never 500, on both databases", async () => {
    const { first, spaceId } = await makePair(server);
    for (const route of server.app.apiRoutes) {
      if (!route.url.includes(":")) continue;
      for (const junk of ["%00", "not-an-id", "%F0%9F%92%94", "x".repeat(300)]) {
        const url = route.url.replace(":spaceId", junk).replace(/:[A-Za-z]+/g, junk);
        const response = await call(first.client, route, url);
        assert.ok(
          [400, 404, 414].includes(response.status),
          `${route.method} ${url.slice(0, 60)}: ${response.status}`,
        );
      }
      const inOwnSpace = fill(route.url, { spaceId }).replace(UNKNOWN_ID, "%00");
      const response = await call(first.client, route, inOwnSpace);
      assert.ok(response.status < 500, `${route.method} ${inOwnSpace}: ${response.status}`);
    }
  });

  it("answers another space's ids as unknown", async () => {
    const { first, spaceId } = await makePair(server);
    const other = await makeUser(server);
    const otherSpace = await makeSpace(other);
    const otherInvite = await makeInvite(other, otherSpace);
    for (const route of server.app.apiRoutes) {
      if (!route.url.includes(":inviteId")) continue;
      const response = await call(
        first.client,
        route,
        fill(route.url, { spaceId, inviteId: otherInvite.id }),
      );
      assert.equal(response.status, 404, `${route.method} ${route.url}`);
    }
  });
});

function testConfig() {
  return {
    logLevel: "silent",
    webDir: "/nonexistent",
    authRateLimit: 1000,
    rateLimit: 1_000_000,
  } as const;
}
