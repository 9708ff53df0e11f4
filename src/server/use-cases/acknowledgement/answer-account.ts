import type { Kysely } from "kysely";
import { newId, nowIso } from "../../../db/ids.ts";
import { insertAccountResponse, loadAccountVersions } from "../../../db/repositories/accounts.ts";
import type { MembershipRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import {
  type AccountAnswerInput,
  answerAccount as decide,
} from "../../../domain/acknowledgement/answer-account.ts";
import { inSpaceTransaction, recordEvents } from "../steps/space-state.ts";

export async function answerAccount(input: {
  db: Kysely<Database>;
  membership: MembershipRow;
  versionId: string;
  answer: AccountAnswerInput;
}) {
  const { membership } = input;
  const spaceId = membership.space_id;
  return inSpaceTransaction(input.db, spaceId, async (trx, members) => {
    const { response, events } = decide({
      members,
      actorMemberId: membership.id,
      versions: await loadAccountVersions(trx, spaceId),
      accountVersionId: input.versionId,
      answer: input.answer,
      responseId: newId(),
      now: nowIso(),
    });
    await insertAccountResponse(trx, spaceId, response);
    await recordEvents(trx, spaceId, events);
    return response;
  });
}
