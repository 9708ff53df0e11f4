import { requireMember, type SpaceMember } from "../acknowledgement/shared.ts";
import { AppError } from "../errors.ts";
import {
  currentRound,
  expectedMove,
  type ListeningRound,
  type ListeningRoundStartedEvent,
  type ListeningSession,
  MOVE_PROMPTS,
  openListeningSession,
} from "./listening.ts";

export type StartListeningRoundInput = {
  members: readonly SpaceMember[];
  actorMemberId: string;
  /** All listening sessions of the space (with rounds and moves). */
  sessions: readonly ListeningSession[];
  roundId: string;
  /** Who speaks this round: usually the last round's listener, but either member may. */
  speakerMemberId: string;
  now: string;
};

export type StartListeningRoundResult = {
  /** Append it to the open session's rounds. */
  round: ListeningRound;
  events: [ListeningRoundStartedEvent];
};

/** After a complete round, either member starts the next one, with roles swapped or not. */
export function startListeningRound(input: StartListeningRoundInput): StartListeningRoundResult {
  const actor = requireMember(input.members, input.actorMemberId);
  const session = openListeningSession(input.sessions);
  if (!session) {
    throw new AppError("conflict", "There is no listening session going on. Start one first.");
  }
  const current = currentRound(session);
  if (current) {
    const next = expectedMove(current);
    if (next !== "round_complete") {
      throw new AppError(
        "conflict",
        `Finish this round before starting another. Next: ${MOVE_PROMPTS[next]}`,
      );
    }
  }
  const { round, event } = newRound({
    members: input.members,
    actorMemberId: actor.memberId,
    sessionId: session.id,
    roundId: input.roundId,
    number: (current?.number ?? 0) + 1,
    speakerMemberId: input.speakerMemberId,
    now: input.now,
  });
  return { round, events: [event] };
}

/** A new round with the given speaker; the other member listens. */
export function newRound(input: {
  members: readonly SpaceMember[];
  actorMemberId: string;
  sessionId: string;
  roundId: string;
  number: number;
  speakerMemberId: string;
  now: string;
}): { round: ListeningRound; event: ListeningRoundStartedEvent } {
  const speaker = input.members.find((m) => m.memberId === input.speakerMemberId);
  const listener = input.members.find((m) => m.memberId !== input.speakerMemberId);
  if (!speaker || !listener) {
    throw new AppError("bad_request", "Choose who speaks first.", {
      speakerMemberId: "The speaker must be one of the two members of this space.",
    });
  }
  const round: ListeningRound = {
    id: input.roundId,
    sessionId: input.sessionId,
    number: input.number,
    speakerMemberId: speaker.memberId,
    listenerMemberId: listener.memberId,
    startedByMemberId: input.actorMemberId,
    startedAt: input.now,
    moves: [],
  };
  return {
    round,
    event: {
      type: "listening.round_started",
      actorMemberId: input.actorMemberId,
      payload: {
        sessionId: input.sessionId,
        roundId: round.id,
        number: round.number,
        speakerMemberId: round.speakerMemberId,
        listenerMemberId: round.listenerMemberId,
      },
    },
  };
}
