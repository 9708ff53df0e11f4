// Opens the database: an embedded SQLite file by default, PostgreSQL when a URL is given.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { migrationProvider } from "./migrations/index.ts";
import type { Database } from "./schema.ts";

export type DatabaseDialect = "sqlite" | "postgres";

export type DatabaseHandle = {
  db: Kysely<Database>;
  dialect: DatabaseDialect;
  /** The PostgreSQL schema the tables live in, when not the default one. */
  schema?: string;
  close: () => Promise<void>;
};

export type DatabaseOptions =
  | { dialect: "sqlite"; file: string }
  | { dialect: "postgres"; url: string; schema?: string };

export function databaseOptionsFromConfig(config: {
  dataDir: string;
  databaseUrl: string | undefined;
}): DatabaseOptions {
  if (config.databaseUrl) return { dialect: "postgres", url: config.databaseUrl };
  mkdirSync(config.dataDir, { recursive: true });
  return { dialect: "sqlite", file: join(config.dataDir, "mend.sqlite") };
}

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.dialect === "sqlite") {
    const sqlite = new SQLite(options.file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, dialect: "sqlite", close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: "postgres",
    ...(options.schema ? { schema: options.schema } : {}),
    close: () => db.destroy(),
  };
}

export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<string[]> {
  // With a schema named, the migrator's own tables go there too (and are looked for there).
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
