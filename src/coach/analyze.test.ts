// The public API: spans, reasons, rewrites, the apology score, normalisation,
// and the `mend analyze` command.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { describe, test } from "node:test";
import { runAnalyze } from "../cli/analyze.ts";
import { analyzeMessage, COMPONENT_WEIGHTS, labelIds, warmUpFor } from "./index.ts";
import { clauseStart, maskQuotes, normalize, rx, splitSentences } from "./text.ts";

describe("analyzeMessage", () => {
  test("spans point at the words that triggered the label", () => {
    const text = "Honestly, you're so selfish.";
    const a = analyzeMessage(text);
    const criticism = a.labels.find((l) => l.id === "criticism");
    assert.ok(criticism);
    const [s, e] = criticism.spans[0] ?? [0, 0];
    assert.equal(text.slice(s, e), "you're so selfish");
  });

  test("warnings carry a reason, the sentence and a rewrite", () => {
    const a = analyzeMessage("We had a nice day. I'm sorry if you were hurt.");
    const w = a.warnings[0];
    assert.equal(w?.id, "conditional-apology");
    assert.ok(w.reason.length > 10);
    assert.deepEqual(w.sentence, [19, 46]);
    assert.equal(w.rewrite, "I'm sorry I hurt you. That's on me.");
  });

  test("a warning's rewrite is written when read, and serialised with the label", () => {
    const a = analyzeMessage("Sorry if you got upset over nothing.");
    const w = a.warnings.find((l) => l.id === "conditional-apology");
    assert.ok(w);
    const first = w.rewrite;
    assert.ok(first && first.length > 10);
    assert.equal(w.rewrite, first, "kept after the first read");
    const json = JSON.parse(JSON.stringify(w)) as { rewrite?: string; sentence?: number[] };
    assert.equal(json.rewrite, first);
    assert.deepEqual(json.sentence, w.sentence);
  });

  test("components and markers carry no rewrite", () => {
    const a = analyzeMessage("I lied to you and I'm sorry.");
    for (const l of a.labels) assert.equal(l.rewrite, undefined);
  });

  test("apology score weighs responsibility above regret, and lists what is missing", () => {
    const full = analyzeMessage(
      "I'm sorry. I lied about the money and that was wrong. I hid it because I was ashamed. " +
        "I'll pay back every penny, and from now on you'll see every statement. Can you forgive me?",
    );
    assert.equal(full.apology.score, 100);
    assert.deepEqual(full.apology.missing, []);
    const regretOnly = analyzeMessage("I'm so sorry.");
    const ownedOnly = analyzeMessage("It was my fault.");
    assert.equal(regretOnly.apology.score, COMPONENT_WEIGHTS.regret);
    assert.ok(ownedOnly.apology.score > regretOnly.apology.score);
    assert.equal(regretOnly.apology.missing[0]?.id, "responsibility");
    assert.match(
      regretOnly.apology.missing.find((m) => m.id === "repentance")?.prompt ?? "",
      /what you will do differently/,
    );
  });

  test("no labels and score 0 for a neutral message", () => {
    const a = analyzeMessage("Can you grab bread on the way back?");
    assert.deepEqual(a.labels, []);
    assert.equal(a.apology.isApology, false);
    assert.equal(a.apology.score, 0);
  });

  test("empty and very long input", () => {
    assert.deepEqual(labelIds(""), []);
    assert.deepEqual(labelIds("   \n  "), []);
    const long = "You never listen. ".repeat(2000);
    assert.ok(labelIds(long).includes("generalization"));
  });
});

