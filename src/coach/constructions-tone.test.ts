// Constructions added to generalise conditional-apology, generalization,
// criticism, contempt and stonewalling beyond the wordings of the labelled
// sets. Each construction has a positive and at least one hard negative (a
// message sharing its words that must not carry the label), in our own
// wording. Only the label under test is checked, so other labels may change.

import { type Construction, checkConstructions } from "../../test/support/coach-constructions.ts";

const CASES: Record<
  "conditional-apology" | "generalization" | "criticism" | "contempt" | "stonewalling",
  Construction[]
> = {
  "conditional-apology": [
    [
      "an impersonal cause of their feeling",
      [
        "I'm sorry it upset you that I went without you.",
        "sorry it got under ur skin",
        "I regret that the whole thing caused you so much stress and upset.",
      ],
      ["I'm sorry I upset you.", "I'm sorry it took me so long to say this."],
    ],
    [
      "sorry that's how you took it",
      ["sorry thats how you took it", "I'm sorry if that's the way you see it."],
      ["I'm sorry that's how you had to find out."],
    ],
    [
      "sorry for how it made you feel",
      ["I apologise for how my comment made you feel."],
      ["I'm sorry for how I made you feel."],
    ],
    [
      "sorry your feelings got hurt",
      ["Sorry your feelings were hurt by the joke."],
      ["Your feelings matter to me and I hurt them. I'm sorry."],
    ],
    [
      "sorry it came across that way",
      ["Sorry my text came across that way."],
      ["Sorry, the text came through late, can we talk now?"],
    ],
    [
      "sorry you think I ...",
      ["I'm sorry you think I don't care about you."],
      ["I'm sorry I made you think I didn't care."],
    ],
    [
      "a hedge: to whatever extent ..., I apologise",
      [
        "To whatever extent my comments upset anyone, I apologise.",
        "I regret it if anything I said hurt you.",
      ],
      [
        "To be honest, I upset you and I'm sorry for it.",
        "I'll regret it if I don't tell you the truth.",
      ],
    ],
    [
      "reversed, with a caused feeling: if ... made you uncomfortable, sorry",
      ["If anything I said at dinner made you uneasy, then sorry."],
      ["If I ever make you feel uneasy again, tell me straight away."],
    ],
    [
      "a thing of theirs makes them feel bad: sorry my friends make you uncomfortable",
      ["Sorry that my jokes make you so uneasy.", "I regret that the letter upset you so much."],
      ["I'm sorry that I made you feel small, it was cruel."],
    ],
    [
      "a polite 'sorry if' needs the polite word in its clause",
      ["sorry if that came out harsh, long distance is just hard"],
      ["Sorry if this is a long message."],
    ],
    [
      "their reading as the problem: sorry you took offence / misunderstood",
      [
        "I'm sorry that you took offence.",
        "sorry u got the wrong idea",
        "Sorry you misread my text.",
      ],
      ["I'm sorry you took the blame for me.", "I'm sorry you had to take time off because of me."],
    ],
    [
      "hedged by a line crossed or an extent: if anything crossed a line, sorry",
      [
        "If anything I said last night crossed a line, I'm sorry for that.",
        "To the extent that the report reflected badly on you, I regret that.",
      ],
      ["If you ever feel I've crossed a line, tell me and I'll stop."],
    ],
    [
      "their finding out or their reading: sorry you found out I told her",
      [
        "I'm sorry you found out I told Jen.",
        "I'm sorry that you saw the messages the way you did.",
      ],
      ["I'm sorry you found out that way, I should have told you myself."],
    ],
    [
      "the writer's act as their hardship: sorry my absence was hard on you",
      ["I'm sorry my travelling was so hard on you."],
      ["I'm sorry that work has been so hard on you lately."],
    ],
  ],
  generalization: [
    [
      "not once in <a span> have you",
      ["Not once in six years have you asked how my day went.", "not once have u said sorry"],
      ["Not once did you hear me complain.", "Not once in ten years have you heard me complain."],
    ],
    [
      "a habit coordinated with a you-clause: you take and never give",
      ["You borrow and borrow and never pay anything back."],
      [
        "You listen and never judge me.",
        "You called me and never left a message.",
        "You cook dinner and always make it special.",
      ],
    ],
    [
      "a bad habit with a trigger: you freak out whenever ...",
      [
        "You get defensive whenever I mention your mum.",
        "If you didn't make a scene every time we go out, I'd invite you more.",
      ],
      ["You smile whenever you see the dog.", "You freak out whenever the cat does that lol"],
    ],
    [
      "you take everything personally / make everything about you",
      ["u take everything so personally", "You make everything about you."],
      ["You make everything you touch better."],
    ],
    [
      "the constant digs",
      ["I'm tired of your sulking and the constant digs."],
      ["The constant noise from next door is driving me mad."],
    ],
    [
      "again and again you / the hundredth time",
      ["Time and time again you let me down.", "This is the hundredth time you've done this."],
      ["You make me laugh again and again."],
    ],
    [
      "you don't ever / won't ever",
      ["You don't ever think about anyone else.", "you won't ever admit you're wrong"],
      [
        "You won't ever have to worry about that again.",
        "You don't ever need to apologise for crying.",
        "If you don't ever call, I'll worry.",
        "I hope you don't ever change.",
      ],
    ],
    [
      "it's always about you",
      ["It's always about you.", "Everything has to be about you."],
      ["It's all about you today, birthday girl!"],
    ],
    [
      "the same story every time",
      ["It's the same story every time with you.", "Always the same excuses with you."],
      ["It's the same recipe every time and I love it."],
    ],
    [
      "you keep doing this",
      ["You keep doing this.", "you keep cancelling on me"],
      ["You keep surprising me."],
    ],
    [
      "each and every time, you",
      ["Each and every time, you make it about yourself."],
      ["Each and every time you hug me I feel safe."],
    ],
    [
      "every <occasion> ... you",
      ["Every Christmas it's the same, you find something to sulk about."],
      [
        "Every Christmas you make the house feel magical.",
        "I'll show you my payslips every month from now on, and I hope you can forgive me.",
      ],
    ],
    [
      "a counterfactual about their habit, with its blamed consequence",
      ["If you didn't check my phone every night I wouldn't need a second one."],
      ["If you didn't call every day, I'd miss you."],
    ],
    [
      "a habit in a relative clause: you're the one who never ...",
      [
        "You're the one who never lets anyone else speak.",
        "You're a brat who's never worked a day.",
      ],
      ["You're the one who always makes me laugh.", "You're a friend who never judges."],
    ],
    [
      "always have been, after a verdict",
      ["You're a gossip. Always have been, always will be."],
      ["You're my best friend. Always have been, always will be."],
    ],
    [
      "every time ... it's the same thing",
      ["ur so jealous, every time i go out its the same thing"],
      ["Every time we bake it's the same recipe and I love it."],
    ],
    [
      "the writer's own acts every time are not their habit",
      ["The reason I stopped telling you is that every time I'm honest you explode."],
      ["I lied every time you asked, and I'm ashamed of it."],
    ],
    [
      "every time <something happens>, you <bad habit>",
      [
        "Every time money comes up you change the subject.",
        "Every time my mum visits, you disappear.",
      ],
      ["Every time it rains you make me soup.", "Every time the phone rings you jump."],
    ],
    [
      "you were never ..., a rhetorical counter-question is not a verdict",
      ["You were never home.", "You never once took responsibility for anything in twelve years."],
      [
        "You were never the problem.",
        "You were never meant to see that.",
        "And you've never gotten wasted and said something stupid? Please.",
        "I feel sick every time I picture you two together.",
      ],
    ],
    [
      "every time it's your turn",
      ["Every time it's your turn to cook there's an excuse."],
      ["Every time it's your birthday I get excited."],
    ],
    [
      "bounded events and warm habits stay silent",
      ["you never checked a single statement in all these years"],
      [
        "To be fair you never actually asked me to take time off.",
        "ha you're forever finding the best playlists",
        "Every time you sing in the shower the dog howls along lol",
        "My heart sinks every time I think about what I said to you.",
        "Like you always say, we'll figure it out.",
      ],
    ],
    [
      "praise of a habit stays silent",
      ["Not once have you said sorry."],
      [
        "Not once have you let me down.",
        "Not once in ten years have you forgotten my birthday.",
        "You're always there when I need you.",
        "You constantly amaze me.",
        "You always put everyone else first.",
      ],
    ],
  ],
  criticism: [
    [
      "more character adjectives",
      ["You're completely unreliable.", "you are so condescending"],
      [
        "You're entitled to feel however you feel.",
        "You've been cold with me for weeks and it hurts.",
        "You're so mean lol",
      ],
    ],
    [
      "an insult noun with modifiers: a compulsive liar",
      ["You're a compulsive liar.", "you are such a gutless little weasel"],
      ["You're a terrible liar, I can always tell when you're planning a surprise."],
    ],
    [
      "a bare verdict sentence: Such a hypocrite.",
      ["You read my messages first. Such a hypocrite.", "Coward."],
      [
        "I forgot your birthday. So thoughtless.",
        "He's such a liar.",
        "Did you see what Tom posted? Such a liar, he never went.",
      ],
    ],
    [
      "a vocative insult: you hypocrite",
      ["You hypocrite, you did the exact same thing."],
      ["Love you, you idiot.", "Thank you liar"],
    ],
    [
      "what kind of <role> are you",
      ["What kind of brother are you?", "What kind of idiot leaves a child in the car?"],
      ["What kind of cake are you making?", "What kind of friend are you going to be to her?"],
    ],
    [
      "rhetorical who-questions",
      ["Who does that? Who lies to their own mother?", "who does that", "what is wrong w u"],
      ["Who does that belong to?", "Who does the dishes tonight?"],
    ],
    [
      "only a <char> person would",
      ["Only a truly spiteful person would say that."],
      ["Only a good friend would do that."],
    ],
    [
      "not a caring bone in your body",
      ["There isn't a caring bone in your body."],
      ["Not a bad bone in your body."],
    ],
    [
      "you're incapable of empathy",
      ["You're incapable of putting anyone else first."],
      ["You're capable of so much more than you think."],
    ],
    [
      "never met anyone as <char> as you",
      ["I've never met anyone as selfish as you."],
      ["I've never met anyone as kind as you."],
    ],
    [
      "how could you be so <char>",
      ["How could you be so heartless?"],
      ["How could you be so kind to someone who hurt you?"],
    ],
    [
      "you act like a spoilt child",
      ["You act like a spoilt child.", "You were behaving like a total brat."],
      ["The kids act like a bunch of animals when they're tired."],
    ],
    [
      "you call yourself a mother? / you're all talk",
      ["You call yourself a friend?", "you're all talk"],
      ["You call yourself Sam now? Cute."],
    ],
    [
      "a superlative verdict: the laziest flatmate I've ever had",
      [
        "you're genuinely the laziest flatmate i've ever had",
        "You're the least reliable person I know.",
      ],
      ["You're the best flatmate I've ever had.", "You're the worst lol, love you."],
    ],
    [
      "what sort of son doesn't ...",
      ["What sort of son doesn't turn up to his mother's wedding?"],
      ["What sort of son do you think he'll grow up to be?"],
    ],
    [
      "you lie as easily as you breathe",
      ["You lie as easily as you breathe."],
      ["I can breathe easily again."],
    ],
    [
      "how selfish you really are / you are not a serious person",
      [
        "It showed me how selfish you really are.",
        "You are not a serious person.",
        "You are very dishonest person.",
      ],
      ["I forgot how kind you are.", "You're not a bad person."],
    ],
    ["you've got no shame", ["you've got no shame"], ["You've got no idea how much I missed you."]],
  ],
  contempt: [
    [
      "disgust with an adverb or a body",
      ["you honestly disgust me", "You make my skin crawl."],
      ["That smell honestly disgusts me."],
    ],
    [
      "an insult with modifiers: a spineless little worm",
      ["You're a spineless little worm.", "you lying rat"],
      ["You're a bookworm and I love it."],
    ],
    [
      "an elongated sarcastic reply: Riiight.",
      ["You were at the gym until midnight? Riiight."],
      ["Right. I'll be there at six."],
    ],
    [
      "a sarcastic because: Right, because you're the expert",
      ["Sure, because you're such a saint."],
      ["Right, because you asked, here is the plan.", "Sure, because you were working late."],
    ],
    [
      "mock wonder: cute that you think",
      ["Adorable that you think flowers fix this.", "That's rich coming from you."],
      ["It's cute that you thought of me.", "This cake is so rich."],
    ],
    [
      "mock celebration: alert the press",
      ["You emptied the dishwasher. Someone alert the press.", "Wow, a whole apology."],
      ["I called the police when the car was stolen.", "Wow, a whole week off, lucky you!"],
    ],
    [
      "ironic thanks for a lecture",
      ["Thanks so much for the lecture on loyalty."],
      [
        "Thanks for the lecture notes, they helped.",
        "I'll treasure it forever, thank you so much.",
      ],
    ],
    [
      "as if: mocking disbelief",
      ["As if I'd trust a word you say.", "as if you've never lied to me"],
      ["It feels as if you never left.", "Like you always say, we'll figure it out."],
    ],
    [
      "look who finally decided to show up",
      ["Look who finally decided to answer his phone."],
      ["Look who's here!"],
    ],
    [
      "belittling imperatives and questions",
      ["What are you, twelve?", "Get a grip."],
      ["I need to get a grip on my spending."],
    ],
    [
      "sarcastic sign-offs",
      ["Whatever you reckon, genius.", "Noted, genius.", "Won't happen again, boss."],
      [
        "You're a genius, thank you!",
        "You're a saint for putting up with me.",
        "Good night, genius.",
      ],
    ],
    [
      "sarcastic apologies: excuse me for having a life",
      [
        "Well excuuuse me for having friends.",
        "Sorry for wanting to have fun.",
        "oh sorry, did I interrupt your precious game?",
      ],
      ["Excuse me for a second.", "I'm sorry, did I wake you?"],
    ],
    ["nice try", ["Nice try.", "cool story bro", "Nice speech."], ["Nice try at the quiz though."]],
    [
      "mock hyperbole and pointed sorries",
      [
        "Right, blame me for the weather while you're at it.",
        "Sorry my honesty is such a problem for you.",
        "this whole process is a joke and so are you",
        "like you've ever kept a promise in your life",
      ],
      ["I'm sorry I'm such a burden to you lately, I'll get help.", "You're tall and so are you."],
    ],
    [
      "gold stars, masterclasses, so now you care, hope she was worth it",
      [
        "Gold star for remembering your own daughter's birthday.",
        "Another masterclass in accountability.",
        "Oh, so NOW you care who I text?",
        "Hope she was worth it.",
        "How very touching.",
      ],
      [
        "I hope it was worth it, the trip looked amazing.",
        "How very kind!",
        "Me, me, me! Pick me!",
      ],
    ],
    [
      "scare quotes around their claim",
      ["Sure, 'lost'.", "Oh sure, your phone 'died' again.", "Thanks for the 'advice', really."],
      [
        "Sure, 'Hamlet' is on at eight, want to come?",
        "Thanks for the 'just because' flowers, I love them!",
      ],
    ],
    [
      "amazing how ... conveniently",
      ["Amazing how your wallet always goes missing when it's your round."],
      ["Funny how you always know exactly what to say."],
    ],
    [
      "mock outrage: a crime now, lock me up, call the police",
      [
        "Right, because seeing my sister is clearly a crime now.",
        "Lock me up.",
        "call the police.",
      ],
      ["It's illegal to park there, so I moved the car.", "Call the police if he comes back."],
    ],
    [
      "advice from the one who ...",
      ["Ah yes, money advice from the man with three credit cards maxed out."],
      ["I got great advice from my mum today."],
    ],
    [
      "ironic relish and mock praise",
      [
        "Cool cool cool.",
        "Love finding out from Facebook that you moved.",
        "Genius planning.",
        "Truly inspirational.",
      ],
      ["I love hearing from you.", "Genius idea!"],
    ],
    [
      "another '...' speech / shall I throw a parade",
      ["Oh brilliant, another 'I've changed' speech.", "Shall I throw a parade?"],
      ["Oh great, another day at the beach!", "Should we have a party for her birthday?"],
    ],
    [
      "degrading: no wonder nobody likes you, get lost, are you stupid?",
      [
        "No wonder nobody likes you.",
        "Get lost.",
        "Are you stupid or something?",
        "You're dead to me.",
      ],
      [
        "No wonder you're tired.",
        "Get lost in a good book this weekend.",
        "Am I stupid?",
        "haha get lost",
      ],
    ],
    [
      "ironic praise of conduct: real classy",
      ["Yeah, real classy.", "So grown up."],
      ["So classy, I love the dress!"],
    ],
    [
      "mocking their apology: you call that an apology?",
      ["You call that an apology?", "What a pathetic excuse."],
      ["I know it's a lame excuse, but I panicked."],
    ],
    [
      "mock congratulations: congratulations, you've ruined it",
      ["Congratulations, you've ruined another weekend.", "Only an hour late, well done you."],
      ["Congratulations, you did it!", "Well done you!"],
    ],
    [
      "mocking their self-regard",
      ["You think you're so clever.", "Look at you, playing the victim again."],
      ["I think you're so clever.", "Look at you, looking all grown up!"],
    ],
    [
      "rhetorical: do you even hear yourself? / are you proud of yourself?",
      [
        "Do you even hear yourself?",
        "Are you proud of yourself?",
        "You really are something else.",
      ],
      [
        "I'm so proud of you, are you proud of yourself?",
        "You really are something else, I love you.",
      ],
    ],
    [
      "ashamed to be seen with you",
      ["I'm embarrassed to be seen with you."],
      ["I'm not ashamed to be seen with you."],
    ],
    [
      "dismissive one-liners: As if. / Yawn. / Newsflash",
      [
        "As if.",
        "Yawn.",
        "Newsflash: the world doesn't revolve around you.",
        "Whatever helps you sleep at night.",
      ],
      ["As if you never left, it's so good to have you home."],
    ],
  ],
  stonewalling: [
    [
      "forget it / forget I said anything",
      ["You know what, forget it.", "Just forget I said anything."],
      [
        "Forget it, it's fine, honestly, no worries!",
        "Don't forget it's Friday.",
        "I can't forget it.",
      ],
    ],
    [
      "giving up on talking",
      ["I'm not bothering anymore.", "Why do I even bother."],
      ["I'm not bothering you, am I?", "I'll never give up on us."],
    ],
    [
      "we're not having this conversation",
      ["We're not having this discussion.", "We're done here."],
      [
        "We're not having this conversation again, I promise. I'll change.",
        "We're not doing this tonight, let's talk tomorrow after work.",
      ],
    ],
    [
      "a verbless refusal: Not doing this.",
      ["Not discussing this."],
      ["Not doing this over text, can we talk tonight?"],
    ],
    [
      "refusing the person: I'm not talking to you",
      ["I'm not talking to you.", "Don't talk to me."],
      ["Don't talk to me like that.", "I'm not talking to you like that ever again."],
    ],
    [
      "not answering: I won't be replying",
      ["I won't be replying.", "I won't be going over it again."],
      ["I won't reply while I'm driving.", "I'm not reading your messages anymore, I promise."],
    ],
    [
      "shutting the channel: I'm muting this chat",
      ["I'm muting this chat.", "I've blocked your number."],
      ["I'm not blocking you.", "I'm leaving you a voice note."],
    ],
    [
      "dismissing the reply: Don't bother. / Save it. / I'm not interested.",
      ["Don't bother replying.", "Save it.", "I'm not interested in your excuses."],
      [
        "Don't bother cooking, I'll grab takeaway.",
        "Save it for later.",
        "I'm not interested in anyone else.",
      ],
    ],
    [
      "refusing to talk, not in the mood, end of",
      ["I refuse to discuss this.", "I'm not in the mood.", "End of.", "Just leave me be."],
      [
        "I refuse to let this break us.",
        "I'm not in the mood for pizza.",
        "That's the end of it, I promise.",
      ],
    ],
    [
      "a topic refused for good, sent to the lawyer",
      [
        "I'm not discussing money with you anymore.",
        "Speak to my solicitor.",
        "Can we not do this ever?",
      ],
      [
        "I'm not talking about her anymore, I promise.",
        "I spoke to my lawyer about the will today.",
      ],
    ],
    [
      "verbless refusals: not replying to this, not this again, drop it, name",
      [
        "not replying to this",
        "Not this again.",
        "Whatever, not doing this over text.",
        "Drop it, Sarah.",
      ],
      ["Not this again, haha, the cat knocked over the plant.", "Drop it off at mine, Sarah."],
    ],
    [
      "texting shorthand: done w this, k whatever, idc",
      ["im done w this", "k whatever", "idc anymore"],
      ["idc where we eat, you pick!", "I'm done with work, heading home."],
    ],
    [
      "more refusals: said all I intend to say, don't follow me, logging out",
      [
        "I've said all I intend to say on the matter.",
        "I'm going to bed, don't follow me.",
        "I'm not saying anything else.",
        "I'm logging out of this.",
        "Don't message me about this again.",
        "dad its fine i dont even care anymore",
      ],
      [
        "Don't follow me on Instagram lol.",
        "I'm not saying anything else until I've spoken to you properly tomorrow.",
      ],
    ],
    [
      "verbless follow-ups: Don't care. / Done with this. / Or any night.",
      [
        "Don't care.",
        "Done with this.",
        "Not now, not later.",
        "I'm not doing it tonight. Or any night.",
      ],
      ["Done with this book, loved it.", "Or any time you like, just text me."],
    ],
    [
      "switching the phone off",
      ["I'm turning my phone off."],
      ["I'm turning my phone off for the night, let's talk in the morning."],
    ],
    [
      "a boundary with a time is not a refusal",
      ["Don't text me.", "don't message me again"],
      [
        "Please don't text me after 10pm for now.",
        "Please don't call me at work.",
        "Don't call me a coward.",
      ],
    ],
    [
      "their view of my caring is not a refusal",
      ["I don't care."],
      ["I'm sorry you think I don't care.", "It's not that I don't care."],
    ],
    [
      "no time for this, unless a return is proposed",
      ["I don't have the energy for this anymore."],
      ["I don't have time for this right now, can we talk at 8?"],
    ],
  ],
};

