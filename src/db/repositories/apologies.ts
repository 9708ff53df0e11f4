import type { Kysely } from "kysely";
import type {
  AmendsRequest,
  Apology,
  ApologyAnswer,
  ApologyParts,
  ForgivenessOpenness,
} from "../../domain/apology/apology.ts";
import type { Database } from "../schema.ts";

/** Every sent apology of the space with its answers, oldest first. */
export async function loadApologies(db: Kysely<Database>, spaceId: string): Promise<Apology[]> {
  const apologies = await db
    .selectFrom("apologies")
    .selectAll()
    .where("space_id", "=", spaceId)
    .orderBy("sent_at")
    .orderBy("number")
    .execute();
  const answers = await db
    .selectFrom("apology_answers")
    .selectAll()
    .where("space_id", "=", spaceId)
    .orderBy("answered_at")
    .execute();
  return apologies.map((a) => ({
    id: a.id,
    writerMemberId: a.writer_id,
    readerMemberId: a.reader_id,
    number: Number(a.number),
    parts: JSON.parse(a.parts) as ApologyParts,
    sentAt: a.sent_at,
    answers: answers
      .filter((x) => x.apology_id === a.id)
      .map((x) => ({
        id: x.id,
        apologyId: x.apology_id,
        readerMemberId: x.reader_id,
        kind: x.kind,
        text: x.text,
        answeredAt: x.answered_at,
      })),
  }));
}

export async function insertApology(db: Kysely<Database>, spaceId: string, a: Apology) {
  await db
    .insertInto("apologies")
    .values({
      id: a.id,
      space_id: spaceId,
      writer_id: a.writerMemberId,
      reader_id: a.readerMemberId,
      number: a.number,
      parts: JSON.stringify(a.parts),
      sent_at: a.sentAt,
    })
    .execute();
}

export async function insertApologyAnswer(db: Kysely<Database>, spaceId: string, a: ApologyAnswer) {
  await db
    .insertInto("apology_answers")
    .values({
      id: a.id,
      space_id: spaceId,
      apology_id: a.apologyId,
      reader_id: a.readerMemberId,
      kind: a.kind,
      text: a.text,
      answered_at: a.answeredAt,
    })
    .execute();
}

export async function loadForgivenessOpenness(
  db: Kysely<Database>,
  spaceId: string,
): Promise<ForgivenessOpenness[]> {
  const rows = await db
    .selectFrom("forgiveness_openness")
    .selectAll()
    .where("space_id", "=", spaceId)
    .execute();
  return rows.map((r) => ({
    memberId: r.member_id,
    open: Number(r.open) === 1,
    changedAt: r.changed_at,
  }));
}

export async function saveForgivenessOpenness(
  db: Kysely<Database>,
  spaceId: string,
  o: ForgivenessOpenness,
) {
  const updated = await db
    .updateTable("forgiveness_openness")
    .set({ open: o.open ? 1 : 0, changed_at: o.changedAt })
    .where("member_id", "=", o.memberId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  await db
    .insertInto("forgiveness_openness")
    .values({
      member_id: o.memberId,
      space_id: spaceId,
      open: o.open ? 1 : 0,
      changed_at: o.changedAt,
    })
    .execute();
}

export async function loadAmendsRequests(
  db: Kysely<Database>,
  spaceId: string,
): Promise<AmendsRequest[]> {
  const rows = await db
    .selectFrom("amends_requests")
    .selectAll()
    .where("space_id", "=", spaceId)
    .orderBy("created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    apologyId: r.apology_id,
    answerId: r.answer_id,
    requestedByMemberId: r.requested_by,
    addressedToMemberId: r.addressed_to,
    text: r.text,
    status: r.status,
    commitmentId: r.commitment_id,
    createdAt: r.created_at,
    committedAt: r.committed_at,
  }));
}

export async function insertAmendsRequest(db: Kysely<Database>, spaceId: string, r: AmendsRequest) {
  await db
    .insertInto("amends_requests")
    .values({
      id: r.id,
      space_id: spaceId,
      apology_id: r.apologyId,
      answer_id: r.answerId,
      requested_by: r.requestedByMemberId,
      addressed_to: r.addressedToMemberId,
      text: r.text,
      status: r.status,
      commitment_id: r.commitmentId,
      created_at: r.createdAt,
      committed_at: r.committedAt,
    })
    .execute();
}
