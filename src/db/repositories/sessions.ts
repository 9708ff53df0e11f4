import type { Kysely } from "kysely";
import type { Database, SessionTable } from "../schema.ts";

export async function insertSession(db: Kysely<Database>, session: SessionTable): Promise<void> {
  await db.insertInto("sessions").values(session).execute();
}

/** The session and its user, if the session exists and has not expired. */
export async function findLiveSession(db: Kysely<Database>, id: string, nowIso: string) {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id as sessionId",
      "sessions.expires_at as expiresAt",
      "users.id as userId",
      "users.email as email",
      "users.display_name as displayName",
    ])
    .where("sessions.id", "=", id)
    .where("sessions.expires_at", ">", nowIso)
    .executeTakeFirst();
}

export async function extendSession(db: Kysely<Database>, id: string, expiresAt: string) {
  await db.updateTable("sessions").set({ expires_at: expiresAt }).where("id", "=", id).execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

export async function deleteOtherSessions(db: Kysely<Database>, userId: string, keepId: string) {
  await db.deleteFrom("sessions").where("user_id", "=", userId).where("id", "!=", keepId).execute();
}
