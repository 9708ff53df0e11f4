import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  joinSpace,
  makeInvite,
  makePair,
  makeSpace,
  makeUser,
} from "../../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../../test/support/server.ts";
import { hashToken } from "../../auth/tokens.ts";

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe("invites", () => {
  it("makes a single-use link, stored only as a hash, that previews the space", async () => {
    const ann = await makeUser(server, { displayName: "Ann" });
    const spaceId = await makeSpace(ann, { title: "Us", side: "broke_trust" });
    const created = await ann.client.post(`/api/spaces/${spaceId}/invites`);
    assert.equal(created.status, 201);
    assert.match(created.body.url, new RegExp(`/join/${created.body.token}$`));
    const stored = await server.database.db
      .selectFrom("invites")
      .selectAll()
      .where("space_id", "=", spaceId)
      .executeTakeFirstOrThrow();
    assert.equal(stored.token_hash, hashToken(created.body.token));
    assert.equal(JSON.stringify(stored).includes(created.body.token), false);
    const days =
      (Date.parse(created.body.invite.expiresAt) - Date.parse(created.body.invite.createdAt)) /
      86_400_000;
    assert.equal(days, 7);

    const preview = await server.client().get(`/api/invites/${created.body.token}`);
    assert.equal(preview.status, 200);
    assert.deepEqual(
      { ...preview.body, expiresAt: undefined },
      {
        spaceTitle: "Us",
        kind: "partner",
        invitedBy: "Ann",
        yourSide: "was_hurt",
        expiresAt: undefined,
      },
    );
    const list = await ann.client.get(`/api/spaces/${spaceId}/invites`);
    assert.equal(list.body.invites.length, 1);
    assert.equal(
      JSON.stringify(list.body).includes(created.body.token),
      false,
      "the list never shows the token",
    );
  });

  it("lets the invitee join once, with the other side; a third person is refused", async () => {
    const ann = await makeUser(server);
    const spaceId = await makeSpace(ann, { side: "both_hurt" });
    const { token } = await makeInvite(ann, spaceId);
    const ben = await makeUser(server);
    const anonymous = await server.client().post(`/api/invites/${token}/accept`);
    assert.equal(anonymous.status, 401);
    await joinSpace(ben, token);
    const home = await ben.client.get(`/api/spaces/${spaceId}`);
    assert.equal(home.body.space.mySide, "both_hurt");
    const cara = await makeUser(server);
    const again = await cara.client.post(`/api/invites/${token}/accept`);
    assert.equal(again.status, 410);
    assert.match(again.body.error.message, /already been used/);
    assert.equal((await cara.client.get(`/api/spaces/${spaceId}`)).status, 404);
    assert.equal((await server.client().get(`/api/invites/${token}`)).status, 410);
  });

  it("refuses new invites once the space has both members", async () => {
    const { first, spaceId } = await makePair(server);
    const response = await first.client.post(`/api/spaces/${spaceId}/invites`);
    assert.equal(response.status, 409);
  });

  it("refuses a member joining their own space", async () => {
    const ann = await makeUser(server);
    const spaceId = await makeSpace(ann);
    const { token } = await makeInvite(ann, spaceId);
    const response = await ann.client.post(`/api/invites/${token}/accept`);
    assert.equal(response.status, 409);
  });

  it("revokes a link so it can no longer be used", async () => {
    const ann = await makeUser(server);
    const spaceId = await makeSpace(ann);
    const invite = await makeInvite(ann, spaceId);
    assert.equal(
      (await ann.client.delete(`/api/spaces/${spaceId}/invites/${invite.id}`)).status,
      200,
    );
    const ben = await makeUser(server);
    const response = await ben.client.post(`/api/invites/${invite.token}/accept`);
    assert.equal(response.status, 410);
    assert.match(response.body.error.message, /withdrawn/);
    assert.equal((await ann.client.get(`/api/spaces/${spaceId}/invites`)).body.invites.length, 0);
  });

  it("refuses an expired link", async () => {
    const ann = await makeUser(server);
    const spaceId = await makeSpace(ann);
    const invite = await makeInvite(ann, spaceId);
    await server.database.db
      .updateTable("invites")
      .set({ expires_at: "2020-01-01T00:00:00.000Z" })
      .where("id", "=", invite.id)
      .execute();
    const ben = await makeUser(server);
    const response = await ben.client.post(`/api/invites/${invite.token}/accept`);
    assert.equal(response.status, 410);
    assert.match(response.body.error.message, /expired/);
  });

  it("answers unknown and malformed tokens and ids with 4xx", async () => {
    const ann = await makeUser(server);
    const spaceId = await makeSpace(ann);
    assert.equal((await server.client().get(`/api/invites/${"a".repeat(43)}`)).status, 404);
    assert.equal((await server.client().get("/api/invites/short")).status, 400);
    assert.equal((await ann.client.post(`/api/invites/${"b".repeat(43)}/accept`)).status, 404);
    const unknown = await ann.client.delete(
      `/api/spaces/${spaceId}/invites/01234567-89ab-7def-8123-456789abcdef`,
    );
    assert.equal(unknown.status, 404);
    assert.equal((await ann.client.delete(`/api/spaces/${spaceId}/invites/nope`)).status, 400);
  });

  it("cannot revoke or list another space's invites", async () => {
    const ann = await makeUser(server);
    const annSpace = await makeSpace(ann);
    const annInvite = await makeInvite(ann, annSpace);
    const mallory = await makeUser(server);
    const mallorySpace = await makeSpace(mallory);
    const crossRevoke = await mallory.client.delete(
      `/api/spaces/${mallorySpace}/invites/${annInvite.id}`,
    );
    assert.equal(crossRevoke.status, 404);
    assert.equal(
      (await mallory.client.delete(`/api/spaces/${annSpace}/invites/${annInvite.id}`)).status,
      404,
    );
    assert.equal((await mallory.client.get(`/api/spaces/${annSpace}/invites`)).status, 404);
    const still = await ann.client.get(`/api/spaces/${annSpace}/invites`);
    assert.equal(still.body.invites.length, 1);
  });
});
