// Text plumbing for the coach: length-preserving normalisation (so every match
// index is also an index into the original text), quoted-speech masking,
// sentence and clause boundaries, negation scope and the `rx` pattern helper.

/**
 * Lowercase, straighten curly quotes and apostrophes, unify dashes and collapse
 * runs of punctuation ("?!?!" -> "?   "), and fold every character above
 * U+00FF into one byte (see `foldWide`), so the regexes always run on V8's
 * one-byte strings (a two-byte subject makes every regex compile and run a
 * second, cold copy of its code). Never changes the length.
 */
export function normalize(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few characters change length when lowercased (e.g. "İ"); keep those as they are.
    let out = "";
    for (const ch of text) {
      const l = ch.toLowerCase();
      out += l.length === ch.length ? l : ch;
    }
    lower = out;
  }
  // plain ASCII (most messages): only runs of punctuation to collapse
  if (!NOT_ASCII.test(lower))
    return PUNCT_RUN.test(lower)
      ? lower.replace(PUNCT_RUN_G, (run, first: string) => first + " ".repeat(run.length - 1))
      : lower;
  const n = lower.length;
  if (codes.length < n) codes = new Uint16Array(n * 2);
  let inRun = false;
  for (let i = 0; i < n; i++) {
    let c = lower.charCodeAt(i);
    if (c > 0x7f) c = narrow(lower, i, c);
    // runs of punctuation keep their first mark
    const punct = c === 33 || c === 63 || c === 46 || c === 44;
    codes[i] = punct && inRun ? 32 : c;
    inRun = punct;
  }
  let out = "";
  for (let i = 0; i < n; i += 4096)
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 4096)) as never);
  return out;
}
let codes = new Uint16Array(1024);
const NOT_ASCII = /[\u0080-\uffff]/;
const PUNCT_RUN = /[!?.,][!?.,]/;
const PUNCT_RUN_G = /([!?.,])[!?.,]+/g;

/** One character above U+007F, narrowed to one byte (`text[i]` is `c`). */
function narrow(text: string, i: number, c: number): number {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201b:
    case 0x02bc:
    case 0x00b4:
      return 39; // '
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x00ab:
    case 0x00bb:
      return 34; // "
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return 45; // -
    case 0x00a0:
    case 0x2009:
    case 0x202f:
      return 32;
    case 0x2026:
      return 46; // .
  }
  if (c <= 0xff) return c;
  // an emoji (surrogate pair): two bytes that keep 12 bits of it (C1 controls, then 0x80-0xFF)
  if (c >= 0xd800 && c <= 0xdbff) {
    const lo = text.charCodeAt(i + 1);
    return lo >= 0xdc00 && lo <= 0xdfff ? 0x80 | ((c & 3) << 3) | ((lo >> 7) & 7) : 0xbf;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const hi = text.charCodeAt(i - 1);
    return hi >= 0xd800 && hi <= 0xdbff ? 0x80 | (c & 0x7f) : 0xbf;
  }
  return /\s/.test(text[i] ?? "") ? 32 : 0xbf; // other scripts: not a word, not a space
}

/** A string's characters above U+00FF narrowed as `normalize` does (for rule sources). */
export function foldWide(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c > 0xff ? String.fromCharCode(narrow(s, i, c)) : s[i];
  }
  return out;
}

/**
 * Replace the content of quoted passages ("...", or ‘...’ in the original) with
 * '#', so that words the writer is reporting or mocking do not count as the
 * writer's own. The quote marks themselves stay.
 */
const DOUBLE_QUOTED = /"[^"\n]{1,300}"/g;
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])\u2018[^\u2018\u2019\n]{1,300}\u2019(?![\p{L}\p{N}])/gu;
// Straight single quotes ("his line was 'look what you made me do'."): a ' that opens at a word
// start (not "'cause", "'em", "'til") pairs with a ' that closes at a word end; an apostrophe
// between letters inside ("'don't do that'") is part of the quote.
const STRAIGHT_OPENS = /(?:^|[\s(:])'[a-z0-9]/;
const STRAIGHT_QUOTED =
  /(?<=^|[\s(:])'(?!(?:cause|cos|coz|cuz|em|til|till|bout|n|round|tis|twas)\b)(?:[^'\n]|(?<=[a-z])'(?=[a-z])){1,300}?(?<=[a-z0-9.!?,])'(?=$|[\s.,!?;:)])/g;

