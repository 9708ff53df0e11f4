// `npm test`: every unit and integration test on SQLite, then the tests that
// touch a database again on PostgreSQL when MEND_TEST_DATABASE_URL is set.
// Each test file makes its own fresh database (SQLite file or PG schema).
import { spawnSync } from "node:child_process";

const ALL_TESTS = ["src/**/*.test.ts", "scripts/**/*.test.ts"];
const DATABASE_TESTS = ["src/db/**/*.test.ts", "src/server/**/*.test.ts"];
const extraArgs = process.argv.slice(2);

function runSuite(label: string, globs: string[], env: NodeJS.ProcessEnv): number {
  process.stdout.write(`\n# ${label}\n`);
  const result = spawnSync(process.execPath, ["--test", ...extraArgs, ...globs], {
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

let failed = runSuite("Unit and integration tests on SQLite", ALL_TESTS, {
  MEND_TEST_DIALECT: "sqlite",
});

const postgresUrl = process.env.MEND_TEST_DATABASE_URL;
if (postgresUrl) {
  failed ||= runSuite("Database and server tests on PostgreSQL", DATABASE_TESTS, {
    MEND_TEST_DIALECT: "postgres",
  });
} else {
  process.stdout.write(
    "\n# PostgreSQL run skipped: MEND_TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test).\n",
  );
}
process.exit(failed);
