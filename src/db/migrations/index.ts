// Migrations are listed here in order, so they bundle and run without a file scan.
import type { Migration, MigrationProvider } from "kysely";
import * as base from "./0001-base.ts";

const MIGRATIONS: Record<string, Migration> = {
  "0001-base": base,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
