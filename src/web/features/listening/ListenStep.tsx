// Step 4: listening to each other. One speaks; the other mirrors until the
// speaker says "Yes, you got it"; then the listener validates and empathises;
// then swap, or end for now. At a distance each person sees the form only on
// their own turn; together on one phone, a large card with a gentle timer.
// The view is asked for every 3 s while the page is visible, so the other
// person's turn appears without a reload.
import { useEffect, useRef, useState } from "react";
import {
  LISTENING_LIMITS,
  type TListeningMove,
  type TListeningRound,
  type TListeningSession,
  type TListeningTurn,
  type TListeningView,
  TURN_SECONDS,
} from "../../../contracts/listening.ts";
import { listeningApi } from "../../api/endpoints.ts";
import { stepKeys, useListening, useLiveSpaceHome } from "../../api/queries.ts";
import { formatDateTime } from "../../app/labels.ts";
import { Button } from "../../components/Button.tsx";
import { Composer } from "../../components/Composer.tsx";
import { describeError, FormAlert } from "../../components/forms.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { TextField } from "../../components/TextField.tsx";
import {
  NameOf,
  nameOf,
  StatusNote,
  StepQueryFallback,
  useStepWrite,
  Words,
} from "../acknowledge/stepKit.tsx";
import type { StepViewProps } from "../steps/stepComponents.ts";
import "./listening.css";

type Expected = TListeningTurn["expected"];
type Write = ReturnType<typeof useListeningWrites>;

function useListeningWrites(spaceId: string) {
  const key = stepKeys.listening(spaceId);
  return {
    move: useStepWrite(spaceId, key, (move: TListeningMove) => listeningApi.move(spaceId, move)),
    round: useStepWrite(spaceId, key, (speakerMemberId: string) =>
      listeningApi.newRound(spaceId, speakerMemberId),
    ),
    end: useStepWrite(spaceId, key, () => listeningApi.end(spaceId)),
  };
}

export function ListenStep({ home }: StepViewProps) {
  const spaceId = home.space.id;
  const query = useListening(spaceId);
  useLiveSpaceHome(spaceId);
  const writes = useListeningWrites(spaceId);
  if (query.isPending || query.isError) return <StepQueryFallback query={query} />;
  const view = query.data;
  const session = view.session;
  return (
    <div className="flow listening">
      {!session ? (
        <StartSession spaceId={spaceId} view={view} />
      ) : session.inPerson ? (
        <>
          <InPersonCard session={session} turn={view.turn} writes={writes} />
          <Dialogue session={session} compact />
          <EndForNow writes={writes} />
        </>
      ) : (
        <>
          <Dialogue session={session} />
          <TurnPanel session={session} turn={view.turn} writes={writes} />
          <EndForNow writes={writes} />
        </>
      )}
      <PastSessions sessions={view.pastSessions} />
    </div>
  );
}

/* ------------------------------------------------------------------- start */

const TURN_CHOICES = [60, 120, 180, 300, 600].filter(
  (s) => s >= TURN_SECONDS.min && s <= TURN_SECONDS.max,
);

