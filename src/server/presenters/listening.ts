import type { TListeningSession, TListeningView } from "../../contracts/listening.ts";
import type { MembershipRow } from "../../db/repositories/spaces.ts";
import type { SpaceMember } from "../../domain/acknowledgement/shared.ts";
import type { ListeningSession } from "../../domain/listening/listening.ts";
import { listeningTurn, listenStepState } from "../../domain/listening/step-state.ts";
import { peopleOf } from "./people.ts";

/** Step 4: every move is shared between the two, so both see the whole dialogue. */
export function presentListening(input: {
  viewer: MembershipRow;
  memberships: readonly MembershipRow[];
  members: readonly SpaceMember[];
  sessions: readonly ListeningSession[];
}): TListeningView {
  const person = peopleOf(input.memberships, input.viewer);
  const presentSession = (s: ListeningSession): TListeningSession => ({
    id: s.id,
    inPerson: s.inPerson,
    turnSeconds: s.turnSeconds,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    rounds: s.rounds.map((r) => ({
      id: r.id,
      number: r.number,
      speaker: person(r.speakerMemberId),
      listener: person(r.listenerMemberId),
      moves: r.moves.map((m) => ({
        id: m.id,
        kind: m.kind,
        author: person(m.authorMemberId),
        text: m.text,
        summary: m.summary,
        createdAt: m.createdAt,
      })),
    })),
  });
  const open = input.sessions.find((s) => s.endedAt === null) ?? null;
  const turn = listeningTurn(input.sessions);
  return {
    state: listenStepState({ members: input.members, sessions: input.sessions }),
    otherHasJoined: input.members.length >= 2,
    members: input.members.map((m) => person(m.memberId)),
    session: open && presentSession(open),
    turn: turn && {
      expected: turn.expected,
      role: turn.role,
      member: turn.memberId ? person(turn.memberId) : null,
      isMyTurn: turn.memberId === null ? true : turn.memberId === input.viewer.id,
      prompt: turn.prompt,
      turnStartedAt: turn.turnStartedAt,
      turnSeconds: turn.turnSeconds,
      mirrorAttempts: turn.mirrorAttempts,
    },
    pastSessions: input.sessions
      .filter((s) => s.endedAt !== null)
      .map(presentSession)
      .reverse(),
  };
}
