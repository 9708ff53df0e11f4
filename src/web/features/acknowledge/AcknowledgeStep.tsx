// Step 1: the account of what happened. The writer drafts three parts
// privately (saved as they type), reads it all through, then sends it; the
// hurt member reads the latest version and answers. Every sent version stays
// visible to both, newest first, each with its answer.
import { type ReactNode, useEffect, useRef, useState } from "react";
import {
  ACCOUNT_LIMITS,
  type TAccountParts,
  type TAccountThread,
  type TAccountVersion,
  type TAcknowledgementView,
} from "../../../contracts/acknowledgement.ts";
import type { TPersonRef } from "../../../contracts/spaces.ts";
import { acknowledgementApi } from "../../api/endpoints.ts";
import { stepKeys, useAcknowledgement, useLiveSpaceHome } from "../../api/queries.ts";
import { Button } from "../../components/Button.tsx";
import { Composer } from "../../components/Composer.tsx";
import { describeError, type FieldErrors, FormAlert } from "../../components/forms.tsx";
import type { StepViewProps } from "../steps/stepComponents.ts";
import {
  DraftStatus,
  NameOf,
  nameOf,
  otherPersonOf,
  StatusNote,
  StepQueryFallback,
  useDraftAutosave,
  useStepWrite,
  When,
  Words,
} from "./stepKit.tsx";

type Parts = { whatHappened: string; impact: string; prevention: string };
const EMPTY: Parts = { whatHappened: "", impact: "", prevention: "" };
const PART_KEYS = ["whatHappened", "impact", "prevention"] as const;

function partLabels(reader: string, writer: string) {
  return {
    whatHappened: "What happened",
    impact: `How it affected ${reader}`,
    prevention: `What ${writer} will do so it does not happen again`,
  };
}

const HINTS: Record<keyof Parts, (reader: string) => string> = {
  whatHappened: () =>
    "The facts, honestly and in your own words: what you did. Leave out reasons and excuses for now.",
  impact: (reader) =>
    `What you understand it did to ${reader}: how it hurt, what it cost, what it changed. Their experience, not yours.`,
  prevention: () => "Concrete changes you will make, ones they will be able to see over time.",
};

export function AcknowledgeStep({ home }: StepViewProps) {
  const spaceId = home.space.id;
  const query = useAcknowledgement(spaceId);
  useLiveSpaceHome(spaceId);
  if (query.isPending || query.isError) return <StepQueryFallback query={query} />;
  const view = query.data;
  const other = otherPersonOf(home);
  const myThread = view.threads.find((t) => t.writer.isMe) ?? null;
  const toMe = view.threads.filter((t) => t.reader.isMe);

  return (
    <div className="flow">
      {view.iWrite ? (
        <WriterSection spaceId={spaceId} view={view} thread={myThread} other={other} />
      ) : null}
      {toMe.map((thread) => (
        <ReaderSection key={thread.writer.id} spaceId={spaceId} thread={thread} />
      ))}
      {view.iAnswer && toMe.length === 0 ? (
        <section className="flow-section" aria-labelledby="their-account-heading">
          <h2 id="their-account-heading">
            {other ? `${other.displayName}'s account` : "The other person's account"}
          </h2>
          <StatusNote>
            <p>
              When the other person has joined and written their account, you will find it here.
              Nothing is expected of you until then.
            </p>
          </StatusNote>
        </section>
      ) : null}
    </div>
  );
}

/* ------------------------------------------------------------------ writer */

