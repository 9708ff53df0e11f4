// Round 3, tone (2026-11-26): generalization, criticism and conditional-apology
// constructions generalised from the misses on train-13, train-14, train-12,
// blind-5 and blind-8. Own wordings; each has positives and hard negatives
// (praise, the writer as subject, sympathy, genuine apology, a bounded event).

import { type Construction, checkConstructions } from "../../test/support/coach-constructions.ts";

const WARNINGS: Partial<
  Record<"generalization" | "criticism" | "conditional-apology", Construction[]>
> = {
  generalization: [
    [
      "a habit adverb: without fail / like clockwork, you …",
      [
        "Like clockwork, you start a row the night before my exams.",
        "You're late like clockwork, every single Friday.",
      ],
      [
        "Without fail, you make the kids laugh at bedtime.",
        "Like clockwork, you're at the school gate. Thank you.",
        "Without fail, I forget to water the plants.",
      ],
    ],
    [
      "none without it: there isn't a single X where you don't …",
      [
        "There's never a dinner where you don't check your phone.",
        "Not one family gathering goes by without you picking a fight with my brother.",
      ],
      [
        "There isn't a single day where you don't tell me you love me.",
        "Not a day goes by without you checking on your gran. I'm so grateful.",
        "Not a day goes by that I don't think about what I did.",
      ],
    ],
    [
      "every X I do, you … / every X, you … (opening the clause)",
      [
        "Every plan I make, you find a reason to cancel.",
        "Every suggestion I make, you shoot down.",
        "Every bill, you leave for me to sort out.",
      ],
      [
        "Every plan I make, you help me with.",
        "Every mistake I make, you forgive.",
        "I meant every word I said to you.",
        "Every bill, I pay on time now.",
      ],
    ],
    [
      "a bad habit over every small thing",
      [
        "You kick off over the smallest thing.",
        "You get defensive about every little comment.",
        "Maybe if you didn't nag me about every little thing I'd talk to you.",
      ],
      [
        "I lose it over every tiny thing, I know, and I'm working on it.",
        "You notice every little thing about me.",
        "You don't get defensive about every little comment anymore.",
      ],
    ],
    [
      "you turn every X into a fight",
      [
        "You make every disagreement into a competition.",
        "You treat every question like an attack.",
      ],
      ["You turn every dinner into a celebration.", "You make every day special."],
    ],
    [
      "you haven't kept a single promise",
      [
        "You haven't paid a single bill since March.",
        "You've not turned up to a single parents' evening.",
      ],
      [
        "You haven't missed a single payment, thank you.",
        "You haven't made a single payment late.",
        "I haven't kept a single promise to you, I know.",
      ],
    ],
    [
      "a trigger, then their habit: every time / each time / the moment …, you …",
      [
        "Every time the kids need something you conveniently disappear.",
        "The moment things get hard you bail.",
        "Each time we plan something you flake at the last minute.",
        "Whenever I open up, you turn it into a joke.",
      ],
      [
        "Whenever I'm down, you cheer me up.",
        "Each time the baby cries, you get up first. Thank you.",
        "You fold the laundry every single time, thanks.",
      ],
    ],
    [
      "you lot / you two never …; it's always about what you want",
      ["you two never let anything go, do you", "It's always about what you want with you."],
      ["You two always make me laugh.", "It's not about what you want, it's about the kids."],
    ],
    [
      "every time …: not the writer's own habit, not 'you' as an object before 'I …'",
      ["Every time I ask you for help you sigh."],
      [
        "Every time I thought about calling you I lost my nerve.",
        "Changing the subject is what I do every time you raise money. I'll stop.",
      ],
    ],
    [
      "a tail that makes it a habit: you don't …, ever",
      [
        "You don't listen to a word I say, ever.",
        "You're the one who forgets to pay anything, ever.",
      ],
      [
        "You don't have to worry about money, ever.",
        "I hope you don't get hurt like that, ever.",
        "You never let me down, ever.",
        "Best birthday, ever!",
      ],
    ],
  ],
  criticism: [
    [
      "a vice of theirs, judged: your pride is unbearable",
      [
        "Your arrogance is staggering.",
        "Your selfishness knows no bounds.",
        "Your attitude is the real problem here.",
      ],
      [
        "My pride is unbearable sometimes, I know.",
        "Your patience is incredible.",
        "Your pride in the kids is lovely to see.",
        "Your temper isn't the problem, the money is.",
      ],
    ],
    [
      "a bare verdict with a tail: to the core / through and through",
      [
        "You did it again. Selfish to the core.",
        "You lied to my face. Two-faced through and through.",
      ],
      ["I was selfish, selfish to the core. I'm sorry."],
    ],
    [
      "the verdict as too mild: X doesn't begin to cover it",
      ["Cowardly doesn't begin to describe it.", "Spineless is an understatement."],
      [
        "Tired doesn't even begin to cover it.",
        "Selfish doesn't begin to cover what I did. I'm so sorry.",
      ],
    ],
    [
      "only a coward does …",
      ["Only a liar talks like that.", "Only someone heartless forgets their own kid's birthday."],
      ["Only a saint has that much patience, thank you."],
    ],
    [
      "how can one person / a grown man be so …",
      ["How can a grown man be this childish?", "How can one person be so cold?"],
      ["How can one person be so generous?"],
    ],
    [
      "what on earth is the matter with you; seriously, who does that",
      ["What in god's name is wrong with you?", "Honestly, who does that?"],
      ["What's the matter with you today, sweetheart?", "I don't know who does that."],
    ],
    [
      "who reads someone's messages",
      ["Who goes through someone's phone while they sleep?"],
      ["Who reads the post in your house?"],
    ],
    [
      "you're so wrapped up in yourself; you're no better",
      ["You're completely wrapped up in yourself.", "He lied to me and you're no better."],
      ["You're so wrapped up in the project, I'm proud of you.", "You're no better off than me."],
    ],
    [
      "a missing virtue as a bare verdict: Zero integrity.",
      ["You lied to the kids again. No remorse, none at all."],
      ["No shame. I'd do it again.", "No shame in asking for help."],
    ],
  ],
  "conditional-apology": [
    [
      "how it landed with them: sorry my comment landed badly with you",
      [
        "I'm sorry that my comment came across so harshly.",
        "Apologies that the email landed badly with your team.",
        "Sorry that it went down so badly with you.",
      ],
      [
        "Sorry the joke went down badly at the wedding, the groom hated it.",
        "Sorry my flight landed so late.",
      ],
    ],
    [
      "reversed: if I stepped on your toes / came across as rude, sorry / my bad",
      [
        "If I trod on anyone's toes today, apologies.",
        "If I came across as dismissive, sorry.",
        "if I came off too harsh earlier, my bad",
      ],
      ["If I was rude to the waiter, it's because he was rude first."],
    ],
    ["my bad if …", ["My bad if that came across wrong."], ["My bad, I forgot to call you back."]],
    [
      "a feeling left behind by a thing: left you feeling …",
      ["I'm sorry the way I handled it left you feeling ignored."],
      ["Sorry the exam left you feeling so drained.", "I'm sorry I left you feeling alone."],
    ],
    [
      "their impression: sorry it felt like I …",
      ["Sorry it looked as if I was ignoring you."],
      ["I'm sorry it took me so long to say this."],
    ],
    [
      "a thing has you feeling this way / made you feel that way",
      ["Sorry that the whole thing has you feeling this way.", "Sorry it made you feel that way."],
      ["I'm sorry I made you feel that way."],
    ],
    [
      "their reaction, then the act kept: sorry you …, but I stand by it",
      [
        "I'm sorry you feel hurt, but I stand by my decision.",
        "Sorry my words stung, but honestly, I was right.",
      ],
      [
        "I'm sorry I shouted, but I stand by what I said about the money.",
        "I'm sorry you're going through this, but I'm here for you.",
      ],
    ],
    [
      "their reading: sorry you found my message upsetting",
      ["Sorry if you found the joke offensive."],
      ["Sorry you found the exam hard."],
    ],
    [
      "regret for an outcome on them; an act of mine as hard for them",
      [
        "I regret that the party turned out to be so stressful for you.",
        "Sorry my plans for the move have been so hard on you.",
        "I regret that you ended up feeling left out at the wedding.",
      ],
      ["I regret that I wasn't there for you.", "I'm sorry I upset you. I was wrong."],
    ],
    [
      "sorry you're so wound up / my decision upset your family",
      [
        "sorry you're so worked up about it",
        "I'm sorry that my choice of venue upset your parents.",
      ],
      [
        "I'm sorry I upset your parents, it was thoughtless of me.",
        "Sorry you're so busy this week.",
      ],
    ],
  ],
};
checkConstructions(WARNINGS, " (round 3, tone)");
