// Shared by the step use-cases: the members as the domain sees them, a lock
// that serialises writes to one space, and recording the domain's events.
import type { Kysely } from "kysely";
import { appendEvent } from "../../../db/repositories/events.ts";
import { listActiveMembers } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import type { SpaceMember } from "../../../domain/acknowledgement/shared.ts";

export async function loadSpaceMembers(
  db: Kysely<Database>,
  spaceId: string,
): Promise<SpaceMember[]> {
  const rows = await listActiveMembers(db, spaceId);
  return rows.flatMap((m) =>
    m.role === "member" && m.side ? [{ memberId: m.id, side: m.side }] : [],
  );
}

/**
 * Takes the space's row lock for the rest of the transaction (a no-op update:
 * a row lock on PostgreSQL, the write lock on SQLite), so two moves in one
 * space are decided one after the other, each on fresh state.
 */
export async function lockSpace(trx: Kysely<Database>, spaceId: string): Promise<void> {
  await trx
    .updateTable("spaces")
    .set((eb) => ({ title: eb.ref("title") }))
    .where("id", "=", spaceId)
    .execute();
}

export async function recordEvents(
  trx: Kysely<Database>,
  spaceId: string,
  events: readonly { type: string; actorMemberId: string; payload: Record<string, unknown> }[],
): Promise<void> {
  for (const event of events) {
    await appendEvent(trx, {
      spaceId,
      actorId: event.actorMemberId,
      type: event.type,
      payload: event.payload,
    });
  }
}

/** Runs one step move: lock the space, load the members, decide and write in one transaction. */
export function inSpaceTransaction<T>(
  db: Kysely<Database>,
  spaceId: string,
  work: (trx: Kysely<Database>, members: SpaceMember[]) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await lockSpace(trx, spaceId);
    return work(trx, await loadSpaceMembers(trx, spaceId));
  });
}
