// Constructive markers: the writer names their own feeling or need
// (i-statement), or acknowledges the other's feelings as understandable
// (validation).

import { ADV, FEEL_ADJ } from "../lexicon.ts";
import { type Rule, type RuleContext, rule, test } from "../rule.ts";

// Feelings about the other's act beyond FEEL_ADJ: "I felt really shut out".
const FEEL_MORE =
  "(shut out|pushed away|pushed aside|brushed off|cut off|sidelined|blindsided|jumpy|on edge|unsettled|replaceable|worthless|second best|patronised|patronized|belittled|judged|unwelcome|unsupported|like an afterthought|humiliated|hopeful)";
// A state that shows in a subject-less check-in answer: "still jumpy every time your phone lights up".
const CHECKIN_STATE =
  "(jumpy|wobbly|anxious|on edge|nervous|scared|uneasy|insecure|hurt|sad|lonely|tense|edgy|paranoid|shaky|panicky|sick|unsettled|suspicious)";

const NOT_PRESSURE_NEED = test(
  "((you|u) to (forgive|move on|let (it|this|that) go|get over|stop (being upset|being angry|bringing|going on|sulking|punishing))|((us|you|u|things) to )?(get back to normal|go back to (normal|how)|move on|move past|put (it|this|that) behind|forget|be normal))",
  "start",
);

const iStatement: Rule[] = [
  rule(
    "i-statement",
    `i (${ADV}|always |sometimes |often |still )*(feel|felt|'m feeling|am feeling|was feeling|'ve been feeling|have been feeling|get|got|keep feeling|end up feeling|ended up feeling|'m left feeling|am left feeling|was left feeling) ${ADV}(${FEEL_ADJ}|${FEEL_MORE})\\b`,
  ),
  // subject-less check-in: "still jumpy every time your phone lights up", "still wobbly when you go quiet"
  rule(
    "i-statement",
    `(still |a bit |really |so |quite |pretty |kind of |kinda |a little |very |always |often )*${CHECKIN_STATE} (every time|when|whenever|each time|if) (you|u|your|ur)\\b`,
    { when: (c) => /^[\s:,.-]*$/.test(c.text.slice(c.clauseFrom, c.start)) },
  ),
  // "I wanted the floor to swallow me", "I could have cried"
  rule(
    "i-statement",
    "i wanted the (floor|ground|earth) to (swallow|open)|i (just )?wanted to (cry|disappear|scream|curl up|crawl (into|under)|sink|vanish|throw up|be sick)\\b|i could('ve| have) (cried|screamed|died)",
    { notPrecededBy: /\b(because|since|so|as)\s+$/ },
  ),
  // "What would help me is knowing where you are"
  rule(
    "i-statement",
    "(what|the thing that|something that) (would|will|might|really) (really )?help(s)? me (is|most|feel|to feel)|what helps me (is|most)",
  ),
  // "I'm hopeful about us", "I'm proud of us"
  rule(
    "i-statement",
    `((i('m| am)|im)|i am) (${ADV}|still |honestly )*(hopeful|optimistic|relieved|proud of (us|you|myself|how|what we)|happy (about|with) us|excited about us)\\b`,
    { notFollowedBy: test("(to|that you|for you)\\b", "start") },
  ),
  // check-in answers often drop the subject: "felt close to you this week"
  rule("i-statement", `(felt|feeling|feel) ${ADV}${FEEL_ADJ}\\b`, {
    when: (c) => /^[\s:,-]*$/.test(c.text.slice(c.clauseFrom, c.start)),
  }),
  rule(
    "i-statement",
    "i (just |really |still |sometimes |often |always )*(feel|felt|end up feeling|ended up feeling|'m left feeling|was left feeling|keep feeling) like (a|an) (fool|idiot|mug|outsider|stranger|afterthought|option|spare part|child|burden|failure|ghost|second choice)|i (just |really |still |sometimes |often |always )*(feel|felt) like ((i('m| am)|im)|i am|i was|(i('d| would| had)|id)|(i('ve| have)|ive)|i had|i don't|i can't|i have to|i need|(i('m| am)|im) not|nobody|no one|we|we're|we've|we are|my|(i('ve| have)|ive) been|(i('ll| will)|ill) never|i matter|i didn't)",
  ),
  rule(
    "i-statement",
    "i (just |really |still |also |honestly |genuinely |desperately |really just )*need (you to|us to|us not to|to know|to hear|to feel|to understand|to see|some|a (few|little|bit|break|day|minute|moment|week|while|breather)|time|space|honesty|reassurance|support|help|more|to be able|to trust|a few days|you|us|to talk|\\d+ (minutes|mins|hours|days)|(a |some |a few |a couple of )?(minutes|hours|days|nights|weeks) (to|alone|apart|off|away)|time (to|alone|apart|away|off))\\b",
    { notFollowedBy: NOT_PRESSURE_NEED },
  ),
  rule(
    "i-statement",
    `((i('m| am)|im)|i am) (${ADV}|still |honestly |genuinely )*(scared|anxious|confused|grieving|hurt|hurting|lonely|worried|afraid|frightened|nervous|heartbroken|devastated|sad|overwhelmed|struggling|angry|furious|upset|not okay|not there yet|insecure|lost|shaken|gutted|terrified|disappointed|jealous|frustrated|numb|on edge|wobbly|fragile|sore|raw)\\b`,
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
    "i (really |still |just )?(miss|missed) (you|u|us|how|the way|when|our|having|being with you|talking to you|hearing from (you|u)|seeing (you|u)|talking|spending|laughing|waking up|hanging out|being close)\\b",
  ),
  rule(
    "i-statement",
    `it (really |still |just )?(hurts|hurt|stings|stung|scares|scared|frightens|worries|worried|upsets|upset) (me )?(when|that|to (know|think|hear|see))|it (makes|made) me (feel )?${ADV}${FEEL_ADJ}`,
  ),
  rule(
    "i-statement",
    "(i('d| would| had)|id) (love|like|really like|really love) (to (see|spend|talk|feel|hear|know|go)|for us to|it if (you|we))|i (just |really |only )?(want|would like|'d like) (us to|to feel|to be able to|to trust you|you to (know|understand|see|hear))|(i('m| am)|im) (just )?not (there|ready) yet|(what|all) i (need|want) is",
    // "I'd like to hear what would help put it right" is an offer of repair, not a need
    {
      notFollowedBy: test(
        "((what|how) (would|could|can|i|to|might|will)|(your|the) (side|version|reasons?))",
        "start",
      ),
    },
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
    "(it|this|that|you|u|this relationship|we|us) (really |still |honestly )?(matters|matter|means (a lot|so much|everything|the world)|mean (a lot|so much|everything|the world)|would mean (a lot|so much|everything|the world)) to me",
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
    "i (just |really |still )?need (a |an |some |a few |a couple of |another |my |the )?(\\w+ )?(minutes|mins|hours|hour|days|weeks|nights|time|space|breather|break|moment|evenings|weekends|mornings|quiet|peace|privacy|distance)\\b",
    { notFollowedBy: NOT_PRESSURE_NEED },
  ),
);

