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
  /** litShare's answer, and the wordEnd it was computed for (wordEnd may be learnt later). */
  share?: number;
  shareFor?: boolean;
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
  l.pair
    ? isAlnum(l.pair.first.text.charCodeAt(0)) &&
      isAlnum(l.pair.second.text.charCodeAt(0)) &&
      keyable(l.pair.second)
    : l.wordStart &&
      (l.text.length >= 2 || l.wordEnd) &&
      (isAlnum(l.text.charCodeAt(0)) ||
        (l.text.charCodeAt(0) >= 0x80 && l.text.charCodeAt(0) <= 0x9f));
/** The literal as requiredSets returns it: "word$" for a whole word, "a\u0001b" for a pair. */
const literalText = (l: Lit): string =>
  l.pair
    ? `${l.pair.first.text}${PAIR_MARK}${literalText(l.pair.second)}`
    : l.wordEnd
      ? `${l.text}$`
      : l.text;
const PAIR_MARK = "\u0001";
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
  const end = l.pair ? l.pair.second.wordEnd : l.wordEnd;
  if (l.share !== undefined && l.shareFor === end) return l.share;
  let share = -1;
  if (keyable(l))
    share = l.pair
      ? (perMille(l.pair.first.text, true) * litShare(l.pair.second) * ADJACENT) / 1000
      : perMille(l.wordEnd ? l.text : l.text.slice(0, PREFIX), l.wordEnd);
  l.share = share;
  l.shareFor = end;
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
      if (p === null || p.score < 0) return { sets: [], exitWS, empty, tail, first, last, end };
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
      let classWordy = true; // for non-literal atoms: may consume word characters
      let zeroWidth = false;
      let setsWS = false; // zero-width atom that asserts a word start
      let edge = false; // zero-width atom that asserts a word edge
      let separatorAtom = false; // matches only spaces and punctuation (never part of a word)
      const before = ws;
      if (c === "(") {
        i++;
        if (source[i] === "?") {
          if (source[i + 1] === ":") {
            i += 2;
            sub = alternation(ws);
          } else {
            const behindNotWord = source.startsWith("<![a-z0-9'])", i + 1);
            i += source[i + 1] === "<" ? 3 : 2;
            alternation(false); // lookaround: zero width, its content is not required
            zeroWidth = true;
            setsWS = behindNotWord;
          }
        } else sub = alternation(ws);
        if (source[i] !== ")") ok = false;
        i++;
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

  const parsed = alternation(true);
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
    .map((s) => [...new Set(s.set.map(literalText))]);
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
): { first: string[] | null; last: string[] | null; sets: string[][] } {
  const parsed = parse(source);
  const words = (lits: Lit[] | null | undefined) => {
    const texts = lits ? [...new Set(lits.map((l) => l.text))] : null;
    return texts && texts.length <= 60 && texts.every((t) => /^[a-z0-9]/.test(t)) ? texts : null;
  };
  const first = anchored.start ? words(parsed?.first) : null;
  const last = anchored.end ? words(parsed?.end) : null;
  const sets = (requiredSets(source) ?? [])
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
  return { first, last, sets };
}

// --- the inverted index ------------------------------------------------------
// Every set of literals is registered once (shared by all rules that need it).
// Its literals become table slots (hashes of their first PREFIX letters), and
// an inverted index maps each slot to the sets that contain it. For the
// sentences of one chunk (up to 31, one bit each), every word's prefixes of
// 2..PREFIX letters are hashed, and each set found through the index gets the
// sentence's bit: deciding where every rule may match costs one pass over the
// words plus a table read per set found.

const BITS = 14;
const SIZE = 1 << BITS;
const SET_IDS = new Map<string, number>();
const SET_SLOTS: number[][] = [];
let slotStart = new Int32Array(SIZE + 1); // CSR: sets of slot s are slotSets[slotStart[s]..slotStart[s+1])
let slotSets = new Int32Array(0);
let slotKeys = new Int32Array(0); // the full key of each entry: slot collisions are checked, not guessed
let built = 0; // number of sets in the index
let setMask = new Int32Array(0);

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
  const counts = new Int32Array(SIZE + 1);
  for (const keys of SET_SLOTS)
    for (const k of keys) counts[slotOf(k) + 1] = (counts[slotOf(k) + 1] as number) + 1;
  for (let s = 0; s < SIZE; s++) counts[s + 1] = (counts[s + 1] as number) + (counts[s] as number);
  slotStart = counts.slice();
  slotSets = new Int32Array(counts[SIZE] as number);
  slotKeys = new Int32Array(counts[SIZE] as number);
  const fill = counts.slice();
  SET_SLOTS.forEach((keys, id) => {
    for (const k of keys) {
      const at = fill[slotOf(k)] as number;
      slotSets[at] = id;
      slotKeys[at] = k;
      fill[slotOf(k)] = at + 1;
    }
  });
  known.fill(0);
  for (const keys of SET_SLOTS)
    for (const k of keys) {
      const at = (k & KNOWN_MASK) >>> 5;
      known[at] = (known[at] as number) | (1 << (k & 31));
    }
  built = SET_SLOTS.length;
  setMask = new Int32Array(built);
}
// One bit per key (by its low bits), set for every registered literal: most
// word prefixes of a message are no literal, and this 16 kB table (cache
// resident, unlike the slot tables) turns them away in one read.
const KNOWN_BITS = 17;
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
  for (let j = slotStart[s] as number; j < end; j++) {
    if (slotKeys[j] !== key) continue;
    const id = slotSets[j] as number;
    setMask[id] = (setMask[id] as number) | bit;
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
  for (let k = 0; k < count; k++) {
    const seg = segments[from + k] as { start: number; end: number };
    const bit = 1 << k;
    let h = SEED;
    let n = 0; // letters of the current word so far (0 = between words)
    let before = 0; // the previous word's whole hash, for pairs
    let hasBefore = false; // no previous word yet, or an emoji since
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
        hasBefore = true;
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
  return setMask;
}