function WriterSection({
  spaceId,
  view,
  thread,
  other,
}: {
  spaceId: string;
  view: TAcknowledgementView;
  thread: TAccountThread | null;
  other: TPersonRef | null;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reader = thread?.reader ?? other;
  const readerName = nameOf(reader);
  const status = thread?.status ?? "not_sent";
  const latest = thread?.versions.at(-1) ?? null;
  const canWrite = status === "not_sent" || status === "something_missing";
  const [justSent, setJustSent] = useState(false);

  return (
    <section className="flow-section" aria-labelledby="my-account-heading">
      <h2 id="my-account-heading" ref={headingRef} tabIndex={-1}>
        Your account
      </h2>
      <p className="flow-section__intro">
        Write what happened, how it affected {readerName}, and what you will do so it does not
        happen again. Take your time: only you can see your draft until you send it.
      </p>
      {status === "something_missing" && latest?.response ? (
        <StatusNote>
          <p className="status-note__title">
            {NameOf(reader)} read version {latest.version} and said something is missing:
          </p>
          <Words text={latest.response.missing ?? ""} />
          <p>When you are ready, revise your account below and send it again.</p>
        </StatusNote>
      ) : null}
      {status === "awaiting_answer" && latest ? (
        <StatusNote>
          {justSent ? <p className="status-note__title">Your account is sent.</p> : null}
          <p>
            You sent version {latest.version} <When iso={latest.sentAt} prefix="on" />.{" "}
            {NameOf(reader)} hasn't answered yet. There's no rush.
          </p>
        </StatusNote>
      ) : null}
      {status === "acknowledged" ? (
        <StatusNote tone="good">
          <p className="status-note__title">{NameOf(reader)} feels acknowledged.</p>
          <p>This step is done. What you wrote stays here for both of you.</p>
        </StatusNote>
      ) : null}
      {canWrite ? (
        <AccountForm
          spaceId={spaceId}
          view={view}
          reader={reader}
          revising={status === "something_missing"}
          startFrom={
            view.myDraft?.parts ?? (status === "something_missing" && latest ? latest.parts : EMPTY)
          }
          onSent={() => {
            setJustSent(true);
            headingRef.current?.focus();
          }}
        />
      ) : null}
      {thread && thread.versions.length > 0 ? (
        <VersionHistory thread={thread} title="What you sent" />
      ) : null}
    </section>
  );
}

function AccountForm({
  spaceId,
  view,
  reader,
  revising,
  startFrom,
  onSent,
}: {
  spaceId: string;
  view: TAcknowledgementView;
  reader: TPersonRef | null;
  revising: boolean;
  startFrom: Parts;
  onSent: () => void;
}) {
  const [parts, setParts] = useState<Parts>(startFrom);
  const [mode, setMode] = useState<"write" | "review">("write");
  const [errors, setErrors] = useState<FieldErrors>({});
  const modeHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const readerName = nameOf(reader);
  const labels = partLabels(readerName, "you");
  const autosave = useDraftAutosave(parts, (p: Parts) =>
    acknowledgementApi.saveDraft(spaceId, p as TAccountParts),
  );
  const send = useStepWrite(spaceId, stepKeys.acknowledgement(spaceId), (p: Parts) =>
    acknowledgementApi.send(spaceId, p),
  );

  // A new screen: move focus to its heading, so reading starts there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the screen changes
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    modeHeading.current?.focus();
  }, [mode]);

  const change = (key: keyof Parts) => (value: string) => {
    autosave.touch();
    setParts((p) => ({ ...p, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: "" }));
  };

  const review = () => {
    const missing: FieldErrors = {};
    for (const key of PART_KEYS) {
      if (!parts[key].trim()) missing[key] = "This part is needed before you send.";
    }
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      const first = PART_KEYS.find((k) => missing[k]);
      document.querySelector<HTMLTextAreaElement>(`textarea[name="${first}"]`)?.focus();
      return;
    }
    setMode("review");
  };

  const sendNow = async () => {
    await autosave.settle();
    send.mutate(parts, {
      onSuccess: onSent,
      onError: () => autosave.resume(),
    });
  };

  const serverError = describeError(send.error);

  if (mode === "review") {
    return (
      <div className="form-stack">
        <h3 ref={modeHeading} tabIndex={-1}>
          Read it through before sending
        </h3>
        <p className="muted">
          This is what {readerName} will read. Once sent, a version stays as it is; if something is
          missing for them, you can send a new one.
        </p>
        <AccountLetter
          parts={parts}
          labels={labels}
          Heading="h3"
          meta={revising ? `Your new version, to ${readerName}` : `Your account, to ${readerName}`}
        />
        <FormAlert message={serverError?.message ?? null} />
        {view.otherHasJoined ? (
          <div className="form__actions">
            <Button onClick={sendNow} busy={send.isPending} busyLabel="Sending…">
              Send to {readerName}
            </Button>
            <Button variant="secondary" onClick={() => setMode("write")}>
              Back to editing
            </Button>
          </div>
        ) : (
          <>
            <StatusNote>
              <p className="status-note__title">It can be sent once the other person has joined.</p>
              <p>
                Your draft is saved, and only you can see it. When they join the space, come back
                here to send it.
              </p>
            </StatusNote>
            <div className="form__actions">
              <Button variant="secondary" onClick={() => setMode("write")}>
                Back to editing
              </Button>
            </div>
          </>
        )}
      </div>
    );
  }

  return (
    <form
      className="form-stack"
      aria-labelledby="account-form-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        review();
      }}
    >
      <h3 id="account-form-heading" ref={modeHeading} tabIndex={-1}>
        {revising ? "Your next version" : "Write your account"}
      </h3>
      {PART_KEYS.map((key) => (
        <Composer
          key={key}
          name={key}
          label={labels[key]}
          hint={HINTS[key](readerName)}
          value={parts[key]}
          onChange={change(key)}
          maxLength={ACCOUNT_LIMITS[key]}
          error={errors[key] || undefined}
          rows={6}
        />
      ))}
      <DraftStatus state={autosave.state} savedBefore={view.myDraft !== null} />
      <div className="form__actions">
        <Button type="submit">Review before sending</Button>
      </div>
    </form>
  );
}

