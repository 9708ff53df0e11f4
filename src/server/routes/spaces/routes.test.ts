import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { snapshotCounts } from "../../../../test/support/database.ts";
import { makeInvite, makePair, makeSpace, makeUser } from "../../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../../test/support/server.ts";

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe("spaces", () => {
  it("creates a space whose home shows the nine steps and its member", async () => {
    const ann = await makeUser(server, { displayName: "Ann" });
    const created = await ann.client.post("/api/spaces", {
      title: "  Us  ",
      kind: "partner",
      side: "was_hurt",
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.space.title, "Us");
    const home = await ann.client.get(`/api/spaces/${created.body.space.id}`);
    assert.equal(home.status, 200);
    assert.equal(home.body.space.mySide, "was_hurt");
    assert.equal(home.body.waitingForOther, true);
    assert.deepEqual(
      home.body.path.map((s: { number: number }) => s.number),
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
    assert.ok(home.body.path.every((s: { state: string }) => s.state === "not_started"));
    assert.deepEqual(home.body.members, [
      {
        id: home.body.members[0].id,
        displayName: "Ann",
        role: "member",
        side: "was_hurt",
        isMe: true,
        joinedAt: home.body.members[0].joinedAt,
      },
    ]);
    const list = await ann.client.get("/api/spaces");
    assert.deepEqual(
      list.body.spaces.map((s: { id: string }) => s.id),
      [created.body.space.id],
    );
  });

  it("shows both members to each other, without emails or user ids", async () => {
    const { first, second, spaceId } = await makePair(server);
    for (const viewer of [first, second]) {
      const home = await viewer.client.get(`/api/spaces/${spaceId}`);
      assert.equal(home.status, 200);
      assert.equal(home.body.waitingForOther, false);
      assert.deepEqual(
        home.body.members.map((m: { displayName: string }) => m.displayName).sort(),
        ["Ann", "Ben"],
      );
      const text = JSON.stringify(home.body);
      assert.ok(!text.includes(first.user.email) && !text.includes(second.user.email));
      assert.ok(!text.includes(first.user.id) && !text.includes(second.user.id));
    }
    const secondHome = await second.client.get(`/api/spaces/${spaceId}`);
    assert.equal(secondHome.body.space.mySide, "was_hurt");
  });

  it("rejects bad input and creates nothing", async () => {
    const ann = await makeUser(server);
    const before = await snapshotCounts(server.database);
    for (const body of [
      {},
      { title: "T", kind: "enemy", side: "was_hurt" },
      { title: "T", kind: "friend", side: "innocent" },
      { title: "", kind: "friend", side: "was_hurt" },
      { title: "x".repeat(81), kind: "friend", side: "was_hurt" },
      { title: 3, kind: 4, side: 5 },
      { title: "Us\u0000", kind: "friend", side: "was_hurt" },
      { title: "Us \ud800", kind: "friend", side: "was_hurt" },
      [],
    ]) {
      const response = await ann.client.post("/api/spaces", body);
      assert.equal(response.status, 400, JSON.stringify(body));
    }
    assert.deepEqual(await snapshotCounts(server.database), before);
  });

  it("hides a space from non-members and anonymous callers", async () => {
    const { spaceId } = await makePair(server);
    const outsider = await makeUser(server);
    const asOutsider = await outsider.client.get(`/api/spaces/${spaceId}`);
    assert.equal(asOutsider.status, 404);
    assert.equal(JSON.stringify(asOutsider.body).includes("Our space"), false);
    assert.equal((await server.client().get(`/api/spaces/${spaceId}`)).status, 401);
    assert.equal(
      (await outsider.client.get("/api/spaces/01234567-89ab-7def-8123-456789abcdef")).status,
      404,
    );
    assert.equal((await outsider.client.get("/api/spaces/not-an-id")).status, 404);
    assert.equal((await server.client().get("/api/spaces")).status, 401);
  });
});

describe("leaving", () => {
  it("lets a member leave while the other keeps the space and its timeline", async () => {
    const { first, second, spaceId } = await makePair(server);
    const left = await second.client.post(`/api/spaces/${spaceId}/leave`);
    assert.equal(left.status, 200);
    assert.equal((await second.client.get(`/api/spaces/${spaceId}`)).status, 404);
    const home = await first.client.get(`/api/spaces/${spaceId}`);
    assert.equal(home.body.members.length, 1);
    assert.equal(home.body.waitingForOther, true);
    const timeline = await first.client.get(`/api/spaces/${spaceId}/timeline`);
    assert.deepEqual(timeline.body.events.map((e: { type: string }) => e.type).reverse(), [
      "space.created",
      "invite.created",
      "member.joined",
      "member.left",
    ]);
    assert.equal(timeline.body.events[0].actor, "Ben");
  });

  it("deletes the space when its last member leaves", async () => {
    const ann = await makeUser(server);
    const spaceId = await makeSpace(ann);
    await ann.client.post(`/api/spaces/${spaceId}/leave`);
    const row = await server.database.db
      .selectFrom("spaces")
      .select("id")
      .where("id", "=", spaceId)
      .executeTakeFirst();
    assert.equal(row, undefined);
  });

  it("keeps the space for the other member when one deletes their account", async () => {
    const { first, second, spaceId } = await makePair(server);
    assert.equal(
      (await second.client.post("/api/account/delete", { password: second.password })).status,
      200,
    );
    const home = await first.client.get(`/api/spaces/${spaceId}`);
    assert.equal(home.status, 200);
    assert.deepEqual(
      home.body.members.map((m: { displayName: string }) => m.displayName),
      ["Ann"],
    );
    const invite = await makeInvite(first, spaceId);
    assert.ok(invite.token, "the remaining member can invite someone again");
  });
});
