import type { Check } from "../../check.ts";
import { messageTest, type Rule, rule, test } from "../../rule.ts";

// --- stonewalling -----------------------------------------------------------------------------

// A proposal to come back (each check runs only on a message with its words,
// once per message however many rules ask).
const PROPOSALS: Check[] = [
  test(
    "((can|could|shall) we|let's|lets|i'll|i will|i want to|i'd like to|we can|happy to) (talk|pick (this|it) up|continue|come back to (this|it)|discuss|carry on|keep talking|finish)[^.?!]{0,40}?(later|tomorrow|tonight|after|in (a|an|\\d+|twenty|ten|five|half|the (morning|evening|afternoon))|first thing|when|once|this (evening|weekend|afternoon|morning)|next|on \\w+day|at (\\d|noon|lunch|dinner|the weekend|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))",
  ),
  test(
    "(then|after that|afterwards|and then) (i|we) (want|'d like|would like|will|'ll|can) (to )?(keep talking|talk|continue|come back|carry on|finish)",
  ),
  test("i('ll| will) come back to (this|it|you)"),
  test(
    "(we'll|we will|let's|lets|we can) (sort (it|this|things)( out)?|talk (it through|properly|about it)|chat (properly|about it))",
  ),
  test(
    "(but |and )?(i|we)('ll| will) ((talk|be ready|come back|explain|answer) )?(tonight|tomorrow|later|in the morning|this evening|after (work|dinner|lunch))",
  ),
  test(
    "(need|take|taking) (a|some) (break|breather|minute|moment|few minutes|pause)[^.!?]{0,80}?(then|after|before we|back)",
  ),
];
const hasReturnProposal = messageTest((text) => PROPOSALS.some((form) => form.testText(text)));
// A proposal to come back anywhere in the message makes the pause a pause.
const noReturn = (c: { text: string }) => !hasReturnProposal(c.text);
// reassurance or a promise elsewhere in the message: not a refusal
const reassured = messageTest(
  /\b(?:no worries|no problem|no harm|all good|don'?t worry|it'?s (?:fine|ok|okay) (?:honestly|really|babe|love|x)|love you|xx+)\b/,
);
const promising = messageTest(/\b(?:promise|won'?t have to|never have to|again,? i promise)\b/);
const swearing = messageTest(/\b(?:promise|i swear|won'?t happen)\b/);
export const stonewalling: Rule[] = [
  rule(
    "stonewalling",
    "(i'm|i am) (so |totally |completely |officially )?done (talking|discussing|with this|with you|with it|here|arguing|explaining|with this conversation|trying|with the lot|w/? (this|you|it))",
    { when: noReturn },
  ),
  rule("stonewalling", "(i'm|i am) (so |totally |completely )?done", {
    when: noReturn,
    sentenceEnd: true,
  }),
  rule(
    "stonewalling",
    "(i'm|i am|i'll|i will|i am just) not (discussing|doing|talking about|getting into|going into|answering|having|engaging|entertaining|dignifying) (this|that|it|any|with (this|you|it)|again|tonight|now|anymore|any more)\\b",
    { negatable: false, when: noReturn },
  ),
  rule(
    "stonewalling",
    "(i'm|i am) not (going to|gonna) (discuss|talk about|explain|answer|justify|argue about|go over|get into|engage)( this| that| it| any| myself)?",
    { negatable: false, when: noReturn },
  ),
  rule(
    "stonewalling",
    "i (don't|do not) (want to|wanna|intend to|plan to|have to) (talk|discuss|hear|deal with|get into|go into|go over|explain|answer|justify)( about)? (it|this|that|any|the matter|this matter|myself|anything)",
    { negatable: false, when: noReturn },
  ),
  rule(
    "stonewalling",
    "i (don't|do not) (even |really |honestly )?(care|give a (damn|shit|toss|fuck)) (anymore|any more|what you|about (this|it|any of (this|it)|us|your))|i (honestly |really |genuinely |seriously |just )?couldn't care less|i'm past caring",
    // "I couldn't care less what the neighbours think": about others, not a refusal to engage
    {
      negatable: false,
      notFollowedBy: test(
        "(what|about) (the|they|people|anyone|others|other people|he|she|strangers|everyone)\\b",
        "start",
      ),
    },
  ),
  rule("stonewalling", "i (don't|do not) care|do whatever (you|u) (want|like)", {
    negatable: false,
    sentenceEnd: true,
    // "sorry you think I don't care", "it's not that I don't care": their view, not a refusal
    notPrecededBy:
      /\b(?:think|thought|feel|felt|believe|say|said|like|as if|that|not because|assume|mean|saying)\s+(?:that\s+)?$/,
  }),
  rule(
    "stonewalling",
    "(fine|ok|okay|right|whatever)[.,!]+ (just )?do (what(ever)?|as) (you|u) (want|like|please)|(believe|think) what(ever)? (you|u) (want|like|please|wish|choose)",
    { negatable: false },
  ),
  rule("stonewalling", "(whatever|fine|ok then|nope|no comment|don't|whatevs)", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
  }),
  rule(
    "stonewalling",
    "((lol|lmao|ok|okay|fine|yeah|meh|ugh|oh),? )?whatever,? (i don't care|i'm done|think what|believe what|do what|go (cry|whine|moan|complain|tell|sulk))",
    {
      negatable: false,
      sentenceStart: true,
    },
  ),
  rule(
    "stonewalling",
    "leave me (alone|be)|(?<!(won't|will|would|might|could|doesn't|don't|didn't|can't|to|it'll|that'll) )(just|please|now|so|oh|ugh),? go away\\b|stop (texting|messaging|calling|ringing) me(?=\\s*[.!?,;]|\\s*$| (again|anymore|any more|please|now|ever|at all|tonight|today|for good)\\b)|talk to (someone|somebody) else|(i'm|i am) out of here|you do you|(?<!(need|have|got) to )stop bringing (it|this|that) up|(not|never) going there|not in the mood (to talk|for this|to discuss)|\\bcba\\b|can't be (bothered|arsed|asked)|end of (discussion|story|conversation)|(this|the) (conversation|discussion) is over|i have nothing (more |else |further )?to say|there's nothing (more |else |further )?to (say|talk about|discuss)|not tonight,? not tomorrow|talk to the hand|(don't|do not) (want to|wanna) hear (it|another word)|(i'm|i am) (not|done) (listening|engaging)|conversation over|(i'm|i am) not having this (conversation|discussion|again)",
    { negatable: false, when: noReturn },
  ),
  rule("stonewalling", "(i'm|i am) out", { negatable: false, sentenceEnd: true }),
  // "Go away." opening its sentence (not "... the debt would somehow go away")
  rule("stonewalling", "go away(?=\\s*[.!,]|\\s*$| (and leave|now|please)\\b)", {
    negatable: false,
    sentenceStart: true,
    when: noReturn,
  }),
  // "don't text me" (a boundary with a time or place is not a refusal: "don't text me after 10pm")
  rule("stonewalling", "(don't|do not) (text|call|message|contact|ring|email|dm) me", {
    negatable: false,
    when: noReturn,
    // a refusal closes its clause ("don't text me.", "don't call me again"), unlike a boundary
    // with a time ("don't text me after 10pm") or a complaint ("don't call me a liar")
    notFollowedBy:
      /^(?!\s*(?:$|[.!,;:]|again(?:\s+(?:tonight|today|this (?:evening|week|weekend)))?\s*(?:$|[.!,;:])|(?:again|anymore|any more|ever again|back|please|either)\b(?!\s+(?:after|before|between|during|while|at|on|when|if|until|till|tonight|today)\b)))/,
  }),
  // "Forget it.", "forget I said anything": dropping the conversation
  rule(
    "stonewalling",
    "(just |oh |ugh,? |you know what,? |never ?mind,? |fine,? |ok(ay)?,? |seriously,? )*forget (it|about it|i (said|asked|mentioned|brought (it|this|anything) up)( anything)?|i even (said|asked|mentioned|brought it up)( anything)?|the whole thing|i ever (said|asked|mentioned) anything)",
    {
      negatable: false,
      sentenceStart: true,
      notFollowedBy:
        /^\s*(?:ever|happened|was|is|and|,?\s*(?:it'?s|it is|its) (?:fine|ok|okay|nothing|all good)|,?\s*no (?:worries|problem|harm)|,?\s*(?:don'?t|do not) worry|,?\s*all good|,?\s*(?:i\s+)?(?:found|got it|sorted|figured|worked it out|managed|remembered)\b)/,
      when: (c) => noReturn(c) && !reassured(c.text),
    },
  ),
  // giving up on talking: "I'm not bothering anymore", "why do I even bother", "I give up"
  rule(
    "stonewalling",
    "(i'm|i am) (not|done) (bothering|trying)( (anymore|any more|with (this|it|you)))?|(i'm|i am) not (even )?(going to|gonna) bother|i (won't|will not|shan't) (even )?bother|why (do|should|would) i (even )?bother|i give up",
    {
      negatable: false,
      when: (c) =>
        noReturn(c) &&
        (/^\s*(?:[.!?,;]|$|(?:on (?:this|us|you|talking|trying|it|explaining)|anymore|any more|with (?:this|it|you)|(?:replying|answering|explaining|trying|talking|responding))\b)/.test(
          c.text.slice(c.end, c.sentence.end),
        ) ||
          c.end >= c.sentence.end),
    },
  ),
  // "We're not having this conversation.", "we're done here"
  rule(
    "stonewalling",
    "(we're|we are|i'm|i am) (not|done) (having|doing) (this|that|it)( conversation| discussion| argument| again| now| anymore| any more| with you)*\\b|(we're|we are) (so |totally )?done (here|talking|discussing|with this)",
    {
      negatable: false,
      when: (c) => noReturn(c) && !promising(c.text),
    },
  ),
  // verbless refusal: "Not doing this over text.", "Not discussing it."
  rule(
    "stonewalling",
    "not (doing|discussing|having|getting into|going into|going over|talking about|engaging with|entertaining) (this|that|it)\\b|not (replying|responding) to (this|that|it|you|any of (this|that|it))\\b|not this again\\b",
    {
      negatable: false,
      // opens its sentence, perhaps after "whatever,", "nope,", "honestly," ...
      notPrecededBy:
        /[a-z0-9](?<!^[^a-z0-9]*(?:whatever|nope|no|honestly|look|seriously|sorry|right|ok|okay|fine|nah))[^a-z0-9]*$/,
      when: (c) =>
        noReturn(c) &&
        !/\b(?:haha\w*|lol|lmao|hehe)\b/.test(c.text.slice(c.sentence.start, c.sentence.end)),
    },
  ),
  // refusing the person: "I'm not talking to you", "don't talk to me", "I don't want to talk to you"
  rule(
    "stonewalling",
    "(i'm|i am) not (talking|speaking) to (you|u)|(don't|do not) (talk|speak) to me|i (don't|do not) (want to|wanna) (talk|speak) to (you|u)",
    {
      negatable: false,
      notFollowedBy:
        /^\s*(?:like|that way|in that|with that|when|about (?:this|it|that) (?:now|tonight|here)|if|until|unless)\b/,
      when: noReturn,
    },
  ),
  rule(
    "stonewalling",
    "i (don't|do not) (want to|wanna) (talk|speak)( (anymore|any more|right now|now|tonight))?",
    {
      negatable: false,
      sentenceEnd: true,
      when: noReturn,
    },
  ),
  // not answering: "I won't be replying", "I won't be going over it again", "I'm not reading it"
  rule(
    "stonewalling",
    "i (won't|will not|shan't|'m not going to|am not going to|'m not gonna|am not gonna) (be )?(replying|responding|answering|reply|respond|answer|engaging|engage)\\b(?! (till|until|while|when|before|after|at|right now|tonight|tomorrow|straight away|immediately))|i (won't|will not|shan't|'m not going to|am not going to|'m not gonna) (be )?(going over|go over|discussing|repeating|revisiting|rehashing|relitigating) (it|this|that|any of (it|this|that)|the matter|myself)( again| further| any further| anymore| any more)?|(i'm|i am) not (reading|opening|looking at) (it|this|that|them|any of (it|this|them)|your (message|messages|texts|letter|email|emails|essay|essays))( anymore| any more)?[.!]",
    { negatable: false, when: noReturn },
  ),
  // shutting the channel: "I'm muting this chat", "I've blocked you"
  rule(
    "stonewalling",
    "(i'm|i am|i'll|i will|i've|i have|i'm going to|i'm gonna|i just) (muting|mute|muted|blocking|block|blocked|archiving|archive|archived|deleting|delete|deleted|leaving|leave|left) (this (chat|conversation|thread|group)|the (chat|conversation|thread|group)|you|u|your (number|messages|texts))\\b",
    {
      negatable: false,
      notFollowedBy:
        /^\s*(?:out|alone|be|in peace|for (?:a|an|the|now|tonight)|on|a (?:voice|message)|till|until)\b/,
      when: noReturn,
    },
  ),
  // dismissing the reply: "Don't bother.", "Don't bother replying.", "Save it.", "I'm not interested."
  rule(
    "stonewalling",
    "(just |oh )?(don't|do not) (even )?bother( (replying|responding|answering|texting( back)?|calling|messaging|explaining|apologi[sz]ing|trying to explain|justifying (it|yourself)|with (an|the|your) (apology|excuse|excuses|explanation)))?",
    { negatable: false, sentenceStart: true, sentenceEnd: true, when: noReturn },
  ),
  rule(
    "stonewalling",
    "save it( for (someone|somebody|anyone|the judge|your (therapist|mum|mates|friends)|someone who cares))?",
    {
      negatable: false,
      sentenceStart: true,
      sentenceEnd: true,
    },
  ),
  rule(
    "stonewalling",
    "(i'm|i am) (just |honestly |really |genuinely |so )?not interested( (in|to) (hear|hearing|listening to) (it|this|that|any of (it|this|that)|your \\w+|more|anything)| in your (excuses|apologies|apology|explanations|explanation|lies|side|version|sob story|sorry)| anymore| any more)?",
    { negatable: false, sentenceEnd: true, when: noReturn },
  ),
  // "I refuse to talk about this", "I'm not in the mood.", "End of."
  rule(
    "stonewalling",
    "i (refuse|decline) to (talk|discuss|engage|argue|explain|justify|answer|listen|respond|reply|go over|get into)\\b|(i'm|i am) (just )?not in the mood|end of",
    {
      negatable: false,
      when: (c) => {
        if (!noReturn(c)) return false;
        const m = c.text.slice(c.start, c.end);
        // the bare forms must close their sentence ("end of" must also open it)
        if (/^(?:refuse|decline)|\b(?:refuse|decline)\b/.test(m)) return true;
        if (/[a-z0-9]/.test(c.text.slice(c.end, c.sentence.end))) return false;
        return !/^end/.test(m) || !/[a-z0-9]/.test(c.text.slice(c.sentence.start, c.start));
      },
    },
  ),
  // "I'm turning my phone off."
  rule(
    "stonewalling",
    "(i'm|i am|i'll|i will|i'm going to|i'm gonna) (turning|switching|turn|switch|putting|put) (my phone|it|mine|my notifications|notifications) off|(i'm|i am|i'll|i will) (turning|switching|turn|switch) off my (phone|notifications)",
    {
      negatable: false,
      when: (c) => noReturn(c) && !reassured(c.text),
      notFollowedBy:
        /^\s*(?:to (?:focus|sleep|work|charge|concentrate|study)|for (?:the (?!night\b)|a|an|my)|while|during|at|until|till|in|so i can)\b/,
    },
  ),
  // a topic refused for good: "I'm not discussing money with you anymore", "not talking about the inheritance again"
  rule(
    "stonewalling",
    "(i'm|i am|i'll|i will|we're|we are) not (discussing|talking about|going over|getting into|arguing about|debating|rehashing) [a-z' ]{1,30}?\\b(again|anymore|any more|ever again|any further)\\b",
    {
      negatable: false,
      when: (c) => noReturn(c) && !swearing(c.text),
    },
  ),
  // sent elsewhere: "Speak to my solicitor.", "Go through the mediator."
  rule(
    "stonewalling",
    "(speak|talk|talk to|speak to|write|go through|deal with|contact) (to )?(my|the) (solicitor|lawyer|attorney|mediator)|(can|could) we (just )?not (do|talk about|discuss|have) (this|that|it)( conversation)? (ever|at all|ever again)",
    { negatable: false, when: noReturn },
  ),
  // more refusals: "don't follow me", "I'm not saying anything else", "I'm logging out of this"
  rule(
    "stonewalling",
    "(i'm|i am|i'll|i will) not (saying|say) anything (else|more|further)|i (not|no) (want|wanna) (to )?(talk|discuss|speak)|(i'm|i am) (logging|signing|checking) (out|off)( of)? (this|here|the app|the chat)|(don't|do not) (text|call|message|contact|ring|email) me about (this|it|that)( again| anymore| ever again)?|(speak|talk|talk to|speak to) (to )?your (solicitor|lawyer|attorney)",
    {
      negatable: false,
      when: noReturn,
      notFollowedBy: /^\s*(?:until|till|til|unless|before|for now|right now|tonight|today)\b/,
    },
  ),
  rule("stonewalling", "(don't|do not) (follow|come after|wait up for) me", {
    negatable: false,
    when: noReturn,
    notFollowedBy: /^\s*[a-z0-9]/,
  }),
  // verbless: "Don't care.", "Done with this.", "Not now, not later.", "Or any night."
  rule(
    "stonewalling",
    "((honestly|tbh|frankly|seriously|genuinely|literally|ngl|meh|ok|okay|fine|just|really|lol|yeah|well),? )*(don't|dont|do not) care( anymore| any more| at this point| now)?|(so |totally )?done (with (this|you|it|all this|the lot)|talking|here)|not now,? not (later|ever|tomorrow)|(or|and) (at all|ever|any (other )?(night|day|time|week))( actually)?|not (reading|opening|looking at) (it|this|that|your \\w+|the rest( of (it|this|that|your \\w+))?|any (more|further)( of (it|this|that|your \\w+))?|past the first \\w+)",
    { negatable: false, sentenceStart: true, when: noReturn, notFollowedBy: /^\s*[a-z0-9]/ },
  ),
  // "Whatever, genius." "whatever mate"
  rule(
    "stonewalling",
    "(whatever|whatevs),? (genius|mate|pal|buddy|dude|babe|then|man|love|sweetheart|princess|sunshine|bro|hun|hon)|(whatever|whatevs), [a-z]+",
    {
      negatable: false,
      sentenceStart: true,
      sentenceEnd: true,
      // "whatever, haha": playful
      notFollowedBy: /^(?:haha\w*|hehe\w*|lol|x+|works|suits)\b/,
      when: (c) => !/,\s*(?:haha\w*|hehe\w*|x+|works|suits)$/.test(c.text.slice(c.start, c.end)),
    },
  ),
  rule(
    "stonewalling",
    "(subject|case|matter|topic|discussion) closed|i (don't|do not) have (the )?(time|energy|patience|headspace) for (this|you|your \\w+|it)( anymore| any more| right now)?",
    { negatable: false, when: noReturn },
  ),
  rule(
    "stonewalling",
    "i (don't|do not) intend to (discuss|talk about|explain|answer|engage)|(will|shall) not be (discussing|engaging|answering|responding)|no further (comment|discussion)",
    { negatable: false },
  ),
  rule(
    "stonewalling",
    "(i've|i have) (got )?nothing (more |else |further )?to (say|add)|i've said all i('m| am) going to say|(i've|i have) said (all|everything) (that )?i (intend|want|need|have|'m going|am going|'m gonna|plan) to say",
    { negatable: false },
  ),
  rule("stonewalling", "drop it|leave it", {
    negatable: false,
    notPrecededBy: /\b(can|could|shall|let'?s|lets|we|to|should|would|and|you)\s+(\w+\s+)?$/,
    // may close with a name: "Drop it, Sarah."
    notFollowedBy: /^(?!\s*(?:$|[.!?]|,\s*[a-z]+\s*[.!?]*\s*$))/,
  }),
  rule(
    "stonewalling",
    "(lol|lmao|ok|okay|k|kk|fine|yeah|yeah yeah|meh|right),? (whatever|whatevs)|idc|idgaf|idc (anymore|any more)",
    {
      negatable: false,
      sentenceStart: true,
      sentenceEnd: true,
    },
  ),
  rule(
    "stonewalling",
    "have it your way|(i'm|i am) not (going to |gonna )?(keep )?(explaining|justifying|repeating) myself|suit yourself",
    { negatable: false },
  ),
  // --- round 2: withdrawal verbs ---
  // "I'm checking out.", "I'm walking away from this.", "I've stopped listening.", "I've heard enough."
  rule(
    "stonewalling",
    "(i'm|i am|i'll|i will|i'm going to|i'm gonna) (just )?(tapping|bowing|checking|clocking|tap|bow|check|clock) out( of (this|here|it|this conversation|this chat))?|(i'm|i am|i'll|i will|i'm going to|i'm gonna) (just )?(walking|walk) away( from (this|it|you|this conversation|this argument|this chat))?|(i've|i have) (already )?(checked out|switched off|tuned out|stopped listening|stopped caring|heard enough|had enough of (this conversation|this argument|this chat|this|you|it|talking|arguing|listening))",
    {
      negatable: false,
      sentenceEnd: true,
      when: (c) => noReturn(c) && !promising(c.text),
    },
  ),
  // a return made conditional on the other changing: "Talk to me when you've calmed down."
  rule(
    "stonewalling",
    "(talk|speak|come back) to me (when|once|after) (you('ve| have)?|u) (calmed down|cooled (down|off)|grown up|grow up|stopped (shouting|crying|being \\w+)|can (be civil|act like an adult|behave)|(are|'re) ready to apologi[sz]e|learned some manners|got a grip)",
    { negatable: false },
  ),
  // --- round 3: verbless and timed refusals ---
  // "Muting this chat.", "Blocking you now."
  rule(
    "stonewalling",
    "(muting|blocking|archiving|deleting|leaving|mute|block|archive|muted|blocked) (this (chat|conversation|thread|group|group chat)|the (chat|conversation|thread|group|group chat)|you|u|your (number|messages|texts))( now| for good| then)?|(leave|left) (this|the) (chat|conversation|thread|group|group chat)( now| for good| then)?",
    {
      negatable: false,
      sentenceStart: true,
      sentenceEnd: true,
      when: noReturn,
    },
  ),
  // "Nothing more to say.", "Nothing further to add."; "Not interested. Bye."
  rule(
    "stonewalling",
    "((honestly|frankly|seriously|look|sorry|ok|okay|fine),? )?(i've |i have )?(got )?nothing (more|else|further) to (say|add|discuss|talk about)( about (it|this|that|the matter)| on (it|this|that|the matter))?|((honestly|frankly|seriously|sorry|just|really|genuinely|ok|okay|fine),? )?not interested( in (hearing|listening to) (it|this|that|any of (it|this|that)|your \\w+|more)| in your (excuses|apologies|apology|explanations|explanation|lies|side|version|sob story))?( anymore| any more)?",
    {
      negatable: false,
      sentenceStart: true,
      sentenceEnd: true,
      when: (c) => noReturn(c) && !reassured(c.text),
    },
  ),
  // "That's all I've got to say about it.", "that's all I'm going to say on the matter"
  rule(
    "stonewalling",
    "(that's|that is|thats) (all|everything) i('ve got| have got| have|'ve|'m going| am going|'m gonna| am gonna| intend| plan| want| wanted|'ll| will) (to )?say (about|on) (it|this|that|the (matter|subject|topic|issue))",
    { negatable: false, when: noReturn },
  ),
  // "not my problem anymore", "it's not my concern now"
  rule(
    "stonewalling",
    "((it's|its|it is|that's|thats|that is|this is|this isn't|it isn't|that isn't) )?(not|no longer) my (problem|concern|business|issue|headache) (anymore|any more|now)?",
    {
      negatable: false,
      // bare, it opens its clause ("meh. do what u want, not my problem anymore"); with a subject it is "it/that"
      notPrecededBy: /[a-z0-9][^a-z0-9,;:]*$/,
      notFollowedBy: /^\s*(?:to|if|but|though|however|,\s*but)\b/,
      when: (c) =>
        noReturn(c) &&
        (/(?:anymore|any more|now|no longer)/.test(c.text.slice(c.start, c.end)) ||
          !/[a-z0-9]/.test(c.text.slice(c.end, c.sentence.end))),
    },
  ),
  // "I'll answer when I feel like it", "I'll reply if and when I can be bothered"
  rule(
    "stonewalling",
    "(i'll|i will|i'm going to|i am going to) (answer|reply|respond|text (you )?back|call (you )?back|get back to (you|u)|talk to (you|u)|talk|message (you )?back) ((if and )?when(ever)?|if) i (feel like it|can be bothered|get round to it|get around to it|'m good and ready|am good and ready|see fit|choose to|decide to|fancy it|want to)\\b",
    { negatable: false },
  ),
  // "Don't even start.", "don't go there"
  rule("stonewalling", "(just )?(don't|dont|do not) (even )?(start|go there)( with me)?", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
    when: noReturn,
  }),
  // "k. bye", "Fine. Bye." : a curt token, then a goodbye
  rule("stonewalling", "bye( then| now)?", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
    when: (c) => CURT_BEFORE.test(c.text.slice(0, c.sentence.start)),
  }),
  // "right, well... never mind.": trailing off, nothing else said
  rule(
    "stonewalling",
    "((right|well|oh|ok|okay|fine|ugh|you know what|forget it|just|meh),? )*(never mind|nevermind|nvm)",
    {
      negatable: false,
      sentenceStart: true,
      sentenceEnd: true,
      // the whole message is the trailing off
      when: (c) =>
        TRAILING_BEFORE.test(c.text.slice(0, c.sentence.start)) &&
        !/[a-z0-9]/.test(c.text.slice(c.sentence.end)),
    },
  ),
  // "Not up for discussion.", "this isn't open to debate"
  rule(
    "stonewalling",
    "((it's|its|it is|that's|thats|that is|this is|this isn't|it isn't|that isn't|which is) )?(not|no longer) (up for|open (to|for)) (discussion|debate|negotiation|further discussion)",
    {
      negatable: false,
      notFollowedBy: /^\s*,?\s*(?:but|though|however|yet|lol|haha)\b/,
      unless: test("(\\blol\\b|haha|pizza|pineapple)"),
      when: noReturn,
    },
  ),
  // "I've washed my hands of the whole thing"
  rule(
    "stonewalling",
    "(i've|i have|i'm|i am|i'll|i will|i) (just )?(washed|washing|wash) my hands of (it|this|that|you|the (whole )?(thing|lot|matter|business)|all of (it|this|you)|the lot)",
    { negatable: false, when: noReturn },
  ),
  // "That's all I've got to say." closing a message that offers nothing warm
  rule(
    "stonewalling",
    "(that's|that is|thats) (all|everything) i('ve got| have got| have|'ve|'m going| am going|'m gonna| am gonna) (to )?say",
    {
      negatable: false,
      sentenceEnd: true,
      when: (c) => noReturn(c) && !warm(c.text) && !/[a-z0-9]/.test(c.text.slice(c.sentence.end)),
    },
  ),
];

// a warm or sorry message: its "that's all I have to say" is an ending, not a refusal
const warm = messageTest(/\b(?:sorry|love|thank\w*|apolog\w*|miss you|xx+|care about)\b/);
// nothing but "right, well..." before a "never mind"
const TRAILING_BEFORE =
  /^[^a-z0-9]*(?:(?:right|well|oh|ok|okay|fine|ugh|hmm+|um+|so|yeah|wow|actually no)[^a-z0-9]*)*$/;
// "k." "Fine." "Whatever." just before a goodbye
const CURT_BEFORE =
  /(?:^|[.!?]\s*)(?:k|kk|fine|whatever|whatevs|noted|not interested|nope|done)\s*[.!?,]*\s*$/;

stonewalling.push(
  // "couldnt care less anymore", "not replying", "tell it to someone who cares"
  rule(
    "stonewalling",
    "((honestly|tbh|frankly|seriously|genuinely|lol|meh|ok|okay|fine|well|yeah),?\\?* )*(couldn't|could not|couldnt|could) care less( anymore| any more| now)?",
    {
      negatable: false,
      sentenceStart: true,
      when: noReturn,
    },
  ),
  rule(
    "stonewalling",
    "((i('m| am)|im) )?not (replying|answering|responding)( (to (this|that|you|u|it)|any more|anymore))?",
    {
      negatable: false,
      sentenceEnd: true,
      when: noReturn,
    },
  ),
  rule(
    "stonewalling",
    "tell (it|that) to someone who cares|(like )?i (care|give a (damn|toss|shit))\\?",
    {
      negatable: false,
    },
  ),
  // "I'm not explaining it a third time", "yeah fine whatever", "I'm not discussing my performance
  // over WhatsApp"
  rule(
    "stonewalling",
    "(i('m| am)|im) not (explaining|repeating|justifying) (it|this|that|myself)( (again|a (second|third|fourth) time|anymore|any more))",
    { negatable: false, when: noReturn },
  ),
  rule("stonewalling", "((yeah|yea|ok|okay|fine|right|sure),? )+(whatever|whatevs)", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
  }),
  rule(
    "stonewalling",
    "(i('m| am)|im) not (discussing|talking about|going over|getting into) (my|your|our) \\w+ (over|by|on) (text|whatsapp|messenger|email|the phone|here)\\b",
    { negatable: false, when: noReturn },
  ),
  // "k. do what u like", "do what you like then"
  rule("stonewalling", "do (what|whatever) (you|u) (like|want|please)( then)?", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
    when: (c) => !/!/.test(c.text.slice(c.end, c.sentence.end + 1)),
  }),
);