// "I understand why you're upset, but I was covering a double shift" / "..., but honestly you've done
// worse": validation taken back by "but" and an excuse, a push or a counter-complaint.
const TAKEN_BACK =
  /\bbut\s+(?:(?:honestly|frankly|tbh|seriously|like|come on|look|let'?s be honest|at the same time|still)\W+)*(?:(?:you|u|ur|your|you'?re|you'?ve|you'?d|youre)\b(?!\s+(?:deserve|have every|had every|are right|were right|don'?t have to|need to know))|i (?:was|had|'?d|have been|'?ve been|just|only|didn'?t|did not|never|wasn'?t|couldn'?t)\b|it (?:was|wasn'?t|is|'?s)\s+(?:really\s+|honestly\s+)?(?:just|only|the only|not (?:like|that|my fault)|not a big deal|no big deal)|it'?s (?:just|only|not (?:like|that|my fault)))/;
const notTakenBack = (c: RuleContext): boolean =>
  !TAKEN_BACK.test(c.text.slice(c.end, Math.max(c.end, c.sentence.end)));

const validation: Rule[] = [
  // "I can see why that felt like a betrayal", "I get how that must have looked"
  rule(
    "validation",
    "i (can |totally |completely |fully |really |honestly |absolutely |do |now )*(understand|get|see) (why|how) (that|this|it|what i did|what i said|my \\w+)( \\w+){0,2}? (felt|feels|would (feel|have felt|look|seem)|must have (felt|looked|seemed|hurt|been)|came across|comes across|looked|seemed|hurt|upset|made (you|u))",
    { when: notTakenBack },
  ),
  // "I understand if you can't look at me for a while", "I'll understand if you need time"
  rule(
    "validation",
    "(i|(i('d| would| had)|id)|(i('ll| will)|ill)) (completely |totally |fully |really )?understand if (you|u) (can't|cannot|don't|need|want|aren't|never|feel|'re|are|have|won't|wouldn't|decide|choose|can|could|do)\\b",
    // "I'd understand if you can't, but ..." (a bare modal) is not yet about their feeling
    { notFollowedBy: test("\\W*(,|$|forgive)", "start") },
  ),
  // "That's completely understandable." / "..., and honestly that's fair."
  rule(
    "validation",
    "(that's|that is|which is|it's|it is) (completely |totally |entirely |perfectly |more than |absolutely |so |very )?(fair|fair enough|understandable|valid|reasonable|justified)\\b",
    {
      when: (c) => {
        if (!/^[\s.!)]*$/.test(c.text.slice(c.end, c.sentence.end))) return false;
        const before = c.text.slice(0, c.start);
        // standalone: "That's completely understandable." (a bare "That's fair." may answer a plan)
        if (/^[\s:,-]*$/.test(c.text.slice(c.sentence.start, c.start)))
          return !/^\S+\s+(?:fair|fair enough|reasonable)$/.test(c.text.slice(c.start, c.end));
        return /\b(?:you|u)(?:'?re| are| feel| felt| can'?t| don'?t| won'?t| need| want| were| have| had| may| might)\b|\b(?:your|ur) (?:anger|feelings|reaction|distrust|doubts?|suspicion|concerns?|questions?)\b/.test(
          before.slice(Math.max(0, before.length - 120)),
        );
      },
    },
  ),
  // "I'd want proof too after what I did"
  rule(
    "validation",
    "(i('d| would| had)|id) (want|need|ask for|do|feel|react|be asking)( \\w+){0,2}? (the same|too|as well)\\b",
    { when: (c) => /\b(?:you|u|your|ur|in your|what i did|after)\b/.test(c.text) },
  ),
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
    "(it's|it is|that's|that is|it was) (completely |totally |entirely |so |perfectly |really |absolutely )?(understandable|fair enough|fair|valid|reasonable|natural|normal|okay|ok|fine|right) (that you|for you to|you feel|you're|to feel|you'd|you would|you were|you need|you want|that you'd)\\b",
  ),
  rule(
    "validation",
    "(your|ur) (feelings|anger|concerns?|reaction|hurt|frustration|fears?|worries|distrust|suspicion|upset|questions?|pain|doubts?)( (about|around|over) (this|that|it|what happened|me|us))? (are|is|were|was) (completely |totally |entirely |so |perfectly |absolutely |really )?(valid|understandable|reasonable|justified|fair|legitimate|warranted|right|natural|normal|okay|ok)",
  ),
  rule(
    "validation",
    "(you|u)( have|'ve|'ve got| have got| got) every (right|reason) (not )?to|(you're|you are|you were|ur|you'd be|you would be) (completely |totally |absolutely |entirely |so )?(right|entitled|justified|within your rights) to (be|feel|ask|want|question|doubt|not trust|expect|worry)",
  ),
  rule(
    "validation",
    "(i('d| would| had)|id) (be|feel) (just |exactly )?(fuming|furious|angry|upset|hurt|the same|mad|livid|gutted|devastated|raging|heartbroken|crushed|suspicious|wary)( too| as well| in your (position|shoes|place))?|(i('d| would| had)|id) be too\\b|i would have (been|felt) the same|(anyone|anybody) would (be|feel)",
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
      notFollowedBy: test("((i('m| am)|im)|i am) (a|the) (monster|worst|terrible|awful)"),
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

// every validation is taken back by "but" and an excuse, a push or a counter-complaint
for (const r of validation) {
  const w = r.when;
  r.when = w ? (c) => w(c) && notTakenBack(c) : notTakenBack;
}

export const markerRules: readonly Rule[] = [...iStatement, ...validation];
