// Small pieces shared by the guided steps 1–4: the private draft's autosave,
// its quiet status line, a person's name as the viewer reads it, sent words
// shown as a letter, and a mutation that puts the server's fresh view in place.
import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import type { TPersonRef, TSpaceHome } from "../../../contracts/spaces.ts";
import { keys } from "../../api/queries.ts";
import { formatDateTime } from "../../app/labels.ts";
import { Alert } from "../../components/Alert.tsx";
import { describeError } from "../../components/forms.tsx";
import "./flow.css";

/** What a step shows while its view loads, or when it cannot be loaded. */
export function StepQueryFallback({ query }: { query: { isError: boolean; error: unknown } }) {
  if (query.isError) {
    return (
      <Alert tone="error">
        <p>{describeError(query.error)?.message}</p>
      </Alert>
    );
  }
  return (
    <p className="loading" role="status">
      Loading…
    </p>
  );
}

/** The other member of the space, once they have joined. */
export function otherPersonOf(home: TSpaceHome): TPersonRef | null {
  const member = home.members.find((m) => !m.isMe && m.role === "member");
  return member ? { id: member.id, displayName: member.displayName, isMe: false } : null;
}

/** "you" or their name. */
export function nameOf(person: TPersonRef | null | undefined, fallback = "the other person") {
  if (!person) return fallback;
  return person.isMe ? "you" : person.displayName;
}

/** Capitalised for the start of a sentence. */
export function NameOf(person: TPersonRef | null | undefined, fallback = "The other person") {
  if (!person) return fallback;
  return person.isMe ? "You" : person.displayName;
}

export function When({ iso, prefix }: { iso: string; prefix?: string }) {
  return (
    <time dateTime={iso}>
      {prefix ? `${prefix} ` : ""}
      {formatDateTime(iso)}
    </time>
  );
}

/** Words someone sent, with their line breaks kept. */
export function Words({ text, className }: { text: string; className?: string }) {
  return <p className={`words${className ? ` ${className}` : ""}`}>{text}</p>;
}

/**
 * A write to a step: the server answers with the whole fresh view, which
 * replaces the cached one; the space home (step states, badges) is asked again.
 */
export function useStepWrite<TInput, TView>(
  spaceId: string,
  queryKey: QueryKey,
  write: (input: TInput) => Promise<TView>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    // A poll of this step already in flight may have read the state before the
    // write: cancel it, or its answer lands after ours and undoes it on screen.
    onMutate: () => client.cancelQueries({ queryKey, exact: true }),
    onSuccess: async (view) => {
      await client.cancelQueries({ queryKey, exact: true });
      client.setQueryData(queryKey, view);
      client.invalidateQueries({ queryKey: keys.space(spaceId), exact: true });
    },
  });
}

export type SaveState = "idle" | "waiting" | "saving" | "saved" | "failed";

const AUTOSAVE_MS = 1000;

/**
 * Saves a private draft about a second after the writer pauses. `touch` marks
 * the draft as changed; `settle` cancels a pending save and waits for one in
 * flight, so sending never races a late draft (the server deletes the draft
 * when it is sent).
 */
export function useDraftAutosave<T>(value: T, save: (value: T) => Promise<unknown>) {
  const [state, setState] = useState<SaveState>("idle");
  const changed = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const latestSave = useRef(save);
  latestSave.current = save;
  const stopped = useRef(false);
  const pending = useRef<{ value: T } | null>(null);

  // Leaving the page with a change not yet saved: save it now.
  useEffect(
    () => () => {
      if (pending.current && !stopped.current) {
        latestSave.current(pending.current.value).catch(() => undefined);
      }
    },
    [],
  );

  useEffect(() => {
    if (!changed.current || stopped.current) return;
    setState("waiting");
    pending.current = { value };
    timer.current = setTimeout(() => {
      timer.current = null;
      pending.current = null;
      setState("saving");
      const run = latestSave.current(value).then(
        () => {
          if (inFlight.current === run) setState("saved");
        },
        () => {
          if (inFlight.current === run) setState("failed");
        },
      );
      inFlight.current = run;
    }, AUTOSAVE_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [value]);

  const touch = useCallback(() => {
    changed.current = true;
    stopped.current = false;
  }, []);

  const settle = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    stopped.current = true;
    changed.current = false;
    await inFlight.current?.catch(() => undefined);
    setState("idle");
  }, []);

  /** After a failed send: let the draft save again on the next change. */
  const resume = useCallback(() => {
    stopped.current = false;
  }, []);

  return { state, touch, settle, resume };
}

const SAVE_TEXT: Record<SaveState, string> = {
  idle: "",
  waiting: "",
  saving: "Saving your draft…",
  saved: "Draft saved, only you can see it.",
  failed:
    "Your draft could not be saved just now. It is still here, and will be saved with your next change.",
};

/** The quiet line under a draft. Announced politely; never a pop-up. */
export function DraftStatus({ state, savedBefore }: { state: SaveState; savedBefore?: boolean }) {
  const text =
    state === "idle" && savedBefore ? "Draft saved, only you can see it." : SAVE_TEXT[state];
  return (
    <p className={`draft-status${state === "failed" ? " draft-status--failed" : ""}`} role="status">
      {text}
    </p>
  );
}

/** A calm box for "where things stand" lines. */
export function StatusNote({
  children,
  tone = "calm",
}: {
  children: ReactNode;
  tone?: "calm" | "good";
}) {
  return <div className={`status-note status-note--${tone}`}>{children}</div>;
}
