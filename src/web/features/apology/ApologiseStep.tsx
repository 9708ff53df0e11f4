// Step 3: the apology builder (one part at a time, then a full preview) for
// the one who writes; the apology and four calm answers for the one who reads;
// and, for the one who reads, a quiet switch for being asked for forgiveness.
import { useEffect, useRef, useState } from "react";
import {
  APOLOGY_LIMITS,
  REPAIR_QUESTION,
  type TAnswerApology,
  type TApology,
  type TApologyParts,
  type TApologyThread,
  type TApologyView,
} from "../../../contracts/apology.ts";
import type { TPersonRef } from "../../../contracts/spaces.ts";
import { apologyApi } from "../../api/endpoints.ts";
import { stepKeys, useApology, useLiveSpaceHome } from "../../api/queries.ts";
import { Button } from "../../components/Button.tsx";
import { Composer } from "../../components/Composer.tsx";
import { describeError, FormAlert } from "../../components/forms.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
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
} from "../acknowledge/stepKit.tsx";
import type { StepViewProps } from "../steps/stepComponents.ts";
import { CoachSummary } from "./CoachSummary.tsx";
import {
  AnswerList,
  ApologyLetter,
  EMPTY_PARTS,
  fullText,
  PART_KEYS,
  type PartKey,
  type Parts,
  partInfo,
} from "./parts.tsx";
import "./apology.css";

