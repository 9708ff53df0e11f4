// Constructions added to generalise minimizing, stonewalling and
// forgiveness-pressure beyond the wordings of the labelled sets. Each
// construction has positives and at least one hard negative (a message sharing
// its words that must not carry the label), in our own wording. Only the label
// under test is checked, so other labels may change.

import { type Construction, checkConstructions } from "../../test/support/coach-constructions.ts";

const CASES: Record<"minimizing" | "stonewalling" | "forgiveness-pressure", Construction[]> = {
  minimizing: [
    [
      "making it into more than it was",
      [
        "You've turned it into far more than it was.",
        "you're making this into a bigger deal than it is",
        "Why are you making it into way more than it needs to be?",
      ],
      ["I made it into more than it was, and I'm sorry for that."],
    ],
    [
      "the incident not worth the reaction: not worth all this / a week of silence",
      [
        "It really isn't worth all this.",
        "One missed call is hardly worth three days of silence.",
        "The party wasn't worth all this drama, surely.",
      ],
      [
        "I'm not worth all this.",
        "She isn't worth all this upset, honestly.",
        "The old car isn't worth all the repairs.",
      ],
    ],
    [
      "the other blows it up",
      ["you're totally blowing this up", "Why do you always blow everything up?"],
      ["Could you blow it up to poster size?", "Let's blow it up to A2 for the wall."],
    ],
    [
      "it was banter / a throwaway remark",
      [
        "That was banter, nothing to get upset about.",
        "It was an offhand remark at dinner.",
        "it was just a throwaway line",
      ],
      [
        "It was banter at first, but it turned nasty.",
        "It was a careless comment and I'm sorry.",
        "It wasn't banter, it was cruel.",
      ],
    ],
    [
      "nobody meant anything by it",
      ["Nobody meant any harm by it.", "the girls didn't mean anything by it"],
      ["She meant no harm by it, but it still hurt me."],
    ],
    [
      "an incident, nothing more",
      [
        "It was a hug goodbye at the station, nothing more.",
        "That was a coffee with a colleague, nothing else.",
      ],
      [
        "That's all I'm asking for, nothing more.",
        "It was a proper talk, and I want more of them.",
      ],
    ],
    [
      "it's a small thing, not a catastrophe",
      [
        "It's a dent in the door, not a write-off.",
        "that was a few pounds from the jar, not a heist",
      ],
      ["It's a cold, not a crisis, I'm fine.", "This is a write-off, the insurer says."],
    ],
    [
      "the other reacts to every little thing",
      ["You kick off at the slightest thing.", "you get upset over every little comment"],
      ["I get upset over every little thing lately and I hate it."],
    ],
    [
      "a lot of fuss over a small thing",
      ["So much fuss over one forgotten text.", "all this drama about a single missed call"],
      ["Sorry for all the fuss over a booking I got wrong."],
    ],
    [
      "a small sum said against the other's reaction",
      ["Calm down, it's a tenner.", "It was only a fiver, why are you so upset?"],
      ["Lunch was lovely, it was a tenner each."],
    ],
    [
      "still going on about it",
      ["Are you really still banging on about the barbecue?", "Seriously, still on about the car?"],
      ["She's still going on about her holiday.", "I'm still going on about it, sorry."],
    ],
    [
      "punishing me for one mistake",
      ["You'd end us over a single text?", "You're punishing me for one stupid night."],
      ["I threw everything away for one stupid night.", "I'd never leave you over one mistake."],
    ],
    [
      "a small slip the writer owns",
      ["It was one silly mistake, relax."],
      ["I made a silly mistake and I'm sorry."],
    ],
    [
      "it wasn't a big deal",
      ["Honestly, it wasn't a big deal.", "that isn't such a big deal"],
      [
        "It wasn't a big deal to me then, but I can see now that it was to you.",
        "It's not a big deal to ask me for help.",
        "It's no big deal, take the whole week off.",
      ],
    ],
    [
      "a disowned judgement is not one",
      ["You're overreacting again."],
      ["I would never tell you you're overreacting.", "I don't think you were being dramatic."],
    ],
    [
      "nobody noticed, not the writer's own hurt",
      ["nobody even noticed, relax", "No one will remember by Monday."],
      ["Nobody noticed I was gone and it hurt.", "No one cares about me here."],
    ],
    [
      "it's not like I did something far worse",
      ["It's not like I remortgaged the house.", "it's not like I maxed out your card"],
      ["I feel like I remortgaged my whole life on this."],
    ],
    [
      "the other's reaction to a small thing: so upset over a ..., crying over a ...",
      [
        "why are u so worked up over a parking ticket",
        "You're sulking over a missed call, really?",
      ],
      [
        "I can see why you're so upset about a comment like that.",
        "The baby was crying over a toy all morning, you should have seen it.",
      ],
    ],
    [
      "don't read into it",
      ["Please don't read anything into it.", "no need to read into every word"],
      ["I try not to read into it."],
    ],
    [
      "you don't get to be upset",
      ["You don't get to be hurt about this.", "you've got no reason to be so jealous"],
      ["You have every right to be upset.", "I'd never say you've got no reason to be angry."],
    ],
    [
      "don't you think you're overreacting?",
      [
        "Don't you reckon you're being a bit dramatic?",
        "dont u think ur blowing this out of proportion",
      ],
      ["I don't think you're overreacting at all."],
    ],
    [
      "calling it X is too strong",
      ["Bit strong to call it lying.", "a tad melodramatic calling that a betrayal"],
      ["I'd call it a betrayal, and I'm sorry."],
    ],
    [
      "it can't have been that bad",
      ["Everyone had fun, so it can't have been that bad."],
      ["I hope the drive wasn't too bad."],
    ],
    [
      "everyone laughed, you included",
      ["The whole table was laughing, even you.", "everybody laughed, so it was fine"],
      ["I told the joke and everyone laughed!", "I was hurt when everyone laughed at me."],
    ],
    [
      "I didn't do anything that bad",
      ["I really don't think I did anything so terrible."],
      ["You didn't do anything that bad, don't worry.", "I did something bad and I'm sorry."],
    ],
    [
      "a like, an emoji",
      ["It was one emoji.", "it's a like on a holiday photo"],
      ["It was a heart attack, not a joke."],
    ],
    [
      "a favour or a conditional is not the harm",
      ["It's not a big deal, you're overreacting."],
      [
        "It's no big deal if you can't come on Friday.",
        "Don't worry about the vase!! It's only a vase.",
        "I won't pretend it was a small thing.",
      ],
    ],
  ],
  stonewalling: [
    [
      "think / believe what you like",
      ["Think whatever you like.", "believe what u want"],
      ["Say what you like about him, he's loyal.", "Whatever you think is best."],
    ],
    [
      "whatever, <name>",
      ["Whatever, Jo.", "whatever, thanks."],
      ["Whatever works for you!", "Whatever, haha."],
    ],
    [
      "not reading the rest",
      ["Not reading the rest of this.", "not reading any more"],
      ["I'm not reading the rest of the book tonight."],
    ],
    [
      "nothing more to say / add",
      ["Nothing further to add.", "I've got nothing else to add.", "honestly, nothing more to say"],
      ["Nothing more to say except thank you, you were wonderful."],
    ],
    [
      "not interested, verbless",
      ["Not interested.", "not interested in your excuses"],
      ["Not interested in the film, but dinner sounds good."],
    ],
    [
      "that's all I've got to say about it",
      ["That's all I have to say on the matter.", "thats all im going to say about it"],
      ["That's all I wanted to say. I love you."],
    ],
    [
      "not my problem anymore",
      ["Not my problem anymore.", "Do what you like, it's not my concern now."],
      [
        "It's not my problem to fix, but I'll help.",
        "Your ex is not my problem anymore and I'm glad.",
      ],
    ],
    [
      "I'll answer when I feel like it",
      ["I'll reply when I can be bothered.", "i will call you back if i feel like it"],
      ["I'll answer when I get home.", "I'll talk when I feel ready, give me an hour."],
    ],
    [
      "an interjection before a verbless don't care",
      ["Honestly, don't care anymore.", "meh don't care"],
      ["I honestly don't care where we eat."],
    ],
    [
      "don't text me again today",
      ["Don't message me again today.", "Do not text me again tonight."],
      ["Don't text me after ten tonight, I'm up early."],
    ],
    [
      "shutting the channel, verbless",
      ["Muting this chat.", "Blocking your number now."],
      [
        "Leaving the chat for a bit to cook, back at seven.",
        "Leaving the group chat was a good idea.",
      ],
    ],
    [
      "don't even start",
      ["Don't even start.", "dont go there"],
      ["you did the same thing so dont even start", "Don't start without me!"],
    ],
    [
      "had enough of this conversation",
      ["I've had enough of this argument."],
      ["I've had enough of this argument, let's talk tomorrow when we're calm."],
    ],
    [
      "a curt token, then bye",
      ["fine. bye", "Whatever. Bye then."],
      ["Love you. Bye!", "Thanks for dinner. Bye!"],
    ],
    [
      "never mind, trailing off",
      ["well... never mind.", "Oh, nvm."],
      ["Never mind, found it.", "Can you grab bread? Actually never mind."],
    ],
    [
      "not up for discussion",
      ["That's not up for debate.", "Not open to discussion."],
      ["The venue isn't up for discussion, but the date is."],
    ],
    [
      "washing my hands of it",
      ["I'm washing my hands of the lot."],
      ["I'll wash my hands of it after dinner, then we can talk."],
    ],
    [
      "that's all I've got to say, at the end of a cold message",
      ["It happened. That's all I have to say."],
      [
        "I'm so sorry. That's all I have to say.",
        "That's all I've got to say, but ask me anything.",
      ],
    ],
    [
      "phone off for the night",
      ["I'm switching mine off for the night."],
      ["I'm turning my phone off for the night, love you xx", "I'm turning my phone off to sleep."],
    ],
    [
      "stop calling me, not stop calling me names",
      ["Stop ringing me.", "stop messaging me now"],
      ["I need you to stop calling me names when we fight."],
    ],
    ["forget it after finding the thing", ["Forget it."], ["Forget it, found my keys in the car."]],
  ],
  "forgiveness-pressure": [
    [
      "how long are you planning to punish me",
      ["How long are you planning on punishing me?", "how long are u intending to keep this up"],
      ["How long are you planning to stay at your mum's?"],
    ],
    [
      "can you just move on",
      ["Can you just let it go?", "cant u just move on", "Could you please just forgive me"],
      ["Can you move on to the next slide?", "I'm not sure how you can just move on."],
    ],
    [
      "talked it to death",
      ["We've talked this to death.", "we have been over it to death, enough"],
      ["I know we've talked it to death, but I still need to ask one thing."],
    ],
    [
      "when do I get to be forgiven",
      ["When will I be forgiven?", "when do we get to put this behind us"],
      ["I don't get to decide when I'm forgiven.", "Take all the time you need."],
    ],
    [
      "we should be moving on by now",
      ["We should be moving forward by now.", "you should have moved on from it already"],
      ["I hope we can be moving forward by the summer, when you're ready."],
    ],
    [
      "stop going back over it",
      ["I need us to stop going back over the party.", "Can we stop rehashing it?"],
      ["We need to stop going over the budget every week.", "I need to stop dwelling on it."],
    ],
    [
      "still going on about it, without a subject",
      ["Still going on about the wedding?", "Seriously, still banging on about that?"],
      ["She's still going on about the wedding, bless her."],
    ],
    [
      "the writer's own letting go",
      ["Just let it go.", "You need to let it go."],
      ["I need to let it go.", "I'm trying to let it go.", "Help me let it go."],
    ],
    [
      "the hurt person's own pace",
      ["I need things to be normal again."],
      ["I'm not ready, and I need you to be ok with that."],
    ],
    [
      "surely we're past this",
      ["Surely we're over this now?", "you're past it by now, surely"],
      ["I hope we're past the worst of the storm by now."],
    ],
    [
      "can we not do this and just be ...",
      [
        "Can we drop it and just be normal?",
        "could we skip the serious talk and go back to how we were?",
      ],
      ["Can we skip the starter and just have mains?"],
    ],
    [
      "can we just have a nice weekend, after a hurt",
      ["Sorry you were upset. Can we just have a nice evening now?"],
      ["Can we just have a nice dinner on Friday?"],
    ],
    [
      "call it even, bygones, a clean slate",
      ["Let's let bygones be bygones.", "Can we call it even?", "Clean slate, please?"],
      ["I want a clean slate at work this year."],
    ],
    [
      "what else am I supposed to do",
      ["I apologised. What more am I supposed to say?"],
      ["What else can I do to help?", "I'm sorry. What else can I do to make it right?"],
    ],
    [
      "grudges are bad for you",
      ["Nursing a grudge isn't healthy for you.", "resentment only hurts you"],
      ["I'm trying not to hold grudges, it helps me sleep."],
    ],
    [
      "when does this end",
      ["I've said sorry. When will the silent treatment end?"],
      ["When does this end? The film is so long.", "When does the sale end?"],
    ],
    [
      "how much longer? after an apology",
      ["I'm sorry, I am. How much longer?"],
      ["Are we nearly there? How much longer?"],
    ],
    [
      "it's been weeks, closing a push",
      ["Please stop bringing it up. It's been months."],
      ["It's been three weeks. I miss you so much."],
    ],
    [
      "I've earned a bit of forgiveness",
      ["I think I've earned some forgiveness."],
      ["I haven't earned your forgiveness yet."],
    ],
    [
      "not sure why we're still on this",
      ["Dunno why you're still going on about it."],
      ["I'm not sure why the meeting's still on."],
    ],
    [
      "still punishing me, after I apologised",
      ["I've apologised and you're still freezing me out."],
      ["You're still giving me the silent treatment and I don't know what I did."],
    ],
    [
      "put it to bed",
      ["Can we please put this to bed?"],
      ["Let's put the kids to bed and then talk properly."],
    ],
  ],
};

checkConstructions(CASES, " (pushback)");
