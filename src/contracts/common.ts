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

// Control characters (other than tab and line breaks) and broken UTF-16 have
// no place in what people write, and PostgreSQL refuses to store NUL. One
// pass over the code units (String#isWellFormed is newer than some phones).
export function isStorableText(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const control = code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0d : code === 0x7f;
    if (control) return false;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return false;
    }
  }
  return true;
}

function storable(label: string) {
  return { message: `${label} has characters that cannot be saved. Please retype it.` };
}

/** Trimmed text with a length limit; the limit is exported so forms can show it. */
export function boundedText(max: number, label: string, min = 1) {
  return z
    .string({ message: `${label} must be text.` })
    .trim()
    .min(min, {
      message: min === 1 ? `${label} is required.` : `${label} needs at least ${min} characters.`,
    })
    .max(max, { message: `${label} can be at most ${max} characters.` })
    .refine(isStorableText, storable(label));
}

/** Text as written, possibly blank; the domain trims it and says when it may not be blank. */
export function writtenText(max: number, label: string) {
  return z
    .string({ message: `${label} must be text.` })
    .max(max, { message: `${label} can be at most ${max} characters.` })
    .refine(isStorableText, storable(label));
}

/** Written text that may also be absent (drafts, optional parts). */
export function optionalText(max: number, label: string) {
  return writtenText(max, label).nullish();
}
