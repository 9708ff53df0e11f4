// Constructive markers: the writer names their own feeling or need
// (i-statement), or acknowledges the other's feelings as understandable
// (validation).

import { check } from "../check.ts";
import { ADV, FEEL_ADJ } from "../lexicon.ts";
import { messageTest, type Rule, type RuleContext, rule, test } from "../rule.ts";

// Feelings about the other's act beyond FEEL_ADJ: "I felt really shut out".
const FEEL_MORE =
  "(lighter|steadier|shut out|pushed away|pushed aside|brushed off|cut off|sidelined|blindsided|jumpy|on edge|unsettled|replaceable|worthless|second best|patronised|patronized|belittled|judged|unwelcome|unsupported|like an afterthought|humiliated|hopeful|exposed|forgotten|relaxed|settled|reassured|secure|at ease|proud of (us|you|u|how we)|ashamed (when|every time|whenever|in front of|around)|tiny|sidelined|invalidated|gaslit|mocked)";
// A state that shows in a subject-less check-in answer: "still jumpy every time your phone lights up".
const CHECKIN_STATE =
  "(jumpy|wobbly|anxious|on edge|nervous|scared|uneasy|insecure|hurt|sad|lonely|tense|edgy|paranoid|shaky|panicky|sick|unsettled|suspicious)";

// "..., because at home I felt like a failure": a past feeling given as the reason for the writer's own act
// is an explanation, not an I-statement.
const notReasonForAct = (c: RuleContext): boolean =>
  !(
    /\b(?:because|cause|cos|bc|since|why i did (?:it|that|this) (?:is|was)(?: that)?)\s+(?:\w+\s+){0,3}$/.test(
      c.text.slice(Math.max(c.sentence.start, c.start - 30), c.start),
    ) && /\b(?:felt|was)\b/.test(c.text.slice(c.start, c.end))
  );

// "if I feel anxious I'll tell you" (a commitment), "you feel I've been distant" (their view)
const NOT_OWN_FEELING =
  /\b(?:if|(?:you|u) (?:feel|felt|think|thought|say|said|reckon|believe)(?: that)?)\s+$/;
const notOwnFeeling = (c: RuleContext): boolean =>
  !NOT_OWN_FEELING.test(c.text.slice(Math.max(c.sentence.start, c.start - 30), c.start));

const ABOUT_THEM = messageTest(/\b(?:you|u|your|ur|in your|what i did|after)\b/);
const IS_CHECKIN = messageTest(/^\W*(?:check-?in|weekly check|daily check|mood)\b/);

// ADV plus frequency words, as ONE starred group (a star of ADV's star backtracks badly)
const ADV2 = ADV.endsWith(") )*")
  ? `${ADV.slice(0, -4)}|always|sometimes|often|still|honestly|genuinely) )*`
  : `(${ADV}|always |sometimes |often |still |honestly |genuinely )*`;

const NOT_PRESSURE_NEED = test(
  "((you|u) to (forgive|move on|let (it|this|that) go|get over|stop (being upset|being angry|bringing|going on|sulking|punishing))|((us|you|u|things) to )?(get back to normal|go back to (normal|how)|move on|move past|put (it|this|that) behind|forget|be normal))",
  "start",
);

