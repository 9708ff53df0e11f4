import type { Kysely } from "kysely";
import type { TChangePassword } from "../../../contracts/auth.ts";
import { deleteOtherSessions } from "../../../db/repositories/sessions.ts";
import { findUserById, updatePasswordHash } from "../../../db/repositories/users.ts";
import type { Database } from "../../../db/schema.ts";
import { AppError } from "../../../domain/errors.ts";
import { hashPassword, verifyPassword } from "../../auth/passwords.ts";

/** Changes the password and signs out every other device. */
export async function changePassword({
  db,
  userId,
  sessionId,
  input,
}: {
  db: Kysely<Database>;
  userId: string;
  sessionId: string;
  input: TChangePassword;
}): Promise<void> {
  const user = await findUserById(db, userId);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError("bad_request", "Your current password is not right.", {
      currentPassword: "This is not your current password.",
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, userId, passwordHash);
    await deleteOtherSessions(trx, userId, sessionId);
  });
}
