// A labelled textarea for words that will be sent to the other member, with
// the language coach's live feedback under it. The coach only ever suggests:
// it never blocks sending.
import {
  type ReactNode,
  type TextareaHTMLAttributes,
  useEffect,
  useId,
  useMemo,
  useState,
} from "react";
import type { CoachAnalysis, CoachLabel, Span } from "../../coach/types.ts";
import { Button } from "./Button.tsx";
import { analyzeWithCoach } from "./coach.ts";
import { CharacterCounter } from "./TextField.tsx";
import "./composer.css";

const DEBOUNCE_MS = 300;

type ComposerProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "onChange" | "value"> & {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  maxLength?: number;
  /** Show the apology score and the prompts for missing parts (the apology step). */
  showApology?: boolean;
  /** Turn the coach off (e.g. for a private journal). */
  coach?: boolean;
  /** Rendered under the feedback, e.g. the send button. */
  children?: ReactNode;
};

export function Composer({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  maxLength,
  showApology = false,
  coach = true,
  rows = 8,
  id,
  children,
  ...rest
}: ComposerProps) {
  const autoId = useId();
  const textareaId = id ?? `${name}-${autoId}`;
  const hintId = hint ? `${textareaId}-hint` : undefined;
  const errorId = error ? `${textareaId}-error` : undefined;
  const counterId = maxLength ? `${textareaId}-counter` : undefined;
  const feedbackId = `${textareaId}-coach`;
  const analysis = useCoach(coach ? value : "");
  // The feedback is not part of the description (it would be long); its
  // status line announces how many suggestions there are.
  const describedBy = [hintId, errorId, counterId].filter(Boolean).join(" ");

  return (
    <div className={`composer field${error ? " field--invalid" : ""}`}>
      <label className="field__label" htmlFor={textareaId}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <textarea
        {...rest}
        id={textareaId}
        name={name}
        rows={rows}
        className="field__input composer__textarea"
        value={value}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="field__after">
        {error ? (
          <p className="field__error" id={errorId}>
            {error}
          </p>
        ) : (
          <span />
        )}
        {counterId && maxLength ? (
          <CharacterCounter id={counterId} length={value.length} max={maxLength} />
        ) : null}
      </div>
      {/* The coach's slot: feedback on the words, never a gate on sending. */}
      <div className="composer__coach" id={feedbackId}>
        {analysis && analysis.source === value ? (
          <CoachFeedback
            analysis={analysis.result}
            showApology={showApology}
            onRewrite={(sentence, rewrite) =>
              onChange(value.slice(0, sentence[0]) + rewrite + value.slice(sentence[1]))
            }
          />
        ) : null}
      </div>
      {children}
    </div>
  );
}

type Analysed = { source: string; result: CoachAnalysis };

/**
 * Runs the coach (in its worker) ~300 ms after the writer pauses. Null until
 * it answers; `source` says which text the result is for, so stale feedback
 * is never shown against newer words.
 */
function useCoach(text: string): Analysed | null {
  const [analysis, setAnalysis] = useState<Analysed | null>(null);
  useEffect(() => {
    if (!text.trim()) {
      setAnalysis(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      analyzeWithCoach(text).then((result) => {
        // an answer for older words is dropped; no answer means no feedback
        if (live) setAnalysis(result ? { source: text, result } : null);
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);
  return analysis;
}

function warningKey(label: CoachLabel, text: string): string {
  return `${label.id}:${label.spans.map(([s, e]) => text.slice(s, e)).join("|")}`;
}

function CoachFeedback({
  analysis,
  showApology,
  onRewrite,
}: {
  analysis: CoachAnalysis;
  showApology: boolean;
  onRewrite: (sentence: Span, rewrite: string) => void;
}) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const warnings = useMemo(
    () => analysis.warnings.filter((w) => !dismissed.has(warningKey(w, analysis.text))),
    [analysis, dismissed],
  );
  const { apology } = analysis;
  const showScore = showApology && apology.isApology;
  if (warnings.length === 0 && !showApology) return null;
  return (
    <section className="coach" aria-label="Suggestions from the language coach">
      <p className="coach__status" role="status">
        {warnings.length === 0
          ? "No suggestions about wording."
          : warnings.length === 1
            ? "One suggestion about wording. You can still send as it is."
            : `${warnings.length} suggestions about wording. You can still send as it is.`}
      </p>
      {warnings.length > 0 ? (
        <ul className="coach__warnings">
          {warnings.map((warning) => {
            const key = warningKey(warning, analysis.text);
            return (
              <li key={key} className="coach-warning">
                <p className="coach-warning__reason">{warning.reason}</p>
                <Excerpt text={analysis.text} label={warning} />
                {warning.rewrite ? (
                  <div className="coach-warning__rewrite">
                    <span className="coach-warning__rewrite-label">You could say:</span>{" "}
                    <q>{warning.rewrite}</q>
                  </div>
                ) : null}
                <div className="coach-warning__actions">
                  {warning.rewrite && warning.sentence ? (
                    <Button
                      variant="secondary"
                      onClick={() => onRewrite(warning.sentence as Span, warning.rewrite as string)}
                    >
                      Use this wording
                    </Button>
                  ) : null}
                  <Button
                    variant="quiet"
                    onClick={() => setDismissed((set) => new Set(set).add(key))}
                    aria-label={`Dismiss: ${warning.reason}`}
                  >
                    Dismiss
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      {showApology ? (
        <div className="coach__apology">
          {showScore ? (
            <>
              <p className="coach__score-label" id="apology-score-label">
                How complete the apology reads: {apology.score} of 100
              </p>
              <meter
                className="coach__meter"
                aria-labelledby="apology-score-label"
                min={0}
                max={100}
                low={50}
                optimum={100}
                value={apology.score}
              />
            </>
          ) : null}
          {apology.missing.length > 0 ? (
            <>
              <p className="coach__missing-title">You might also want to say:</p>
              <ul className="coach__missing">
                {apology.missing.map((m) => (
                  <li key={m.id}>{m.prompt}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** The sentence that triggered a warning, with the words themselves marked. */
function Excerpt({ text, label }: { text: string; label: CoachLabel }) {
  const first = label.spans[0];
  if (!first) return null;
  const [from, to] = label.sentence ?? [
    Math.max(0, first[0] - 40),
    Math.min(text.length, (label.spans.at(-1) ?? first)[1] + 40),
  ];
  const parts: ReactNode[] = [];
  let at = from;
  for (const [s, e] of label.spans) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < to) parts.push(text.slice(at, to));
  return <blockquote className="coach-warning__excerpt">{parts}</blockquote>;
}
