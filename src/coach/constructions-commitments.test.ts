// Constructions of repentance, repair, forgiveness-request and the two markers added in the
// generalisation round: for each, a positive and at least one hard negative (a refusal, a
// bargain, a threat, the other person as subject, a hypothetical, a chore...). All in our own
// wording, none copied from a labelled set.

import { checkCases, type LabelCase } from "../../test/support/coach-constructions.ts";

const CASES: Record<string, LabelCase[]> = {
  "repentance: never <verb> ... again, unless a refusal to discuss it": [
    { text: "I will never mention your diagnosis to anyone again.", has: ["repentance"] },
    { text: "I will never discuss it again, so drop it.", not: ["repentance"] },
  ],
  "repentance: won't ... anymore, in an apology or about a vice": [
    { text: "Sorry about last night. I won't drink at your mum's anymore.", has: ["repentance"] },
    { text: "I won't keep secrets from you any more.", has: ["repentance"] },
    { text: "Fine, I won't bother you anymore.", not: ["repentance"] },
  ],
  "repentance: 'next time <clause>, I'll ...' without the other as subject": [
    {
      text: "Next time something goes wrong with the car, I'll tell you straight away.",
      has: ["repentance"],
    },
    { text: "Next time you lie to me, I'll walk out.", not: ["repentance"] },
  ],
  "repentance: henceforth / no more <vice> / no <vice> for me": [
    { text: "Henceforth I'll run every big purchase past you.", has: ["repentance"] },
    { text: "I'm sorry. No more hidden credit cards, ever.", has: ["repentance"] },
    { text: "Sorry for the scene. No booze for me until Easter.", has: ["repentance"] },
    { text: "No more milk in the fridge, can you grab some?", not: ["repentance"] },
  ],
  "repentance: giving up the vice": [
    { text: "I'm done lying to you.", has: ["repentance"] },
    { text: "I'll stop gambling, starting with deleting the apps.", has: ["repentance"] },
    { text: "I'll stop shouting when you stop lying.", not: ["repentance"] },
    { text: "I'm done talking about this.", not: ["repentance"] },
  ],
  "repentance: never <verb>ing ... again, in an apology, not a threat": [
    { text: "I'm so sorry, I'm never putting you through that again.", has: ["repentance"] },
    { text: "Sorry not sorry, I'm never speaking to you again.", not: ["repentance"] },
  ],
  "repentance: from their side, 'you won't have to wonder again'": [
    { text: "You'll never have to check my phone to know where I am.", has: ["repentance"] },
    { text: "You won't have to pick the kids up on Friday.", not: ["repentance"] },
  ],
  "repentance: safeguards and the means removed": [
    { text: "I've self-excluded from the online casinos.", has: ["repentance"] },
    { text: "His number's blocked on my phone now, I'm so sorry.", has: ["repentance"] },
    { text: "I've asked to switch departments so I won't work with her.", has: ["repentance"] },
    { text: "Is his number blocked?", not: ["repentance"] },
  ],
  "repentance: a kept commitment carried on": [
    { text: "Promise check: no bets all month, and I'm keeping it going.", has: ["repentance"] },
    { text: "I'll keep them on every day, the reminders I mean.", has: ["repentance"] },
    { text: "I'll keep it going, the fire's nearly out.", not: ["repentance"] },
  ],
  "repentance: transparency offered": [
    { text: "I'll show you my bank statements every month.", has: ["repentance"] },
    { text: "You'll have the password to every account I own.", has: ["repentance"] },
    { text: "I'll show you the photos from the trip.", not: ["repentance"] },
  ],
  "repair: money going back": [
    { text: "I'll transfer every penny back by the weekend.", has: ["repair"] },
    { text: "I'm paying it back this month, all of it.", has: ["repair"] },
    { text: "I borrowed from the joint account. It'll all be back by June.", has: ["repair"] },
    { text: "I'm paying back my student loan this year.", not: ["repair"] },
    { text: "It'll be back by five, the van I mean.", not: ["repair"] },
  ],
  "repair: a third party asked to correct it": [
    { text: "I've asked the bank to remove your name from the loan.", has: ["repair"] },
    { text: "I'll post a correction in the group chat tonight.", has: ["repair"] },
    { text: "I asked the bank to send me a new card.", not: ["repair"] },
  ],
  "repair: making up for it, replacement arranged, anything I can do": [
    { text: "Saturday is all yours, my way of making up for the weekend.", has: ["repair"] },
    { text: "Sorry I stained your coat, I'll have it dry-cleaned.", has: ["repair"] },
    { text: "I'm sorry I cracked your screen. I've ordered you a new one.", has: ["repair"] },
    { text: "Sorry. Is there anything I can do?", has: ["repair"] },
    { text: "I've ordered a new sofa for the flat.", not: ["repair"] },
    { text: "Is there anything I can do about the noise, neighbour?", not: ["repair"] },
  ],
  "repair: an offer of what would help": [
    { text: "What would help right now?", has: ["repair"] },
    { text: "I wonder what would help the garden grow.", not: ["repair"] },
  ],
  "forgiveness-request: elliptical hope, 'forgive me if you can', wanting forgiveness": [
    {
      text: "I can't ask you to forgive me, but I hope you will one day.",
      has: ["forgiveness-request"],
    },
    { text: "Forgive me if you can.", has: ["forgiveness-request"] },
    { text: "I'd love for you to forgive me someday.", has: ["forgiveness-request"] },
    { text: "Hope you can forgive your old man.", has: ["forgiveness-request"] },
    { text: "Any chance of forgiveness?", has: ["forgiveness-request"] },
    {
      text: "She won't forgive me, but I hope you will come to the party.",
      not: ["forgiveness-request"],
    },
    { text: "I need you to forgive me now.", not: ["forgiveness-request"] },
    { text: "I hope she can forgive him.", not: ["forgiveness-request"] },
  ],
  "i-statement: contracted feeling verbs and 'I've been <feeling>'": [
    { text: "I'm feeling really shut out lately.", has: ["i-statement"] },
    { text: "I've been so lonely since you moved out.", has: ["i-statement"] },
    { text: "I've been stupid about money.", not: ["i-statement"] },
  ],
  "i-statement: hard to trust, heart sank, never felt so": [
    { text: "I'm finding it really hard to trust you.", has: ["i-statement"] },
    { text: "My stomach dropped when I saw her name.", has: ["i-statement"] },
    { text: "I have never felt so small in my life.", has: ["i-statement"] },
    { text: "I've never been so sure of anything.", not: ["i-statement"] },
  ],
  "i-statement: the body answers, hate the distance, wanted you there": [
    { text: "I still flinch every time your phone buzzes.", has: ["i-statement"] },
    { text: "I hate this silence between us.", has: ["i-statement"] },
    { text: "i really wanted u there on my birthday", has: ["i-statement"] },
    { text: "You flinch every time I raise my voice.", not: ["i-statement"] },
  ],
  "i-statement: a past feeling given as the reason for the writer's act is not one": [
    { text: "I lied because at that point I felt like a failure.", not: ["i-statement"] },
    { text: "I felt like a failure when you laughed at my work.", has: ["i-statement"] },
  ],
  "i-statement: 'sorry I missed our call' is the writer's act, not a longing": [
    { text: "Sorry I missed our call last night.", not: ["i-statement"] },
    { text: "I missed our walks this week.", has: ["i-statement"] },
  ],
  "i-statement: a hypothetical anger is not one": [
    { text: "If someone did this to me, I am angry also.", not: ["i-statement"] },
  ],
  "validation: contractions, 'allowed to', 'anyone would', subject-less": [
    { text: "Of course you're furious with me.", has: ["validation"] },
    { text: "You're allowed to be angry with me.", has: ["validation"] },
    { text: "Anyone in your shoes would have asked questions.", has: ["validation"] },
    { text: "Makes sense you don't want him at the party.", has: ["validation"] },
    { text: "Of course you're late again.", not: ["validation"] },
    { text: "Makes sense to leave early.", not: ["validation"] },
  ],
  "validation: see how much it hurt, understand your anger, respect your need": [
    { text: "I see how much my silence hurt you.", has: ["validation"] },
    { text: "I completely understand your anger.", has: ["validation"] },
    { text: "I respect that you need space.", has: ["validation"] },
    { text: "I get it, you're hurt.", has: ["validation"] },
    { text: "I get it, you're busy, but whatever.", not: ["validation"] },
    { text: "I understand your anger, but you're overreacting.", not: ["validation"] },
  ],
  "validation: see why <what I did> left you feeling": [
    { text: "I can see why the way I spoke to you left you feeling small.", has: ["validation"] },
    { text: "I can see why the kids like him.", not: ["validation"] },
  ],
  "repentance: a commitment update carried on (in a promise check-in)": [
    {
      text: "Promise check: no drinking on weeknights, and I'm sticking with it.",
      has: ["repentance"],
    },
    {
      text: "Commitment update: slipped on Tuesday. Back on track from tonight.",
      has: ["repentance"],
    },
    { text: "The fire's going, keep it going while I get the wood.", not: ["repentance"] },
  ],
  "repentance: in an apology, a refusal of the old behaviour": [
    { text: "I cheated and I'm sorry. I will not contact him.", has: ["repentance"] },
    { text: "I'm sorry, but I won't take no for an answer.", not: ["repentance"] },
    { text: "I'm sorry but I won't discuss your mum with you.", not: ["repentance"] },
  ],
  "repentance: in an apology, a habit promised (not restitution for a while)": [
    {
      text: "I'm so sorry. Every Friday we'll sit down with the bank app together.",
      has: ["repentance"],
    },
    { text: "I lied about the loan. I'll ask you before I borrow anything.", has: ["repentance"] },
    {
      text: "Sorry I forgot. I'll do the bins every week this month to make up for it.",
      not: ["repentance"],
    },
    { text: "I'll text you every day from the conference.", not: ["repentance"] },
  ],
  "repentance: set up so the other can see, contact ended, last time": [
    { text: "I'm turning on location sharing so you always know where I am.", has: ["repentance"] },
    { text: "I've told her I can't see her any more.", has: ["repentance"] },
    { text: "I lied to you. That's the last time.", has: ["repentance"] },
    { text: "I told her I can't come to the party.", not: ["repentance"] },
    { text: "That's the last time I lend you money!", not: ["repentance"] },
  ],
  "repentance: a request of the other with 'from now on' is not the writer's commitment": [
    { text: "I'm asking you to be straight with me from now on.", not: ["repentance"] },
  ],
  "repair: restitution in time or money, to a third party, a treat": [
    { text: "I lied. I'll have the kids all weekend so you can get some rest.", has: ["repair"] },
    { text: "I lied. You can have my bonus to cover it.", has: ["repair"] },
    { text: "I'm sorry. I'd like to sit down with your dad and explain.", has: ["repair"] },
    { text: "Sorry for ruining it. The next weekend away is on me.", has: ["repair"] },
    { text: "I'm sorry. I'll go to bed early so you can sleep.", has: ["repair"] },
    { text: "I bailed on paying for the meal and left you to cover it. Sorry.", not: ["repair"] },
    { text: "It's on me.", not: ["repair"] },
  ],
  "i-statement: what it did to the writer": [
    { text: "What hurt most was hearing it from your brother.", has: ["i-statement"] },
    { text: "I couldn't sleep for days after you told me.", has: ["i-statement"] },
    { text: "I kept wondering who else knew.", has: ["i-statement"] },
    { text: "I don't feel safe yet.", has: ["i-statement"] },
    { text: "I couldn't sleep, so I went downstairs and read your texts.", not: ["i-statement"] },
    { text: "I keep thinking about how I walked out on you.", not: ["i-statement"] },
    { text: "The worst part is I lied about it.", not: ["i-statement"] },
  ],
  "i-statement: a need stated as a request or a value": [
    { text: "I'd like you to tell me when you'll be late.", has: ["i-statement"] },
    {
      text: "It's really important to me that you come to the appointments.",
      has: ["i-statement"],
    },
    { text: "Honesty matters to me.", has: ["i-statement"] },
    { text: "I'd like you to stop bringing it up.", not: ["i-statement"] },
  ],
  "i-statement: a check-in answer that is just the state": [
    { text: "Check-in: 6/10. A bit anxious after Tuesday.", has: ["i-statement"] },
    { text: "Check-in: 7/10. Good week, we cooked together twice.", not: ["i-statement"] },
    { text: "Anxious about the job interview tomorrow, wish me luck!", not: ["i-statement"] },
  ],
  "validation: a hard feeling the writer would share": [
    { text: "I'd probably feel betrayed too.", has: ["validation"] },
    { text: "What you're feeling is completely valid.", has: ["validation"] },
    { text: "I'd be happy too if I won.", not: ["validation"] },
    { text: "Honestly, anyone would have done the same in my position.", not: ["validation"] },
  ],
  "repair: the choice handed over, savings used, a lone 'What can I do?'": [
    { text: "I lied about the loan. You decide what's fair and I'll do it.", has: ["repair"] },
    { text: "I'm sorry. We can use my savings to cover the bill.", has: ["repair"] },
    { text: "I lied. What can I do?", has: ["repair"] },
    { text: "Sorry, the shop's shut, what can I do?", not: ["repair"] },
  ],
  "validation: a reasonable ask, a point, understanding their need": [
    { text: "That's a completely reasonable thing to ask.", has: ["validation"] },
    { text: "You have a fair point.", has: ["validation"] },
    { text: "I understand you need space.", has: ["validation"] },
    { text: "That's a reasonable price for a sofa.", not: ["validation"] },
  ],
};

checkCases("commitments and markers: constructions", CASES);