const iStatement: Rule[] = [
  rule(
    "i-statement",
    `(i ${ADV2}(feel|felt|am feeling|was feeling|have been feeling|get|got|keep feeling|end up feeling|ended up feeling|am left feeling|was left feeling)|((i('m| am)|im)|(i('ve| have)|ive)( ${ADV})? been) ${ADV2}(feeling|left feeling)) ${ADV}((more|less|a lot more|much more|much less) )?(${FEEL_ADJ}|${FEEL_MORE})\\b`,
    { when: (c) => notReasonForAct(c) && notOwnFeeling(c) },
  ),
  // subject-less check-in: "still jumpy every time your phone lights up", "still wobbly when you go quiet"
  rule(
    "i-statement",
    `(still |a bit |really |so |quite |pretty |kind of |kinda |a little |very |always |often )*${CHECKIN_STATE} (every time|when|whenever|each time|if) (you|u|your|ur)\\b`,
    { when: (c) => /^[\s:,.-]*$/.test(c.text.slice(c.clauseFrom, c.start)) },
  ),
  // a check-in answer that is just the state: "Check-in: 5/10. Worried about the weekend.", "Hopeful."
  rule(
    "i-statement",
    `(still |a bit |a little |really |so |quite |pretty |kind of |kinda |very |more |much )*(${CHECKIN_STATE}|worried|hopeful|lonely|closer|calmer|safer|happier|relieved|grateful|settled|relaxed|optimistic|exhausted|drained|overwhelmed|frustrated|disappointed|low|flat|raw|numb|confused|let down|shut out|heartbroken)\\b`,
    {
      when: (c) =>
        IS_CHECKIN(c.text) &&
        /^[\s\d/:,.-]*(?:check-?in(?: answer)?:?[\s\d/:,.-]*)?$/.test(
          c.text.slice(c.sentence.start, c.start),
        ) &&
        /^\s*(?:$|[.!,;-]|(?:about|after|since|around|when|whenever|but|and|honestly|this|today|tonight|still|though|again|lately|with)\b)/.test(
          c.text.slice(c.end, c.sentence.end),
        ),
    },
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
    `((i('m| am)|im)|i am|i was|i felt) ${ADV2}(hopeful|optimistic|relieved|proud of (us|you|u|myself|how|what we)|happy (about|with) us|excited about us)\\b`,
    { notFollowedBy: test("(to|that you|for you)\\b", "start") },
  ),
  // check-in answers often drop the subject: "felt close to you this week"
  rule(
    "i-statement",
    `(felt|feeling|feel) ${ADV}((more|less) )?(${FEEL_ADJ}|relaxed|settled|reassured|secure|exposed|forgotten)\\b`,
    {
      when: (c) => /^[\s:,-]*$/.test(c.text.slice(c.clauseFrom, c.start)),
    },
  ),
  rule(
    "i-statement",
    "i (just |really |still |sometimes |often |always )*(feel|felt|end up feeling|ended up feeling|'m left feeling|was left feeling|keep feeling) like (a|an) (fool|idiot|mug|outsider|stranger|afterthought|option|spare part|child|burden|failure|ghost|second choice)|i (just |really |still |sometimes |often |always )*(feel|felt) like ((i('m| am)|im)|i am|i was|(i('d| would| had)|id)|(i('ve| have)|ive)|i had|i don't|i can't|i have to|i need|(i('m| am)|im) not|nobody|no one|we|we're|we've|we are|my|(i('ve| have)|ive) been|(i('ll| will)|ill) never|i matter|i didn't)",
    { when: notReasonForAct },
  ),
  rule(
    "i-statement",
    "i (just |really |still |also |honestly |genuinely |desperately |really just )*need (you to|us to|us not to|to know|to hear|to feel|to understand|to see|some|a (few|little|bit|break|day|minute|moment|week|while|breather)|time|space|honesty|reassurance|support|help|more|to be able|to trust|a few days|you|us|to talk|\\d+ (minutes|mins|hours|days)|(a |some |a few |a couple of )?(minutes|hours|days|nights|weeks) (to|alone|apart|off|away)|time (to|alone|apart|away|off)|until|till|(a|an|the|some) (straight|honest|clear|real|proper|simple|true|full) (answer|reply|conversation|apology|explanation|account|picture|truth))\\b",
    { notFollowedBy: NOT_PRESSURE_NEED },
  ),
  rule(
    "i-statement",
    `((i('m| am)|im)|i am) ${ADV2}(scared|anxious|confused|grieving|hurt|hurting|lonely|worried|afraid|frightened|nervous|heartbroken|devastated|sad|overwhelmed|struggling|angry|furious|upset|not okay|not there yet|insecure|lost|shaken|gutted|terrified|disappointed|jealous|frustrated|numb|on edge|wobbly|fragile|sore|raw)\\b`,
    {
      notFollowedBy: test("(of (you|u|your|this|it|hearing)|(too|also|as well)\\W*$)", "start"),
      notPrecededBy: /\b(if|when|whenever|unless)\s+$/,
    },
  ),
  rule(
    "i-statement",
    "i was (so |really |absolutely |completely |just |honestly )*(terrified|frightened|worried sick|beside myself|sick with worry|gutted|heartbroken|devastated|crushed|humiliated|mortified|hurt|furious|livid|shaken|in pieces|in bits|in tears)\\b(?=\\W*$| (when|that (you|u|your|ur|he|she|they|we)|by|to (hear|find|see|learn|read)|after|because you|at (how|the way|what)|(you|u|ur|your)\\b|about (you|u|your|ur|us|the way you|how you)\\b))",
  ),
  rule(
    "i-statement",
    "i (really |still |just )?(miss|missed) (you|u|us|how|the way|when|our|having|being with you|talking to you|hearing from (you|u)|seeing (you|u)|talking|spending|laughing|waking up|hanging out|being close)\\b",
    // "sorry I missed our call" names the writer's act, not a longing
    {
      notPrecededBy: /\b(sorry|soz|apologi[sz]e|apologies|regret|because)\s+$/,
      notFollowedBy: test(
        "(call|calls|meeting|appointment|date|anniversary|dinner|match|game|flight|train|session|deadline|slot|booking|reservation|plans|chat|check-in|catch-up)\\b",
        "start",
      ),
    },
  ),
  rule(
    "i-statement",
    `it (really |still |just )?(hurts|hurt|stings|stung|scares|scared|frightens|worries|worried|upsets|upset) (me )?(when|that|to (know|think|hear|see))|it (makes|made) me (feel )?${ADV}${FEEL_ADJ}`,
  ),
  rule(
    "i-statement",
    "(i('d| would| had)|id) (love|like|really like|really love|appreciate|really appreciate|so appreciate) (to (see|spend|talk|feel|hear|know|go)|for us to|it if (you|we))|(it|that) would (really )?(mean|help) (a lot|so much|the world|everything|me)( to me)? (if|for (you|u|us|me))|i (just |really |only )?(want|would like|'d like) (us to|to feel|to be able to|to trust you|you to (know|understand|see|hear))|(i('m| am)|im) (just )?not (there|ready) yet|(i('m| am)|im) (just |still )?not ready (to (talk|forgive|move|trust|see|discuss|be|go back|hear)|for (that|this|it))|((i('d| would| had)|id) (like|love)|i want|i need) more (reassurance|honesty|support|communication|openness|transparency|affection|attention|check-ins|time together|help (with|around))\\b|(it's|it is) (really |so |very |incredibly )?important to me (that|to)\\b|(what|all) i (need|want) (from (you|u) |right now |most |more than anything )?(is|are)",
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
    "(it|this|that|you|u|this relationship|we|us|honesty|trust|respect|loyalty|consistency|openness|transparency|being (honest|included|told|kept in the loop)|knowing (where|what|that)) (really |still |honestly )?(matters|matter|means (a lot|so much|everything|the world)|mean (a lot|so much|everything|the world)|would mean (a lot|so much|everything|the world)) to me",
    // "everything that matters to me" is a relative clause, not a statement of need
    {
      notPrecededBy:
        /\b(everything|anything|something|nothing|things|stuff|all|the \w+|what|people)\s+$/,
    },
  ),
];

