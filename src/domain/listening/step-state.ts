// Step 4 for the space home, the in-person phone and the "your turn" badges.
import type { SpaceMember } from "../acknowledgement/shared.ts";
import type { StepState } from "../spaces/path.ts";
import {
  currentRound,
  type ExpectedMove,
  expectedMove,
  isRoundComplete,
  type ListeningSession,
  MOVE_PROMPTS,
  mirrorAttempts,
  openListeningSession,
} from "./listening.ts";

export type ListeningState = {
  members: readonly SpaceMember[];
  /** All listening sessions of the space (with rounds and moves). */
  sessions: readonly ListeningSession[];
};

/** The members who have been heard: speakers of completed rounds, in any session. */
export function heardMemberIds(sessions: readonly ListeningSession[]): Set<string> {
  const heard = new Set<string>();
  for (const session of sessions) {
    for (const round of session.rounds) {
      if (isRoundComplete(round)) heard.add(round.speakerMemberId);
    }
  }
  return heard;
}

/**
 * not_started: no session yet. done, for good: each member has been heard in
 * a completed round (spoke, was mirrored until confirmed, validated, empathised).
 */
export function listenStepState(state: ListeningState): StepState {
  if (state.sessions.length === 0) return "not_started";
  const heard = heardMemberIds(state.sessions);
  if (state.members.length >= 2 && state.members.every((m) => heard.has(m.memberId))) {
    return "done";
  }
  return "in_progress";
}

export type ListeningTurn = {
  sessionId: string;
  roundId: string;
  roundNumber: number;
  inPerson: boolean;
  speakerMemberId: string;
  listenerMemberId: string;
  expected: ExpectedMove;
  /** Whose move it is; "either" once the round is complete (new round or end). */
  role: "speaker" | "listener" | "either";
  /** The member whose move it is; null when either may act. */
  memberId: string | null;
  prompt: string;
  /** When the awaited move became possible: starts the in-person turn timer. */
  turnStartedAt: string;
  /** The in-person timer's suggested length; null at a distance. */
  turnSeconds: number | null;
  /** Mirrors so far in this round. */
  mirrorAttempts: number;
};

/** Whose turn it is in the open session, or null when no session is open. */
export function listeningTurn(sessions: readonly ListeningSession[]): ListeningTurn | null {
  const session = openListeningSession(sessions);
  const round = session && currentRound(session);
  if (!session || !round) return null;
  const expected = expectedMove(round);
  const role =
    expected === "round_complete"
      ? "either"
      : expected === "perspective" || expected === "confirm_or_correct"
        ? "speaker"
        : "listener";
  return {
    sessionId: session.id,
    roundId: round.id,
    roundNumber: round.number,
    inPerson: session.inPerson,
    speakerMemberId: round.speakerMemberId,
    listenerMemberId: round.listenerMemberId,
    expected,
    role,
    memberId:
      role === "speaker"
        ? round.speakerMemberId
        : role === "listener"
          ? round.listenerMemberId
          : null,
    prompt: MOVE_PROMPTS[expected],
    turnStartedAt: round.moves.at(-1)?.createdAt ?? round.startedAt,
    turnSeconds: session.turnSeconds,
    mirrorAttempts: mirrorAttempts(round),
  };
}

export type ListeningAwaited = {
  step: "listen";
  move: Exclude<ExpectedMove, "round_complete">;
  sessionId: string;
  roundId: string;
};

/** What step 4 awaits of this member right now (for the "your turn" badge). */
export function listeningAwaiting(state: {
  sessions: readonly ListeningSession[];
  memberId: string;
}): ListeningAwaited[] {
  const turn = listeningTurn(state.sessions);
  if (!turn || turn.expected === "round_complete" || turn.memberId !== state.memberId) return [];
  return [
    { step: "listen", move: turn.expected, sessionId: turn.sessionId, roundId: turn.roundId },
  ];
}
