import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { SpaceMember } from "../acknowledgement/shared.ts";
import { AppError } from "../errors.ts";
import { endListeningSession } from "./end-listening-session.ts";
import {
  expectedMove,
  LISTENING_LIMITS,
  type ListeningRound,
  type ListeningSession,
  MOVE_PROMPTS,
  TURN_SECONDS,
} from "./listening.ts";
import { startListeningRound } from "./start-listening-round.ts";
import { startListeningSession } from "./start-listening-session.ts";
import { listeningAwaiting, listeningTurn, listenStepState } from "./step-state.ts";
import { type ListeningMoveInput, takeListeningTurn } from "./take-listening-turn.ts";

const BROKE: SpaceMember = { memberId: "m-broke", side: "broke_trust" };
const HURT: SpaceMember = { memberId: "m-hurt", side: "was_hurt" };
const ANA: SpaceMember = { memberId: "m-ana", side: "both_hurt" };
const BEN: SpaceMember = { memberId: "m-ben", side: "both_hurt" };
const PAIR = [BROKE, HURT];
const BOTH = [ANA, BEN];

let seq = 0;
const id = (p: string) => `${p}-${++seq}`;
let clock = Date.parse("2025-03-01T10:00:00.000Z");
function tick(): string {
  clock += 1000;
  return new Date(clock).toISOString();
}

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

function start(
  members: SpaceMember[],
  speaker: SpaceMember,
  opts: { inPerson?: boolean; turnSeconds?: number | null; sessions?: ListeningSession[] } = {},
): ListeningSession[] {
  const { session } = startListeningSession({
    members,
    actorMemberId: speaker.memberId,
    sessions: opts.sessions ?? [],
    sessionId: id("s"),
    roundId: id("r"),
    speakerMemberId: speaker.memberId,
    inPerson: opts.inPerson ?? false,
    turnSeconds: opts.turnSeconds,
    now: tick(),
  });
  return [...(opts.sessions ?? []), session];
}

/** Applies a move to the open session and returns the new sessions. */
function play(
  members: SpaceMember[],
  sessions: ListeningSession[],
  actor: SpaceMember,
  move: ListeningMoveInput,
) {
  const result = takeListeningTurn({
    members,
    actorMemberId: actor.memberId,
    sessions,
    move,
    moveId: id("mv"),
    now: tick(),
  });
  const next = sessions.map((s) =>
    s.endedAt !== null
      ? s
      : {
          ...s,
          rounds: s.rounds.map((r, i) =>
            i === s.rounds.length - 1 ? { ...r, moves: [...r.moves, result.move] } : r,
          ),
        },
  );
  return { sessions: next, result };
}

const PERSPECTIVE = { kind: "perspective", text: "I felt alone all winter." } as const;
const MIRROR = { kind: "mirror", text: "What I heard is that you felt alone." } as const;
const CORRECT = { kind: "correct", text: "Mostly, but also scared." } as const;
const VALIDATION = {
  kind: "validation",
  text: "It makes sense that you felt alone because I was away.",
} as const;
const EMPATHY = { kind: "empathy", text: "I imagine you feel tired of carrying it." } as const;

/** A full round where `speaker` speaks and `listener` listens. */
function fullRound(
  members: SpaceMember[],
  sessions: ListeningSession[],
  speaker: SpaceMember,
  listener: SpaceMember,
) {
  let s = sessions;
  s = play(members, s, speaker, PERSPECTIVE).sessions;
  s = play(members, s, listener, MIRROR).sessions;
  s = play(members, s, speaker, { kind: "confirm" }).sessions;
  s = play(members, s, listener, VALIDATION).sessions;
  return play(members, s, listener, EMPATHY);
}

function lastRound(sessions: ListeningSession[]): ListeningRound {
  const round = sessions.at(-1)?.rounds.at(-1);
  assert.ok(round);
  return round;
}

