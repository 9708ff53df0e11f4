import type { Kysely } from "kysely";
import { findInviteByTokenHash } from "../../../db/repositories/invites.ts";
import { findSpace } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import { AppError } from "../../../domain/errors.ts";
import { inviteUnusableReason } from "../../../domain/spaces/invite-rules.ts";
import { hashToken } from "../../auth/tokens.ts";

/** The invite behind a link with its space and inviter, or a 404/410 that says why not. */
export async function findInviteByToken({ db, token }: { db: Kysely<Database>; token: string }) {
  const invite = await findInviteByTokenHash(db, hashToken(token));
  const space = invite ? await findSpace(db, invite.space_id) : undefined;
  if (!invite || !space)
    throw new AppError(
      "not_found",
      "This invite link is not valid. Check that you copied all of it.",
    );
  const reason = inviteUnusableReason(
    { expiresAt: invite.expires_at, usedAt: invite.used_at, revokedAt: invite.revoked_at },
    new Date(),
  );
  if (reason) throw new AppError("gone", reason);
  const inviter = await db
    .selectFrom("memberships")
    .select("display_name")
    .where("id", "=", invite.created_by)
    .executeTakeFirst();
  return { invite, space, invitedBy: inviter?.display_name ?? "A former member" };
}