export function ApologiseStep({ home }: StepViewProps) {
  const spaceId = home.space.id;
  const query = useApology(spaceId);
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
        <section className="flow-section" aria-labelledby="their-apology-heading">
          <h2 id="their-apology-heading">An apology to you</h2>
          <StatusNote>
            <p>
              When the other person has joined and sent an apology, you will find it here. Nothing
              is expected of you until then.
            </p>
          </StatusNote>
        </section>
      ) : null}
      {view.iAnswer ? (
        <OpennessSwitch
          spaceId={spaceId}
          open={view.iAmOpenToForgivenessRequest ?? false}
          writer={other}
        />
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
  view: TApologyView;
  thread: TApologyThread | null;
  other: TPersonRef | null;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [justSent, setJustSent] = useState(false);
  const reader = thread?.reader ?? other;
  const status = thread?.status ?? "not_sent";
  const latest = thread?.apologies.at(-1) ?? null;
  const lastAnswer = latest?.answers.at(-1) ?? null;
  const canWrite = status === "not_sent" || status === "not_sincere" || status === "would_help";
  const readerName = nameOf(reader);

  return (
    <section className="flow-section" aria-labelledby="my-apology-heading">
      <h2 id="my-apology-heading" ref={headingRef} tabIndex={-1}>
        Your apology
      </h2>
      {status === "awaiting_answer" ? (
        <StatusNote>
          {justSent ? <p className="status-note__title">Your apology is sent.</p> : null}
          <p>{NameOf(reader)} hasn't answered yet. There's no rush.</p>
          <p className="small">
            While this apology waits for an answer, another one can't be sent. That gives{" "}
            {readerName} room to answer in their own time.
          </p>
        </StatusNote>
      ) : null}
      {status === "not_ready" ? (
        <StatusNote>
          <p>
            {NameOf(reader)} isn't ready to answer yet, and that's okay. Mend will not remind them.
          </p>
          <p className="small">
            Another apology can't be sent while this one waits. Giving them time is part of the
            apology too.
          </p>
        </StatusNote>
      ) : null}
      {status === "accepted" ? (
        <StatusNote tone="good">
          <p className="status-note__title">{NameOf(reader)} accepted your apology.</p>
          <p>What you wrote stays here for both of you.</p>
        </StatusNote>
      ) : null}
      {(status === "not_sincere" || status === "would_help") && lastAnswer ? (
        <StatusNote>
          <p className="status-note__title">
            {status === "not_sincere"
              ? `${NameOf(reader)} said it doesn't feel sincere yet, because:`
              : `${NameOf(reader)} said what would help:`}
          </p>
          {lastAnswer.text ? <Words text={lastAnswer.text} /> : null}
          <p>When you are ready, you can write a new apology below. Take the time you need.</p>
        </StatusNote>
      ) : null}
      {canWrite ? (
        <Builder
          spaceId={spaceId}
          view={view}
          reader={reader}
          startFrom={startingParts(view, status === "not_sent" ? null : latest)}
          onSent={() => {
            setJustSent(true);
            headingRef.current?.focus();
          }}
        />
      ) : null}
      {thread && thread.apologies.length > 0 ? (
        <ApologyHistory thread={thread} title="What you sent" />
      ) : null}
    </section>
  );
}

function startingParts(view: TApologyView, revising: TApology | null): Parts {
  const source = view.myDraft?.parts ?? revising?.parts ?? null;
  if (!source) return EMPTY_PARTS;
  const parts = { ...EMPTY_PARTS };
  for (const key of PART_KEYS) parts[key] = source[key] ?? "";
  return parts;
}

function toBody(parts: Parts, mayAsk: boolean): TApologyParts {
  return { ...parts, forgivenessRequest: mayAsk ? parts.forgivenessRequest : null };
}

function Builder({
  spaceId,
  view,
  reader,
  startFrom,
  onSent,
}: {
  spaceId: string;
  view: TApologyView;
  reader: TPersonRef | null;
  startFrom: Parts;
  onSent: () => void;
}) {
  const mayAsk = view.mayAskForForgiveness === true;
  const readerName = nameOf(reader);
  const info = partInfo(NameOf(reader));
  const keys = PART_KEYS.filter((k) => mayAsk || k !== "forgivenessRequest");
  const [parts, setParts] = useState<Parts>(startFrom);
  const [at, setAt] = useState<number | "preview">(0);
  const [error, setError] = useState<string>();
  const screenHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const autosave = useDraftAutosave(parts, (p: Parts) =>
    apologyApi.saveDraft(spaceId, toBody(p, mayAsk)),
  );
  const send = useStepWrite(spaceId, stepKeys.apology(spaceId), (p: Parts) =>
    apologyApi.send(spaceId, toBody(p, mayAsk)),
  );

  // A new screen: move focus to its heading, so reading starts there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the screen changes
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    screenHeading.current?.focus();
  }, [at]);

  const change = (key: PartKey) => (value: string) => {
    autosave.touch();
    setParts((p) => ({ ...p, [key]: value }));
    if (key === "responsibility") setError(undefined);
  };

  const goPreview = () => {
    if (!parts.responsibility.trim()) {
      setError(
        "Say what you did, in your own words, and that it was your choice. An apology needs this part.",
      );
      setAt(keys.indexOf("responsibility"));
      return;
    }
    setAt("preview");
  };

  const sendNow = async () => {
    await autosave.settle();
    send.mutate(parts, { onSuccess: onSent, onError: () => autosave.resume() });
  };

  const progress = (
    <nav aria-label="Parts of the apology" className="builder-progress">
      <ol>
        {keys.map((key, index) => {
          const current = at === index;
          const written = parts[key].trim() !== "";
          return (
            <li key={key}>
              <button
                type="button"
                className={`builder-progress__item${current ? " is-current" : ""}${written ? " is-written" : ""}`}
                aria-current={current ? "step" : undefined}
                onClick={() => setAt(index)}
              >
                <span className="builder-progress__mark" aria-hidden="true">
                  {written ? "✓" : index + 1}
                </span>
                <span className="builder-progress__title">{info[key].title}</span>
                {written ? <span className="visually-hidden"> (written)</span> : null}
              </button>
            </li>
          );
        })}
        <li>
          <button
            type="button"
            className={`builder-progress__item${at === "preview" ? " is-current" : ""}`}
            aria-current={at === "preview" ? "step" : undefined}
            onClick={goPreview}
          >
            <span className="builder-progress__mark" aria-hidden="true">
              ◎
            </span>
            <span className="builder-progress__title">Preview</span>
          </button>
        </li>
      </ol>
    </nav>
  );

  if (at === "preview") {
    const text = fullText(toBody(parts, mayAsk));
    return (
      <div className="builder">
        {progress}
        <div className="form-stack">
          <h3 ref={screenHeading} tabIndex={-1}>
            Read it through before sending
          </h3>
          <p className="muted">
            This is what {readerName} will read. A sent apology stays as it is; {readerName} can
            answer in their own time.
          </p>
          <ApologyLetter
            parts={toBody(parts, mayAsk)}
            Heading="h3"
            meta={`Your apology, to ${readerName}`}
          />
          <CoachSummary text={text} mayAskForForgiveness={mayAsk} />
          {mayAsk ? null : (
            <p className="small muted">
              This apology doesn't ask for forgiveness. {NameOf(reader)} decides if and when that
              would be welcome.
            </p>
          )}
          <FormAlert message={describeError(send.error)?.message ?? null} />
          {view.otherHasJoined ? (
            <div className="form__actions">
              <Button onClick={sendNow} busy={send.isPending} busyLabel="Sending…">
                Send to {readerName}
              </Button>
              <Button variant="secondary" onClick={() => setAt(keys.length - 1)}>
                Keep editing
              </Button>
            </div>
          ) : (
            <>
              <StatusNote>
                <p className="status-note__title">
                  It can be sent once the other person has joined.
                </p>
                <p>Your draft is saved, and only you can see it.</p>
              </StatusNote>
              <div className="form__actions">
                <Button variant="secondary" onClick={() => setAt(keys.length - 1)}>
                  Keep editing
                </Button>
              </div>
            </>
          )}
          <DraftStatus state={autosave.state} savedBefore={view.myDraft !== null} />
        </div>
      </div>
    );
  }

  const key = keys[at] ?? "responsibility";
  const part = info[key];
  const isLast = at === keys.length - 1;
  const next = keys[at + 1];
  return (
    <div className="builder">
      {progress}
      <form
        className="form-stack"
        noValidate
        aria-labelledby="builder-part-heading"
        onSubmit={(event) => {
          event.preventDefault();
          if (isLast || !next) goPreview();
          else setAt(at + 1);
        }}
      >
        <div>
          <p className="builder__count">
            Part {at + 1} of {keys.length}
          </p>
          <h3 id="builder-part-heading" ref={screenHeading} tabIndex={-1}>
            {part.title}
            {part.required ? <span className="builder__needed"> (needed)</span> : null}
          </h3>
          <p className="builder__why">{part.why}</p>
        </div>
        <Composer
          key={key}
          name={key}
          label={part.label}
          hint={part.hint}
          value={parts[key]}
          onChange={change(key)}
          maxLength={part.max}
          error={key === "responsibility" ? error : undefined}
          rows={6}
        >
          {key === "repair" && !parts.repair.includes(REPAIR_QUESTION) ? (
            <div className="builder__insert">
              <Button
                variant="secondary"
                onClick={() =>
                  change("repair")(
                    parts.repair.trim()
                      ? `${parts.repair.trimEnd()} ${REPAIR_QUESTION}`
                      : REPAIR_QUESTION,
                  )
                }
              >
                Ask: “{REPAIR_QUESTION}”
              </Button>
            </div>
          ) : null}
        </Composer>
        {isLast && !mayAsk ? (
          <p className="small muted">
            An apology here doesn't ask for forgiveness. {NameOf(reader)} decides if and when that
            would be welcome.
          </p>
        ) : null}
        <DraftStatus state={autosave.state} savedBefore={view.myDraft !== null} />
        <div className="form__actions builder__nav">
          <Button type="submit">
            {isLast || !next ? "Preview the whole apology" : `Next: ${info[next].title}`}
          </Button>
          {at > 0 ? (
            <Button variant="secondary" onClick={() => setAt(at - 1)}>
              Back
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}

/* ------------------------------------------------------------------ reader */

type AnswerKind = TAnswerApology["kind"];

function ReaderSection({ spaceId, thread }: { spaceId: string; thread: TApologyThread }) {
  const writer = thread.writer;
  const latest = thread.apologies.at(-1) ?? null;
  const headingId = `apology-from-${writer.id}`;
  const [answering, setAnswering] = useState(false);
  const waiting = thread.status === "awaiting_answer" || thread.status === "not_ready";
  return (
    <section className="flow-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{writer.displayName}'s apology</h2>
      {thread.status === "not_sent" ? (
        <StatusNote>
          <p>
            {writer.displayName} hasn't sent an apology yet. When they do, you will find it here.
            Nothing is expected of you until then.
          </p>
        </StatusNote>
      ) : null}
      {thread.status === "accepted" ? (
        <StatusNote tone="good">
          <p className="status-note__title">You accepted this apology.</p>
        </StatusNote>
      ) : null}
      {thread.status === "not_sincere" || thread.status === "would_help" ? (
        <StatusNote>
          <p>
            You answered. {writer.displayName} can write a new apology if they want to, and it will
            appear here.
          </p>
        </StatusNote>
      ) : null}
      {thread.status === "not_ready" ? (
        <StatusNote>
          <p className="status-note__title">You said you're not ready yet.</p>
          <p>That's okay. Nothing will remind you. Answer whenever you are ready.</p>
        </StatusNote>
      ) : null}
      {waiting && latest ? (
        <>
          {thread.status === "awaiting_answer" ? (
            <p className="flow-section__intro">
              Read it in your own time. You don't have to answer now, and you don't have to forgive.
            </p>
          ) : null}
          <ApologyLetter
            parts={latest.parts}
            title={`Apology ${latest.number}`}
            meta={
              <>
                From {writer.displayName}, <When iso={latest.sentAt} prefix="sent" />
              </>
            }
          />
          {thread.status === "awaiting_answer" || answering ? (
            <AnswerForm
              spaceId={spaceId}
              apology={latest}
              writer={writer}
              notReadyAllowed={thread.status === "awaiting_answer"}
            />
          ) : (
            <div className="form__actions">
              <Button variant="secondary" onClick={() => setAnswering(true)}>
                I'd like to answer now
              </Button>
            </div>
          )}
        </>
      ) : null}
      {thread.apologies.length > 0 ? (
        <ApologyHistory
          thread={thread}
          title={waiting ? "Earlier apologies" : "What they sent"}
          skipLatest={waiting}
        />
      ) : null}
    </section>
  );
}

function AnswerForm({
  spaceId,
  apology,
  writer,
  notReadyAllowed,
}: {
  spaceId: string;
  apology: TApology;
  writer: TPersonRef;
  notReadyAllowed: boolean;
}) {
  const [kind, setKind] = useState<AnswerKind | "">("");
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<{ kind?: string; text?: string }>({});
  const answer = useStepWrite(spaceId, stepKeys.apology(spaceId), (input: TAnswerApology) =>
    apologyApi.answer(spaceId, apology.id, input),
  );
  const options = [
    { value: "accept" as const, label: "I accept this apology" },
    ...(notReadyAllowed
      ? [
          {
            value: "not_ready" as const,
            label: "I'm not ready yet",
            description: "No reason needed. You can give a final answer later, whenever you like.",
          },
        ]
      : []),
    { value: "not_sincere" as const, label: "This doesn't feel sincere yet, because …" },
    { value: "would_help" as const, label: "What would help me is …" },
  ];

  const submit = () => {
    if (!kind) {
      setErrors({ kind: "Choose the answer that fits, or leave it for now." });
      return;
    }
    if ((kind === "not_sincere" || kind === "would_help") && !text.trim()) {
      setErrors({ text: "A few words are enough." });
      return;
    }
    const body: TAnswerApology =
      kind === "not_sincere"
        ? { kind, because: text }
        : kind === "would_help"
          ? { kind, whatWouldHelp: text }
          : { kind };
    answer.mutate(body);
  };

  return (
    <form
      className="form-stack answer-form"
      noValidate
      aria-labelledby={`answer-${apology.id}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id={`answer-${apology.id}`}>Your answer</h3>
      <p className="muted small">
        Only when you are ready. {writer.displayName} will see the answer you choose.
      </p>
      <FormAlert message={describeError(answer.error)?.message ?? null} />
      <RadioGroup
        legend="How does this apology land with you?"
        name={`apology-answer-${apology.id}`}
        options={options}
        value={kind}
        onChange={(value) => {
          setKind(value);
          setErrors({});
        }}
        error={errors.kind}
      />
      {kind === "not_ready" ? (
        <p className="reassure">
          That's okay. Nothing will remind you. Answer whenever you are ready.
        </p>
      ) : null}
      {kind === "not_sincere" || kind === "would_help" ? (
        <Composer
          key={kind}
          name={kind === "not_sincere" ? "because" : "whatWouldHelp"}
          label={
            kind === "not_sincere"
              ? "This doesn't feel sincere yet, because …"
              : "What would help me is …"
          }
          hint={
            kind === "would_help"
              ? `${writer.displayName} will read this. It is kept as something to agree on later.`
              : `${writer.displayName} will read this and can write a new apology.`
          }
          value={text}
          onChange={(value) => {
            setText(value);
            setErrors({});
          }}
          maxLength={
            kind === "not_sincere" ? APOLOGY_LIMITS.notSincereBecause : APOLOGY_LIMITS.whatWouldHelp
          }
          error={errors.text}
          rows={4}
        />
      ) : null}
      <div className="form__actions">
        <Button type="submit" busy={answer.isPending} busyLabel="Sending…">
          Send my answer
        </Button>
      </div>
    </form>
  );
}

function OpennessSwitch({
  spaceId,
  open,
  writer,
}: {
  spaceId: string;
  open: boolean;
  writer: TPersonRef | null;
}) {
  const set = useStepWrite(spaceId, stepKeys.apology(spaceId), (value: boolean) =>
    apologyApi.setOpenness(spaceId, value),
  );
  const [changed, setChanged] = useState(false);
  const name = writer?.displayName ?? "the other person";
  // The choice shows at once: the mutation's pending state reaches React a tick
  // later, and until then the controlled switch would spring back.
  const [choice, setChoice] = useState<boolean | null>(null);
  const checked = choice ?? open;
  return (
    <section className="card card--muted openness" aria-labelledby="openness-heading">
      <h2 id="openness-heading" className="card__title">
        Being asked for forgiveness
      </h2>
      <p className="small">
        An apology here can only ask for your forgiveness if you say that would be welcome. It is
        off unless you turn it on, and you can change it whenever you like. Forgiving is never
        expected of you.
      </p>
      <div className="switch">
        <input
          type="checkbox"
          id="openness-switch"
          checked={checked}
          disabled={set.isPending}
          onChange={(event) => {
            setChanged(true);
            setChoice(event.target.checked);
            set.mutate(event.target.checked, { onSettled: () => setChoice(null) });
          }}
          aria-describedby="openness-detail"
        />
        <label htmlFor="openness-switch">I'm open to being asked for forgiveness</label>
      </div>
      <p className="small muted" id="openness-detail">
        {checked
          ? `${name}'s apology may include a request for forgiveness. Whether and when to forgive stays yours to decide.`
          : `${name}'s apology will not ask for forgiveness.`}
      </p>
      <p className="small" role="status">
        {changed && !set.isPending && !set.isError ? "Saved." : ""}
      </p>
      <FormAlert message={describeError(set.error)?.message ?? null} />
    </section>
  );
}

/* ----------------------------------------------------------------- history */

function ApologyHistory({
  thread,
  title,
  skipLatest = false,
}: {
  thread: TApologyThread;
  title: string;
  skipLatest?: boolean;
}) {
  const newestFirst = [...thread.apologies].reverse();
  const shown = skipLatest ? newestFirst.slice(1) : newestFirst;
  if (shown.length === 0) return null;
  const [first, ...older] = shown;
  const letter = (apology: TApology, hideTitle: boolean) => (
    <ApologyLetter
      parts={apology.parts}
      title={hideTitle ? undefined : `Apology ${apology.number}`}
      Heading="h4"
      meta={
        <>
          From {nameOf(thread.writer)}, <When iso={apology.sentAt} prefix="sent" />
        </>
      }
    >
      <AnswerList apology={apology} reader={thread.reader} />
      {apology.answers.length === 0 ? (
        <p className="letter__meta">
          {thread.reader.isMe
            ? "Not answered yet."
            : `${thread.reader.displayName} hasn't answered yet.`}
        </p>
      ) : null}
    </ApologyLetter>
  );
  return (
    <div className="history">
      <h3>{title}</h3>
      {!skipLatest && first ? letter(first, false) : null}
      {(skipLatest ? shown : older).map((apology) => (
        <details key={apology.id}>
          <summary>
            Apology {apology.number}, sent <When iso={apology.sentAt} />
          </summary>
          {letter(apology, true)}
        </details>
      ))}
    </div>
  );
}
