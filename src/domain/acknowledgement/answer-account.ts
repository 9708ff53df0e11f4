import { AppError } from "../errors.ts";
import { setsThePace } from "../spaces/sides.ts";
import {
  ACCOUNT_LIMITS,
  type AccountAnsweredEvent,
  type AccountResponse,
  type AccountVersion,
  type AcknowledgementEvent,
  latestAccountVersion,
} from "./account.ts";
import { cleanTexts, requireMember, type SpaceMember } from "./shared.ts";
import { acknowledgeStepState } from "./step-state.ts";

export type AccountAnswerInput =
  | { verdict: "acknowledged"; ownExperience?: string | null }
  | { verdict: "something_missing"; missing: string; ownExperience?: string | null };

export type AnswerAccountInput = {
  members: readonly SpaceMember[];
  actorMemberId: string;
  /** All sent account versions of the space (with their responses). */
  versions: readonly AccountVersion[];
  /** The version the reader is answering: it must be the latest one sent to them. */
  accountVersionId: string;
  answer: AccountAnswerInput;
  /** Id for the new response. */
  responseId: string;
  now: string;
};

export type AnswerAccountResult = {
  /** Store it as the version's response. */
  response: AccountResponse;
  /** `account.answered`, then `step.completed` when this answer finishes step 1. */
  events: AcknowledgementEvent[];
};

/**
 * The reader answers the latest version sent to them: optionally their own
 * account of what it was like, and "I feel acknowledged" or "something is
 * missing" (with what). Step 1 is done when every reader feels acknowledged.
 */
export function answerAccount(input: AnswerAccountInput): AnswerAccountResult {
  const actor = requireMember(input.members, input.actorMemberId);
  if (!setsThePace(actor.side)) {
    throw new AppError("forbidden", "In this space, accounts are answered by the other member.");
  }
  const version = input.versions.find((v) => v.id === input.accountVersionId);
  if (!version) throw new AppError("not_found", "That account does not exist.");
  if (version.readerMemberId !== actor.memberId) {
    throw new AppError("forbidden", "You can answer only an account written to you.");
  }
  const latest = latestAccountVersion(input.versions, version);
  if (latest && latest.id !== version.id) {
    throw new AppError(
      "conflict",
      "A newer version of this account has been sent. Read it before answering.",
    );
  }
  if (version.response) {
    throw new AppError(
      "conflict",
      "You have already answered this version. A revised version will come to you to answer.",
    );
  }
  const cleaned = cleanTexts({
    ownExperience: {
      value: input.answer.ownExperience,
      required: false,
      max: ACCOUNT_LIMITS.ownExperience,
    },
    missing: {
      value: input.answer.verdict === "something_missing" ? input.answer.missing : null,
      required: input.answer.verdict === "something_missing",
      max: ACCOUNT_LIMITS.missing,
      requiredMessage: "Say what is missing, so the account can be revised.",
    },
  });
  const response: AccountResponse = {
    id: input.responseId,
    accountVersionId: version.id,
    readerMemberId: actor.memberId,
    verdict: input.answer.verdict,
    ownExperience: cleaned.ownExperience,
    missing: cleaned.missing,
    answeredAt: input.now,
  };
  const answered: AccountAnsweredEvent = {
    type: "account.answered",
    actorMemberId: actor.memberId,
    payload: {
      accountVersionId: version.id,
      version: version.version,
      writerMemberId: version.writerMemberId,
      verdict: response.verdict,
      sharedOwnExperience: response.ownExperience !== null,
    },
  };
  const events: AcknowledgementEvent[] = [answered];
  const after = input.versions.map((v) => (v.id === version.id ? { ...v, response } : v));
  if (acknowledgeStepState({ members: input.members, versions: after }) === "done") {
    events.push({
      type: "step.completed",
      actorMemberId: actor.memberId,
      payload: { step: "acknowledge" },
    });
  }
  return { response, events };
}
