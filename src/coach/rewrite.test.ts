// Every warning's rewrite: the offending sentence rewritten where a mechanical
// rewrite is sound, otherwise a sentence-shaped suggestion.

import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeMessage } from "./index.ts";
import type { WarningId } from "./types.ts";

const rewriteOf = (text: string, id: WarningId) =>
  analyzeMessage(text).warnings.find((w) => w.id === id)?.rewrite;

const cases: [text: string, id: WarningId, rewrite: string][] = [
  ["I'm sorry if you were hurt.", "conditional-apology", "I'm sorry I hurt you. That's on me."],
  ["It was just a text.", "minimizing", "It was a text, and I can see it hurt you."],
  [
    "It was one coffee with an ex, relax.",
    "minimizing",
    "It was one coffee with an ex, and I can see it hurt you.",
  ],
  [
    "You're being way too sensitive about this.",
    "minimizing",
    "I can see how much this hurt you, and your reaction makes sense. Tell me what it was like for you.",
  ],
  [
    "you never listen to a word i say",
    "generalization",
    "When you don't listen to a word I say, I feel hurt. Can we talk about it?",
  ],
  [
    "You always leave your dishes in the sink.",
    "generalization",
    "When you leave your dishes in the sink, I feel hurt. Can we talk about it?",
  ],
  [
    "You're so selfish.",
    "criticism",
    "I felt hurt when you [name the specific thing they did], and I need to feel that what I need matters to you too.",
  ],
  [
    "You forgot my birthday again. You're so selfish.",
    "criticism",
    "I felt hurt when you forgot my birthday again, and I need to feel that what I need matters to you too.",
  ],
  [
    "u didnt even call. ur such a liar",
    "criticism",
    "I felt hurt when you didn't call, and I need honesty from you, even when it's hard.",
  ],
  [
    "What kind of person does that?",
    "criticism",
    "I felt hurt when you [name the specific thing they did], and I need [what you need].",
  ],
  [
    "You went through my phone. You disgust me.",
    "contempt",
    "I'm angry and hurt that you went through my phone. Can I tell you plainly what upset me?",
  ],
  [
    "Real mature.",
    "contempt",
    "I'm angry and hurt about [what happened]. Can I tell you plainly what upset me?",
  ],
  [
    "Can we just move on?",
    "forgiveness-pressure",
    "Take the time you need; I'm here when you're ready.",
  ],
  [
    "I'm done talking about this.",
    "stonewalling",
    "I need a break. Can we talk again at [a time]?",
  ],
  [
    "That's not true.",
    "defensiveness",
    "I hear you. Tell me more about how you see it; I want to understand my part.",
  ],
  [
    "what about the time you lied to me about the money",
    "defensiveness",
    "I hear you, and I want to understand my part first. Later I'd like to talk about the time you lied to me about the money, too.",
  ],
];

for (const [text, id, want] of cases) {
  test(`rewrite ${id}: ${text}`, () => assert.equal(rewriteOf(text, id), want));
}

test("every warning in the blind set gets a non-empty rewrite", () => {
  const a = analyzeMessage(
    "You never help. You're pathetic. I'm done. It was nothing. Can we move on? I only did it because you pushed me. I was tired, that's why I snapped. Sorry if you felt hurt. That's not true.",
  );
  assert.ok(a.warnings.length >= 8);
  for (const w of a.warnings) assert.ok((w.rewrite ?? "").length > 10, w.id);
});

test("generalization rewrites name the one time, not the tally", () => {
  const cases: [string, string][] = [
    [
      "You freak out whenever I go out with friends.",
      "When you freak out when I go out with friends, I feel hurt. Can we talk about it?",
    ],
    [
      "Every time I bring it up, you change the subject.",
      "When you change the subject when I bring it up, I feel hurt. Can we talk about it?",
    ],
    [
      "Time and time again you lie to me.",
      "When you lie to me, I feel hurt. Can we talk about it?",
    ],
    [
      "You make everything about you.",
      "When you make this about you, I feel hurt. Can we talk about it?",
    ],
    // no "you" doing it: a suggestion with a placeholder, never "When you about you"
    ["It's always about you.", "When you [the specific thing], I feel hurt. Can we talk about it?"],
  ];
  for (const [text, want] of cases) assert.equal(rewriteOf(text, "generalization"), want, text);
});

test("more rewrites keep the sentence", () => {
  assert.equal(
    rewriteOf("Sorry if I came across a bit harsh last night.", "conditional-apology"),
    "I'm sorry I came across a bit harsh last night. That's on me.",
  );
  assert.equal(
    rewriteOf("Why are you ALWAYS late??", "generalization"),
    "When you're late, I feel hurt. Can we talk about it?",
  );
  assert.equal(
    rewriteOf("You do this every single time we go to your parents'.", "generalization"),
    "When you do this when we go to your parents', I feel hurt. Can we talk about it?",
  );
  assert.equal(
    rewriteOf("I only drank because the week had been brutal.", "excuse"),
    "I drank. Whatever else was going on, that was my choice, and it's on me.",
  );
  assert.equal(
    rewriteOf("I was drunk, that's why I said those things.", "excuse"),
    "I said those things. Whatever else was going on, that was my choice, and it's on me.",
  );
});
