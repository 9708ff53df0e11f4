// Mend's language coach. Pure TypeScript, no I/O, no dependencies: it runs in
// Node and in the browser. See README.md for the API and how rules are written.

import { check } from "./check.ts";
import { COMPONENT_WEIGHTS, kindOf, MISSING_PROMPTS, REASONS, rewrite } from "./labels.ts";
import type { Hit } from "./rule.ts";
import { precompile, precompileCount, runRules } from "./rule.ts";
import { apologyRules } from "./rules/apology.ts";
import { markerRules } from "./rules/markers.ts";
import { warningRules } from "./rules/warnings.ts";
import { maskQuotes, normalize, type Segment, splitSentences } from "./text.ts";
import {
  type ApologyAssessment,
  COMPONENT_IDS,
  type CoachAnalysis,
  type CoachLabel,
  type ComponentId,
  type LabelId,
  MARKER_IDS,
  type Span,
  WARNING_IDS,
  type WarningId,
} from "./types.ts";

export { COMPONENT_WEIGHTS, MISSING_PROMPTS, REASONS } from "./labels.ts";
export type {
  ApologyAssessment,
  CoachAnalysis,
  CoachLabel,
  ComponentId,
  LabelId,
  LabelKind,
  MarkerId,
  MissingComponent,
  Span,
  WarningId,
} from "./types.ts";
export { COMPONENT_IDS, MARKER_IDS, WARNING_IDS } from "./types.ts";

/** Every label id, in the order results are returned. */
export const LABEL_IDS: readonly LabelId[] = [...WARNING_IDS, ...COMPONENT_IDS, ...MARKER_IDS];

// a Map, not an object: looked up with ever-changing label strings, an object's
// property lookup goes megamorphic (a slow generic path) in the hot sort and resolve
const LABEL_NUMBER = new Map<LabelId, number>(LABEL_IDS.map((id, i) => [id, i]));
const rankOf = (label: LabelId) => LABEL_NUMBER.get(label) as number;

const ALL_RULES = [...warningRules, ...apologyRules, ...markerRules];
/**
 * Parse every rule's regex now (about 0.4 s on a small server core), so no
 * later message pays for parsing a rarely used rule; machine code follows on
 * each regex's first use in a message (see precompile in rule.ts). Servers
 * should call it at startup. In a browser it runs by itself, a few rules at a
 * time, when the page is idle.
 */
export function warmUp(): void {
  warmed = precompile(ALL_RULES, warmed);
}
let warmed = 0;

/**
 * Parse rules for about `ms` milliseconds; true once every rule is parsed.
 * For a worker, which has no idle callback: call it between messages, so a
 * message never waits long behind the warm-up.
 */
export function warmUpFor(ms: number): boolean {
  const until = Date.now() + ms;
  warmed = precompile(ALL_RULES, warmed, () => Date.now() < until);
  return warmed >= precompileCount(ALL_RULES);
}

type IdleDeadline = { timeRemaining(): number };
const idle = (globalThis as { requestIdleCallback?: (cb: (d: IdleDeadline) => void) => void })
  .requestIdleCallback;
if (typeof idle === "function") {
  const step = (d: IdleDeadline) => {
    warmed = precompile(ALL_RULES, warmed, () => d.timeRemaining() > 2);
    if (warmed < precompileCount(ALL_RULES)) idle(step);
  };
  idle(step);
}

/** Longest text analysed; anything beyond is ignored (keeps the cost bounded). */
export const MAX_LENGTH = 20_000;

/** Analyse one message: every label that applies, with spans, reasons and rewrites. */
export function analyzeMessage(input: string): CoachAnalysis {
  const text = input.length > MAX_LENGTH ? input.slice(0, MAX_LENGTH) : input;
  const masked = maskQuotes(normalize(text), text);
  const sentences = splitSentences(masked);
  const hits = resolve(runRules(ALL_RULES, masked, sentences), masked, sentences);

  // group the hits by label, in taxonomy order, with no per-label arrays for absent labels
  // (insertion sort: a few dozen hits, and Array#sort allocates a work array)
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i] as Hit;
    let j = i - 1;
    while (j >= 0 && before(h, hits[j] as Hit)) {
      hits[j + 1] = hits[j] as Hit;
      j--;
    }
    hits[j + 1] = h;
  }
  const labels: CoachLabel[] = [];
  for (let i = 0; i < hits.length; ) {
    const id = (hits[i] as Hit).label;
    let j = i + 1;
    while (j < hits.length && (hits[j] as Hit).label === id) j++;
    const list = hits.slice(i, j);
    i = j;
    const kind = kindOf(id);
    const spans = mergeSpans(list);
    if (kind === "warning") {
      const first = list[0] as Hit; // sorted by start
      const seg = sentences[first.sentence] as Segment;
      const sentence: Span = [Math.min(seg.start, first.start), Math.max(seg.end, first.end)];
      labels.push(new WarningLabel(id as WarningId, spans, sentence, text, first));
    } else labels.push({ id, kind, spans, reason: REASONS[id] });
  }

  return {
    text,
    labels,
    warnings: labels.filter((l) => l.kind === "warning"),
    apology: assessApology(labels),
  };
}

