import type { Kysely } from "kysely";
import type { Database, UserTable } from "../schema.ts";

export type UserRow = UserTable;

export async function insertUser(db: Kysely<Database>, user: UserRow): Promise<void> {
  await db.insertInto("users").values(user).execute();
}

export async function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string) {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function updatePasswordHash(db: Kysely<Database>, id: string, passwordHash: string) {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", id).execute();
}

export async function deleteUser(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom("users").where("id", "=", id).execute();
}
