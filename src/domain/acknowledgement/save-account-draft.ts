import { AppError } from "../errors.ts";
import { writesAccount } from "../spaces/sides.ts";
import {
  ACCOUNT_LIMITS,
  ACCOUNT_PARTS,
  type AccountDraft,
  type AccountParts,
  type AccountVersion,
  accountThreadStatus,
} from "./account.ts";
import { cleanTexts, otherMember, requireMember, type SpaceMember } from "./shared.ts";

export type SaveAccountDraftInput = {
  members: readonly SpaceMember[];
  actorMemberId: string;
  /** All sent account versions of the space. */
  versions: readonly AccountVersion[];
  /** The actor's current draft, or null to create one. */
  draft: AccountDraft | null;
  /** Id for a new draft (used only when `draft` is null). */
  draftId: string;
  parts: Partial<Record<keyof AccountParts, string | null>>;
  now: string;
};

/**
 * Saves the writer's private draft. Works before the other member has joined.
 * Parts may be empty; lengths are checked. No timeline event: drafts are private.
 */
export function saveAccountDraft(input: SaveAccountDraftInput): { draft: AccountDraft } {
  const actor = requireMember(input.members, input.actorMemberId);
  if (!writesAccount(actor.side)) {
    throw new AppError("forbidden", "In this space, the account is written by the other member.");
  }
  if (input.draft && input.draft.writerMemberId !== actor.memberId) {
    throw new AppError("forbidden", "A draft belongs to the person who wrote it.");
  }
  const reader = otherMember(input.members, actor.memberId);
  if (reader) {
    const status = accountThreadStatus(input.versions, {
      writerMemberId: actor.memberId,
      readerMemberId: reader.memberId,
    });
    if (status === "acknowledged") {
      throw new AppError(
        "conflict",
        "The other person already feels acknowledged, so there is no new version to write.",
      );
    }
  }
  const cleaned = cleanTexts({
    whatHappened: {
      value: input.parts.whatHappened,
      required: false,
      max: ACCOUNT_LIMITS.whatHappened,
    },
    impact: { value: input.parts.impact, required: false, max: ACCOUNT_LIMITS.impact },
    prevention: { value: input.parts.prevention, required: false, max: ACCOUNT_LIMITS.prevention },
  });
  const parts = {} as AccountParts;
  for (const part of ACCOUNT_PARTS) parts[part] = cleaned[part] ?? "";
  const draft: AccountDraft = input.draft
    ? { ...input.draft, parts, updatedAt: input.now }
    : {
        id: input.draftId,
        writerMemberId: actor.memberId,
        parts,
        createdAt: input.now,
        updatedAt: input.now,
      };
  return { draft };
}
