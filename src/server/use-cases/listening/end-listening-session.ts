import type { Kysely } from "kysely";
import { nowIso } from "../../../db/ids.ts";
import {
  loadListeningSessions,
  markListeningSessionEnded,
} from "../../../db/repositories/listening.ts";
import type { MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import { endListeningSession as decide } from "../../../domain/listening/end-listening-session.ts";
import { inSpaceTransaction, recordEvents } from "../steps/space-state.ts";

export async function endListeningSession(input: {
  db: Kysely<Database>;
  membership: MembershipRow;
}) {
  const { membership } = input;
  const spaceId = membership.space_id;
  return inSpaceTransaction(input.db, spaceId, async (trx, members) => {
    const { end, events } = decide({
      members,
      actorMemberId: membership.id,
      sessions: await loadListeningSessions(trx, spaceId),
      now: nowIso(),
    });
    await markListeningSessionEnded(trx, end);
    await recordEvents(trx, spaceId, events);
    return end;
  });
}
