import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { snapshotCounts } from "../../../../test/support/database.ts";
import { makePair } from "../../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../../test/support/server.ts";

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const parts = {
  regret: "I am so sorry.",
  responsibility: "I lied to you about where I was. It was my choice and it was wrong.",
  explanation: "I was afraid of your reaction, and I chose to hide it.",
  change: "From now on I will tell you the truth, even when it is hard.",
  repair: "What would make this right?",
};

describe("steps 2–3: the apology", () => {
  it("waits through 'not ready yet' without letting the writer ask again, then is accepted", async () => {
    const { first, second, spaceId } = await makePair(server);
    const base = `/api/spaces/${spaceId}/apology`;
    const sent = await first.client.post(`${base}/apologies`, { parts });
    assert.equal(sent.status, 201);
    assert.equal(sent.body.responsibilityState, "done");
    assert.equal(sent.body.apologiseState, "in_progress");
    const apologyId = sent.body.threads[0].apologies[0].id;

    const notReady = await second.client.post(`${base}/apologies/${apologyId}/answer`, {
      kind: "not_ready",
    });
    assert.equal(notReady.status, 200);
    assert.equal(notReady.body.threads[0].status, "not_ready");
    const home = await second.client.get(`/api/spaces/${spaceId}`);
    assert.equal(
      home.body.awaiting.some((a: { step: string }) => a.step === "apologise"),
      false,
      "nothing reminds the hurt member after 'not ready yet'",
    );

    const pushAgain = await first.client.post(`${base}/apologies`, { parts });
    assert.equal(pushAgain.status, 409);
    assert.match(pushAgain.body.error.message, /not ready yet/);

    const accepted = await second.client.post(`${base}/apologies/${apologyId}/answer`, {
      kind: "accept",
    });
    assert.equal(accepted.status, 200);
    assert.equal(accepted.body.apologiseState, "done");
    const twice = await second.client.post(`${base}/apologies/${apologyId}/answer`, {
      kind: "not_sincere",
      because: "x",
    });
    assert.equal(twice.status, 409);
    const types = (await first.client.get(`/api/spaces/${spaceId}/timeline`)).body.events.map(
      (e: { type: string }) => e.type,
    );
    assert.ok(types.includes("apology.sent") && types.includes("apology.answered"));
  });

  it("turns 'what would help me is …' into an amends request and lets the writer revise", async () => {
    const { first, second, spaceId } = await makePair(server);
    const base = `/api/spaces/${spaceId}/apology`;
    const sent = await first.client.post(`${base}/apologies`, { parts });
    const apologyId = sent.body.threads[0].apologies[0].id;
    const help = await second.client.post(`${base}/apologies/${apologyId}/answer`, {
      kind: "would_help",
      whatWouldHelp: "Share your location on nights out for a while.",
    });
    assert.equal(help.status, 200);
    const view = await first.client.get(base);
    assert.equal(view.body.amendsRequests.length, 1);
    assert.equal(
      view.body.amendsRequests[0].text,
      "Share your location on nights out for a while.",
    );
    assert.equal(view.body.amendsRequests[0].addressedTo.isMe, true);
    const revised = await first.client.post(`${base}/apologies`, { parts });
    assert.equal(revised.status, 201);
    assert.equal(revised.body.threads[0].apologies.length, 2);
  });

  it("refuses a forgiveness request until the hurt member opens it, and never asks them", async () => {
    const { first, second, spaceId } = await makePair(server);
    const base = `/api/spaces/${spaceId}/apology`;
    const writerView = await first.client.get(base);
    assert.equal(writerView.body.mayAskForForgiveness, false);
    const withRequest = { parts: { ...parts, forgivenessRequest: "Will you forgive me?" } };
    const refused = await first.client.post(`${base}/apologies`, withRequest);
    assert.equal(refused.status, 409);
    assert.match(refused.body.error.message, /open to a request for forgiveness/);
    assert.equal((await first.client.request("PUT", `${base}/draft`, withRequest)).status, 409);

    assert.equal(
      (await first.client.request("PUT", `${base}/forgiveness-openness`, { open: true })).status,
      403,
    );
    const opened = await second.client.request("PUT", `${base}/forgiveness-openness`, {
      open: true,
    });
    assert.equal(opened.status, 200);
    assert.equal(opened.body.iAmOpenToForgivenessRequest, true);
    assert.equal((await first.client.get(base)).body.mayAskForForgiveness, true);
    assert.equal((await first.client.post(`${base}/apologies`, withRequest)).status, 201);
  });

  it("keeps the writer's draft private and deletes it once sent", async () => {
    const { first, second, spaceId } = await makePair(server);
    const base = `/api/spaces/${spaceId}/apology`;
    const saved = await first.client.request("PUT", `${base}/draft`, {
      parts: { regret: "private words 7f3a" },
    });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.myDraft.parts.regret, "private words 7f3a");
    const other = await second.client.get(base);
    assert.equal(other.body.myDraft, null);
    assert.equal(JSON.stringify(other.body).includes("7f3a"), false);
    await first.client.post(`${base}/apologies`, { parts });
    assert.equal((await first.client.get(base)).body.myDraft, null);
  });

  it("rejects bad input with 400 and changes nothing", async () => {
    const { first, second, spaceId } = await makePair(server);
    const base = `/api/spaces/${spaceId}/apology`;
    const before = await snapshotCounts(server.database);
    for (const body of [
      {},
      { parts: { ...parts, responsibility: "" } },
      { parts: { ...parts, responsibility: "x".repeat(4001) } },
      { parts: { regret: ["a"] } },
    ]) {
      assert.equal(
        (await first.client.post(`${base}/apologies`, body)).status,
        400,
        JSON.stringify(body).slice(0, 60),
      );
    }
    assert.equal(
      (await first.client.request("PUT", `${base}/draft`, { parts: { repair: 12 } })).status,
      400,
    );
    assert.equal(
      (await second.client.request("PUT", `${base}/forgiveness-openness`, { open: "yes" })).status,
      400,
    );
    assert.deepEqual(await snapshotCounts(server.database), before);

    const sent = await first.client.post(`${base}/apologies`, { parts });
    const apologyId = sent.body.threads[0].apologies[0].id;
    const afterSend = await snapshotCounts(server.database);
    for (const body of [
      {},
      { kind: "forgive_everything" },
      { kind: "not_sincere" },
      { kind: "not_sincere", because: " " },
      { kind: "would_help", whatWouldHelp: "x".repeat(2001) },
    ]) {
      const response = await second.client.post(`${base}/apologies/${apologyId}/answer`, body);
      assert.equal(response.status, 400, JSON.stringify(body).slice(0, 60));
    }
    const unknown = await second.client.post(
      `${base}/apologies/01234567-89ab-7def-8123-456789abcdef/answer`,
      {
        kind: "accept",
      },
    );
    assert.equal(unknown.status, 404);
    assert.equal(
      (await first.client.post(`${base}/apologies/${apologyId}/answer`, { kind: "accept" })).status,
      403,
    );
    assert.deepEqual(await snapshotCounts(server.database), afterSend);
  });
});
