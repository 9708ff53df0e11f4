// Round 4 (2026-11-25, fifth session): constructions generalised from the misses
// left on the tuning sets. Own wordings; each has positives and hard negatives
// that share their words.

import { checkCases } from "../../test/support/coach-constructions.ts";

checkCases("conditional apology turned into a counter-claim (resolve)", {
  "a turn that says the writer did right is defensive": [
    {
      text: "Sorry if you felt left out, but I did invite you twice.",
      has: ["conditional-apology", "defensiveness"],
    },
    {
      text: "I'm sorry you took it that way. I honestly wasn't having a go at you.",
      has: ["conditional-apology", "defensiveness"],
    },
    {
      text: "apologies if the rota annoyed you but i was only trying to help",
      has: ["conditional-apology", "defensiveness"],
    },
    {
      text: "Sorry you see it like that, but I stand by what I said.",
      has: ["conditional-apology", "defensiveness"],
    },
    {
      text: "I'm sorry if it seemed rude, I really wasn't ignoring you.",
      has: ["conditional-apology", "defensiveness"],
    },
  ],
  "a turn that reaches out, explains, or carries another warning is not": [
    {
      text: "Sorry if that hurt you, but I love you and I'm not going anywhere.",
      not: ["defensiveness"],
    },
    {
      text: "I'm sorry if I upset you, I didn't realise the date mattered so much.",
      not: ["defensiveness"],
    },
    {
      text: "Sorry if you were hurt, but you're far too sensitive about it.",
      has: ["minimizing"],
      not: ["defensiveness"],
    },
    // a counter-claim after a real apology is not this construction
    { text: "I'm sorry I shouted. I thought you'd gone to bed.", not: ["defensiveness"] },
    {
      text: "Sorry I missed your call, I was only helping Dad with the shopping.",
      not: ["defensiveness"],
    },
  ],
});
