import type { Kysely } from "kysely";
import type { TLogIn } from "../../../contracts/auth.ts";
import { findUserByEmail } from "../../../db/repositories/users.ts";
import type { Database } from "../../../db/schema.ts";
import { AppError } from "../../../domain/errors.ts";
import { decoyPasswordHash, verifyPassword } from "../../auth/passwords.ts";

export async function logIn({ db, input }: { db: Kysely<Database>; input: TLogIn }) {
  const user = await findUserByEmail(db, input.email);
  // Verify against a decoy when the email is unknown: same time, same answer.
  const ok = await verifyPassword(
    user?.password_hash ?? (await decoyPasswordHash()),
    input.password,
  );
  if (!user || !ok) throw new AppError("unauthenticated", "That email and password do not match.");
  return user;
}