describe("startListeningSession", () => {
  test("starts a session with round 1 and two events", () => {
    const result = startListeningSession({
      members: PAIR,
      actorMemberId: HURT.memberId,
      sessions: [],
      sessionId: "s1",
      roundId: "r1",
      speakerMemberId: HURT.memberId,
      inPerson: false,
      now: "2025-03-01T10:00:00.000Z",
    });
    assert.deepEqual(result.session, {
      id: "s1",
      startedByMemberId: HURT.memberId,
      startedAt: "2025-03-01T10:00:00.000Z",
      inPerson: false,
      turnSeconds: null,
      endedAt: null,
      endedByMemberId: null,
      rounds: [
        {
          id: "r1",
          sessionId: "s1",
          number: 1,
          speakerMemberId: HURT.memberId,
          listenerMemberId: BROKE.memberId,
          startedByMemberId: HURT.memberId,
          startedAt: "2025-03-01T10:00:00.000Z",
          moves: [],
        },
      ],
    });
    assert.deepEqual(result.events, [
      {
        type: "listening.session_started",
        actorMemberId: HURT.memberId,
        payload: { sessionId: "s1", inPerson: false, turnSeconds: null },
      },
      {
        type: "listening.round_started",
        actorMemberId: HURT.memberId,
        payload: {
          sessionId: "s1",
          roundId: "r1",
          number: 1,
          speakerMemberId: HURT.memberId,
          listenerMemberId: BROKE.memberId,
        },
      },
    ]);
  });

  test("either member may start, and may choose the other as speaker", () => {
    const sessions = start(PAIR, BROKE);
    assert.equal(lastRound(sessions).speakerMemberId, BROKE.memberId);
    const { session } = startListeningSession({
      members: BOTH,
      actorMemberId: ANA.memberId,
      sessions: [],
      sessionId: "s",
      roundId: "r",
      speakerMemberId: BEN.memberId,
      inPerson: false,
      now: tick(),
    });
    assert.equal(session.rounds[0]?.listenerMemberId, ANA.memberId);
  });

  test("only one open session per space", () => {
    const sessions = start(PAIR, HURT);
    rejects(() => start(PAIR, BROKE, { sessions }), "conflict", /already going on/);
  });

  test("a new session may start once the previous one ended", () => {
    const sessions = start(PAIR, HURT);
    const { end } = endListeningSession({
      members: PAIR,
      actorMemberId: BROKE.memberId,
      sessions,
      now: tick(),
    });
    const ended = sessions.map((s) => ({
      ...s,
      ...{ endedAt: end.endedAt, endedByMemberId: end.endedByMemberId },
    }));
    const again = start(PAIR, BROKE, { sessions: ended });
    assert.equal(again.length, 2);
  });

  test("needs both members", () => {
    rejects(() => start([HURT], HURT), "conflict", /join/);
  });

  test("the speaker must be a member; the actor must be a member", () => {
    const error = rejects(
      () =>
        startListeningSession({
          members: PAIR,
          actorMemberId: HURT.memberId,
          sessions: [],
          sessionId: "s",
          roundId: "r",
          speakerMemberId: "stranger",
          inPerson: false,
          now: tick(),
        }),
      "bad_request",
    );
    assert.ok(error.fields?.speakerMemberId);
    rejects(() => start(PAIR, { memberId: "stranger", side: "was_hurt" }), "forbidden");
  });

  test("in-person mode has a turn timer: default, chosen, bounded", () => {
    assert.equal(start(PAIR, HURT, { inPerson: true }).at(-1)?.turnSeconds, TURN_SECONDS.default);
    assert.equal(start(PAIR, HURT, { inPerson: true, turnSeconds: 60 }).at(-1)?.turnSeconds, 60);
    for (const turnSeconds of [TURN_SECONDS.min - 1, TURN_SECONDS.max + 1, 90.5]) {
      const error = rejects(
        () => start(PAIR, HURT, { inPerson: true, turnSeconds }),
        "bad_request",
      );
      assert.ok(error.fields?.turnSeconds);
    }
    // At a distance there is no timer.
    assert.equal(start(PAIR, HURT, { turnSeconds: 60 }).at(-1)?.turnSeconds, null);
  });
});

