// Our own labelled sentences (paraphrases.jsonl, written for this module, not
// taken from the dev set): hard negatives, lower case, missing apostrophes,
// quoted speech, multi-sentence apologies. Guards against regressions outside
// the dev set.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { COMPONENT_IDS, labelIds, MARKER_IDS, WARNING_IDS } from "./index.ts";
import type { LabelId } from "./types.ts";

interface Row {
  id: string;
  text: string;
  labels: string[];
}

const rows = readFileSync(new URL("./paraphrases.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);
const predicted = new Map(rows.map((r) => [r.id, new Set<string>(labelIds(r.text))]));

function micro(ids: readonly LabelId[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const got = predicted.get(row.id) ?? new Set();
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

test("paraphrases: warnings precision >= 0.95 and recall >= 0.9", () => {
  const m = micro(WARNING_IDS);
  assert.ok(m.precision >= 0.95, `precision ${m.precision.toFixed(3)}`);
  assert.ok(m.recall >= 0.9, `recall ${m.recall.toFixed(3)}`);
});

test("paraphrases: components and markers F1 >= 0.9", () => {
  assert.ok(micro(COMPONENT_IDS).f1 >= 0.9);
  assert.ok(micro(MARKER_IDS).f1 >= 0.9);
});

test("paraphrases: messages labelled silent stay silent", () => {
  const noisy = rows.filter((r) => r.labels.length === 0 && (predicted.get(r.id)?.size ?? 0) > 0);
  assert.ok(noisy.length <= 2, `false alarms on: ${noisy.map((r) => r.text).join(" | ")}`);
});
