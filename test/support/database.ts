// A fresh, migrated database for one test file: a new SQLite file, or a new
// PostgreSQL schema when the suite runs against PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "../../src/db/connect.ts";

export type TestDatabase = DatabaseHandle & { cleanup: () => Promise<void> };

export function testDialect(): "sqlite" | "postgres" {
  return process.env.MEND_TEST_DIALECT === "postgres" ? "postgres" : "sqlite";
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDialect() === "postgres") {
    const url = process.env.MEND_TEST_DATABASE_URL;
    if (!url) throw new Error("MEND_TEST_DIALECT=postgres needs MEND_TEST_DATABASE_URL");
    const schema = `mend_test_${Math.random().toString(36).slice(2, 12)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const handle = openDatabase({ dialect: "postgres", url, schema });
    await migrateToLatest(handle.db, schema);
    return {
      ...handle,
      cleanup: async () => {
        await sql`drop schema ${sql.id(schema)} cascade`.execute(handle.db);
        await handle.close();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "mend-test-"));
  const handle = openDatabase({ dialect: "sqlite", file: join(dir, "mend.sqlite") });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    cleanup: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Row counts of every table: a request that changed nothing leaves these equal. */
export async function snapshotCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tables = await handle.db.introspection.getTables();
  for (const table of tables) {
    if (table.name.startsWith("kysely_")) continue;
    const row = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(table.name)}`.execute(handle.db);
    counts[table.name] = Number(row.rows[0]?.n ?? 0);
  }
  return counts;
}
