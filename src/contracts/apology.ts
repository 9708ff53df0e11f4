import { z } from "zod";
import { APOLOGY_LIMITS, REPAIR_QUESTION } from "../domain/apology/apology.ts";
import { optionalText, writtenText, ZId, ZSpaceParams } from "./common.ts";
import { ZPersonRef, ZStepState } from "./spaces.ts";

export { APOLOGY_LIMITS, REPAIR_QUESTION };

export const ZApologyParts = z.object({
  regret: optionalText(APOLOGY_LIMITS.regret, "Regret"),
  responsibility: optionalText(APOLOGY_LIMITS.responsibility, "Responsibility"),
  explanation: optionalText(APOLOGY_LIMITS.explanation, "Explanation"),
  change: optionalText(APOLOGY_LIMITS.change, "What you will do differently"),
  repair: optionalText(APOLOGY_LIMITS.repair, "Repair"),
  forgivenessRequest: optionalText(APOLOGY_LIMITS.forgivenessRequest, "Request for forgiveness"),
});
export type TApologyParts = z.infer<typeof ZApologyParts>;

export const ZSaveApologyDraft = z.object({ parts: ZApologyParts });
export const ZSendApology = z.object({ parts: ZApologyParts });

export const ZAnswerApology = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("accept") }),
    z.object({ kind: z.literal("not_ready") }),
    z.object({
      kind: z.literal("not_sincere"),
      because: writtenText(APOLOGY_LIMITS.notSincereBecause, "What would make it feel sincere"),
    }),
    z.object({
      kind: z.literal("would_help"),
      whatWouldHelp: writtenText(APOLOGY_LIMITS.whatWouldHelp, "What would help"),
    }),
  ],
  { message: "Choose one of the four answers." },
);
export type TAnswerApology = z.infer<typeof ZAnswerApology>;

export const ZForgivenessOpenness = z.object({ open: z.boolean({ message: "Say yes or no." }) });

export const ZApologyParams = ZSpaceParams.extend({ apologyId: ZId });

const ZApologyTexts = z.object({
  regret: z.string().nullable(),
  responsibility: z.string(),
  explanation: z.string().nullable(),
  change: z.string().nullable(),
  repair: z.string().nullable(),
  forgivenessRequest: z.string().nullable(),
});

export const ZApologyAnswerKind = z.enum(["accept", "not_ready", "not_sincere", "would_help"]);

export const ZApology = z.object({
  id: z.string(),
  number: z.number(),
  parts: ZApologyTexts,
  sentAt: z.string(),
  answers: z.array(
    z.object({ kind: ZApologyAnswerKind, text: z.string().nullable(), answeredAt: z.string() }),
  ),
});
export type TApology = z.infer<typeof ZApology>;

export const ZApologyThread = z.object({
  writer: ZPersonRef,
  reader: ZPersonRef,
  status: z.enum([
    "not_sent",
    "awaiting_answer",
    "not_ready",
    "accepted",
    "not_sincere",
    "would_help",
  ]),
  apologies: z.array(ZApology),
});
export type TApologyThread = z.infer<typeof ZApologyThread>;

export const ZAmendsRequest = z.object({
  id: z.string(),
  text: z.string(),
  requestedBy: ZPersonRef,
  addressedTo: ZPersonRef,
  status: z.enum(["open", "committed"]),
  createdAt: z.string(),
});
export type TAmendsRequest = z.infer<typeof ZAmendsRequest>;

export const ZApologyView = z.object({
  responsibilityState: ZStepState,
  apologiseState: ZStepState,
  iWrite: z.boolean(),
  iAnswer: z.boolean(),
  otherHasJoined: z.boolean(),
  threads: z.array(ZApologyThread),
  myDraft: z
    .object({
      parts: ZApologyTexts.extend({ responsibility: z.string().nullable() }),
      updatedAt: z.string(),
    })
    .nullable(),
  /** As the one who answers: whether I said an apology may ask for forgiveness. */
  iAmOpenToForgivenessRequest: z.boolean().nullable(),
  /** As the one who writes: whether the other said my apology may ask for forgiveness. */
  mayAskForForgiveness: z.boolean().nullable(),
  amendsRequests: z.array(ZAmendsRequest),
});
export type TApologyView = z.infer<typeof ZApologyView>;
