import type { Kysely } from "kysely";
import type {
  ListeningMove,
  ListeningRound,
  ListeningSession,
} from "../../domain/listening/listening.ts";
import type { Database } from "../schema.ts";

/** Every listening session of the space with its rounds and moves, oldest first. */
export async function loadListeningSessions(
  db: Kysely<Database>,
  spaceId: string,
): Promise<ListeningSession[]> {
  const [sessions, rounds, moves] = await Promise.all([
    db
      .selectFrom("listening_sessions")
      .selectAll()
      .where("space_id", "=", spaceId)
      .orderBy("started_at")
      .execute(),
    db
      .selectFrom("listening_rounds")
      .selectAll()
      .where("space_id", "=", spaceId)
      .orderBy("number")
      .execute(),
    db
      .selectFrom("listening_moves")
      .selectAll()
      .where("space_id", "=", spaceId)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
  ]);
  return sessions.map((s) => ({
    id: s.id,
    startedByMemberId: s.started_by,
    startedAt: s.started_at,
    inPerson: Number(s.in_person) === 1,
    turnSeconds: s.turn_seconds === null ? null : Number(s.turn_seconds),
    endedAt: s.ended_at,
    endedByMemberId: s.ended_by,
    rounds: rounds
      .filter((r) => r.session_id === s.id)
      .map((r) => ({
        id: r.id,
        sessionId: r.session_id,
        number: Number(r.number),
        speakerMemberId: r.speaker_id,
        listenerMemberId: r.listener_id,
        startedByMemberId: r.started_by,
        startedAt: r.started_at,
        moves: moves
          .filter((m) => m.round_id === r.id)
          .map((m) => ({
            id: m.id,
            roundId: m.round_id,
            kind: m.kind,
            authorMemberId: m.author_id,
            recordedByMemberId: m.recorded_by,
            text: m.text,
            summary: m.summary,
            createdAt: m.created_at,
          })),
      })),
  }));
}

export async function insertListeningSession(
  db: Kysely<Database>,
  spaceId: string,
  s: ListeningSession,
) {
  await db
    .insertInto("listening_sessions")
    .values({
      id: s.id,
      space_id: spaceId,
      started_by: s.startedByMemberId,
      started_at: s.startedAt,
      in_person: s.inPerson ? 1 : 0,
      turn_seconds: s.turnSeconds,
      ended_at: s.endedAt,
      ended_by: s.endedByMemberId,
    })
    .execute();
  for (const round of s.rounds) await insertListeningRound(db, spaceId, round);
}

export async function insertListeningRound(
  db: Kysely<Database>,
  spaceId: string,
  r: ListeningRound,
) {
  await db
    .insertInto("listening_rounds")
    .values({
      id: r.id,
      space_id: spaceId,
      session_id: r.sessionId,
      number: r.number,
      speaker_id: r.speakerMemberId,
      listener_id: r.listenerMemberId,
      started_by: r.startedByMemberId,
      started_at: r.startedAt,
    })
    .execute();
}

export async function insertListeningMove(db: Kysely<Database>, spaceId: string, m: ListeningMove) {
  await db
    .insertInto("listening_moves")
    .values({
      id: m.id,
      space_id: spaceId,
      round_id: m.roundId,
      kind: m.kind,
      author_id: m.authorMemberId,
      recorded_by: m.recordedByMemberId,
      text: m.text,
      summary: m.summary,
      created_at: m.createdAt,
    })
    .execute();
}

export async function markListeningSessionEnded(
  db: Kysely<Database>,
  end: { sessionId: string; endedAt: string; endedByMemberId: string },
) {
  await db
    .updateTable("listening_sessions")
    .set({ ended_at: end.endedAt, ended_by: end.endedByMemberId })
    .where("id", "=", end.sessionId)
    .execute();
}