// Round 2: broader word classes (degrading nouns, loathing verbs, sarcasm markers,
// withdrawal verbs), each bounded by a hard negative.
const ROUND2: typeof CASES = {
  "conditional-apology": [
    [
      "sorry that a thing upset you, not sorry that I upset you",
      ["I'm sorry that my comments upset you so much."],
      ["I'm sorry that I upset you.", "sorry that i upset u last night"],
    ],
    [
      "sorry for a vague whatever",
      ["Sorry for whatever I did.", "I apologise for whatever it is you think I said."],
      ["I'm sorry for what I did.", "Sorry, whatever happens I'm here."],
    ],
    [
      "the hearing as the hard part",
      ["Sorry that was hard to hear.", "I'm sorry if this is difficult for you to read."],
      ["I'm sorry it was hard for you to find out from Tom; I should have told you myself."],
    ],
    [
      "their sensitivity as the cause",
      ["Sorry you're so sensitive.", "sorry u cant take a joke"],
      ["I'm sorry I made a joke about your weight."],
    ],
  ],
  generalization: [
    [
      "a habit after but/yet never",
      ["You promise the world but never deliver."],
      [
        "You said you'd pay me back but never did.",
        "I love you but never want to fight like this.",
      ],
    ],
    [
      "a trigger clause, then their bad habit",
      [
        "Whenever I bring it up, you change the subject.",
        "The minute money comes up you get defensive.",
      ],
      [
        "Let me know whenever you're ready.",
        "Whenever I'm sad, you cheer me up.",
        "Whenever I call, you pick up.",
      ],
    ],
    [
      "all you ever do / nothing but / no matter what",
      [
        "All you ever do is complain.",
        "You do nothing but criticise me.",
        "No matter what I do, you find fault.",
      ],
      ["All you ever do is make me laugh.", "No matter what I do, you'll always be my sister."],
    ],
  ],
  criticism: [
    [
      "a broader lexicon of character words",
      [
        "You're so conceited.",
        "you're a scrounger",
        "Such a martyr.",
        "You wanker.",
        "You're sanctimonious.",
      ],
      [
        "You're a key player in this team.",
        "You were awful to me last night.",
        "You're terrible at remembering birthdays.",
        "you're a sponge for knowledge",
        "I know you're not a con artist.",
      ],
    ],
    [
      "a bad nature",
      ["You have a cruel streak.", "There's something seriously wrong with you."],
      [
        "You've got a kind heart.",
        "There's something off about the car.",
        "I didn't know you had a mean side haha",
      ],
    ],
    [
      "true colours and degrading comparisons",
      [
        "You've finally shown your true colours.",
        "Now I see who you really are.",
        "You're no better than your father.",
      ],
      ["I'm no better than you."],
    ],
    [
      "a bare verdict after a judgement of 'you' acting on a third person",
      ["Funny how you found the money for her but never for child support. Deadbeat."],
      ["He lied to me again. Liar."],
    ],
  ],
  contempt: [
    [
      "degrading nouns and adjectives",
      [
        "You're a waste of oxygen.",
        "ur pitiful",
        "you sad little man",
        "You have the emotional maturity of a toddler.",
      ],
      ["You're not a loser, you just had a bad day.", "I felt like a waste of space at the party."],
    ],
    [
      "loathing and disgust with the writer as subject",
      [
        "I despise you.",
        "I'm disgusted by you.",
        "I can't even look at you anymore.",
        "I'm embarrassed for you.",
      ],
      [
        "I don't despise you.",
        "I can't stand the waiting.",
        "I'm embarrassed about what I did.",
        "I can't look at you right now without crying, I need a minute.",
      ],
    ],
    [
      "not worth it / belittling their feelings",
      ["You're not worth my time.", "Spare me your little tantrum.", "Stop whining.", "Man up."],
      [
        "I need to stop whining.",
        "I said I'm sorry. Now can you stop sulking?",
        "The trip was not worth the money.",
      ],
    ],
    [
      "dismissal: nobody cares",
      ["Nobody cares.", "No one cares what you think."],
      ["I feel like nobody cares about me.", "No one cares, honestly, it was an accident."],
    ],
    [
      "sarcastic congratulations and taunts",
      [
        "Congratulations, you've ruined Christmas.",
        "Way to make it all about you.",
        "Proud of yourself?",
      ],
      [
        "Congratulations, you got the job!",
        "I'm so proud of you, sweetheart.",
        "I hope you're proud of yourself, you worked so hard.",
        "How mature of you to apologise first, thank you.",
      ],
    ],
    [
      "patronising and mocking laughter",
      ["Do you even hear yourself?", "Try to keep up.", "Sure, sweetie.", "Don't make me laugh."],
      ["Thanks sweetie, see you tonight.", "You always make me laugh."],
    ],
    [
      "a bare verdict of disgust or mockery",
      ["How predictable.", "Embarrassing.", "Wow. Just wow."],
      ["Hilarious!", "Your dog died? That's tragic."],
    ],
    [
      "'Please.' closing a rhetorical counter-question",
      ["And you've never lied? Please."],
      ["Can you call me back? Please."],
    ],
    [
      "eye-rolls and mock wonder at a small offering",
      ["*rolls eyes*", "Ooh, a takeaway."],
      ["Ooh, a takeaway! Thank you so much x", "I hate the eye roll you do when I talk."],
    ],
    [
      "a dismissive bare reply to their scare-quoted claim",
      ["Oh you've 'changed'? Sure.", "You were 'working late'. Right."],
      ["Can we meet at 'The Crown'? Sure.", "Did you get the milk? Sure."],
    ],
    [
      "mocking their apology or gesture",
      ["This apology is a joke.", "What a performance.", "Give him an Oscar."],
      [
        "Her school play was an award-winning performance.",
        "I'm sorry, this is hard to write and my apology is insulting to what you went through.",
      ],
    ],
    [
      "sarcasm at a late or rare gesture",
      [
        "Took you long enough.",
        "It only took you three months.",
        "Mark the calendar.",
        "Boohoo.",
        "Spare me.",
      ],
      ["It took you long enough to get here, thanks for coming."],
    ],
    [
      "a bare ironic 'how ...'",
      ["How touching.", "How generous."],
      ["How generous!", "How generous of you to offer, thank you."],
    ],
    [
      "mocking laughter answering their claim or request",
      ["You want another chance? 😂", "You've changed? lol", "You're sorry? Hahaha."],
      ["Are you coming tonight? lol", "Did you see the game? lmao"],
    ],
    [
      "a sarcastic assurance closing the sentence",
      ["I'm sure you are.", "I bet you're sorry now.", "Yeah, I'm sure."],
      [
        "I'm sure you did your best.",
        "I'm sure you were busy with work, that's ok.",
        "I'm sure you will!",
      ],
    ],
    [
      "funny how ... with a telling contrast",
      ["Funny how your phone dies but never when she texts."],
      ["Funny how we met, wasn't it?"],
    ],
  ],
  stonewalling: [
    [
      "withdrawal verbs",
      [
        "I'm checking out.",
        "I'm walking away from this.",
        "I've stopped listening.",
        "I've heard enough.",
      ],
      [
        "I'm walking away now, can we talk tomorrow?",
        "I promise I've stopped caring what she thinks.",
        "I'm checking out of the hotel.",
      ],
    ],
    [
      "a return made conditional on the other changing",
      ["Talk to me when you've calmed down, I'm going to bed."],
      ["Talk to me when you get home."],
    ],
  ],
};

