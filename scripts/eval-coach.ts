// Scores the language coach on a labelled JSONL file (default:
// ../shared/coach/dev.jsonl beside the repo). For each label: precision,
// recall, F1 and support; then micro-averaged figures per family.
// A measurement, not a test: it always exits 0 unless the file cannot be read.
//
//   node scripts/eval-coach.ts [file.jsonl] [--errors]

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { COMPONENT_IDS, labelIds, MARKER_IDS, WARNING_IDS } from "../src/coach/index.ts";
import type { LabelId } from "../src/coach/types.ts";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Example {
  id: string;
  text: string;
  labels: string[];
}

export function readExamples(file: string): Example[] {
  const out: Example[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      const row = JSON.parse(line) as Partial<Example>;
      if (typeof row.text !== "string" || !Array.isArray(row.labels)) {
        throw new Error(`${file}:${i + 1}: expected {"id", "text", "labels"}`);
      }
      out.push({ id: String(row.id ?? i + 1), text: row.text, labels: row.labels.map(String) });
    });
  return out;
}

export function score(examples: Example[]): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const id of [...WARNING_IDS, ...COMPONENT_IDS, ...MARKER_IDS])
    counts.set(id, { tp: 0, fp: 0, fn: 0 });
  for (const ex of examples) {
    const got = new Set<string>(labelIds(ex.text));
    const want = new Set(ex.labels);
    for (const [id, c] of counts) {
      if (got.has(id) && want.has(id)) c.tp++;
      else if (got.has(id)) c.fp++;
      else if (want.has(id)) c.fn++;
    }
  }
  return counts;
}

export function prf(c: Counts): { p: number; r: number; f1: number; support: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1, support: c.tp + c.fn };
}

export function micro(counts: Map<string, Counts>, ids: readonly LabelId[]): Counts {
  const sum: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const id of ids) {
    const c = counts.get(id);
    if (!c) continue;
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
  }
  return sum;
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes("--errors");
  const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
  const file = resolve(root, args.find((a) => !a.startsWith("--")) ?? "../shared/coach/dev.jsonl");
  let examples: Example[];
  try {
    examples = readExamples(file);
  } catch (err) {
    process.stderr.write(`eval:coach: cannot read ${file}: ${(err as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const counts = score(examples);
  const f = (n: number) => n.toFixed(3);
  const rows: string[][] = [["label", "precision", "recall", "F1", "support", "tp", "fp", "fn"]];
  const row = (name: string, c: Counts) => {
    const m = prf(c);
    rows.push([
      name,
      f(m.p),
      f(m.r),
      f(m.f1),
      String(m.support),
      String(c.tp),
      String(c.fp),
      String(c.fn),
    ]);
  };
  const families: [string, readonly LabelId[]][] = [
    ["warnings", WARNING_IDS],
    ["components", COMPONENT_IDS],
    ["markers", MARKER_IDS],
  ];
  for (const [, ids] of families) {
    for (const id of ids) row(id, counts.get(id) as Counts);
    rows.push([]);
  }
  for (const [name, ids] of families) row(`micro ${name}`, micro(counts, ids));
  row("micro all", micro(counts, [...WARNING_IDS, ...COMPONENT_IDS, ...MARKER_IDS]));

  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  const lines = rows.map((r) =>
    r.length === 0
      ? ""
      : r
          .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
          .join("  "),
  );
  process.stdout.write(
    `Coach evaluation on ${file} (${examples.length} messages)\n\n${lines.join("\n")}\n`,
  );

  if (showErrors) {
    process.stdout.write("\nErrors (- missed, + false):\n");
    for (const ex of examples) {
      const got = new Set<string>(labelIds(ex.text));
      const want = new Set(ex.labels);
      const missed = [...want].filter((l) => !got.has(l));
      const extra = [...got].filter((l) => !want.has(l));
      if (missed.length || extra.length) {
        process.stdout.write(
          `${ex.id} ${[...missed.map((l) => `-${l}`), ...extra.map((l) => `+${l}`)].join(" ")}\n    ${ex.text}\n`,
        );
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("eval-coach.ts"))
  main();
