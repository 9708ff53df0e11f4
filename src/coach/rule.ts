// A rule is a pattern plus the linguistic checks that decide whether a match
// counts: negation just before it, question mood, words elsewhere in the
// sentence, or any custom test. Rules only propose hits; index.ts resolves
// conflicts between labels (boundary rules of TAXONOMY.md).

import { allChecks, type Check, check } from "./check.ts";
import { indexWords, registerSet, requiredSets } from "./gate.ts";
import { clauseStart, negatedBefore, rx, type Segment, splitAlternatives } from "./text.ts";
import type { LabelId } from "./types.ts";

/** Rule tags that index.ts uses to resolve boundaries between labels. */
export type RuleTag =
  | "act" // responsibility by naming a wrong act: taken back by a following excuse/blame
  | "moral" // responsibility by moral admission: survives an excuse
  | "strong" // excuse by its form ("it's just that", "in fairness")
  | "state" // a cause from the writer's state/circumstances: explanation or excuse
  | "motive" // a cause from the writer's motive/feeling: explanation unless excused
  | "sarcasm" // sarcastic apology: contempt, cancels regret in its sentence
  | "pushback"; // sarcastic apology that pushes back: also defensiveness

export interface RuleContext {
  /** Normalised text with quoted speech masked. */
  text: string;
  sentence: Segment;
  start: number;
  end: number;
  clauseFrom: number;
}

/** One top-level alternative of a rule's pattern, compiled, with its gate. */
export interface RulePart {
  re: RegExp;
  /** Ids of literal sets (see gate.ts): one literal of each must occur for the part to be tried. */
  gate: number[] | null;
}

export interface Rule {
  label: LabelId;
  /** The pattern's top-level alternatives, scanned separately so each gets a selective gate. */
  parts: RulePart[];
  tag?: RuleTag;
  /** Skip the match when one of the few words before it (same clause) negates. Default true. */
  negatable?: boolean;
  /** Skip the match when its sentence is a question. */
  notInQuestion?: boolean;
  /** Skip the match when its sentence matches this (non-global) regex. */
  unless?: Check;
  /** Skip the match when the text right after it (rest of the sentence) matches. */
  notFollowedBy?: Check;
  /** Skip the match when the text right before it (same sentence) matches. */
  notPrecededBy?: Check;
  /** Match across sentence boundaries (the rule runs on the whole text). */
  crossSentence?: boolean;
  /** The match must open its sentence (only punctuation before it). */
  sentenceStart?: boolean;
  /** The match must close its sentence (only punctuation, spaces or emoji after it). */
  sentenceEnd?: boolean;
  when?: (c: RuleContext) => boolean;
}

export interface RuleOptions
  extends Omit<Rule, "label" | "parts" | "unless" | "notFollowedBy" | "notPrecededBy"> {
  unless?: RegExp | Check;
  notFollowedBy?: RegExp | Check;
  notPrecededBy?: RegExp | Check;
}

const asCheck = (x: RegExp | Check | undefined): Check | undefined =>
  x instanceof RegExp ? check(x) : x;

function gateOf(source: string): number[] | null {
  const sets = requiredSets(source);
  return sets ? sets.map(registerSet) : null;
}

/** Shorthand: a rule from an rx() source. */
export function rule(label: LabelId, source: string, options: RuleOptions = {}): Rule {
  const parts = splitAlternatives(source).map((alt): RulePart => {
    const re = rx(alt);
    return { re, gate: gateOf(re.source) };
  });
  // Every rule has the same fields in the same order: one hidden class, so the
  // checks in scan() stay monomorphic instead of going through V8's stub cache.
  return {
    label,
    parts,
    tag: options.tag,
    negatable: options.negatable,
    notInQuestion: options.notInQuestion,
    unless: asCheck(options.unless),
    notFollowedBy: asCheck(options.notFollowedBy),
    notPrecededBy: asCheck(options.notPrecededBy),
    crossSentence: options.crossSentence,
    sentenceStart: options.sentenceStart,
    sentenceEnd: options.sentenceEnd,
    when: options.when,
  };
}

/**
 * Parse every regex of these rules (and every check) now, so no message pays
 * for it later: V8 parses a regex and writes its bytecode on the first
 * execution (about 0.1 ms for a typical rule, up to 8 ms for the largest),
 * then compiles machine code on the second.
 *
 * Each regex runs once here, not twice: machine code is left to that second
 * execution, in a real message, so the regexes messages need are compiled in
 * the order they are first needed and their code lies together. Compiled all
 * up front, in rule order, the few hundred regexes a message may use lay
 * scattered among ~2,000 others, and every message took about a fifth longer
 * (README.md, "Speed"). A machine-code compile in a message costs 0.05 ms
 * (typical) to 2 ms (largest), once per regex.
 */
