import type { Kysely } from "kysely";
import {
  loadAmendsRequests,
  loadApologies,
  loadForgivenessOpenness,
} from "../../../db/repositories/apologies.ts";
import { findDraft } from "../../../db/repositories/drafts.ts";
import { listAllMemberships, type MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import type { ApologyPart } from "../../../domain/apology/apology.ts";
import { presentApology } from "../../presenters/apology.ts";
import { loadSpaceMembers } from "../steps/space-state.ts";

export async function viewApology({
  db,
  membership,
}: {
  db: Kysely<Database>;
  membership: MembershipRow;
}) {
  const spaceId = membership.space_id;
  return presentApology({
    viewer: membership,
    memberships: await listAllMemberships(db, spaceId),
    members: await loadSpaceMembers(db, spaceId),
    apologies: await loadApologies(db, spaceId),
    openness: await loadForgivenessOpenness(db, spaceId),
    amendsRequests: await loadAmendsRequests(db, spaceId),
    // Only ever the viewer's own draft.
    myDraft: await findDraft<Partial<Record<ApologyPart, string>>>(db, {
      spaceId,
      authorId: membership.id,
      kind: "apology",
    }),
  });
}
