import { otherMember, requireMember, type SpaceMember } from "../acknowledgement/shared.ts";
import { AppError } from "../errors.ts";
import { writesAccount } from "../spaces/sides.ts";
import {
  APOLOGY_PARTS,
  type Apology,
  type ApologyDraft,
  type ApologyPart,
  type ApologyPartsInput,
  apologyThreadStatus,
  cleanApologyParts,
  FORGIVENESS_CLOSED_MESSAGE,
  type ForgivenessOpenness,
  isOpenToForgivenessRequest,
} from "./apology.ts";

export type SaveApologyDraftInput = {
  members: readonly SpaceMember[];
  actorMemberId: string;
  /** All sent apologies of the space (with their answers). */
  apologies: readonly Apology[];
  openness: readonly ForgivenessOpenness[];
  /** The actor's current draft, or null to create one. */
  draft: ApologyDraft | null;
  /** Id for a new draft (used only when `draft` is null). */
  draftId: string;
  parts: ApologyPartsInput;
  now: string;
};

/**
 * Saves the writer's private apology draft, before or after the other member
 * has joined. Parts may be empty. No timeline event: drafts are private.
 */
export function saveApologyDraft(input: SaveApologyDraftInput): { draft: ApologyDraft } {
  const actor = requireMember(input.members, input.actorMemberId);
  if (!writesAccount(actor.side)) {
    throw new AppError("forbidden", "In this space, the apology is written by the other member.");
  }
  if (input.draft && input.draft.writerMemberId !== actor.memberId) {
    throw new AppError("forbidden", "A draft belongs to the person who wrote it.");
  }
  const reader = otherMember(input.members, actor.memberId);
  if (
    reader &&
    apologyThreadStatus(input.apologies, {
      writerMemberId: actor.memberId,
      readerMemberId: reader.memberId,
    }) === "accepted"
  ) {
    throw new AppError(
      "conflict",
      "The other person has accepted your apology, so there is no new one to write.",
    );
  }
  const cleaned = cleanApologyParts(input.parts, { sending: false });
  if (
    cleaned.forgivenessRequest !== null &&
    !(reader && isOpenToForgivenessRequest(input.openness, reader.memberId))
  ) {
    throw new AppError("conflict", FORGIVENESS_CLOSED_MESSAGE);
  }
  const parts = {} as Record<ApologyPart, string>;
  for (const part of APOLOGY_PARTS) parts[part] = cleaned[part] ?? "";
  const draft: ApologyDraft = input.draft
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