export function precompile(
  rules: readonly Rule[],
  from = 0,
  keepGoing: () => boolean = () => true,
): number {
  const order = warmOrder(rules);
  let i = from;
  for (; i < order.length && keepGoing(); i++) {
    const re = order[i] as RegExp;
    re.lastIndex = 0;
    re.test(WARM_SUBJECT);
    re.lastIndex = 0;
  }
  return i; // where to resume
}

/** How many regexes precompile() runs for these rules. */
export const precompileCount = (rules: readonly Rule[]): number => warmOrder(rules).length;

/** The rules' part regexes and their checks, then every other check made so far. */
function warmOrder(rules: readonly Rule[]): RegExp[] {
  let order = WARM_ORDER.get(rules);
  if (!order) {
    const own = rules.flatMap((r) => [
      ...r.parts.map((p) => p.re),
      r.unless?.re,
      r.notFollowedBy?.re,
      r.notPrecededBy?.re,
    ]);
    order = [...new Set([...own, ...allChecks().map((c) => c.re)])].filter(
      (re): re is RegExp => re !== undefined,
    );
    WARM_ORDER.set(rules, order);
  }
  return order;
}
const WARM_ORDER = new WeakMap<readonly Rule[], RegExp[]>();
const WARM_SUBJECT = "i am sorry, you know.";

/** A check (see check.ts) in rx() syntax, for `unless` / `notFollowedBy` and `when`s. */
export function test(source: string, anchor: "" | "start" | "end" = ""): Check {
  const g = rx(source);
  const body =
    anchor === "start" ? `^\\s*${g.source}` : anchor === "end" ? `${g.source}\\s*$` : g.source;
  return check(new RegExp(body));
}

/**
 * A test of the whole message, run once per message however many matches ask
 * ("is there laughter anywhere?"): rules call it from `when` with `c.text`.
 * Takes a regex (without g or y) or any predicate on the text.
 */
export function messageTest(test: RegExp | ((text: string) => boolean)): (text: string) => boolean {
  const checked = test instanceof RegExp ? check(test) : null;
  const run = checked
    ? (text: string) => checked.testText(text)
    : (test as (text: string) => boolean);
  let lastText: string | undefined;
  let last = false;
  return (text) => {
    if (text !== lastText) {
      lastText = text;
      last = run(text);
    }
    return last;
  };
}

export interface Hit {
  label: LabelId;
  tag: RuleTag | undefined;
  start: number;
  end: number;
  /** Index into the sentence list. */
  sentence: number;
  /** Set while resolving boundaries between labels (index.ts). */
  dead: boolean;
}

