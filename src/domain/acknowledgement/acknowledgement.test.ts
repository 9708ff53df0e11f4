import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AppError } from "../errors.ts";
import { ACCOUNT_LIMITS, type AccountVersion, accountThreadStatus } from "./account.ts";
import { answerAccount } from "./answer-account.ts";
import { saveAccountDraft } from "./save-account-draft.ts";
import { sendAccount } from "./send-account.ts";
import type { SpaceMember } from "./shared.ts";
import { acknowledgementAwaiting, acknowledgeStepState } from "./step-state.ts";

const BROKE: SpaceMember = { memberId: "m-broke", side: "broke_trust" };
const HURT: SpaceMember = { memberId: "m-hurt", side: "was_hurt" };
const ANA: SpaceMember = { memberId: "m-ana", side: "both_hurt" };
const BEN: SpaceMember = { memberId: "m-ben", side: "both_hurt" };
const PAIR = [BROKE, HURT];
const BOTH = [ANA, BEN];
const NOW = "2025-03-01T10:00:00.000Z";
const PARTS = {
  whatHappened: "I read your messages without asking.",
  impact: "I think it made you feel watched and unsafe at home.",
  prevention: "I will ask, and never open your phone again.",
};

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

function send(members: SpaceMember[], versions: AccountVersion[], actor: SpaceMember) {
  return sendAccount({
    members,
    actorMemberId: actor.memberId,
    versions,
    parts: PARTS,
    versionId: id("v"),
    now: NOW,
  }).version;
}

function answer(
  members: SpaceMember[],
  versions: AccountVersion[],
  actor: SpaceMember,
  v: AccountVersion,
  verdict: "acknowledged" | "something_missing",
) {
  const result = answerAccount({
    members,
    actorMemberId: actor.memberId,
    versions,
    accountVersionId: v.id,
    answer:
      verdict === "acknowledged"
        ? { verdict }
        : { verdict, missing: "You did not say how long it went on." },
    responseId: id("r"),
    now: NOW,
  });
  return {
    versions: versions.map((x) => (x.id === v.id ? { ...x, response: result.response } : x)),
    result,
  };
}

