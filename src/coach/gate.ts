// Speed: a rule's regex can only match a sentence that contains certain words.
// `requiredSets` reads a compiled rx() source and returns sets of word
// prefixes, whole words, or pairs of adjacent words: every match contains, for
// each set, one of the set's literals. Each sentence's words (runs of a-z0-9;
// an apostrophe splits "don't" into "don" and "t") are hashed once (prefixes
// of 2, 3 and 4 letters, the whole word, and the same after the previous whole
// word, for pairs) and looked up in an inverted index, so deciding where every
// rule may match costs one pass over the words, and most regexes never run.
// Each rule is gated on its rarest literals (word-frequency.ts), since a regex
// that runs for nothing costs about a microsecond once 1,600 of them compete
// for the CPU's caches. Hash collisions only let a rule run where it need not;
// they never skip a rule that could match (gate.test.ts checks this on every
// labelled text).

import { groupEnd, isEndMark, splitAlternatives } from "./text.ts";
import { WORD_FREQUENCY } from "./word-frequency.ts";

/** Longest prefix hashed per word: "sorry" and "sorrow" share "sorr". */
const PREFIX = 4;

// How often words occur in messages (per mille; see word-frequency.ts): a
// literal's score is how unlikely a message is to contain it, so each rule is
// gated on its rarest words. A word missing from the table is rarer than any in it.
const FREQUENCY = new Map<string, number>();
{
  const parts = WORD_FREQUENCY.split(" ");
  for (let k = 0; k + 1 < parts.length; k += 2)
    FREQUENCY.set(parts[k] as string, Number(parts[k + 1]));
}
const UNLISTED = 2;
/** Messages per thousand with a word that is `text` (whole) or starts with it (prefix). */
function perMille(text: string, whole: boolean): number {
  if (whole) return FREQUENCY.get(text) ?? UNLISTED;
  let sum = PREFIX_SHARE.get(text);
  if (sum === undefined) {
    sum = UNLISTED;
    for (const [word, n] of FREQUENCY) if (word.startsWith(text)) sum += n;
    sum = Math.min(sum, 1000);
    PREFIX_SHARE.set(text, sum);
  }
  return sum;
}
const PREFIX_SHARE = new Map<string, number>();

const WRAP_END = ")(?:(?<![a-z0-9])|(?![a-z0-9]))";

/** A literal as the parser sees it: its text and whether it starts a word. */
interface Lit {
  text: string;
  wordStart: boolean;
  /** Known to end a word (a space or punctuation follows): the whole word is the key. */
  wordEnd: boolean;
  /** A pair literal: this whole word, then separators only, then `second` (text unused). */
  pair?: { first: Lit; second: Lit };
  /**
   * A word glued to a group that follows it ("i" in "i('m| am)", "u" in "u('re)?"):
   * the words it may really be ("i" whole, or "im..."), one of which occurs.
   */
  glued?: Lit[];
  /** litShare's answer, and the wordEnd it was computed for (wordEnd may be learnt later). */
  share?: number;
  shareFor?: boolean;
  /** glueGeneration when `share` was computed (a later glue() may make a literal keyable). */
  shareGen?: number;
}

interface Parsed {
  /** Sets of literals; any match contains one literal of each set. */
  sets: Lit[][];
  /** Does the position after a match start a word (nothing word-like glued before it)? */
  exitWS: boolean;
  /** Can it match the empty string? */
  empty: boolean;
  /** Literals that end exactly where a match ends (a following separator ends their word). */
  tail: Lit[];
  /** Every match starts with one of these literals, at a word start (null: not known). */
  first: Lit[] | null;
  /** Every match ends with one of these literals, each from a word start (null: not known). */
  last: Lit[] | null;
  /** Every match ends with one of these whole words, then only separators (null: not known). */
  end: Lit[] | null;
}

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isWordChar = (c: string) => isAlnum(c.charCodeAt(0));
// a prefix needs two letters; a whole word may be one ("u")
const keyable = (l: Lit): boolean =>
  l.glued
    ? l.glued.every(keyable)
    : l.pair
      ? isAlnum(l.pair.first.text.charCodeAt(0)) &&
        isAlnum(l.pair.second.text.charCodeAt(0)) &&
        keyable(l.pair.second)
      : l.wordStart &&
        (l.text.length >= 2 || l.wordEnd) &&
        (isAlnum(l.text.charCodeAt(0)) ||
          (l.text.charCodeAt(0) >= 0x80 && l.text.charCodeAt(0) <= 0x9f));
