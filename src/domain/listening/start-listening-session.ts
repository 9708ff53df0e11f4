import { requireMember, type SpaceMember } from "../acknowledgement/shared.ts";
import { AppError } from "../errors.ts";
import {
  type ListeningEvent,
  type ListeningSession,
  openListeningSession,
  TURN_SECONDS,
} from "./listening.ts";
import { newRound } from "./start-listening-round.ts";

export type StartListeningSessionInput = {
  members: readonly SpaceMember[];
  actorMemberId: string;
  /** All listening sessions of the space (with rounds and moves). */
  sessions: readonly ListeningSession[];
  sessionId: string;
  /** Id for the first round. */
  roundId: string;
  /** Who speaks first (either member). */
  speakerMemberId: string;
  inPerson: boolean;
  /** In-person mode only: the timer's suggested turn length; defaults to TURN_SECONDS.default. */
  turnSeconds?: number | null;
  now: string;
};

export type StartListeningSessionResult = {
  /** The new session with its first round. */
  session: ListeningSession;
  /** `listening.session_started`, `listening.round_started`. */
  events: ListeningEvent[];
};

/** Starts the space's one open listening session, with its first round. */
export function startListeningSession(
  input: StartListeningSessionInput,
): StartListeningSessionResult {
  const actor = requireMember(input.members, input.actorMemberId);
  if (input.members.length < 2) {
    throw new AppError(
      "conflict",
      "Listening needs both of you: the other person has to join the space first.",
    );
  }
  if (openListeningSession(input.sessions)) {
    throw new AppError(
      "conflict",
      "A listening session is already going on. Continue it, or end it before starting another.",
    );
  }
  let turnSeconds: number | null = null;
  if (input.inPerson) {
    turnSeconds = input.turnSeconds ?? TURN_SECONDS.default;
    if (
      !Number.isInteger(turnSeconds) ||
      turnSeconds < TURN_SECONDS.min ||
      turnSeconds > TURN_SECONDS.max
    ) {
      throw new AppError("bad_request", "Choose another turn length.", {
        turnSeconds: `Choose a whole number of seconds from ${TURN_SECONDS.min} to ${TURN_SECONDS.max}.`,
      });
    }
  }
  const round = newRound({
    members: input.members,
    actorMemberId: actor.memberId,
    sessionId: input.sessionId,
    roundId: input.roundId,
    number: 1,
    speakerMemberId: input.speakerMemberId,
    now: input.now,
  });
  const session: ListeningSession = {
    id: input.sessionId,
    startedByMemberId: actor.memberId,
    startedAt: input.now,
    inPerson: input.inPerson,
    turnSeconds,
    endedAt: null,
    endedByMemberId: null,
    rounds: [round.round],
  };
  return {
    session,
    events: [
      {
        type: "listening.session_started",
        actorMemberId: actor.memberId,
        payload: { sessionId: session.id, inPerson: session.inPerson, turnSeconds },
      },
      round.event,
    ],
  };
}
