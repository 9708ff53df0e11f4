import {
  cleanTexts,
  requireMember,
  type SpaceMember,
  type StepCompletedEvent,
} from "../acknowledgement/shared.ts";
import { AppError } from "../errors.ts";
import {
  currentRound,
  type ExpectedMove,
  expectedMove,
  LISTENING_LIMITS,
  type ListeningMove,
  type ListeningMoveEvent,
  type ListeningMoveKind,
  type ListeningRoundCompletedEvent,
  type ListeningSession,
  MOVE_EVENT_TYPE,
  MOVE_PROMPTS,
  MOVE_ROLE,
  mirrorAttempts,
  openListeningSession,
} from "./listening.ts";
import { listenStepState } from "./step-state.ts";

/**
 * One move of a round. At a distance every text is required; in in-person
 * mode the moves are spoken, so only the mirror's one-line summary is.
 */
export type ListeningMoveInput =
  | { kind: "perspective"; text?: string | null }
  | { kind: "mirror"; text?: string | null; summary?: string | null }
  | { kind: "confirm" }
  | { kind: "correct"; text?: string | null }
  | { kind: "validation"; text?: string | null }
  | { kind: "empathy"; text?: string | null };

export type TakeListeningTurnInput = {
  members: readonly SpaceMember[];
  actorMemberId: string;
  /** All listening sessions of the space (with rounds and moves). */
  sessions: readonly ListeningSession[];
  move: ListeningMoveInput;
  /** Id for the new move. */
  moveId: string;
  now: string;
};

export type TakeListeningTurnResult = {
  /** Append it to the current round's moves. */
  move: ListeningMove;
  /** The move's event; after an empathy line also `listening.round_completed`, and `step.completed` when step 4 becomes done. */
  events: [ListeningMoveEvent, ...(ListeningRoundCompletedEvent | StepCompletedEvent)[]];
};

const NEXT: Record<Exclude<ExpectedMove, "round_complete">, string> = {
  perspective: "the speaker shares their perspective",
  mirror: "the listener mirrors what they heard (“What I heard is …”)",
  confirm_or_correct: "the speaker confirms or corrects the mirror",
  validation: "the listener writes a validation (“It makes sense that you … because …”)",
  empathy: "the listener writes an empathy line (“I imagine you feel …”)",
};

function fits(expected: ExpectedMove, kind: ListeningMoveKind): boolean {
  if (expected === "confirm_or_correct") return kind === "confirm" || kind === "correct";
  return expected === kind;
}

function outOfTurnMessage(expected: ExpectedMove, kind: ListeningMoveKind): string {
  if (expected === "round_complete") return MOVE_PROMPTS.round_complete;
  const what = kind === "validation" ? "a validation" : "an empathy line";
  if (kind === "validation" || kind === "empathy") {
    if (expected === "perspective") {
      return `The speaker shares their perspective first; then you mirror it, and only once they confirm your mirror can you write ${what}.`;
    }
    if (expected === "mirror") {
      return `Mirror what the speaker said (“What I heard is …”) and have them confirm it before you write ${what}.`;
    }
    if (expected === "confirm_or_correct") {
      return `The speaker has to confirm that your mirror is right before you write ${what}.`;
    }
    if (expected === "validation") {
      return "Write a validation (“It makes sense that you … because …”) before the empathy line.";
    }
  }
  if (kind === "mirror" && expected === "confirm_or_correct") {
    return "Wait for the speaker to confirm or correct your mirror before mirroring again.";
  }
  if ((kind === "confirm" || kind === "correct") && expected !== "perspective") {
    return `There is no new mirror to confirm or correct: next, ${NEXT[expected]}.`;
  }
  return `Not yet: next, ${NEXT[expected]}.`;
}

/**
 * Records the next move of the current round, refusing (409) any move out of
 * turn. At a distance each member makes their own moves; in in-person mode
 * either member records the move on the shared phone, and it is credited to
 * the member whose move it is.
 */
