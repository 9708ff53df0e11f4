import type { Kysely } from "kysely";
import { nowIso } from "../../../db/ids.ts";
import { appendEvent } from "../../../db/repositories/events.ts";
import { findInvite, revokeInvite as markRevoked } from "../../../db/repositories/invites.ts";
import type { MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import { AppError } from "../../../domain/errors.ts";

export async function revokeInvite({
  db,
  membership,
  inviteId,
}: {
  db: Kysely<Database>;
  membership: MembershipRow;
  inviteId: string;
}): Promise<void> {
  const invite = await findInvite(db, membership.space_id, inviteId);
  if (!invite) throw new AppError("not_found", "This invite does not exist.");
  if (invite.used_at)
    throw new AppError("conflict", "This invite was already used, so it cannot be withdrawn.");
  if (invite.revoked_at) return;
  await db.transaction().execute(async (trx) => {
    await markRevoked(trx, invite.id, nowIso());
    await appendEvent(trx, {
      spaceId: invite.space_id,
      actorId: membership.id,
      type: "invite.revoked",
    });
  });
}
