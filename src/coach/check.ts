// A regex test on a short slice of a message ("the words before the match"),
// with a prefilter in plain string operations. Rules run dozens of such checks
// per message, each a different regex; a regex the CPU has not run lately costs
// about a microsecond however short its subject, while the prefilter's
// includes() and first-word test cost a few nanoseconds and rule out most runs.

import {
  checkFilter,
  isPair,
  markFreeRegions,
  registerSet,
  sentenceMayHave,
  sentencesHave,
  textMayHave,
} from "./gate.ts";
import { splitAlternatives } from "./text.ts";

export interface Check {
  readonly re: RegExp;
  test(subject: string): boolean;
  /**
   * test(text.slice(from, to)), where `text` is the message being analysed:
   * first asks the word index whether the sentence holding the slice has the
   * words the regex needs (most often it has not), and slices only if so.
   */
  testSlice(text: string, from: number, to: number): boolean;
  /** test(text) on the whole message being analysed, asking the word index first. */
  testText(text: string): boolean;
}

const CHECKS: Check[] = [];

/** Wrap a non-global regex (over the normalised, lower-case text) with its prefilter. */
export function check(re: RegExp): Check {
  if (re.global || re.sticky) throw new Error("check() needs a regex without g or y");
  // only a pattern whose every top-level alternative starts with ^ (ends with $) is anchored
  const alts = splitAlternatives(re.source);
  const anchored = {
    start: alts.every((alt) => alt.startsWith("^")),
    end: alts.every((alt) => alt.endsWith("$") && !alt.endsWith("\\$")),
  };
  const { first, last, sets, required } = re.ignoreCase
    ? { first: null, last: null, sets: [], required: [] }
    : checkFilter(re.source, anchored);
  const wordSets = required.map(registerSet);
  // the index forms no pair across sentences: only sets without pairs can speak for a whole text
  const textSets = required.filter((set) => !set.some(isPair)).map(registerSet);
  const markless = cannotMatchMarks(re.source);
  const c: Check = {
    re,
    test(subject) {
      if (first !== null && !startsWithOneOf(subject, first)) return false;
      if (last !== null && !endsWithOneOf(subject, last)) return false;
      for (const set of sets) if (!includesOneOf(subject, set)) return false;
      return re.test(subject);
    },
    testSlice(text, from, to) {
      if (wordSets.length > 0 && !sentenceMayHave(wordSets, text, from, to)) return false;
      return c.test(text.slice(from, to));
    },
    testText(text) {
      if (wordSets.length === 0) return c.test(text);
      if (textSets.length > 0 && !textMayHave(textSets, text)) return false;
      const regions = markless ? markFreeRegions(text) : null;
      if (regions === null) return c.test(text);
      // each stretch between sentence marks that has the words, on its own (within one
      // sentence, pairs of words count too: the index pairs words within a sentence)
      for (let k = 0; k < regions.count; k++) {
        const bits = regions.bits[k] as number;
        if (!sentencesHave((bits & (bits - 1)) === 0 ? wordSets : textSets, bits)) continue;
        if (c.test(text.slice(regions.start[k], regions.end[k]))) return true;
      }
      return false;
    },
  };
  CHECKS.push(c);
  return c;
}

/**
 * Can no match of this regex contain ".", "!" or "?", nor depend on where the
 * text starts or ends? Then its matches in a text lie inside the stretches
 * between those marks, and it may be run on each stretch alone. Conservative:
 * any construct that might (".", \W, \S, \D, \p, a negated class not excluding
 * the marks, a mark itself, ^ or $) answers no.
 */
export function cannotMatchMarks(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "\\") {
      const n = source[i + 1] ?? "";
      if ("WSDpPuxc.!?".includes(n)) return false;
      i++;
    } else if (c === "[") {
      let j = i + 1;
      const negated = source[j] === "^";
      if (negated) j++;
      if (source[j] === "]") j++;
      while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      const body = source.slice(i + 1, j);
      const marks = [".", "!", "?"].filter((m) => body.includes(m)).length;
      if (negated ? marks < 3 : marks > 0 || /\\[WSD]/.test(body) || rangeHasMark(body))
        return false;
      i = j;
    } else if (c === "." || c === "^" || c === "$") return false;
    else if (c === "!" && !source.endsWith("(?", i) && !source.endsWith("(?<", i)) return false;
  }
  return true;
}

/** Does a class body have a range ("a-z") that takes in "!" or "?" (or one it cannot tell)? */
function rangeHasMark(body: string): boolean {
  for (let k = 1; k < body.length - 1; k++) {
    if (body[k] !== "-") continue;
    const lo = body[k - 1] as string;
    const hi = body[k + 1] as string;
    if (lo === "\\" || hi === "\\" || [".", "!", "?"].some((m) => lo <= m && m <= hi)) return true;
  }
  return false;
}

/** Every check made so far (check.test.ts compares each with its bare regex). */
export function allChecks(): readonly Check[] {
  return CHECKS;
}

function includesOneOf(subject: string, strings: readonly string[]): boolean {
  for (const s of strings) if (subject.includes(s)) return true;
  return false;
}

/** Does the subject's first word (after spaces and punctuation) start with one of these? */
function startsWithOneOf(subject: string, words: readonly string[]): boolean {
  let i = 0;
  while (i < subject.length && !isWordCode(subject.charCodeAt(i))) i++;
  for (const w of words) if (subject.startsWith(w, i)) return true;
  return false;
}
/** Is the subject's last word (before spaces and punctuation) one of these? */
function endsWithOneOf(subject: string, words: readonly string[]): boolean {
  let end = subject.length;
  while (end > 0 && !isWordCode(subject.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordCode(subject.charCodeAt(start - 1))) start--;
  for (const w of words) if (w.length === end - start && subject.startsWith(w, start)) return true;
  return false;
}
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
