// Round 3 (2026-11-25): constructions generalised from the misses on blind-5,
// blind-8 and train-12 once they became tuning sets. Own wordings; each has a
// positive and a hard negative that shares its words.

import {
  type Construction,
  checkCases,
  checkConstructions,
  type LabelCase,
} from "../../test/support/coach-constructions.ts";

const WARNINGS: Partial<Record<"blame-shift" | "excuse", Construction[]>> = {
  "blame-shift": [
    [
      "what was I supposed to do when you…",
      ["What else was I meant to do when you stopped answering my calls?"],
      ["What was I supposed to do with the spare keys?"],
    ],
    [
      "anyone would have, given the way you…",
      ["I read them, yes, but anybody would have given the way you'd been hiding your phone."],
      ["You're not imagining it, anyone would be upset after what you found out."],
    ],
    [
      "you didn't make it easy",
      ["I should have told you sooner. You never made it any easier though."],
      ["You made it so easy to talk to you last night, thank you."],
    ],
    [
      "you set me up to fail",
      ["Honestly you set me up for failure handing it over at midnight."],
      ["You set me up with your cousin and we're still friends."],
    ],
    [
      "no wonder I… / of course I… after a complaint about the other",
      [
        "You nag the second I'm through the door, no wonder I go out.",
        "You blow up over everything. Of course I kept quiet.",
      ],
      [
        "You make the best lasagne, no wonder I love coming home.",
        "You asked me to come. Of course I came, I wanted to.",
        "Of course I didn't tell you, it was meant to be a surprise!",
      ],
    ],
  ],
  excuse: [
    [
      "anyone would have cracked",
      ["I'm sorry, but with the bailiffs calling every day anybody would have caved."],
      ["Anyone would have been proud of you today."],
    ],
  ],
};
checkConstructions(WARNINGS, " (round 3)");

const COMPONENTS: Record<string, LabelCase[]> = {
  "explanation: a state disowned as an excuse still explains": [
    {
      text: "I'd been awake for two days, but that's no excuse for what I said.",
      has: ["explanation", "responsibility"],
    },
    { text: "There's no excuse for what I said to you.", not: ["explanation"] },
  ],
  "explanation: an optional contraction ('d) before the verb": [
    {
      text: "I'd persuaded myself you'd never find out, so I kept going. That was wrong.",
      has: ["explanation"],
    },
    { text: "You'd persuaded yourself I was lying.", not: ["explanation"] },
  ],
  "repair: making it up to someone else, money going back, restitution under way": [
    {
      text: "I'm sorry I missed his match, that's on me. I'll take him bowling to make it up to him.",
      has: ["repair"],
    },
    {
      text: "I took the money and it was wrong. I've set up a standing order to pay it all back.",
      has: ["repair"],
    },
    { text: "I broke your lamp, it was my fault. I'm buying one this week.", has: ["repair"] },
    { text: "Sorry I bailed on you. Dinner on me on Friday?", has: ["repair"] },
    { text: "I've set up a standing order for the gym.", not: ["repair"] },
    { text: "I'll cover the bill tonight, you got the last one.", not: ["repair"] },
  ],
};
checkCases("components (round 3)", COMPONENTS);