describe("saveAccountDraft", () => {
  test("the writer can draft before the other member has joined, with empty parts", () => {
    const { draft } = saveAccountDraft({
      members: [BROKE],
      actorMemberId: BROKE.memberId,
      versions: [],
      draft: null,
      draftId: "d1",
      parts: { whatHappened: "  I lied  " },
      now: NOW,
    });
    assert.deepEqual(draft, {
      id: "d1",
      writerMemberId: BROKE.memberId,
      parts: { whatHappened: "I lied", impact: "", prevention: "" },
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  test("updating keeps id and createdAt", () => {
    const first = saveAccountDraft({
      members: PAIR,
      actorMemberId: BROKE.memberId,
      versions: [],
      draft: null,
      draftId: "d1",
      parts: {},
      now: NOW,
    }).draft;
    const later = "2025-03-02T10:00:00.000Z";
    const { draft } = saveAccountDraft({
      members: PAIR,
      actorMemberId: BROKE.memberId,
      versions: [],
      draft: first,
      draftId: "ignored",
      parts: PARTS,
      now: later,
    });
    assert.equal(draft.id, "d1");
    assert.equal(draft.createdAt, NOW);
    assert.equal(draft.updatedAt, later);
    assert.deepEqual(draft.parts, PARTS);
  });

  test("the hurt member cannot draft an account (forbidden)", () => {
    rejects(
      () =>
        saveAccountDraft({
          members: PAIR,
          actorMemberId: HURT.memberId,
          versions: [],
          draft: null,
          draftId: "d",
          parts: {},
          now: NOW,
        }),
      "forbidden",
    );
  });

  test("nobody may save over someone else's draft", () => {
    const { draft } = saveAccountDraft({
      members: BOTH,
      actorMemberId: ANA.memberId,
      versions: [],
      draft: null,
      draftId: "d",
      parts: {},
      now: NOW,
    });
    rejects(
      () =>
        saveAccountDraft({
          members: BOTH,
          actorMemberId: BEN.memberId,
          versions: [],
          draft,
          draftId: "d2",
          parts: {},
          now: NOW,
        }),
      "forbidden",
    );
  });

  test("a non-member is forbidden", () => {
    rejects(
      () =>
        saveAccountDraft({
          members: PAIR,
          actorMemberId: "stranger",
          versions: [],
          draft: null,
          draftId: "d",
          parts: {},
          now: NOW,
        }),
      "forbidden",
    );
  });

  test("too long parts are refused with fields", () => {
    const error = rejects(
      () =>
        saveAccountDraft({
          members: PAIR,
          actorMemberId: BROKE.memberId,
          versions: [],
          draft: null,
          draftId: "d",
          parts: { impact: "x".repeat(ACCOUNT_LIMITS.impact + 1) },
          now: NOW,
        }),
      "bad_request",
    );
    assert.deepEqual(Object.keys(error.fields ?? {}), ["impact"]);
  });

  test("no draft once the reader feels acknowledged", () => {
    const v1 = send(PAIR, [], BROKE);
    const { versions } = answer(PAIR, [v1], HURT, v1, "acknowledged");
    rejects(
      () =>
        saveAccountDraft({
          members: PAIR,
          actorMemberId: BROKE.memberId,
          versions,
          draft: null,
          draftId: "d",
          parts: {},
          now: NOW,
        }),
      "conflict",
      /already feels acknowledged/,
    );
  });
});

describe("sendAccount", () => {
  test("sends version 1 to the hurt member with an account.sent event without text", () => {
    const result = sendAccount({
      members: PAIR,
      actorMemberId: BROKE.memberId,
      versions: [],
      parts: { ...PARTS, whatHappened: `  ${PARTS.whatHappened}\n` },
      versionId: "v1",
      now: NOW,
    });
    assert.deepEqual(result.version, {
      id: "v1",
      writerMemberId: BROKE.memberId,
      readerMemberId: HURT.memberId,
      version: 1,
      parts: PARTS,
      sentAt: NOW,
      response: null,
    });
    assert.deepEqual(result.events, [
      {
        type: "account.sent",
        actorMemberId: BROKE.memberId,
        payload: { accountVersionId: "v1", version: 1, readerMemberId: HURT.memberId },
      },
    ]);
    assert.ok(!JSON.stringify(result.events).includes("messages"));
  });

  test("the hurt member may never send an account", () => {
    rejects(() => send(PAIR, [], HURT), "forbidden");
  });

  test("cannot send before the other member has joined", () => {
    rejects(() => send([BROKE], [], BROKE), "conflict", /joined/);
  });

  test("every part is required and limited", () => {
    const error = rejects(
      () =>
        sendAccount({
          members: PAIR,
          actorMemberId: BROKE.memberId,
          versions: [],
          parts: { whatHappened: "   ", impact: "x".repeat(ACCOUNT_LIMITS.impact + 1) },
          versionId: "v",
          now: NOW,
        }),
      "bad_request",
    );
    assert.deepEqual(Object.keys(error.fields ?? {}).sort(), [
      "impact",
      "prevention",
      "whatHappened",
    ]);
  });

  test("cannot send a new version while the latest is unanswered", () => {
    const v1 = send(PAIR, [], BROKE);
    rejects(() => send(PAIR, [v1], BROKE), "conflict", /not answered/);
  });

  test("can revise after 'something is missing'; every version is kept", () => {
    const v1 = send(PAIR, [], BROKE);
    const { versions } = answer(PAIR, [v1], HURT, v1, "something_missing");
    const v2 = send(PAIR, versions, BROKE);
    assert.equal(v2.version, 2);
    assert.equal(
      accountThreadStatus([...versions, v2], {
        writerMemberId: BROKE.memberId,
        readerMemberId: HURT.memberId,
      }),
      "awaiting_answer",
    );
  });

  test("cannot send after 'I feel acknowledged'", () => {
    const v1 = send(PAIR, [], BROKE);
    const { versions } = answer(PAIR, [v1], HURT, v1, "acknowledged");
    rejects(() => send(PAIR, versions, BROKE), "conflict", /already feels acknowledged/);
  });

  test("both hurt: each member writes to the other, numbered separately", () => {
    const a1 = send(BOTH, [], ANA);
    const b1 = send(BOTH, [a1], BEN);
    assert.equal(a1.readerMemberId, BEN.memberId);
    assert.equal(b1.readerMemberId, ANA.memberId);
    assert.equal(b1.version, 1);
    // Ana's unanswered version does not block Ben, but blocks Ana.
    rejects(() => send(BOTH, [a1, b1], ANA), "conflict");
  });
});

describe("answerAccount", () => {
  test("'I feel acknowledged' with an optional own account finishes the step", () => {
    const v1 = send(PAIR, [], BROKE);
    const result = answerAccount({
      members: PAIR,
      actorMemberId: HURT.memberId,
      versions: [v1],
      accountVersionId: v1.id,
      answer: { verdict: "acknowledged", ownExperience: " It felt like living with a stranger. " },
      responseId: "r1",
      now: NOW,
    });
    assert.deepEqual(result.response, {
      id: "r1",
      accountVersionId: v1.id,
      readerMemberId: HURT.memberId,
      verdict: "acknowledged",
      ownExperience: "It felt like living with a stranger.",
      missing: null,
      answeredAt: NOW,
    });
    assert.deepEqual(result.events, [
      {
        type: "account.answered",
        actorMemberId: HURT.memberId,
        payload: {
          accountVersionId: v1.id,
          version: 1,
          writerMemberId: BROKE.memberId,
          verdict: "acknowledged",
          sharedOwnExperience: true,
        },
      },
      { type: "step.completed", actorMemberId: HURT.memberId, payload: { step: "acknowledge" } },
    ]);
    assert.ok(!JSON.stringify(result.events).includes("stranger"));
  });

  test("'something is missing' needs what is missing", () => {
    const v1 = send(PAIR, [], BROKE);
    const error = rejects(
      () =>
        answerAccount({
          members: PAIR,
          actorMemberId: HURT.memberId,
          versions: [v1],
          accountVersionId: v1.id,
          answer: { verdict: "something_missing", missing: "  " },
          responseId: "r",
          now: NOW,
        }),
      "bad_request",
    );
    assert.ok(error.fields?.missing);
  });

  test("'something is missing' does not complete the step", () => {
    const v1 = send(PAIR, [], BROKE);
    const { result } = answer(PAIR, [v1], HURT, v1, "something_missing");
    assert.equal(result.events.length, 1);
    assert.equal(result.response.missing, "You did not say how long it went on.");
  });

  test("the writer may never answer an account", () => {
    const v1 = send(PAIR, [], BROKE);
    rejects(() => answer(PAIR, [v1], BROKE, v1, "acknowledged"), "forbidden");
  });

  test("both hurt: a member cannot answer their own account", () => {
    const a1 = send(BOTH, [], ANA);
    rejects(() => answer(BOTH, [a1], ANA, a1, "acknowledged"), "forbidden", /written to you/);
  });

  test("unknown version is not found", () => {
    rejects(
      () =>
        answerAccount({
          members: PAIR,
          actorMemberId: HURT.memberId,
          versions: [],
          accountVersionId: "nope",
          answer: { verdict: "acknowledged" },
          responseId: "r",
          now: NOW,
        }),
      "not_found",
    );
  });

  test("one answer per version", () => {
    const v1 = send(PAIR, [], BROKE);
    const { versions } = answer(PAIR, [v1], HURT, v1, "something_missing");
    rejects(() => answer(PAIR, versions, HURT, v1, "acknowledged"), "conflict", /already answered/);
  });

  test("an older version cannot be answered once a newer one exists", () => {
    const v1 = send(PAIR, [], BROKE);
    const { versions } = answer(PAIR, [v1], HURT, v1, "something_missing");
    const v2 = send(PAIR, versions, BROKE);
    const old = { ...v1, response: null };
    rejects(() => answer(PAIR, [old, v2], HURT, old, "acknowledged"), "conflict", /newer version/);
  });

  test("own experience length is limited", () => {
    const v1 = send(PAIR, [], BROKE);
    rejects(
      () =>
        answerAccount({
          members: PAIR,
          actorMemberId: HURT.memberId,
          versions: [v1],
          accountVersionId: v1.id,
          answer: {
            verdict: "acknowledged",
            ownExperience: "x".repeat(ACCOUNT_LIMITS.ownExperience + 1),
          },
          responseId: "r",
          now: NOW,
        }),
      "bad_request",
    );
  });

  test("both hurt: the step completes only when both feel acknowledged", () => {
    const a1 = send(BOTH, [], ANA);
    const b1 = send(BOTH, [a1], BEN);
    const first = answer(BOTH, [a1, b1], BEN, a1, "acknowledged");
    assert.deepEqual(
      first.result.events.map((e) => e.type),
      ["account.answered"],
    );
    assert.equal(acknowledgeStepState({ members: BOTH, versions: first.versions }), "in_progress");
    const second = answer(BOTH, first.versions, ANA, b1, "acknowledged");
    assert.deepEqual(
      second.result.events.map((e) => e.type),
      ["account.answered", "step.completed"],
    );
    assert.equal(acknowledgeStepState({ members: BOTH, versions: second.versions }), "done");
  });
});

describe("acknowledgeStepState and acknowledgementAwaiting", () => {
  test("not started before anything is sent (even with the other not joined)", () => {
    assert.equal(acknowledgeStepState({ members: [BROKE], versions: [] }), "not_started");
    assert.equal(acknowledgeStepState({ members: PAIR, versions: [] }), "not_started");
  });

  test("walks through in_progress to done, with badges for whose turn it is", () => {
    const state = (versions: AccountVersion[]) => ({
      step: acknowledgeStepState({ members: PAIR, versions }),
      broke: acknowledgementAwaiting({ members: PAIR, versions, memberId: BROKE.memberId }).map(
        (a) => a.move,
      ),
      hurt: acknowledgementAwaiting({ members: PAIR, versions, memberId: HURT.memberId }).map(
        (a) => a.move,
      ),
    });
    assert.deepEqual(state([]), { step: "not_started", broke: ["write_account"], hurt: [] });
    const v1 = send(PAIR, [], BROKE);
    assert.deepEqual(state([v1]), { step: "in_progress", broke: [], hurt: ["answer_account"] });
    const missing = answer(PAIR, [v1], HURT, v1, "something_missing").versions;
    assert.deepEqual(state(missing), { step: "in_progress", broke: ["revise_account"], hurt: [] });
    const v2 = send(PAIR, missing, BROKE);
    const done = answer(PAIR, [...missing, v2], HURT, v2, "acknowledged").versions;
    assert.deepEqual(state(done), { step: "done", broke: [], hurt: [] });
  });

  test("both hurt: each member is both writer and reader", () => {
    const a1 = send(BOTH, [], ANA);
    const moves = acknowledgementAwaiting({
      members: BOTH,
      versions: [a1],
      memberId: BEN.memberId,
    });
    assert.deepEqual(moves.map((m) => m.move).sort(), ["answer_account", "write_account"]);
    assert.deepEqual(
      acknowledgementAwaiting({ members: BOTH, versions: [a1], memberId: ANA.memberId }),
      [],
    );
  });

  test("nothing is awaited before the other member joins", () => {
    assert.deepEqual(
      acknowledgementAwaiting({ members: [BROKE], versions: [], memberId: BROKE.memberId }),
      [],
    );
  });
});
