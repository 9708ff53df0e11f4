// Step 1 — Acknowledge the damage: the data of an account and its answers.
// Accounts go from a writer (broke trust, or both hurt) to a reader (was
// hurt, or both hurt). Every sent version is kept and visible to both; drafts
// are private to their writer until sent.
import type { Direction, DomainEvent, StepCompletedEvent } from "./shared.ts";

/** The three parts of an account, in the order the writer fills them in. */
export const ACCOUNT_PARTS = ["whatHappened", "impact", "prevention"] as const;
export type AccountPart = (typeof ACCOUNT_PARTS)[number];

/** Maximum lengths (characters), for zod schemas and web forms to import. */
export const ACCOUNT_LIMITS = {
  whatHappened: 4000,
  impact: 4000,
  prevention: 4000,
  ownExperience: 4000,
  missing: 2000,
} as const;

/** What happened (facts, honestly); how it affected the other; what I will do to prevent it. */
export type AccountParts = Record<AccountPart, string>;

/** The writer's private work in progress. Parts may be empty. Never shown to the other member. */
export type AccountDraft = {
  id: string;
  writerMemberId: string;
  parts: AccountParts;
  createdAt: string;
  updatedAt: string;
};

export const ACCOUNT_VERDICTS = ["acknowledged", "something_missing"] as const;
export type AccountVerdict = (typeof ACCOUNT_VERDICTS)[number];

/** The reader's answer to one version. One answer per version, never changed. */
export type AccountResponse = {
  id: string;
  accountVersionId: string;
  readerMemberId: string;
  verdict: AccountVerdict;
  /** The reader's own account of what it was like for them (optional). */
  ownExperience: string | null;
  /** What is missing; set only when the verdict is "something_missing". */
  missing: string | null;
  answeredAt: string;
};

/** One sent version of an account. Versions of a writer → reader pair count 1, 2, 3 … */
export type AccountVersion = {
  id: string;
  writerMemberId: string;
  readerMemberId: string;
  version: number;
  parts: AccountParts;
  sentAt: string;
  response: AccountResponse | null;
};

/** Where one writer → reader account stands. */
export type AccountThreadStatus =
  | "not_sent"
  | "awaiting_answer"
  | "something_missing"
  | "acknowledged";

export type AccountSentEvent = DomainEvent<
  "account.sent",
  { accountVersionId: string; version: number; readerMemberId: string }
>;
export type AccountAnsweredEvent = DomainEvent<
  "account.answered",
  {
    accountVersionId: string;
    version: number;
    writerMemberId: string;
    verdict: AccountVerdict;
    sharedOwnExperience: boolean;
  }
>;
export type AcknowledgementEvent = AccountSentEvent | AccountAnsweredEvent | StepCompletedEvent;

/** The sent versions of one writer → reader pair, oldest first. */
export function accountThread(
  versions: readonly AccountVersion[],
  direction: Direction,
): AccountVersion[] {
  return versions
    .filter(
      (v) =>
        v.writerMemberId === direction.writerMemberId &&
        v.readerMemberId === direction.readerMemberId,
    )
    .sort((a, b) => a.version - b.version);
}

export function latestAccountVersion(
  versions: readonly AccountVersion[],
  direction: Direction,
): AccountVersion | null {
  return accountThread(versions, direction).at(-1) ?? null;
}

export function accountThreadStatus(
  versions: readonly AccountVersion[],
  direction: Direction,
): AccountThreadStatus {
  const latest = latestAccountVersion(versions, direction);
  if (!latest) return "not_sent";
  if (!latest.response) return "awaiting_answer";
  return latest.response.verdict;
}
