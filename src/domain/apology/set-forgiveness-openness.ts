import { requireMember, type SpaceMember } from "../acknowledgement/shared.ts";
import { AppError } from "../errors.ts";
import { setsThePace } from "../spaces/sides.ts";
import {
  type ForgivenessOpenness,
  type ForgivenessOpennessSetEvent,
  isOpenToForgivenessRequest,
} from "./apology.ts";

export type SetForgivenessOpennessInput = {
  members: readonly SpaceMember[];
  actorMemberId: string;
  /** All openness flags of the space (none set means closed). */
  openness: readonly ForgivenessOpenness[];
  open: boolean;
  now: string;
};

export type SetForgivenessOpennessResult = {
  /** The actor's flag to store (upsert by memberId). */
  openness: ForgivenessOpenness;
  /** Empty when the flag already had this value. */
  events: ForgivenessOpennessSetEvent[];
};

/**
 * The hurt member says whether an apology to them may ask for forgiveness.
 * Only they set it; nothing in the product asks them to. Turning it off does
 * not change apologies already sent.
 */
export function setForgivenessOpenness(
  input: SetForgivenessOpennessInput,
): SetForgivenessOpennessResult {
  const actor = requireMember(input.members, input.actorMemberId);
  if (!setsThePace(actor.side)) {
    throw new AppError(
      "forbidden",
      "Only the person who was hurt decides whether an apology may ask for forgiveness.",
    );
  }
  const current = input.openness.find((o) => o.memberId === actor.memberId);
  if (isOpenToForgivenessRequest(input.openness, actor.memberId) === input.open) {
    return {
      openness: current ?? { memberId: actor.memberId, open: input.open, changedAt: input.now },
      events: [],
    };
  }
  return {
    openness: { memberId: actor.memberId, open: input.open, changedAt: input.now },
    events: [
      {
        type: "apology.forgiveness_openness_set",
        actorMemberId: actor.memberId,
        payload: { open: input.open },
      },
    ],
  };
}