/**
 * A warning's label. Its rewrite is written when first read (and kept): the
 * composer reads it for the warnings it shows, while scoring, the CLI's
 * --jsonl output and evaluation never need it. `toJSON` includes it, so a
 * serialised label is complete (a spread copy, `{...label}`, is not: read
 * `rewrite` explicitly).
 */
class WarningLabel implements CoachLabel {
  readonly id: WarningId;
  readonly kind = "warning" as const;
  readonly spans: Span[];
  readonly reason: string;
  readonly sentence: Span;
  readonly #text: string;
  readonly #first: Hit;
  #written: string | undefined = undefined;
  constructor(id: WarningId, spans: Span[], sentence: Span, text: string, first: Hit) {
    this.id = id;
    this.spans = spans;
    this.reason = REASONS[id];
    this.sentence = sentence;
    this.#text = text;
    this.#first = first;
  }
  get rewrite(): string {
    this.#written ??= rewrite(
      this.id,
      this.#text.slice(this.sentence[0], this.sentence[1]),
      this.#text.slice(this.#first.start, this.#first.end),
      this.#text,
    );
    return this.#written;
  }
  toJSON(): CoachLabel {
    const { id, kind, spans, reason, sentence, rewrite } = this;
    return { id, kind, spans, reason, sentence, rewrite };
  }
}

/** Just the label ids (handy for evaluation and tests). */
export function labelIds(text: string): LabelId[] {
  return analyzeMessage(text).labels.map((l) => l.id);
}

function assessApology(labels: CoachLabel[]): ApologyAssessment {
  const present = COMPONENT_IDS.filter((id) => labels.some((l) => l.id === id));
  const isApology = present.length > 0 || labels.some((l) => l.id === "conditional-apology");
  const score = present.reduce((sum, id) => sum + COMPONENT_WEIGHTS[id], 0);
  const missing = COMPONENT_IDS.filter((id) => !present.includes(id)).map((id: ComponentId) => ({
    id,
    prompt: MISSING_PROMPTS[id],
  }));
  return { isApology, score, present, missing };
}

/** Spans of hits already sorted by start, merged where they overlap or touch. */
function mergeSpans(hits: Hit[]): Span[] {
  const out: [number, number][] = [];
  for (let ih1 = 0; ih1 < hits.length; ih1++) {
    const h = hits[ih1] as Hit;
    const last = out[out.length - 1];
    if (last && h.start <= last[1]) last[1] = Math.max(last[1], h.end);
    else out.push([h.start, h.end]);
  }
  return out;
}

const before = (a: Hit, b: Hit) =>
  rankOf(a.label) < rankOf(b.label) || (a.label === b.label && a.start < b.start);
const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