/* ------------------------------------------------------------------ reader */

function ReaderSection({ spaceId, thread }: { spaceId: string; thread: TAccountThread }) {
  const writer = thread.writer;
  const latest = thread.versions.at(-1) ?? null;
  const headingId = `account-from-${writer.id}`;
  return (
    <section className="flow-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {writer.displayName}'s account
      </h2>
      {thread.status === "not_sent" ? (
        <StatusNote>
          <p>
            {writer.displayName} hasn't sent an account yet. When they do, you will find it here.
            Nothing is expected of you until then.
          </p>
        </StatusNote>
      ) : null}
      {thread.status === "something_missing" ? (
        <StatusNote>
          <p>
            You said something is missing. {writer.displayName} can revise the account, and the new
            version will appear here.
          </p>
        </StatusNote>
      ) : null}
      {thread.status === "acknowledged" ? (
        <StatusNote tone="good">
          <p className="status-note__title">You said you feel acknowledged.</p>
        </StatusNote>
      ) : null}
      {thread.status === "awaiting_answer" && latest ? (
        <>
          <p className="flow-section__intro">
            Read it in your own time. When you are ready, say whether you feel acknowledged, or what
            is still missing. There is no rush.
          </p>
          <VersionLetter thread={thread} version={latest} headingLevel={3} />
          <AnswerForm spaceId={spaceId} thread={thread} version={latest} />
        </>
      ) : null}
      {thread.versions.length > 0 ? (
        <VersionHistory
          thread={thread}
          title={thread.status === "awaiting_answer" ? "Earlier versions" : "What they sent"}
          skipLatest={thread.status === "awaiting_answer"}
        />
      ) : null}
    </section>
  );
}

