// A rule is a pattern plus the linguistic checks that decide whether a match
// counts: negation just before it, question mood, words elsewhere in the
// sentence, or any custom test. Rules only propose hits; index.ts resolves
// conflicts between labels (boundary rules of TAXONOMY.md).

import { clauseStart, negatedBefore, rx, type Segment } from "./text.ts";
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

export interface Rule {
  label: LabelId;
  re: RegExp;
  tag?: RuleTag;
  /** Skip the match when one of the few words before it (same clause) negates. Default true. */
  negatable?: boolean;
  /** Skip the match when its sentence is a question. */
  notInQuestion?: boolean;
  /** Skip the match when its sentence matches this (non-global) regex. */
  unless?: RegExp;
  /** Skip the match when the text right after it (rest of the sentence) matches. */
  notFollowedBy?: RegExp;
  /** Skip the match when the text right before it (same sentence) matches. */
  notPrecededBy?: RegExp;
  /** The match must open its sentence (only punctuation before it). */
  sentenceStart?: boolean;
  /** The match must close its sentence (only punctuation, spaces or emoji after it). */
  sentenceEnd?: boolean;
  when?: (c: RuleContext) => boolean;
}

export interface RuleOptions extends Omit<Rule, "label" | "re"> {}

/** Shorthand: a rule from an rx() source. */
export function rule(label: LabelId, source: string, options: RuleOptions = {}): Rule {
  return { label, re: rx(source), ...options };
}

/** A non-global regex in rx() syntax, for `unless` / `notFollowedBy` checks. */
export function test(source: string, anchor: "" | "start" | "end" = ""): RegExp {
  const g = rx(source);
  const body =
    anchor === "start" ? `^\\s*${g.source}` : anchor === "end" ? `${g.source}\\s*$` : g.source;
  return new RegExp(body);
}

export interface Hit {
  label: LabelId;
  tag: RuleTag | undefined;
  start: number;
  end: number;
  /** Index into the sentence list. */
  sentence: number;
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

/** Run every rule over the text and return the hits that pass their checks. */
export function runRules(rules: readonly Rule[], text: string, sentences: Segment[]): Hit[] {
  const hits: Hit[] = [];
  if (sentences.length === 0) return hits;
  for (const r of rules) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m !== null; m = r.re.exec(text)) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const si = sentenceIndexAt(sentences, start);
      const sentence = sentences[si] as Segment;
      const clauseFrom = clauseStart(text, sentence.start, start);
      if (r.negatable !== false && negatedBefore(text, clauseFrom, start)) continue;
      const stext = text.slice(sentence.start, sentence.end);
      if (r.notInQuestion && /\?/.test(text.slice(start, Math.max(sentence.end, end)))) continue;
      if (r.unless?.test(stext)) continue;
      if (r.notFollowedBy?.test(text.slice(end, Math.max(sentence.end, end)))) continue;
      if (r.notPrecededBy?.test(text.slice(sentence.start, start))) continue;
      if (r.sentenceStart && /[a-z0-9]/.test(text.slice(sentence.start, start))) continue;
      if (r.sentenceEnd && /[a-z0-9]/.test(text.slice(end, sentence.end))) continue;
      if (r.when && !r.when({ text, sentence, start, end, clauseFrom })) continue;
      hits.push({ label: r.label, tag: r.tag, start, end, sentence: si });
    }
  }
  return hits;
}