describe("takeListeningTurn: the turn order", () => {
  test("a full round: perspective, mirror, correct, mirror, confirm, validation, empathy", () => {
    let s = start(PAIR, HURT);
    const steps: [SpaceMember, ListeningMoveInput, string][] = [
      [HURT, PERSPECTIVE, "listening.perspective_shared"],
      [BROKE, MIRROR, "listening.mirrored"],
      [HURT, CORRECT, "listening.mirror_corrected"],
      [BROKE, { kind: "mirror", text: "What I heard is alone and scared." }, "listening.mirrored"],
      [HURT, { kind: "confirm" }, "listening.mirror_confirmed"],
      [BROKE, VALIDATION, "listening.validated"],
    ];
    for (const [actor, move, type] of steps) {
      const played = play(PAIR, s, actor, move);
      s = played.sessions;
      assert.deepEqual(
        played.result.events.map((e) => e.type),
        [type],
      );
      assert.equal(played.result.events[0]?.actorMemberId, actor.memberId);
    }
    const round = lastRound(s);
    assert.deepEqual(
      round.moves.map((m) => [m.kind, m.authorMemberId]),
      [
        ["perspective", HURT.memberId],
        ["mirror", BROKE.memberId],
        ["correct", HURT.memberId],
        ["mirror", BROKE.memberId],
        ["confirm", HURT.memberId],
        ["validation", BROKE.memberId],
      ],
    );
    assert.equal(round.moves[4]?.text, null);
    const last = play(PAIR, s, BROKE, EMPATHY);
    assert.deepEqual(
      last.result.events.map((e) => e.type),
      ["listening.empathised", "listening.round_completed"],
    );
    assert.deepEqual(last.result.events[1]?.payload, {
      sessionId: round.sessionId,
      roundId: round.id,
      number: 1,
      speakerMemberId: HURT.memberId,
      listenerMemberId: BROKE.memberId,
      mirrorAttempts: 2,
    });
    assert.equal(expectedMove(lastRound(last.sessions)), "round_complete");
  });

  test("mirror events count the attempts; payloads hold no text", () => {
    let s = start(PAIR, HURT);
    s = play(PAIR, s, HURT, PERSPECTIVE).sessions;
    const m1 = play(PAIR, s, BROKE, MIRROR);
    assert.equal(m1.result.events[0].payload.mirrorAttempt, 1);
    const c1 = play(PAIR, m1.sessions, HURT, CORRECT);
    assert.equal(c1.result.events[0].payload.mirrorAttempt, 1);
    const m2 = play(PAIR, c1.sessions, BROKE, MIRROR);
    assert.equal(m2.result.events[0].payload.mirrorAttempt, 2);
    for (const e of [m1, c1, m2].flatMap((x) => x.result.events)) {
      const json = JSON.stringify(e);
      assert.ok(!json.includes("alone") && !json.includes("scared"), json);
    }
  });

  test("the listener cannot write anything of their own before mirroring", () => {
    let s = start(PAIR, HURT);
    // Before the perspective: nothing from the listener.
    rejects(() => play(PAIR, s, BROKE, MIRROR), "conflict", /speaker shares their perspective/);
    rejects(() => play(PAIR, s, BROKE, VALIDATION), "conflict", /perspective first/);
    s = play(PAIR, s, HURT, PERSPECTIVE).sessions;
    rejects(() => play(PAIR, s, BROKE, VALIDATION), "conflict", /Mirror what the speaker said/);
    rejects(() => play(PAIR, s, BROKE, EMPATHY), "conflict", /empathy line/);
  });

  test("no validation (409) before the speaker confirmed a mirror", () => {
    let s = start(PAIR, HURT);
    s = play(PAIR, s, HURT, PERSPECTIVE).sessions;
    s = play(PAIR, s, BROKE, MIRROR).sessions;
    const error = rejects(() => play(PAIR, s, BROKE, VALIDATION), "conflict");
    assert.match(error.message, /confirm that your mirror is right before you write a validation/);
    // After a correction too: mirroring repeats until confirmed.
    s = play(PAIR, s, HURT, CORRECT).sessions;
    rejects(() => play(PAIR, s, BROKE, VALIDATION), "conflict", /Mirror what the speaker said/);
  });

  test("no second mirror before the speaker confirmed or corrected", () => {
    let s = start(PAIR, HURT);
    s = play(PAIR, s, HURT, PERSPECTIVE).sessions;
    s = play(PAIR, s, BROKE, MIRROR).sessions;
    rejects(() => play(PAIR, s, BROKE, MIRROR), "conflict", /confirm or correct your mirror/);
  });

  test("confirm or correct only right after a mirror", () => {
    let s = start(PAIR, HURT);
    rejects(() => play(PAIR, s, HURT, { kind: "confirm" }), "conflict", /Not yet/);
    s = play(PAIR, s, HURT, PERSPECTIVE).sessions;
    rejects(() => play(PAIR, s, HURT, CORRECT), "conflict", /no new mirror/);
    rejects(() => play(PAIR, s, HURT, PERSPECTIVE), "conflict", /listener mirrors/);
  });

  test("the empathy line comes after the validation", () => {
    let s = start(PAIR, HURT);
    s = play(PAIR, s, HURT, PERSPECTIVE).sessions;
    s = play(PAIR, s, BROKE, MIRROR).sessions;
    s = play(PAIR, s, HURT, { kind: "confirm" }).sessions;
    rejects(() => play(PAIR, s, BROKE, EMPATHY), "conflict", /validation .* before the empathy/);
    rejects(() => play(PAIR, s, HURT, { kind: "confirm" }), "conflict", /no new mirror/);
    s = play(PAIR, s, BROKE, VALIDATION).sessions;
    rejects(() => play(PAIR, s, BROKE, VALIDATION), "conflict", /empathy line/);
  });

  test("a member cannot make the other role's moves at a distance", () => {
    let s = start(PAIR, HURT);
    rejects(() => play(PAIR, s, BROKE, PERSPECTIVE), "conflict", /You are listening/);
    s = play(PAIR, s, HURT, PERSPECTIVE).sessions;
    rejects(() => play(PAIR, s, HURT, MIRROR), "conflict", /You are speaking/);
    s = play(PAIR, s, BROKE, MIRROR).sessions;
    rejects(() => play(PAIR, s, BROKE, { kind: "confirm" }), "conflict", /You are listening/);
    rejects(() => play(PAIR, s, HURT, VALIDATION), "conflict", /You are speaking/);
  });

  test("nothing after the round is complete; nothing without an open session", () => {
    const done = fullRound(PAIR, start(PAIR, HURT), HURT, BROKE).sessions;
    rejects(() => play(PAIR, done, HURT, PERSPECTIVE), "conflict", /round is complete/);
    rejects(() => play(PAIR, [], HURT, PERSPECTIVE), "conflict", /no listening session/);
    const ended = done.map((x) => ({ ...x, endedAt: tick(), endedByMemberId: HURT.memberId }));
    rejects(() => play(PAIR, ended, HURT, PERSPECTIVE), "conflict", /no listening session/);
  });

  test("non-members are forbidden", () => {
    rejects(
      () => play(PAIR, start(PAIR, HURT), { memberId: "x", side: "was_hurt" }, PERSPECTIVE),
      "forbidden",
    );
  });

  test("at a distance every text is required (the correction too) and limited", () => {
    let s = start(PAIR, HURT);
    rejects(() => play(PAIR, s, HURT, { kind: "perspective", text: "  " }), "bad_request");
    rejects(
      () =>
        play(PAIR, s, HURT, {
          kind: "perspective",
          text: "x".repeat(LISTENING_LIMITS.perspective + 1),
        }),
      "bad_request",
    );
    s = play(PAIR, s, HURT, PERSPECTIVE).sessions;
    rejects(() => play(PAIR, s, BROKE, { kind: "mirror" }), "bad_request");
    s = play(PAIR, s, BROKE, MIRROR).sessions;
    const error = rejects(() => play(PAIR, s, HURT, { kind: "correct", text: "" }), "bad_request");
    assert.match(error.fields?.text ?? "", /Mostly, but/);
    s = play(PAIR, s, HURT, { kind: "confirm" }).sessions;
    rejects(() => play(PAIR, s, BROKE, { kind: "validation", text: null }), "bad_request");
    rejects(
      () =>
        play(PAIR, s, BROKE, {
          kind: "validation",
          text: "x".repeat(LISTENING_LIMITS.validation + 1),
        }),
      "bad_request",
    );
    s = play(PAIR, s, BROKE, VALIDATION).sessions;
    rejects(() => play(PAIR, s, BROKE, { kind: "empathy" }), "bad_request");
  });
});

