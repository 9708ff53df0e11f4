import { requireMember, type SpaceMember } from "../acknowledgement/shared.ts";
import { AppError } from "../errors.ts";
import type { AmendsCommittedEvent, AmendsRequest } from "./apology.ts";

export type TurnAmendsRequestIntoCommitmentInput = {
  members: readonly SpaceMember[];
  actorMemberId: string;
  request: AmendsRequest;
  /** The commitment the agreements feature created from the request. */
  commitmentId: string;
  now: string;
};

/**
 * For the agreements issue: the member the request was addressed to links it
 * to the commitment they made from it. Until then the request stays open.
 */
export function turnAmendsRequestIntoCommitment(input: TurnAmendsRequestIntoCommitmentInput): {
  amendsRequest: AmendsRequest;
  events: [AmendsCommittedEvent];
} {
  const actor = requireMember(input.members, input.actorMemberId);
  if (input.request.addressedToMemberId !== actor.memberId) {
    throw new AppError(
      "forbidden",
      "Only the person the request was made to can turn it into a commitment.",
    );
  }
  if (input.request.status !== "open") {
    throw new AppError("conflict", "This request has already been turned into a commitment.");
  }
  return {
    amendsRequest: {
      ...input.request,
      status: "committed",
      commitmentId: input.commitmentId,
      committedAt: input.now,
    },
    events: [
      {
        type: "amends.committed",
        actorMemberId: actor.memberId,
        payload: { amendsRequestId: input.request.id, commitmentId: input.commitmentId },
      },
    ],
  };
}
