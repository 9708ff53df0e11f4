// Warning rules: what may land badly. Precision first: each pattern names the
// subject ("you ..." vs "I ..."), and most are skipped when negated.

import {
  ADV,
  CHAR_ADJ,
  CHAR_NOUN,
  CONTEMPT_WORD,
  HURT_ADJ,
  HURT_VERB,
  SORRY_ANY,
  STATE,
} from "../lexicon.ts";
import { type Rule, rule, test } from "../rule.ts";
import { foldWide } from "../text.ts";

// --- conditional-apology ------------------------------------------------------

const POLITE_IF = test(
  "sorry if (this|it|i|i'm|that)\\b.*\\b(bad time|bother|interrupt|disturb|woke|wake|too early|too late|ramble|rambling|long|typo|spam|question|repeat|double|late reply|slow)",
);

const conditional: Rule[] = [
  // "sorry (that) you feel that way", "sorry you felt excluded", "sorry u feel like that"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?you (feel|felt|were feeling|are feeling|'re feeling|have felt|might feel|may feel|may have felt|might have felt)`,
  ),
  // "sorry you were upset", "sorry ur upset", "sorry that you're disappointed"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?(you're|you were|you got|you get|you've been|you r|you) ${ADV}${HURT_ADJ}`,
  ),
  // "sorry you took it that way", "sorry you see it like that"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?you (took|take|see|saw|read|heard|interpreted|understood|perceived|think|thought) (it|that|this|things|my \\w+|what i said)`,
  ),
  // "sorry if ...", "I apologise if ...", "my apologies if ..."
  rule("conditional-apology", `${SORRY_ANY}( about that| for that| for it)?,? if`, {
    unless: POLITE_IF,
  }),
  // "sorry that my comments upset you (so much)": the feeling, caused by a thing, not "I upset you"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that )?(my|what i|the way i|how i|it|that|this|the|our|those|these|any) [^.!?;]{0,60}?\\b(upset|upsets|offended|offends|bothered|bothers|annoyed|annoys|embarrassed|embarrasses|disappointed) you`,
  ),
  // "I regret that you felt excluded"
  rule(
    "conditional-apology",
    `regret (that |it if )?you (feel|felt|were|are|'re|took|got|see|saw|think|thought|view|read|interpreted)`,
  ),
  // "sorry for any hurt (I may have caused)", "I regret any upset"
  rule(
    "conditional-apology",
    `(${SORRY_ANY}|regret) (for )?any (hurt|upset|offen[cs]e|discomfort|pain|distress|misunderstanding|harm|confusion)`,
  ),
  // reversed: "If my tone upset anyone, sorry about that" / "if I hurt you, I'm sorry"
  rule("conditional-apology", `if [^.!?]{0,80}?\\b${HURT_VERB}\\b[^.!?]{0,50}?${SORRY_ANY}`),
  rule(
    "conditional-apology",
    `if (you|u|anyone|anybody) (were|was|are|felt|feel|got) ${ADV}${HURT_ADJ}[^.!?]{0,40}?${SORRY_ANY}`,
  ),
  // "sorry that you ended up feeling that way"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?you (\\w+ ){1,2}(feeling|to feel|feel|felt)\\b`,
  ),
];

// --- excuse -----------------------------------------------------------------------

