import type { Kysely } from "kysely";
import { newId, nowIso } from "../../../db/ids.ts";
import { loadApologies, loadForgivenessOpenness } from "../../../db/repositories/apologies.ts";
import { findDraft, saveDraft } from "../../../db/repositories/drafts.ts";
import type { MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import type { ApologyPart, ApologyPartsInput } from "../../../domain/apology/apology.ts";
import { saveApologyDraft as decide } from "../../../domain/apology/save-apology-draft.ts";
import { inSpaceTransaction } from "../steps/space-state.ts";

export async function saveApologyDraft(input: {
  db: Kysely<Database>;
  membership: MembershipRow;
  parts: ApologyPartsInput;
}) {
  const { membership } = input;
  const spaceId = membership.space_id;
  return inSpaceTransaction(input.db, spaceId, async (trx, members) => {
    const existing = await findDraft<Record<ApologyPart, string>>(trx, {
      spaceId,
      authorId: membership.id,
      kind: "apology",
    });
    const { draft } = decide({
      members,
      actorMemberId: membership.id,
      apologies: await loadApologies(trx, spaceId),
      openness: await loadForgivenessOpenness(trx, spaceId),
      draft: existing && { ...existing, writerMemberId: existing.authorId },
      draftId: newId(),
      parts: input.parts,
      now: nowIso(),
    });
    await saveDraft(trx, {
      spaceId,
      kind: "apology",
      draft: { ...draft, authorId: draft.writerMemberId },
    });
    return draft;
  });
}
