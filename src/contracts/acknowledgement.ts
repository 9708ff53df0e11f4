import { z } from "zod";
import { ACCOUNT_LIMITS } from "../domain/acknowledgement/account.ts";
import { optionalText, writtenText, ZId, ZSpaceParams } from "./common.ts";
import { ZPersonRef, ZStepState } from "./spaces.ts";

export { ACCOUNT_LIMITS };

export const ZAccountParts = z.object({
  whatHappened: optionalText(ACCOUNT_LIMITS.whatHappened, "What happened"),
  impact: optionalText(ACCOUNT_LIMITS.impact, "How it affected them"),
  prevention: optionalText(ACCOUNT_LIMITS.prevention, "What you will do"),
});
export type TAccountParts = z.infer<typeof ZAccountParts>;

export const ZSaveAccountDraft = z.object({ parts: ZAccountParts });
export const ZSendAccount = z.object({ parts: ZAccountParts });

export const ZAnswerAccount = z.discriminatedUnion(
  "verdict",
  [
    z.object({
      verdict: z.literal("acknowledged"),
      ownExperience: optionalText(ACCOUNT_LIMITS.ownExperience, "Your own account"),
    }),
    z.object({
      verdict: z.literal("something_missing"),
      missing: writtenText(ACCOUNT_LIMITS.missing, "What is missing"),
      ownExperience: optionalText(ACCOUNT_LIMITS.ownExperience, "Your own account"),
    }),
  ],
  { message: 'Choose "I feel acknowledged" or "Something is missing".' },
);
export type TAnswerAccount = z.infer<typeof ZAnswerAccount>;

export const ZAccountVersionParams = ZSpaceParams.extend({ versionId: ZId });

const ZAccountTexts = z.object({
  whatHappened: z.string(),
  impact: z.string(),
  prevention: z.string(),
});

export const ZAccountVersion = z.object({
  id: z.string(),
  version: z.number(),
  parts: ZAccountTexts,
  sentAt: z.string(),
  response: z
    .object({
      verdict: z.enum(["acknowledged", "something_missing"]),
      ownExperience: z.string().nullable(),
      missing: z.string().nullable(),
      answeredAt: z.string(),
    })
    .nullable(),
});
export type TAccountVersion = z.infer<typeof ZAccountVersion>;

export const ZAccountThread = z.object({
  writer: ZPersonRef,
  reader: ZPersonRef,
  status: z.enum(["not_sent", "awaiting_answer", "something_missing", "acknowledged"]),
  versions: z.array(ZAccountVersion),
});
export type TAccountThread = z.infer<typeof ZAccountThread>;

export const ZAcknowledgementView = z.object({
  state: ZStepState,
  iWrite: z.boolean(),
  iAnswer: z.boolean(),
  otherHasJoined: z.boolean(),
  threads: z.array(ZAccountThread),
  /** The viewer's own private draft; never the other member's. */
  myDraft: z.object({ parts: ZAccountTexts, updatedAt: z.string() }).nullable(),
});
export type TAcknowledgementView = z.infer<typeof ZAcknowledgementView>;