const excuse: Rule[] = [
  // "it's just that work was crazy" (not "it's just that I miss you")
  rule(
    "excuse",
    "it's (just|only|simply) that (?!i (miss|love|feel|felt|need|want|care|worry|wanted|really))",
    { tag: "strong" },
  ),
  rule("excuse", "(but )?(in fairness|to be fair|in my defen[cs]e|tbf)(?!,? (to )?you)", {
    tag: "strong",
  }),
  rule(
    "excuse",
    `i only \\w+ [^.!?]{0,40}?because (?!((you|u|your|of you|ur)\\b|i (care|love|was worried|worry|wanted to (help|know|check))))`,
    { tag: "strong" },
  ),
  rule(
    "excuse",
    `the only reason i [^.!?]{0,40}? (is|was) (that |because )?(?!(you|u|your|of you|ur|you'd|you were|you're)\\b)`,
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "i (had|have) no (other )?(choice|option)|i didn't have (a|any|much) choice|what (else )?(was|am) i (supposed|meant|expected) to do|what choice did i have",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(everyone|everybody|anyone|anybody|all my friends|all of them|people) (does|do|did|would have|would've) (it|that|the same)",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(everyone|everybody|all (guys|men|women|couples|my mates|my friends)|most people|loads of people|lots of people|half the people i know) (?!(feels|gets|needs|deserves|makes mistakes|struggles|has|wants|loves|cries|hurts)\\b)(\\w+s|do|does) [^.!?]{0,40}?\\b(sometimes|a (bit|little)|now and then|from time to time|occasionally|these days|at work|at some point|all the time)\\b",
    { tag: "strong" },
  ),
  rule("excuse", "it's not like (i|it) (was|is|did|meant)", { tag: "strong", negatable: false }),
  rule("excuse", "i (wasn't|was not) (myself|thinking( straight| clearly)?|in my right mind)", {
    tag: "strong",
    negatable: false,
  }),
  rule(
    "excuse",
    "(the )?(meds|medication|pills|alcohol|drink|booze|drugs|stress|hormones|tiredness|lack of sleep|exhaustion|pressure) (made|make|makes|got|get|had) me",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(was|were|is|it's) (perhaps |probably |almost |kind of |sort of |maybe |frankly )?(inevitable|bound to happen|unavoidable|understandable given)",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "given (the|how|my|all the) (volume|amount|pressure|stress|circumstances|workload|situation|state|deadline|deadlines|chaos|pace)",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "i couldn't help (it|myself)|it just (happened|sort of happened|kind of happened)|things (just )?got out of hand|it got out of hand",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "my (alarm|phone|car|train|bus) (didn't|did not|died|broke|was)|the (traffic|train|bus|trains|buses) (was|were)",
    { tag: "state" },
  ),
  // "... but I was so stressed" after an act
  rule(
    "excuse",
    `(but|though|only) i (was|'d been|had been|have been|'ve been|am|'m) ${ADV}${STATE}`,
    { tag: "strong" },
  ),
  // "I was tired and hungry, that's why I snapped"
  rule(
    "excuse",
    `${STATE}[^.!?]{0,40}?(that's why|which is why|that's the reason|and that's how) i`,
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "work (has been|was|had been|is|'s been) (so |really |completely |just )?(crazy|insane|mad|hectic|manic|a nightmare|full on|nuts|intense|overwhelming|busy|chaotic)",
    { tag: "state" },
  ),
  rule(
    "excuse",
    "(everyone|everybody|all my (friends|mates|colleagues)|half the office|people) (at work |i know |else )?(does|do|did) (it|that|this)\\b",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    `(that's|that is|that was|which is|it was) the only reason i|(work|the job|my boss|life|the kids|everything) (had|got|left|made) me (so |completely |totally |really )?(${STATE.slice(1, -1)}|frazzled|frantic|wound up|on edge)`,
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(how much|the amount of|all the|so much|the kind of) (pressure|stress) i (was|am|'m|had been|'d been|was under|am under|'ve been under)",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(the )?(traffic|train|trains|bus|buses|tube|weather|roads?|queue|meeting|battery|signal|wifi|alarm)[^.!?]{0,40}?(that's why|which is why|that's the reason|so that's why) i",
    { tag: "strong" },
  ),
];

// --- blame-shift ----------------------------------------------------------------------

const blame: Rule[] = [
  rule(
    "blame-shift",
    "(you|u) (made|make|forced|drove|pushed|led|drive|push|force) me (to|into|do|lose|say|react|act|snap|shout|yell|go|lie|cheat|look (through|at your)|get|behave|it|this|that)\\b(?! (laugh|smile|happy|feel (good|better|safe|loved)|a (cake|cup|coffee|tea|dinner)))",
  ),
  rule(
    "blame-shift",
    "(you|u) (practically|basically|literally|pretty much|kind of|kinda|sort of) (made|forced|drove|pushed|led) me",
  ),
  rule("blame-shift", "look what (you|u) made me do|see what (you|u) made me do"),
  rule(
    "blame-shift",
    "if (you'd|you|u) (hadn't|hadnt|had not|didn't|did not|weren't|wasn't|had|would|wouldn't|were|was|just|only|had just|had only|paid|listened|been|shown|given|cared|bothered|noticed|spent|made|let|helped|stayed|come|asked|told|said|treated)\\b[^.!?]{0,80}?\\bi (wouldn't|would not|'d never|would never|never would|wouldn't have|would've never|wouldnt)",
  ),
  rule(
    "blame-shift",
    "i (wouldn't|would not|'d never|would never|wouldnt) have [^.!?]{0,60}?if (you|u)('d| had| hadn't| hadnt| had not| were| weren't| was| just| didn't| did not| would)",
  ),
  rule(
    "blame-shift",
    "what (did|do|else did|else do|were|was) (you|u) (expect|think (would happen|i'd do|i would do|was going to happen|would|i was going to do))|what did (you|u) think would happen",
  ),
  rule(
    "blame-shift",
    "(it's|it is|it was|that's|this is|that was) (all |partly |half |also |as much )?(your|ur) (own )?(fault|doing)|(your|ur) (own )?fault (too|as well|as much as)|blame yourself|you only have yourself to blame|you've only got yourself to blame",
  ),
  rule(
    "blame-shift",
    "(you're|you are|you were) the one who (put|made|started|invited|pushed|left|said|wanted|told|asked|ignored|brought|got|did|let|drove|walked|went|chose)",
  ),
  rule("blame-shift", "(you|u) left me (no|little) (choice|option)"),
  rule(
    "blame-shift",
    `i (only |just |probably |obviously |clearly )?(did (it|that|this)|said (it|that)|lied|cheated|went|shouted|yelled|snapped|screamed|hid|kept (it|things|quiet)|left|stopped|texted|looked|checked|read|stayed (out|late|away)|ignored|lost (it|my temper)|drank|spent|took|told|didn't tell|never told|went off|kicked off|flirted|did what i did|acted|reacted|behaved)\\b[^.!?]{0,40}?(because|since) (of )?(you|u|your|ur)\\b(?! (know|understand|see|deserve))`,
    { negatable: false },
  ),
  rule(
    "blame-shift",
    `(your|ur) (constant |endless |stupid |ridiculous )?(jealousy|nagging|anger|temper|insecurity|paranoia|moods?|attitude|behaviour|drinking|coldness|silence|controlling|criticism|complaining|distance|neglect|obsession) (is|was|are|were) (the reason|why|what (made|drove|pushed))`,
  ),
  rule(
    "blame-shift",
    "(you|u) (didn't|did not|never) (remind|tell|warn|ask|stop) me,? did (you|u)",
  ),
  rule("blame-shift", "(you|u) (know|knew) (exactly )?(which|what) buttons to push"),
  rule(
    "blame-shift",
    "(you|u) (make|made) it (so |really |very |impossible |too )?(hard|difficult|impossible|easy) (to|for me)",
  ),
  rule(
    "blame-shift",
    "(you|u) started (it|this)|(you|u) brought (it|this) on yourself|that's what (you|u) get for|serves (you|u) right",
  ),
  rule("blame-shift", "i wouldn't have (had to|needed to) if (you|u)"),
  // "if you had picked up, none of this would have happened"; "if you hadn't gone through my phone we wouldn't be fighting"
  rule(
    "blame-shift",
    "if (you|u)('d| had| hadn't| hadnt| had not| didn't| did not| weren't| wasn't| had just| had only) [^.!?]{0,80}?\\b((none|any) of (this|it|that) (would|'d|would've|will)|(this|it|that|we|things) (wouldn't|would not|would never|'d never|would've never|never would|would have never))( have)? (happened|be|been|got|gotten|come|gone|started|fight|fighting|argue|arguing)",
  ),
  rule(
    "blame-shift",
    "(you|u) (provoked|goaded|baited|antagonised|antagonized) me|(you|u) (pushed|push|pressed) my buttons|(you|u) wound me up (on purpose|deliberately)",
  ),
  rule(
    "blame-shift",
    "the only reason i [^.!?]{0,40}? (is|was) (that |because )?(you|u|your|ur|you'd|you were|you're)\\b",
  ),
  rule(
    "blame-shift",
    "if (you|u) (didn't|did not|hadn't|weren't|wasn't|stopped|would stop|would just|'d just|just|only|would only|'d only|actually) [^.!?]{0,60}?\\bi('d| would|'d have| would have) ",
  ),
];

// --- minimizing --------------------------------------------------------------------------

const SELF_BEFORE =
  /\bi(?:'?m| am| was|'?ve| have| had| may have| might have| probably| did| know i| think i)?(?:\s+\w+ly)?(?:\s+been)?\s*$/;
const MINI_NOT_AFTER = test(
  "(lot|bit much|bit too|matter of|few (days|more|minutes|weeks)|little (longer|more|while)|start|beginning|first step|thought|question|suggestion|idea|reminder|heads up|quick \\w+|check|thing to|of the)\\b",
  "start",
);
const minimizing: Rule[] = [
  rule(
    "minimizing",
    "(it|that|this|which|she|he|they)( was|'s| is| were)? (just|only|merely|simply|literally|really only) (a|an|one|a bit of|a little|a couple|some|two|a few|the one) ",
    { notFollowedBy: MINI_NOT_AFTER },
  ),
  rule(
    "minimizing",
    "(it|that|this)( was|'s| is) (literally |only |just |like )?one (single |little |stupid |silly |tiny |quick )?(night|drink|text|kiss|time|coffee|email|message|lunch|dinner|date|mistake|slip|comment|joke|photo|picture|call|evening|day|weekend|night out|dance|hug|post|like|bet|game|conversation|chat|lie)\\b",
  ),
  rule(
    "minimizing",
    "(it|that|this)( was|'s| is|'s really| was really| really)? (not|no|hardly|n't) (such )?(a|that|so|some) (big|huge|massive) (a )?(deal|thing)|no (big|biggie)( deal)?\\b|(it's|that's|it was|this is) not (that|so) (serious|bad|important|deep)|not the end of the world",
    {
      negatable: true,
      // "not a big deal to anyone else, but it matters to me": the writer's own concern
      notFollowedBy: test(
        "(to (anyone|anybody|everyone|most people|other people|others|the world)( else)?|,? but (it|this|that) (matters|means|is (a big deal )?to me))",
        "start",
      ),
    },
  ),
  rule(
    "minimizing",
    "(overreact|overreacting|overreacted|overreacts|over[- ]react|over[- ]reacting)",
    { notPrecededBy: SELF_BEFORE },
  ),
  rule(
    "minimizing",
    "(you're|you are|you were|you get|you've been|being|so|stop being|don't be|you can be|you're being|such a) (so |too |way too |a bit |really |overly |very |ridiculously |being )?(sensitive|dramatic|precious|hysterical|touchy|melodramatic|paranoid)",
    { notPrecededBy: SELF_BEFORE },
  ),
  rule(
    "minimizing",
    "drama queen|stop (sulking|moping|whining|whinging|being a baby|crying about it)|(you're|you are|quit|stop) (sulking|moping|whinging|whining)",
  ),
  rule(
    "minimizing",
    "(you're|you are|you keep|stop|you were) (making|blowing) (such )?(a |this |it |everything |things )?(big |huge |massive )?(deal|thing|fuss|drama|mountain|song and dance|out of proportion)",
  ),
  rule(
    "minimizing",
    "(can we|let's|lets|please|can't we|could we|don't) (not )?make (such )?a (big |huge )?(deal|thing|fuss|drama|scene) (out )?of",
    { negatable: false },
  ),
  rule(
    "minimizing",
    "blow(ing|n|s)? (it|this|that|things|everything) (way |totally |completely )?out of proportion",
  ),
  rule(
    "minimizing",
    "(it was|it's|that was) (nothing|no big thing|harmless|innocent|totally innocent|completely innocent)\\b|harmless (fun|flirting|banter|joke)|nothing (even )?happened|it meant nothing,? (so|get over)",
  ),
  rule(
    "minimizing",
    "(it|that|this|which|they|those|the (texts|messages|chats|flirting|kiss))( really)? (doesn't|does not|didn't|did not|don't|do not) mean (anything|a thing)|(it|that|this) (meant|means) nothing",
    { negatable: false },
  ),
  rule(
    "minimizing",
    "(it|that|this) (was|happened) (ages|months|years|weeks|so long|a (month|week|year|while)|forever|ages and ages) ago",
  ),
  rule(
    "minimizing",
    "(nobody|no one|noone)('s| is| will| was)? (going to |gonna |ever )?(remember|care|notice|even notice|cares|noticed)",
  ),
  rule(
    "minimizing",
    "(you're|you are|you were|you) (acting|behaving|carrying on|going on|talking) (like|as if) (i|it|i'd|someone|somebody|the world)",
  ),
  rule(
    "minimizing",
    "(only|just) (teasing|joking|messing|kidding|banter|having a laugh|a laugh|a joke|fooling around|flirting|harmless)|it was a joke|(was|it's) just (banter|a joke|a laugh)",
  ),
  rule(
    "minimizing",
    "(upset|angry|worked up|mad|crying|sulking|fuss|drama|fuming|kicking off|freaking out|losing it|panicking) (over|about) nothing|(something|a drama|a big deal|a scene|a fuss) (out of|over|about) nothing",
  ),
  rule(
    "minimizing",
    "(it|that) (only )?happened (once|one time)|just the once|only (the )?once|only one time",
  ),
  rule("minimizing", "(you need to|just) (calm down|relax|chill|get a grip)|get a grip"),
  rule(
    "minimizing",
    "(a|one) (little|tiny|small|harmless|silly) (white )?(lie|fib|mistake|slip|thing)",
  ),
  rule(
    "minimizing",
    "(it's|it is|it was|that's|that is|that was) (hardly|not exactly|not) (a crime|the crime of the century|a big crime|a hanging offen[cs]e|a federal case)|(it's|it is|it was) not like i (killed|murdered|robbed|slept with|cheated on|kissed|shagged) (someone|anyone|you|her|him|them|\\w+)",
    { negatable: false },
  ),
];

// --- generalization ----------------------------------------------------------------------

const POSITIVE_AFTER_ALWAYS = test(
  "(make me (laugh|smile|feel (good|better|safe|loved|special|happy))|make (the|my) (best|day)|know (how|what|when) to|(are |'re |been )?there for me|have my back|got my back|help|support|look after|take care|cheer|find a way|(so |such )?(kind|good|lovely|thoughtful|sweet|generous|patient|supportive|funny|beautiful|gorgeous|right|welcome|amazing|great|brilliant|wonderful|fun|gentle|honest|fair)|the best|believed?|put (me|us|the kids) first|make time|do your best|try your best|manage to|surprise|light up|forgive|listen to me|remember|bring|welcome|smell|look (good|great|amazing|lovely|beautiful)|say (the right|something (nice|kind|lovely))|been (good|kind|there|amazing|great)|will be|be (my|the)|love)",
  "start",
);
const POSITIVE_AFTER_NEVER = test(
  "(fail to|let me down|complain|judge|give up|stop (caring|trying|making|loving)|disappoint|forget (my|our|to)|miss (a|my|our)|ask for (anything|much)|make me feel (small|stupid|bad|judged)|hold (it|this|that|a grudge)|take me for granted|say no|lose your (temper|cool|patience)|raise your voice|hesitate|judge)",
  "start",
);
const YES_NO_QUESTION = test(
  "(do|did|have|would|will|can|could|are|were|should) (you|u) ",
  "start",
);
// a bounded event in the past ("you never once asked", "you never called back") is not a habit
const BOUNDED_AFTER = test(
  "(once|even once|\\w+ed|said|told|came|went|gave|took|saw|made|did|thought|knew|got|paid|sent|wrote|rang|brought|bought|let|showed|found|heard|left|met|spoke|ate|drove|sat|stood|kept|felt)\\b(?! (anything|any|a thing|once))",
  "start",
);
// A laughing message is teasing, not a verdict ("you always buy that cereal haha").
const LAUGHTER = /\b(?:haha\w*|hehe\w*|lol|lmao|rofl)\b/;
// 😂 😄 😆 😜 😝 😅 🤣, as they appear in the normalised text
const LAUGHING = [
  "\uD83D\uDE02",
  "\uD83D\uDE04",
  "\uD83D\uDE06",
  "\uD83D\uDE1C",
  "\uD83D\uDE1D",
  "\uD83D\uDE05",
  "\uD83E\uDD23",
].map(foldWide);
const laughs = (text: string) => LAUGHTER.test(text) || LAUGHING.some((e) => text.includes(e));
// Gratitude or affection in the sentence: "You always make dinner special, thank you."
const WARM =
  /(?:^|[,;:-]\s*|\band\s+)(?:thank you|thanks|thank u|thx)\b|\bi(?:'?m| am)? (?:so |really )?(?:grateful|lucky)\b|\bi (?:really |just )?(?:love|adore|appreciate) (?:that|it|how|you)\b|\b(?:love you|proud of you)\b/;
const generalization: Rule[] = [
  rule(
    "generalization",
    "(you|u|you're|you are|you've|you have|you'll|you will) (literally |just |honestly |seriously |basically |pretty much |constantly |only )?(always|never|constantly|continually|forever|perpetually|only ever)\\b(?! (know|mind|guess|believe|fails?))",
    {
      unless: YES_NO_QUESTION,
      when: (c) => {
        if (laughs(c.text)) return false;
        if (WARM.test(c.text.slice(c.sentence.start, c.sentence.end))) return false;
        const matched = c.text.slice(c.start, c.end);
        const after = c.text.slice(c.end, c.sentence.end);
        if (/never\s*$/.test(matched)) {
          if (POSITIVE_AFTER_NEVER.test(after)) return false;
          if (!/^(you'?ve|you have|u'?ve)\s/.test(matched) && BOUNDED_AFTER.test(after))
            return false;
          return true;
        }
        return !POSITIVE_AFTER_ALWAYS.test(after);
      },
    },
  ),
  rule("generalization", "every\\s*(single )?time (you|u|we|i)\\b", {
    notFollowedBy: test(
      "(make me (laugh|smile|happy|feel (good|better|safe|loved))|see you|hold me|hug me|smile|laugh|i see you|i think of you)",
    ),
    // "every time I see your phone light up, I feel sick" is about the writer
    when: (c) => {
      const rest = c.text.slice(c.start, c.sentence.end);
      return /time\s+(?:you|u|we)\b/.test(rest)
        ? /\b(you|u|your|ur)\b/.test(rest)
        : /\b(you|u)(?:'?re|'?ve|'?ll| are| have| will)?\s+(?!know\b)[a-z]+/.test(
            rest.replace(/^every\s*(single\s+)?time\s+i\b/, ""),
          );
    },
  }),
  rule(
    "generalization",
    "(you|u) (do|pull|say|did) (this|that|it) (every (single )?time|all the time|constantly|always)",
  ),
  rule(
    "generalization",
    "(your|ur) (constant|endless|continual|incessant|non-?stop|perpetual|never[- ]ending) (\\w+)",
  ),
  rule(
    "generalization",
    "(you|u) (forget|ruin|ignore|criticise|criticize|twist|spoil|mess up|question|control|make fun of|dismiss|complain about|moan about|belittle|turn) everything",
  ),
  rule("generalization", "(you|u) (do|did) (it|this|that) (every|all the) (time|day|week)"),
  rule(
    "generalization",
    "like (you|u) always (do|does)|as (you|u) always (do|does)|same as always with (you|u)|typical (you|of you)",
  ),
  rule(
    "generalization",
    "(you|u) ([a-z']+ ){1,3}(constantly|all the time|every single time|24/7|non-?stop)\\b",
    {
      notFollowedBy: test("(and i love|which i love|haha|lol)"),
      when: (c) => !laughs(c.text),
    },
  ),
  rule(
    "generalization",
    "every (single )?(conversation|discussion|talk|argument|plan|weekend|holiday|birthday|night|decision|chat) [^.!?]{0,40}?\\b(you|u)\\b",
  ),
];

// --- criticism ---------------------------------------------------------------------------

const criticism: Rule[] = [
  rule(
    "criticism",
    `(you're|you are|you were|you've always been|you've been|you'll always be|you're always|you've become|you have become|you're being) (so |such |such a |such an |a |an |just a |just an |just |really |the most |the biggest |a complete |a total |a straight-up |an absolute |a real |literally |honestly |basically |nothing but |nothing but a |genuinely |a pathetic |a disgusting |an utter |utterly |completely |totally |incredibly |an |one )*(${CHAR_ADJ}|${CHAR_NOUN})\\b`,
    {},
  ),
  rule(
    "criticism",
    "(ur|your) (such a |so |a |an )+(\\w+ )?(selfish|liar|cheat|coward|fake|idiot|narcissist|hypocrite|loser|user|snake|control freak|freeloader)\\b",
  ),
  rule(
    "criticism",
    "what (kind|sort|type) of (a )?(person|man|woman|mother|mum|father|dad|friend|partner|human( being)?|husband|wife|boyfriend|girlfriend|parent|monster|grown adult|adult|son|daughter|brother|sister) (would|did|could|can|\\w+s)\\b",
  ),
  rule(
    "criticism",
    "what('s| is) (actually |even |seriously |really |honestly |the hell |the fuck )?wrong with (you|u)|something (is )?(seriously |really )?wrong with (you|u)",
  ),
  rule(
    "criticism",
    "(you|u) have no (shame|respect|morals|decency|backbone|heart|integrity|conscience|self[- ]control|empathy|spine|loyalty|class|dignity)",
  ),
  rule(
    "criticism",
    "(you're|you are) (impossible|unbearable|exhausting|a nightmare|hopeless) (to|at|with)",
  ),
  rule(
    "criticism",
    "(your|ur) (behaviour|conduct|attitude|character|actions|work|performance) (shows|showed|has shown|reveals|demonstrates|is|was) (a )?(complete |total |utter |real |staggering |shocking )?(lack of|disgrace|appalling|pathetic|selfish|childish|shameful|disgusting)",
  ),
  rule(
    "criticism",
    "(complete|total|utter|shocking|staggering) lack of (professionalism|character|integrity|decency|respect|empathy|morals|maturity|judge?ment|honesty|loyalty|basic decency)",
  ),
  rule(
    "criticism",
    `i (can't|cannot|can not) believe i (raised|married|dated|trusted|fell for|gave birth to|brought up|love|loved|chose|picked) (a|an|such a|such an|someone so) (${CHAR_ADJ}|${CHAR_NOUN})`,
  ),
  rule(
    "criticism",
    "(anyone|anybody|anything|no one|nobody|nothing) (but|except|other than|apart from) yourself|(you|u) (only|just) (ever )?(think|care) about yourself",
    { negatable: false },
  ),
  rule(
    "criticism",
    "all (you|u) (ever )?(care|think) about is|(you|u) (only|just) (ever )?care about (yourself|money|your \\w+|likes)|(you|u) (\\w+ly )?(don't|do not) care about (anyone|anybody) (but|except) yourself",
  ),
  rule(
    "criticism",
    `only (a|an) (total |complete |absolute |real |utter )?(${CHAR_ADJ.slice(1, -1)}|${CHAR_NOUN.slice(1, -1)}) would`,
  ),
  rule(
    "criticism",
    `(you're|you are|you were|you've been) (so |such |a |an |the most |really |truly |just )*\\w+ly (${CHAR_ADJ.slice(1, -1)})\\b`,
  ),
];

// --- contempt -------------------------------------------------------------------------------

const contempt: Rule[] = [
  rule(
    "contempt",
    `(you're|you are|you were|ur|you look|you sound|you're being|you've been) ${ADV}(such |a |an )?${ADV}${CONTEMPT_WORD}\\b`,
  ),
  rule(
    "contempt",
    "(you|u) (disgust|sicken|repulse|revolt) me|(you|u) make me (sick|want to (puke|vomit|throw up))|makes me sick (to look at|looking at) (you|u)",
  ),
  rule("contempt", "(pathetic|disgusting|laughable|typical|classic|unreal)", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
  }),
  rule(
    "contempt",
    "(of )?course (you|u) (are|were|did|do|have|will|would|can|could|have been|were busy|are busy)",
    { negatable: false, sentenceEnd: true },
  ),
  rule(
    "contempt",
    "oh (please|puh-?lease|spare me|give me a break|grow up|boo hoo|poor you|poor baby)|give me a break|spare me the|(real|very|so|how|really) mature|grow up|boo hoo|cry me a river|diddums|poor (little )?(you|baby|thing|darling|petal)\\b(?! (must|have|had|are))|get over yourself|get off your high horse",
  ),
  rule(
    "contempt",
    "(oh|yeah|ah) (right|sure|yeah)[,.]? (because|cause|cos|like)|yeah,? right\\b|(lol|lmao+|lmfao|haha+|ha ha),? (ok|okay|sure|right|yeah)\\b|\\b(ok|okay) sure\\b|sure (you did|you were|you are|you do|you have|you will|you would|jan)\\b",
  ),
  rule(
    "contempt",
    "whatever you say|(oh )?(wise one|mighty one|your highness|your majesty|your royal highness|mr\\.? perfect|miss perfect|saint \\w+|sherlock|einstein)\\b",
  ),
  rule(
    "contempt",
    "(do|did|does) (you|u|he|she) want a (medal|trophy|gold star|prize|round of applause|cookie|biscuit|parade|pat on the back)|want a (medal|gold star|cookie|round of applause)\\b",
  ),
  rule(
    "contempt",
    "(aww+|aw+|oh+|ohh+),? (did|does|is|are|has) [^.!?]{0,40}?(hurt|upset|offend|bother|sting|bruise)[^.!?]{0,20}?(feelings|ego|pride)|did the (big bad )?truth hurt",
  ),
  rule(
    "contempt",
    "how (very |incredibly |terribly |awfully )?(refreshing|rich|original|convenient|brave|noble|nice|generous|big|kind|gracious|mature|thoughtful) of (you|u)|how (refreshing|rich|original|convenient)\\b",
  ),
  rule("contempt", "(oh,? )?(so )?(now )?we're keeping score|keeping score,? are we"),
  rule(
    "contempt",
    "(lmao+|lmfao|rofl|lol)\\b[^.!?]{0,20}?\\b(you|u) (really |actually |seriously |honestly )?think|(you|u) (really |actually |seriously |honestly )think [^.!?]{0,50}?(fixes|fix|will fix|makes up for|changes|solves|undoes)",
  ),
  rule("contempt", "(\uD83D\uDE44|\uD83D\uDE12|\uD83D\uDE43|\uD83E\uDD21)", { negatable: false }),
  rule(
    "contempt",
    "(really|truly|so|very|how|such) inspiring( stuff)?|slow clap|golf clap|bravo,? (really|truly)|well done,? (you|genius|einstein)",
  ),
  rule(
    "contempt",
    "(who|what) (do you think you are|do you take me for)|(i'm|i am) (better|above|beneath|too good) (than|for) (you|this)|get a life",
  ),
  rule(
    "contempt",
    "what a (surprise|shock|shocker)|(big |huge )?surprise there|colou?r me (surprised|shocked)|shocker\\b|(nice|good|kind|big|generous|decent|sweet) of (you|u) to (finally|actually|even|bother)|grace us with your presence|how very (kind|good|nice|generous|big) of (you|u)",
  ),
  rule(
    "contempt",
    "(you're|you are|you r|ur) (honestly |just |actually |absolutely |literally |so |truly |really )*(unbelievable|unreal|a piece of work|something else|a joke|laughable)",
  ),
  // ironic praise: "wow, great job, really impressive", "oh brilliant, another lecture"
  rule(
    "contempt",
    "(wow|oh|well|ooh),? (great|nice|good|brilliant|fantastic|amazing|lovely|wonderful|perfect|marvellous|terrific|super)( job| work| one| move)?,? (really |so |very |truly |how )(impressive|mature|classy|helpful|original|clever|smart|grown up|adult)|(oh|wow|great|brilliant|fantastic|perfect|lovely|wonderful),? (great|brilliant|fantastic|perfect|lovely|wonderful)?,? ?(another|more of your|yet another) (lecture|sermon|speech|rant|lesson|tantrum|guilt trip)|just what i (needed|wanted)\\b",
    { negatable: false },
  ),
  rule("contempt", "(oh )?here we go again|(and )?there (it|she|he) goes again", {
    negatable: false,
  }),
];

// Sarcastic apologies: contempt, never regret ("oh I'm SO sorry your highness").
const SARCASTIC_SORRY = `(oh,? )?(i'm |i am |well,? )?(so+ |soooo |terribly |awfully |deeply |very )?(sorry|apologies|excuse me|pardon me|forgive me)`;
const sarcasm: Rule[] = [
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? (for (existing|breathing|living|being alive|having (a life|feelings|friends|an opinion))|i (have|had) a life|i (forgot|didn't realise|didn't know) (you're|you were|you are|that you're|you) (perfect|never wrong|a saint|an angel|the only|so perfect|never (make|made|do|did))|that i (exist|breathe|have a life)|i dared|i exist|i breathe)`,
    { tag: "pushback", negatable: false },
  ),
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? (i )?(didn't|did not) (realise|know) [^.!?]{0,60}?(your name|engraved|belonged to you|was a crime|was illegal|was against the law|needed your permission|had to ask permission|you owned)`,
    { tag: "pushback", negatable: false },
  ),
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? [^.!?]{0,30}?(next time i'll|next time i will|i'll be sure to) (ask|get) (your )?permission`,
    { tag: "pushback", negatable: false },
  ),
  rule(
    "contempt",
    `(my )?(deepest|sincerest|humblest|most humble|profoundest) apologies,? (oh |o |your |my )?(wise|great|mighty|highness|majesty|lord|lady|queen|king|princess|prince|master|one)`,
    { tag: "sarcasm", negatable: false },
  ),
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? (your (highness|majesty)|oh (wise|mighty|great) one|princess|sweetheart|sherlock|genius|einstein|mr\\.? perfect|miss perfect)`,
    { tag: "sarcasm", negatable: false },
  ),
  rule(
    "contempt",
    `(so+|soooo) sorry (that )?i (have|had|exist|breathe|dared|live|have friends|have a life|wasn't perfect|am not perfect|'m not perfect)`,
    { tag: "pushback", negatable: false },
  ),
  rule(
    "contempt",
    "(tell|remind) (everyone|everybody|them|the world|me) (again )?(what a|how much of a|how) (monster|terrible person|awful person|villain|bad guy|horrible person|terrible|awful|useless) i am|(yes|yeah|sure|oh),? i('m| am) (the worst|a monster|the devil|pure evil|a terrible person)",
    { tag: "pushback", negatable: false },
  ),
];

// --- defensiveness ------------------------------------------------------------------------------

const defensiveness: Rule[] = [
  rule(
    "defensiveness",
    "(that's|that is|this is|thats) (not|simply not|just not|absolutely not) (true|what happened|how it happened|how it went|what i said|what i meant|fair)(?! (on|to) (you|u))|(it's|it is) (not|simply not|just not) true|(that's|that is|that isn't|this is) (a lie|a total lie|rubbish|nonsense|bullshit|bs|not true|untrue)|that isn't true|that's a lie",
    {
      negatable: false,
      // "that's not true, you're a wonderful mother": reassurance, not pushback
      unless: test(
        "(you're right|you were right|i know that's not fair|(you're|you are) (a |an |so |such a |the )?(wonderful|great|amazing|good|brilliant|lovely|kind|beautiful|best|smart|clever|strong|loved|not))",
      ),
    },
  ),
  rule(
    "defensiveness",
    "i (didn't|did not|haven't|have not|never|wasn't|was not) (do|done|did|doing) (anything|nothing) wrong|i did nothing wrong|i('ve| have) done nothing wrong|i('ve| have)n't done anything|i haven't put a foot wrong|i've been nothing but",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(why am i|i'm|i am|why is it) always (the (bad guy|villain|problem|one (to blame|who|in the wrong|at fault))|my fault|me)\\b|i'm always the one who gets",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(so )?(now )?(it's|its|everything's|everything is|this is|it is) (all |suddenly |somehow |always )?my fault(\\?| now| again)|(so )?(now )?it's (all |somehow |suddenly )?(on me|my fault)\\?|how is (this|that|it) my fault",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "what about (when|the time|every time|all the times|all those times|that time|the times|last (week|time|year|night|month))\\b(?=[^.!?]*\\b(you|u)\\b)|and what about (you|u)\\b|(you're|you are) (one|the one) to talk|look who's talking|pot,? kettle",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "i can't (ever )?win|whatever i do,? (it's|its|it is) (wrong|never (enough|good enough|right)|not (enough|good enough))|nothing i (do|say|try)( is| will ever be)? (ever )?(good enough|right|enough)|i can never do anything right|damned if i do",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "stop attacking me|why are you (attacking|blaming) me|(you're|you are) (always )?(attacking|blaming) me|stop blaming me|don't blame me|(you're|you are|stop) twisting my words|stop putting words in my mouth|i'm not the one who|(are you )?(calling|accusing) me (of|a)\\b",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(it's|it is|it was|that's|that was|this is|this isn't|that isn't) (not|n't|hardly) (all )?my fault|it (wasn't|isn't) (all )?my fault|(that's|it's) not on me|i was (only|just) trying to (help|be nice|protect)",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(oh )?(right|sure),? because (you|u)('ve| have)? never (done|made|said|lied|been)|like (you're|you are|you've|you have|you) (so )?(perfect|never|any better|a saint)|as if (you|u)('ve| have)? never",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "i (didn't|did not|never) (say|said|cancel|cancelled|canceled|take|took|do|did|promise|promised|agree|agreed|touch|touched|go|went|hide|hid|steal|stole|lie|lied|cheat|cheated|flirt|flirted)\\b[^.!?]{0,50}?,? i (said|just|only|was|told|meant|asked|did say|did tell|texted|mentioned)\\b|there's a (big )?difference\\b",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    'i (didn\'t|did not|never) (take|do|hide|steal|touch|mean|promise|agree to|break|delete|"#+")( \\w+){0,2} (anything|anyone|anybody|nothing|a thing)',
    {
      negatable: false,
      notFollowedBy: test(
        "(and|but) (i|that)('s| was| is)? (should|wrong|on me|my fault)",
        "start",
      ),
    },
  ),
  rule(
    "defensiveness",
    "(but )?i did (mention|tell|say|warn|text|ask|explain|message|email|call|try)\\b|i told you (already|ages ago|before|(so many|a hundred|a million|\\w+) times)\\b",
    {
      negatable: false,
      notPrecededBy: /\b(?:(?:you'?re|you are|ur) right|yes|yeah|yep|i admit)\b[^.!?]{0,12}$/,
    },
  ),
  rule(
    "defensiveness",
    "that's not what happened|you know (that's|it's) not true|you're (making|making this) (it )?up|that never happened",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(you're|you are|stop) putting words in my mouth|i never said (that|so|it|anything like that|any such thing)|(don't|do not|stop|quit|you're|you are|you always) (turn|turning|twist|twisting|flip|flipping) (this|it|everything|that) (around )?(on|back on) me|(don't|do not) make this about me|why is (everything|it|this) (always )?my fault|(everything|it)('s| is) always my fault",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(you|u) (keep|kept|always|constantly) (saying|claiming|acting like|making out|telling (me|everyone)) (that )?i (never|always|don't|didn't|can't|won't|do nothing)|(i'm|i am|i'll|i will) not (going to |gonna )?(apologi[sz]e|say sorry|be sorry) for|(i )?(won't|will not|refuse to) apologi[sz]e for|not sorry for (having|being|wanting|living)",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "because (you're|you are|you've always been|you were|you've been) (so |such a |always |just |totally |completely )?(perfect|a saint|an angel|innocent|flawless|never wrong|blameless)|(you|u) (\\w+ )?(hurt|lied to|betrayed|cheated on|yelled at|shouted at|ignored|disrespected|humiliated) me (too|as well|first)|(you|u) (did|do|were|are) (it|the same|that|this) (too|as well)\\b|(i'm|i am|i was) not the only one (who|that|to)\\b",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(so|oh so|right,? so|and so),? (now )?(it's|its|this is|everything is|everything's) (all |somehow |suddenly )?my fault",
    { negatable: false },
  ),
];

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
const stonewalling: Rule[] = [
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

// --- forgiveness-pressure ---------------------------------------------------------------------

const NO_PRESSURE = test(
  "(when(ever)? you're ready|in your own time|take (all )?the time you need|take your time|no rush|no pressure|at your (own )?pace|if and when|only (if|when) you('re| are) ready|if you ever want|whenever you feel|whenever you want)",
);
// "move on to the next item" is about an agenda, not the hurt
const MOVE_ON_TO = test(
  "(to|with) (the|a|an|our|another|something|next|item|point|dinner|lunch)\\b",
  "start",
);
const pressure: Rule[] = [
  rule(
    "forgiveness-pressure",
    "when (are|will|r) (you|u) (going to |gonna |ever |finally )*(forgive|trust me again|let (it|this|that) go|get over|move on|drop it|stop being (mad|angry|upset|cross)|be over|stop punishing|let me off)|how long (are|will|do) (you|u) (going to |gonna |plan to |intend to )?(keep|be|stay|hold|punish|make me)|how long is this (going to|gonna) (go on|last|take)",
  ),
  rule(
    "forgiveness-pressure",
    "(can|can't|cant|could|couldn't|shall|please can|please,? can|can we please) we (please |not |just |all |finally )*(move on|move past|get past|put (this|it|that) behind|forget (about )?(it|this|that)|go back to (normal|how (things|it|we) (were|was))|be normal|get back to normal|let (it|this|that) go|drop (it|this|that)|draw a line|stop (talking|going on|going over) (about )?(it|this|that)|just be|leave it)",
    { unless: NO_PRESSURE, notFollowedBy: MOVE_ON_TO },
  ),
  rule(
    "forgiveness-pressure",
    "(we|you|u) (really |just |seriously )?(need|have|got|gotta|'ve got|must|should) (to )?(move on|move past|get past|put (this|it|that) behind|let (it|this|that) go|get over (it|this|that)|stop (dwelling|living in the past)|forgive|get back to normal|draw a line)",
    { unless: NO_PRESSURE, notFollowedBy: MOVE_ON_TO },
  ),
  rule(
    "forgiveness-pressure",
    "let's (just )?(move on|forget (about )?(it|this)|put (this|it) behind|drop (it|this)|draw a line|not dwell)",
    { unless: NO_PRESSURE, notFollowedBy: MOVE_ON_TO },
  ),
  rule(
    "forgiveness-pressure",
    "(just )?forgive me already|just forgive me|(you|u) (have|need|got|gotta|should|must|'ve got) to forgive me|i need (you|u) to (forgive|move on|let (it|this) go|get over|stop (being|bringing))|why (can't|won't|cant|wont) (you|u) (just )?(forgive|let (it|this) go|move on|get over)",
  ),
  rule(
    "forgiveness-pressure",
    "get over it|get over yourself already|(just )?let it go\\b|life goes on|(stop|quit) living in the past|stop (dwelling|punishing me|holding (it|this|that) over me|bringing up the past)|move on already|(it's|it is|that's|that was) (all )?in the past(,| now| so)",
    { unless: NO_PRESSURE },
  ),
  rule(
    "forgiveness-pressure",
    "(it's|it has|it's already) been (weeks|months|days|years|a (week|month|year|fortnight)|ages|\\d+ (weeks|months|days|years)|forever|so long),? (already|surely|come on)|it's been long enough",
    { unless: NO_PRESSURE },
  ),
  rule(
    "forgiveness-pressure",
    "(it's|it has|it's already) been (a|an|one|two|three|four|five|six|several|a few|a couple of|\\d+) (day|days|week|weeks|month|months|year|years|fortnight|while)\\b",
    {
      unless: NO_PRESSURE,
      when: (c) =>
        /\b(?:(?:are|r) (?:you|u) still|(?:you|u)(?:'?re| are| r)? still (?:mad|angry|upset|cross|on about|going on|sulking|punishing)|surely|come on|get over|move on|let (?:it|this|that) go|forgive me)\b/.test(
          c.text.slice(c.end, c.sentence.end),
        ),
    },
  ),
  rule(
    "forgiveness-pressure",
    "(you|u) can't (stay|be|keep being) (mad|angry|upset|cross|annoyed|pissed|hurt|sulking)( (at|with) me)? forever|(you|u) can't hold (it|this|that) (over me|against me) forever",
  ),
  rule(
    "forgiveness-pressure",
    "(are you|you're|you are|ur|u r|you|u|is (she|he)|are they) (seriously |really |honestly |actually |literally )?still (on about|going on about|upset about|mad about|angry about|banging on|harping on|bringing (it|this|that) up|dwelling on|hung up on)",
  ),
  rule(
    "forgiveness-pressure",
    "i('ve| have)? (already )?(said|told you) (i'm |i am |i was )?sorry[^.!?]{0,30}?(\\W+)(now|so|what more|how many|enough|and i)\\b|i (apologi[sz]ed|said sorry)(,| and)( i| now| so)|i('ve| have) (already )?apologi[sz]ed[^.!?]{0,20}?(what more|how many|enough|so (now|can))",
    { crossSentence: true },
  ),
  rule(
    "forgiveness-pressure",
    "what more do (you|u) want( from me)?|how many times (do|have|must|should|will) i (have to |got to )?(say|apologi[sz]e|tell you)|i('ve| have) (grovelled|groveled|apologi[sz]ed|said sorry|begged)( \\w+)? (enough|a (hundred|million|thousand) times|so many times|plenty)",
  ),
];

export const warningRules: readonly Rule[] = [
  ...conditional,
  ...excuse,
  ...blame,
  ...minimizing,
  ...generalization,
  ...criticism,
  ...contempt,
  ...sarcasm,
  ...defensiveness,
  ...stonewalling,
  ...pressure,
];
