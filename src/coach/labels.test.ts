// One positive and at least one hard negative per label, in our own wording
// (none copied from the dev set). A hard negative is a message that shares
// words with the label but must not carry it.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { LABEL_IDS, labelIds } from "./index.ts";
import type { LabelId } from "./types.ts";

interface Case {
  text: string;
  why?: string;
}

const CASES: Record<LabelId, { positive: Case[]; negative: Case[] }> = {
  "conditional-apology": {
    positive: [
      { text: "I'm sorry if you were hurt." },
      { text: "im sorry u feel that way" },
      { text: "I apologise if anything I wrote came across badly." },
      { text: "If my jokes at the party offended you, then sorry." },
    ],
    negative: [
      { text: "I'm sorry I hurt you.", why: "apologises for the act" },
      { text: "Sorry if this is a bad time, can we talk later?", why: "polite" },
    ],
  },
  excuse: {
    positive: [
      { text: "I forgot our anniversary, but I was under so much pressure at work." },
      { text: "It's just that the deadline was insane that week." },
    ],
    negative: [
      {
        text: "I was stressed that week, but that's no excuse for lying to you.",
        why: "explanation that keeps responsibility",
      },
      { text: "it's just that I miss you, that's all", why: "a feeling, not a justification" },
    ],
  },
  "blame-shift": {
    positive: [
      { text: "You drove me to it with all your questions." },
      { text: "If you hadn't gone through my phone, I wouldn't have had to lie." },
    ],
    negative: [
      { text: "You made me laugh so much at dinner." },
      { text: "It's not your fault, I chose to do it." },
    ],
  },
  minimizing: {
    positive: [{ text: "It was just one lunch with her." }, { text: "ur overreacting massively" }],
    negative: [
      { text: "I know this is a big deal to you." },
      { text: "I'm not saying you're overreacting.", why: "negated" },
    ],
  },
  generalization: {
    positive: [
      { text: "You never put your phone down when I'm talking." },
      { text: "Every time I bring it up, you change the subject." },
    ],
    negative: [
      { text: "You always make me feel safe." },
      { text: "I'll never keep secrets from you again.", why: "self-commitment" },
      { text: "You never once called while I was in hospital.", why: "one bounded event" },
    ],
  },
  criticism: {
    positive: [
      { text: "You're such a selfish person." },
      { text: "What sort of man lies to his own sister?" },
    ],
    negative: [
      { text: "You're not a bad person, I just need you to listen." },
      { text: "I felt let down when you missed the appointment." },
    ],
  },
  contempt: {
    positive: [
      { text: "Oh please, spare me the tears." },
      { text: "Do you want a gold star for coming home on time?" },
    ],
    negative: [
      { text: "I disagree with how you described it." },
      { text: "You're a star for picking the kids up." },
    ],
  },
  defensiveness: {
    positive: [
      { text: "I haven't done anything wrong here." },
      { text: "And what about the time you read my diary?" },
    ],
    negative: [
      { text: "You're right, I did forget to call." },
      { text: "What about lunch on Sunday at your mum's?" },
    ],
  },
  stonewalling: {
    positive: [{ text: "I'm done discussing this." }, { text: "Just drop it." }],
    negative: [
      { text: "I need a short break, then I'd like to keep talking." },
      { text: "Whatever you decide about dinner is fine with me." },
    ],
  },
  "forgiveness-pressure": {
    positive: [
      { text: "How long are you going to keep punishing me for this?" },
      { text: "cant we just move on already" },
    ],
    negative: [
      { text: "Take your time. I'll be here whenever you're ready." },
      { text: "Let's move on to the next thing on the list." },
    ],
  },
  regret: {
    positive: [
      { text: "I'm truly sorry for missing your graduation." },
      { text: "I feel terrible about how I spoke to you." },
    ],
    negative: [
      { text: "Sorry to hear your flight was cancelled." },
      { text: "I'm sorry you feel like that.", why: "conditional" },
    ],
  },
  explanation: {
    positive: [
      {
        text: "I kept the debt from you because I was ashamed of it. It was wrong and it's on me.",
      },
    ],
    negative: [{ text: "I was exhausted, that's why I forgot to pick you up.", why: "an excuse" }],
  },
  responsibility: {
    positive: [
      { text: "I went behind your back and I own that." },
      { text: "That was a cruel thing to say." },
    ],
    negative: [
      { text: "Sorry I was late.", why: "names the act without owning it as wrong" },
      { text: "It wasn't my fault.", why: "negated" },
      { text: "I know I lied, but you make it so hard to be honest.", why: "taken back by blame" },
    ],
  },
  repentance: {
    positive: [
      { text: "From now on I'll tell you before I make plans." },
      { text: "It won't ever happen again, I promise." },
    ],
    negative: [
      { text: "I'll never forgive you for this." },
      { text: "From now on you need to ask me first." },
    ],
  },
  repair: {
    positive: [
      { text: "Let me fix the gate this weekend, it's the least I can do." },
      { text: "What can I do to make things right?" },
    ],
    negative: [{ text: "That doesn't make it right.", why: "negated" }],
  },
  "forgiveness-request": {
    positive: [
      { text: "Could you ever forgive me?" },
      { text: "I hope in time you can forgive me." },
    ],
    negative: [
      { text: "When are you going to forgive me?", why: "pressure" },
      { text: "Forgive me if I'm wrong, but isn't the bin day Tuesday?", why: "politeness" },
    ],
  },
  "i-statement": {
    positive: [
      { text: "I feel invisible when you're on your phone at dinner." },
      { text: "I need us to talk about the money honestly." },
    ],
    negative: [
      { text: "I feel like you never think about me.", why: "a judgement dressed as a feeling" },
      { text: "I need you to forgive me.", why: "pressure" },
    ],
  },
  validation: {
    positive: [
      { text: "I can see why you'd be angry." },
      { text: "Your worries are completely understandable." },
    ],
    negative: [
      { text: "I know you're upset." },
      { text: "I understand why you're upset, but it was only a text.", why: "taken back" },
    ],
  },
};

describe("every label has a positive and a hard negative", () => {
  for (const id of LABEL_IDS) {
    const cases = CASES[id];
    test(`${id}: cases exist`, () => {
      assert.ok(cases.positive.length >= 1);
      assert.ok(cases.negative.length >= 1);
    });
    for (const c of cases.positive) {
      test(`${id} + ${c.text}`, () => {
        assert.ok(
          labelIds(c.text).includes(id),
          `expected ${id} in ${JSON.stringify(labelIds(c.text))}`,
        );
      });
    }
    for (const c of cases.negative) {
      test(`${id} - ${c.text}${c.why ? ` (${c.why})` : ""}`, () => {
        assert.ok(
          !labelIds(c.text).includes(id),
          `did not expect ${id} in ${JSON.stringify(labelIds(c.text))}`,
        );
      });
    }
  }
});
