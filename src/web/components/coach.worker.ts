// The language coach, off the page's main thread: loading its ~1,600 rules
// and reading a long message take a phone a moment, and that moment must never
// land between two keystrokes. The page posts {id, text}; the worker answers
// {id, analysis} (rewrites included), or analysis null if the coach failed.

import { analyzeMessage, warmUpFor } from "../../coach/index.ts";
import type { CoachReply, CoachRequest } from "./coach.ts";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CoachRequest>) => void) | null;
  postMessage(reply: CoachReply): void;
};

// Parse every rule in slices of a few milliseconds between messages, rather
// than in the middle of one (and never making a message wait long behind it).
const warmSome = () => {
  if (!warmUpFor(8)) setTimeout(warmSome, 0);
};
let started = false;
scope.onmessage = (event) => {
  const { id, text } = event.data;
  let reply: CoachReply;
  try {
    // JSON (not structured clone): a warning's rewrite is written by its toJSON
    reply = { id, analysis: JSON.parse(JSON.stringify(analyzeMessage(text))) };
  } catch {
    reply = { id, analysis: null }; // the coach never gets in the way of writing
  }
  scope.postMessage(reply);
  if (!started) {
    started = true;
    setTimeout(warmSome, 0);
  }
};