/** The literals as requiredSets returns them: "word$" for a whole word, "a\u0001b" for a pair. */
const literalTexts = (l: Lit): string[] =>
  l.glued
    ? l.glued.flatMap(literalTexts)
    : l.pair?.second.glued
      ? literalTexts(l.pair.second).map((t) => `${l.pair?.first.text}${PAIR_MARK}${t}`)
      : [literalText(l)];
const literalText = (l: Lit): string =>
  l.pair
    ? `${l.pair.first.text}${PAIR_MARK}${literalText(l.pair.second)}`
    : l.wordEnd
      ? `${l.text}$`
      : l.text;
const PAIR_MARK = "\u0001";
/** Is this literal (as requiredSets returns it) a pair of words? */
export const isPair = (literal: string): boolean => literal.includes(PAIR_MARK);
/** Characters a pattern may require between the two words of a pair (never part of a word). */
const SEPARATOR_CHARS = " ,.;:!?+/-";
/** A pair set is only built when it stays small. */
const MAX_PAIRS = 128;
const pairLit = (first: Lit, second: Lit): Lit => ({
  text: "",
  wordStart: true,
  wordEnd: false,
  pair: { first, second },
});
// Two words side by side are much rarer than the two anywhere in a message.
const ADJACENT = 1 / 8;
/** Share of messages (per mille) with this literal; -1 if the index cannot key it. */
const litShare = (l: Lit): number => {
  if (l.glued) {
    let sum = 0;
    for (const g of l.glued) {
      const share = litShare(g);
      if (share < 0) return -1;
      sum += share;
    }
    return sum;
  }
  const end = l.pair ? l.pair.second.wordEnd : l.wordEnd;
  if (l.share !== undefined && l.shareFor === end && l.shareGen === glueGeneration) return l.share;
  let share = -1;
  if (keyable(l))
    share = l.pair
      ? (perMille(l.pair.first.text, true) * litShare(l.pair.second) * ADJACENT) / 1000
      : perMille(l.wordEnd ? l.text : l.text.slice(0, PREFIX), l.wordEnd);
  l.share = share;
  l.shareFor = end;
  l.shareGen = glueGeneration;
  return share;
};
/** Bits of selectivity of a set (any literal may occur): -log2 of the share of messages with one. */
const setScore = (set: Lit[]) => {
  if (set.length === 0) return -1;
  let share = 0;
  for (const l of set) {
    const s = litShare(l);
    if (s < 0) return -1;
    share += s;
  }
  return Math.max(0.05, Math.log2(1000 / Math.min(share, 1000)));
};
/** The most selective set and its score (each set scored once). */
const best = (sets: Lit[][]): { set: Lit[]; score: number } | null => {
  let top: { set: Lit[]; score: number } | null = null;
  for (const set of sets) {
    const score = setScore(set);
    if (top === null || score > top.score) top = { set, score };
  }
  return top;
};

/**
 * The ways a group may start, for a word glued before it: "" for a word edge
 * (a space, an apostrophe: the tokenizer splits "i'm" into "i" and "m"), or the
 * letters it glues on ("m" in "'?m"); null when it cannot be told. `after` is
 * the source after an optional group (absent, what follows ends the word or not).
 */
function groupLeads(body: string, after: string | null): string[] | null {
  const leads: string[] = [];
  for (const alt of splitAlternatives(body)) {
    const more = leadsOf(alt);
    if (more === null) return null;
    leads.push(...more);
  }
  if (after !== null) {
    // the group may be absent: the word ends there only if a separator must follow
    const next = leadsOf(after);
    if (next === null || next.some((l) => l !== "")) return null;
    leads.push("");
  }
  return leads;
}
/**
 * How a pattern may start: "" for a word edge (a required space or
 * punctuation, an apostrophe, \b), letters for letters glued on; null when
 * it cannot be told (a class, an empty alternative, a lookaround).
 */
