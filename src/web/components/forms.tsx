// Small helpers shared by every form: client-side checks with the contract's
// zod schema, and the server's error turned into a top message + field messages.
import { useEffect, useRef } from "react";
import type { z } from "zod";
import { isApiError } from "../api/client.ts";
import { Alert } from "./Alert.tsx";

export type FieldErrors = Record<string, string>;

/** Checks values with a contract schema; returns the first message per field, or null. */
export function validate<S extends z.ZodType>(
  schema: S,
  values: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; fields: FieldErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    fields[key] ??= issue.message;
  }
  return { ok: false, fields };
}

/** What to show for a failed call: a message for the top and any per-field messages. */
export function describeError(error: unknown): { message: string; fields: FieldErrors } | null {
  if (!error) return null;
  if (isApiError(error)) return { message: error.message, fields: error.fields };
  return { message: "Something went wrong. Please try again.", fields: {} };
}

/**
 * The message at the top of a form. It takes focus when it appears, so a
 * keyboard or screen-reader user lands on what needs attention.
 */
export function FormAlert({ message, title }: { message: string | null; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <Alert ref={ref} tone="error" title={title}>
      <p>{message}</p>
    </Alert>
  );
}
