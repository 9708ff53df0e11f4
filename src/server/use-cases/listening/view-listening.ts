import type { Kysely } from "kysely";
import { loadListeningSessions } from "../../../db/repositories/listening.ts";
import { listAllMemberships, type MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import { presentListening } from "../../presenters/listening.ts";
import { loadSpaceMembers } from "../steps/space-state.ts";

export async function viewListening({
  db,
  membership,
}: {
  db: Kysely<Database>;
  membership: MembershipRow;
}) {
  const spaceId = membership.space_id;
  return presentListening({
    viewer: membership,
    memberships: await listAllMemberships(db, spaceId),
    members: await loadSpaceMembers(db, spaceId),
    sessions: await loadListeningSessions(db, spaceId),
  });
}