function StartSession({ spaceId, view }: { spaceId: string; view: TListeningView }) {
  const [speaker, setSpeaker] = useState("");
  const [place, setPlace] = useState<"distance" | "together" | "">("");
  const [seconds, setSeconds] = useState<number>(TURN_SECONDS.default);
  const [errors, setErrors] = useState<{ speaker?: string; place?: string }>({});
  const start = useStepWrite(spaceId, stepKeys.listening(spaceId), () =>
    listeningApi.start(spaceId, {
      speakerMemberId: speaker,
      inPerson: place === "together",
      ...(place === "together" ? { turnSeconds: seconds } : {}),
    }),
  );

  return (
    <section className="flow-section" aria-labelledby="start-heading">
      <h2 id="start-heading">How it works</h2>
      <p>
        One of you speaks about what happened for them. The other mirrors back what they heard,
        until the speaker says “Yes, you got it”. Then the listener says what makes sense about it,
        and how they imagine it felt. After that you can swap, or stop for now.
      </p>
      <p className="muted">
        There is nothing to win here, and no answering back yet: only hearing each other.
      </p>
      {!view.otherHasJoined ? (
        <StatusNote>
          <p>
            Listening needs both of you. When the other person has joined, either of you can start.
          </p>
        </StatusNote>
      ) : (
        <form
          className="form-stack start-form"
          noValidate
          aria-labelledby="start-form-heading"
          onSubmit={(event) => {
            event.preventDefault();
            const next: typeof errors = {};
            if (!speaker) next.speaker = "Choose who speaks first.";
            if (!place) next.place = "Choose how you are talking.";
            setErrors(next);
            if (!next.speaker && !next.place) start.mutate(undefined);
          }}
        >
          <h3 id="start-form-heading">Start a conversation</h3>
          <FormAlert message={describeError(start.error)?.message ?? null} />
          <RadioGroup
            legend="Who speaks first?"
            name="speaker"
            options={view.members.map((m) => ({
              value: m.id,
              label: m.isMe ? `I speak first (${m.displayName})` : `${m.displayName} speaks first`,
            }))}
            value={speaker}
            onChange={setSpeaker}
            error={errors.speaker}
          />
          <RadioGroup
            legend="How are you talking?"
            name="place"
            options={[
              {
                value: "distance" as const,
                label: "At a distance",
                description: "Each on your own device, writing your turns.",
              },
              {
                value: "together" as const,
                label: "Together, on one phone",
                description:
                  "You speak aloud; a large card shows whose turn it is, with a gentle timer.",
              },
            ]}
            value={place}
            onChange={setPlace}
            error={errors.place}
          />
          {place === "together" ? (
            <div className="field">
              <label className="field__label" htmlFor="turn-seconds">
                Time for each turn
              </label>
              <p className="field__hint" id="turn-seconds-hint">
                Only a guide: nothing happens when it runs out.
              </p>
              <select
                id="turn-seconds"
                className="field__input"
                value={seconds}
                aria-describedby="turn-seconds-hint"
                onChange={(event) => setSeconds(Number(event.target.value))}
              >
                {TURN_CHOICES.map((s) => (
                  <option key={s} value={s}>
                    {s / 60} {s === 60 ? "minute" : "minutes"}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="form__actions">
            <Button type="submit" busy={start.isPending} busyLabel="Starting…">
              Start listening
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

/* ---------------------------------------------------------------- dialogue */

function moveLine(move: TListeningRound["moves"][number], namesOnly = false): string {
  const who = namesOnly ? move.author.displayName : NameOf(move.author);
  switch (move.kind) {
    case "perspective":
      return `${who} shared`;
    case "mirror":
      return `${who} mirrored`;
    case "confirm":
      return `${who}: “Yes, you got it.”`;
    case "correct":
      return `${who}: “Mostly, but …”`;
    case "validation":
      return `${who} validated`;
    case "empathy":
      return `${who} empathised`;
  }
}

/** "Round 1: You speak, Ben listens"; on a shared phone, names only. */
function roundTitle(round: TListeningRound, namesOnly = false): string {
  const speaker =
    round.speaker.isMe && !namesOnly ? "You speak" : `${round.speaker.displayName} speaks`;
  const listener =
    round.listener.isMe && !namesOnly ? "you listen" : `${round.listener.displayName} listens`;
  return `Round ${round.number}: ${speaker}, ${listener}`;
}

function Dialogue({
  session,
  compact = false,
  headingLevel = 2,
}: {
  session: TListeningSession;
  compact?: boolean;
  headingLevel?: 2 | 3;
}) {
  // On a shared phone "you" is ambiguous: say names.
  const namesOnly = session.inPerson;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const RoundHeading = headingLevel === 2 ? "h3" : "h4";
  const headingId = `dialogue-${session.id}`;
  return (
    <section
      className={`flow-section dialogue${compact ? " dialogue--compact" : ""}`}
      aria-labelledby={headingId}
    >
      <Heading id={headingId}>{compact ? "What was said" : "Your conversation"}</Heading>
      {session.rounds.map((round) => (
        <div key={round.id} className="dialogue__round">
          <RoundHeading className="dialogue__round-title">
            {roundTitle(round, namesOnly)}
          </RoundHeading>
          {round.moves.length === 0 ? (
            <p className="muted small">Nothing said yet in this round.</p>
          ) : (
            <ol className="dialogue__moves">
              {round.moves.map((move) => {
                const bySpeaker = move.author.id === round.speaker.id;
                return (
                  <li
                    key={move.id}
                    className={`bubble bubble--${bySpeaker ? "speaker" : "listener"} bubble--${move.kind}`}
                  >
                    <p className="bubble__who">{moveLine(move, namesOnly)}</p>
                    {move.summary ? <Words text={move.summary} /> : null}
                    {move.text ? <Words text={move.text} /> : null}
                  </li>
                );
              })}
            </ol>
          )}
        </div>
      ))}
    </section>
  );
}

/* ------------------------------------------------------- turn, at distance */

const WAITING: Record<Exclude<Expected, "round_complete">, (who: string) => string> = {
  perspective: (who) => `It's ${who}'s turn to share their perspective.`,
  mirror: (who) => `It's ${who}'s turn to mirror what you said.`,
  confirm_or_correct: (who) => `It's ${who}'s turn to say whether you got it.`,
  validation: (who) => `It's ${who}'s turn to validate what you said.`,
  empathy: (who) => `It's ${who}'s turn to empathise.`,
};

const MY_TURN: Record<Exclude<Expected, "round_complete">, string> = {
  perspective: "Your turn to share",
  mirror: "Your turn to mirror",
  confirm_or_correct: "Your turn: did they get it?",
  validation: "Your turn to validate",
  empathy: "Your turn to empathise",
};

function TurnPanel({
  session,
  turn,
  writes,
}: {
  session: TListeningSession;
  turn: TListeningTurn | null;
  writes: Write;
}) {
  const round = session.rounds.at(-1);
  if (!turn || !round) return null;
  const expected = turn.expected;
  let title: string;
  if (expected === "round_complete") title = "This round is complete";
  else if (turn.isMyTurn) title = MY_TURN[expected];
  else title = WAITING[expected](nameOf(turn.member));

  return (
    <section className="turn" aria-labelledby="turn-heading">
      <div role="status" className="turn__status">
        <h2 id="turn-heading" className={turn.isMyTurn ? "turn__title is-mine" : "turn__title"}>
          {title}
        </h2>
      </div>
      {expected === "round_complete" ? (
        <RoundComplete round={round} writes={writes} />
      ) : turn.isMyTurn ? (
        <>
          <p className="turn__prompt">{turn.prompt}</p>
          <MoveForm
            key={`${round.id}-${round.moves.length}`}
            expected={expected}
            turn={turn}
            round={round}
            writes={writes}
          />
        </>
      ) : (
        <p className="muted">
          Their words will appear here as soon as they are sent. There's no need to wait on this
          page.
        </p>
      )}
    </section>
  );
}

function MoveForm({
  expected,
  turn,
  round,
  writes,
}: {
  expected: Exclude<Expected, "round_complete">;
  turn: TListeningTurn;
  round: TListeningRound;
  writes: Write;
}) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const [correcting, setCorrecting] = useState(false);
  const areaRef = useRef<HTMLDivElement>(null);
  const move = writes.move;
  const speakerName = round.speaker.displayName;

  useEffect(() => {
    if (correcting) areaRef.current?.querySelector("textarea")?.focus();
  }, [correcting]);

  const sendText = (kind: "perspective" | "mirror" | "correct" | "validation" | "empathy") => {
    if (!text.trim()) {
      setError("A few words are enough.");
      return;
    }
    move.mutate({ kind, text } as TListeningMove);
  };

  const serverError = <FormAlert message={describeError(move.error)?.message ?? null} />;

  if (expected === "confirm_or_correct") {
    return (
      <div className="form-stack" ref={areaRef}>
        {serverError}
        {correcting ? (
          <>
            <Composer
              name="correction"
              label="Mostly, but …"
              hint="What did they miss or get not quite right? Just that part."
              value={text}
              onChange={(value) => {
                setText(value);
                setError(undefined);
              }}
              maxLength={LISTENING_LIMITS.correction}
              error={error}
              rows={4}
            />
            <div className="form__actions">
              <Button
                onClick={() => sendText("correct")}
                busy={move.isPending}
                busyLabel="Sending…"
              >
                Send my correction
              </Button>
              <Button variant="quiet" onClick={() => setCorrecting(false)}>
                Back
              </Button>
            </div>
          </>
        ) : (
          <ConfirmChoice
            busy={move.isPending}
            busyLabel="Sending…"
            onConfirm={() => move.mutate({ kind: "confirm" })}
            onCorrect={() => setCorrecting(true)}
          />
        )}
      </div>
    );
  }

  const fields: Record<
    typeof expected,
    { label: string; hint: string; max: number; button: string }
  > = {
    perspective: {
      label: "Your perspective",
      hint: "What happened for you, and how it felt. Speak about yourself rather than about them.",
      max: LISTENING_LIMITS.perspective,
      button: "Share",
    },
    mirror: {
      label: "What I heard is …",
      hint:
        turn.mirrorAttempts > 0
          ? `Try again, with what ${speakerName} added. Nothing of your own yet.`
          : `Say back what ${speakerName} said, in your words. Nothing of your own yet.`,
      max: LISTENING_LIMITS.mirror,
      button: "Send my mirror",
    },
    validation: {
      label: "It makes sense that you … because …",
      hint: "You don't have to agree to see why it makes sense from where they stand.",
      max: LISTENING_LIMITS.validation,
      button: "Send",
    },
    empathy: {
      label: "I imagine you feel …",
      hint: "Name the feelings you imagine, gently. They can tell you if you are wrong.",
      max: LISTENING_LIMITS.empathy,
      button: "Send",
    },
  };
  const field = fields[expected];
  return (
    <form
      className="form-stack"
      noValidate
      aria-labelledby="turn-heading"
      onSubmit={(event) => {
        event.preventDefault();
        sendText(expected);
      }}
    >
      {serverError}
      <Composer
        name={expected}
        label={field.label}
        hint={field.hint}
        value={text}
        onChange={(value) => {
          setText(value);
          setError(undefined);
        }}
        maxLength={field.max}
        error={error}
        rows={5}
      />
      <div className="form__actions">
        <Button type="submit" busy={move.isPending} busyLabel="Sending…">
          {field.button}
        </Button>
      </div>
    </form>
  );
}

function RoundComplete({ round, writes }: { round: TListeningRound; writes: Write }) {
  const nextSpeaker = round.listener;
  const error = describeError(writes.round.error ?? writes.end.error)?.message ?? null;
  return (
    <div className="form-stack">
      <p>
        {nextSpeaker.isMe
          ? "If you both want to, it can be your turn to speak now, and theirs to listen."
          : `If you both want to, ${nextSpeaker.displayName} can speak now, and you listen.`}{" "}
        Or stop here for today; what was said stays.
      </p>
      <FormAlert message={error} />
      <div className="choice-row">
        <Button
          onClick={() => writes.round.mutate(nextSpeaker.id)}
          busy={writes.round.isPending}
          busyLabel="Starting…"
        >
          Swap roles
        </Button>
        <Button
          variant="secondary"
          onClick={() => writes.end.mutate(undefined)}
          busy={writes.end.isPending}
          busyLabel="Ending…"
        >
          End for now
        </Button>
      </div>
    </div>
  );
}

function EndForNow({ writes }: { writes: Write }) {
  const [asking, setAsking] = useState(false);
  return (
    <div className="end-for-now">
      {asking ? (
        <div className="form-stack">
          <p>End this conversation for now? What was said stays, and you can start again later.</p>
          <FormAlert message={describeError(writes.end.error)?.message ?? null} />
          <div className="form__actions">
            <Button
              variant="secondary"
              onClick={() => writes.end.mutate(undefined)}
              busy={writes.end.isPending}
              busyLabel="Ending…"
            >
              Yes, end for now
            </Button>
            <Button variant="quiet" onClick={() => setAsking(false)}>
              Keep going
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="quiet" onClick={() => setAsking(true)}>
          Take a break and end for now…
        </Button>
      )}
    </div>
  );
}

/* ------------------------------------------------------- together, in person */

const IN_PERSON_ACTION: Record<Exclude<Expected, "round_complete">, (who: string) => string> = {
  perspective: (who) => `${who} has shared`,
  mirror: () => "Record the mirror",
  confirm_or_correct: () => "Yes, you got it",
  validation: (who) => `${who} has validated`,
  empathy: (who) => `${who} has empathised`,
};

const IN_PERSON_TITLE: Record<Exclude<Expected, "round_complete">, (who: string) => string> = {
  perspective: (who) => `${who}'s turn to speak`,
  mirror: (who) => `${who}'s turn to mirror`,
  confirm_or_correct: (who) => `${who}'s turn: confirm or correct`,
  validation: (who) => `${who}'s turn to validate`,
  empathy: (who) => `${who}'s turn to empathise`,
};

function InPersonCard({
  session,
  turn,
  writes,
}: {
  session: TListeningSession;
  turn: TListeningTurn | null;
  writes: Write;
}) {
  const round = session.rounds.at(-1);
  if (!turn || !round) return null;
  const expected = turn.expected;
  const who = turn.member?.displayName ?? "";
  return (
    <section className="in-person" aria-labelledby="in-person-heading">
      <p className="in-person__round">{roundTitle(round, true)}</p>
      <div role="status">
        <h2 id="in-person-heading" className="in-person__title">
          {expected === "round_complete" ? "Round complete" : IN_PERSON_TITLE[expected](who)}
        </h2>
      </div>
      <p className="in-person__prompt">{turn.prompt}</p>
      {expected !== "round_complete" && turn.turnSeconds ? (
        <TurnTimer startedAt={turn.turnStartedAt} seconds={turn.turnSeconds} />
      ) : null}
      {expected === "round_complete" ? (
        <RoundComplete round={round} writes={writes} />
      ) : (
        <InPersonControls
          key={`${round.id}-${round.moves.length}`}
          expected={expected}
          who={who}
          writes={writes}
        />
      )}
    </section>
  );
}

function InPersonControls({
  expected,
  who,
  writes,
}: {
  expected: Exclude<Expected, "round_complete">;
  who: string;
  writes: Write;
}) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<string>();
  const [correcting, setCorrecting] = useState(false);
  const move = writes.move;
  const optional = note.trim() ? note : null;
  const serverError = <FormAlert message={describeError(move.error)?.message ?? null} />;

  if (expected === "mirror") {
    return (
      <form
        className="form-stack"
        noValidate
        aria-labelledby="in-person-heading"
        onSubmit={(event) => {
          event.preventDefault();
          if (!note.trim()) {
            setError("One line is enough: what did you hear?");
            return;
          }
          move.mutate({ kind: "mirror", summary: note, text: null });
        }}
      >
        {serverError}
        <TextField
          name="summary"
          label="One line: what you heard"
          hint="A short summary of your spoken mirror, to keep."
          value={note}
          onChange={(value) => {
            setNote(value.replace(/[\r\n]+/g, " "));
            setError(undefined);
          }}
          maxLength={LISTENING_LIMITS.mirrorSummary}
          showCounter
          error={error}
          autoComplete="off"
        />
        <div className="form__actions">
          <Button type="submit" busy={move.isPending} busyLabel="Saving…">
            Record the mirror
          </Button>
        </div>
      </form>
    );
  }

  if (expected === "confirm_or_correct") {
    return (
      <div className="form-stack">
        {serverError}
        {correcting ? (
          <>
            <TextField
              name="correction"
              label="What was missing (optional)"
              value={note}
              onChange={setNote}
              maxLength={LISTENING_LIMITS.correction}
              autoComplete="off"
            />
            <div className="choice-row">
              <Button
                onClick={() => move.mutate({ kind: "correct", text: optional })}
                busy={move.isPending}
                busyLabel="Saving…"
              >
                Record “Mostly, but …”
              </Button>
              <Button variant="quiet" onClick={() => setCorrecting(false)}>
                Back
              </Button>
            </div>
          </>
        ) : (
          <ConfirmChoice
            busy={move.isPending}
            busyLabel="Saving…"
            onConfirm={() => move.mutate({ kind: "confirm" })}
            onCorrect={() => setCorrecting(true)}
          />
        )}
      </div>
    );
  }

  return (
    <form
      className="form-stack"
      noValidate
      aria-labelledby="in-person-heading"
      onSubmit={(event) => {
        event.preventDefault();
        move.mutate({ kind: expected, text: optional });
      }}
    >
      {serverError}
      <TextField
        name="note"
        label="A note to keep (optional)"
        value={note}
        onChange={setNote}
        maxLength={LISTENING_LIMITS[expected]}
        autoComplete="off"
      />
      <div className="form__actions">
        <Button type="submit" busy={move.isPending} busyLabel="Saving…">
          {IN_PERSON_ACTION[expected](who)}
        </Button>
      </div>
    </form>
  );
}

/** Counts down from the turn's length since it began; rests quietly at zero. */
/** The speaker's answer to a mirror: it landed, or it needs a correction. */
function ConfirmChoice(props: {
  busy: boolean;
  busyLabel: string;
  onConfirm: () => void;
  onCorrect: () => void;
}) {
  return (
    <div className="choice-row">
      <Button onClick={props.onConfirm} busy={props.busy} busyLabel={props.busyLabel}>
        Yes, you got it
      </Button>
      <Button variant="secondary" onClick={props.onCorrect}>
        Mostly, but …
      </Button>
    </div>
  );
}

function TurnTimer({ startedAt, seconds }: { startedAt: string; seconds: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const elapsed = Math.max(0, (now - Date.parse(startedAt)) / 1000);
  const left = Math.max(0, Math.ceil(seconds - elapsed));
  const out = left === 0;
  const minutes = Math.floor(left / 60);
  const rest = String(left % 60).padStart(2, "0");
  const share = Math.min(1, left / seconds);
  return (
    <div className={`timer${out ? " timer--out" : ""}`}>
      <p className="timer__time" role="timer" aria-live="off" aria-label="Time left in this turn">
        {minutes}:{rest}
      </p>
      <div className="timer__bar" aria-hidden="true">
        <span style={{ width: `${share * 100}%` }} />
      </div>
      <p className="timer__note">
        {out ? "Time is up. No hurry: finish your thought." : "A guide, not a limit."}
      </p>
    </div>
  );
}

/* -------------------------------------------------------------------- past */

function PastSessions({ sessions }: { sessions: TListeningSession[] }) {
  if (sessions.length === 0) return null;
  return (
    <section className="flow-section history" aria-labelledby="past-heading">
      <h2 id="past-heading">Earlier conversations</h2>
      {sessions.map((session) => {
        const complete = session.rounds.filter((r) =>
          r.moves.some((m) => m.kind === "empathy"),
        ).length;
        return (
          <details key={session.id}>
            <summary>
              {formatDateTime(session.startedAt)} ·{" "}
              {complete === 1 ? "1 round" : `${complete} rounds`} completed
              {session.inPerson ? " · together" : ""}
            </summary>
            <div className="past-session">
              <Dialogue session={session} headingLevel={3} compact />
            </div>
          </details>
        );
      })}
    </section>
  );
}