// "that scares me", "it worries me": the writer names a feeling the situation causes
iStatement.push(
  // "I have never felt so small", "I've never been so scared"
  rule("i-statement", "(i('ve| have)|ive|i have) never (felt|been) (so|this|more|as) (\\w+)", {
    notFollowedBy: test("(sure|certain|good|happy|fit|busy|rich|productive)", "start"),
    when: (c) => !/\b(?:sure|certain|busy|fit|rich)$/.test(c.text.slice(c.start, c.end)),
  }),
  // "I've been so lonely", "I've been really anxious since"
  rule("i-statement", `(i('ve| have)|ive) ${ADV2}been ${ADV}(${FEEL_ADJ}|${FEEL_MORE})\\b`, {
    notPrecededBy: /\bbut\s+$/,
    when: (c) =>
      !/\b(?:stupid|foolish|selfish|an idiot|wrong)$/.test(c.text.slice(c.start, c.end)) &&
      notReasonForAct(c) &&
      notOwnFeeling(c),
  }),
  // "It broke my heart when you left", "My heart sank when I saw the messages", "That really got to me"
  rule(
    "i-statement",
    "(it|that|this) (really |honestly |just )?(broke|breaks|is breaking|broken) my heart|my (heart|stomach) (sank|sinks|dropped|drops|broke|breaks|raced|races|was pounding|was racing|hurts|hurt)|(that|it|this|what you said) (really |honestly )?got to me",
  ),
  // "I'm finding it hard to trust you", "I struggle to believe you when ..."
  rule(
    "i-statement",
    `(i|(i('m| am)|im)|(i('ve| have)|ive) been) (still |really |honestly |just )*(find|finding|found|struggle|struggling|struggled) (it )?${ADV}(hard|difficult|tough|painful|impossible|to|with) (to |when |not to )?(trust|believe|relax|sleep|talk|feel|let (it )?go|open up|be around|forget|look at|when|the (silence|distance|lies|lying|secrecy))\\b`,
    { when: notReasonForAct },
  ),
  // the writer's side told as what it did to them: "What hurt most was finding out from your sister",
  // "It's been really hard for me", "Part of me still doesn't trust you", "It made me question everything"
  rule(
    "i-statement",
    `(what|the thing that) (really |honestly )?(hurt|hurts|upset|upsets|scared|scares|stung|stings|got to) (me )?(the )?most|the (hardest|worst|most painful) (part|thing) (for me |of it )?(was|is|has been) (the (lying|lies|secrecy|silence|betrayal|not knowing)|your|you|finding out|hearing|seeing|knowing|not knowing|being (lied|left|ignored|shut)|feeling|watching|that (you|u)|how (you|u))|(it's|it has|this has|that has|it) been ${ADV}(hard|tough|difficult|painful|lonely|awful|exhausting|horrible|scary) (for me|on me)|part of me (still )?(doesn't|does not|can't|cannot|wants|is|feels|worries|wonders|keeps)|(it|that|this|what you did) (really )?(makes|made) me (question|doubt|second-guess|second guess|wonder about) (everything|myself|us|you|our|whether)`,
    { when: notReasonForAct },
  ),
  // "I couldn't sleep for weeks after I found out", "I kept wondering what else you'd hidden", "I've cried a lot this week"
  rule(
    "i-statement",
    "i (couldn't|could not|can't|cannot) (sleep|eat|stop crying|think straight|breathe|stop shaking|focus)(?=\\s+(for (days|weeks|nights|ages|a (week|month))|after|when (you|i (found|saw|heard|read))|because of (you|what))|\\s*([.!]|$))|i (kept|keep|still keep) (wondering|thinking about|asking myself|replaying|going over|picturing)\\b(?! (about )?((how|what|why|when|that) i|my|the way i|myself)\\b)|(i('ve| have)|ive|i) (cried|been crying) (a lot|so much|every (day|night)|for (days|hours|weeks)|myself to sleep|all (night|week))|i (still )?think about it (every day|all the time|constantly|every night|a lot)|i was (so |really |absolutely )*(terrified|scared|worried|frightened|panicking) (that )?something (bad )?(had )?(happened|was wrong)",
    { when: notReasonForAct },
  ),
  // "I don't feel safe yet", "I'm not sure I can trust you", "I'm trying to trust you again", "I feel second to your work"
  rule(
    "i-statement",
    `i (still |just |really )?(don't|do not|didn't|did not) feel ${ADV}(safe|secure|ready|heard|seen|loved|close|wanted|respected|valued|like a priority|like (i|we) matter|like you (care|listen))|((i('m| am)|im)|i am) (still )?(not sure|unsure) (if |whether )?i (can|could) (ever )?(trust|believe|forgive)|((i('m| am)|im)|i am) (really )?(trying|struggling) to (trust|believe|forgive|feel)|i (feel|felt) (like )?(second (best|place|to)|last on your list|at the bottom of your list|an afterthought)`,
  ),
  // a request of the other that names the writer's need: "I'd like you to tell me when you're going out",
  // "I'm asking you to be honest with me", "I value honesty more than anything" (not a push to forgive)
  rule(
    "i-statement",
    "((i('d| would| had)|id) (really )?like|(i('m| am)|im) asking|i am asking) (you|u) to (tell|be|call|text|let|ask|talk|come|show|stop|check|include|answer|share|keep|give|listen|consider|think)\\b|i (really |truly )?value (honesty|trust|openness|transparency|respect|loyalty|consistency|being told|knowing)\\b|i need to (go|take (it|things)) (slow|slowly|one day at a time)",
    {
      notFollowedBy: test(
        "(forgive|move on|get over|drop (it|this)|let (it|this|that) go|stop (being upset|bringing|going on|sulking))",
        "start",
      ),
      when: (c) =>
        !(
          c.text.endsWith("stop", c.end) &&
          /^\s+(?:bringing|going on|sulking|being (?:upset|angry|so)|punishing|mentioning|asking|questioning|checking up)\b/.test(
            c.text.slice(c.end, c.sentence.end),
          )
        ),
    },
  ),
  // "I hate this distance between us", "I hate it when you go quiet"
  rule(
    "i-statement",
    "i (really |just |honestly )?hate (this|the|how|that) (distance|silence|space|tension|feeling|gap|coldness|wall|way (we|things|it))|i (really |just )?hate (it )?when (you|u|we)\\b|i hate (feeling|being) (like|so|this|left|shut|ignored|lied)",
  ),
  // "i really wanted u there", "I wanted you to ask me"
  rule(
    "i-statement",
    "i (really |just |so |only )*(wanted|needed) (you|u) (there|with me|to (be there|come|ask|call|tell me|notice|see me|back me|stand up|choose|pick))\\b",
    { notPrecededBy: /\b(if|because|so)\s+$/ },
  ),
  // the body answers: "I still tense up whenever your phone lights up", "Still get a knot in my stomach when you're out"
  rule(
    "i-statement",
    "(tense up|tensed up|flinch|flinched|freeze|froze|panic|panicked|well up|welled up|tear up|teared up|get (a knot|butterflies|a lump|a pit|that sinking|a sinking)|got (a knot|butterflies|a lump|that sinking|a sinking)|feel sick|felt sick|go cold|went cold|my (stomach|chest|heart) (drops|dropped|sinks|sank|tightens|tightened))( \\w+){0,6}? (when|whenever|every time|each time|if) (you|u|your|ur|i see|i hear)\\b",
    {
      when: (c) =>
        !/\b(?:you|u|he|she|they)\s+(?:\w+\s+)?$/.test(
          c.text.slice(Math.max(c.clauseFrom, c.start - 20), c.start),
        ),
    },
  ),
  // "it felt like we were on the same team", "the nightly phone calls really help"
  rule(
    "i-statement",
    "it (really |honestly )?(felt|feels|feel) like (we|we're|we were|we are) ",
    {},
  ),
  rule(
    "i-statement",
    "(really|honestly|genuinely|truly) (help|helps|helped)( me)?( (a lot|so much|loads))?",
    { sentenceEnd: true, when: (c) => !/\?/.test(c.text.slice(c.end, c.sentence.end)) },
  ),
  // check-in state about a topic: "Still a bit nervous about the money stuff"
  rule(
    "i-statement",
    `(still |a bit |a little |kind of |kinda )+${CHECKIN_STATE} (about|around|over|since)\\b`,
    { when: (c) => /^[\s:,.-]*$/.test(c.text.slice(c.clauseFrom, c.start)) },
  ),
  rule(
    "i-statement",
    "(that|it|this|which) (really |still |honestly |genuinely |actually |just )?(scares|frightens|worries|terrifies|saddens|hurts|upsets|scared|frightened|worried|terrified|hurt|upset|stung|shook|shocked|rattled) me\\b",
    { notFollowedBy: test("(off|away|out of)", "start") },
  ),
  // "I need twenty minutes", "I need some time to think"
  rule(
    "i-statement",
    "i (just |really |still )?need (a |an |one |some |more |a few |a couple of |another |my |the )?(\\w+ )?(minutes|mins|hours|hour|days|day|weeks|nights|night|time|space|breather|break|moment|evenings|evening|afternoon|weekends|weekend|mornings|quiet|peace|privacy|distance)\\b",
    { notFollowedBy: NOT_PRESSURE_NEED },
  ),
);

