import type { Kysely } from "kysely";
import { nowIso } from "../../../db/ids.ts";
import { appendEvent } from "../../../db/repositories/events.ts";
import {
  listActiveMembers,
  type MembershipRow,
  markMembershipLeft,
} from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import { MEMBER_LEAVING_CLEANUPS } from "./member-leaving-cleanups.ts";

/**
 * A member leaves. What they sent stays for the other member; their private
 * items (drafts and the like) go. The last one out deletes the space, since
 * nobody could open it again.
 */
export async function leaveSpace({
  db,
  membership,
}: {
  db: Kysely<Database>;
  membership: MembershipRow;
}) {
  await db.transaction().execute(async (trx) => {
    for (const cleanup of MEMBER_LEAVING_CLEANUPS) await cleanup(trx, membership);
    await markMembershipLeft(trx, membership.id, nowIso());
    const remaining = await listActiveMembers(trx, membership.space_id);
    if (remaining.length === 0) {
      await trx.deleteFrom("spaces").where("id", "=", membership.space_id).execute();
      return;
    }
    await appendEvent(trx, {
      spaceId: membership.space_id,
      actorId: membership.id,
      type: "member.left",
    });
  });
}
