// A check's prefilter must never turn away a subject its regex matches: every
// check the rules make, run bare on slices of our labelled texts (whole
// sentences, and the words before and after points in them, as rules slice),
// matches nothing its prefilter ruled out.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { allChecks, check } from "./check.ts";
import { analyzeMessage } from "./index.ts";
import { maskQuotes, normalize, splitSentences } from "./text.ts";

const texts = [
  ...readdirSync(new URL("./fixtures/", import.meta.url)).map((f) => `./fixtures/${f}`),
  "./paraphrases.jsonl",
].flatMap((f) =>
  readFileSync(new URL(f, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

test("a check answers as its bare regex does", () => {
  const only = check(/^\s*(?:for|about) (?:breathing|existing)\b/);
  assert.equal(only.test(" for breathing"), true);
  assert.equal(only.test(" forbreathing"), false);
  assert.equal(only.test("i am sorry for breathing"), false);
  assert.throws(() => check(/sorry/g));
});

test("no prefilter turns away a subject its regex matches", () => {
  analyzeMessage("warm"); // every rule file loaded, so every check made
  const subjects: string[] = [];
  texts.forEach((raw, n) => {
    const text = maskQuotes(normalize(raw), raw);
    for (const s of splitSentences(text)) {
      const sentence = text.slice(s.start, s.end);
      subjects.push(sentence);
      // before and after a few points, as rules slice around a match
      const spaces = [...sentence.matchAll(/ /g)].map((m) => m.index);
      for (const at of spaces.filter((_, k) => (k + n) % 3 === 0)) {
        subjects.push(sentence.slice(0, at + 1), sentence.slice(at));
      }
    }
  });
  let ruledOut = 0;
  for (const c of allChecks()) {
    for (const subject of subjects) {
      if (c.test(subject)) continue;
      ruledOut++;
      assert.equal(c.re.test(subject), false, `${c.re.source} ruled out "${subject}"`);
    }
  }
  assert.ok(allChecks().length > 100 && ruledOut > 100_000);
});
