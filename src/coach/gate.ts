// Speed: most rules cannot match unless some literal word occurs in the text.
// `requiredLiterals` reads a regex source and returns strings of which at
// least one must appear in any match (or null when it cannot tell). The
// engine checks them with String#includes before running the regex, which
// skips most of the ~200 rules on a typical message.

interface Parsed {
  /** Any one of these substrings must occur in a match; null = unknown. */
  any: string[] | null;
  /** For a single sequence: every required set found (each must be satisfied). */
  all: string[][];
}

// Words so common that gating on them saves nothing.
const COMMON = new Set(
  "a i u me my mine we us our it its is was were be been am are the an and or but so if to of in on at for with not no do did dont that thats this these those what which who you your ur ya have has had can just all ing ed s t re ve ll d m like know think want need now then there".split(
    " ",
  ),
);
// A single character gates nothing (0); a common word little (1.5); otherwise longer is rarer.
const pieceScore = (s: string) => (s.length < 2 ? 0 : COMMON.has(s) ? 1.5 : s.length);
const score = (any: string[] | null) => (any === null ? -1 : Math.min(...any.map(pieceScore)));

/** Literal strings of which at least one occurs in every match of `source`, or null. */
export function requiredLiterals(source: string): string[] | null {
  return parse(source).any;
}

/** Every required set of the top-level sequence of `source`. */
function requiredAll(source: string): string[][] {
  return parse(source).all;
}

function parse(source: string): Parsed {
  let i = 0;

  function parseAlternation(): Parsed {
    const alts: Parsed[] = [parseSequence()];
    while (source[i] === "|") {
      i++;
      alts.push(parseSequence());
    }
    if (alts.length === 1) return alts[0] as Parsed;
    if (alts.some((a) => a.any === null)) return { any: null, all: [] };
    const any = [...new Set(alts.flatMap((a) => a.any ?? []))];
    return { any, all: [any] };
  }

  function parseSequence(): Parsed {
    let best: string[] | null = null;
    const all: string[][] = [];
    let run = "";
    const offer = (any: string[] | null) => {
      if (!any || any.length === 0) return;
      all.push(any);
      if (score(any) > score(best)) best = any;
    };
    const flush = () => {
      if (run.length > 0) offer([run]);
      run = "";
    };
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      const c = source[i] as string;
      let atom: { literal?: string; any?: string[] | null } = {};
      if (c === "(") {
        i++;
        let lookaround = false;
        if (source[i] === "?") {
          if (source[i + 1] === ":") i += 2;
          else {
            lookaround = true; // (?= (?! (?<= (?<!
            i += source[i + 1] === "<" ? 3 : 2;
          }
        }
        const inner = parseAlternation();
        i++; // ")"
        atom = lookaround ? { any: null } : { any: inner.any };
        if (lookaround) {
          flush();
          continue;
        }
      } else if (c === "[") {
        let j = i + 1;
        if (source[j] === "^") j++;
        if (source[j] === "]") j++;
        while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
        i = j + 1;
        atom = { any: null };
      } else if (c === "\\") {
        const n = source[i + 1] ?? "";
        i += 2;
        if (/[bB]/.test(n)) {
          flush();
          continue;
        }
        if (n === "u") {
          i += 4;
          atom = { any: null };
        } else if (/[a-zA-Z0-9]/.test(n)) atom = { any: null };
        else atom = { literal: n };
      } else if (c === "^" || c === "$") {
        i++;
        flush();
        continue;
      } else if (c === ".") {
        i++;
        atom = { any: null };
      } else {
        i++;
        atom = { literal: c };
      }

      // quantifier
      let min = 1;
      const q = source[i];
      if (q === "?" || q === "*") {
        min = 0;
        i++;
      } else if (q === "+") {
        i++;
      } else if (q === "{") {
        const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(i));
        if (m) {
          min = Number(m[1]);
          i += m[0].length;
        }
      }
      const quantified = q === "?" || q === "*" || q === "+" || q === "{";
      if (quantified && source[i] === "?") i++; // lazy

      if (atom.literal !== undefined) {
        if (min === 0) flush();
        else {
          run += atom.literal;
          if (quantified) flush(); // "o+" may repeat: the run cannot extend past it
        }
      } else {
        flush();
        if (min > 0) offer(atom.any ?? null);
      }
    }
    flush();
    return { any: best, all };
  }

  const parsed = parseAlternation();
  if (i < source.length) return { any: null, all: [] };
  // Only keep gates whose every literal is long enough to be selective.
  return parsed.any?.every((s) => s.length >= 2) ? parsed : { any: null, all: parsed.all };
}

const WRAP_START = "(?<![a-z0-9'])(?:";
const WRAP_END = ")(?:(?<![a-z0-9])|(?![a-z0-9]))";

/**
 * Sets of literals that must all be satisfied (one literal of each) by any
 * match of an rx() pattern: the two most selective required items of its
 * sequence, or the single set of requiredLiterals. Null when unknown.
 */
