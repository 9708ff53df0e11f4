// Steps 2 and 3 — Take responsibility and apologise: the data of an apology,
// its answers, the hurt member's openness to a request for forgiveness, and
// amends requests. Apologies go from a writer (broke trust, or both hurt) to a
// reader (was hurt, or both hurt); drafts are private until sent.
import {
  cleanTexts,
  type Direction,
  type DomainEvent,
  type StepCompletedEvent,
} from "../acknowledgement/shared.ts";

/**
 * The six parts of an effective apology (coach/TAXONOMY.md), in the order the
 * builder asks for them. Only `responsibility` is required; a
 * `forgivenessRequest` is allowed only while the reader is open to one.
 */
export const APOLOGY_PARTS = [
  "regret",
  "responsibility",
  "explanation",
  "change",
  "repair",
  "forgivenessRequest",
] as const;
export type ApologyPart = (typeof APOLOGY_PARTS)[number];

export const REQUIRED_APOLOGY_PARTS = ["responsibility"] as const satisfies readonly ApologyPart[];

/** Maximum lengths (characters), for zod schemas and web forms to import. */
export const APOLOGY_LIMITS = {
  regret: 4000,
  responsibility: 4000,
  explanation: 4000,
  change: 4000,
  repair: 4000,
  forgivenessRequest: 1000,
  notSincereBecause: 2000,
  whatWouldHelp: 2000,
} as const;

/** The question the builder offers for the repair part. */
export const REPAIR_QUESTION = "What would make this right?";

/** A sent apology's parts: trimmed text, or null when the writer left the part out. */
export type ApologyParts = {
  regret: string | null;
  responsibility: string;
  explanation: string | null;
  change: string | null;
  repair: string | null;
  forgivenessRequest: string | null;
};

export type ApologyPartsInput = Partial<Record<ApologyPart, string | null>>;

/** The writer's private work in progress ("" for an empty part). Never shown to the other member. */
export type ApologyDraft = {
  id: string;
  writerMemberId: string;
  parts: Record<ApologyPart, string>;
  createdAt: string;
  updatedAt: string;
};

export const APOLOGY_ANSWER_KINDS = ["accept", "not_ready", "not_sincere", "would_help"] as const;
export type ApologyAnswerKind = (typeof APOLOGY_ANSWER_KINDS)[number];
/** Every answer but "not ready yet" closes the apology. */
export const FINAL_APOLOGY_ANSWERS = [
  "accept",
  "not_sincere",
  "would_help",
] as const satisfies readonly ApologyAnswerKind[];

/** The reader's answer. An apology has at most: one "not_ready", then one final answer. */
export type ApologyAnswer = {
  id: string;
  apologyId: string;
  readerMemberId: string;
  kind: ApologyAnswerKind;
  /** "because …" for not_sincere, "what would help me is …" for would_help, else null. */
  text: string | null;
  answeredAt: string;
};

/** One sent apology. Apologies of a writer → reader pair count 1, 2, 3 … */
export type Apology = {
  id: string;
  writerMemberId: string;
  readerMemberId: string;
  number: number;
  parts: ApologyParts;
  sentAt: string;
  /** Oldest first. */
  answers: ApologyAnswer[];
};

/** The hurt member's flag: may an apology to them ask for forgiveness? Off unless they set it. */
export type ForgivenessOpenness = { memberId: string; open: boolean; changedAt: string };

/** "What would help me is …", kept until the writer turns it into a commitment (agreements issue). */
export type AmendsRequest = {
  id: string;
  apologyId: string;
  answerId: string;
  requestedByMemberId: string;
  addressedToMemberId: string;
  text: string;
  status: "open" | "committed";
  commitmentId: string | null;
  createdAt: string;
  committedAt: string | null;
};

/** Where one writer → reader apology stands (the latest apology's latest answer). */
export type ApologyThreadStatus =
  | "not_sent"
  | "awaiting_answer"
  | "not_ready"
  | "accepted"
  | "not_sincere"
  | "would_help";

export type ApologySentEvent = DomainEvent<
  "apology.sent",
  { apologyId: string; number: number; readerMemberId: string; partsIncluded: ApologyPart[] }