describe("in-person mode", () => {
  test("either member records on the one phone; moves are credited to the role holder", () => {
    let s = start(PAIR, HURT, { inPerson: true });
    // The phone belongs to BROKE: they record the hurt member's spoken perspective.
    const p = play(PAIR, s, BROKE, { kind: "perspective" });
    assert.equal(p.result.move.authorMemberId, HURT.memberId);
    assert.equal(p.result.move.recordedByMemberId, BROKE.memberId);
    assert.equal(p.result.move.text, null);
    assert.equal(p.result.events[0]?.actorMemberId, HURT.memberId);
    assert.equal(p.result.events[0].payload.recordedByMemberId, BROKE.memberId);
    s = p.sessions;
    const m = play(PAIR, s, BROKE, { kind: "mirror", summary: "  Alone all winter, and scared. " });
    assert.equal(m.result.move.summary, "Alone all winter, and scared.");
    s = m.sessions;
    const c = play(PAIR, s, BROKE, { kind: "correct" });
    assert.equal(c.result.move.authorMemberId, HURT.memberId);
    s = c.sessions;
    s = play(PAIR, s, HURT, { kind: "mirror", summary: "Alone, scared, unheard." }).sessions;
    s = play(PAIR, s, HURT, { kind: "confirm" }).sessions;
    s = play(PAIR, s, HURT, { kind: "validation" }).sessions;
    const e = play(PAIR, s, HURT, { kind: "empathy" });
    assert.equal(e.result.move.authorMemberId, BROKE.memberId);
    assert.deepEqual(
      e.result.events.map((x) => x.type),
      ["listening.empathised", "listening.round_completed"],
    );
  });

  test("each mirror needs a one-line summary", () => {
    let s = start(PAIR, HURT, { inPerson: true });
    s = play(PAIR, s, HURT, { kind: "perspective" }).sessions;
    rejects(() => play(PAIR, s, BROKE, { kind: "mirror", text: "spoken" }), "bad_request");
    const error = rejects(
      () => play(PAIR, s, BROKE, { kind: "mirror", summary: "line one\nline two" }),
      "bad_request",
    );
    assert.match(error.fields?.summary ?? "", /single line/);
    rejects(
      () =>
        play(PAIR, s, BROKE, {
          kind: "mirror",
          summary: "x".repeat(LISTENING_LIMITS.mirrorSummary + 1),
        }),
      "bad_request",
    );
  });

  test("the turn order is enforced in person too", () => {
    let s = start(PAIR, HURT, { inPerson: true });
    s = play(PAIR, s, HURT, { kind: "perspective" }).sessions;
    s = play(PAIR, s, BROKE, { kind: "mirror", summary: "x" }).sessions;
    rejects(
      () => play(PAIR, s, BROKE, { kind: "validation" }),
      "conflict",
      /confirm that your mirror/,
    );
  });

  test("the phone shows whose turn, the prompt and the timer", () => {
    const s = start(PAIR, HURT, { inPerson: true, turnSeconds: 90 });
    const turn = listeningTurn(s);
    assert.ok(turn);
    assert.equal(turn.inPerson, true);
    assert.equal(turn.memberId, HURT.memberId);
    assert.equal(turn.role, "speaker");
    assert.equal(turn.prompt, MOVE_PROMPTS.perspective);
    assert.equal(turn.turnSeconds, 90);
    assert.equal(turn.turnStartedAt, lastRound(s).startedAt);
    const p = play(PAIR, s, BROKE, { kind: "perspective" });
    const next = listeningTurn(p.sessions);
    assert.equal(next?.turnStartedAt, p.result.move.createdAt);
    assert.equal(next?.memberId, BROKE.memberId);
    assert.equal(next?.prompt, MOVE_PROMPTS.mirror);
  });
});