function sentenceIndexAt(sentences: Segment[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Run every rule over the text and return the hits that pass their checks.
 * A rule only runs on the sentences where one of its gate literals may occur
 * (see gate.ts), and a match cannot cross a sentence boundary unless the rule
 * says so.
 */
interface Compiled {
  /** Sentence-scoped parts, flattened: gate set ids (-1 = none) in typed arrays, so the
   * per-chunk pass over ~500 parts reads a few contiguous kilobytes, not ~500 objects. */
  rule: Rule[];
  part: RulePart[];
  g0: Int32Array;
  g1: Int32Array;
  g2: Int32Array;
  g3: Int32Array;
  g4: Int32Array;
  /** Cross-sentence parts: run on the whole text when each gate set occurs somewhere. */
  cross: { r: Rule; part: RulePart }[];
}
const COMPILED = new WeakMap<readonly Rule[], Compiled>();
let crossSeen = new Int32Array(8);
let pieces: string[] = [];

function compile(rules: readonly Rule[]): Compiled {
  const rule: Rule[] = [];
  const part: RulePart[] = [];
  const cross: { r: Rule; part: RulePart }[] = [];
  for (const r of rules)
    for (const p of r.parts) {
      if (r.crossSentence) cross.push({ r, part: p });
      else {
        rule.push(r);
        part.push(p);
      }
    }
  const gate = (k: number) => Int32Array.from(part, (p) => p.gate?.[k] ?? -1);
  return { rule, part, g0: gate(0), g1: gate(1), g2: gate(2), g3: gate(3), g4: gate(4), cross };
}

export function runRules(rules: readonly Rule[], text: string, sentences: Segment[]): Hit[] {
  const hits: Hit[] = [];
  if (sentences.length === 0) return hits;
  let c = COMPILED.get(rules);
  if (!c) {
    c = compile(rules);
    COMPILED.set(rules, c);
  }
  const { g0, g1, g2, g3, g4, cross } = c;
  // each sentence's text, sliced once when a first part needs it
  if (pieces.length < sentences.length) pieces = new Array(sentences.length * 2).fill("");
  pieces.fill("", 0, sentences.length);
  if (crossSeen.length < cross.length) crossSeen = new Int32Array(cross.length);
  crossSeen.fill(0, 0, cross.length);
  // Sentences are indexed 31 at a time (one bit each), so cost stays linear in length.
  for (let base = 0; base < sentences.length; base += 31) {
    const count = Math.min(31, sentences.length - base);
    const masks = indexWords(text, sentences, base, count);
    const all = count === 31 ? 0x7fffffff : (1 << count) - 1;
    for (let k = 0; k < cross.length; k++) {
      const gate = (cross[k] as { part: RulePart }).part.gate ?? [];
      for (let j = 0; j < gate.length; j++)
        if ((masks[gate[j] as number] as number) & all)
          crossSeen[k] = (crossSeen[k] as number) | (1 << j);
    }
    for (let p = 0; p < g0.length; p++) {
      let mask = all;
      const a = g0[p] as number;
      if (a >= 0) mask &= masks[a] as number;
      if (mask === 0) continue;
      const b = g1[p] as number;
      if (b >= 0) mask &= masks[b] as number;
      if (mask === 0) continue;
      const d = g2[p] as number;
      if (d >= 0) mask &= masks[d] as number;
      if (mask === 0) continue;
      const e = g3[p] as number;
      if (e >= 0) mask &= masks[e] as number;
      const f = g4[p] as number;
      if (f >= 0) mask &= masks[f] as number;
      if (mask === 0) continue;
      const r = c.rule[p] as Rule;
      const re = (c.part[p] as RulePart).re;
      // one bit per sentence of this chunk where the part may match
      for (let m = mask; m !== 0; m &= m - 1) {
        const si = base + 31 - Math.clz32(m & -m);
        let piece = pieces[si] as string;
        if (piece === "") {
          const seg = sentences[si] as Segment;
          piece = text.slice(seg.start, seg.end);
          pieces[si] = piece;
        }
        scan(r, re, piece, si, text, sentences, hits);
      }
    }
  }
  // A cross-sentence part runs on the whole text when its gate passed in some chunk.
  for (let k = 0; k < cross.length; k++) {
    const { r, part } = cross[k] as { r: Rule; part: RulePart };
    const want = (1 << (part.gate?.length ?? 0)) - 1;
    if (((crossSeen[k] as number) & want) === want)
      scan(r, part.re, text, -1, text, sentences, hits);
  }
  return hits;
}

/** Scan one sentence (si >= 0, `subject` is its text) or, for si = -1, the whole text. */
function scan(
  r: Rule,
  re: RegExp,
  subject: string,
  sentenceIndex: number,
  text: string,
  sentences: Segment[],
  hits: Hit[],
): void {
  const offset = sentenceIndex < 0 ? 0 : (sentences[sentenceIndex] as Segment).start;
  re.lastIndex = 0;
  for (let m = re.exec(subject); m !== null; m = re.exec(subject)) {
    // a global regex's lastIndex is where the match ends (m[0] would copy the matched text)
    const length = re.lastIndex - m.index;
    if (length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = offset + m.index;
    const end = start + length;
    const si = sentenceIndex < 0 ? sentenceIndexAt(sentences, start) : sentenceIndex;
    const sentence = sentences[si] as Segment;
    const clauseFrom = clauseStart(text, sentence.start, start);
    if (r.negatable !== false && negatedBefore(text, clauseFrom, start)) continue;
    const sentenceEnd = Math.max(sentence.end, end);
    if (r.notInQuestion && hasCode(text, QUESTION, start, sentenceEnd)) continue;
    if (r.unless?.testSlice(text, sentence.start, sentence.end)) continue;
    if (r.notFollowedBy?.testSlice(text, end, sentenceEnd)) continue;
    if (r.notPrecededBy?.testSlice(text, sentence.start, start)) continue;
    if (r.sentenceStart && hasWordCode(text, sentence.start, start)) continue;
    if (r.sentenceEnd && hasWordCode(text, end, sentence.end)) continue;
    if (r.when && !r.when({ text, sentence, start, end, clauseFrom })) continue;
    hits.push({ label: r.label, tag: r.tag, start, end, sentence: si, dead: false });
  }
}

const QUESTION = 63; // "?"
function hasCode(text: string, code: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}
/** Any letter or digit in text[from, to) (the normalised text is lower case). */
function hasWordCode(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}
