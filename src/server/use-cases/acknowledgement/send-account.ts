import type { Kysely } from "kysely";
import { newId, nowIso } from "../../../db/ids.ts";
import { insertAccountVersion, loadAccountVersions } from "../../../db/repositories/accounts.ts";
import { deleteDraft } from "../../../db/repositories/drafts.ts";
import type { MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import type { AccountParts } from "../../../domain/acknowledgement/account.ts";
import { sendAccount as decide } from "../../../domain/acknowledgement/send-account.ts";
import { inSpaceTransaction, recordEvents } from "../steps/space-state.ts";

/** Sends a version of the account; the writer's private draft goes once it is sent. */
export async function sendAccount(input: {
  db: Kysely<Database>;
  membership: MembershipRow;
  parts: Partial<Record<keyof AccountParts, string | null>>;
}) {
  const { membership } = input;
  const spaceId = membership.space_id;
  return inSpaceTransaction(input.db, spaceId, async (trx, members) => {
    const { version, events } = decide({
      members,
      actorMemberId: membership.id,
      versions: await loadAccountVersions(trx, spaceId),
      parts: input.parts,
      versionId: newId(),
      now: nowIso(),
    });
    await insertAccountVersion(trx, spaceId, version);
    await deleteDraft(trx, { spaceId, authorId: membership.id, kind: "account" });
    await recordEvents(trx, spaceId, events);
    return version;
  });
}
