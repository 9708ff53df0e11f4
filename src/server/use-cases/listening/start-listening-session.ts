import type { Kysely } from "kysely";
import { newId, nowIso } from "../../../db/ids.ts";
import {
  insertListeningSession,
  loadListeningSessions,
} from "../../../db/repositories/listening.ts";
import type { MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import { startListeningSession as decide } from "../../../domain/listening/start-listening-session.ts";
import { inSpaceTransaction, recordEvents } from "../steps/space-state.ts";

export async function startListeningSession(input: {
  db: Kysely<Database>;
  membership: MembershipRow;
  speakerMemberId: string;
  inPerson: boolean;
  turnSeconds: number | null;
}) {
  const { membership } = input;
  const spaceId = membership.space_id;
  return inSpaceTransaction(input.db, spaceId, async (trx, members) => {
    const { session, events } = decide({
      members,
      actorMemberId: membership.id,
      sessions: await loadListeningSessions(trx, spaceId),
      sessionId: newId(),
      roundId: newId(),
      speakerMemberId: input.speakerMemberId,
      inPerson: input.inPerson,
      turnSeconds: input.turnSeconds,
      now: nowIso(),
    });
    await insertListeningSession(trx, spaceId, session);
    await recordEvents(trx, spaceId, events);
    return session;
  });
}
