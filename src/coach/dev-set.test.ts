// Regression guard: the coach's figures on the development set must stay above
// the targets of issue 3. Skipped when ../shared/coach/dev.jsonl is absent.

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { COMPONENT_IDS, labelIds, WARNING_IDS } from "./index.ts";
import type { LabelId } from "./types.ts";

const DEV = fileURLToPath(new URL("../../../shared/coach/dev.jsonl", import.meta.url));

interface Row {
  text: string;
  labels: string[];
}

function micro(rows: Row[], ids: readonly LabelId[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const got = new Set<string>(labelIds(row.text));
    const want = new Set(row.labels);
    for (const id of ids) {
      if (got.has(id) && want.has(id)) tp++;
      else if (got.has(id)) fp++;
      else if (want.has(id)) fn++;
    }
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return { precision, recall, f1 };
}

test("dev set: warnings precision >= 0.92, recall >= 0.80; components F1 >= 0.88", (t) => {
  if (!existsSync(DEV)) {
    t.skip(`dev set not found at ${DEV}`);
    return;
  }
  const rows = readFileSync(DEV, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  assert.ok(rows.length >= 100, "dev set looks truncated");
  const warnings = micro(rows, WARNING_IDS);
  const components = micro(rows, COMPONENT_IDS);
  assert.ok(
    warnings.precision >= 0.92,
    `warnings micro-precision ${warnings.precision.toFixed(3)}`,
  );
  assert.ok(warnings.recall >= 0.8, `warnings micro-recall ${warnings.recall.toFixed(3)}`);
  assert.ok(components.f1 >= 0.88, `components micro-F1 ${components.f1.toFixed(3)}`);
});