// More ways of naming one's own feeling or need: "I felt about two inches tall", "I hate that we're
// not speaking", "When you go quiet, I panic that you're leaving", "I'm grateful you told me",
// "I feel like a suspect at home", "What I need from you is patience", "How it affected me: gutted"
iStatement.push(
  rule(
    "i-statement",
    "i (feel|felt|'ve felt|have felt|keep feeling) (like )?(a|an) (suspect|stranger|burden|failure|fool|idiot|mug|prisoner|criminal|spare part|second choice|lodger|doormat|nobody|afterthought|outsider|intruder)\\b|i felt (about |maybe )?(two|2|three|3|an|one|half an) inch(es)? tall|i (feel|felt) (so |really |very )?(small|tiny)\\b",
    { when: notReasonForAct },
  ),
  rule(
    "i-statement",
    "i (hate|hated|can't stand|couldn't stand|miss|missed|love|loved) (that|how|it when) (we|we're|we've|you|u|you're|you've|things|it's)\\b",
    { when: notReasonForAct, notInQuestion: true },
  ),
  rule(
    "i-statement",
    "i (panic|panicked|worry|worried|freak out|freaked out|spiral|spiralled|spiraled|tense up|lie awake|lay awake|get scared|get anxious|get nervous|feel sick) (that|when|whenever|every time|if|because) (you|u|your|ur|you're)\\b|(when|whenever|every time|each time) (you|u) [^.!?]{3,50}?,? i (panic|freak out|spiral|tense up|lie awake|start to panic|get scared|get anxious|feel sick)\\b",
    { notInQuestion: true },
  ),
  rule(
    "i-statement",
    "(i('m| am)|im) (so |really |very |truly |just |still |honestly )?(grateful|thankful|relieved|touched) (that )?(you|u|we)\\b",
    { notInQuestion: true },
  ),
  rule(
    "i-statement",
    "(what|all) i need (from (you|u) )?(right now |now |most |more than anything )?(is|are)\\b",
    {
      notInQuestion: true,
    },
  ),
  rule(
    "i-statement",
    // the header of the app's account format, then a feeling (not "it showed me how selfish you are")
    `how (it|this|that) (affected|affects|made|makes|left) me( feel| feeling)?: ((i (feel|felt|was|am) |(i('m| am)|im) )?${ADV}(${FEEL_ADJ}|${FEEL_MORE}|gutted|crushed|devastated|sick|numb|stupid|small|humiliated)\\b|i (feel|felt) like)`,
    {
      negatable: false,
    },
  ),
);