function leadsOf(alt: string): string[] | null {
  const edge = /^(?:\\s|[ ,;:!]|')/.exec(alt);
  if (edge || alt.startsWith("\\b")) {
    const q = edge ? alt[edge[0].length] : "";
    // "\s*", "'?": an edge, or whatever follows glued on
    if (q === "?" || q === "*" || q === "{") {
      const from = (edge?.[0].length ?? 0) + (q === "{" ? alt.indexOf("}") : 0) + 1;
      const rest = leadsOf(alt.slice(from));
      return rest && ["", ...rest];
    }
    return [""];
  }
  if (alt.startsWith("(?:")) {
    const close = groupEnd(alt, 0);
    const quantifier = alt[close + 1];
    if (quantifier !== undefined && "?*+{".includes(quantifier)) return null;
    const leads: string[] = [];
    for (const inner of splitAlternatives(alt.slice(3, close))) {
      // an inner alternative of letters only: the word goes on after the group, so its
      // letters are a prefix ("" would claim an edge that may not be there)
      const more = inner === "" ? null : leadsOf(inner);
      if (more === null) return null;
      leads.push(...more);
    }
    return leads;
  }
  const letters = leadingLetters(alt);
  return letters === "" ? null : [letters];
}
/** The letters an alternative surely starts with ("ab" in "abc?d", "" in "[a-z]x"). */
function leadingLetters(alt: string): string {
  let k = 0;
  while (k < alt.length && isAlnum(alt.charCodeAt(k))) k++;
  // a quantified last letter may be absent or repeated
  if (k > 0 && k < alt.length && "?*+{".includes(alt[k] as string)) k--;
  return alt.slice(0, Math.min(k, PREFIX));
}
let glueGeneration = 0;
/** Each word-start literal in `tail`, glued to a group with this body, becomes its glued forms. */
function glue(tail: Lit[], body: string, after: string | null): void {
  const leads = groupLeads(body, after);
  if (leads === null) return;
  glueGeneration++;
  for (const l of tail) {
    if (!l.wordStart || l.pair || l.glued || l.wordEnd) continue;
    l.glued = [...new Set(leads)].map((lead) => ({
      text: l.text + lead,
      wordStart: true,
      wordEnd: lead === "",
    }));
  }
}

/**
 * Parse a regex source (the subset rx() produces: groups, classes, escapes,
 * quantifiers, lookarounds) into required literal sets, tracking whether each
 * literal starts a word in the sense of the tokenizer below.
 */
function parse(source: string): Parsed | null {
  let i = 0;
  let ok = true;

  function alternation(entryWS: boolean): Parsed {
    const alts: Parsed[] = [sequence(entryWS)];
    while (source[i] === "|") {
      i++;
      alts.push(sequence(entryWS));
    }
    if (alts.length === 1) return alts[0] as Parsed;
    const exitWS = alts.every((a) => a.exitWS);
    const empty = alts.some((a) => a.empty);
    const tail = alts.flatMap((a) => a.tail);
    const first = alts.every((a) => a.first) ? alts.flatMap((a) => a.first ?? []) : null;
    const last = alts.every((a) => a.last) ? alts.flatMap((a) => a.last ?? []) : null;
    const end = alts.every((a) => a.end) ? alts.flatMap((a) => a.end ?? []) : null;
    const picks: Lit[][] = [];
    for (const a of alts) {
      const p = best(a.sets);
      if (p === null) return { sets: [], exitWS, empty, tail, first, last, end };
      // a set that cannot be keyed yet stays: a group glued after it may make it keyable
      // ("u" in "(you|u)('re)?"); requiredSets drops it if it never is
      picks.push(p.set);
    }
    return { sets: [picks.flat()], exitWS, empty, tail, first, last, end };
  }

  function sequence(entryWS: boolean): Parsed {
    const sets: Lit[][] = [];
    let ws = entryWS;
    let empty = true;
    let run = "";
    let runWS = false;
    let tail: Lit[] = [];
    // Word pairs: `lastWord` holds the whole words that may end right here; a
    // required separator (space, hyphen, comma…) moves them to `pairable`, and the
    // word that follows forms a pair set with them ("sorry if", "show off").
    let first: Lit[] | null | undefined; // undefined: nothing consumed yet
    let leading: Lit[] = []; // first words of optional groups before anything else
    let lastWord: Lit[] | null = null;
    let endWords: Lit[] | null = null; // lastWord, kept across separators
    let pairable: Lit[] | null = null; // words before the separators just consumed
    let separated = false; // one of those separators was required
    let runAfter: Lit[] | null = null; // the words a run being read pairs with
    // first words of optional groups since `pairable` ("sorry (that )?you"):
    // the second word of the pair is one of them or the word after them
    let skippable: Lit[] = [];
    let runSkippable: Lit[] = [];
    const pairWith = (next: Lit[] | null) => {
      const second = next ? [...skippable, ...next] : null;
      if (pairable && separated && second && pairable.length * second.length <= MAX_PAIRS)
        sets.push(pairable.flatMap((a) => second.map((b): Lit => pairLit(a, b))));
      pairable = null;
      separated = false;
      skippable = [];
    };
    const flush = () => {
      if (run.length > 0) {
        const l: Lit = { text: run, wordStart: runWS, wordEnd: false };
        sets.push([l]);
        tail = [l];
        if (first === undefined) first = runWS ? [...leading, l] : null;
        if (runWS) {
          pairable = runAfter;
          separated = runAfter !== null;
          skippable = runSkippable;
          pairWith([l]);
        }
        lastWord = runWS ? [l] : null;
        endWords = lastWord;
        runAfter = null;
      }
      run = "";
    };
    // an atom that is neither a word nor a separator: no pair spans it
    const breakPairs = () => {
      if (first === undefined) first = null;
      lastWord = null;
      endWords = null;
      pairable = null;
      separated = false;
      skippable = [];
    };
    const separator = (required: boolean) => {
      if (lastWord) {
        pairable = lastWord;
        separated = false;
        skippable = [];
        lastWord = null;
      }
      if (pairable && required) separated = true;
    };
    // a separator (space, punctuation) follows: the literals just before it end a word
    const endWord = () => {
      for (const l of tail) l.wordEnd = true;
      tail = [];
    };
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      const c = source[i] as string;
      // one atom: its literal char (if any), or a sub-pattern, or a class
      let lit: string | null = null;
      let sub: Parsed | null = null;
      let groupBody = "";
      let classWordy = true; // for non-literal atoms: may consume word characters
      let zeroWidth = false;
      let setsWS = false; // zero-width atom that asserts a word start
      let edge = false; // zero-width atom that asserts a word edge
      let separatorAtom = false; // matches only spaces and punctuation (never part of a word)
      const before = ws;
      let body = -1; // where a (non-lookaround) group's body starts
      if (c === "(") {
        i++;
        if (source[i] === "?") {
          if (source[i + 1] === ":") {
            i += 2;
            body = i;
            sub = alternation(ws);
          } else {
            const behindNotWord = source.startsWith("<![a-z0-9'])", i + 1);
            i += source[i + 1] === "<" ? 3 : 2;
            alternation(false); // lookaround: zero width, its content is not required
            zeroWidth = true;
            setsWS = behindNotWord;
          }
        } else {
          body = i;
          sub = alternation(ws);
        }
        if (source[i] !== ")") ok = false;
        const bodyEnd = i;
        i++;
        if (body >= 0) groupBody = source.slice(body, bodyEnd);
      } else if (c === "[") {
        let j = i + 1;
        if (source[j] === "^") j++;
        if (source[j] === "]") j++;
        while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
        const body = source.slice(i + 1, j);
        classWordy = body.startsWith("^") || /[a-z0-9]|\\[wWdDSbB]/.test(body.replace(/\\s/g, ""));
        separatorAtom = !classWordy && /^(?:\\s|\\?[ ,.;:!?+/-])+$/.test(body);
        i = j + 1;
      } else if (c === "\\") {
        const n = source[i + 1] ?? "";
        i += 2;
        if (n === "b") {
          // a word edge: what precedes ends a word, what follows starts one (or is not a word)
          zeroWidth = true;
          setsWS = true;
          edge = true;
        } else if (n === "B") zeroWidth = true;
        else if (n === "s") {
          classWordy = false;
          separatorAtom = true;
        } else if (n === "W") {
          // never a letter or digit (unlike \s, it may match an emoji's bytes: not a pair separator)
          classWordy = false;
        } else if (n === "u") {
          i += 4;
          classWordy = false;
        } else if (/[a-zA-Z0-9]/.test(n)) classWordy = true;
        else lit = n;
      } else if (c === "^" || c === "$") {
        i++;
        zeroWidth = true;
        setsWS = c === "^";
      } else if (c === ".") {
        i++;
      } else {
        i++;
        lit = c;
      }

      // quantifier
      let min = 1;
      let repeat = false;
      const q = source[i];
      if (q === "?" || q === "*") {
        min = 0;
        repeat = q === "*";
        i++;
      } else if (q === "+") {
        repeat = true;
        i++;
      } else if (q === "{") {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
        if (m) {
          min = Number(m[1]);
          // "{2}" repeats too: "(so){2}" is "soso", one word
          repeat = (m[2] !== undefined && m[3] !== m[1]) || min > 1;
          i += m[0].length;
        }
      }
      const quantified = q === "?" || q === "*" || q === "+" || q === "{";
      if (quantified && source[i] === "?") i++; // lazy

      if (zeroWidth) {
        flush();
        if (edge) endWord();
        if (setsWS) ws = true;
        continue;
      }
      if (lit !== null) {
        const code = lit.charCodeAt(0);
        if (code >= 0x80 && code <= 0x9f && min === 1 && !repeat) {
          // an emoji (narrowed by normalize to two bytes, the first a C1 control) is a word of its own
          const low = source[i] ?? "";
          flush();
          tail = [];
          breakPairs();
          if (low.charCodeAt(0) >= 0x80 && /^[^?*+{]?$/.test(source[i + 1] ?? "")) {
            sets.push([{ text: lit + low, wordStart: true, wordEnd: false }]);
            i++;
            empty = false;
          }
          ws = true;
          continue;
        }
        const wordy = isWordChar(lit);
        if (!wordy) {
          flush();
          if (min > 0) endWord();
          else tail = [];
          if (SEPARATOR_CHARS.includes(lit)) separator(min > 0);
          else breakPairs();
          empty = empty && min === 0;
          ws = min === 0 ? before : true;
          continue;
        }
        if (min === 0) {
          flush();
          tail = [];
          breakPairs();
          ws = false;
          continue;
        }
        if (run.length === 0) {
          runWS = ws;
          tail = [];
          runAfter = ws && separated ? pairable : null;
          runSkippable = skippable;
          if (!ws) breakPairs();
          lastWord = null;
          pairable = null;
          separated = false;
          skippable = [];
        }
        run += lit;
        empty = false;
        ws = false;
        if (repeat) {
          flush(); // "o+" may repeat: the run cannot extend past it, nor end a word
          tail = [];
          lastWord = null;
          endWords = null;
        }
        continue;
      }
      flush();
      // words glued to this group ("i('m| am)") may be one of several words
      if (sub && !repeat && tail.length > 0)
        glue(tail, groupBody, min === 0 ? source.slice(i) : null);
      if (sub) tail = min > 0 && !repeat ? sub.tail : [];
      else if (!classWordy && min > 0) endWord();
      else tail = [];
      if (sub && min > 0 && !sub.empty) {
        if (first === undefined) first = sub.first && [...leading, ...sub.first];
        pairWith(sub.first);
        // a repeated group may glue its words together ("(so)+", "(so){2}" match "soso")
        const once = !repeat && min === 1;
        lastWord = once ? sub.last : null;
        endWords = once ? sub.end : null;
      } else if (sub && pairable && separated && sub.first && !sub.empty) {
        // an optional group after "word ": the pair's second word may be its first
        if (first === undefined) first = null;
        skippable = [...skippable, ...sub.first];
        lastWord = null;
        endWords = null;
      } else if (sub && first === undefined && sub.first && !sub.empty) {
        // an optional group first: a match starts with its first word or the next one
        leading = [...leading, ...sub.first];
        lastWord = null;
        endWords = null;
      } else if (separatorAtom) separator(min > 0);
      else breakPairs();
      if (sub) {
        // the first repetition is entered in the state before it, so its sets hold
        if (min > 0) sets.push(...sub.sets);
        empty = empty && (min === 0 || sub.empty);
        ws = min === 0 ? before && sub.exitWS : sub.exitWS;
      } else {
        empty = empty && min === 0;
        ws = classWordy ? false : min === 0 ? before : true;
      }
    }
    flush();
    return { sets, exitWS: ws, empty, tail, first: first ?? null, last: lastWord, end: endWords };
  }

  // the start of a source is no word start unless it says so (^, \b, the rule lookbehind):
  // "never\s*$" matches "whenever"
  const parsed = alternation(false);
  return ok && i >= source.length ? parsed : null;
}

/**
 * Up to two sets of word-prefix literals that any match of `source` must
 * satisfy (one literal of each), most selective first; null when none.
 */
export function requiredSets(source: string): string[][] | null {
  // rx()'s closing word edge: the match ends at a word edge (or on punctuation)
  const parsed = parse(
    source.endsWith(WRAP_END) ? `${source.slice(0, -WRAP_END.length)})\\b` : source,
  );
  if (!parsed) return null;
  const sets = parsed.sets
    .map((set) => ({ set, score: setScore(set) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map((s) => [...new Set(s.set.flatMap(literalTexts))]);
  return sets.length > 0 ? sets : null;
}

/**
 * What a check regex (run on a short slice, not gated by the index) needs in
 * its subject: `first`, the words one of which every match starts with, when
 * the pattern is anchored at the start (null otherwise); `last`, the words
 * one of which ends the subject, when it is anchored at the end; `sets`, small sets of
 * strings one of each must occur in the subject. All are necessary, never
 * sufficient: check.ts runs the regex only when they hold.
 */
export function checkFilter(
  source: string,
  anchored: { start: boolean; end: boolean },
): { first: string[] | null; last: string[] | null; sets: string[][]; required: string[][] } {
  const parsed = parse(source);
  const words = (lits: Lit[] | null | undefined) => {
    const texts = lits ? [...new Set(lits.map((l) => l.text))] : null;
    return texts && texts.length <= 60 && texts.every((t) => /^[a-z0-9]/.test(t)) ? texts : null;
  };
  const first = anchored.start ? words(parsed?.first) : null;
  const last = anchored.end ? words(parsed?.end) : null;
  const required = requiredSets(source) ?? [];
  const sets = required
    .map((set) => {
      const subs = [
        ...new Set(
          set.map((l) => {
            // a pair: its longer word (the two may be apart by any separators)
            const [a = "", b = ""] = l.replace(/\$$/, "").split(PAIR_MARK);
            return b.length > a.length ? b : a;
          }),
        ),
      ];
      // "sa" already covers "said": keep the shortest strings
      return subs.filter((t) => t !== "" && !subs.some((u) => u !== t && t.startsWith(u)));
    })
    // a string of one or two letters is in almost every subject
    .filter((set) => set.length > 0 && set.length <= 8 && set.every((t) => t.length >= 3))
    .slice(0, 2);
  return { first, last, sets, required };
}

// --- the inverted index ------------------------------------------------------
// Every set of literals is registered once (shared by all rules that need it).
// Its literals become keys (hashes of their first PREFIX letters, of a whole
// word, or of a pair); each distinct key has a table slot and the list of the
// sets that contain it. For the sentences of one chunk (up to 31, one bit
// each), every word's prefixes of 2..PREFIX letters, the whole word and the
// pairs it ends are hashed; each key found collects the sentence's bit, then
// passes its bits to its sets once per chunk, however often the word recurs
// ("you" is in hundreds of sets, and in most sentences).

const BITS = 14;
const SIZE = 1 << BITS;
const SET_IDS = new Map<string, number>();
const SET_SLOTS: number[][] = [];
// The keys, sorted by slot: the keys of slot s have ids slotStart[s]..slotStart[s+1]. Key k's
// entry is keyData[2k] (the full key: slot collisions are checked, not guessed) and beside it
// (one cache line for both) keyData[2k+1], the sentences (bits) of this chunk where it occurs.
let slotStart = new Int32Array(SIZE + 1);
let keyData = new Int32Array(0);
// the sets of key k: keySets[keySetStart[k]..keySetStart[k+1])
let keySetStart = new Int32Array(1);
let keySets = new Int32Array(0);
let built = 0; // number of sets in the index
let setMask = new Int32Array(0);
// the ids of the keys found in this chunk
let keysFound = new Int32Array(0);
let keysFoundCount = 0;

const mix = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const fullKey = (h: number) => Math.imul(h, 0x9e3779b1) | 0;
const slotOf = (key: number) => key >>> (32 - BITS);
const SEED = 0x811c9dc5 | 0;
const END = 0x20;
const PAIR = 0x01;

/**
 * The key of a literal: its first PREFIX letters, or, for a whole word
 * (written "word$"), all its letters and the word's end. Apostrophes ignored.
 */
export function keyOf(literal: string): number {
  const whole = literal.endsWith("$");
  let text = whole ? literal.slice(0, -1) : literal;
  let h = SEED;
  const pairAt = text.indexOf(PAIR_MARK);
  if (pairAt >= 0) {
    // a pair: the first word whole, then the second as a single literal
    for (let k = 0; k < pairAt; k++) h = mix(h, text.charCodeAt(k));
    PAIR_FIRSTS.add(mix(h, END));
    h = mix(mix(h, END), PAIR);
    text = text.slice(pairAt + 1);
  }
  let n = 0;
  for (let k = 0; k < text.length && (whole || n < PREFIX); k++) {
    const c = text.charCodeAt(k);
    h = mix(h, c);
    n++;
  }
  return fullKey(whole ? mix(h, END) : h);
}

// The whole-word hashes of the first words of pairs: a word that is none pairs with nothing,
// so the words after it need no pair hashes (one bit each in a 8 kB table; collisions only
// let a word pair needlessly).
const PAIR_FIRSTS = new Set<number>();
const PAIR_FIRST_BITS = 16;
const pairFirst = new Int32Array(1 << (PAIR_FIRST_BITS - 5));
const mayPair = (whole: number) =>
  ((pairFirst[(whole & ((1 << PAIR_FIRST_BITS) - 1)) >>> 5] as number) & (1 << (whole & 31))) !== 0;

/** Register a set of literals (one of which must occur); returns its id. */
export function registerSet(literals: readonly string[]): number {
  const slots = [...new Set(literals.map(keyOf))].sort((x, y) => x - y);
  const key = slots.join(",");
  let id = SET_IDS.get(key);
  if (id === undefined) {
    id = SET_SLOTS.push(slots) - 1;
    SET_IDS.set(key, id);
  }
  return id;
}

function build(): void {
  const setsOfKey = new Map<number, number[]>();
  SET_SLOTS.forEach((keys, id) => {
    for (const k of keys) {
      const sets = setsOfKey.get(k);
      if (sets) sets.push(id);
      else setsOfKey.set(k, [id]);
    }
  });
  const keys = [...setsOfKey.keys()].sort((x, y) => slotOf(x) - slotOf(y) || x - y);
  slotStart = new Int32Array(SIZE + 1);
  for (const k of keys) slotStart[slotOf(k) + 1] = (slotStart[slotOf(k) + 1] as number) + 1;
  for (let s = 0; s < SIZE; s++)
    slotStart[s + 1] = (slotStart[s + 1] as number) + (slotStart[s] as number);
  keyData = new Int32Array(keys.length * 2);
  keySetStart = new Int32Array(keys.length + 1);
  keys.forEach((k, id) => {
    keyData[2 * id] = k;
    keySetStart[id + 1] = (keySetStart[id] as number) + (setsOfKey.get(k) as number[]).length;
  });
  keySets = Int32Array.from(keys.flatMap((k) => setsOfKey.get(k) as number[]));
  pairFirst.fill(0);
  for (const w of PAIR_FIRSTS) {
    const at = (w & ((1 << PAIR_FIRST_BITS) - 1)) >>> 5;
    pairFirst[at] = (pairFirst[at] as number) | (1 << (w & 31));
  }
  known.fill(0);
  for (const k of keys) {
    const at = (k & KNOWN_MASK) >>> 5;
    known[at] = (known[at] as number) | (1 << (k & 31));
  }
  built = SET_SLOTS.length;
  setMask = new Int32Array(built);
  keysFound = new Int32Array(keys.length);
  keysFoundCount = 0;
}
// One bit per key (by its low bits), set for every registered literal: most
// word prefixes of a message are no literal, and this 64 kB table (cache
// resident, unlike the slot tables) turns them away in one read.
const KNOWN_BITS = 19;
const KNOWN_MASK = (1 << KNOWN_BITS) - 1;
const known = new Int32Array(1 << (KNOWN_BITS - 5));

// letters and digits; an emoji (two narrowed bytes) makes a word of its own
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isEmojiStart = (c: number) => c >= 0x80 && c <= 0x9f; // see normalize in text.ts

function hit(h: number, bit: number): void {
  const key = fullKey(h);
  if (((known[(key & KNOWN_MASK) >>> 5] as number) & (1 << (key & 31))) === 0) return;
  const s = slotOf(key);
  const end = slotStart[s + 1] as number;
  for (let id = slotStart[s] as number; id < end; id++) {
    if (keyData[2 * id] !== key) continue;
    const was = keyData[2 * id + 1] as number;
    if (was === 0) keysFound[keysFoundCount++] = id;
    keyData[2 * id + 1] = was | bit;
    return; // keys are distinct
  }
}

/**
 * Index the words of `count` segments from `from` (at most 31). Returns, by
 * set id, the sentences (bits) where one of the set's literals may occur; the
 * array is reused by the next call.
 */
export function indexWords(
  text: string,
  segments: readonly { start: number; end: number }[],
  from: number,
  count: number,
): Int32Array {
  if (built !== SET_SLOTS.length) build();
  setMask.fill(0);
  indexedText = text;
  regionsOf = null;
  indexedSegments = segments;
  indexedFrom = from;
  indexedCount = count;
  for (let k = 0; k < count; k++) {
    const seg = segments[from + k] as { start: number; end: number };
    const bit = 1 << k;
    let h = SEED;
    let n = 0; // letters of the current word so far (0 = between words)
    let before = 0; // the previous word's whole hash, for pairs
    let hasBefore = false; // the previous word may start a pair (none yet, or an emoji since: no)
    let pairing = false;
    let p = 0; // the pair hash: previous word, then the current word so far
    for (let i = seg.start; i < seg.end; i++) {
      const c = text.charCodeAt(i);
      if (isWordCode(c)) {
        if (n === 0) {
          h = mix(SEED, c);
          pairing = hasBefore;
          if (pairing) p = mix(mix(before, PAIR), c);
        } else {
          h = mix(h, c);
          if (pairing) p = mix(p, c);
        }
        n++;
        if (n >= 2 && n <= PREFIX) {
          hit(h, bit);
          if (pairing) hit(p, bit);
        }
        continue;
      }
      if (n >= 1) {
        before = mix(h, END);
        hasBefore = mayPair(before);
        hit(before, bit); // the whole word
        if (pairing) hit(mix(p, END), bit);
      }
      n = 0;
      if (isEmojiStart(c) && i + 1 < seg.end) {
        // an emoji: a two-unit word of its own, and no pair spans it
        hit(mix(mix(SEED, c), text.charCodeAt(i + 1)), bit);
        hasBefore = false;
        i++;
      }
    }
    if (n >= 1) {
      hit(mix(h, END), bit);
      if (pairing) hit(mix(p, END), bit);
    }
  }
  // each key found passes its sentences to its sets
  for (let f = 0; f < keysFoundCount; f++) {
    const id = keysFound[f] as number;
    const bits = keyData[2 * id + 1] as number;
    keyData[2 * id + 1] = 0;
    for (let j = keySetStart[id] as number, end = keySetStart[id + 1] as number; j < end; j++) {
      const set = keySets[j] as number;
      setMask[set] = (setMask[set] as number) | bits;
    }
  }
  keysFoundCount = 0;
  return setMask;
}

// The chunk indexed last, so that checks on a slice of one of its sentences can
// ask the index first (sentenceMayHave) instead of running their regex.
let indexedText: string | null = null;
let indexedSegments: readonly { start: number; end: number }[] = [];
let indexedFrom = 0;
let indexedCount = 0;

/**
 * May text[from, to) contain a literal of each of these sets? False only when
 * the range lies in one sentence of the chunk indexed last, starts and ends at
 * word edges (so its words are words of the sentence), and the sentence lacks
 * every literal of one set; true otherwise (the caller then runs its regex).
 */
export function sentenceMayHave(
  sets: readonly number[],
  text: string,
  from: number,
  to: number,
): boolean {
  if (text !== indexedText || indexedCount === 0) return true;
  // the last sentence of the chunk starting at or before `from`
  let lo = indexedFrom;
  let hi = indexedFrom + indexedCount - 1;
  if (from < (indexedSegments[lo] as { start: number }).start) return true;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((indexedSegments[mid] as { start: number }).start <= from) lo = mid;
    else hi = mid - 1;
  }
  const seg = indexedSegments[lo] as { start: number; end: number };
  if (to > seg.end || from > to) return true;
  const cutsWord = (at: number) => isAlnum(text.charCodeAt(at - 1)) && isAlnum(text.charCodeAt(at));
  if ((from > seg.start && cutsWord(from)) || (to < seg.end && cutsWord(to))) return true;
  return sentencesHave(sets, 1 << (lo - indexedFrom));
}

/** Was every sentence of this text indexed last (one chunk)? */
const wholeTextIndexed = (text: string) =>
  text === indexedText && indexedFrom === 0 && indexedCount === indexedSegments.length;

/**
 * May the whole text contain a literal of each of these sets (sets without
 * pairs: the index forms no pair across sentences)? False only when every
 * sentence of the text was indexed last (one chunk) and none has a literal of
 * one set; true otherwise.
 */
export function textMayHave(sets: readonly number[], text: string): boolean {
  return !wholeTextIndexed(text) || sentencesHave(sets, -1);
}

// The text indexed last, cut at every ".", "!" and "?": a regex that cannot match those marks
// finds its matches inside one of these regions, and only where the words it needs are.
let regionsOf: string | null = null;
const regions = {
  start: new Int32Array(64),
  end: new Int32Array(64),
  bits: new Int32Array(64),
  count: 0,
};

/**
 * The regions between ".", "!" and "?" of the text indexed last, each with the
 * sentences (bits) it overlaps; null unless the whole text was indexed last (one chunk).
 */
export function markFreeRegions(text: string): typeof regions | null {
  if (!wholeTextIndexed(text)) return null;
  if (regionsOf === text) return regions;
  regionsOf = text;
  regions.count = 0;
  let k = 0; // the first sentence that may overlap the next region
  for (let from = 0; from <= text.length; ) {
    let to = from;
    while (to < text.length && !isEndMark(text.charCodeAt(to))) to++;
    if (to > from) {
      while (k < indexedCount && (indexedSegments[k] as { end: number }).end <= from) k++;
      let bits = 0;
      for (let j = k; j < indexedCount && (indexedSegments[j] as { start: number }).start < to; j++)
        bits |= 1 << j;
      if (bits !== 0) {
        if (regions.count === regions.start.length) {
          regions.start = grow(regions.start);
          regions.end = grow(regions.end);
          regions.bits = grow(regions.bits);
        }
        regions.start[regions.count] = from;
        regions.end[regions.count] = to;
        regions.bits[regions.count] = bits;
        regions.count++;
      }
    }
    from = to + 1;
  }
  return regions;
}
const grow = (a: Int32Array) => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

/** Do the sentences (bits) have a literal of each of these sets (per the index of the last chunk)? */
export function sentencesHave(sets: readonly number[], bits: number): boolean {
  for (let k = 0; k < sets.length; k++)
    if (((setMask[sets[k] as number] as number) & bits) === 0) return false;
  return true;
}