const NL = LABEL_IDS.length;
// live hits per (sentence, label), reused across calls so resolving allocates little
let counts = new Int32Array(64 * NL);
const CONTEMPT_CANCELS = new Set<LabelId>([
  "regret",
  "conditional-apology",
  "generalization",
  "responsibility",
  "repentance",
  "repair",
  "explanation",
  "forgiveness-request",
  "validation",
]);
/** A contempt hit of h's sentence that overlaps h or touches it (at most 3 characters apart). */
function contemptFrames(hits: Hit[], h: Hit): boolean {
  for (let i = 0; i < hits.length; i++) {
    const c = hits[i] as Hit;
    if (c.dead || c.label !== "contempt" || c.sentence !== h.sentence) continue;
    if (c.start <= h.end + 3 && h.start <= c.end + 3) return true;
  }
  return false;
}
const DISOWNING = check(/excuse|justif|make (?:it|that|this)/);
// "I'm not going to blame the drink", "I won't pretend the stress made me" (not "I take the blame")
const REFUSED_CAUSE = check(
  /^(?:not|won'?t|will not|refuse to|not going to|not gonna)\b.*\b(?:blame|pretend (?:the|my))\b/,
);
const BUT = /\b(?:but|though|however)\b/;
const HAS_BUT = check(BUT);
const NEXT_BUT = check(/^\s*(?:but|however)\b/);
// "..., but you ...": a turn to the other person ("but you deserve the truth" is not one)
// "..., but you made me / you'd have / you never ...": a turn to the other person that blames,
// pushes or counter-complains ("but you deserve the truth", "but you'd already guessed" are not)
const YOU_TURN =
  "(?:(?:honestly|frankly|tbh|seriously|look|come on|let'?s be honest|then again)\\W+)*(?:you|u)(?:'?re|'?ve|'?d|\\s+are|\\s+were|\\s+have|\\s+had|\\s+would)?\\s+(?:(?:just|really|honestly|literally|seriously|also|always|never|kept|keep)\\s+)*(?:(?:would|'?d|wouldn'?t|would not)\\s+(?:have|stop|listen|leave|let)|hadn'?t|made|make|push|pushed|pushing|kept|keep|always|never|started|provoked|drove|drive|gave me|give me|left me|know how|have to (?:understand|admit|see)|need to (?:understand|admit|see)|do it too|did it too|being|so\\b|the one|don'?t|didn'?t|won'?t|ignore|ignored|nag|nagged|spend|spent|act|acted|acting|started it|too\\b)";
// "..., but if you hadn't / if you'd paid attention ...": a counterfactual aimed at the other
const IF_YOU_HAD =
  "(?:maybe\\s+)?if\\s+(?:you|u)(?:'?d|\\s+(?:had|hadn'?t|didn'?t|did|were|weren'?t|just|would|wouldn'?t|ever|actually))\\b";
const BUT_YOU = check(new RegExp(`\\bbut\\s+(?:${YOU_TURN}|${IF_YOU_HAD})`));
const NEXT_BUT_YOU = check(new RegExp(`^\\W*but\\s+(?:${YOU_TURN}|${IF_YOU_HAD})`));

// "Sorry if you felt ignored, but I did text you twice", "I'm sorry you see it that way. I thought
// the notes were clear": a conditional apology turned into a counter-claim defends the act.
const TURN_SOURCE =
  "\\b(?:but|though|however|although)\\b|,\\s*i (?:honestly |really |genuinely |truly )?(?:wasn'?t|was not|didn'?t|did not|never)\\b";
const TURN = check(new RegExp(`^[^.!?]*?(?:${TURN_SOURCE})`));
const TURN_AT = new RegExp(TURN_SOURCE);
const NEXT_TURN = check(
  /^\W*(?:but|though|however|i(?:'?d| would) still|i (?:honestly |really |genuinely |truly )?(?:wasn'?t|was not|didn'?t|did not|never|thought|stand by))\b/,
);
// what the turn must open with: a claim that the writer did right ("I did text you", "I was
// just being friendly", "I honestly wasn't", "I thought the notes were clear", "that's not true");
// a bare "I didn't …" is as often an admission ("I didn't tell you because …")
const COUNTER_CLAIM = check(
  /^\W*(?:(?:but|though|however|although)\W+)?(?:(?:honestly|tbh|to be fair|in fairness|for the record)\W+)?(?:i (?:did|do) (?:(?:actually|already|exactly|even) )?(?:tell|text|say|check|ask|call|ring|mention|warn|explain|send|invite|reply|message|try|what (?:you|u) asked)|i did exactly|i (?:honestly|really|genuinely|truly|actually) (?:wasn'?t|was not|didn'?t|did not|never|haven'?t|have not)\b(?! (?:realise|realize|know|think|mean|see|notice|expect|intend|want))|i(?:'?m| am| was) (?:just|only|simply) (?:being|trying|doing|asking|saying|having|talking|joking|helping|looking)|i thought|i (?:still )?(?:stand by|maintain)|i(?:'?d| would) (?:still|do it again|make the same)|(?:that'?s|that is|it'?s|it is) (?:just |simply )?not (?:true|what happened)|i'?m allowed|i am allowed|i have (?:every )?right|i did nothing wrong|i don'?t (?:believe|think) i (?:did|was)|i'?ve (?:been )?(?:saying|telling (?:you|u)|said|told (?:you|u)))\b/,
);
const MAKES_AMENDS = new Set<LabelId>([
  "regret",
  "responsibility",
  "repentance",
  "repair",
  "forgiveness-request",
  "validation",
  "i-statement",
]);

/**
 * A conditional apology followed (in its sentence, or opening the next) by a turn that carries no
 * other warning and offers nothing: defensiveness over the turn. (A turn that minimizes, blames or
 * pushes is labelled as that: "sorry if that hurt, but you're too sensitive" is minimizing.)
 */
function counterClaims(hits: Hit[], text: string, sentences: Segment[]): void {
  const n = hits.length;
  for (let i = 0; i < n; i++) {
    const c = hits[i] as Hit;
    if (c.dead || c.label !== "conditional-apology") continue;
    const seg = sentences[c.sentence] as Segment;
    let from = -1;
    let to = -1;
    let si = c.sentence;
    if (TURN.testSlice(text, c.end, seg.end)) {
      from = c.end + (TURN_AT.exec(text.slice(c.end, seg.end))?.index ?? 0);
      to = seg.end;
      while (from < to && !/[a-z0-9]/.test(text.charAt(from))) from++; // the span opens on a word
    } else {
      const next = sentences[c.sentence + 1];
      if (next && NEXT_TURN.testSlice(text, next.start, next.end)) {
        from = next.start;
        to = next.end;
        si = c.sentence + 1;
      }
    }
    if (from < 0 || !COUNTER_CLAIM.testSlice(text, from, to)) continue;
    let other = false;
    for (let k = 0; k < hits.length && !other; k++) {
      const h = hits[k] as Hit;
      if (h.dead || h === c || h.end <= from || h.start >= to) continue;
      other = kindOf(h.label) === "warning" || MAKES_AMENDS.has(h.label);
    }
    if (!other)
      hits.push({
        label: "defensiveness",
        tag: undefined,
        start: from,
        end: to,
        sentence: si,
        dead: false,
      });
  }
}

/**
 * Apply TAXONOMY.md's boundary rules between labels: a sarcastic or
 * conditional "sorry" is not regret, a push is not a request, an admission
 * taken back by an excuse is not responsibility, a cause is an explanation
 * only when the writer owns the act, validation taken back by "but" is not
 * validation. Hits are marked dead or relabelled in place; the live ones are
 * returned.
 */
function resolve(hits: Hit[], text: string, sentences: Segment[]): Hit[] {
  if (counts.length < sentences.length * NL) counts = new Int32Array(sentences.length * NL * 2);
  counts.fill(0, 0, sentences.length * NL);
  const at = (label: LabelId, si: number) => si * NL + rankOf(label);
  const has = (label: LabelId, si: number) => (counts[at(label, si)] as number) > 0;
  const add = (h: Hit) => {
    counts[at(h.label, h.sentence)] = (counts[at(h.label, h.sentence)] as number) + 1;
  };
  const kill = (h: Hit) => {
    if (h.dead) return;
    h.dead = true;
    counts[at(h.label, h.sentence)] = (counts[at(h.label, h.sentence)] as number) - 1;
  };
  const relabel = (h: Hit, label: LabelId) => {
    kill(h);
    h.dead = false;
    h.label = label;
    add(h);
  };
  for (let ih2 = 0; ih2 < hits.length; ih2++) {
    const h = hits[ih2] as Hit;
    add(h);
  }
  const n0 = hits.length;

  // Sarcasm: contempt, plus defensiveness when it pushes back; never regret.
  let sarcastic = false;
  for (let i = 0; i < n0; i++) {
    const h = hits[i] as Hit;
    if (h.tag !== "sarcasm" && h.tag !== "pushback") continue;
    sarcastic = true;
    if (h.tag === "pushback") {
      const d: Hit = { ...h, label: "defensiveness", tag: undefined };
      hits.push(d);
      add(d);
    }
  }
  for (let ih3 = 0; ih3 < hits.length; ih3++) {
    const h = hits[ih3] as Hit;
    if (CONTEMPT_CANCELS.has(h.label) && has("contempt", h.sentence)) {
      // a sarcastic frame ("oh right, because you've never ...") cancels a generalization it
      // introduces; an insult elsewhere in the sentence ("a selfish pig and you always ...") does not
      if (h.label !== "generalization" || contemptFrames(hits, h)) kill(h);
    } else if (h.label === "regret" && sarcastic) kill(h);
  }

  for (let ih4 = 0; ih4 < hits.length; ih4++) {
    const h = hits[ih4] as Hit;
    if (h.dead) continue;
    // "I'm sorry, but I'm not going to apologise for having friends": pushback, not regret.
    if (h.label === "regret" && has("defensiveness", h.sentence)) kill(h);
    // A conditional apology is never regret, nor responsibility ("My bad if the photo upset you").
    else if (
      (h.label === "regret" || h.label === "responsibility") &&
      has("conditional-apology", h.sentence)
    ) {
      for (let ic5 = 0; ic5 < hits.length; ic5++) {
        const c = hits[ic5] as Hit;
        if (!c.dead && c.label === "conditional-apology" && overlaps(c, h)) kill(h);
      }
    }
    // A push phrased as a request is pressure only.
    else if (
      (h.label === "forgiveness-request" || h.label === "i-statement") &&
      has("forgiveness-pressure", h.sentence)
    )
      kill(h);
  }

  // excuse vs blame-shift: one pointing at the other person is blame-shift only.
  for (let ih6 = 0; ih6 < hits.length; ih6++) {
    const h = hits[ih6] as Hit;
    if (
      (h.label === "excuse" || h.tag === "state" || h.tag === "motive") &&
      has("blame-shift", h.sentence)
    )
      kill(h);
  }
  // "It wasn't my call to make": a denial's words inside a longer admission are the admission.
  for (let id21 = 0; id21 < hits.length; id21++) {
    const d = hits[id21] as Hit;
    if (d.dead || d.label !== "defensiveness") continue;
    for (let ir22 = 0; ir22 < hits.length; ir22++) {
      const r = hits[ir22] as Hit;
      if (
        !r.dead &&
        r.label === "responsibility" &&
        r.tag === "moral" &&
        r.start <= d.start &&
        r.end > d.end
      )
        kill(d);
    }
  }
  // "It's not an excuse, but I was exhausted": a cause disowned before it is offered is an
  // explanation, not a strong excuse that takes the admission back.
  for (let ie23 = 0; ie23 < hits.length; ie23++) {
    const e = hits[ie23] as Hit;
    if (e.dead || e.label !== "excuse" || e.tag !== "strong") continue;
    for (let ir24 = 0; ir24 < hits.length; ir24++) {
      const r = hits[ir24] as Hit;
      if (
        !r.dead &&
        r.label === "responsibility" &&
        r.sentence === e.sentence &&
        r.end <= e.start &&
        DISOWNING.testSlice(text, r.start, r.end) &&
        HAS_BUT.testSlice(text, r.end, e.end)
      ) {
        kill(e);
        break;
      }
    }
  }
  // A defensive sentence is not an admission ("Whatever I do, it's wrong").
  for (let ih7 = 0; ih7 < hits.length; ih7++) {
    const h = hits[ih7] as Hit;
    if (h.label === "responsibility" && has("defensiveness", h.sentence)) kill(h);
  }
  // An admission taken back by an excuse or blame is not responsibility.
  const strongIn = (si: number) => {
    for (let ie8 = 0; ie8 < hits.length; ie8++) {
      const e = hits[ie8] as Hit;
      if (!e.dead && e.label === "excuse" && e.tag === "strong" && e.sentence === si) return true;
    }
    return false;
  };
  const strongAt = (si: number, from: number) => {
    for (let ie20 = 0; ie20 < hits.length; ie20++) {
      const e = hits[ie20] as Hit;
      if (!e.dead && e.label === "excuse" && e.tag === "strong" && e.sentence === si) {
        if (/^\W*$/.test(text.slice(from, e.start))) return true;
      }
    }
    return false;
  };
  for (let ih9 = 0; ih9 < hits.length; ih9++) {
    const h = hits[ih9] as Hit;
    if (h.dead || h.tag !== "act") continue;
    if (has("blame-shift", h.sentence) || strongIn(h.sentence)) kill(h);
    // "I lied, but you'd have spent it anyway" / "I lied. But you ...": taken back by a turn to the other
    else if (BUT_YOU.testSlice(text, h.end, (sentences[h.sentence] as Segment).end)) kill(h);
    else {
      const next = sentences[h.sentence + 1];
      if (next && NEXT_BUT_YOU.testSlice(text, next.start, next.end)) kill(h);
      // "I know I let you down. It's just that ..." / "... But it's been the worst year": the next
      // sentence opens with a strong excuse, or with "but" and an excuse or blame
      else if (
        next &&
        (strongAt(h.sentence + 1, next.start) ||
          (NEXT_BUT.testSlice(text, next.start, next.end) &&
            (has("excuse", h.sentence + 1) || has("blame-shift", h.sentence + 1))))
      )
        kill(h);
    }
  }
  // "I lied, but the week had been chaos", "I understand why you're annoyed, but I was covering
  // a double shift": a circumstance offered after "but" takes back the admitted act or the
  // validation before it, and is an excuse (a moral admission before it stays).
  for (let ih17 = 0; ih17 < hits.length; ih17++) {
    const h = hits[ih17] as Hit;
    if (h.dead || (h.tag !== "state" && h.tag !== "motive")) continue;
    let took = false;
    let disowned = false;
    for (let ia18 = 0; ia18 < hits.length; ia18++) {
      const a = hits[ia18] as Hit;
      if (a.dead || a.sentence !== h.sentence) continue;
      // "not that it excuses anything, but I'd had a horrible day": disowned, so explained
      if (a.label === "responsibility" && DISOWNING.testSlice(text, a.start, a.end))
        disowned = true;
      // a motive ("but I was trying to protect you") takes back only a named act, not a
      // moral admission or validation
      if (
        (a.label === "responsibility" || a.label === "validation") &&
        a.end <= h.start &&
        (h.tag === "state" || a.tag === "act")
      ) {
        if (HAS_BUT.testSlice(text, a.end, h.start)) took = true;
      }
    }
    if (!took || disowned) continue;
    for (let ia19 = 0; ia19 < hits.length; ia19++) {
      const a = hits[ia19] as Hit;
      if (a.dead || a.sentence !== h.sentence || a.end > h.start) continue;
      if (a.tag === "act" || a.label === "validation") kill(a);
    }
    relabel(h, "excuse");
    h.tag = undefined;
  }

  // Causes: an explanation when the writer owns the act, an excuse otherwise.
  let owned = false;
  let others = false;
  // "I got drunk and kissed someone. I'm not going to blame the drink.": the state is refused
  // as a cause anywhere in the message, so it is neither explanation nor excuse
  let refused = false;
  for (let ih10 = 0; ih10 < hits.length; ih10++) {
    const h = hits[ih10] as Hit;
    if (h.dead) continue;
    if (h.label === "responsibility") {
      owned = true;
      if (REFUSED_CAUSE.testSlice(text, h.start, h.end)) refused = true;
    }
    if (h.tag !== "state" && h.tag !== "motive" && kindOf(h.label) !== "marker") others = true;
  }
  for (let ih11 = 0; ih11 < hits.length; ih11++) {
    const h = hits[ih11] as Hit;
    if (h.dead || (h.tag !== "state" && h.tag !== "motive")) continue;
    if (strongIn(h.sentence) || (refused && h.tag === "state")) {
      kill(h);
      continue;
    }
    // "I was stressed, but that's no excuse for ...": a cause given and disowned as an excuse
    // explains without excusing (TAXONOMY.md: "an explanation that keeps the responsibility")
    if (h.tag === "motive" || owned) relabel(h, "explanation");
    else if (others) relabel(h, "excuse");
    else kill(h);
  }

  // A feeling that is the reason for one's own act is explanation, not an i-statement.
  for (let ih13 = 0; ih13 < hits.length; ih13++) {
    const h = hits[ih13] as Hit;
    if (h.dead || h.label !== "i-statement") continue;
    for (let ie14 = 0; ie14 < hits.length; ie14++) {
      const e = hits[ie14] as Hit;
      if (!e.dead && (e.label === "explanation" || e.label === "regret") && overlaps(e, h)) kill(h);
    }
  }

  // "I understand why you're upset, but ..." followed by a warning is not validation.
  const warningAfter = (pos: number) => {
    for (let iw15 = 0; iw15 < hits.length; iw15++) {
      const w = hits[iw15] as Hit;
      if (!w.dead && kindOf(w.label) === "warning" && w.start > pos) return true;
    }
    return false;
  };
  for (let ih16 = 0; ih16 < hits.length; ih16++) {
    const h = hits[ih16] as Hit;
    if (h.dead || h.label !== "validation") continue;
    const seg = sentences[h.sentence] as Segment;
    const but = BUT.exec(text.slice(h.end, seg.end));
    if (but && warningAfter(h.end + but.index)) {
      kill(h);
      continue;
    }
    // "... I understand. But you need to move on": the next sentence opens with "but"
    const next = sentences[h.sentence + 1];
    if (next && NEXT_BUT.testSlice(text, next.start, next.end) && warningAfter(next.start - 1))
      kill(h);
  }

  counterClaims(hits, text, sentences);
  return hits.filter((h) => !h.dead);
}
