// Constructions added from the blind batches (holdout and blind-2), each with
// hard negatives, and floors on both blind sets so they cannot silently decay.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { COMPONENT_IDS, labelIds, MARKER_IDS, WARNING_IDS } from "./index.ts";
import type { LabelId } from "./types.ts";

const cases: [text: string, labels: LabelId[]][] = [
  // counterfactual blame needs a bad outcome that would not have happened
  ["If you had picked up your phone, none of this would have happened.", ["blame-shift"]],
  ["If you had told me earlier, I would have helped.", []],
  // "you made me look ..." is the other's act, not the writer's behaviour
  ["You made me look like an idiot in front of everyone.", []],
  // positive always-statements stay silent, a negated thanks does not
  ["You always make dinner special, thank you.", []],
  ["You always leave the dishes and never say thanks.", ["generalization"]],
  // "every time I ..." is about the writer unless a "you" clause follows
  ["Every time I see your phone light up I feel sick.", ["i-statement"]],
  ["Every time I try to talk, you walk away.", ["generalization"]],
  // everyone-does-it excuses, not shared feelings
  ["Everyone flirts a bit at work, it doesn't mean anything.", ["excuse", "minimizing"]],
  ["Everyone feels that way sometimes.", []],
  // pressure needs the push, not just the time
  ["It's been a week, are you still mad?", ["forgiveness-pressure"]],
  ["It's been a week and I'm still hurt.", ["i-statement"]],
  // a state disowned as an excuse still explains (TAXONOMY.md's "not excuse" example)
  [
    "I was stressed, but that's no excuse for how I spoke to you.",
    ["explanation", "responsibility"],
  ],
  // ironic praise, but not praise of something specific
  ["Wow, great job, really impressive.", ["contempt"]],
  ["Wow, great job on the presentation, really impressive!", []],
  // a pause with a return, anywhere in the message
  ["I'm not going to discuss this any further tonight. Can we pick it up tomorrow?", []],
  ["I'm not going to discuss this any further.", ["stonewalling"]],
  // the writer's feeling needs the writer
  ['My ex said "you always ruin everything" and it still hurts.', []],
  ["It still hurts me when you joke about it.", ["i-statement"]],
  ["I regret lying to you about the trip.", ["regret", "responsibility"]],
  ["I regret not calling you.", ["regret"]],
];

for (const [text, want] of cases) {
  test(`labels: ${text}`, () => {
    assert.deepEqual([...labelIds(text)].sort(), [...want].sort());
  });
}

function micro(file: string, ids: readonly LabelId[]) {
  const rows = readFileSync(new URL(file, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; labels: string[] });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const got = new Set<string>(labelIds(row.text));
    for (const id of ids) {
      const want = row.labels.includes(id);
      if (got.has(id) && want) tp++;
      else if (got.has(id)) fp++;
      else if (want) fn++;
    }
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

// Floors, not targets: the sets were tuned against once (see README), so they
// sit at 1.000 today; the floors leave room for a deliberate trade-off.
test("blind-2: warnings P >= 0.95, R >= 0.90; components and markers F1 >= 0.90", () => {
  const w = micro("./fixtures/blind-2.jsonl", WARNING_IDS);
  assert.ok(w.precision >= 0.95, `warnings precision ${w.precision.toFixed(3)}`);
  assert.ok(w.recall >= 0.9, `warnings recall ${w.recall.toFixed(3)}`);
  assert.ok(micro("./fixtures/blind-2.jsonl", COMPONENT_IDS).f1 >= 0.9);
  assert.ok(micro("./fixtures/blind-2.jsonl", MARKER_IDS).f1 >= 0.9);
});

test("holdout: warnings P >= 0.95, R >= 0.90", () => {
  const w = micro("./fixtures/holdout.jsonl", WARNING_IDS);
  assert.ok(w.precision >= 0.95, `warnings precision ${w.precision.toFixed(3)}`);
  assert.ok(w.recall >= 0.9, `warnings recall ${w.recall.toFixed(3)}`);
});
