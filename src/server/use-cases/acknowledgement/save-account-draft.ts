import type { Kysely } from "kysely";
import { newId, nowIso } from "../../../db/ids.ts";
import { loadAccountVersions } from "../../../db/repositories/accounts.ts";
import { findDraft, saveDraft } from "../../../db/repositories/drafts.ts";
import type { MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import type { AccountDraft, AccountParts } from "../../../domain/acknowledgement/account.ts";
import { saveAccountDraft as decide } from "../../../domain/acknowledgement/save-account-draft.ts";
import { inSpaceTransaction } from "../steps/space-state.ts";

export async function saveAccountDraft(input: {
  db: Kysely<Database>;
  membership: MembershipRow;
  parts: Partial<Record<keyof AccountParts, string | null>>;
}): Promise<AccountDraft> {
  const { membership } = input;
  const spaceId = membership.space_id;
  return inSpaceTransaction(input.db, spaceId, async (trx, members) => {
    const where = { spaceId, authorId: membership.id, kind: "account" as const };
    const existing = await findDraft<AccountParts>(trx, where);
    const { draft } = decide({
      members,
      actorMemberId: membership.id,
      versions: await loadAccountVersions(trx, spaceId),
      draft: existing && { ...existing, writerMemberId: existing.authorId },
      draftId: newId(),
      parts: input.parts,
      now: nowIso(),
    });
    await saveDraft(trx, {
      spaceId,
      kind: "account",
      draft: { ...draft, authorId: draft.writerMemberId },
    });
    return draft;
  });
}
