// Constructions added to generalise excuse, blame-shift, minimizing,
// defensiveness and forgiveness-pressure beyond the wordings of the labelled
// sets. Each construction has a positive and at least one hard negative (a
// message sharing its words that must not carry the label), in our own
// wording. Only the label under test is checked, so other labels may change.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { labelIds } from "./index.ts";
import type { WarningId } from "./types.ts";

type Construction = [name: string, positive: string[], negative: string[]];

const CASES: Record<
  "excuse" | "blame-shift" | "minimizing" | "defensiveness" | "forgiveness-pressure",
  Construction[]
> = {
  excuse: [
    [
      "but + a circumstance that failed the writer",
      [
        "I know I promised to come, but the nanny cancelled last minute.",
        "yes i forgot ur mums dinner but my boss kept me late",
      ],
      ["The babysitter cancelled, so can you pick the kids up?"],
    ],
    [
      "but + the writer's load or lack of sleep",
      [
        "I snapped at you, I know, but I'd barely slept all week.",
        "Sorry about the call, but I've had back to back meetings since eight.",
      ],
      [
        "I'd barely slept all week, but that doesn't make it okay to snap at you.",
        "I was stressed out of my mind, but that's no excuse for what I said.",
      ],
    ],
    [
      "a cause for the writer's own failure, not owned",
      ["I never called you back, my shift ran two hours over."],
      ["Work has been mad this week, can't wait to see you Saturday x"],
    ],
    [
      "it's just been a bad stretch",
      ["It's only been a brutal month at work, that's all."],
      ["It's just been a lovely weekend with you."],
    ],
    [
      "what with ... for a failure",
      ["What with the kids being ill, I completely forgot your birthday."],
      ["What with the rain, we stayed in and watched films."],
    ],
    [
      "nothing I could do / the only way",
      [
        "There was honestly nothing I could have done, the flight was grounded.",
        "It was the only option I had to get the contract signed.",
      ],
      ["There was nothing I could do to make it better for you, and I hate that."],
    ],
    [
      "everyone does it, in more verbs",
      ["Half the office pads their expenses, it's hardly unusual."],
      ["Everyone at work misses you.", "Everyone tells me you're amazing."],
    ],
    [
      "that's just how I am / heat of the moment",
      ["Sorry, that's just the way I talk to people.", "I said it in the heat of the moment."],
      ["That's just how I feel about you."],
    ],
    [
      "good intentions offered as the reason",
      ["I was only trying to keep the peace at dinner.", "I just thought you wouldn't mind."],
      ["I thought you'd find it funny, and I was wrong. It was cruel."],
    ],
    [
      "a state as the cause of a bad act: '..., so I snapped'",
      ["I was knackered after work, so yeah, I snapped at you."],
      ["I was so tired, so I went to bed early. Hope your night was good!"],
    ],
    [
      "didn't know what I was saying",
      ["Sorry, I was wasted and didn't know what I was saying."],
      ["I didn't know what I was doing when I started, but I'm learning."],
    ],
    [
      "you have to understand what I was under",
      ["You have to understand how much stress I was under back then."],
      ["You have to understand how much I love you."],
    ],
    [
      "it was an accident, for the writer's own act",
      ["I know I broke it, but it was an accident."],
      ["It was an accident, the dog knocked the vase over."],
    ],
    [
      "a fragment cause after an apology",
      ["Sorry about last night. Rough week."],
      ["Long day. Can't wait to see you."],
    ],
    [
      "only human / nobody's perfect",
      ["Look, I'm only human, I messed up."],
      ["Nobody's perfect, don't beat yourself up.", "I'm only human and I love you so much."],
    ],
  ],
  "blame-shift": [
    [
      "admission, but + the other's provocation or neglect",
      [
        "Yes I shouted, but you wouldn't stop nagging me about the money.",
        "I know I lied about the trip, but you've been so distant for months.",
      ],
      [
        "I love you, but you've been so distant lately and I miss you.",
        "I'm sorry, I know you kept asking and I kept dodging.",
      ],
    ],
    [
      "counterfactual blame with 'I'd never have'",
      ["I'd never have gone through your phone if you hadn't been so secretive."],
      [
        "I'd never have got through this year if you hadn't been there.",
        "If you hadn't called me, I would never have known how much you cared.",
      ],
    ],
    [
      "you'd have reacted badly",
      [
        "I didn't tell you because you'd have gone mental.",
        "I hid it cos you would've kicked off.",
      ],
      ["I didn't tell you because I knew you'd worry."],
    ],
    [
      "maybe if you had ...",
      ["maybe if u listened for once i wouldnt have to shout"],
      ["Maybe if you'd like, we could get dinner Friday?", "Maybe if you have time we could talk."],
    ],
    [
      "don't act surprised / can you blame me",
      ["You ignored me for a week, so don't act shocked I went out.", "Can you really blame me?"],
      ["Don't be surprised if I cry when I see you.", "I was so surprised when you called!"],
    ],
    [
      "the reason is the other's reaction",
      ["The real reason I stopped telling you things is that whenever I do, you explode."],
      ["The reason I hid it is that I was ashamed."],
    ],
    [
      "shared blame pushed onto the other",
      ["Let's be honest, you're partly to blame for this.", "It's on you as well."],
      ["You're not to blame for any of this.", "It's not on you, it's on me."],
    ],
    [
      "you should have reminded me",
      ["You could have reminded me, you knew it was Friday."],
      ["You should have seen her face when she opened the present!"],
    ],
    [
      "you're the reason I ...",
      ["You're the reason I drink."],
      ["You're the reason I stopped smoking, thank you."],
    ],
    [
      "it's not my fault you ...",
      ["It's not my fault you can't take a joke."],
      ["It's not my fault, I know, but I want to help."],
    ],
    [
      "it wouldn't have happened if you ...",
      ["None of this would have happened if you'd been straight with me."],
      ["It wouldn't have happened if you hadn't been there to catch me."],
    ],
    [
      "no wonder I ... after a you-clause",
      ["You check my phone every night, no wonder I lied."],
      ["no wonder I'm tired, I did 20k steps"],
    ],
    [
      "you were ignoring me, so I ...",
      ["You were ignoring my calls, so I went out without you."],
      ["You were so distant, and I missed you."],
    ],
  ],
  minimizing: [
    [
      "reading too much into it / taking it personally",
      ["ur reading way too much into one text", "You take everything so personally."],
      [
        "I know I'm reading too much into it, but it scared me.",
        "I take it personally when you cancel.",
      ],
    ],
    [
      "making it bigger than it is / the end of the world",
      [
        "You're making this out to be much worse than it was.",
        "You've turned one late night into the end of the world.",
      ],
      ["I'd never make it into a big thing."],
    ],
    [
      "turning it into a whole thing",
      ["Please don't turn this into a whole drama."],
      ["I don't want to turn this into a fight."],
    ],
    [
      "hardly a crime",
      ["Having a drink with an ex is not exactly a crime."],
      ["What he did to you was a crime."],
    ],
    [
      "it's only money / a small thing",
      ["It's only money, we'll make it back.", "That's such a minor thing to get upset about."],
      [
        "It's a small thing, but thank you for making coffee.",
        "It's just words to you but it hurt me.",
      ],
    ],
    [
      "no harm done",
      ["No harm done, she never even saw the messages."],
      ["Don't worry, no harm done!"],
    ],
    [
      "others do worse / at least I didn't",
      ["Plenty of people do far worse.", "At least I didn't lie to your face about it."],
      ["At least I didn't have to work today."],
    ],
    [
      "a whole sentence telling them to relax",
      ["I was twenty minutes late. Relax."],
      ["Just relax and enjoy your holiday, you deserve it."],
    ],
    [
      "a silly argument, nothing more",
      ["It was one stupid comment, nothing more."],
      ["It was a gift, nothing more, I hope you like it."],
    ],
    [
      "it's not as if I ...",
      ["It's not as if I forgot your birthday."],
      ["It's not like I spent much on it, it was in the sale."],
    ],
  ],
  defensiveness: [
    [
      "the writer as the one being blamed",
      ["Why am I always the one getting blamed?", "no idea why im the one being punished here"],
      ["I'm the one who lied, and I'm the one who has to fix it."],
    ],
    [
      "you've done worse",
      ["Honestly, you've done far worse to me."],
      ["You've done so much for me this year."],
    ],
    [
      "flat denial of a reported act",
      ["I never said that to your mum.", "I didn't cheat on you."],
      [
        "I didn't say that to hurt you, and I'm sorry it did.",
        "I never lied to you about the money, but I hid the statements and that was wrong.",
      ],
    ],
    [
      "lectures and hypocrisy",
      ["Spare me the lecture.", "That's a bit rich coming from you."],
      ["Thanks for the reminder about the dentist!"],
    ],
    [
      "sarcastic sorry / excuse me for living",
      ["Pardon me for breathing.", "Sorry I'm such a failure to you."],
      ["I'm so sorry I didn't call. I feel awful."],
    ],
    [
      "entitled to it / only being friendly",
      ["I'm entitled to see my own friends.", "I was only being polite to her."],
      ["I'm allowed to feel hurt about this."],
    ],
    [
      "after everything I've done for you",
      ["After everything I've done for you, this is how you treat me?"],
      ["After everything I've done to you, I don't expect forgiveness."],
    ],
    [
      "what about you, followed by a counter-complaint",
      ["What about you? You lied for months."],
      ["What about you? How are you feeling today?"],
    ],
    [
      "painting the writer as the villain",
      ["Why are you making me out to be some kind of monster?", "Stop acting like I'm a criminal."],
      ["You made me out to be a hero in that speech, thank you."],
    ],
    [
      "denying their account: 'not ... like you're saying'",
      ["I didn't leave you waiting for hours like you're claiming."],
      ["It sounds like you're saying you felt alone."],
    ],
    [
      "this is the thanks I get",
      ["I cook and clean every day and this is what I get."],
      ["That's what I get for buying cheap shoes haha"],
    ],
    [
      "not my idea, unless owned",
      ["It wasn't even my idea."],
      ["It wasn't my idea to leave you out, but I went along with it and that's on me."],
    ],
    [
      "so I'm the bad guy now / who are you to",
      ["Right, so I'm the villain now.", "Who are you to lecture me?"],
      ["So I'm the designated driver tonight?", "Who are you taking to the wedding?"],
    ],
    [
      "but you did the same",
      ["Fine, but you did the exact same thing at Christmas."],
      ["I made pasta and you did the same, great minds!"],
    ],
    [
      "why is it always my fault / don't twist this around",
      ["Why does it always have to be my fault?", "Don't twist this around."],
      ["I haven't done anything wrong at work, the audit was fine."],
    ],
  ],
  "forgiveness-pressure": [
    [
      "let's all move past it / move forward",
      ["Let's all just move forward now.", "Can we please move past this?"],
      [
        "How can we move forward from here? I want to do the work.",
        "Can we move forward with the kitchen plans this weekend?",
      ],
    ],
    [
      "apologised many times / what else do you want",
      ["I've said sorry about fifty times.", "What else do you even want from me?"],
      ["I've apologised to your sister and I'll apologise to your dad tomorrow."],
    ],
    [
      "we need to be normal again",
      ["The kids need us to be normal again.", "Can't things just go back to normal?"],
      ["I need time before things can go back to normal."],
    ],
    [
      "time to move on / life's too short",
      ["Isn't it about time you got over it?", "Life's too short to hold onto this."],
      ["It's time for me to move on from that job.", "It's time to move on to the next item."],
    ],
    [
      "you keep bringing it up",
      ["Why do you keep dragging it back up?"],
      ["I know you keep bringing it up because it still hurts, and that's fair."],
    ],
    [
      "not over it yet / still holding a grudge",
      ["Are you still not over it yet?", "Why are you still holding a grudge?"],
      ["Why are you still up? It's 2am."],
    ],
    [
      "everyone else has forgiven me / punished enough",
      ["Your mum's already forgiven me.", "Haven't I been punished enough?"],
      ["Everyone else has gone home, can you lock up?"],
    ],
    [
      "the song is not a push",
      ["Just let it go already."],
      ["Let It Go is on repeat in the car again.", "Let it go to voicemail, I'll call back."],
    ],
    [
      "how much longer / you said you'd forgive me",
      [
        "How much longer are you going to punish me?",
        "You said you'd forgiven me, so why bring it up again?",
      ],
      [
        "How much longer will you be at the shops?",
        "You said you'd forgive me when you were ready, and I'm grateful for that.",
      ],
    ],
    [
      "still talking about this",
      ["Are we seriously still arguing about this?"],
      ["Are we still on for Saturday?"],
    ],
    [
      "ancient history / surely we can move past it",
      ["It's water under the bridge now.", "Surely we can move past this."],
      ["Surely we can get tickets if we go early."],
    ],
    [
      "just accept my apology",
      ["Why can't you just accept my apology?"],
      ["Please accept my apology for missing your call, I'll ring tonight."],
    ],
  ],
};

for (const [label, constructions] of Object.entries(CASES) as [WarningId, Construction[]][]) {
  describe(`${label} constructions`, () => {
    for (const [name, positive, negative] of constructions) {
      test(name, () => {
        for (const text of positive)
          assert.ok(labelIds(text).includes(label), `should be ${label}: ${text}`);
        for (const text of negative)
          assert.ok(!labelIds(text).includes(label), `should not be ${label}: ${text}`);
      });
    }
  });
}
