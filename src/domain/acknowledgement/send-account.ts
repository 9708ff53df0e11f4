import { AppError } from "../errors.ts";
import { setsThePace, writesAccount } from "../spaces/sides.ts";
import {
  ACCOUNT_LIMITS,
  type AccountParts,
  type AccountSentEvent,
  type AccountVersion,
  latestAccountVersion,
} from "./account.ts";
import { cleanTexts, otherMember, requireMember, type SpaceMember } from "./shared.ts";

export type SendAccountInput = {
  members: readonly SpaceMember[];
  actorMemberId: string;
  /** All sent account versions of the space (with their responses). */
  versions: readonly AccountVersion[];
  parts: Partial<Record<keyof AccountParts, string | null>>;
  /** Id for the new version. */
  versionId: string;
  now: string;
};

export type SendAccountResult = { version: AccountVersion; events: [AccountSentEvent] };

/**
 * Sends the first version of the actor's account, or a revised version after
 * the reader said something is missing. The caller deletes the writer's draft
 * once the version is stored.
 */
export function sendAccount(input: SendAccountInput): SendAccountResult {
  const actor = requireMember(input.members, input.actorMemberId);
  if (!writesAccount(actor.side)) {
    throw new AppError("forbidden", "In this space, the account is written by the other member.");
  }
  const reader = otherMember(input.members, actor.memberId);
  if (!reader) {
    throw new AppError(
      "conflict",
      "You can send your account once the other person has joined; until then it stays a private draft.",
    );
  }
  if (!setsThePace(reader.side)) {
    throw new AppError("forbidden", "The other member of this space does not answer accounts.");
  }
  const direction = { writerMemberId: actor.memberId, readerMemberId: reader.memberId };
  const latest = latestAccountVersion(input.versions, direction);
  if (latest && !latest.response) {
    throw new AppError(
      "conflict",
      "The other person has not answered your latest version yet. You can revise it after they tell you what is missing.",
    );
  }
  if (latest?.response?.verdict === "acknowledged") {
    throw new AppError(
      "conflict",
      "The other person already feels acknowledged, so there is no new version to send.",
    );
  }
  const required = "Write this part before sending your account.";
  const cleaned = cleanTexts({
    whatHappened: {
      value: input.parts.whatHappened,
      required: true,
      max: ACCOUNT_LIMITS.whatHappened,
      requiredMessage: required,
    },
    impact: {
      value: input.parts.impact,
      required: true,
      max: ACCOUNT_LIMITS.impact,
      requiredMessage: required,
    },
    prevention: {
      value: input.parts.prevention,
      required: true,
      max: ACCOUNT_LIMITS.prevention,
      requiredMessage: required,
    },
  });
  const version: AccountVersion = {
    id: input.versionId,
    writerMemberId: actor.memberId,
    readerMemberId: reader.memberId,
    version: (latest?.version ?? 0) + 1,
    parts: {
      whatHappened: cleaned.whatHappened ?? "",
      impact: cleaned.impact ?? "",
      prevention: cleaned.prevention ?? "",
    },
    sentAt: input.now,
    response: null,
  };
  return {
    version,
    events: [
      {
        type: "account.sent",
        actorMemberId: actor.memberId,
        payload: {
          accountVersionId: version.id,
          version: version.version,
          readerMemberId: reader.memberId,
        },
      },
    ],
  };
}