describe("startListeningRound and endListeningSession", () => {
  test("after a complete round either member starts a new one, roles swapped or not", () => {
    const s = fullRound(PAIR, start(PAIR, HURT), HURT, BROKE).sessions;
    const swapped = startListeningRound({
      members: PAIR,
      actorMemberId: HURT.memberId,
      sessions: s,
      roundId: "r2",
      speakerMemberId: BROKE.memberId,
      now: tick(),
    });
    assert.equal(swapped.round.number, 2);
    assert.equal(swapped.round.speakerMemberId, BROKE.memberId);
    assert.equal(swapped.round.listenerMemberId, HURT.memberId);
    assert.equal(swapped.round.sessionId, s[0]?.id);
    assert.equal(swapped.events[0].type, "listening.round_started");
    const same = startListeningRound({
      members: PAIR,
      actorMemberId: BROKE.memberId,
      sessions: s,
      roundId: "r2",
      speakerMemberId: HURT.memberId,
      now: tick(),
    });
    assert.equal(same.round.speakerMemberId, HURT.memberId);
  });

  test("no new round before the current one is complete, nor without an open session", () => {
    let s = start(PAIR, HURT);
    s = play(PAIR, s, HURT, PERSPECTIVE).sessions;
    const input = {
      members: PAIR,
      actorMemberId: BROKE.memberId,
      roundId: "r2",
      speakerMemberId: BROKE.memberId,
      now: tick(),
    };
    rejects(() => startListeningRound({ ...input, sessions: s }), "conflict", /Finish this round/);
    rejects(() => startListeningRound({ ...input, sessions: [] }), "conflict", /no listening/);
    const done = fullRound(PAIR, start(PAIR, HURT), HURT, BROKE).sessions;
    rejects(
      () => startListeningRound({ ...input, sessions: done, speakerMemberId: "x" }),
      "bad_request",
    );
  });

  test("either member ends the session, even mid-round", () => {
    let s = start(PAIR, HURT);
    s = play(PAIR, s, HURT, PERSPECTIVE).sessions;
    const now = tick();
    const r = endListeningSession({
      members: PAIR,
      actorMemberId: BROKE.memberId,
      sessions: s,
      now,
    });
    assert.deepEqual(r.end, {
      sessionId: s[0]?.id,
      endedAt: now,
      endedByMemberId: BROKE.memberId,
    });
    assert.deepEqual(r.events, [
      {
        type: "listening.session_ended",
        actorMemberId: BROKE.memberId,
        payload: { sessionId: s[0]?.id, roundsCompleted: 0, endedMidRound: true },
      },
    ]);
    const done = fullRound(PAIR, start(PAIR, HURT), HURT, BROKE).sessions;
    const r2 = endListeningSession({
      members: PAIR,
      actorMemberId: HURT.memberId,
      sessions: done,
      now,
    });
    assert.deepEqual(r2.events[0].payload.roundsCompleted, 1);
    assert.equal(r2.events[0].payload.endedMidRound, false);
    rejects(
      () => endListeningSession({ members: PAIR, actorMemberId: HURT.memberId, sessions: [], now }),
      "conflict",
    );
  });
});

