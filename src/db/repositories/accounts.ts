import type { Kysely } from "kysely";
import type {
  AccountParts,
  AccountResponse,
  AccountVersion,
} from "../../domain/acknowledgement/account.ts";
import type { Database } from "../schema.ts";

/** Every sent account version of the space, with its answer, oldest first. */
export async function loadAccountVersions(
  db: Kysely<Database>,
  spaceId: string,
): Promise<AccountVersion[]> {
  const versions = await db
    .selectFrom("account_versions")
    .selectAll()
    .where("space_id", "=", spaceId)
    .orderBy("sent_at")
    .orderBy("version")
    .execute();
  const responses = await db
    .selectFrom("account_responses")
    .selectAll()
    .where("space_id", "=", spaceId)
    .execute();
  const byVersion = new Map(responses.map((r) => [r.version_id, r]));
  return versions.map((v) => {
    const r = byVersion.get(v.id);
    return {
      id: v.id,
      writerMemberId: v.writer_id,
      readerMemberId: v.reader_id,
      version: Number(v.version),
      parts: JSON.parse(v.parts) as AccountParts,
      sentAt: v.sent_at,
      response: r
        ? {
            id: r.id,
            accountVersionId: r.version_id,
            readerMemberId: r.reader_id,
            verdict: r.verdict,
            ownExperience: r.own_experience,
            missing: r.missing,
            answeredAt: r.answered_at,
          }
        : null,
    };
  });
}

export async function insertAccountVersion(
  db: Kysely<Database>,
  spaceId: string,
  v: AccountVersion,
) {
  await db
    .insertInto("account_versions")
    .values({
      id: v.id,
      space_id: spaceId,
      writer_id: v.writerMemberId,
      reader_id: v.readerMemberId,
      version: v.version,
      parts: JSON.stringify(v.parts),
      sent_at: v.sentAt,
    })
    .execute();
}

export async function insertAccountResponse(
  db: Kysely<Database>,
  spaceId: string,
  r: AccountResponse,
) {
  await db
    .insertInto("account_responses")
    .values({
      id: r.id,
      space_id: spaceId,
      version_id: r.accountVersionId,
      reader_id: r.readerMemberId,
      verdict: r.verdict,
      own_experience: r.ownExperience,
      missing: r.missing,
      answered_at: r.answeredAt,
    })
    .execute();
}