export function takeListeningTurn(input: TakeListeningTurnInput): TakeListeningTurnResult {
  const actor = requireMember(input.members, input.actorMemberId);
  const session = openListeningSession(input.sessions);
  if (!session) {
    throw new AppError("conflict", "There is no listening session going on. Start one first.");
  }
  const round = currentRound(session);
  if (!round) {
    throw new AppError("conflict", "This session has no round yet. Start a round first.");
  }
  const { kind } = input.move;
  const role = MOVE_ROLE[kind];
  const authorMemberId = role === "speaker" ? round.speakerMemberId : round.listenerMemberId;
  if (!session.inPerson && authorMemberId !== actor.memberId) {
    throw new AppError(
      "conflict",
      role === "speaker"
        ? "You are listening in this round: sharing the perspective and confirming or correcting the mirror are the speaker's moves."
        : "You are speaking in this round: mirroring, validating and empathising are the listener's moves.",
    );
  }
  const expected = expectedMove(round);
  if (!fits(expected, kind)) throw new AppError("conflict", outOfTurnMessage(expected, kind));

  const remote = !session.inPerson;
  const move = input.move;
  const texts = cleanTexts({
    text: {
      value: move.kind === "confirm" ? null : move.text,
      required: remote && move.kind !== "confirm",
      max:
        move.kind === "perspective"
          ? LISTENING_LIMITS.perspective
          : move.kind === "mirror"
            ? LISTENING_LIMITS.mirror
            : move.kind === "correct"
              ? LISTENING_LIMITS.correction
              : move.kind === "validation"
                ? LISTENING_LIMITS.validation
                : LISTENING_LIMITS.empathy,
      requiredMessage:
        move.kind === "correct"
          ? "Say what they missed or got wrong (“Mostly, but …”)."
          : `Write this before sending. ${MOVE_PROMPTS[expected]}`,
    },
    summary: {
      value: move.kind === "mirror" ? move.summary : null,
      required: session.inPerson && move.kind === "mirror",
      max: LISTENING_LIMITS.mirrorSummary,
      oneLine: true,
      requiredMessage: "Type a one-line summary of what you mirrored.",
    },
  });

  const recorded: ListeningMove = {
    id: input.moveId,
    roundId: round.id,
    kind,
    authorMemberId,
    recordedByMemberId: actor.memberId,
    text: texts.text,
    summary: texts.summary,
    createdAt: input.now,
  };
  const attemptsBefore = mirrorAttempts(round);
  const events: TakeListeningTurnResult["events"] = [
    {
      type: MOVE_EVENT_TYPE[kind],
      actorMemberId: authorMemberId,
      payload: {
        sessionId: session.id,
        roundId: round.id,
        moveId: recorded.id,
        recordedByMemberId: actor.memberId,
        mirrorAttempt:
          kind === "mirror"
            ? attemptsBefore + 1
            : kind === "confirm" || kind === "correct"
              ? attemptsBefore
              : null,
      },
    },
  ];
  if (kind === "empathy") {
    events.push({
      type: "listening.round_completed",
      actorMemberId: authorMemberId,
      payload: {
        sessionId: session.id,
        roundId: round.id,
        number: round.number,
        speakerMemberId: round.speakerMemberId,
        listenerMemberId: round.listenerMemberId,
        mirrorAttempts: attemptsBefore,
      },
    });
    const before = listenStepState({ members: input.members, sessions: input.sessions });
    const after = listenStepState({
      members: input.members,
      sessions: input.sessions.map((s) =>
        s.id !== session.id
          ? s
          : {
              ...s,
              rounds: s.rounds.map((r) =>
                r.id === round.id ? { ...r, moves: [...r.moves, recorded] } : r,
              ),
            },
      ),
    });
    if (before !== "done" && after === "done") {
      events.push({
        type: "step.completed",
        actorMemberId: authorMemberId,
        payload: { step: "listen" },
      });
    }
  }
  return { move: recorded, events };
}
