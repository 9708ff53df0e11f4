// Migrations are listed here in order, so they bundle and run without a file scan.
import type { Migration, MigrationProvider } from "kysely";
import * as base from "./0001-base.ts";
import * as steps1to4 from "./0002-steps-1-4.ts";

const MIGRATIONS: Record<string, Migration> = {
  "0001-base": base,
  "0002-steps-1-4": steps1to4,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
