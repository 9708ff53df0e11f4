import type { Kysely } from "kysely";
import { loadAccountVersions } from "../../../db/repositories/accounts.ts";
import { findDraft } from "../../../db/repositories/drafts.ts";
import { listAllMemberships, type MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import type { AccountParts } from "../../../domain/acknowledgement/account.ts";
import { presentAcknowledgement } from "../../presenters/acknowledgement.ts";
import { loadSpaceMembers } from "../steps/space-state.ts";

export async function viewAcknowledgement({
  db,
  membership,
}: {
  db: Kysely<Database>;
  membership: MembershipRow;
}) {
  const spaceId = membership.space_id;
  return presentAcknowledgement({
    viewer: membership,
    memberships: await listAllMemberships(db, spaceId),
    members: await loadSpaceMembers(db, spaceId),
    versions: await loadAccountVersions(db, spaceId),
    // Only ever the viewer's own draft.
    myDraft: await findDraft<AccountParts>(db, {
      spaceId,
      authorId: membership.id,
      kind: "account",
    }),
  });
}
