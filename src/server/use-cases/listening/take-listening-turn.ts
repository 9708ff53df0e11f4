import type { Kysely } from "kysely";
import { newId, nowIso } from "../../../db/ids.ts";
import { insertListeningMove, loadListeningSessions } from "../../../db/repositories/listening.ts";
import type { MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import {
  takeListeningTurn as decide,
  type ListeningMoveInput,
} from "../../../domain/listening/take-listening-turn.ts";
import { inSpaceTransaction, recordEvents } from "../steps/space-state.ts";

/** One move of the listening dialogue; the domain refuses moves out of turn (409). */
export async function takeListeningTurn(input: {
  db: Kysely<Database>;
  membership: MembershipRow;
  move: ListeningMoveInput;
}) {
  const { membership } = input;
  const spaceId = membership.space_id;
  return inSpaceTransaction(input.db, spaceId, async (trx, members) => {
    const { move, events } = decide({
      members,
      actorMemberId: membership.id,
      sessions: await loadListeningSessions(trx, spaceId),
      move: input.move,
      moveId: newId(),
      now: nowIso(),
    });
    await insertListeningMove(trx, spaceId, move);
    await recordEvents(trx, spaceId, events);
    return move;
  });
}