describe("normalisation", () => {
  test("keeps length, lowercases, straightens quotes, collapses punctuation", () => {
    const text = "I’M “FINE”?!?! Really…";
    const n = normalize(text);
    assert.equal(n.length, text.length);
    assert.equal(n, 'i\'m "fine"?    really.');
  });

  test("missing apostrophes and text-speak are understood", () => {
    assert.ok(labelIds("dont be so dramatic").includes("minimizing"));
    assert.ok(labelIds("im sorry i lied").includes("responsibility"));
    assert.ok(labelIds("ur never here").includes("generalization"));
  });

  test("British and American spelling", () => {
    assert.ok(labelIds("I apologise if that offended you").includes("conditional-apology"));
    assert.ok(labelIds("I apologize if that offended you").includes("conditional-apology"));
  });

  test("repeated punctuation and capitals", () => {
    assert.ok(labelIds("YOU ALWAYS DO THIS!!!!!").includes("generalization"));
    assert.deepEqual(labelIds("ok see you at 8!!!"), []);
  });

  test("quoted speech is masked: reporting words is not saying them", () => {
    const text = 'She texted me "you always ruin everything" and I was in bits.';
    const masked = maskQuotes(normalize(text), text);
    assert.ok(!masked.includes("always"));
    assert.ok(!labelIds(text).includes("generalization"));
  });

  test("straight single quotes are masked too, apostrophes are not", () => {
    const masked = (t: string) => maskQuotes(normalize(t), t);
    assert.ok(!masked("His line was 'look what you made me do'. Classic.").includes("made"));
    assert.ok(!masked("she said 'don't you ever lie to me' and left").includes("lie"));
    assert.ok(!labelIds("Dad's favourite was 'look what you made me do'.").includes("blame-shift"));
    // "'cause" and a plural possessive are apostrophes, not quotes
    const kept = "'cause you never listen, and my parents' house is a mess";
    assert.equal(masked(kept), normalize(kept));
    assert.ok(labelIds("'cause you never listen to me").includes("generalization"));
  });

  test("warming up in slices ends, and answers the same as before", () => {
    const before = JSON.stringify(analyzeMessage("I'm sorry if you felt hurt."));
    let slices = 0;
    while (!warmUpFor(1)) slices++;
    assert.ok(slices < 10_000);
    assert.equal(warmUpFor(0), true);
    assert.equal(JSON.stringify(analyzeMessage("I'm sorry if you felt hurt.")), before);
  });

  test("sentence splitting", () => {
    const s = splitSentences(normalize("One. Two? Three!\nFour"));
    assert.equal(s.length, 4);
    // an emoji before the next words ends its sentence too
    assert.equal(splitSentences(normalize("fine 🙄 you always do this")).length, 2);
    assert.equal(splitSentences(normalize("love you 😘")).length, 1);
  });

  test("sentence splitting ends sentences where the regex it replaced did", () => {
    const END = /[.!?]+(?=\s|$|["')\]])|\n+|[\x80-\x9f][\x80-\xff](?=\s)/g;
    const reference = (norm: string) => {
      const out: { start: number; end: number }[] = [];
      const push = (from: number, to: number) => {
        let s = from;
        let e = to;
        while (s < e && /\s/.test(norm[s] ?? "")) s++;
        while (e > s && /\s/.test(norm[e - 1] ?? "")) e--;
        if (e > s) out.push({ start: s, end: e });
      };
      let start = 0;
      for (const m of norm.matchAll(END)) {
        push(start, m.index + m[0].length);
        start = m.index + m[0].length;
      }
      push(start, norm.length);
      return out;
    };
    const odd = [
      "a.b. c",
      "wait?!x yes!!",
      "end...",
      '"no." she said',
      "x\n\n\ny",
      "ok 🙄",
      "ok 🙄 fine",
      "?!",
      "",
      " \u00a0. ",
      "a.\u2003b",
    ];
    const labelled = readdirSync(new URL("./fixtures/", import.meta.url)).flatMap((f) =>
      readFileSync(new URL(`./fixtures/${f}`, import.meta.url), "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
    for (const raw of [...odd, ...labelled]) {
      const norm = normalize(raw);
      assert.deepEqual(splitSentences(norm), reference(norm), raw);
    }
  });

  test("rx: a space before an apostrophe group, or marked optional, may be absent", () => {
    const matches = (source: string, text: string) => rx(source).test(text);
    assert.ok(matches("i (was|'d been) drinking", "i'd been drinking"));
    assert.ok(matches("i (was|'d been) drinking", "id been drinking"));
    assert.ok(matches("i (was|'d been) drinking", "i was drinking"));
    assert.ok(matches("mole ?hill", "molehill") && matches("mole ?hill", "mole hill"));
    assert.ok(!matches("i (was|had) drinking", "iwas drinking"), "other spaces stay required");
    // "'cause" is a word of its own, not a contraction's ending glued to the word before
    assert.ok(
      matches("late (because|'cause)", "late 'cause") && matches("late because", "late cos"),
    );
    assert.ok(!matches("late (because|'cause)", "latecause"));
    // an optional group with a contraction's ending: glued, spaced, or absent with its space
    const optional = "i (had |'d )?convinced myself";
    for (const ok of ["i'd convinced myself", "id convinced myself", "i had convinced myself"])
      assert.ok(matches(optional, ok), ok);
    assert.ok(matches(optional, "i convinced myself"));
    assert.ok(!matches(optional, "iconvinced myself"), "absent, the group leaves its space");
  });

  test("clauseStart finds what the scan it replaced found", () => {
    // the earlier clauseStart: at each space, the word before it tested against the list
    const CONJUNCTIONS = [
      "but",
      "though",
      "although",
      "yet",
      "so",
      "because",
      "cause",
      "cos",
      "coz",
      "or",
    ];
    const isW = (c: number) =>
      (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
    const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
    const reference = (norm: string, sentenceStart: number, pos: number): number => {
      for (let k = pos - 1; k >= sentenceStart; k--) {
        const c = norm.charCodeAt(k);
        if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41) return k + 1;
        if (!isSpace(c)) continue;
        if (
          k >= sentenceStart + 2 &&
          norm.charCodeAt(k - 1) === 45 &&
          isSpace(norm.charCodeAt(k - 2))
        )
          return k + 1;
        let s = k;
        while (s > sentenceStart && isW(norm.charCodeAt(s - 1))) s--;
        if (s === k || (s > 0 && isW(norm.charCodeAt(s - 1)))) continue;
        const len = k - s;
        for (const w of CONJUNCTIONS) if (w.length === len && norm.startsWith(w, s)) return k + 1;
        if (len === 4 && norm.startsWith("then", s) && s >= 4 && norm.startsWith("and", s - 4)) {
          if (norm.charCodeAt(s - 1) === 32 && (s === 4 || !isW(norm.charCodeAt(s - 5))))
            return k + 1;
        }
      }
      return sentenceStart;
    };
    const texts = readdirSync(new URL("./fixtures/", import.meta.url)).flatMap((f) =>
      readFileSync(new URL(`./fixtures/${f}`, import.meta.url), "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
    const odd = [
      "but",
      "sorry and then i left",
      "xbut so",
      "it's - fine but (yes) then",
      "and then",
    ];
    let bounded = 0;
    for (const raw of [...odd, ...texts]) {
      const norm = normalize(raw);
      for (const from of [0, 3]) {
        for (let pos = from; pos <= norm.length; pos++) {
          const want = reference(norm, from, pos);
          assert.equal(clauseStart(norm, from, pos), want, `${norm.slice(from, pos)}|`);
          if (want > from) bounded++;
        }
      }
    }
    assert.ok(bounded > 10_000);
  });

  test("negation scope", () => {
    assert.ok(!labelIds("I'm not blaming you for any of it.").includes("blame-shift"));
    assert.ok(!labelIds("I don't think you're a liar.").includes("criticism"));
    assert.ok(labelIds("You're a liar.").includes("criticism"));
  });
});

function io(input: string) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d) => {
    out += d;
  });
  stderr.on("data", (d) => {
    err += d;
  });
  stdin.end(input);
  return { stdin, stdout, stderr, out: () => out, err: () => err };
}

describe("mend analyze", () => {
  test("--jsonl writes one record per line, in order", async () => {
    const s = io(
      '{"id": "a", "text": "You always do this."}\n\n{"id": 2, "text": "I lied to you. That was wrong."}\n',
    );
    const code = await runAnalyze({ args: ["--jsonl"], ...s });
    assert.equal(code, 0);
    const lines = s
      .out()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assert.deepEqual(lines[0], {
      id: "a",
      labels: ["generalization"],
      score: 0,
      spans: { generalization: [[0, 10]] },
    });
    assert.equal(lines[1].id, 2);
    assert.deepEqual(lines[1].labels, ["responsibility"]);
    assert.equal(lines[1].score, COMPONENT_WEIGHTS.responsibility);
  });

  test("bad lines: clear message with the line number, exit 1, other lines still processed", async () => {
    const s = io('not json\n{"id": 1}\n{"id": 2, "text": "fine"}\n[1]\n');
    const code = await runAnalyze({ args: ["--jsonl"], ...s });
    assert.equal(code, 1);
    assert.match(s.err(), /line 1: not valid JSON/);
    assert.match(s.err(), /line 2: missing string field "text"/);
    assert.match(s.err(), /line 4: expected a JSON object/);
    assert.equal(s.out().trim().split("\n").length, 1);
  });

  test("arguments: a readable report", async () => {
    const s = io("");
    const code = await runAnalyze({ args: ["sorry if you were hurt"], ...s });
    assert.equal(code, 0);
    assert.match(s.out(), /conditional-apology/);
    assert.match(s.out(), /Try: /);
  });

  test("no input and unknown options are usage errors", async () => {
    assert.equal(await runAnalyze({ args: [], ...io("") }), 2);
    assert.equal(await runAnalyze({ args: ["--nope"], ...io("") }), 2);
  });
});
