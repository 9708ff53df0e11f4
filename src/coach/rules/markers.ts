// Constructive markers: the writer names their own feeling or need
// (i-statement), or acknowledges the other's feelings as understandable
// (validation).

import { ADV, FEEL_ADJ } from "../lexicon.ts";
import { type Rule, rule, test } from "../rule.ts";

const NOT_PRESSURE_NEED = test(
  "(you|u) to (forgive|move on|let (it|this|that) go|get over|stop (being upset|being angry|bringing|going on|sulking|punishing))",
  "start",
);

const iStatement: Rule[] = [
  rule(
    "i-statement",
    `i (${ADV}|always |sometimes |often |still )*(feel|felt|'m feeling|am feeling|was feeling|'ve been feeling|have been feeling|get|got|keep feeling) ${ADV}${FEEL_ADJ}\\b`,
  ),
  // check-in answers often drop the subject: "felt close to you this week"
  rule("i-statement", `(felt|feeling|feel) ${ADV}${FEEL_ADJ}\\b`, {
    when: (c) => /^[\s:,-]*$/.test(c.text.slice(c.clauseFrom, c.start)),
  }),
  rule(
    "i-statement",
    "i (just |really |still |sometimes |often |always )*(feel|felt) like (a|an) (fool|idiot|mug|outsider|stranger|afterthought|option|spare part|child|burden|failure|ghost|second choice)|i (just |really |still |sometimes |often |always )*(feel|felt) like (i'm|i am|i was|i'd|i've|i had|i don't|i can't|i have to|i need|i'm not|nobody|no one|we|we're|we've|we are|my|i've been|i'll never|i matter|i didn't)",
  ),
  rule(
    "i-statement",
    "i (just |really |still |also |honestly |genuinely |desperately |really just )*need (you to|us to|us not to|to know|to hear|to feel|to understand|to see|some|a (few|little|bit|break|day|minute|moment|week|while|breather)|time|space|honesty|reassurance|support|help|more|to be able|to trust|a few days|you|us|to talk|\\d+ (minutes|mins|hours|days)|(a |some |a few |a couple of )?(minutes|hours|days|nights|weeks) (to|alone|apart|off|away)|time (to|alone|apart|away|off))\\b",
    { notFollowedBy: NOT_PRESSURE_NEED },
  ),
  rule(
    "i-statement",
    `(i'm|i am) (${ADV}|still |honestly |genuinely )*(scared|anxious|confused|grieving|hurt|hurting|lonely|worried|afraid|frightened|nervous|heartbroken|devastated|sad|overwhelmed|struggling|angry|furious|upset|not okay|not there yet|insecure|lost|shaken|gutted|terrified|disappointed|jealous|frustrated|numb|on edge|wobbly|fragile|sore|raw)\\b`,
    {
      notFollowedBy: test("(of (you|u|your|this|it|hearing))", "start"),
      notPrecededBy: /\b(if|when|whenever|unless)\s+$/,
    },
  ),
  rule(
    "i-statement",
    "i was (so |really |absolutely |completely |just |honestly )*(gutted|heartbroken|devastated|crushed|humiliated|mortified|hurt|furious|livid|shaken|in pieces|in bits|in tears)\\b(?=\\W*$| (when|that|by|to (hear|find|see|learn|read)|after|because you|at (how|the way|what)))",
  ),
  rule(
    "i-statement",
    "i (really |still |just )?(miss|missed) (you|u|us|how|the way|when|our|having|being with you|talking to you)\\b",
  ),
  rule(
    "i-statement",
    `it (really |still |just )?(hurts|hurt|stings|stung|scares|scared|frightens|worries|worried|upsets|upset) (me )?(when|that|to (know|think|hear|see))|it (makes|made) me (feel )?${ADV}${FEEL_ADJ}`,
  ),
  rule(
    "i-statement",
    "i('d| would) (love|like|really like|really love) (to (see|spend|talk|feel|hear|know|go)|for us to|it if (you|we))|i (just |really |only )?(want|would like|'d like) (us to|to feel|to be able to|to trust you|you to (know|understand|see|hear))|i('m| am) (just )?not (there|ready) yet|(what|all) i (need|want) is",
  ),
  rule(
    "i-statement",
    "it (really |honestly |still |kind of |kinda )?(stung|hurt|hurts|stings) me( (a lot|so much|deeply))?",
    {
      sentenceEnd: true,
    },
  ),
  rule(
    "i-statement",
    "(it|this|that|you|u|this relationship|we|us) (really |still |honestly )?(matters|matter|means (a lot|so much|everything|the world)|mean (a lot|so much|everything|the world)) to me",
    // "everything that matters to me" is a relative clause, not a statement of need
    {
      notPrecededBy:
        /\b(everything|anything|something|nothing|things|stuff|all|the \w+|what|people)\s+$/,
    },
  ),
];

