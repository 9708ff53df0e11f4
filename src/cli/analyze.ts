// `mend analyze`: run the language coach from the command line.
//
//   mend analyze "I'm sorry if you were hurt"     readable report per argument
//   mend analyze --jsonl < in.jsonl > out.jsonl   one JSON object per line
//
// With --jsonl, stdin is read as a stream, line by line. Blank lines are
// skipped. Each input line must be a JSON object with a string "text" (and
// usually an "id", copied through). Output lines come in input order:
//   {"id": ..., "labels": [...], "score": 0..100, "spans": {"label": [[start, end], ...]}}
// A bad line (not JSON, or no string "text") is reported on stderr with its
// line number and skipped; the other lines are still processed, and the exit
// code is 1 at the end. Spans are UTF-16 offsets into "text", end exclusive.

import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { analyzeMessage, type CoachAnalysis } from "../coach/index.ts";

export interface AnalyzeIo {
  args: string[];
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

const USAGE = `Usage: mend analyze [--jsonl] [text ...]
  --jsonl   read {"id", "text"} lines on stdin, write {"id", "labels", "score", "spans"} lines
  text      analyse each argument and print a readable report
`;

export async function runAnalyze({ args, stdin, stdout, stderr }: AnalyzeIo): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    stdout.write(USAGE);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--jsonl");
  if (unknown.length > 0) {
    stderr.write(`mend analyze: unknown option ${unknown.join(", ")}\n${USAGE}`);
    return 2;
  }
  if (args.includes("--jsonl")) return analyzeJsonl(stdin, stdout, stderr);

  const texts = args.filter((a) => a !== "--jsonl");
  if (texts.length === 0) {
    stderr.write(`mend analyze: nothing to analyse.\n${USAGE}`);
    return 2;
  }
  for (const text of texts) stdout.write(report(analyzeMessage(text)));
  return 0;
}

export function toJsonlRecord(id: unknown, analysis: CoachAnalysis): Record<string, unknown> {
  const spans: Record<string, [number, number][]> = {};
  for (const label of analysis.labels) spans[label.id] = label.spans.map(([s, e]) => [s, e]);
  return {
    id,
    labels: analysis.labels.map((l) => l.id),
    score: analysis.apology.score,
    spans,
  };
}

async function analyzeJsonl(stdin: Readable, stdout: Writable, stderr: Writable): Promise<number> {
  const lines = createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === "") continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      bad++;
      stderr.write(`mend analyze: line ${lineNo}: not valid JSON; skipped\n`);
      continue;
    }
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      bad++;
      stderr.write(
        `mend analyze: line ${lineNo}: expected a JSON object with a "text" string; skipped\n`,
      );
      continue;
    }
    const { id, text } = row as { id?: unknown; text?: unknown };
    if (typeof text !== "string") {
      bad++;
      stderr.write(`mend analyze: line ${lineNo}: missing string field "text"; skipped\n`);
      continue;
    }
    const out = `${JSON.stringify(toJsonlRecord(id ?? null, analyzeMessage(text)))}\n`;
    if (!stdout.write(out)) await new Promise((r) => stdout.once("drain", r));
  }
  if (bad > 0) {
    stderr.write(`mend analyze: ${bad} bad line${bad === 1 ? "" : "s"} of ${lineNo}\n`);
    return 1;
  }
  return 0;
}

function report(a: CoachAnalysis): string {
  const out: string[] = [`“${a.text}”`];
  if (a.labels.length === 0) out.push("  No labels.");
  for (const l of a.labels) {
    const spans = l.spans.map(([s, e]) => `“${a.text.slice(s, e)}” [${s}-${e}]`).join(", ");
    out.push(`  ${l.kind.padEnd(9)} ${l.id}: ${spans}`);
    out.push(`            ${l.reason}`);
    if (l.rewrite) out.push(`            Try: ${l.rewrite}`);
  }
  if (a.apology.isApology) {
    out.push(`  apology score ${a.apology.score}/100`);
    for (const m of a.apology.missing) out.push(`    - ${m.prompt}`);
  }
  return `${out.join("\n")}\n\n`;
}