export function requiredSets(source: string): string[][] | null {
  const body =
    source.startsWith(WRAP_START) && source.endsWith(WRAP_END)
      ? source.slice(WRAP_START.length, -WRAP_END.length)
      : null;
  if (body !== null) {
    const sets = sequenceSets(body);
    if (sets) return sets;
  }
  const any = requiredLiterals(source);
  return any ? [any] : null;
}

function sequenceSets(body: string): string[][] | null {
  // requiredLiterals on "(?:body)" parses the body as one group; to see its
  // sequence we parse the body itself when it has no top-level alternation.
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return null;
  }
  const sets = requiredAll(body)
    .filter((set) => set.every((x) => x.length >= 2))
    .sort((a, b) => score(b) - score(a))
    .slice(0, 2);
  return sets.length > 0 ? sets : null;
}

// --- fast presence test ----------------------------------------------------------
// Checking hundreds of literals with String#includes costs more than the
// regexes it saves. Instead, each message's character trigrams (and bigrams)
// are hashed once into stamped tables that record, as a bit mask, which of
// the first 31 sentences contain them (bit 31 stands for all later ones). A
// literal can only occur in a sentence if all its sampled n-grams do. Hash
// collisions only let a rule run where it need not; they never skip a rule
// that could match.

const TRI_BITS = 16;
const triMask = new Int32Array(1 << TRI_BITS);
const biMask = new Int32Array(1 << 14);
// entries set for the last text, cleared before indexing the next one
let touchedTri: number[] = [];
let touchedBi: number[] = [];

const triHash = (a: number, b: number, c: number) =>
  Math.imul(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ c, 0xc2b2ae35) >>>
  (32 - TRI_BITS);
const biHash = (a: number, b: number) => ((a & 127) << 7) | (b & 127);

/** Index the n-grams of each segment of `text`; afterwards `where` answers for this text. */
export function indexText(text: string, segments: readonly { start: number; end: number }[]): void {
  textStamp = textStamp === 0xffffffff ? 1 : textStamp + 1;
  for (const h of touchedTri) triMask[h] = 0;
  for (const h of touchedBi) biMask[h] = 0;
  touchedTri = [];
  touchedBi = [];
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k] as { start: number; end: number };
    const bit = 1 << Math.min(k, 31);
    let a = -1;
    let b = -1;
    for (let i = seg.start; i < seg.end; i++) {
      const c = text.charCodeAt(i);
      if (b >= 0) {
        const hb = biHash(b, c);
        const mb = biMask[hb] as number;
        if (mb === 0) touchedBi.push(hb);
        biMask[hb] = mb | bit;
        if (a >= 0) {
          const ht = triHash(a, b, c);
          const mt = triMask[ht] as number;
          if (mt === 0) touchedTri.push(ht);
          triMask[ht] = mt | bit;
        }
      }
      a = b;
      b = c;
    }
  }
}

// Every distinct literal gets an id; its presence mask is computed at most
// once per indexed text, however many rules share it.
const LIT_KEYS: number[] = []; // two hashes per literal id
const LIT_IDS = new Map<string, number>();
let litMask = new Int32Array(256);
let litStamp = new Uint32Array(256);
let textStamp = 1;

/**
 * The gate of a rule part: the ids of its literals. A literal is looked up by
 * the hashes of its first and last trigrams (or, negated, of its bigram when it
 * has two characters).
 */
export function gateKeys(literals: readonly string[]): Int32Array {
  const ids = new Set<number>();
  for (const literal of literals) {
    let id = LIT_IDS.get(literal);
    if (id === undefined) {
      const c = (i: number) => literal.charCodeAt(i);
      const n = literal.length;
      if (n === 2) {
        const k = -1 - biHash(c(0), c(1));
        LIT_KEYS.push(k, k);
      } else {
        LIT_KEYS.push(triHash(c(0), c(1), c(2)), triHash(c(n - 3), c(n - 2), c(n - 1)));
      }
      id = LIT_IDS.size;
      LIT_IDS.set(literal, id);
    }
    ids.add(id);
  }
  if (litMask.length < LIT_IDS.size) {
    litMask = new Int32Array(LIT_IDS.size * 2);
    litStamp = new Uint32Array(LIT_IDS.size * 2);
  }
  return Int32Array.from(ids);
}

const maskOf = (k: number): number =>
  k >= 0 ? (triMask[k] as number) : (biMask[-1 - k] as number);

/** Bit mask of the segments of the last indexed text where one of the gate's literals may occur. */
export function where(gate: Int32Array): number {
  let any = 0;
  for (let i = 0; i < gate.length; i++) {
    const id = gate[i] as number;
    if (litStamp[id] !== textStamp) {
      litStamp[id] = textStamp;
      litMask[id] = maskOf(LIT_KEYS[2 * id] as number) & maskOf(LIT_KEYS[2 * id + 1] as number);
    }
    any |= litMask[id] as number;
  }
  return any;
}
