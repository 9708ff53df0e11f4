import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { snapshotCounts } from "../../../../test/support/database.ts";
import {
  joinSpace,
  makeInvite,
  makePair,
  makeSpace,
  makeUser,
} from "../../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../../test/support/server.ts";

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const parts = {
  whatHappened: "I read your messages without asking.",
  impact: "You felt spied on and unsafe in your own home.",
  prevention: "I will never look at your phone, and I will tell you when I feel insecure.",
};

describe("step 1: acknowledge the damage", () => {
  it("goes from draft to acknowledged through a revision, with every version kept", async () => {
    const ann = await makeUser(server, { displayName: "Ann" });
    const spaceId = await makeSpace(ann, { side: "broke_trust" });
    const base = `/api/spaces/${spaceId}/acknowledgement`;

    // Before the other person joins: drafting works, sending waits.
    const draft = await ann.client.request("PUT", `${base}/draft`, {
      parts: { whatHappened: "A first private try" },
    });
    assert.equal(draft.status, 200);
    assert.equal(draft.body.myDraft.parts.whatHappened, "A first private try");
    const early = await ann.client.post(`${base}/versions`, { parts });
    assert.equal(early.status, 409);
    assert.match(early.body.error.message, /once the other person has joined/);

    const ben = await makeUser(server, { displayName: "Ben" });
    await joinSpace(ben, (await makeInvite(ann, spaceId)).token);
    const benView = await ben.client.get(base);
    assert.equal(benView.body.myDraft, null);
    assert.equal(JSON.stringify(benView.body).includes("A first private try"), false);

    const sent = await ann.client.post(`${base}/versions`, { parts });
    assert.equal(sent.status, 201);
    assert.equal(sent.body.myDraft, null, "the draft goes once sent");
    assert.equal(sent.body.state, "in_progress");
    const versionId = sent.body.threads[0].versions[0].id;

    const again = await ann.client.post(`${base}/versions`, { parts });
    assert.equal(again.status, 409, "no new version before an answer");

    const missing = await ben.client.post(`${base}/versions/${versionId}/answer`, {
      verdict: "something_missing",
      missing: "You haven't said you lied about it afterwards.",
      ownExperience: "I stopped sleeping well.",
    });
    assert.equal(missing.status, 200);
    assert.equal(missing.body.threads[0].status, "something_missing");

    const revised = await ann.client.post(`${base}/versions`, {
      parts: { ...parts, whatHappened: `${parts.whatHappened} Then I lied about it.` },
    });
    assert.equal(revised.status, 201);
    const v2 = revised.body.threads[0].versions[1];
    assert.equal(v2.version, 2);

    const stale = await ben.client.post(`${base}/versions/${versionId}/answer`, {
      verdict: "acknowledged",
    });
    assert.equal(stale.status, 409, "an old version cannot be answered");
    const done = await ben.client.post(`${base}/versions/${v2.id}/answer`, {
      verdict: "acknowledged",
    });
    assert.equal(done.status, 200);
    assert.equal(done.body.state, "done");

    const annView = await ann.client.get(base);
    assert.deepEqual(
      annView.body.threads[0].versions.map(
        (v: { version: number; response: { verdict: string } }) => [v.version, v.response.verdict],
      ),
      [
        [1, "something_missing"],
        [2, "acknowledged"],
      ],
    );
    assert.equal(
      annView.body.threads[0].versions[0].response.ownExperience,
      "I stopped sleeping well.",
    );
    const home = await ann.client.get(`/api/spaces/${spaceId}`);
    assert.equal(home.body.path[0].state, "done");
    const timeline = await ben.client.get(`/api/spaces/${spaceId}/timeline`);
    const types = timeline.body.events.map((e: { type: string }) => e.type);
    assert.ok(
      types.includes("account.sent") &&
        types.includes("account.answered") &&
        types.includes("step.completed"),
    );
  });

  it("in a both-hurt space, each writes and each answers; done only when both feel acknowledged", async () => {
    const { first, second, spaceId } = await makePair(server, "both_hurt");
    const base = `/api/spaces/${spaceId}/acknowledgement`;
    const a = await first.client.post(`${base}/versions`, { parts });
    const b = await second.client.post(`${base}/versions`, { parts });
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    const view = await first.client.get(base);
    assert.equal(view.body.threads.length, 2);
    const toFirst = view.body.threads.find((t: { reader: { isMe: boolean } }) => t.reader.isMe);
    const toSecond = view.body.threads.find((t: { writer: { isMe: boolean } }) => t.writer.isMe);
    await first.client.post(`${base}/versions/${toFirst.versions[0].id}/answer`, {
      verdict: "acknowledged",
    });
    assert.equal((await first.client.get(base)).body.state, "in_progress");
    await second.client.post(`${base}/versions/${toSecond.versions[0].id}/answer`, {
      verdict: "acknowledged",
    });
    assert.equal((await first.client.get(base)).body.state, "done");
  });

  it("refuses the hurt member writing an account and the writer answering their own", async () => {
    const { first, second, spaceId } = await makePair(server);
    const base = `/api/spaces/${spaceId}/acknowledgement`;
    assert.equal((await second.client.post(`${base}/versions`, { parts })).status, 403);
    assert.equal((await second.client.request("PUT", `${base}/draft`, { parts })).status, 403);
    const sent = await first.client.post(`${base}/versions`, { parts });
    const versionId = sent.body.threads[0].versions[0].id;
    assert.equal(
      (await first.client.post(`${base}/versions/${versionId}/answer`, { verdict: "acknowledged" }))
        .status,
      403,
    );
  });

  it("rejects bad input with 400 and changes nothing", async () => {
    const { first, second, spaceId } = await makePair(server);
    const base = `/api/spaces/${spaceId}/acknowledgement`;
    const before = await snapshotCounts(server.database);
    const badParts = [
      {},
      { parts: { ...parts, impact: "NUL \u0000 inside" } },
      { parts: { ...parts, whatHappened: "lone \ud800" } },
      { parts: "text" },
      { parts: { ...parts, impact: "x".repeat(4001) } },
      { parts: { whatHappened: 5 } },
    ];
    for (const body of badParts) {
      assert.equal(
        (await first.client.request("PUT", `${base}/draft`, body)).status,
        400,
        JSON.stringify(body).slice(0, 60),
      );
    }
    for (const body of [...badParts, { parts: { ...parts, whatHappened: "  " } }]) {
      const response = await first.client.post(`${base}/versions`, body);
      assert.equal(response.status, 400, JSON.stringify(body).slice(0, 60));
    }
    assert.deepEqual(
      await snapshotCounts(server.database),
      before,
      "no draft or version was stored",
    );
    const sent = await first.client.post(`${base}/versions`, { parts });
    const versionId = sent.body.threads[0].versions[0].id;
    const afterSend = await snapshotCounts(server.database);
    const badAnswers = [
      {},
      { verdict: "maybe" },
      { verdict: "something_missing" },
      { verdict: "something_missing", missing: "   " },
      { verdict: "acknowledged", ownExperience: "x".repeat(4001) },
    ];
    for (const body of badAnswers) {
      const response = await second.client.post(`${base}/versions/${versionId}/answer`, body);
      assert.equal(response.status, 400, JSON.stringify(body).slice(0, 80));
      assert.ok(response.body.error.fields || response.body.error.message);
    }
    const unknown = await second.client.post(
      `${base}/versions/01234567-89ab-7def-8123-456789abcdef/answer`,
      {
        verdict: "acknowledged",
      },
    );
    assert.equal(unknown.status, 404);
    assert.equal(
      (await second.client.post(`${base}/versions/nope/answer`, { verdict: "acknowledged" }))
        .status,
      400,
    );
    assert.deepEqual(await snapshotCounts(server.database), afterSend, "no answer was stored");
  });

  it("cannot answer another space's version through this space", async () => {
    const one = await makePair(server);
    const two = await makePair(server);
    const sent = await one.first.client.post(
      `/api/spaces/${one.spaceId}/acknowledgement/versions`,
      { parts },
    );
    const versionId = sent.body.threads[0].versions[0].id;
    const cross = await two.second.client.post(
      `/api/spaces/${two.spaceId}/acknowledgement/versions/${versionId}/answer`,
      { verdict: "acknowledged" },
    );
    assert.equal(cross.status, 404);
    const view = await one.first.client.get(`/api/spaces/${one.spaceId}/acknowledgement`);
    assert.equal(view.body.threads[0].versions[0].response, null);
  });
});