function AnswerForm({
  spaceId,
  thread,
  version,
}: {
  spaceId: string;
  thread: TAccountThread;
  version: TAccountVersion;
}) {
  const writerName = thread.writer.displayName;
  const [own, setOwn] = useState("");
  const [missingOpen, setMissingOpen] = useState(false);
  const [missing, setMissing] = useState("");
  const [missingError, setMissingError] = useState<string>();
  const missingRef = useRef<HTMLDivElement>(null);
  const answer = useStepWrite(
    spaceId,
    stepKeys.acknowledgement(spaceId),
    (input: Parameters<typeof acknowledgementApi.answer>[2]) =>
      acknowledgementApi.answer(spaceId, version.id, input),
  );
  const ownExperience = own.trim() ? own : null;

  useEffect(() => {
    if (missingOpen) missingRef.current?.querySelector("textarea")?.focus();
  }, [missingOpen]);

  const serverError = describeError(answer.error);
  return (
    <div className="form-stack answer-form">
      <h3>Your answer</h3>
      <Composer
        name="ownExperience"
        label="Your own account (optional)"
        hint={`If you want to, say how it was for you, in your own words. ${writerName} will read it with your answer.`}
        value={own}
        onChange={setOwn}
        maxLength={ACCOUNT_LIMITS.ownExperience}
        rows={5}
      />
      <FormAlert message={serverError?.message ?? null} />
      {missingOpen ? (
        <div className="form-stack" ref={missingRef}>
          <Composer
            name="missing"
            label="What is missing?"
            hint={`What still needs to be seen or said? ${writerName} will read this and can send a new version.`}
            value={missing}
            onChange={(value) => {
              setMissing(value);
              setMissingError(undefined);
            }}
            maxLength={ACCOUNT_LIMITS.missing}
            error={missingError}
            rows={5}
          />
          <div className="form__actions">
            <Button
              onClick={() => {
                if (!missing.trim()) {
                  setMissingError("Say what is missing, in a few words.");
                  return;
                }
                answer.mutate({ verdict: "something_missing", missing, ownExperience });
              }}
              busy={answer.isPending}
              busyLabel="Sending…"
            >
              Send to {writerName}
            </Button>
            <Button variant="quiet" onClick={() => setMissingOpen(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div className="choice-row">
          <Button
            onClick={() => answer.mutate({ verdict: "acknowledged", ownExperience })}
            busy={answer.isPending}
            busyLabel="Sending…"
          >
            I feel acknowledged
          </Button>
          <Button variant="secondary" onClick={() => setMissingOpen(true)}>
            Something is missing
          </Button>
        </div>
      )}
    </div>
  );
}

/* ----------------------------------------------------------------- letters */

function VersionHistory({
  thread,
  title,
  skipLatest = false,
}: {
  thread: TAccountThread;
  title: string;
  skipLatest?: boolean;
}) {
  const newestFirst = [...thread.versions].reverse();
  const shown = skipLatest ? newestFirst.slice(1) : newestFirst;
  if (shown.length === 0) return null;
  const [first, ...older] = shown;
  return (
    <div className="history">
      <h3>{title}</h3>
      {!skipLatest && first ? (
        <VersionLetter thread={thread} version={first} headingLevel={4} />
      ) : null}
      {(skipLatest ? shown : older).map((version) => (
        <details key={version.id}>
          <summary>
            Version {version.version}, sent <When iso={version.sentAt} />
            {version.response
              ? version.response.verdict === "acknowledged"
                ? " · acknowledged"
                : " · something was missing"
              : ""}
          </summary>
          <VersionLetter thread={thread} version={version} headingLevel={4} hideTitle />
        </details>
      ))}
    </div>
  );
}

function VersionLetter({
  thread,
  version,
  headingLevel,
  hideTitle = false,
}: {
  thread: TAccountThread;
  version: TAccountVersion;
  headingLevel: 3 | 4;
  hideTitle?: boolean;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const labels = partLabels(nameOf(thread.reader), nameOf(thread.writer));
  const response = version.response;
  const readerName = NameOf(thread.reader);
  return (
    <AccountLetter
      parts={version.parts}
      labels={labels}
      title={hideTitle ? undefined : `Version ${version.version}`}
      Heading={Heading}
      meta={
        <>
          From {nameOf(thread.writer)}, <When iso={version.sentAt} prefix="sent" />
        </>
      }
    >
      {response ? (
        <div className="letter__answer">
          <p className="letter__answer-title">
            {response.verdict === "acknowledged"
              ? `${readerName} ${thread.reader.isMe ? "feel" : "feels"} acknowledged.`
              : `${readerName} said something is missing:`}
          </p>
          {response.missing ? <Words text={response.missing} /> : null}
          {response.ownExperience ? (
            <>
              <p className="letter__answer-title">
                {thread.reader.isMe ? "Your own account:" : `${readerName}'s own account:`}
              </p>
              <Words text={response.ownExperience} />
            </>
          ) : null}
          <p className="letter__meta">
            <When iso={response.answeredAt} prefix="Answered" />
          </p>
        </div>
      ) : null}
    </AccountLetter>
  );
}

function AccountLetter({
  parts,
  labels,
  title,
  meta,
  Heading = "h4",
  children,
}: {
  parts: Parts;
  labels: Record<keyof Parts, string>;
  title?: string | undefined;
  meta?: ReactNode;
  Heading?: "h3" | "h4";
  children?: ReactNode;
}) {
  const PartHeading = Heading === "h3" ? "h4" : "h5";
  return (
    <article className="letter">
      {title ? <Heading className="letter__title">{title}</Heading> : null}
      {meta ? <p className="letter__meta">{meta}</p> : null}
      {PART_KEYS.map((key) => (
        <div className="letter__part" key={key}>
          <PartHeading>{labels[key]}</PartHeading>
          <Words text={parts[key]} />
        </div>
      ))}
      {children}
    </article>
  );
}