export function maskQuotes(norm: string, original: string): string {
  let out = norm;
  const mask = (from: number, to: number) => {
    out = out.slice(0, from) + "#".repeat(to - from) + out.slice(to);
  };
  if (norm.includes('"')) {
    DOUBLE_QUOTED.lastIndex = 0;
    for (let m = DOUBLE_QUOTED.exec(norm); m !== null; m = DOUBLE_QUOTED.exec(norm))
      mask(m.index + 1, m.index + m[0].length - 1);
  }
  if (STRAIGHT_OPENS.test(norm)) {
    STRAIGHT_QUOTED.lastIndex = 0;
    for (let m = STRAIGHT_QUOTED.exec(norm); m !== null; m = STRAIGHT_QUOTED.exec(norm))
      mask(m.index + 1, m.index + m[0].length - 1);
  }
  // Curly single quotes: only a ‘ that opens at a word start pairs with a ’.
  if (original.includes("\u2018")) {
    SINGLE_QUOTED.lastIndex = 0;
    for (let m = SINGLE_QUOTED.exec(original); m !== null; m = SINGLE_QUOTED.exec(original))
      mask(m.index + 1, m.index + m[0].length - 1);
  }
  return out;
}

export interface Segment {
  start: number;
  end: number;
}

/** Sentences: split after . ! ? and at line breaks. */
export function splitSentences(norm: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const n = norm.length;
  for (let i = 0; i < n; i++) {
    const c = norm.charCodeAt(i);
    let end = -1;
    if (isEndMark(c)) {
      // a run of . ! ? ends a sentence when a space, the end or a closing quote follows
      let j = i + 1;
      while (j < n && isEndMark(norm.charCodeAt(j))) j++;
      if (j === n || isSpaceAt(norm, j) || isCloser(norm.charCodeAt(j))) end = j;
      else i = j - 1;
    } else if (c === 10) {
      let j = i + 1;
      while (j < n && norm.charCodeAt(j) === 10) j++;
      end = j;
    } else if (c >= 0x80 && c <= 0x9f && i + 2 < n) {
      // an emoji before the next words also ends a sentence ("so sorry 🙄 You always ..."):
      // after normalize, an emoji is two bytes, the first in 0x80-0x9f
      const low = norm.charCodeAt(i + 1);
      if (low >= 0x80 && low <= 0xff && isSpaceAt(norm, i + 2)) end = i + 2;
    }
    if (end >= 0) {
      pushTrimmed(norm, start, end, out);
      start = end;
      i = end - 1;
    }
  }
  pushTrimmed(norm, start, n, out);
  return out;
}
/** ".", "!" or "?" */
export const isEndMark = (c: number) => c === 46 || c === 33 || c === 63;
const isCloser = (c: number) => c === 34 || c === 39 || c === 41 || c === 93; // " ' ) ]
/** Is text[i] white space (as \s sees it)? */
const isSpaceAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return isBlank(c) || (c > 127 && /\s/.test(text[i] ?? ""));
};

const isBlank = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;

function pushTrimmed(text: string, start: number, end: number, out: Segment[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  if (e > s) out.push({ start: s, end: e });
}

const isW = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;

/**
 * Where the clause containing `pos` starts: after the last , ; : ( ) or " - "
 * or conjunction ("but ", "because ", "and then ") that ends at or before
 * `pos`. Scans backwards from `pos` once, so it costs the clause's length.
 */
export function clauseStart(norm: string, sentenceStart: number, pos: number): number {
  // a space found just right of the word being walked: the word may be a conjunction,
  // told once its first letter is reached (nothing inside a word can end a clause)
  let space = -1;
  for (let k = pos - 1; k >= sentenceStart; k--) {
    const c = norm.charCodeAt(k);
    if (isW(c)) {
      if (space < 0 || (k > sentenceStart && isW(norm.charCodeAt(k - 1)))) continue;
      // the word's first letter; a word cut by the sentence's start is no conjunction
      if (!(k > 0 && isW(norm.charCodeAt(k - 1))) && isConjunction(norm, k, space))
        return space + 1;
      space = -1;
      continue;
    }
    space = -1;
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41) return k + 1;
    if (!isSpace(c)) continue;
    // " - " ending with this space
    if (k >= sentenceStart + 2 && norm.charCodeAt(k - 1) === 45 && isSpace(norm.charCodeAt(k - 2)))
      return k + 1;
    space = k;
  }
  return sentenceStart;
}