// "I understand why you're upset, but I was covering a double shift" / "..., but honestly you've done
// worse": validation taken back by "but" and an excuse, a push or a counter-complaint.
const TAKEN_BACK = check(
  /\bbut\s+it'?s been (?:a|an|one|two|three|\d+|weeks|months|ages|so long)\b|\bbut\s+(?:(?:honestly|frankly|tbh|seriously|like|come on|look|let'?s be honest|at the same time|still)\W+)*(?:(?:you|u|ur|your|you'?re|you'?ve|you'?d|youre)\b(?!\s+(?:deserve|have every|had every|are right|were right|don'?t have to|need to know))|i (?:was|had|'?d|have been|'?ve been|just|only|didn'?t|did not|never|wasn'?t|couldn'?t)\b|it (?:was|wasn'?t|is|'?s)\s+(?:really\s+|honestly\s+)?(?:just|only|the only|not (?:like|that|my fault)|not a big deal|no big deal)|it'?s (?:just|only|not (?:like|that|my fault)))/,
);
const notTakenBack = (c: RuleContext): boolean =>
  !TAKEN_BACK.testSlice(c.text, c.end, Math.max(c.end, c.sentence.end));

const validation: Rule[] = [
  // "I can see why that felt like a betrayal", "I get how that must have looked"
  rule(
    "validation",
    "i (can |totally |completely |fully |really |honestly |absolutely |do |now )*(understand|get|see) (why|how) (that|this|it|what i did|what i said|my \\w+|the \\w+|the way i|how i)( \\w+){0,4}? (felt|feels|feel|would (feel|have felt|look|seem)|must have (felt|looked|seemed|hurt|been|stung)|came across|comes across|looked|seemed|sounded|hurt|hurts|stung|stings|landed|upset|made (you|u)|left (you|u)|leaves (you|u))",
    { when: notTakenBack },
  ),
  // "I understand if you can't look at me for a while", "I'll understand if you need time"
  rule(
    "validation",
    "(i|(i('d| would| had)|id)|(i('ll| will)|ill)) (completely |totally |fully |really |entirely )?understand (completely |totally |fully |entirely )?if ((you|u) (can't|cannot|don't|need|want|aren't|never|feel|find|struggle|prefer|would rather|are|have|won't|wouldn't|decide|choose|can|could|do)|(you|u)'d rather|you're)\\b",
    // "I'd understand if you can't, but ..." (a bare modal) is not yet about their feeling
    { notFollowedBy: test("\\W*(,|$|forgive)", "start") },
  ),
  // "Being furious with me is completely fair", "feeling let down by me makes total sense"
  rule(
    "validation",
    "(being|feeling|getting) (so |really )?(angry|furious|upset|hurt|mad|cross|livid|annoyed|let down|betrayed|disappointed) (with|at|by) me (is|was|makes) (completely |totally |entirely |perfectly |more than |absolutely |so |very )?(fair|understandable|valid|reasonable|justified|sense|total sense|complete sense)\\b",
    { when: notTakenBack },
  ),
  // "That's completely understandable." / "..., and honestly that's fair."
  rule(
    "validation",
    "(that's|that is|which is|it's|it is) (completely |totally |entirely |perfectly |more than |absolutely |so |very )?(fair|fair enough|understandable|valid|reasonable|justified)\\b",
    {
      when: (c) => {
        if (!/^[\s.!)]*$/.test(c.text.slice(c.end, c.sentence.end))) return false;
        const before = c.text.slice(Math.max(0, c.start - 120), c.start);
        // standalone: "That's completely understandable." (a bare "That's fair." may answer a plan)
        if (/^[\s:,-]*$/.test(c.text.slice(c.sentence.start, c.start)))
          return !/^\S+\s+(?:fair|fair enough|reasonable)$/.test(c.text.slice(c.start, c.end));
        return /\b(?:you|u)(?:'?re| are| feel| felt| can'?t| don'?t| won'?t| need| want| were| have| had| may| might)\b|\b(?:your|ur) (?:anger|feelings|reaction|distrust|doubts?|suspicion|concerns?|questions?)\b/.test(
          before,
        );
      },
    },
  ),
  // "I'd want proof too after what I did"
  rule(
    "validation",
    "(i('d| would| had)|id) (want|need|ask for|do|feel|react|be asking)( \\w+){0,2}? (the same|too|as well)\\b",
    { when: (c) => ABOUT_THEM(c.text) },
  ),
  rule(
    "validation",
    "i (can |totally |completely |fully |really |honestly |absolutely |do |now )*(understand|get|see|appreciate|can see) (why|how) (you|u|you're|you've|you'd|your|you'll)\\b|i (can |totally |completely |fully |really |do )*(understand|get|see|appreciate) that (you|u|this|it)('re| are| were| feel| felt| need| want| might| must| have| had| 'd| would|'ve| has| was| is| must have)\\b",
  ),
  rule(
    "validation",
    "i (understand|get it|hear you|see that|hear that)|i (can |totally |completely |really )?(see|understand|get) why",
    {
      sentenceEnd: true,
    },
  ),
  // "I see how much this hurt you", "I hear how hurt you are", "I get it, you're hurt"
  rule(
    "validation",
    "i (can |totally |completely |really |do )*(see|hear|get|understand) (how|that) (much|badly|deeply|hard|hurt|upset|angry|betrayed|scared|let down|alone|lonely|exhausted|frustrated|tired) |i (totally |completely |really |do )*(get|understand) it,? ((you're|you are|ur) (so |really |still )?(hurt|upset|angry|mad|furious|scared|worried|disappointed|frustrated|sad|wary|exhausted|fed up|devastated|heartbroken)|(you|u) (feel|felt|must (feel|be|have))|(you|u) (don't|can't) (trust|believe|forgive))\\b",
  ),
  // "I completely understand your anger", "I respect that you need space"
  rule(
    "validation",
    "i (can |totally |completely |fully |really |honestly |absolutely |do )*(understand|get|respect|accept) (your|ur) (anger|frustration|hurt|feelings|concerns?|fears?|worries|distrust|suspicion|reaction|doubts?|caution|need for (space|time)|decision|choice|boundaries|boundary|pain|disappointment)\\b|i (completely |totally |fully |really )?respect that (you|u)('re| are| need| want| feel| don't| can't| aren't| have)\\b",
  ),
  // "I'd probably feel betrayed too", "What you're feeling is valid", "I can understand feeling that way"
  rule(
    "validation",
    `(i('d| would| had)|id) (probably |definitely |certainly |also |honestly |totally )?(be|feel|have (been|felt)) ${ADV}(${FEEL_ADJ}|suspicious|wary|livid|fuming|gutted|the same( way)?) (too|as well|in your (shoes|position|place)|if i were you)\\b|(what|how) (you're|you are|you|u) (feel|feeling|felt)( right now)? (is|was|makes) (completely |totally |so |perfectly )?(valid|understandable|normal|natural|reasonable|fair|sense)|i (can |completely |totally |fully )?(understand|get) (feeling|being) (that way|like that|so|angry|hurt|upset|scared|betrayed)`,
    // only a hard feeling: "I'd be happy too if I won" is not about the other's hurt
    {
      when: (c) =>
        !/\b(?:happy|happier|better|closer|close|loved|grateful|relieved|hopeful|safe|safer|calmer|connected)\b/.test(
          c.text.slice(c.start, c.end),
        ),
    },
  ),
  // "That's a reasonable thing to ask", "You have a point", "It must hurt so much", "I understand you need space",
  // "Totally fair that you want to check"
  rule(
    "validation",
    "(that's|that is|it's|it is) a (completely |totally |perfectly |very |really )?(reasonable|fair|normal|natural|valid|understandable) (thing|question|request|ask|reaction|response|way to feel|point)\\b|(you|u) (have|'ve got|have got|make) a (fair |good |valid |real )?point\\b|(that|this|it) (must|must've|must have) (really )?(hurt|hurts|be so (hard|painful)|have been so (hard|painful))\\b|i (totally |completely |really |fully |do )*(understand|appreciate|respect) (you|u) (need|needed|want|wanted|feel|felt)\\b|i (totally |completely |really |fully |do )*(understand|appreciate) (you're|you are|ur) (hurt|upset|angry|mad|furious|scared|worried|wary|disappointed|sad|not ready)\\b|(completely |totally |entirely |perfectly |so |very )?fair that (you|u)\\b",
  ),
  // subject-less: "Completely understandable that you don't want me there", "Makes sense you don't want Tom at handovers yet"
  rule(
    "validation",
    "(completely |totally |entirely |perfectly |so |very |honestly )?(understandable|fair enough|fair call|fair play|makes (total |complete |perfect )?sense|reasonable) (that |why )?(you|u|you're)\\b",
    { sentenceStart: true },
  ),
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
    "(your|ur) (feelings|anger|concerns?|reaction|hurt|frustration|fears?|worries|distrust|suspicion|upset|questions?|pain|doubts?)( (about|around|over|with|at) ((this|that|it|what happened|me|us)|(the|my|our|how|what) (\\w+ ){0,2}?\\w+))? (are|is|were|was) (completely |totally |entirely |so |perfectly |absolutely |really )?(valid|understandable|reasonable|justified|fair|legitimate|warranted|right|natural|normal|okay|ok)",
  ),
  rule(
    "validation",
    "(you|u)( have|'ve|'ve got| have got| got| had) every (right|reason) (not )?to|(you're|you are|you were|ur|you'd be|you would be) (completely |totally |absolutely |entirely |so )?(right|entitled|justified|allowed|within your rights) to (be|feel|ask|want|question|doubt|not trust|expect|worry)",
    // the subject is in the match: "it wasn't nothing and you have every reason to" stands
    { negatable: false },
  ),
  rule(
    "validation",
    "(i('d| would| had)|id) (be|feel) (just |exactly )?(fuming|furious|angry|upset|hurt|the same|mad|livid|gutted|devastated|raging|heartbroken|crushed|suspicious|wary|disappointed|scared|worried|sad|cautious|careful|jealous|hesitant|distrustful|shaken)( too| as well| in your (position|shoes|place))?|(i('d| would| had)|id) be too\\b|i would have (been|felt) the same|(anyone|anybody)( in your (position|shoes|place))? would( have)? (be|feel|been|felt|ask|asked|want|wanted|wonder|wondered|doubt|doubted|question|questioned|worry|worried|struggle|struggled|need|needed|react|reacted)",
  ),
  rule(
    "validation",
    "(of )?course ((you|u) (can't|cannot|don't|do not|are|feel|felt|need|needed|want|wanted|were|wouldn't|won't|didn't)|(you're|you are|ur) (so |still |really |bloody |fucking )?(angry|upset|hurt|furious|mad|livid|scared|worried|wary|suspicious|disappointed|sad|gutted|devastated|heartbroken|confused|fuming|raging|not (ready|okay|ok|sure|over it))|(you|u)'d)\\b",
    { sentenceEnd: false, when: (c) => /[a-z]/.test(c.text.slice(c.end, c.sentence.end)) },
  ),
  rule(
    "validation",
    "i appreciate (that|how|the fact that) (this|it|you)( has| is| was| must| have| 're| are)|no wonder (you|u)\\b|i (can|can't|cannot|can not) (even |only )?imagine how (hard|hurt|awful|difficult|painful|horrible|upsetting|scary|lonely|angry|betrayed)|(that|this|it) (must (have been|be|feel|have felt)|sounds|sounded) (so |really |incredibly |awful|horrible )*(hard|awful|painful|horrible|difficult|scary|upsetting|humiliating|lonely|frightening|confusing|exhausting|devastating)",
  ),
  rule(
    "validation",
    "(you|u) (weren't|were not|aren't|are not|'re not) (being )?(unreasonable|wrong|overreacting|crazy|paranoid|too sensitive|dramatic|silly|stupid|mad|going mad|imagining (it|things))( to| for|\\b)|(you're|you are|you were|you|u) (not|n't) (a bad (person|mum|mom|dad|parent|friend|partner|son|daughter)|selfish|weak|needy|too much) (for|to) (needing|wanting|feeling|asking|being|saying)\\b|(i )?(don't|do not|dont) think (you're|you are|you were|ur) (being )?(overreacting|unreasonable|paranoid|crazy|dramatic|too sensitive|silly|mad|wrong)\\b|(you're|you are) not (being )?(wrong|overreacting|crazy|unreasonable|imagining|paranoid|too sensitive|dramatic|silly|stupid|mad|going mad)\\b",
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

iStatement.push(
  // "But last night really hurt me.", "I was disappointed you weren't home on Tuesday."
  rule(
    "i-statement",
    "(last night|what happened|(what you (said|did)|the way you \\w+( to me)?)( (at|on|in|last|yesterday|earlier|this|that)( \\w+){0,2})?) (really |honestly |genuinely |actually )?(hurt|upset|scared|frightened|stung|shook|shocked|rattled) me\\b|i was (so |really |honestly |genuinely |a bit |quite )?(disappointed|hurt|upset|sad|gutted|scared|embarrassed|humiliated|worried) (that |when |because )?(you|u|your)\\b",
    {
      when: (c) => notReasonForAct(c) && notOwnFeeling(c),
      notInQuestion: true,
      notFollowedBy: test("(off|away|out of)", "start"),
    },
  ),
  // "I'm not comfortable with you having her over"
  rule(
    "i-statement",
    "(i('m| am)|im) not (comfortable|okay|ok|happy|at ease) (with|about) (you|u|your|ur|him|her|them|this|that|it)\\b",
    { when: (c) => notReasonForAct(c) && notOwnFeeling(c), notInQuestion: true },
  ),
);

// "Not wanting me at the christening is completely understandable."
validation.push(
  rule(
    "validation",
    "(not )?(wanting|needing|feeling|being|getting|taking|asking|doubting|questioning|checking|keeping|staying|going)\\b[^.!?]{0,40}? (is|was) (completely |totally |entirely |perfectly |so |very |more than )?(understandable|reasonable|valid|natural|fair enough)(?=\\s*[.!]|\\s*$)",
    // "Not wanting me there is understandable": the "not" belongs to what they want
    { negatable: false },
  ),
);

// every validation is taken back by "but" and an excuse, a push or a counter-complaint
for (const r of validation) {
  const w = r.when;
  r.when = w ? (c) => w(c) && notTakenBack(c) : notTakenBack;
}

export const markerRules: readonly Rule[] = [...iStatement, ...validation];
