// Mend's language coach. Pure TypeScript, no I/O, no dependencies: it runs in
// Node and in the browser. See README.md for the API and how rules are written.

import { COMPONENT_WEIGHTS, kindOf, MISSING_PROMPTS, REASONS, rewrite } from "./labels.ts";
import type { Hit } from "./rule.ts";
import { runRules } from "./rule.ts";
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

const LABEL_NUMBER = Object.fromEntries(LABEL_IDS.map((id, i) => [id, i])) as Record<
  LabelId,
  number
>;

const ALL_RULES = [...warningRules, ...apologyRules, ...markerRules];

/** Longest text analysed; anything beyond is ignored (keeps the cost bounded). */
export const MAX_LENGTH = 20_000;

/** Analyse one message: every label that applies, with spans, reasons and rewrites. */
export function analyzeMessage(input: string): CoachAnalysis {
  const text = input.length > MAX_LENGTH ? input.slice(0, MAX_LENGTH) : input;
  const masked = maskQuotes(normalize(text), text);
  const sentences = splitSentences(masked);
  const hits = resolve(runRules(ALL_RULES, masked, sentences), masked, sentences);

  const byLabel = new Map<LabelId, Hit[]>();
  for (const h of hits) {
    const list = byLabel.get(h.label);
    if (list) list.push(h);
    else byLabel.set(h.label, [h]);
  }

  const labels: CoachLabel[] = [];
  for (const id of LABEL_IDS) {
    const list = byLabel.get(id);
    if (!list) continue;
    const kind = kindOf(id);
    const label: CoachLabel = { id, kind, spans: mergeSpans(list), reason: REASONS[id] };
    if (kind === "warning") {
      const first = list.reduce((a, b) => (b.start < a.start ? b : a));
      const seg = sentences[first.sentence] as Segment;
      const sentence: Span = [Math.min(seg.start, first.start), Math.max(seg.end, first.end)];
      label.sentence = sentence;
      label.rewrite = rewrite(
        id as WarningId,
        text.slice(sentence[0], sentence[1]),
        text.slice(first.start, first.end),
      );
    }
    labels.push(label);
  }

  return {
    text,
    labels,
    warnings: labels.filter((l) => l.kind === "warning"),
    apology: assessApology(labels),
  };
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

function mergeSpans(hits: Hit[]): Span[] {
  const sorted = hits.map((h) => [h.start, h.end] as [number, number]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

/**
 * Apply TAXONOMY.md's boundary rules between labels: a sarcastic or
 * conditional "sorry" is not regret, a push is not a request, an admission
 * taken back by an excuse is not responsibility, a cause is an explanation
 * only when the writer owns the act, validation taken back by "but" is not
 * validation.
 */
function resolve(hits: Hit[], text: string, sentences: Segment[]): Hit[] {
  let out = hits;
  // hits by label and sentence, rebuilt after each change (keeps resolve linear)
  let index: Map<number, Hit[]> | null = null;
  const keyOf = (label: LabelId, si: number) => LABEL_NUMBER[label] * 65536 + si;
  const drop = (pred: (h: Hit) => boolean) => {
    out = out.filter((h) => !pred(h));
    index = null;
  };
  const inSentence = (label: LabelId, si: number, pred: (h: Hit) => boolean = () => true) => {
    if (!index) {
      index = new Map();
      for (const h of out) {
        const key = keyOf(h.label, h.sentence);
        const list = index.get(key);
        if (list) list.push(h);
        else index.set(key, [h]);
      }
    }
    return index.get(keyOf(label, si))?.some(pred) ?? false;
  };

  // Sarcasm: contempt, plus defensiveness when it pushes back; never regret.
  const sarcastic = out.filter((h) => h.tag === "sarcasm" || h.tag === "pushback");
  for (const h of sarcastic) {
    if (h.tag === "pushback") out.push({ ...h, label: "defensiveness", tag: undefined });
  }
  const contemptSentences = new Set(
    out.filter((h) => h.label === "contempt").map((h) => h.sentence),
  );
  drop(
    (h) =>
      contemptSentences.has(h.sentence) &&
      (h.label === "regret" ||
        h.label === "conditional-apology" ||
        h.label === "generalization" ||
        h.label === "responsibility" ||
        h.label === "repentance" ||
        h.label === "repair" ||
        h.label === "explanation" ||
        h.label === "forgiveness-request" ||
        h.label === "validation"),
  );
  if (sarcastic.length > 0) drop((h) => h.label === "regret");

  // "I'm sorry, but I'm not going to apologise for having friends": pushback, not regret.
  drop((h) => h.label === "regret" && inSentence("defensiveness", h.sentence));

  // A conditional apology is never regret.
  const conditional = out.filter((h) => h.label === "conditional-apology");
  drop((h) => h.label === "regret" && conditional.some((c) => overlaps(c, h)));

  // A push phrased as a request is pressure only.
  drop(
    (h) =>
      (h.label === "forgiveness-request" || h.label === "i-statement") &&
      inSentence("forgiveness-pressure", h.sentence),
  );

  // excuse vs blame-shift: one pointing at the other person is blame-shift only.
  drop(
    (h) =>
      (h.label === "excuse" || h.tag === "state" || h.tag === "motive") &&
      inSentence("blame-shift", h.sentence),
  );

  // A defensive sentence is not an admission ("Whatever I do, it's wrong").
  drop((h) => h.label === "responsibility" && inSentence("defensiveness", h.sentence));

  // An admission taken back by an excuse or blame is not responsibility.
  drop(
    (h) =>
      h.tag === "act" &&
      (inSentence("blame-shift", h.sentence) ||
        inSentence("excuse", h.sentence, (e) => e.tag === "strong")),
  );

  // Causes: an explanation when the writer owns the act, an excuse otherwise.
  const owned = out.some((h) => h.label === "responsibility");
  const strong = out.filter((h) => h.label === "excuse" && h.tag === "strong");
  const disowned = out.filter(
    (h) =>
      h.label === "responsibility" &&
      /excuse|justif|make (?:it|that|this)/.test(text.slice(h.start, h.end)),
  );
  const others = out.some(
    (h) => h.tag !== "state" && h.tag !== "motive" && kindOf(h.label) !== "marker",
  );
  out = out.flatMap((h): Hit[] => {
    if (h.tag !== "state" && h.tag !== "motive") return [h];
    if (strong.some((s) => s.sentence === h.sentence)) return [];
    // "I was stressed, but that's no excuse for ...": the cause is disowned, not offered
    // ("... because I was stressed, but that's no excuse" still explains the act)
    if (
      disowned.some((d) => d.sentence === h.sentence && d.start > h.start) &&
      !/\b(?:because|cos|cause|since|as|so)\s+$/.test(
        text.slice(sentences[h.sentence]?.start ?? 0, h.start),
      )
    )
      return [];
    if (h.tag === "motive") return [{ ...h, label: "explanation" }];
    if (owned) return [{ ...h, label: "explanation" }];
    return others ? [{ ...h, label: "excuse" }] : [];
  });

  // A feeling that is the reason for one's own act is explanation, not an i-statement.
  const explained = out.filter((h) => h.label === "explanation" || h.label === "regret");
  drop((h) => h.label === "i-statement" && explained.some((e) => overlaps(e, h)));

  // "I understand why you're upset, but ..." followed by a warning is not validation.
  const warningsAt = out.filter((h) => kindOf(h.label) === "warning").map((h) => h.start);
  drop((h) => {
    if (h.label !== "validation") return false;
    const seg = sentences[h.sentence] as Segment;
    const rest = text.slice(h.end, seg.end);
    const but = /\b(?:but|though|however)\b/.exec(rest);
    const butAt = but ? h.end + but.index : -1;
    if (butAt >= 0 && warningsAt.some((w) => w > butAt)) return true;
    // "... I understand. But you need to move on": the next sentence opens with "but"
    const next = sentences[h.sentence + 1];
    return (
      !!next &&
      /^\s*(?:but|however)\b/.test(text.slice(next.start, next.end)) &&
      warningsAt.some((w) => w >= next.start)
    );
  });

  return out;
}
