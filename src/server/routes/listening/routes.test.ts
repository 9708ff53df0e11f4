import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { snapshotCounts } from "../../../../test/support/database.ts";
import { makePair } from "../../../../test/support/factories.ts";
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from "../../../../test/support/server.ts";

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function memberIds(client: TestClient, spaceId: string) {
  const view = await client.get(`/api/spaces/${spaceId}/listening`);
  const me = view.body.members.find((m: { isMe: boolean }) => m.isMe).id as string;
  const other = view.body.members.find((m: { isMe: boolean }) => !m.isMe).id as string;
  return { me, other };
}

describe("step 4: listening", () => {
  it("enforces the dialogue's turn order on the server, through a correction", async () => {
    const { first, second, spaceId } = await makePair(server);
    const base = `/api/spaces/${spaceId}/listening`;
    const moves = `${base}/moves`;
    const { me: annId, other: benId } = await memberIds(first.client, spaceId);
    const started = await first.client.post(`${base}/sessions`, {
      speakerMemberId: annId,
      inPerson: false,
    });
    assert.equal(started.status, 201);
    assert.equal(started.body.turn.expected, "perspective");
    assert.equal(started.body.turn.isMyTurn, true);

    const outOfTurn = await second.client.post(moves, {
      kind: "validation",
      text: "It makes sense.",
    });
    assert.equal(outOfTurn.status, 409);
    assert.equal(
      (await first.client.post(moves, { kind: "perspective", text: "I felt alone that night." }))
        .status,
      201,
    );
    const early = await second.client.post(moves, {
      kind: "validation",
      text: "It makes sense that you...",
    });
    assert.equal(early.status, 409);
    assert.match(early.body.error.message, /mirror/i);
    assert.equal(
      (await second.client.post(moves, { kind: "mirror", text: "What I heard is you were angry." }))
        .status,
      201,
    );
    assert.equal(
      (await second.client.post(moves, { kind: "mirror", text: "Again" })).status,
      409,
      "one mirror at a time",
    );
    assert.equal(
      (
        await first.client.post(moves, {
          kind: "correct",
          text: "Mostly, but I was lonely, not angry.",
        })
      ).status,
      201,
    );
    const benView = await second.client.get(base);
    assert.equal(benView.body.turn.expected, "mirror");
    assert.equal(benView.body.turn.isMyTurn, true);
    assert.equal(
      (await second.client.post(moves, { kind: "mirror", text: "What I heard is you felt alone." }))
        .status,
      201,
    );
    assert.equal(
      (await second.client.post(moves, { kind: "validation", text: "It makes sense" })).status,
      409,
      "not before the speaker confirms",
    );
    assert.equal((await first.client.post(moves, { kind: "confirm" })).status, 201);
    assert.equal(
      (
        await second.client.post(moves, {
          kind: "validation",
          text: "It makes sense that you felt alone.",
        })
      ).status,
      201,
    );
    const last = await second.client.post(moves, {
      kind: "empathy",
      text: "I imagine you feel unseen.",
    });
    assert.equal(last.status, 201);
    assert.equal(last.body.turn.expected, "round_complete");
    assert.equal(last.body.state, "in_progress");

    const swapped = await second.client.post(`${base}/rounds`, { speakerMemberId: benId });
    assert.equal(swapped.status, 201);
    assert.equal(swapped.body.session.rounds.length, 2);
    assert.equal(swapped.body.turn.member.id, benId);
    const ended = await first.client.post(`${base}/end`);
    assert.equal(ended.status, 200);
    assert.equal(ended.body.session, null);
    assert.equal(ended.body.pastSessions.length, 1);
    const types = (await first.client.get(`/api/spaces/${spaceId}/timeline`)).body.events.map(
      (e: { type: string }) => e.type,
    );
    for (const type of [
      "listening.session_started",
      "listening.mirror_corrected",
      "listening.mirror_confirmed",
      "listening.empathised",
    ]) {
      assert.ok(types.includes(type), type);
    }
  });

  it("shows whose turn it is on the space home, for the badge", async () => {
    const { first, second, spaceId } = await makePair(server);
    const { me: annId } = await memberIds(first.client, spaceId);
    await first.client.post(`/api/spaces/${spaceId}/listening/sessions`, {
      speakerMemberId: annId,
      inPerson: true,
      turnSeconds: 90,
    });
    await first.client.post(`/api/spaces/${spaceId}/listening/moves`, { kind: "perspective" });
    const benHome = await second.client.get(`/api/spaces/${spaceId}`);
    assert.deepEqual(
      benHome.body.awaiting.filter((a: { step: string }) => a.step === "listen"),
      [{ step: "listen", move: "mirror" }],
    );
    const annHome = await first.client.get(`/api/spaces/${spaceId}`);
    assert.equal(
      annHome.body.awaiting.some((a: { step: string }) => a.step === "listen"),
      false,
    );
    const inPersonMirror = await second.client.post(`/api/spaces/${spaceId}/listening/moves`, {
      kind: "mirror",
    });
    assert.equal(inPersonMirror.status, 400, "in person, each mirror needs its one-line summary");
    assert.ok(inPersonMirror.body.error.fields.summary);
  });

  it("rejects bad input with 400 and changes nothing", async () => {
    const { first, spaceId } = await makePair(server);
    const base = `/api/spaces/${spaceId}/listening`;
    const { me } = await memberIds(first.client, spaceId);
    const before = await snapshotCounts(server.database);
    for (const body of [
      {},
      { speakerMemberId: me },
      { speakerMemberId: me, inPerson: "yes" },
      { speakerMemberId: "nobody", inPerson: false },
      { speakerMemberId: me, inPerson: true, turnSeconds: 5 },
      { speakerMemberId: me, inPerson: true, turnSeconds: 100_000 },
    ]) {
      assert.equal(
        (await first.client.post(`${base}/sessions`, body)).status,
        400,
        JSON.stringify(body),
      );
    }
    const stranger = await first.client.post(`${base}/sessions`, {
      speakerMemberId: "01234567-89ab-7def-8123-456789abcdef",
      inPerson: false,
    });
    assert.ok([400, 403, 404].includes(stranger.status), `unknown speaker: ${stranger.status}`);
    assert.deepEqual(await snapshotCounts(server.database), before);
    await first.client.post(`${base}/sessions`, { speakerMemberId: me, inPerson: false });
    const afterStart = await snapshotCounts(server.database);
    for (const body of [
      {},
      { kind: "shout" },
      { kind: "perspective", text: "x".repeat(4001) },
      { kind: "perspective", text: "" },
    ]) {
      assert.equal(
        (await first.client.post(`${base}/moves`, body)).status,
        400,
        JSON.stringify(body).slice(0, 60),
      );
    }
    assert.deepEqual(await snapshotCounts(server.database), afterStart);
  });
});
