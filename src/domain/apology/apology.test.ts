import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { SpaceMember } from "../acknowledgement/shared.ts";
import { AppError } from "../errors.ts";
import { type ApologyAnswerInput, answerApology } from "./answer-apology.ts";
import {
  APOLOGY_LIMITS,
  type Apology,
  type ApologyPartsInput,
  apologyFullText,
  apologyThreadStatus,
  type ForgivenessOpenness,
} from "./apology.ts";
import { saveApologyDraft } from "./save-apology-draft.ts";
import { sendApology } from "./send-apology.ts";
import { setForgivenessOpenness } from "./set-forgiveness-openness.ts";
import { apologiseStepState, apologyAwaiting, responsibilityStepState } from "./step-state.ts";
import { turnAmendsRequestIntoCommitment } from "./turn-amends-request-into-commitment.ts";

const BROKE: SpaceMember = { memberId: "m-broke", side: "broke_trust" };
const HURT: SpaceMember = { memberId: "m-hurt", side: "was_hurt" };
const ANA: SpaceMember = { memberId: "m-ana", side: "both_hurt" };
const BEN: SpaceMember = { memberId: "m-ben", side: "both_hurt" };
const PAIR = [BROKE, HURT];
const BOTH = [ANA, BEN];
const NOW = "2025-03-01T10:00:00.000Z";
const PARTS: ApologyPartsInput = {
  regret: "I am so sorry.",
  responsibility: "I lied to you about the money. It was my choice.",
  change: "From now on I will show you the statements every month.",
  repair: "What would make this right?",
};
const OPEN = (m: SpaceMember): ForgivenessOpenness[] => [
  { memberId: m.memberId, open: true, changedAt: NOW },
];

let seq = 0;
const id = (p: string) => `${p}-${++seq}`;

