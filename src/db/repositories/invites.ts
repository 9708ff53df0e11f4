import type { Kysely } from "kysely";
import type { Database, InviteTable } from "../schema.ts";

export type InviteRow = InviteTable;

export async function insertInvite(db: Kysely<Database>, invite: InviteRow): Promise<void> {
  await db.insertInto("invites").values(invite).execute();
}

export async function findInviteByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom("invites")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
}

export async function findInvite(db: Kysely<Database>, spaceId: string, id: string) {
  return db
    .selectFrom("invites")
    .selectAll()
    .where("space_id", "=", spaceId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Invites still waiting to be used: not used, not revoked, not expired. */
export async function listOpenInvites(db: Kysely<Database>, spaceId: string, nowIso: string) {
  return db
    .selectFrom("invites")
    .selectAll()
    .where("space_id", "=", spaceId)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", nowIso)
    .orderBy("created_at", "desc")
    .execute();
}

export async function revokeInvite(db: Kysely<Database>, id: string, at: string) {
  await db.updateTable("invites").set({ revoked_at: at }).where("id", "=", id).execute();
}

/** Marks the invite used only if it still is open; returns false if someone else got there first. */
export async function claimInvite(db: Kysely<Database>, id: string, userId: string, at: string) {
  const result = await db
    .updateTable("invites")
    .set({ used_at: at, used_by: userId })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
