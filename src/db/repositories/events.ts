import type { Kysely } from "kysely";
import { newId, nowIso } from "../ids.ts";
import type { Database } from "../schema.ts";

export type NewEvent = {
  spaceId: string;
  actorId: string | null;
  type: string;
  payload?: Record<string, unknown>;
};

/** Appends to the space's event log. The log is append-only: nothing updates or deletes a row. */
export async function appendEvent(db: Kysely<Database>, event: NewEvent): Promise<void> {
  await db
    .insertInto("events")
    .values({
      id: newId(),
      space_id: event.spaceId,
      actor_id: event.actorId,
      type: event.type,
      payload: JSON.stringify(event.payload ?? {}),
      created_at: nowIso(),
    })
    .execute();
}

export async function listEvents(db: Kysely<Database>, spaceId: string, limit = 200) {
  const rows = await db
    .selectFrom("events")
    .selectAll()
    .where("space_id", "=", spaceId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    ...row,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
  }));
}
