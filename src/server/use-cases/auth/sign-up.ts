import type { Kysely } from "kysely";
import type { TSignUp } from "../../../contracts/auth.ts";
import { newId, nowIso } from "../../../db/ids.ts";
import { findUserByEmail, insertUser } from "../../../db/repositories/users.ts";
import type { Database } from "../../../db/schema.ts";
import { AppError } from "../../../domain/errors.ts";
import { hashPassword } from "../../auth/passwords.ts";

export async function signUp({ db, input }: { db: Kysely<Database>; input: TSignUp }) {
  if (await findUserByEmail(db, input.email)) {
    throw new AppError("conflict", "An account with this email already exists. Try logging in.", {
      email: "An account with this email already exists.",
    });
  }
  const user = {
    id: newId(),
    email: input.email,
    display_name: input.displayName,
    password_hash: await hashPassword(input.password),
    created_at: nowIso(),
  };
  try {
    await insertUser(db, user);
  } catch (error) {
    // Two sign-ups with one email at once: the unique index decides.
    if (await findUserByEmail(db, input.email)) {
      throw new AppError("conflict", "An account with this email already exists. Try logging in.");
    }
    throw error;
  }
  return user;
}
