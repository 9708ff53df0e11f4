// The language coach's reading of the whole apology, on the preview: how
// complete it reads and what might still be said. Only ever a suggestion.
import { useEffect, useState } from "react";
import type { CoachAnalysis } from "../../../coach/types.ts";
import { analyzeWithCoach } from "../../components/coach.ts";

export function CoachSummary({
  text,
  mayAskForForgiveness,
}: {
  text: string;
  mayAskForForgiveness: boolean;
}) {
  const [analysis, setAnalysis] = useState<CoachAnalysis | null>(null);
  useEffect(() => {
    let live = true;
    if (!text.trim()) return;
    analyzeWithCoach(text).then((result) => {
      if (live) setAnalysis(result); // no answer: no summary; the coach never gets in the way
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (!analysis) return null;
  const { apology } = analysis;
  // Never nudge towards asking for forgiveness unless the other person said it is welcome.
  const missing = apology.missing.filter(
    (m) => mayAskForForgiveness || m.id !== "forgiveness-request",
  );
  return (
    <section className="coach coach-summary" aria-labelledby="coach-summary-heading">
      <h4 id="coach-summary-heading" className="coach__score-label">
        The language coach's reading
      </h4>
      {apology.isApology ? (
        <>
          <p className="coach__score-label" id="coach-summary-score">
            How complete the apology reads: {apology.score} of 100
          </p>
          <meter
            className="coach__meter"
            aria-labelledby="coach-summary-score"
            min={0}
            max={100}
            low={50}
            optimum={100}
            value={apology.score}
          />
        </>
      ) : null}
      {analysis.warnings.length > 0 ? (
        <p className="small">
          {analysis.warnings.length === 1
            ? "One wording suggestion is shown next to its part."
            : `${analysis.warnings.length} wording suggestions are shown next to their parts.`}{" "}
          You can still send as it is.
        </p>
      ) : null}
      {missing.length > 0 ? (
        <>
          <p className="coach__missing-title">You might also want to say:</p>
          <ul className="coach__missing">
            {missing.map((m) => (
              <li key={m.id}>{m.prompt}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="small">Nothing obvious seems to be missing.</p>
      )}
    </section>
  );
}
