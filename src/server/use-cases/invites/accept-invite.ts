import type { Kysely } from "kysely";
import { newId, nowIso } from "../../../db/ids.ts";
import { appendEvent } from "../../../db/repositories/events.ts";
import { claimInvite } from "../../../db/repositories/invites.ts";
import {
  findActiveMembership,
  insertMembership,
  listActiveMembers,
} from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import { AppError } from "../../../domain/errors.ts";
import { assertCanJoin } from "../../../domain/spaces/invite-rules.ts";
import type { CurrentUser } from "../../auth/sessions.ts";
import { findInviteByToken } from "./find-invite-by-token.ts";

export async function acceptInvite({
  db,
  user,
  token,
}: {
  db: Kysely<Database>;
  user: CurrentUser;
  token: string;
}) {
  const { invite } = await findInviteByToken({ db, token });
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const members = await listActiveMembers(trx, invite.space_id);
    const alreadyMember = Boolean(await findActiveMembership(trx, invite.space_id, user.id));
    assertCanJoin({
      invite: {
        expiresAt: invite.expires_at,
        usedAt: invite.used_at,
        revokedAt: invite.revoked_at,
      },
      now,
      alreadyMember,
      activeMemberCount: members.length,
    });
    // The conditional update makes a link single-use even when two people click at once.
    if (!(await claimInvite(trx, invite.id, user.id, nowIso(now)))) {
      throw new AppError("gone", "This invite link has already been used. Ask for a new link.");
    }
    const membership = {
      id: newId(),
      space_id: invite.space_id,
      user_id: user.id,
      display_name: user.displayName,
      role: "member" as const,
      side: invite.side,
      joined_at: nowIso(now),
      left_at: null,
    };
    await insertMembership(trx, membership);
    await appendEvent(trx, {
      spaceId: invite.space_id,
      actorId: membership.id,
      type: "member.joined",
    });
    return { spaceId: invite.space_id };
  });
}
