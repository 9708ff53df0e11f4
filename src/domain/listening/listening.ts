// Step 4 — Listen to each other: a listening session follows a couples
// dialogue. In each round one member speaks (their perspective), the other
// mirrors it until the speaker confirms, then validates and empathises. The
// turn order is enforced here, so the server refuses moves out of turn.
import type { DomainEvent, StepCompletedEvent } from "../acknowledgement/shared.ts";

/** Maximum lengths (characters), for zod schemas and web forms to import. */
export const LISTENING_LIMITS = {
  perspective: 4000,
  mirror: 4000,
  /** In-person mode: the one-line summary the listener types of each spoken mirror. */
  mirrorSummary: 200,
  correction: 2000,
  validation: 2000,
  empathy: 2000,
} as const;

/** The turn timer shown in in-person mode (seconds). */
export const TURN_SECONDS = { default: 120, min: 30, max: 900 } as const;

export const LISTENING_MOVE_KINDS = [
  "perspective",
  "mirror",
  "confirm",
  "correct",
  "validation",
  "empathy",
] as const;
export type ListeningMoveKind = (typeof LISTENING_MOVE_KINDS)[number];

export type ListeningRole = "speaker" | "listener";

/** Who makes each move in a round. */
export const MOVE_ROLE: Record<ListeningMoveKind, ListeningRole> = {
  perspective: "speaker",
  mirror: "listener",
  confirm: "speaker",
  correct: "speaker",
  validation: "listener",
  empathy: "listener",
};

export type ListeningMove = {
  id: string;
  roundId: string;
  kind: ListeningMoveKind;
  /** The member whose move it is (speaker or listener of the round). */
  authorMemberId: string;
  /** Who pressed send: the author, or in in-person mode whoever holds the shared phone. */
  recordedByMemberId: string;
  /** The written move; null for "confirm", and where in-person mode lets it be spoken only. */
  text: string | null;
  /** Mirrors only: the one-line summary (required in in-person mode). */
  summary: string | null;
  createdAt: string;
};

export type ListeningRound = {
  id: string;
  sessionId: string;
  /** 1, 2, 3 … within the session. */
  number: number;
  speakerMemberId: string;
  listenerMemberId: string;
  startedByMemberId: string;
  startedAt: string;
  /** Oldest first. */
  moves: ListeningMove[];
};

export type ListeningSession = {
  id: string;
  startedByMemberId: string;
  startedAt: string;
  /** One phone on the table: either member records the moves, texts are mostly spoken. */
  inPerson: boolean;
  /** Suggested turn length for the in-person timer; null for sessions at a distance. */
  turnSeconds: number | null;
  endedAt: string | null;
  endedByMemberId: string | null;
  /** Oldest first; the last one is the current round. */
  rounds: ListeningRound[];
};

/** What the current round waits for next. */
export type ExpectedMove =
  | "perspective"
  | "mirror"
  | "confirm_or_correct"
  | "validation"
  | "empathy"
  | "round_complete";

/** The prompt for the current move (shown to both, and on the in-person phone). */
export const MOVE_PROMPTS: Record<ExpectedMove, string> = {
  perspective: "Share your perspective: what happened for you, and how it felt.",
  mirror: "Mirror what you heard: “What I heard is …”. Nothing of your own yet.",
  confirm_or_correct: "Did they get it? Confirm (“Yes, you got it”) or correct (“Mostly, but …”).",
  validation: "Validate: “It makes sense that you … because …”.",
  empathy: "Empathise: “I imagine you feel …”.",
  round_complete: "This round is complete. Start a new one, swapping roles, or end the session.",
};

export function expectedMove(round: ListeningRound): ExpectedMove {
  const last = round.moves.at(-1);
  if (!last) return "perspective";
  switch (last.kind) {
    case "perspective":
    case "correct":
      return "mirror";
    case "mirror":
      return "confirm_or_correct";
    case "confirm":
      return "validation";
    case "validation":
      return "empathy";
    case "empathy":
      return "round_complete";
  }
}

export function isRoundComplete(round: ListeningRound): boolean {
  return expectedMove(round) === "round_complete";
}

export function mirrorAttempts(round: ListeningRound): number {
  return round.moves.filter((m) => m.kind === "mirror").length;
}

/** The space's one open session, or null. */
export function openListeningSession(
  sessions: readonly ListeningSession[],
): ListeningSession | null {
  return sessions.find((s) => s.endedAt === null) ?? null;
}

export function currentRound(session: ListeningSession): ListeningRound | null {
  return session.rounds.at(-1) ?? null;
}

export type ListeningSessionStartedEvent = DomainEvent<
  "listening.session_started",
  { sessionId: string; inPerson: boolean; turnSeconds: number | null }
>;
export type ListeningRoundStartedEvent = DomainEvent<
  "listening.round_started",
  {
    sessionId: string;
    roundId: string;
    number: number;
    speakerMemberId: string;
    listenerMemberId: string;
  }
>;
export type ListeningMoveEventType =
  | "listening.perspective_shared"
  | "listening.mirrored"
  | "listening.mirror_confirmed"
  | "listening.mirror_corrected"
  | "listening.validated"
  | "listening.empathised";
export const MOVE_EVENT_TYPE: Record<ListeningMoveKind, ListeningMoveEventType> = {
  perspective: "listening.perspective_shared",
  mirror: "listening.mirrored",
  confirm: "listening.mirror_confirmed",
  correct: "listening.mirror_corrected",
  validation: "listening.validated",
  empathy: "listening.empathised",
};
export type ListeningMoveEvent = DomainEvent<
  ListeningMoveEventType,
  {
    sessionId: string;
    roundId: string;
    moveId: string;
    recordedByMemberId: string;
    /** For mirror, confirm and correct: which mirror of the round (1, 2 …); else null. */
    mirrorAttempt: number | null;
  }
>;
export type ListeningRoundCompletedEvent = DomainEvent<
  "listening.round_completed",
  {
    sessionId: string;
    roundId: string;
    number: number;
    speakerMemberId: string;
    listenerMemberId: string;
    mirrorAttempts: number;
  }
>;
export type ListeningSessionEndedEvent = DomainEvent<
  "listening.session_ended",
  { sessionId: string; roundsCompleted: number; endedMidRound: boolean }
>;
export type ListeningEvent =
  | ListeningSessionStartedEvent
  | ListeningRoundStartedEvent
  | ListeningMoveEvent
  | ListeningRoundCompletedEvent
  | ListeningSessionEndedEvent
  | StepCompletedEvent;
