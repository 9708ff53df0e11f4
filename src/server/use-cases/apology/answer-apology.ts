import type { Kysely } from "kysely";
import { newId, nowIso } from "../../../db/ids.ts";
import {
  insertAmendsRequest,
  insertApologyAnswer,
  loadApologies,
} from "../../../db/repositories/apologies.ts";
import type { MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import {
  type ApologyAnswerInput,
  answerApology as decide,
} from "../../../domain/apology/answer-apology.ts";
import { inSpaceTransaction, recordEvents } from "../steps/space-state.ts";

/** The hurt member answers; "what would help me is …" is kept as an amends request. */
export async function answerApology(input: {
  db: Kysely<Database>;
  membership: MembershipRow;
  apologyId: string;
  answer: ApologyAnswerInput;
}) {
  const { membership } = input;
  const spaceId = membership.space_id;
  return inSpaceTransaction(input.db, spaceId, async (trx, members) => {
    const { answer, amendsRequest, events } = decide({
      members,
      actorMemberId: membership.id,
      apologies: await loadApologies(trx, spaceId),
      apologyId: input.apologyId,
      answer: input.answer,
      answerId: newId(),
      amendsRequestId: newId(),
      now: nowIso(),
    });
    await insertApologyAnswer(trx, spaceId, answer);
    if (amendsRequest) await insertAmendsRequest(trx, spaceId, amendsRequest);
    await recordEvents(trx, spaceId, events);
    return answer;
  });
}
