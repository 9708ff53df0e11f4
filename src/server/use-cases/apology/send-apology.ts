import type { Kysely } from "kysely";
import { newId, nowIso } from "../../../db/ids.ts";
import {
  insertApology,
  loadApologies,
  loadForgivenessOpenness,
} from "../../../db/repositories/apologies.ts";
import { deleteDraft } from "../../../db/repositories/drafts.ts";
import type { MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import type { ApologyPartsInput } from "../../../domain/apology/apology.ts";
import { sendApology as decide } from "../../../domain/apology/send-apology.ts";
import { inSpaceTransaction, recordEvents } from "../steps/space-state.ts";

/** Sends the apology; the writer's private draft goes once it is sent. */
export async function sendApology(input: {
  db: Kysely<Database>;
  membership: MembershipRow;
  parts: ApologyPartsInput;
}) {
  const { membership } = input;
  const spaceId = membership.space_id;
  return inSpaceTransaction(input.db, spaceId, async (trx, members) => {
    const { apology, events } = decide({
      members,
      actorMemberId: membership.id,
      apologies: await loadApologies(trx, spaceId),
      openness: await loadForgivenessOpenness(trx, spaceId),
      parts: input.parts,
      apologyId: newId(),
      now: nowIso(),
    });
    await insertApology(trx, spaceId, apology);
    await deleteDraft(trx, { spaceId, authorId: membership.id, kind: "apology" });
    await recordEvents(trx, spaceId, events);
    return apology;
  });
}