>;
export type ApologyAnsweredEvent = DomainEvent<
  "apology.answered",
  { apologyId: string; number: number; writerMemberId: string; answer: ApologyAnswerKind }
>;
export type AmendsRequestedEvent = DomainEvent<
  "amends.requested",
  { amendsRequestId: string; apologyId: string; addressedToMemberId: string }
>;
export type AmendsCommittedEvent = DomainEvent<
  "amends.committed",
  { amendsRequestId: string; commitmentId: string }
>;
export type ForgivenessOpennessSetEvent = DomainEvent<
  "apology.forgiveness_openness_set",
  { open: boolean }
>;
export type ApologyEvent =
  | ApologySentEvent
  | ApologyAnsweredEvent
  | AmendsRequestedEvent
  | AmendsCommittedEvent
  | ForgivenessOpennessSetEvent
  | StepCompletedEvent;

/** The sent apologies of one writer → reader pair, oldest first. */
export function apologyThread(apologies: readonly Apology[], direction: Direction): Apology[] {
  return apologies
    .filter(
      (a) =>
        a.writerMemberId === direction.writerMemberId &&
        a.readerMemberId === direction.readerMemberId,
    )
    .sort((a, b) => a.number - b.number);
}

export function latestApology(apologies: readonly Apology[], direction: Direction): Apology | null {
  return apologyThread(apologies, direction).at(-1) ?? null;
}

export function finalAnswer(apology: Apology): ApologyAnswer | null {
  return apology.answers.find((a) => a.kind !== "not_ready") ?? null;
}

export function apologyStatus(apology: Apology): Exclude<ApologyThreadStatus, "not_sent"> {
  const final = finalAnswer(apology);
  if (final)
    return final.kind === "accept" ? "accepted" : (final.kind as "not_sincere" | "would_help");
  if (apology.answers.some((a) => a.kind === "not_ready")) return "not_ready";
  return "awaiting_answer";
}

export function apologyThreadStatus(
  apologies: readonly Apology[],
  direction: Direction,
): ApologyThreadStatus {
  const latest = latestApology(apologies, direction);
  return latest ? apologyStatus(latest) : "not_sent";
}

/** Off unless the member has said they are open to a request for forgiveness. */
export function isOpenToForgivenessRequest(
  openness: readonly ForgivenessOpenness[],
  memberId: string,
): boolean {
  return openness.find((o) => o.memberId === memberId)?.open ?? false;
}

/** The whole apology as one text, for the preview before sending and for the coach. */
export function apologyFullText(parts: ApologyPartsInput): string {
  return APOLOGY_PARTS.map((p) => (parts[p] ?? "").trim())
    .filter((t) => t.length > 0)
    .join("\n\n");
}

/** The parts that hold text, in builder order. */
export function partsIncluded(parts: ApologyPartsInput): ApologyPart[] {
  return APOLOGY_PARTS.filter((p) => (parts[p] ?? "").trim().length > 0);
}

/** Trims and checks the parts; `responsibility` is required when sending. */
export function cleanApologyParts(
  parts: ApologyPartsInput,
  { sending }: { sending: boolean },
): Record<ApologyPart, string | null> {
  return cleanTexts({
    regret: { value: parts.regret, required: false, max: APOLOGY_LIMITS.regret },
    responsibility: {
      value: parts.responsibility,
      required: sending,
      max: APOLOGY_LIMITS.responsibility,
      requiredMessage:
        "Say what you did, in your own words, and that it was your choice. An apology needs this part.",
    },
    explanation: { value: parts.explanation, required: false, max: APOLOGY_LIMITS.explanation },
    change: { value: parts.change, required: false, max: APOLOGY_LIMITS.change },
    repair: { value: parts.repair, required: false, max: APOLOGY_LIMITS.repair },
    forgivenessRequest: {
      value: parts.forgivenessRequest,
      required: false,
      max: APOLOGY_LIMITS.forgivenessRequest,
    },
  });
}

export const FORGIVENESS_CLOSED_MESSAGE =
  "The other person has not said they are open to a request for forgiveness, so your apology cannot ask for it. Remove that part to send it.";
