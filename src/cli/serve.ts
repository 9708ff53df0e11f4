import { databaseOptionsFromConfig, migrateToLatest, openDatabase } from "../db/connect.ts";
import { buildApp } from "../server/app.ts";
import { readConfig } from "../server/config.ts";

export async function runServe(_args: string[]): Promise<number> {
  const config = readConfig();
  const database = openDatabase(databaseOptionsFromConfig(config));
  await migrateToLatest(database.db);
  const app = await buildApp({ db: database.db, config });
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Mend is ready on http://${config.host}:${config.port} (${database.dialect})`);
  return 0;
}
