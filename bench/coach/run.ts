// Benchmark of the language coach: throughput and per-message latency.
//
//   node bench/coach/run.ts [dev.jsonl]
//
// Messages are built from the dev set's texts (joined and varied by a seeded
// generator) at realistic lengths up to 500 characters, then at fixed lengths
// (500, 1,000, 2,000, 5,000) to show that cost grows linearly with length.
// A warning's rewrite is written when it is first read, as the composer does
// for the warnings it shows; "rewrites read" measures the 500-character
// messages again with every warning's rewrite read. Every series is timed in
// three passes: p50/p99 are the first pass's, "best of 3" those of each
// message's least time (see measure). Prints figures only.

import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeMessage, warmUp } from "../../src/coach/index.ts";
import { apologyRules } from "../../src/coach/rules/apology.ts";
import { markerRules } from "../../src/coach/rules/markers.ts";
import { warningRules } from "../../src/coach/rules/warnings.ts";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const file = resolve(root, process.argv[2] ?? "../shared/coach/dev.jsonl");
const texts = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

// mulberry32: small seeded PRNG so every run measures the same messages
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(42);
const pick = () => texts[Math.floor(rand() * texts.length)] ?? "";

// Variations a real writer produces: lower case, no apostrophes, shouting.
function vary(s: string): string {
  const r = rand();
  if (r < 0.15) return s.toLowerCase();
  if (r < 0.25) return s.replace(/'/g, "");
  if (r < 0.3) return s.replace(/[.!?]$/, "!!!");
  return s;
}

/**
 * A message of about `target` characters (never more than `max`), as a fresh
 * flat string, the way one arrives from a text box or a JSON line. (A slice of
 * the joined texts would keep their whole buffer behind it, two-byte if an
 * emoji lies past the cut, and make an all-ASCII message run the regexes'
 * cold two-byte code: a cost no real message has.)
 */
function message(target: number, max: number): string {
  let out = vary(pick());
  while (out.length < target) out += ` ${vary(pick())}`;
  return JSON.parse(JSON.stringify(out.length > max ? out.slice(0, max) : out)) as string;
}

interface Figures {
  perSec: number;
  p50: number;
  p99: number;
  /** The same, of each message's least time over PASSES passes. */
  bestP50: number;
  bestP99: number;
  cpuP99: number;
  chars: number;
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

function quantiles(times: Float64Array): (p: number) => number {
  const sorted = times.slice().sort();
  return (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/**
 * Each message is timed in PASSES passes over the whole series (so a message
 * is never measured twice in a row: the regexes it needs are as cold the third
 * time as the first). The first pass gives wall-clock latency (hrtime), CPU
 * time per message (process.cpuUsage) and throughput (messages over total wall
 * time). Each message's least time over the passes is what it costs without
 * the interruptions a shared VM adds at random (these swing a single pass's
 * p99 by a fifth from one run to the next): "best of 3".
 */
const PASSES = 3;
function measure(messages: string[], readRewrites: boolean): Figures {
  const wall = new Float64Array(messages.length);
  const best = new Float64Array(messages.length).fill(Number.POSITIVE_INFINITY);
  const cpu = new Float64Array(messages.length);
  let chars = 0;
  let total = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < messages.length; i++) {
      const m = messages[i] as string;
      const c = cpuNow();
      const s = process.hrtime.bigint();
      const a = analyzeMessage(m);
      // the composer reads the rewrite of each warning it shows (written on first read)
      if (readRewrites) for (const w of a.warnings) rewrites += w.rewrite?.length ?? 0;
      const t = Number(process.hrtime.bigint() - s) / 1000;
      best[i] = Math.min(best[i] as number, t);
      if (pass > 0) continue;
      wall[i] = t;
      cpu[i] = cpuNow() - c;
      chars += m.length;
    }
    if (pass === 0) total = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  const w = quantiles(wall);
  const b = quantiles(best);
  return {
    perSec: messages.length / total,
    p50: w(0.5),
    p99: w(0.99),
    bestP50: b(0.5),
    bestP99: b(0.99),
    cpuP99: quantiles(cpu)(0.99),
    chars: chars / messages.length,
  };
}

// Warm up the JIT and the regex engine (warmUp parses every rule's regex, as a
// server does at startup and a browser's worker does between messages; the
// messages then compile the regexes they use to machine code).
warmUp();
for (let i = 0; i < 3000; i++) analyzeMessage(message(20 + Math.floor(rand() * 480), 500));

const realistic = Array.from({ length: 20_000 }, () => message(20 + Math.floor(rand() * 480), 500));
const fiveHundred = Array.from({ length: 10_000 }, () => message(500, 500));
const series: [string, string[], boolean][] = [
  ["realistic, 20-500 chars", realistic, false],
  ["500 chars", fiveHundred, false],
  ["500 chars, rewrites read", fiveHundred, true],
  ["1,000 chars", Array.from({ length: 2_000 }, () => message(1000, 1000)), false],
  ["2,000 chars", Array.from({ length: 1_000 }, () => message(2000, 2000)), false],
  ["5,000 chars", Array.from({ length: 1_000 }, () => message(5000, 5000)), false],
];

const model = cpus()[0]?.model ?? "unknown CPU";
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(" ");
process.stdout.write(
  `Coach benchmark (Node ${process.version}, ${model}, ${cpus().length} CPUs, load average ${load})\n\n`,
);
const rows = [
  [
    "series",
    "messages",
    "avg chars",
    "msgs/s",
    "p50 µs",
    "p99 µs",
    "best of 3: p50",
    "p99",
    "cpu p99 µs",
    "ns/char",
  ],
];
let rewrites = 0;
for (const [name, msgs, readRewrites] of series) {
  const r = measure(msgs, readRewrites);
  rows.push([
    name,
    String(msgs.length),
    r.chars.toFixed(0),
    r.perSec.toFixed(0),
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    r.bestP50.toFixed(1),
    r.bestP99.toFixed(1),
    r.cpuP99.toFixed(0),
    ((r.p50 * 1000) / r.chars).toFixed(0),
  ]);
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
for (const r of rows) {
  process.stdout.write(
    `${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ")}\n`,
  );
}
process.stdout.write(`\n(${rewrites} characters of rewrites written)\n`);

// Work per message, counted after the timed runs (counting slows every regex
// down). Stable from run to run, unlike the times: a regex the CPU has not run
// lately costs ~1 µs, so "different regexes" is what the time follows.
const parts = new Set<RegExp>();
for (const r of [...warningRules, ...apologyRules, ...markerRules])
  for (const p of r.parts) parts.add(p.re);
const exec = RegExp.prototype.exec;
let scans = 0;
let matches = 0;
let executions = 0;
const touched = new Set<RegExp>();
let different = 0;
RegExp.prototype.exec = function (this: RegExp, subject: string) {
  executions++;
  touched.add(this);
  const fresh = this.lastIndex === 0;
  const m = exec.call(this, subject);
  if (parts.has(this)) {
    if (fresh) scans++;
    if (m) matches++;
  }
  return m;
};
const counted = fiveHundred.slice(0, 1000);
for (const m of counted) {
  touched.clear();
  analyzeMessage(m);
  different += touched.size;
}
RegExp.prototype.exec = exec;
const per = (n: number) => (n / counted.length).toFixed(1);
process.stdout.write(
  `\nPer 500-character message: ${per(scans)} rule-part scans (of ${parts.size} parts), ${per(matches)} of them matches; ${per(executions)} regex executions in all, on ${per(different)} different regexes\n`,
);
