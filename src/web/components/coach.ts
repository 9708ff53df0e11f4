// The language coach (src/coach/) runs in a Web Worker (coach.worker.ts),
// started the first time a page needs it: its rules never weigh on pages
// without a composer, and neither loading them nor reading a long message
// ever blocks typing. Vite bundles the worker and the coach as their own file.
import type { CoachAnalysis } from "../../coach/types.ts";

export interface CoachRequest {
  id: number;
  text: string;
}
export interface CoachReply {
  id: number;
  analysis: CoachAnalysis | null;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (analysis: CoachAnalysis | null) => void>();

function start(): Worker {
  const w = new Worker(new URL("./coach.worker.ts", import.meta.url), { type: "module" });
  w.onmessage = (event: MessageEvent<CoachReply>) => {
    const { id, analysis } = event.data;
    pending.get(id)?.(analysis);
    pending.delete(id);
  };
  // The coach could not load (offline, say): no feedback now; a new worker next time.
  w.onerror = () => {
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
    w.terminate();
    if (worker === w) worker = null;
  };
  return w;
}

/** Analyse a text with the coach; null when the coach is unavailable. */
export const analyzeWithCoach = (text: string): Promise<CoachAnalysis | null> =>
  new Promise((resolve) => {
    try {
      worker ??= start();
    } catch {
      resolve(null); // no workers here: the composer works without feedback
      return;
    }
    const id = nextId++;
    pending.set(id, resolve);
    worker.postMessage({ id, text } satisfies CoachRequest);
  });
