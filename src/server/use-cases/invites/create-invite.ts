import type { Kysely } from "kysely";
import { newId, nowIso } from "../../../db/ids.ts";
import { appendEvent } from "../../../db/repositories/events.ts";
import { insertInvite } from "../../../db/repositories/invites.ts";
import { listActiveMembers, type MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import { assertCanInvite, inviteExpiry } from "../../../domain/spaces/invite-rules.ts";
import { complementarySide } from "../../../domain/spaces/sides.ts";
import { hashToken, newToken } from "../../auth/tokens.ts";

/** Makes a single-use link for the other person; the token is returned once and stored hashed. */
export async function createInvite({
  db,
  membership,
}: {
  db: Kysely<Database>;
  membership: MembershipRow;
}) {
  const members = await listActiveMembers(db, membership.space_id);
  assertCanInvite({ activeMemberCount: members.length });
  const now = new Date();
  const token = newToken();
  const invite = {
    id: newId(),
    space_id: membership.space_id,
    token_hash: hashToken(token),
    created_by: membership.id,
    side: complementarySide(membership.side ?? "both_hurt"),
    created_at: nowIso(now),
    expires_at: nowIso(inviteExpiry(now)),
    used_at: null,
    used_by: null,
    revoked_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await insertInvite(trx, invite);
    await appendEvent(trx, {
      spaceId: invite.space_id,
      actorId: membership.id,
      type: "invite.created",
    });
  });
  return { invite, token };
}