describe("listenStepState, listeningTurn, listeningAwaiting", () => {
  test("done once each member has been heard in a completed round", () => {
    assert.equal(listenStepState({ members: PAIR, sessions: [] }), "not_started");
    let s = start(PAIR, HURT);
    assert.equal(listenStepState({ members: PAIR, sessions: s }), "in_progress");
    const first = fullRound(PAIR, s, HURT, BROKE);
    s = first.sessions;
    assert.ok(!first.result.events.some((e) => e.type === "step.completed"));
    assert.equal(listenStepState({ members: PAIR, sessions: s }), "in_progress");
    const { round } = startListeningRound({
      members: PAIR,
      actorMemberId: BROKE.memberId,
      sessions: s,
      roundId: id("r"),
      speakerMemberId: BROKE.memberId,
      now: tick(),
    });
    s = s.map((x) => ({ ...x, rounds: [...x.rounds, round] }));
    const second = fullRound(PAIR, s, BROKE, HURT);
    assert.deepEqual(
      second.result.events.map((e) => e.type),
      ["listening.empathised", "listening.round_completed", "step.completed"],
    );
    assert.deepEqual(second.result.events[2]?.payload, { step: "listen" });
    assert.equal(listenStepState({ members: PAIR, sessions: second.sessions }), "done");
  });

  test("the same speaker twice does not complete the step, and it completes only once", () => {
    const both = (sessions: ListeningSession[], speaker: SpaceMember, listener: SpaceMember) => {
      const { round } = startListeningRound({
        members: BOTH,
        actorMemberId: ANA.memberId,
        sessions,
        roundId: id("r"),
        speakerMemberId: speaker.memberId,
        now: tick(),
      });
      return fullRound(
        BOTH,
        sessions.map((x) => ({ ...x, rounds: [...x.rounds, round] })),
        speaker,
        listener,
      );
    };
    let s = fullRound(BOTH, start(BOTH, ANA), ANA, BEN).sessions;
    const again = both(s, ANA, BEN);
    assert.ok(!again.result.events.some((e) => e.type === "step.completed"));
    s = both(again.sessions, BEN, ANA).sessions;
    assert.equal(listenStepState({ members: BOTH, sessions: s }), "done");
    const later = both(s, BEN, ANA);
    assert.ok(!later.result.events.some((e) => e.type === "step.completed"));
  });

  test("an unfinished round does not count as heard", () => {
    let s = start(PAIR, HURT);
    s = play(PAIR, s, HURT, PERSPECTIVE).sessions;
    s = play(PAIR, s, BROKE, MIRROR).sessions;
    assert.equal(listenStepState({ members: PAIR, sessions: s }), "in_progress");
  });

  test("the badge follows the turn", () => {
    const awaited = (sessions: ListeningSession[]) => ({
      hurt: listeningAwaiting({ sessions, memberId: HURT.memberId }).map((a) => a.move),
      broke: listeningAwaiting({ sessions, memberId: BROKE.memberId }).map((a) => a.move),
    });
    assert.deepEqual(awaited([]), { hurt: [], broke: [] });
    assert.equal(listeningTurn([]), null);
    let s = start(PAIR, HURT);
    assert.deepEqual(awaited(s), { hurt: ["perspective"], broke: [] });
    s = play(PAIR, s, HURT, PERSPECTIVE).sessions;
    assert.deepEqual(awaited(s), { hurt: [], broke: ["mirror"] });
    s = play(PAIR, s, BROKE, MIRROR).sessions;
    assert.deepEqual(awaited(s), { hurt: ["confirm_or_correct"], broke: [] });
    s = play(PAIR, s, HURT, { kind: "confirm" }).sessions;
    assert.deepEqual(awaited(s), { hurt: [], broke: ["validation"] });
    s = play(PAIR, s, BROKE, VALIDATION).sessions;
    assert.deepEqual(awaited(s), { hurt: [], broke: ["empathy"] });
    s = play(PAIR, s, BROKE, EMPATHY).sessions;
    assert.deepEqual(awaited(s), { hurt: [], broke: [] });
    const turn = listeningTurn(s);
    assert.equal(turn?.role, "either");
    assert.equal(turn?.memberId, null);
    assert.equal(turn?.expected, "round_complete");
    assert.equal(turn?.mirrorAttempts, 1);
  });
});
