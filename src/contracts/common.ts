import { z } from "zod";

/** The one error body every failing API call returns. */
export const ZApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type TApiError = z.infer<typeof ZApiError>;

export const ZId = z.uuid({ message: "Must be a valid id." });
export const ZSpaceParams = z.object({ spaceId: ZId });
export const ZOk = z.object({ ok: z.literal(true) });

/** Trimmed text with a length limit; the limit is exported so forms can show it. */
export function boundedText(max: number, label: string, min = 1) {
  return z
    .string({ message: `${label} must be text.` })
    .trim()
    .min(min, {
      message: min === 1 ? `${label} is required.` : `${label} needs at least ${min} characters.`,
    })
    .max(max, { message: `${label} can be at most ${max} characters.` });
}
