import type { Kysely } from "kysely";
import type { Database, MembershipTable, SpaceTable } from "../schema.ts";

export type SpaceRow = SpaceTable;
export type MembershipRow = MembershipTable;

export async function insertSpace(db: Kysely<Database>, space: SpaceRow): Promise<void> {
  await db.insertInto("spaces").values(space).execute();
}

export async function findSpace(db: Kysely<Database>, id: string) {
  return db.selectFrom("spaces").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertMembership(db: Kysely<Database>, m: MembershipRow): Promise<void> {
  await db.insertInto("memberships").values(m).execute();
}

/** The user's current membership in the space, if they have not left it. */
export async function findActiveMembership(db: Kysely<Database>, spaceId: string, userId: string) {
  return db
    .selectFrom("memberships")
    .selectAll()
    .where("space_id", "=", spaceId)
    .where("user_id", "=", userId)
    .where("left_at", "is", null)
    .executeTakeFirst();
}

export async function listActiveMembers(db: Kysely<Database>, spaceId: string) {
  return db
    .selectFrom("memberships")
    .selectAll()
    .where("space_id", "=", spaceId)
    .where("left_at", "is", null)
    .orderBy("joined_at")
    .execute();
}

export async function listSpacesOfUser(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("spaces", "spaces.id", "memberships.space_id")
    .select([
      "spaces.id as id",
      "spaces.title as title",
      "spaces.kind as kind",
      "spaces.created_at as createdAt",
      "memberships.side as side",
      "memberships.role as role",
    ])
    .where("memberships.user_id", "=", userId)
    .where("memberships.left_at", "is", null)
    .orderBy("spaces.created_at", "desc")
    .execute();
}

export async function markMembershipLeft(db: Kysely<Database>, id: string, leftAt: string) {
  await db.updateTable("memberships").set({ left_at: leftAt }).where("id", "=", id).execute();
}

export async function listActiveMembershipsOfUser(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom("memberships")
    .selectAll()
    .where("user_id", "=", userId)
    .where("left_at", "is", null)
    .execute();
}

/** Every membership the space ever had, including those who left: for names on the timeline. */
export async function listAllMemberships(db: Kysely<Database>, spaceId: string) {
  return db.selectFrom("memberships").selectAll().where("space_id", "=", spaceId).execute();
}
