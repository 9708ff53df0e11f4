import { requireMember, type SpaceMember } from "../acknowledgement/shared.ts";
import { AppError } from "../errors.ts";
import {
  currentRound,
  isRoundComplete,
  type ListeningSession,
  type ListeningSessionEndedEvent,
  openListeningSession,
} from "./listening.ts";

export type EndListeningSessionInput = {
  members: readonly SpaceMember[];
  actorMemberId: string;
  sessions: readonly ListeningSession[];
  now: string;
};

export type EndListeningSessionResult = {
  /** Set these on the session. */
  end: { sessionId: string; endedAt: string; endedByMemberId: string };
  events: [ListeningSessionEndedEvent];
};

/**
 * Either member ends the open session, at any time: anyone may need to stop.
 * A round left unfinished stays unfinished (it does not count as heard).
 */
export function endListeningSession(input: EndListeningSessionInput): EndListeningSessionResult {
  const actor = requireMember(input.members, input.actorMemberId);
  const session = openListeningSession(input.sessions);
  if (!session) {
    throw new AppError("conflict", "There is no listening session going on to end.");
  }
  const current = currentRound(session);
  return {
    end: { sessionId: session.id, endedAt: input.now, endedByMemberId: actor.memberId },
    events: [
      {
        type: "listening.session_ended",
        actorMemberId: actor.memberId,
        payload: {
          sessionId: session.id,
          roundsCompleted: session.rounds.filter(isRoundComplete).length,
          endedMidRound: current !== null && !isRoundComplete(current),
        },
      },
    ],
  };
}
