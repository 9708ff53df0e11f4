import { Card } from "../../components/Card.tsx";
import type { StepViewProps } from "./stepComponents.ts";
import { STEP_INFO } from "./stepInfo.ts";

/** A calm placeholder for a step whose feature has not arrived yet. */
export function ComingSoonStep({ step }: StepViewProps) {
  const info = STEP_INFO[step.id];
  return (
    <>
      <Card title="This step is coming soon" id="soon" className="card--accent">
        <p>
          Mend does not guide this step yet. You can still talk it through together in your own way,
          and it will be here for you when it is ready.
        </p>
      </Card>
      <section aria-labelledby="what-heading" className="step-section">
        <h2 id="what-heading">What this step is</h2>
        <p>{info.what}</p>
      </section>
      <section aria-labelledby="why-heading" className="step-section">
        <h2 id="why-heading">Why it matters</h2>
        <p>{info.why}</p>
      </section>
      <section aria-labelledby="help-heading" className="step-section">
        <h2 id="help-heading">How Mend will help</h2>
        <ul className="plain-list step-helps">
          {info.helps.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
