// Shared checks for the coach's construction tests (src/coach/constructions-*.test.ts):
// every construction has sentences it must label and hard negatives it must not.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { labelIds } from "../../src/coach/index.ts";
import type { LabelId, WarningId } from "../../src/coach/types.ts";

/** One construction of one warning: its name, sentences it must flag, sentences it must not. */
export type Construction = [name: string, positive: string[], negative: string[]];

/** A sentence and the labels it must (`has`) and must not (`not`) carry. */
export interface LabelCase {
  text: string;
  has?: LabelId[];
  not?: LabelId[];
}

/** One describe per warning, one test per construction. */
export function checkConstructions(
  constructions: Partial<Record<WarningId, Construction[]>>,
  suffix = "",
): void {
  for (const [label, list] of Object.entries(constructions) as [WarningId, Construction[]][]) {
    describe(`${label} constructions${suffix}`, () => {
      for (const [name, positive, negative] of list) {
        test(name, () => {
          for (const text of positive)
            assert.ok(labelIds(text).includes(label), `should be ${label}: ${text}`);
          for (const text of negative)
            assert.ok(!labelIds(text).includes(label), `should not be ${label}: ${text}`);
        });
      }
    });
  }
}

/** One test per named construction, each a list of sentences with expected labels. */
export function checkCases(title: string, cases: Record<string, LabelCase[]>): void {
  describe(title, () => {
    for (const [name, list] of Object.entries(cases)) {
      test(name, () => {
        for (const c of list) {
          const got = labelIds(c.text);
          for (const id of c.has ?? [])
            assert.ok(got.includes(id), `${c.text} → missing ${id} (${got})`);
          for (const id of c.not ?? [])
            assert.ok(!got.includes(id), `${c.text} → unexpected ${id} (${got})`);
        }
      });
    }
  });
}
