import { databaseOptionsFromConfig, migrateToLatest, openDatabase } from "../db/connect.ts";
import { readConfig } from "../server/config.ts";

export async function runMigrate(_args: string[]): Promise<number> {
  const config = readConfig();
  const database = openDatabase(databaseOptionsFromConfig(config));
  try {
    const applied = await migrateToLatest(database.db);
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(", ")}\n` : "Already up to date.\n",
    );
    return 0;
  } finally {
    await database.close();
  }
}
