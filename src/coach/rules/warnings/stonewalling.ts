import { type Rule, rule, test } from "../../rule.ts";

// --- stonewalling -----------------------------------------------------------------------------

const RETURN_PROPOSAL = test(
  "((can|could|shall) we|let's|lets|i'll|i will|i want to|i'd like to|we can|happy to) (talk|pick (this|it) up|continue|come back to (this|it)|discuss|carry on|keep talking|finish)[^.?!]{0,40}?(later|tomorrow|tonight|after|in (a|an|\\d+|twenty|ten|five|half)|when|once|this (evening|weekend|afternoon|morning)|next|on \\w+day)|(then|after that|afterwards|and then) (i|we) (want|'d like|would like|will|'ll|can) (to )?(keep talking|talk|continue|come back|carry on|finish)|i('ll| will) come back to (this|it|you)|(but |and )?(i|we)('ll| will) ((talk|be ready|come back|explain|answer) )?(tonight|tomorrow|later|in the morning|this evening|after (work|dinner|lunch))|(need|take|taking) (a|some) (break|breather|minute|moment|few minutes|pause)[^.]*(then|after|before we|back)",
);
// Every proposal has one of these words: a cheap scan first, the long pattern only then.
const RETURN_WORD =
  /talk|pick|contin|come|discuss|carry|finish|tonight|tomorrow|later|morning|evening|after|break|breather|minute|moment|pause/;
// A proposal to come back anywhere in the message makes the pause a pause.
// (remembered for the last text: several rules ask about the same message)
let lastText = "";
let lastReturn = false;
const noReturn = (c: { text: string }) => {
  if (c.text !== lastText) {
    lastText = c.text;
    lastReturn = RETURN_WORD.test(c.text) && RETURN_PROPOSAL.test(c.text);
  }
  return !lastReturn;
};
export const stonewalling: Rule[] = [
  rule(
    "stonewalling",
    "(i'm|i am) (so |totally |completely |officially )?done (talking|discussing|with this|with you|with it|here|arguing|explaining|with this conversation|trying|with the lot)",
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
    "i (don't|do not) (care|give a (damn|shit|toss|fuck)) (anymore|any more|what you|about (this|it|any of (this|it)|us|your))|i couldn't care less|i'm past caring",
    { negatable: false },
  ),
  rule("stonewalling", "i (don't|do not) care|do whatever (you|u) (want|like)", {
    negatable: false,
    sentenceEnd: true,
  }),
  rule(
    "stonewalling",
    "(fine|ok|okay|right)[.,!]+ (just )?do (what(ever)?|as) (you|u) (want|like|please)|believe what(ever)? you want|think what(ever)? you (want|like)",
    { negatable: false },
  ),
  rule("stonewalling", "(whatever|fine|ok then|nope|no comment|don't|whatevs)", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
  }),
  rule("stonewalling", "whatever,? (i don't care|i'm done|think what|believe what|do what)", {
    negatable: false,
    sentenceStart: true,
  }),
  rule(
    "stonewalling",
    "leave me alone|(just )?go away\\b|don't (text|call|message|contact|ring) me|stop (texting|messaging|calling|ringing) me|talk to (someone|somebody) else|(i'm|i am) out of here|you do you|stop bringing (it|this|that) up|(not|never) going there|not in the mood (to talk|for this|to discuss)|\\bcba\\b|can't be (bothered|arsed|asked)|end of (discussion|story|conversation)|(this|the) (conversation|discussion) is over|i have nothing (more |else |further )?to say|there's nothing (more |else |further )?to (say|talk about|discuss)|not tonight,? not tomorrow|talk to the hand|(don't|do not) (want to|wanna) hear (it|another word)|(i'm|i am) (not|done) (listening|engaging)|conversation over|(i'm|i am) not having this (conversation|discussion|again)",
    { negatable: false, when: noReturn },
  ),
  rule("stonewalling", "(i'm|i am) out", { negatable: false, sentenceEnd: true }),
  rule(
    "stonewalling",
    "i (don't|do not) intend to (discuss|talk about|explain|answer|engage)|(will|shall) not be (discussing|engaging|answering|responding)|no further (comment|discussion)",
    { negatable: false },
  ),
  rule(
    "stonewalling",
    "(i've|i have) (got )?nothing (more |else |further )?to say|i've said all i('m| am) going to say",
    { negatable: false },
  ),
  rule("stonewalling", "drop it|leave it", {
    negatable: false,
    notPrecededBy: /\b(can|could|shall|let'?s|lets|we|to|should|would|and|you)\s+(\w+\s+)?$/,
    sentenceEnd: true,
  }),
  rule("stonewalling", "(lol|lmao|ok|okay|fine|yeah|yeah yeah|meh|right),? (whatever|whatevs)", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
  }),
  rule(
    "stonewalling",
    "have it your way|(i'm|i am) not (going to |gonna )?(keep )?(explaining|justifying|repeating) myself|suit yourself",
    { negatable: false },
  ),
];
