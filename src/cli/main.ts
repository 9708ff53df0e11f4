#!/usr/bin/env node
// The `mend` command: one entry point, one sub-command per file.
const [command = "serve", ...rest] = process.argv.slice(2);

const commands: Record<string, () => Promise<number>> = {
  serve: async () => (await import("./serve.ts")).runServe(rest),
  migrate: async () => (await import("./migrate.ts")).runMigrate(rest),
  analyze: async () =>
    (await import("./analyze.ts")).runAnalyze({
      args: rest,
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
    }),
};

const run = commands[command];
if (!run) {
  process.stderr.write(
    `mend: unknown command "${command}". Try: ${Object.keys(commands).join(", ")}\n`,
  );
  process.exit(2);
}
const code = await run();
if (code !== 0) process.exitCode = code;