/** Is norm[s, e) a conjunction that opens a clause ("but", "because", the "then" of "and then")? */
function isConjunction(norm: string, s: number, e: number): boolean {
  const at = (w: string) => norm.startsWith(w, s);
  switch (e - s) {
    case 2:
      return at("so") || at("or");
    case 3:
      return at("but") || at("yet") || at("cos") || at("coz");
    case 4:
      // "and then "
      return (
        at("then") &&
        s >= 4 &&
        norm.startsWith("and", s - 4) &&
        norm.charCodeAt(s - 1) === 32 &&
        (s === 4 || !isW(norm.charCodeAt(s - 5)))
      );
    case 5:
      return at("cause");
    case 6:
      return at("though");
    case 7:
      return at("because");
    case 8:
      return at("although");
  }
  return false;
}

const NEGATION =
  /\b(?:not|never|no|nobody|nothing|neither|nor|cannot|(?:don|doesn|didn|isn|aren|wasn|weren|can|couldn|wouldn|shouldn|won|haven|hasn|hadn|mustn|needn|ain)'?t)\b/;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** True when one of the (at most) `words` words before `pos`, inside its clause, negates. */
export function negatedBefore(norm: string, clauseFrom: number, pos: number, words = 4): boolean {
  // walk back over at most `words` words
  let i = pos;
  for (let w = 0; w < words && i > clauseFrom; w++) {
    while (i > clauseFrom && isSpace(norm.charCodeAt(i - 1))) i--;
    while (i > clauseFrom && !isSpace(norm.charCodeAt(i - 1))) i--;
  }
  return i < pos && NEGATION.test(norm.slice(i, pos));
}

// --- the pattern helper ----------------------------------------------------

// Spelling variants a writer may use for the same word. Keys are matched as
// whole words in a rule's source; an apostrophe elsewhere becomes optional.
const WORDS: Record<string, string> = {
  you: "(?:you|u|ya)",
  your: "(?:your|ur|yr)",
  "you're": "(?:you'?re|you are|u'?re|u r|ur|your)",
  "you've": "(?:you'?ve|you have|u'?ve)",
  "you'd": "(?:you'?d|you had|you would|u'?d)",
  "i'm": "(?:i'?m|i am)",
  "i've": "(?:i'?ve|i have)",
  "i'll": "(?:i'?ll|i will|i shall)",
  "i'd": "(?:i'?d|i would|i had)",
  "it's": "(?:it'?s|it is|its)",
  "that's": "(?:that'?s|that is|thats)",
  "what's": "(?:what'?s|what is)",
  "there's": "(?:there'?s|there is)",
  "we're": "(?:we'?re|we are)",
  "don't": "(?:don'?t|do not)",
  "doesn't": "(?:doesn'?t|does not)",
  "didn't": "(?:didn'?t|did not)",
  "isn't": "(?:isn'?t|is not)",
  "wasn't": "(?:wasn'?t|was not)",
  "aren't": "(?:aren'?t|are not)",
  "weren't": "(?:weren'?t|were not)",
  "can't": "(?:can'?t|cannot|can not)",
  "won't": "(?:won'?t|will not)",
  "wouldn't": "(?:wouldn'?t|would not)",
  "shouldn't": "(?:shouldn'?t|should not)",
  "couldn't": "(?:couldn'?t|could not)",
  "haven't": "(?:haven'?t|have not)",
  "hasn't": "(?:hasn'?t|has not)",
  "hadn't": "(?:hadn'?t|had not)",
  because: "(?:because|becuz|cause|'cause|cuz|coz|cos|bc)",
  sorry: "(?:sorry|soz|sry|sorri)",
  apologise: "(?:apologi[sz]e|apologi[sz]ed)",
  please: "(?:please|pls|plz)",
  really: "(?:really|rly)",
  so: "(?:so+)",
  okay: "(?:okay|ok|alright|all right)",
  behaviour: "(?:behaviou?r)",
  realise: "(?:reali[sz]e|reali[sz]ed)",
  mum: "(?:mum|mom|mam|ma)",
};

/**
 * Build a global, case-sensitive regex (text is already lowercased) from a
 * readable rule: single spaces match any run of whitespace, words in WORDS
 * expand to their variants, apostrophes are optional, and the match must start
 * and end at word edges.
 */
export function rx(source: string): RegExp {
  const expanded = optionalSpaces(
    foldWide(source)
      .replace(/(?<![\\\w'])([a-z]+(?:'[a-z]+)?)(?![\w'])/g, (w: string) => WORDS[w] ?? w)
      .replace(/(?<!\?)(?<!\[)'(?!\?)/g, "'?"),
  ).replace(/ /g, "\\s+");
  // Word edges: nothing alphanumeric just outside the match, unless the match
  // itself ends on a space or punctuation.
  return new RegExp(
    `(?<![a-z0-9'])(?:${nonCapturing(expanded)})(?:(?<![a-z0-9])|(?![a-z0-9]))`,
    "g",
  );
}

/**
 * Spaces that may be absent: " ?" (an optional space: "mole ?hill"), and the
 * space before the alternatives of a group that start with a contraction's
 * ending ("i (was|'d been)" must also match "i'd been" and "id been"; it becomes
 * "i( (was)|\\s*('d been))", so "was" still needs its space: the gate can then
 * count on "i" and "was" being two words).
 */
function optionalSpaces(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    const group = c === " " && source[i + 1] === "(" ? apostropheGroup(source, i + 1) : null;
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
    } else if (c === " " && source[i + 1] === "?") {
      out += "\\s*";
      i++;
    } else if (group) {
      const alts = group.alts.map(optionalSpaces);
      const glued = alts.filter((a) => CLITIC.test(a));
      const spaced = alts.filter((a) => !CLITIC.test(a));
      // an optional group's absence leaves the space before it: "i (had |'d )?convinced"
      // is "i had convinced", "i'd convinced" or "i convinced", never "iconvinced"
      const absent = group.optional ? "| " : "";
      out +=
        spaced.length > 0
          ? `(?: (?:${spaced.join("|")})|\\s*(?:${glued.join("|")})${absent})`
          : `(?:\\s*(?:${glued.join("|")})${absent})`;
      i = group.optional ? group.close + 1 : group.close;
    } else out += c;
  }
  return out;
}
/** The index of the ")" that closes the group opening at `open`. */
export function groupEnd(source: string, open: number): number {
  return walk(source, open, (c, _, depth) => c === ")" && depth === 0);
}
/**
 * The group opening at `open` when one of its alternatives starts with a
 * contraction's ending, and whether it is optional (a "?" after it; a group
 * repeated with "*" keeps its plain space).
 */
function apostropheGroup(
  source: string,
  open: number,
): { close: number; alts: string[]; optional: boolean } | null {
  const close = groupEnd(source, open);
  if (source[close + 1] === "*") return null;
  const from = source.startsWith("?:", open + 1) ? open + 3 : open + 1;
  const alts = splitAlternatives(source.slice(from, close));
  return alts.some((a) => CLITIC.test(a))
    ? { close, alts, optional: source[close + 1] === "?" }
    : null;
}
// a contraction's ending, glued to the word before ("i'd", "you're"); "'cause" is a word of its own
const CLITIC = /^'\??(?:m|re|ve|d|ll|s|t)(?![a-z])/;

/**
 * Make every group non-capturing: rules only use the whole match, and each
 * capture costs registers while matching and a substring in every result.
 */
function nonCapturing(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else if (c === "(" && source[i + 1] !== "?") out += "(?:";
    else out += c;
  }
  return out;
}

/** Split a pattern at its top-level "|" (outside groups and character classes). */
export function splitAlternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  walk(source, 0, (c, i, depth) => {
    if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  out.push(source.slice(from));
  return out;
}

/**
 * Walk a regex source from `from`, past escapes and character classes, with
 * the group depth after each "(" or ")"; stop where `stop` says (its index is
 * returned; the source's length if never).
 */
function walk(
  source: string,
  from: number,
  stop: (c: string, i: number, depth: number) => boolean,
): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    if (stop(c, i, depth)) return i;
  }
  return source.length;
}