// "that scares me", "it worries me": the writer names a feeling the situation causes
iStatement.push(
  rule(
    "i-statement",
    "(that|it|this|which) (really |still |honestly |just )?(scares|frightens|worries|terrifies|saddens|hurts|upsets|scared|frightened|worried|terrified|hurt|upset) me\\b",
    { notFollowedBy: test("(off|away|out of)", "start") },
  ),
  // "I need twenty minutes", "I need some time to think"
  rule(
    "i-statement",
    "i (just |really |still )?need (a |an |some |a few |a couple of |another )?(\\w+ )?(minutes|mins|hours|hour|days|weeks|nights|time|space|breather|break|moment)\\b",
  ),
);

const validation: Rule[] = [
  rule(
    "validation",
    "i (can |totally |completely |fully |really |honestly |absolutely |do |now )*(understand|get|see|appreciate|can see) (why|how) (you|u|you're|you've|you'd|your|you'll)\\b|i (can |totally |completely |fully |really |do )*(understand|get|see|appreciate) that (you|u|this|it)('re| are| were| feel| felt| need| want| might| must| have| had| 'd| would|'ve| has| was| is| must have)\\b",
  ),
  rule("validation", "i (understand|get it|hear you|see that|hear that)", { sentenceEnd: true }),
  rule(
    "validation",
    "i hear you\\b|(that|it|this|your \\w+( \\w+)?|how you feel|the way you feel|what you're saying|your reaction) (totally |completely |perfectly |really |so much |absolutely |entirely )?(makes|make) (total |complete |perfect |so much |a lot of )?sense|(that|it) makes sense (that|why) (you|u)",
  ),
  rule(
    "validation",
    "(it's|it is|that's|that is|it was) (completely |totally |entirely |so |perfectly |really |absolutely )?(understandable|fair enough|valid|reasonable|natural|normal|okay|ok|fine|right) (that you|for you to|you feel|you're|to feel|you'd|you would|you were)\\b",
  ),
  rule(
    "validation",
    "(your|ur) (feelings|anger|concerns?|reaction|hurt|frustration|fears?|worries|distrust|suspicion|upset|questions?|pain|doubts?) (are|is|were|was) (completely |totally |entirely |so |perfectly |absolutely |really )?(valid|understandable|reasonable|justified|fair|legitimate|warranted|right|natural|normal|okay|ok)",
  ),
  rule(
    "validation",
    "(you|u) have every (right|reason) (not )?to|(you're|you are|you were|ur|you'd be|you would be) (completely |totally |absolutely |entirely |so )?(right|entitled|justified|within your rights) to (be|feel|ask|want|question|doubt|not trust|expect|worry)",
  ),
  rule(
    "validation",
    "i('d| would) (be|feel) (just |exactly )?(fuming|furious|angry|upset|hurt|the same|mad|livid|gutted|devastated|raging|heartbroken|crushed|suspicious|wary)( too| as well| in your (position|shoes|place))?|i('d| would) be too\\b|i would have (been|felt) the same|(anyone|anybody) would (be|feel)",
  ),
  rule(
    "validation",
    "(of )?course (you|u) (can't|cannot|don't|do not|'re|are|feel|felt|need|want|were|wouldn't|won't|didn't|'d)\\b",
    { sentenceEnd: false, when: (c) => /[a-z]/.test(c.text.slice(c.end, c.sentence.end)) },
  ),
  rule(
    "validation",
    "i appreciate (that|how|the fact that) (this|it|you)( has| is| was| must| have| 're| are)|no wonder (you|u)\\b|i can (only )?imagine how (hard|hurt|awful|difficult|painful|horrible|upsetting|scary|lonely|angry|betrayed)|(that|this|it) (must (have been|be|feel|have felt)|sounds|sounded) (so |really |incredibly |awful|horrible )*(hard|awful|painful|horrible|difficult|scary|upsetting|humiliating|lonely|frightening|confusing|exhausting|devastating)",
  ),
  rule(
    "validation",
    "(you|u) (weren't|were not|aren't|are not|'re not) (being )?(unreasonable|wrong|overreacting|crazy|paranoid|too sensitive|dramatic|silly|stupid)( to| for|\\b)|(you're|you are) not (wrong|overreacting|crazy|being unreasonable|imagining)",
    { negatable: false },
  ),
  rule(
    "validation",
    "(you're|you are|you were|ur) (completely |totally |absolutely |so |100% )?right (about|that|to)\\b",
    { notPrecededBy: /\b(if|maybe|unless|think|thinks)\s+$/ },
  ),
  rule(
    "validation",
    "(you're|you are|you were|ur) (so |completely |totally |absolutely |100% )?right[,.;!]",
    {
      sentenceStart: true,
      notFollowedBy: test("(i'm|i am) (a|the) (monster|worst|terrible|awful)"),
    },
  ),
  rule(
    "validation",
    "it's (okay|ok|fine|alright|normal|natural) (to|that you) (be|feel|are|'re|need|want|not)",
  ),
  rule(
    "validation",
    "i (don't|do not|can't|cannot|couldn't) blame (you|u)( (for|at all|one bit))?",
    {
      negatable: false,
    },
  ),
];

export const markerRules: readonly Rule[] = [...iStatement, ...validation];