checkConstructions(CASES);
checkConstructions(ROUND2);

// Round 3: sarcasm markers, mock bureaucracy, mock titles and awards (contempt), and denials,
// counters and victim casting (defensiveness), each bounded by a hard negative.
const ROUND3: Partial<Record<"contempt" | "defensiveness", Construction[]>> = {
  contempt: [
    [
      "mock bureaucracy for the writer's ordinary act",
      [
        "Next time I'll submit a written request before having a beer, shall I?",
        "So sorry I didn't get a permission slip before visiting my own mum.",
        "Heaven forbid I buy shoes without it going to the spending committee.",
      ],
      [
        "Can you sign the permission slip for the zoo trip by Friday?",
        "I need to fill in a form before the mortgage meeting.",
        "Sorry, the finance committee hasn't replied yet.",
      ],
    ],
    [
      "run past you, in a strong sarcastic frame only",
      ["A million apologies for not running my haircut past you."],
      ["Sorry I didn't run it past you first, that wasn't fair on you."],
    ],
    [
      "how dare I + an ordinary act",
      ["How dare I want one evening to myself.", "how dare i go to the gym"],
      ["How dare I talk to you like that. I'm so ashamed.", "How dare you say that to her!"],
    ],
    [
      "says the person who / rich coming from someone who",
      [
        "Says the man who forgot our anniversary twice.",
        "Rich, coming from a woman who reads my texts.",
        "Pretty rich, isn't it?",
      ],
      ["My boss says the person who wins gets a voucher.", "That cake is too rich for me."],
    ],
    [
      "a sarcastic opener before 'I'm the villain'",
      ["Oh great, so I'm the bad guy now.", "Wow okay, I'm the villain again."],
      ["I know I was the bad guy in that argument, and I'm sorry."],
    ],
    [
      "congratulations on a bare duty",
      [
        "Well done for actually showing up.",
        "Congrats on noticing I exist.",
        "You lasted a whole day without shouting.",
      ],
      ["Congratulations on the new job!", "Well done for passing your driving test!"],
    ],
    [
      "a bare mock award",
      ["Gold star.", "Have a medal."],
      ["Gold star for you, well done sweetheart!", "She won a medal at the swimming gala."],
    ],
    [
      "ah yes, the famous stock excuse",
      ["Ah yes, the legendary traffic jam.", "Oh right, the usual migraine."],
      ["Oh yes, the old house on the corner, I remember it."],
    ],
    [
      "a mock title of virtue",
      ["Whatever you say, Mr Reliable.", "Thanks, Miss Punctual."],
      ["Mr Patel said the boiler is fixed.", "Captain America is on tonight."],
    ],
    [
      "their apology as canned or machine-written",
      ["Did a bot write that?", "Your message reads like a press release."],
      ["Did you write that essay yourself? It's brilliant, love."],
    ],
    [
      "a bare ironic verdict on their words",
      ["So touching.", "Riveting speech."],
      ["Truly touching, thank you so much.", "Really moving film, you'd love it."],
    ],
    [
      "mock awe at how much they wrote",
      ["A whole sentence.", "Shall I laminate it?"],
      ["I printed the photo of us, should I frame it?", "A whole paragraph is due by Monday."],
    ],
    [
      "a sarcastic 'because ... now'",
      ["Sure. Because everyone works past midnight these days."],
      ["Sure, because the shop closes early on Sundays."],
    ],
    [
      "their word held up in scare quotes",
      ["So much for your 'promise'.", "That's the big 'emergency'?"],
      ["That's the 'Crown' pub I told you about."],
    ],
    [
      "infantilising",
      ["You're a toddler.", "You're a child. An actual 35-year-old baby."],
      ["You were a child when it happened, none of it was your fault."],
    ],
    [
      "hyperbolic demand: what more do you want, blood?",
      ["What more do you want, my firstborn?"],
      ["What more do you want for dinner?"],
    ],
    [
      "a bare scoff: that's a new one, the audacity",
      ["That's a first.", "The nerve."],
      ["That's a new one on me!", "The nerve in my tooth is killing me."],
    ],
    [
      "imagine being this smug",
      ["imagine being this petty over a parking space"],
      ["Imagine being this happy in ten years."],
    ],
    [
      "mock despair at losing their wisdom",
      ["However will I cope without your lectures."],
      ["How will I cope without you? I'll miss you so much."],
    ],
    [
      "a sarcastic coda after pushback",
      ["So it's all my fault again? Lovely."],
      ["Dinner's at seven. Lovely."],
    ],
    [
      "a mocking title for their analysis",
      ["ok thanks, Dr Phil", "Calm down, armchair psychologist."],
      ["My therapist says I should set boundaries."],
    ],
    [
      "a sarcastic tag question about their virtue",
      ["And you're so innocent, are you?"],
      ["You're innocent until proven guilty, aren't you?"],
    ],
    [
      "suddenly the expert",
      ["So now you're suddenly the expert on parenting."],
      ["You're the expert on boilers, can you have a look?"],
    ],
    [
      "excuse me for trying",
      ["Pardon me for caring."],
      ["Excuse me for a moment, the door's going."],
    ],
    [
      "disgust at the sight of them",
      ["I can't look at you without feeling ill."],
      ["I can't look at you without smiling."],
    ],
    [
      "a request or a description is not a scoff",
      ["Real mature.", "Oh please, as if."],
      ["Real mature cheddar is the best.", "Oh please come to dinner on Friday."],
    ],
  ],
  defensiveness: [
    [
      "cast as the villain",
      ["Don't paint me as the bad guy.", "Somehow I'm still the villain."],
      ["I'd never make you the villain in this.", "They cast me as the villain in the panto!"],
    ],
    [
      "don't make out like I ...",
      ["You're making out that I never help."],
      ["We made out like bandits at the sale."],
    ],
    [
      "a record of compliance held up against the complaint",
      ["I did exactly what you told me."],
      [
        "Once I've done everything you asked, I'll call you.",
        "I've done everything you asked, so please forgive me.",
      ],
    ],
    [
      "a challenge to produce proof",
      ["When exactly did I agree to that?", "Show me where I said that."],
      ["Where exactly did I say we'd meet? I can't find the text."],
    ],
    [
      "a conditional apology turned into a counter",
      ["Sorry you're annoyed, but I told you on Monday."],
      ["I'm sorry you're upset, but I didn't mean it like that."],
    ],
    [
      "their facts corrected",
      ["Check your facts.", "I got home at eleven, not two."],
      ["I need to check my facts before the exam."],
    ],
    [
      "an alibi with a witness",
      ["I was at the gym the whole time, ask Sam."],
      ["I was at work all day, ask Tom if you need the key."],
    ],
    [
      "their account called one-sided",
      ["Your version is completely one-sided.", "You conveniently left out your part."],
      ["That news article is so biased."],
    ],
    [
      "the complaint cast as persecution",
      ["You only ever notice my mistakes.", "You're just using this to hurt me."],
      ["You notice the little things, I love that."],
    ],
    [
      "a denial with its counter: you just didn't look",
      ["I didn't lose the keys. They were on the hook, you just didn't check."],
      ["You didn't check the oven, love, it's still on."],
    ],
    [
      "denying hiding, or what was said",
      ["I wasn't keeping anything from you.", "I never called you a liar."],
      ["I'm not hiding anything anymore, I promise."],
    ],
    [
      "stop acting like I / before you accuse",
      ["Stop talking like I'm never home.", "Maybe ask before you start blaming me."],
      ["Please talk to me before you blame yourself."],
    ],
    [
      "but I had a point",
      ["Sorry for the tone, but I had a valid point."],
      ["You had a point, and I should have listened."],
    ],
    [
      "their label rejected",
      ["Bit harsh to call it lying.", "villain of the piece as usual"],
      ["It's fair to call it a mistake."],
    ],
    [
      "my turn for complaints",
      ["That's your list of complaints. When do I get to air mine?"],
      ["When do we get to open presents?"],
    ],
    [
      "exasperated: what do you want from me?",
      ["Yes, I forgot. What do you want from me?"],
      ["What do you want from me for your birthday?"],
    ],
    [
      "praise after 'that's not true' is reassurance",
      ["That's not true. You're not being fair."],
      ["That's not true! You look stunning in that dress."],
    ],
  ],
};

checkConstructions(ROUND3, " (tone round 3)");
