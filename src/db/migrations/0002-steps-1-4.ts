// Steps 1–4: accounts, apologies, listening sessions, and members' private drafts.
// Multi-part texts are JSON objects in text columns: they are read whole, never queried by part.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("drafts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("parts", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("drafts_one_per_kind", ["space_id", "author_id", "kind"])
    .execute();

  await db.schema
    .createTable("account_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id").onDelete("cascade"))
    .addColumn("writer_id", "text", (c) => c.notNull())
    .addColumn("reader_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("parts", "text", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addUniqueConstraint("account_versions_number", [
      "space_id",
      "writer_id",
      "reader_id",
      "version",
    ])
    .execute();

  await db.schema
    .createTable("account_responses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id").onDelete("cascade"))
    .addColumn("version_id", "text", (c) =>
      c.notNull().unique().references("account_versions.id").onDelete("cascade"),
    )
    .addColumn("reader_id", "text", (c) => c.notNull())
    .addColumn("verdict", "text", (c) => c.notNull())
    .addColumn("own_experience", "text")
    .addColumn("missing", "text")
    .addColumn("answered_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("apologies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id").onDelete("cascade"))
    .addColumn("writer_id", "text", (c) => c.notNull())
    .addColumn("reader_id", "text", (c) => c.notNull())
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("parts", "text", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addUniqueConstraint("apologies_number", ["space_id", "writer_id", "reader_id", "number"])
    .execute();

  await db.schema
    .createTable("apology_answers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id").onDelete("cascade"))
    .addColumn("apology_id", "text", (c) =>
      c.notNull().references("apologies.id").onDelete("cascade"),
    )
    .addColumn("reader_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text")
    .addColumn("answered_at", "text", (c) => c.notNull())
    .addUniqueConstraint("apology_answers_kind", ["apology_id", "kind"])
    .execute();

  await db.schema
    .createTable("forgiveness_openness")
    .addColumn("member_id", "text", (c) => c.primaryKey())
    .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id").onDelete("cascade"))
    .addColumn("open", "integer", (c) => c.notNull())
    .addColumn("changed_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("amends_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id").onDelete("cascade"))
    .addColumn("apology_id", "text", (c) => c.notNull())
    .addColumn("answer_id", "text", (c) => c.notNull())
    .addColumn("requested_by", "text", (c) => c.notNull())
    .addColumn("addressed_to", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("commitment_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("committed_at", "text")
    .execute();

  await db.schema
    .createTable("listening_sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id").onDelete("cascade"))
    .addColumn("started_by", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("in_person", "integer", (c) => c.notNull())
    .addColumn("turn_seconds", "integer")
    .addColumn("ended_at", "text")
    .addColumn("ended_by", "text")
    .execute();

  await db.schema
    .createTable("listening_rounds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id").onDelete("cascade"))
    .addColumn("session_id", "text", (c) =>
      c.notNull().references("listening_sessions.id").onDelete("cascade"),
    )
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("speaker_id", "text", (c) => c.notNull())
    .addColumn("listener_id", "text", (c) => c.notNull())
    .addColumn("started_by", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addUniqueConstraint("listening_rounds_number", ["session_id", "number"])
    .execute();

  await db.schema
    .createTable("listening_moves")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("space_id", "text", (c) => c.notNull().references("spaces.id").onDelete("cascade"))
    .addColumn("round_id", "text", (c) =>
      c.notNull().references("listening_rounds.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addColumn("text", "text")
    .addColumn("summary", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  for (const table of [
    "account_versions",
    "account_responses",
    "apologies",
    "apology_answers",
    "amends_requests",
    "listening_sessions",
    "listening_rounds",
    "listening_moves",
  ]) {
    await db.schema.createIndex(`${table}_space`).on(table).column("space_id").execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "listening_moves",
    "listening_rounds",
    "listening_sessions",
    "amends_requests",
    "forgiveness_openness",
    "apology_answers",
    "apologies",
    "account_responses",
    "account_versions",
    "drafts",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
