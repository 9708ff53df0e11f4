import type { Kysely } from "kysely";
import { newId, nowIso } from "../../../db/ids.ts";
import { insertListeningRound, loadListeningSessions } from "../../../db/repositories/listening.ts";
import type { MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import { startListeningRound as decide } from "../../../domain/listening/start-listening-round.ts";
import { inSpaceTransaction, recordEvents } from "../steps/space-state.ts";

export async function startListeningRound(input: {
  db: Kysely<Database>;
  membership: MembershipRow;
  speakerMemberId: string;
}) {
  const { membership } = input;
  const spaceId = membership.space_id;
  return inSpaceTransaction(input.db, spaceId, async (trx, members) => {
    const { round, events } = decide({
      members,
      actorMemberId: membership.id,
      sessions: await loadListeningSessions(trx, spaceId),
      roundId: newId(),
      speakerMemberId: input.speakerMemberId,
      now: nowIso(),
    });
    await insertListeningRound(trx, spaceId, round);
    await recordEvents(trx, spaceId, events);
    return round;
  });
}
