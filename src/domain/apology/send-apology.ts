import { otherMember, requireMember, type SpaceMember } from "../acknowledgement/shared.ts";
import { AppError } from "../errors.ts";
import { setsThePace, writesAccount } from "../spaces/sides.ts";
import {
  type Apology,
  type ApologyPartsInput,
  type ApologySentEvent,
  apologyStatus,
  cleanApologyParts,
  FORGIVENESS_CLOSED_MESSAGE,
  type ForgivenessOpenness,
  isOpenToForgivenessRequest,
  latestApology,
  partsIncluded,
} from "./apology.ts";

export type SendApologyInput = {
  members: readonly SpaceMember[];
  actorMemberId: string;
  /** All sent apologies of the space (with their answers). */
  apologies: readonly Apology[];
  openness: readonly ForgivenessOpenness[];
  parts: ApologyPartsInput;
  /** Id for the new apology. */
  apologyId: string;
  now: string;
};

export type SendApologyResult = { apology: Apology; events: [ApologySentEvent] };

/**
 * Sends an apology to the other member: the first one, or a revised one after
 * they answered "this doesn't feel sincere yet" or "what would help me is …".
 * Never while they have not answered (or said "not ready yet"), never after
 * they accepted. The caller deletes the writer's draft once it is stored.
 */
export function sendApology(input: SendApologyInput): SendApologyResult {
  const actor = requireMember(input.members, input.actorMemberId);
  if (!writesAccount(actor.side)) {
    throw new AppError("forbidden", "In this space, the apology is written by the other member.");
  }
  const reader = otherMember(input.members, actor.memberId);
  if (!reader) {
    throw new AppError(
      "conflict",
      "You can send your apology once the other person has joined; until then it stays a private draft.",
    );
  }
  if (!setsThePace(reader.side)) {
    throw new AppError("forbidden", "The other member of this space does not answer apologies.");
  }
  const latest = latestApology(input.apologies, {
    writerMemberId: actor.memberId,
    readerMemberId: reader.memberId,
  });
  const status = latest ? apologyStatus(latest) : "not_sent";
  if (status === "awaiting_answer") {
    throw new AppError(
      "conflict",
      "The other person has not answered your apology yet. They answer when they are ready; you can send another only after they do.",
    );
  }
  if (status === "not_ready") {
    throw new AppError(
      "conflict",
      "The other person said they are not ready yet. Give them the time they need: you can send another apology only after they answer.",
    );
  }
  if (status === "accepted") {
    throw new AppError(
      "conflict",
      "The other person has accepted your apology, so there is no new one to send.",
    );
  }
  const cleaned = cleanApologyParts(input.parts, { sending: true });
  if (
    cleaned.forgivenessRequest !== null &&
    !isOpenToForgivenessRequest(input.openness, reader.memberId)
  ) {
    throw new AppError("conflict", FORGIVENESS_CLOSED_MESSAGE);
  }
  const apology: Apology = {
    id: input.apologyId,
    writerMemberId: actor.memberId,
    readerMemberId: reader.memberId,
    number: (latest?.number ?? 0) + 1,
    parts: { ...cleaned, responsibility: cleaned.responsibility ?? "" },
    sentAt: input.now,
    answers: [],
  };
  return {
    apology,
    events: [
      {
        type: "apology.sent",
        actorMemberId: actor.memberId,
        payload: {
          apologyId: apology.id,
          number: apology.number,
          readerMemberId: reader.memberId,
          partsIncluded: partsIncluded(cleaned),
        },
      },
    ],
  };
}
