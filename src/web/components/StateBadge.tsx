import type { TPathStep } from "../../contracts/spaces.ts";
import "./components.css";

const LABELS: Record<TPathStep["state"], string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
};

/** A step's state, always in words (the colour only repeats it). */
export function StateBadge({ state }: { state: TPathStep["state"] }) {
  return (
    <span className={`badge badge--${state}`}>
      <span aria-hidden="true" className="badge__dot" />
      {LABELS[state]}
    </span>
  );
}
