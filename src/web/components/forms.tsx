// Small helpers shared by every form: client-side checks with the contract's
// zod schema, and the server's error turned into a top message + field messages.
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
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

/** Moves focus to the first field marked invalid, once React has marked it. */
export function focusFirstInvalid(form: HTMLFormElement) {
  requestAnimationFrame(() => {
    form.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  });
}

/**
 * A form of text fields checked with its contract schema before sending:
 * local messages first (focus on the first invalid field), then the server's.
 */
export function useCheckedForm<V extends Record<string, string>, S extends z.ZodType, R>(options: {
  schema: S;
  initial: V;
  send: (input: z.infer<S>) => Promise<R>;
  onSuccess?: (result: R) => void;
}) {
  const [values, setValues] = useState(options.initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const mutation = useMutation({ mutationFn: options.send, onSuccess: options.onSuccess });
  const server = describeError(mutation.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(options.schema, values);
    if (!checked.ok) {
      setLocalErrors(checked.fields);
      mutation.reset();
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setLocalErrors({});
    mutation.mutate(checked.data);
  }

  return {
    values,
    setValues,
    set: (key: keyof V) => (value: string) => setValues((v) => ({ ...v, [key]: value })),
    fields: { ...(server?.fields ?? {}), ...localErrors } as FieldErrors,
    serverMessage: server?.message ?? null,
    mutation,
    submit,
  };
}
