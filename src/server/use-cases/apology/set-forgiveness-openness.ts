import type { Kysely } from "kysely";
import { nowIso } from "../../../db/ids.ts";
import {
  loadForgivenessOpenness,
  saveForgivenessOpenness,
} from "../../../db/repositories/apologies.ts";
import type { MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import { setForgivenessOpenness as decide } from "../../../domain/apology/set-forgiveness-openness.ts";
import { inSpaceTransaction, recordEvents } from "../steps/space-state.ts";

export async function setForgivenessOpenness(input: {
  db: Kysely<Database>;
  membership: MembershipRow;
  open: boolean;
}) {
  const { membership } = input;
  const spaceId = membership.space_id;
  return inSpaceTransaction(input.db, spaceId, async (trx, members) => {
    const { openness, events } = decide({
      members,
      actorMemberId: membership.id,
      openness: await loadForgivenessOpenness(trx, spaceId),
      open: input.open,
      now: nowIso(),
    });
    await saveForgivenessOpenness(trx, spaceId, openness);
    await recordEvents(trx, spaceId, events);
    return openness;
  });
}
