import type { Kysely } from "kysely";
import type { TDeleteAccount } from "../../../contracts/auth.ts";
import { listActiveMembershipsOfUser } from "../../../db/repositories/spaces.ts";
import { deleteUser, findUserById } from "../../../db/repositories/users.ts";
import type { Database } from "../../../db/schema.ts";
import { AppError } from "../../../domain/errors.ts";
import { verifyPassword } from "../../auth/passwords.ts";
import { leaveSpace } from "../spaces/leave-space.ts";

/** Leaves every space (as leaving does), then deletes the account and its sessions. */
export async function deleteAccount({
  db,
  userId,
  input,
}: {
  db: Kysely<Database>;
  userId: string;
  input: TDeleteAccount;
}): Promise<void> {
  const user = await findUserById(db, userId);
  if (!user || !(await verifyPassword(user.password_hash, input.password))) {
    throw new AppError("bad_request", "That password is not right.", {
      password: "This is not your password.",
    });
  }
  for (const membership of await listActiveMembershipsOfUser(db, userId)) {
    await leaveSpace({ db, membership });
  }
  await deleteUser(db, userId);
}
