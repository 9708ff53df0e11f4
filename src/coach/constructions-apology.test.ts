// Constructions of the apology components and constructive markers: for each,
// a positive and at least one hard negative (the other person as subject,
// negation, a condition, reported speech, a push, a routine chore...). All in
// our own wording, none copied from a labelled set.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { labelIds } from "./index.ts";
import type { LabelId } from "./types.ts";

interface Case {
  text: string;
  has?: LabelId[];
  not?: LabelId[];
}

const CASES: Record<string, Case[]> = {
  "regret: a sorry for the other's feeling caused by 'it' is not regret": [
    { text: "I'm so sorry I shouted at the kids' party.", has: ["regret"] },
    { text: "sorry it got to you so much", not: ["regret"] },
    { text: "I regret that the whole business upset you.", not: ["regret"] },
    { text: "I'm sorry that my being away was hard on you.", not: ["regret"] },
  ],
  "regret: a condition before the apology": [
    { text: "If I could take it back, I would, I'm so sorry.", has: ["regret"] },
    { text: "If I'm honest, I'm sorry I lied about the loan.", has: ["regret"] },
    { text: "Well, if my joke bothered anyone, then sorry.", not: ["regret"] },
    { text: "To the extent my tone upset people, I apologise.", not: ["regret"] },
  ],
  "regret: sarcasm and someone else's apology": [
    { text: "Oh I'm soooo sorry I didn't ask your permission first.", not: ["regret"] },
    { text: "Sorry for breathing, I guess.", not: ["regret"] },
    { text: "Grandad says he's really sorry about the party.", not: ["regret"] },
    { text: "I told him I was sorry and he hung up.", not: ["regret"] },
    { text: "Sorry, babe.", has: ["regret"] },
  ],
  "regret: gutted / angry at myself / wish I'd never / apologies for": [
    { text: "gutted i forgot our anniversary", has: ["regret"] },
    { text: "I'm furious with myself for lying to you.", has: ["regret"] },
    { text: "I wish I'd never opened that account.", has: ["regret"] },
    { text: "Apologies for snapping at you in the meeting.", has: ["regret"] },
    { text: "Apologies for the late reply, busy day.", not: ["regret"] },
    { text: "I'm gutted for you, that sounds rough.", not: ["regret"] },
    { text: "I'm so ashamed of you.", not: ["regret"] },
  ],
  "responsibility: the way I ... was wrong": [
    { text: "How I spoke to you at dinner was cruel.", has: ["responsibility"] },
    { text: "The way you spoke to me at dinner was cruel.", not: ["responsibility"] },
  ],
  "responsibility: wasn't okay / wasn't fair on you": [
    { text: "It wasn't fair on you, and I know that.", has: ["responsibility"] },
    { text: "It wasn't fair that my manager kept me late.", not: ["responsibility"] },
    { text: "Was it not okay to ask?", not: ["responsibility"] },
  ],
  "responsibility: a gerund subject named as wrong": [
    { text: "Reading your journal behind your back was a betrayal.", has: ["responsibility"] },
    { text: "Seeing you with him at the bar was awful.", not: ["responsibility"] },
    { text: "Ignoring me for a whole week was cruel.", not: ["responsibility"] },
  ],
  "responsibility: not mine to / no right / the mistake was mine": [
    { text: "It wasn't my secret to tell.", has: ["responsibility"] },
    { text: "I had no right to open your post.", has: ["responsibility"] },
    { text: "The mix-up with the tickets was mine.", has: ["responsibility"] },
    { text: "You had no right to open my post.", not: ["responsibility"] },
    { text: "The blue car was mine.", not: ["responsibility"] },
  ],
  "responsibility: an act done without asking": [
    { text: "I borrowed your laptop without asking.", has: ["responsibility"] },
    { text: "You borrowed my laptop without asking.", not: ["responsibility"] },
    { text: "I would never borrow your laptop without asking.", not: ["responsibility"] },
  ],
  "responsibility: a second wrong act after 'and'": [
    { text: "I spent the holiday money and lied about it.", has: ["responsibility"] },
    { text: "He spent the holiday money and lied about it.", not: ["responsibility"] },
    { text: "You think I spent it and lied about it?", not: ["responsibility"] },
  ],
  "responsibility: doesn't make it okay / won't pretend": [
    { text: "Being tired doesn't make shouting at you okay.", has: ["responsibility"] },
    { text: "I won't pretend that was okay.", has: ["responsibility"] },
    { text: "I texted at ten, so don't make it sound like I vanished.", not: ["responsibility"] },
  ],
  "responsibility taken back by a turn to the other": [
    { text: "I lied about the bonus, but you'd have spent it anyway.", not: ["responsibility"] },
    {
      text: "I lied about the bonus. But if you hadn't nagged, I'd have told you.",
      not: ["responsibility"],
    },
    { text: "I lied about the bonus, but you deserve the truth now.", has: ["responsibility"] },
    { text: "I lied about the bonus, but you'd already guessed.", has: ["responsibility"] },
    { text: "I hurt you, but you still showed up for me.", has: ["responsibility"] },
  ],
  "a circumstance after 'but' takes back an admission or validation: excuse": [
    {
      text: "yes i forgot the school run but the week had been total chaos",
      has: ["excuse"],
      not: ["responsibility"],
    },
    {
      text: "I understand why you're cross, but I was working a double shift.",
      has: ["excuse"],
      not: ["validation"],
    },
    {
      text: "Not that it excuses anything, but I'd had an awful day and took it out on you.",
      has: ["explanation"],
      not: ["excuse"],
    },
  ],
  "explanation: motives and upbringing": [
    {
      text: "I wanted to look clever in front of them, so I passed your idea off as mine. That was wrong.",
      has: ["explanation"],
    },
    {
      text: "I think part of me wanted you to notice me. It was wrong to go about it like that.",
      has: ["explanation"],
    },
    {
      text: "Growing up, nobody talked about money, so hiding it felt normal. It was still wrong.",
      has: ["explanation"],
    },
    { text: "My kids are growing up so fast.", not: ["explanation"] },
    { text: "You're so jealous, that's the real reason I hid it.", not: ["explanation"] },
  ],
  "repentance: writer commitments, not notices": [
    { text: "From tonight my phone stays on the kitchen table.", has: ["repentance"] },
    { text: "From now on the recycling goes out on Thursdays.", not: ["repentance"] },
    { text: "From now on, you need to tell me where you are.", not: ["repentance"] },
    { text: "The builder says it won't happen again.", not: ["repentance"] },
    { text: "I won't be going over it again.", not: ["repentance"] },
  ],
  "repentance: the means removed, help sought, checking first": [
    { text: "The betting app is deleted and the card is cut up.", has: ["repentance"] },
    { text: "My account has been deleted, can you help?", not: ["repentance"] },
    { text: "I'm seeing someone about my temper.", has: ["repentance"] },
    { text: "I'm sorry about my temper.", not: ["repentance"] },
    { text: "I'll run it by you first from now on.", has: ["repentance"] },
    { text: "There won't be a next time.", has: ["repentance"] },
    { text: "This is the last time I'm asking you.", not: ["repentance"] },
  ],
  "repair: restitution, in an apology": [
    {
      text: "I'm sorry I missed it. Can I take you out for dinner to make up for it?",
      has: ["repair"],
    },
    { text: "Can I take you out for dinner on Friday?", not: ["repair"] },
    { text: "I'll replace the lamp I knocked over.", has: ["repair"] },
    { text: "I'll replace the bulb in the hall tonight.", not: ["repair"] },
    { text: "I've sent the money back.", has: ["repair"] },
    { text: "You ended up paying for it, and I'm sorry.", not: ["repair"] },
  ],
  "repair: setting the record straight with a third party": [
    { text: "I've emailed the team to say the error was mine, not yours.", has: ["repair"] },
    { text: "I'll call your brother and explain it was my mistake.", has: ["repair"] },
    { text: "I'll tell you the truth tomorrow.", not: ["repair"] },
  ],
  "repair: what would help": [
    { text: "I'm sorry. Tell me what would help and I'll do it.", has: ["repair"] },
    { text: "If there's anything I can do, let me know. Sorry for your loss.", not: ["repair"] },
  ],
  "forgiveness-request: conditional and hopeful forms": [
    { text: "If you can ever forgive me, I'll be here.", has: ["forgiveness-request"] },
    { text: "Maybe one day you'll be able to forgive me.", has: ["forgiveness-request"] },
    { text: "Is there any chance you'll forgive me?", has: ["forgiveness-request"] },
    { text: "Forgive me for doubting you.", has: ["forgiveness-request"] },
    { text: "You'll never be able to forgive me.", not: ["forgiveness-request"] },
    { text: "When will you be able to forgive me?", not: ["forgiveness-request"] },
    { text: "Forgive me for prying, but are you okay?", not: ["forgiveness-request"] },
  ],
  "i-statement: more feelings and forms": [
    { text: "I just felt pushed aside.", has: ["i-statement"] },
    { text: "She felt pushed aside by her team.", not: ["i-statement"] },
    { text: "I end up feeling like a spare part.", has: ["i-statement"] },
    { text: "still on edge whenever your phone buzzes", has: ["i-statement"] },
    { text: "You're still on edge whenever I come home.", not: ["i-statement"] },
    { text: "What would help me is a text when you're running late.", has: ["i-statement"] },
    { text: "I need my weekends to myself for a bit.", has: ["i-statement"] },
    { text: "I need us to get back to normal.", not: ["i-statement"] },
    { text: "I'm hopeful about us.", has: ["i-statement"] },
    { text: "I'm happy to help.", not: ["i-statement"] },
    { text: "I'd like to hear what would help.", not: ["i-statement"] },
  ],
  "validation: more forms": [
    { text: "I can see why that looked like a betrayal.", has: ["validation"] },
    { text: "I understand if you can't trust me for a while.", has: ["validation"] },
    { text: "I'd understand if you can't, but I hope you'll try.", not: ["validation"] },
    { text: "You've every right to be upset with me.", has: ["validation"] },
    { text: "ur anger about this is valid", has: ["validation"] },
    { text: "That's completely understandable.", has: ["validation"] },
    { text: "That's fair.", not: ["validation"] },
    { text: "I'll cook and you wash up, that's fair.", not: ["validation"] },
  ],
  "validation taken back by 'but'": [
    { text: "I get that you're upset, but honestly you've done worse.", not: ["validation"] },
    { text: "I understand why you're angry, but it was just a joke.", not: ["validation"] },
    { text: "I get that you're hurt, but I want to make it right.", has: ["validation"] },
  ],
};

describe("apology components and markers: constructions", () => {
  for (const [name, cases] of Object.entries(CASES)) {
    test(name, () => {
      for (const c of cases) {
        const got = labelIds(c.text);
        for (const id of c.has ?? [])
          assert.ok(got.includes(id), `${c.text} → missing ${id} (${got})`);
        for (const id of c.not ?? [])
          assert.ok(!got.includes(id), `${c.text} → unexpected ${id} (${got})`);
      }
    });
  }
});
