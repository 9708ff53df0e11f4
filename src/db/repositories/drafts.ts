// Private drafts: read only for their author; deleted when sent or when the author leaves.
import type { Kysely } from "kysely";
import type { Database, DraftTable } from "../schema.ts";

export type DraftKind = DraftTable["kind"];

export type StoredDraft<P> = {
  id: string;
  authorId: string;
  parts: P;
  createdAt: string;
  updatedAt: string;
};

export async function findDraft<P>(
  db: Kysely<Database>,
  input: { spaceId: string; authorId: string; kind: DraftKind },
): Promise<StoredDraft<P> | null> {
  const row = await db
    .selectFrom("drafts")
    .selectAll()
    .where("space_id", "=", input.spaceId)
    .where("author_id", "=", input.authorId)
    .where("kind", "=", input.kind)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    authorId: row.author_id,
    parts: JSON.parse(row.parts) as P,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function saveDraft(
  db: Kysely<Database>,
  input: { spaceId: string; kind: DraftKind; draft: StoredDraft<unknown> },
): Promise<void> {
  const { draft } = input;
  const updated = await db
    .updateTable("drafts")
    .set({ parts: JSON.stringify(draft.parts), updated_at: draft.updatedAt })
    .where("id", "=", draft.id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  await db
    .insertInto("drafts")
    .values({
      id: draft.id,
      space_id: input.spaceId,
      author_id: draft.authorId,
      kind: input.kind,
      parts: JSON.stringify(draft.parts),
      created_at: draft.createdAt,
      updated_at: draft.updatedAt,
    })
    .execute();
}

export async function deleteDraft(
  db: Kysely<Database>,
  input: { spaceId: string; authorId: string; kind: DraftKind },
): Promise<void> {
  await db
    .deleteFrom("drafts")
    .where("space_id", "=", input.spaceId)
    .where("author_id", "=", input.authorId)
    .where("kind", "=", input.kind)
    .execute();
}

export async function deleteDraftsOfMember(
  db: Kysely<Database>,
  spaceId: string,
  authorId: string,
) {
  await db
    .deleteFrom("drafts")
    .where("space_id", "=", spaceId)
    .where("author_id", "=", authorId)
    .execute();
}
