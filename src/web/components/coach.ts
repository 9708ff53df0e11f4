// Loads the language coach (src/coach/) on demand, so its rules do not weigh
// on pages that never show a composer: Vite puts it in its own chunk.
import type { CoachAnalysis } from "../../coach/types.ts";

export type Analyze = (text: string) => CoachAnalysis;

let loading: Promise<Analyze | null> | null = null;

/** The coach's analyse function, or null if it could not be loaded (offline, say). */
export function loadCoach(): Promise<Analyze | null> {
  loading ??= import("../../coach/index.ts").then(
    (coach) => coach.analyzeMessage,
    () => {
      loading = null; // Try again next time a composer mounts.
      return null;
    },
  );
  return loading;
}
