// What each feature deletes when a member leaves a space or deletes their
// account: their private items. A feature with private items adds one here.
import type { Kysely } from "kysely";
import { deleteDraftsOfMember } from "../../../db/repositories/drafts.ts";
import type { MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";

export type MemberLeavingCleanup = (
  db: Kysely<Database>,
  membership: MembershipRow,
) => Promise<void>;

export const MEMBER_LEAVING_CLEANUPS: MemberLeavingCleanup[] = [
  // Unsent account and apology drafts.
  (db, membership) => deleteDraftsOfMember(db, membership.space_id, membership.id),
];