function rejects(fn: () => unknown, code: AppError["code"], pattern?: RegExp): AppError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof AppError, `expected AppError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (pattern) assert.match(error.message, pattern);
    return error;
  }
  assert.fail(`expected AppError ${code}`);
}

function send(
  members: SpaceMember[],
  apologies: Apology[],
  actor: SpaceMember,
  parts: ApologyPartsInput = PARTS,
  openness: ForgivenessOpenness[] = [],
): Apology {
  return sendApology({
    members,
    actorMemberId: actor.memberId,
    apologies,
    openness,
    parts,
    apologyId: id("a"),
    now: NOW,
  }).apology;
}

function answer(
  members: SpaceMember[],
  apologies: Apology[],
  actor: SpaceMember,
  apology: Apology,
  input: ApologyAnswerInput,
) {
  const result = answerApology({
    members,
    actorMemberId: actor.memberId,
    apologies,
    apologyId: apology.id,
    answer: input,
    answerId: id("ans"),
    amendsRequestId: id("amends"),
    now: NOW,
  });
  const after = apologies.map((a) =>
    a.id === apology.id ? { ...a, answers: [...a.answers, result.answer] } : a,
  );
  return { result, apologies: after };
}

const dir = { writerMemberId: BROKE.memberId, readerMemberId: HURT.memberId };

describe("saveApologyDraft", () => {
  test("the writer drafts privately before the other joins; parts may be empty", () => {
    const { draft } = saveApologyDraft({
      members: [BROKE],
      actorMemberId: BROKE.memberId,
      apologies: [],
      openness: [],
      draft: null,
      draftId: "d1",
      parts: { regret: " sorry " },
      now: NOW,
    });
    assert.deepEqual(draft.parts, {
      regret: "sorry",
      responsibility: "",
      explanation: "",
      change: "",
      repair: "",
      forgivenessRequest: "",
    });
    assert.equal(draft.writerMemberId, BROKE.memberId);
  });

  test("hurt member cannot draft an apology; nobody writes in another's draft", () => {
    const base = {
      apologies: [],
      openness: [],
      draftId: "d",
      parts: {},
      now: NOW,
    };
    rejects(
      () => saveApologyDraft({ ...base, members: PAIR, actorMemberId: HURT.memberId, draft: null }),
      "forbidden",
    );
    const { draft } = saveApologyDraft({
      ...base,
      members: BOTH,
      actorMemberId: ANA.memberId,
      draft: null,
    });
    rejects(
      () => saveApologyDraft({ ...base, members: BOTH, actorMemberId: BEN.memberId, draft }),
      "forbidden",
    );
  });

  test("a forgiveness request is refused in a draft while the reader is not open", () => {
    const base = {
      members: PAIR,
      actorMemberId: BROKE.memberId,
      apologies: [],
      draft: null,
      draftId: "d",
      parts: { forgivenessRequest: "Will you forgive me?" },
      now: NOW,
    };
    rejects(() => saveApologyDraft({ ...base, openness: [] }), "conflict", /open to a request/);
    rejects(
      () => saveApologyDraft({ ...base, members: [BROKE], openness: [] }),
      "conflict",
      /open to a request/,
    );
    const { draft } = saveApologyDraft({ ...base, openness: OPEN(HURT) });
    assert.equal(draft.parts.forgivenessRequest, "Will you forgive me?");
  });

  test("no new draft after the apology was accepted", () => {
    const a1 = send(PAIR, [], BROKE);
    const { apologies } = answer(PAIR, [a1], HURT, a1, { kind: "accept" });
    rejects(
      () =>
        saveApologyDraft({
          members: PAIR,
          actorMemberId: BROKE.memberId,
          apologies,
          openness: [],
          draft: null,
          draftId: "d",
          parts: {},
          now: NOW,
        }),
      "conflict",
      /accepted/,
    );
  });
});

describe("sendApology", () => {
  test("sends apology 1 with the parts present; the event holds no text", () => {
    const result = sendApology({
      members: PAIR,
      actorMemberId: BROKE.memberId,
      apologies: [],
      openness: [],
      parts: { ...PARTS, explanation: "  ", regret: ` ${PARTS.regret} ` },
      apologyId: "a1",
      now: NOW,
    });
    assert.deepEqual(result.apology, {
      id: "a1",
      writerMemberId: BROKE.memberId,
      readerMemberId: HURT.memberId,
      number: 1,
      parts: {
        regret: "I am so sorry.",
        responsibility: "I lied to you about the money. It was my choice.",
        explanation: null,
        change: "From now on I will show you the statements every month.",
        repair: "What would make this right?",
        forgivenessRequest: null,
      },
      sentAt: NOW,
      answers: [],
    });
    assert.deepEqual(result.events, [
      {
        type: "apology.sent",
        actorMemberId: BROKE.memberId,
        payload: {
          apologyId: "a1",
          number: 1,
          readerMemberId: HURT.memberId,
          partsIncluded: ["regret", "responsibility", "change", "repair"],
        },
      },
    ]);
    assert.ok(!JSON.stringify(result.events).includes("money"));
  });

  test("the responsibility part is required and non-empty", () => {
    for (const responsibility of [undefined, "", "   \n "]) {
      const error = rejects(
        () => send(PAIR, [], BROKE, { ...PARTS, responsibility }),
        "bad_request",
      );
      assert.deepEqual(Object.keys(error.fields ?? {}), ["responsibility"]);
    }
  });

  test("only responsibility is required", () => {
    const a = send(PAIR, [], BROKE, { responsibility: "It was my fault." });
    assert.equal(a.parts.regret, null);
    assert.equal(a.parts.repair, null);
  });

  test("every part is length-limited", () => {
    const error = rejects(
      () =>
        send(PAIR, [], BROKE, {
          ...PARTS,
          explanation: "x".repeat(APOLOGY_LIMITS.explanation + 1),
          regret: "x".repeat(APOLOGY_LIMITS.regret + 1),
        }),
      "bad_request",
    );
    assert.deepEqual(Object.keys(error.fields ?? {}).sort(), ["explanation", "regret"]);
  });

  test("the hurt member may never send an apology", () => {
    rejects(() => send(PAIR, [], HURT), "forbidden");
    rejects(() => send(PAIR, [], { memberId: "stranger", side: "broke_trust" }), "forbidden");
  });

  test("cannot send before the other member joined", () => {
    rejects(() => send([BROKE], [], BROKE), "conflict", /joined/);
  });

  test("a forgiveness request is refused (409) while the hurt member has not opened it", () => {
    const parts = { ...PARTS, forgivenessRequest: "I hope you can forgive me." };
    rejects(() => send(PAIR, [], BROKE, parts, []), "conflict", /open to a request/);
    rejects(
      () =>
        send(PAIR, [], BROKE, parts, [{ memberId: HURT.memberId, open: false, changedAt: NOW }]),
      "conflict",
    );
    // The writer's own openness does not count in a both-hurt space.
    rejects(() => send(BOTH, [], ANA, parts, OPEN(ANA)), "conflict");
    const a = send(PAIR, [], BROKE, parts, OPEN(HURT));
    assert.equal(a.parts.forgivenessRequest, "I hope you can forgive me.");
  });

  test("cannot ask again before the hurt member answered", () => {
    const a1 = send(PAIR, [], BROKE);
    rejects(() => send(PAIR, [a1], BROKE), "conflict", /not answered/);
  });

  test("'not ready yet' keeps the apology open: no new apology", () => {
    const a1 = send(PAIR, [], BROKE);
    const { apologies } = answer(PAIR, [a1], HURT, a1, { kind: "not_ready" });
    rejects(() => send(PAIR, apologies, BROKE), "conflict", /not ready yet/);
  });

  test("after 'not sincere' or 'would help', a revised apology may be sent", () => {
    const a1 = send(PAIR, [], BROKE);
    const s1 = answer(PAIR, [a1], HURT, a1, { kind: "not_sincere", because: "You blamed work." });
    const a2 = send(PAIR, s1.apologies, BROKE);
    assert.equal(a2.number, 2);
    const s2 = answer(PAIR, [...s1.apologies, a2], HURT, a2, {
      kind: "would_help",
      whatWouldHelp: "Show me the bank app.",
    });
    const a3 = send(PAIR, s2.apologies, BROKE);
    assert.equal(a3.number, 3);
  });

  test("nothing to send after acceptance", () => {
    const a1 = send(PAIR, [], BROKE);
    const { apologies } = answer(PAIR, [a1], HURT, a1, { kind: "accept" });
    rejects(() => send(PAIR, apologies, BROKE), "conflict", /accepted/);
  });

  test("both hurt: each apologises to the other independently", () => {
    const a = send(BOTH, [], ANA);
    const b = send(BOTH, [a], BEN);
    assert.equal(a.readerMemberId, BEN.memberId);
    assert.equal(b.readerMemberId, ANA.memberId);
    rejects(() => send(BOTH, [a, b], BEN), "conflict");
  });
});

describe("answerApology", () => {
  test("accept: final, completes step 3", () => {
    const a1 = send(PAIR, [], BROKE);
    const { result } = answer(PAIR, [a1], HURT, a1, { kind: "accept" });
    assert.equal(result.answer.kind, "accept");
    assert.equal(result.answer.text, null);
    assert.equal(result.amendsRequest, null);
    assert.deepEqual(result.events, [
      {
        type: "apology.answered",
        actorMemberId: HURT.memberId,
        payload: { apologyId: a1.id, number: 1, writerMemberId: BROKE.memberId, answer: "accept" },
      },
      { type: "step.completed", actorMemberId: HURT.memberId, payload: { step: "apologise" } },
    ]);
  });

  test("not ready needs no reason, can be said once, and later becomes a final answer", () => {
    const a1 = send(PAIR, [], BROKE);
    const first = answer(PAIR, [a1], HURT, a1, { kind: "not_ready" });
    assert.equal(first.result.answer.text, null);
    assert.deepEqual(
      first.result.events.map((e) => e.type),
      ["apology.answered"],
    );
    assert.equal(apologyThreadStatus(first.apologies, dir), "not_ready");
    const current = first.apologies[0] as Apology;
    rejects(
      () => answer(PAIR, first.apologies, HURT, current, { kind: "not_ready" }),
      "conflict",
      /already said/,
    );
    const later = answer(PAIR, first.apologies, HURT, current, { kind: "accept" });
    assert.equal(apologyThreadStatus(later.apologies, dir), "accepted");
  });

  test("not sincere needs a because", () => {
    const a1 = send(PAIR, [], BROKE);
    const error = rejects(
      () => answer(PAIR, [a1], HURT, a1, { kind: "not_sincere", because: " " }),
      "bad_request",
    );
    assert.ok(error.fields?.because);
    const ok = answer(PAIR, [a1], HURT, a1, {
      kind: "not_sincere",
      because: " It sounds rehearsed. ",
    });
    assert.equal(ok.result.answer.text, "It sounds rehearsed.");
    assert.equal(apologyThreadStatus(ok.apologies, dir), "not_sincere");
  });

  test("would help needs what would help and creates an open amends request", () => {
    const a1 = send(PAIR, [], BROKE);
    rejects(
      () => answer(PAIR, [a1], HURT, a1, { kind: "would_help", whatWouldHelp: "" }),
      "bad_request",
    );
    rejects(
      () =>
        answer(PAIR, [a1], HURT, a1, {
          kind: "would_help",
          whatWouldHelp: "x".repeat(APOLOGY_LIMITS.whatWouldHelp + 1),
        }),
      "bad_request",
    );
    const { result } = answer(PAIR, [a1], HURT, a1, {
      kind: "would_help",
      whatWouldHelp: "Show me the statements.",
    });
    assert.deepEqual(result.amendsRequest, {
      id: result.amendsRequest?.id,
      apologyId: a1.id,
      answerId: result.answer.id,
      requestedByMemberId: HURT.memberId,
      addressedToMemberId: BROKE.memberId,
      text: "Show me the statements.",
      status: "open",
      commitmentId: null,
      createdAt: NOW,
      committedAt: null,
    });
    assert.deepEqual(
      result.events.map((e) => e.type),
      ["apology.answered", "amends.requested"],
    );
    assert.ok(!JSON.stringify(result.events).includes("statements"));
  });

  test("a final answer cannot be changed", () => {
    const a1 = send(PAIR, [], BROKE);
    const { apologies } = answer(PAIR, [a1], HURT, a1, { kind: "not_sincere", because: "x" });
    rejects(
      () => answer(PAIR, apologies, HURT, apologies[0] as Apology, { kind: "accept" }),
      "conflict",
      /already answered/,
    );
  });

  test("the writer may never answer; in both-hurt spaces nobody answers their own apology", () => {
    const a1 = send(PAIR, [], BROKE);
    rejects(() => answer(PAIR, [a1], BROKE, a1, { kind: "accept" }), "forbidden");
    const a = send(BOTH, [], ANA);
    rejects(() => answer(BOTH, [a], ANA, a, { kind: "accept" }), "forbidden", /written to you/);
  });

  test("unknown apology is not found", () => {
    rejects(
      () =>
        answerApology({
          members: PAIR,
          actorMemberId: HURT.memberId,
          apologies: [],
          apologyId: "nope",
          answer: { kind: "accept" },
          answerId: "x",
          amendsRequestId: "y",
          now: NOW,
        }),
      "not_found",
    );
  });

  test("an older apology left unanswered in the data cannot be answered", () => {
    const a1 = send(PAIR, [], BROKE);
    const s1 = answer(PAIR, [a1], HURT, a1, { kind: "would_help", whatWouldHelp: "x" });
    const a2 = send(PAIR, s1.apologies, BROKE);
    rejects(() => answer(PAIR, [a1, a2], HURT, a1, { kind: "accept" }), "conflict", /newer/);
  });

  test("both hurt: step 3 completes only when both accepted", () => {
    const a = send(BOTH, [], ANA);
    const b = send(BOTH, [a], BEN);
    const first = answer(BOTH, [a, b], BEN, a, { kind: "accept" });
    assert.deepEqual(
      first.result.events.map((e) => e.type),
      ["apology.answered"],
    );
    assert.equal(apologiseStepState({ members: BOTH, apologies: first.apologies }), "in_progress");
    const second = answer(BOTH, first.apologies, ANA, b, { kind: "accept" });
    assert.deepEqual(
      second.result.events.map((e) => e.type),
      ["apology.answered", "step.completed"],
    );
    assert.equal(apologiseStepState({ members: BOTH, apologies: second.apologies }), "done");
  });
});

describe("setForgivenessOpenness", () => {
  test("the hurt member opens and closes it; an event only on change", () => {
    const opened = setForgivenessOpenness({
      members: PAIR,
      actorMemberId: HURT.memberId,
      openness: [],
      open: true,
      now: NOW,
    });
    assert.deepEqual(opened.openness, { memberId: HURT.memberId, open: true, changedAt: NOW });
    assert.deepEqual(opened.events, [
      {
        type: "apology.forgiveness_openness_set",
        actorMemberId: HURT.memberId,
        payload: { open: true },
      },
    ]);
    const again = setForgivenessOpenness({
      members: PAIR,
      actorMemberId: HURT.memberId,
      openness: [opened.openness],
      open: true,
      now: "2025-04-01T00:00:00.000Z",
    });
    assert.deepEqual(again, { openness: opened.openness, events: [] });
    const closedByDefault = setForgivenessOpenness({
      members: PAIR,
      actorMemberId: HURT.memberId,
      openness: [],
      open: false,
      now: NOW,
    });
    assert.deepEqual(closedByDefault.events, []);
    const closed = setForgivenessOpenness({
      members: PAIR,
      actorMemberId: HURT.memberId,
      openness: [opened.openness],
      open: false,
      now: NOW,
    });
    assert.equal(closed.openness.open, false);
    assert.equal(closed.events.length, 1);
  });

  test("the member who broke trust can never set it", () => {
    rejects(
      () =>
        setForgivenessOpenness({
          members: PAIR,
          actorMemberId: BROKE.memberId,
          openness: [],
          open: true,
          now: NOW,
        }),
      "forbidden",
    );
  });

  test("both hurt: each member sets their own", () => {
    const r = setForgivenessOpenness({
      members: BOTH,
      actorMemberId: BEN.memberId,
      openness: [],
      open: true,
      now: NOW,
    });
    assert.equal(r.openness.memberId, BEN.memberId);
    // Ben's openness lets Ana ask Ben, not Ben ask Ana.
    const parts = { ...PARTS, forgivenessRequest: "Please forgive me." };
    assert.ok(send(BOTH, [], ANA, parts, [r.openness]));
    rejects(() => send(BOTH, [], BEN, parts, [r.openness]), "conflict");
  });
});

describe("turnAmendsRequestIntoCommitment", () => {
  function request() {
    const a1 = send(PAIR, [], BROKE);
    const { result } = answer(PAIR, [a1], HURT, a1, { kind: "would_help", whatWouldHelp: "x" });
    assert.ok(result.amendsRequest);
    return result.amendsRequest;
  }

  test("the writer links it to a commitment once", () => {
    const r = turnAmendsRequestIntoCommitment({
      members: PAIR,
      actorMemberId: BROKE.memberId,
      request: request(),
      commitmentId: "c1",
      now: NOW,
    });
    assert.equal(r.amendsRequest.status, "committed");
    assert.equal(r.amendsRequest.commitmentId, "c1");
    assert.equal(r.amendsRequest.committedAt, NOW);
    assert.deepEqual(r.events[0].payload, {
      amendsRequestId: r.amendsRequest.id,
      commitmentId: "c1",
    });
    rejects(
      () =>
        turnAmendsRequestIntoCommitment({
          members: PAIR,
          actorMemberId: BROKE.memberId,
          request: r.amendsRequest,
          commitmentId: "c2",
          now: NOW,
        }),
      "conflict",
    );
  });

  test("the requester cannot do it for the writer", () => {
    rejects(
      () =>
        turnAmendsRequestIntoCommitment({
          members: PAIR,
          actorMemberId: HURT.memberId,
          request: request(),
          commitmentId: "c1",
          now: NOW,
        }),
      "forbidden",
    );
  });
});

describe("step states and badges", () => {
  test("walks steps 2 and 3 and the badges through one apology story", () => {
    const view = (apologies: Apology[]) => ({
      s2: responsibilityStepState({ members: PAIR, apologies }),
      s3: apologiseStepState({ members: PAIR, apologies }),
      broke: apologyAwaiting({ members: PAIR, apologies, memberId: BROKE.memberId }).map(
        (a) => a.move,
      ),
      hurt: apologyAwaiting({ members: PAIR, apologies, memberId: HURT.memberId }).map(
        (a) => a.move,
      ),
    });
    assert.deepEqual(view([]), {
      s2: "not_started",
      s3: "not_started",
      broke: ["write_apology"],
      hurt: [],
    });
    const a1 = send(PAIR, [], BROKE);
    assert.deepEqual(view([a1]), {
      s2: "done",
      s3: "in_progress",
      broke: [],
      hurt: ["answer_apology"],
    });
    // "Not ready yet": no badge nags the hurt member, and the writer waits.
    const notReady = answer(PAIR, [a1], HURT, a1, { kind: "not_ready" }).apologies;
    assert.deepEqual(view(notReady), { s2: "done", s3: "in_progress", broke: [], hurt: [] });
    const insincere = answer(PAIR, notReady, HURT, notReady[0] as Apology, {
      kind: "not_sincere",
      because: "x",
    }).apologies;
    assert.deepEqual(view(insincere), {
      s2: "in_progress",
      s3: "in_progress",
      broke: ["revise_apology"],
      hurt: [],
    });
    const a2 = send(PAIR, insincere, BROKE);
    const helped = answer(PAIR, [...insincere, a2], HURT, a2, {
      kind: "would_help",
      whatWouldHelp: "x",
    }).apologies;
    assert.deepEqual(view(helped), {
      s2: "done",
      s3: "in_progress",
      broke: ["revise_apology"],
      hurt: [],
    });
    const a3 = send(PAIR, helped, BROKE);
    const accepted = answer(PAIR, [...helped, a3], HURT, a3, { kind: "accept" }).apologies;
    assert.deepEqual(view(accepted), { s2: "done", s3: "done", broke: [], hurt: [] });
  });

  test("not started while the other has not joined", () => {
    assert.equal(responsibilityStepState({ members: [BROKE], apologies: [] }), "not_started");
    assert.equal(apologiseStepState({ members: [BROKE], apologies: [] }), "not_started");
    assert.deepEqual(
      apologyAwaiting({ members: [BROKE], apologies: [], memberId: BROKE.memberId }),
      [],
    );
  });

  test("both hurt: step 2 is done only when both have taken responsibility", () => {
    const a = send(BOTH, [], ANA);
    assert.equal(responsibilityStepState({ members: BOTH, apologies: [a] }), "in_progress");
    const b = send(BOTH, [a], BEN);
    assert.equal(responsibilityStepState({ members: BOTH, apologies: [a, b] }), "done");
    assert.deepEqual(
      apologyAwaiting({ members: BOTH, apologies: [a], memberId: BEN.memberId })
        .map((x) => x.move)
        .sort(),
      ["answer_apology", "write_apology"],
    );
  });
});

describe("apologyFullText", () => {
  test("joins the parts present in builder order for the preview and the coach", () => {
    assert.equal(
      apologyFullText({
        repair: "What would make this right?",
        regret: "I'm sorry.",
        explanation: " ",
      }),
      "I'm sorry.\n\nWhat would make this right?",
    );
  });
});
