// A check's prefilter must never turn away a subject its regex matches: every
// check the rules make, run bare on slices of our labelled texts (whole
// sentences, and the words before and after points in them, as rules slice),
// matches nothing its prefilter ruled out; and asking the word index first
// (testSlice, testText) never changes an answer.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { allChecks, cannotMatchMarks, check } from "./check.ts";
import { indexWords } from "./gate.ts";
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

test("a check knows when a regex cannot match a sentence mark", () => {
  for (const source of ["\\bsorry\\b", "[^.!?]{0,4}", "(?!x)y", "(?<![a-z0-9'])y", "[a-z0-9]+"])
    assert.equal(cannotMatchMarks(source), true, source);
  for (const source of ["a.b", "^x", "x$", "[^.?]", "a!", "\\.", "\\W", "\\p{P}", "[ -~]", "[!-#]"])
    assert.equal(cannotMatchMarks(source), false, source);
});

test("a check answers as its bare regex does", () => {
  const only = check(/^\s*(?:for|about) (?:breathing|existing)\b/);
  assert.equal(only.test(" for breathing"), true);
  assert.equal(only.test(" forbreathing"), false);
  assert.equal(only.test("i am sorry for breathing"), false);
  assert.throws(() => check(/sorry/g));
  // no \b before "never": the last word may be "whenever"
  assert.equal(check(/never\s*$/).test("i'll show you whenever "), true);
  // a pair of words may straddle two sentences of a text (the index pairs words within one)
  const pair = check(/\bsorry\s+if\b/);
  const text = "i am sorry\nif you felt that";
  const sentences = splitSentences(text);
  indexWords(text, sentences, 0, sentences.length);
  assert.equal(sentences.length, 2);
  assert.equal(pair.testText(text), true);
  assert.equal(pair.testSlice(text, 0, text.length), true);
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

test("asking the word index first never changes a check's answer", () => {
  analyzeMessage("warm");
  const checks = allChecks();
  let asked = 0;
  let no = 0;
  // stretches between sentence marks that join sentences (a line break, an emoji), marks
  // inside words, and a proposal split by a line break
  const odd = [
    "let's talk\nlater, ok? i'll come back to this 🙏 tomorrow",
    "e.g. we can talk later. 3.5 hours later i'll come back to this!",
    "im done.\nwe can talk\ntomorrow?!i will talk tonight",
  ];
  [...odd, ...texts].forEach((raw, n) => {
    // every 4th text, with and without apostrophes (the index reads "i'm" as "i", "m")
    if (n >= odd.length && n % 4 !== 0) return;
    for (const variant of [raw, raw.replace(/'/g, "")]) {
      const text = maskQuotes(normalize(variant), variant);
      const sentences = splitSentences(text);
      for (let base = 0; base < sentences.length; base += 31)
        indexWords(text, sentences, base, Math.min(31, sentences.length - base));
      // slices as rules take them: sentences, before and after word edges, and some that cut
      // words or span two sentences (the index must step aside for those)
      const ranges: [number, number][] = [];
      sentences.forEach((s, k) => {
        ranges.push([s.start, s.end]);
        for (let at = s.start + ((n + k) % 5); at < s.end; at += 5) {
          ranges.push([s.start, at], [at, s.end]);
        }
        const next = sentences[k + 1];
        if (next) ranges.push([s.start + 2, next.end]);
      });
      for (const c of checks) {
        assert.equal(c.testText(text), c.re.test(text), `${c.re.source} on "${text}"`);
        for (const [from, to] of ranges) {
          const want = c.re.test(text.slice(from, to));
          assert.equal(
            c.testSlice(text, from, to),
            want,
            `${c.re.source} on "${text.slice(from, to)}"`,
          );
          asked++;
          if (!want) no++;
        }
      }
    }
  });
  assert.ok(asked > 100_000 && no > 50_000);
});
