// Loads the language coach (src/coach/) on demand, so its rules do not weigh
// on pages that never show a composer. import.meta.glob is Vite's lazy
// `import("../../coach/index.ts")` that also builds while the coach's entry
// point does not exist yet: the glob then matches nothing and the composer
// simply shows no feedback.
import type { CoachAnalysis } from "../../coach/types.ts";

export type Analyze = (text: string) => CoachAnalysis;

const entries = import.meta.glob<Record<string, unknown>>("../../coach/index.ts");

let loading: Promise<Analyze | null> | null = null;

/** The coach's analyse function, or null when the coach is not available. */
export function loadCoach(): Promise<Analyze | null> {
  loading ??= (async () => {
    const load = Object.values(entries)[0];
    // TODO(coach): remove this branch once src/coach/index.ts is merged.
    if (!load) return null;
    try {
      const coach = await load();
      const analyze = coach.analyze ?? coach.analyse ?? coach.coach;
      return typeof analyze === "function"
        ? (text: string) => analyze(text) as CoachAnalysis
        : null;
    } catch {
      return null;
    }
  })();
  return loading;
}
