// Public types of the language coach. Everything here is plain data so that the
// result can be serialised, sent to the browser or compared in tests.

export const WARNING_IDS = [
  "conditional-apology",
  "excuse",
  "blame-shift",
  "minimizing",
  "generalization",
  "criticism",
  "contempt",
  "defensiveness",
  "stonewalling",
  "forgiveness-pressure",
] as const;

/** Apology components, most to least important (TAXONOMY.md). */
export const COMPONENT_IDS = [
  "responsibility",
  "repair",
  "regret",
  "explanation",
  "repentance",
  "forgiveness-request",
] as const;

export const MARKER_IDS = ["i-statement", "validation"] as const;

export type WarningId = (typeof WARNING_IDS)[number];
export type ComponentId = (typeof COMPONENT_IDS)[number];
export type MarkerId = (typeof MARKER_IDS)[number];
export type LabelId = WarningId | ComponentId | MarkerId;
export type LabelKind = "warning" | "component" | "marker";

/** Half-open character range [start, end) into the original text (UTF-16 code units). */
export type Span = readonly [start: number, end: number];

export interface CoachLabel {
  id: LabelId;
  kind: LabelKind;
  /** Every stretch of the text that triggered the label, sorted, non-overlapping. */
  spans: Span[];
  /** One line a person understands. */
  reason: string;
  /** Warnings only: the offending sentence, rewritten. */
  rewrite?: string;
  /** Warnings only: the sentence the rewrite replaces, as a span of the original text. */
  sentence?: Span;
}

export interface MissingComponent {
  id: ComponentId;
  prompt: string;
}

export interface ApologyAssessment {
  /** True when the text reads as an apology (any component, or a conditional apology). */
  isApology: boolean;
  /** 0..100, weighted by TAXONOMY.md's order of importance. */
  score: number;
  present: ComponentId[];
  /** Components not found, most important first, each with a prompt to the writer. */
  missing: MissingComponent[];
}

export interface CoachAnalysis {
  text: string;
  /** Labels in taxonomy order: warnings, then components, then markers. */
  labels: CoachLabel[];
  warnings: CoachLabel[];
  apology: ApologyAssessment;
}
