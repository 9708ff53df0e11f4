// `npm run bench`: runs every benchmark in bench/*/run.ts, one after another,
// so they do not compete for the machine's two cores. Figures only.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const here = import.meta.dirname;
const only = process.argv[2];
for (const name of readdirSync(here).sort()) {
  const script = join(here, name, "run.ts");
  if (only && name !== only) continue;
  if (!statSync(join(here, name)).isDirectory()) continue;
  try {
    statSync(script);
  } catch {
    continue;
  }
  process.stdout.write(`\n== bench/${name} ==\n`);
  const result = spawnSync(process.execPath, [script], { stdio: "inherit" });
  if (result.status !== 0) process.exitCode = 1;
}
