// The word-prefix gate must never skip a rule that could match: every part's
// regex, run without its gate on every sentence of our labelled texts, finds
// nothing in a sentence the gate ruled out; and on generated messages (word
// salad with odd separators) the rules find the same hits with no gate at all.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { indexWords, registerSet, requiredSets } from "./gate.ts";
import { runRules } from "./rule.ts";
import { apologyRules } from "./rules/apology.ts";
import { markerRules } from "./rules/markers.ts";
import { warningRules } from "./rules/warnings.ts";
import { maskQuotes, normalize, splitSentences } from "./text.ts";

const texts = [
  "./paraphrases.jsonl",
  ...readdirSync(new URL("./fixtures/", import.meta.url)).map((f) => `./fixtures/${f}`),
  "../../../shared/coach/dev.jsonl",
].flatMap((f) => {
  try {
    return readFileSync(new URL(f, import.meta.url), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
  } catch {
    return [];
  }
});

test("requiredSets reads word prefixes, and only those that start a word", () => {
  // the pair first: "sorry" then "if" with only separators between, rarer than either word
  assert.deepEqual(requiredSets("(?<![a-z0-9'])(?:sorry\\s+if)"), [
    ["sorry\u0001if"],
    ["if"],
    ["sorry$"],
  ]);
  // an optional word between: the second word is that word or the next one
  assert.deepEqual(requiredSets("(?<![a-z0-9'])(?:sorry\\s+(?:that\\s+)?you)")?.[0], [
    "sorry\u0001that$",
    "sorry\u0001you",
  ]);
  // "(so){2}" is the one word "soso": "so" is a prefix there, never a whole word
  assert.deepEqual(requiredSets("(?<![a-z0-9'])(?:(?:so){2}\\s+sorry)"), [["sorry"], ["so"]]);
  // a repeated group may glue its words ("soso sorry"): no pair with "so"
  assert.ok(
    !requiredSets("(?<![a-z0-9'])(?:(?:so)+\\s+sorry)")?.some((s) =>
      s.some((l) => l.includes("\u0001")),
    ),
  );
  // a space that may be missing ("sorryyou" matches too): no pair, only the first word
  assert.deepEqual(requiredSets("(?<![a-z0-9'])(?:sorry\\s*you)"), [["sorry"]]);
  assert.deepEqual(requiredSets("(?<![a-z0-9'])(?:show[-\\s]off)")?.[0], ["show\u0001off"]);
  assert.equal(requiredSets("(?<![a-z0-9'])(?:\\w+ing)"), null);
  // "self[- ]?absorbed": "absorbed" may be glued to "self"
  assert.deepEqual(requiredSets("(?<![a-z0-9'])(?:self[-\\s]?absorbed)"), [["self"]]);
  // a word glued to a contraction's ending is the whole word ("i'm": "i" then "m") or the
  // longer word without the apostrophe ("im"); "u" alone could not be keyed
  assert.deepEqual(requiredSets("(?<![a-z0-9'])(?:i(?:'?m|\\s+am)\\s+sorry)")?.at(-1), [
    "i$",
    "im",
  ]);
  assert.ok(
    requiredSets("(?<![a-z0-9'])(?:(?:you|u)(?:'?re|\\s+are)?\\s+always)")?.some(
      (set) => set.includes("u$") && set.includes("ure") && set.includes("you$"),
    ),
  );
  // "\\s*" may glue "m" on, and a letters-only alternative goes on past the group: prefixes
  assert.deepEqual(
    requiredSets("(?<![a-z0-9'])(?:where\\s+i(?:\\s+am|\\s*(?:'?m\\s+going)))")?.[0],
    ["where\u0001i$", "where\u0001im"],
  );
});

test("the gate never rules out a sentence where a rule matches", () => {
  // the texts, and the same words with other separators: pairs may span any
  // spaces and punctuation, never an emoji
  const variants = texts.flatMap((t) => [
    t,
    t.replace(/'/g, ""),
    `${t} 🙄 ok🙄 self-absorbed`,
    t.replace(/ /g, " - "),
    t.replace(/ (?=[a-z])/gi, ", "),
    t.replace(/ (?=[a-m])/g, " 🙂 "),
  ]);
  const parts = [...warningRules, ...apologyRules, ...markerRules]
    .filter((r) => !r.crossSentence)
    .flatMap((r) =>
      r.parts.map((p) => ({
        label: r.label,
        re: p.re,
        sets: (requiredSets(p.re.source) ?? []).map(registerSet),
      })),
    );
  let checked = 0;
  for (const raw of variants) {
    const text = maskQuotes(normalize(raw), raw);
    const sentences = splitSentences(text);
    for (let base = 0; base < sentences.length; base += 31) {
      const count = Math.min(31, sentences.length - base);
      const masks = indexWords(text, sentences, base, count);
      for (const part of parts) {
        let mask = -1;
        for (const set of part.sets) mask &= masks[set] as number;
        for (let k = 0; k < count; k++) {
          const seg = sentences[base + k];
          if (!seg || mask & (1 << k)) continue;
          part.re.lastIndex = 0;
          const piece = text.slice(seg.start, seg.end);
          assert.equal(
            part.re.exec(piece),
            null,
            `${part.label} ${part.re.source} gated out "${piece}"`,
          );
          checked++;
        }
      }
    }
  }
  assert.ok(checked > 100_000);
});

test("rules find the same hits with every gate removed, on generated messages", () => {
  const rules = [...warningRules, ...apologyRules, ...markerRules];
  const ungated = rules.map((r) => ({
    ...r,
    parts: r.parts.map((p) => ({ re: p.re, gate: null })),
  }));
  const words = texts.join(" ").split(/\s+/);
  // separators a writer uses between words, an emoji among them (no pair spans it)
  const seps = [
    " ",
    "  ",
    ", ",
    " - ",
    "-",
    "... ",
    "! ",
    " 🙄 ",
    "\n",
    " (",
    ") ",
    "'",
    ' "',
    "; ",
  ];
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 8) % n;
  };
  let hits = 0;
  for (let i = 0; i < 1200; i++) {
    const n = 4 + rand(16);
    let raw = "";
    for (let k = 0; k < n; k++) {
      let w = words[rand(words.length)] as string;
      if (rand(20) === 0) w += w; // "soso"
      raw += (k ? seps[rand(seps.length)] : "") + w;
    }
    if (rand(3) === 0) raw = `${texts[rand(texts.length)]}${seps[rand(seps.length)]}${raw}`;
    const text = maskQuotes(normalize(raw), raw);
    const sentences = splitSentences(text);
    const gated = runRules(rules, text, sentences);
    assert.deepEqual(gated, runRules(ungated, text, sentences), raw);
    hits += gated.length;
  }
  assert.ok(hits > 1000);
});

// A part without a gate runs on every sentence of every message: one such part cost more time
// than the ~40 gated scans of a message together, found only by the benchmark. Fail here instead.
test("every rule part has a gate (a set of words it needs)", () => {
  const ungated = [...warningRules, ...apologyRules, ...markerRules].flatMap((r) =>
    r.parts.filter((p) => p.gate === null).map((p) => `${r.label}: ${p.re.source.slice(0, 80)}`),
  );
  assert.deepEqual(ungated, []);
});
