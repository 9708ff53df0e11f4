import { check } from "../../check.ts";
import { CHAR_ADJ, CHAR_NOUN, INSULT_NOUN } from "../../lexicon.ts";
import { messageTest, type Rule, type RuleContext, rule, test } from "../../rule.ts";
import { foldWide, rx } from "../../text.ts";

// --- generalization ----------------------------------------------------------------------

const POSITIVE_AFTER_ALWAYS = test(
  "(make me (laugh|smile|feel (good|better|safe|loved|special|happy))|make ([a-z]+ ){1,2}feel (magical|special|amazing|like home|safe|loved|welcome)|make ([a-z]+ ){1,3}(look|seem|feel) (easy|effortless|simple|fun|good|possible)|know (exactly|just) (how|what|when) to|make (the|my) (best|day)|know (how|what|when) to|(are |'re |been )?there (for me|for us|when|whenever)|amaze|impress|inspire|astound|blow me away|make me proud|have my back|got my back|help|support|show up for|turn up for|come through|pull through|make time for|put (me|us) first|stand up for|back me|look after|take care|cheer|find a way(?! to (make (it|this|everything) about|ruin|spoil|wreck|twist|turn|blame|start|drag|bring up))|(so |such )?(kind|good|lovely|thoughtful|sweet|generous|patient|supportive|funny|beautiful|gorgeous|right|welcome|amazing|great|brilliant|wonderful|fun|gentle|honest|fair)|the best|believed?|put (me|us|the kids|everyone( else)?|others|other people|your family|the family) first|(make|cook|bake|buy|bring|get) (me|us|the kids|everyone|him|her|them) (\\w+ )?(pancakes|breakfast|dinner|lunch|tea|coffee|cake|treats|presents|gifts|flowers|cookies|something (nice|special|lovely))|make time|do your best|try your best|manage to|surprise|light up|forgive|listen to me|remember|bring|welcome|smell|look (good|great|amazing|lovely|beautiful)|say (the right|something (nice|kind|lovely))|been (good|kind|there|amazing|great)|will be|be (my|the)|love)",
  "start",
);
const POSITIVE_AFTER_NEVER = test(
  "((once|ever|even once|even) )?(fail to|let me down|complain|judge|give up|stop (caring|trying|making|loving)|disappoint|forget (my|our|to)|miss (a|my|our)|ask for (anything|much)|(make|made) me feel (small|stupid|bad|judged|silly|like a burden)|hold (it|this|that|a grudge)|take me for granted|say no|lose your (temper|cool|patience)|raise your voice|hesitate|judge)",
  "start",
);
const YES_NO_QUESTION = test(
  "(do|did|have|would|will|can|could|are|were|should) (you|u) ",
  "start",
);
// a bounded event in the past ("you never once asked", "you never called back") is not a habit
const BOUNDED_AFTER = test(
  "((actually|even|really|properly|just) )?(once|even once|\\w+ed|said|told|came|went|gave|took|saw|made|did|thought|knew|got|paid|sent|wrote|rang|brought|bought|let|showed|found|heard|left|met|spoke|ate|drove|sat|stood|kept|felt)\\b(?! (anything|any|a thing|once|a single|one single|a (word|finger|penny)))",
  "start",
);
// ... unless the sentence spans a long stretch: "you never said thank you in all these years"
const HABIT_SPAN = check(
  /\b(?:in (?:all )?(?:these|those|the last|the past|our|this whole|the whole|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty) (?:\w+ )?(?:years|months|weeks|marriage|relationship)|ever since|since (?:we|the day)|(?:whole|entire) (?:marriage|relationship|life)|for anything|about anything|in (?:your|ur) (?:whole )?life)\b/,
);
// a warm word right after: "you're forever finding the best playlists"
const WARM_AFTER = check(
  /^\s*(?:[a-z']+\s+){0,2}(?:magical|the best|so good|amazing|brilliant|lovely|wonderful|perfect|sweet|kind|beautiful|gorgeous|cute|funny|hilarious|generous|thoughtful|special|better|easier|fun|happy|safe|welcome|worth it)\b/,
);
const WRITER_ACT_LAST = check(
  /\bi\s+(?:\w+ed|lied|said|told|did|went|made|kept|hid|took|gave|came|ran|left|broke|spent|stole|thought|felt|was|had|feel|get|say|do|react|respond|snap|shout|apologi[sz]e|am|'?m)\b(?![^,;]*\b(?:that|because|cos|but|so)\b)[^,;]*$/,
);
// a character verdict in the sentence before "Always have been."
const VERDICT = new RegExp(
  rx(
    `(you're|you are|you were|you've been) (such |a |an |so |just |really |the most )*(${CHAR_ADJ}|${CHAR_NOUN}|${INSULT_NOUN})`,
  ).source,
);
// (BAD_HABIT_START, below: the same verbs opening a clause)
// Verbs of a bad habit, for "you freak out whenever money comes up"
const BAD_HABIT =
  "(freak|freaks|flip|flips|kick|kicks) out|explode|blow up|snap|shout|yell|scream|sulk|storm (off|out)|walk (off|away|out)|shut (down|off|me out)|go (quiet|silent|cold|off|mental|nuts|ballistic|nuclear|mad)|get (defensive|angry|mad|nasty|weird|cold|funny|jealous|arsey|shitty)|change the subject|lose it|lose your (temper|rag|shit)|kick off|disappear|vanish|ignore (me|it|my)|lie|roll your eyes|turn (it|things) (around|round)|make it about (you|yourself)|throw (it|that) (back )?in my face|criticise|criticize|nag|moan|complain|play the victim|clam up|hang up|brush (it|me) off|laugh at me|mock me|interrupt|talk over me|pick a fight|start a fight|start an argument|bring up|drag up|run off|leave|make (such )?a (fuss|scene|drama|big deal)|kick up a fuss|have a (go|pop|dig) at me|bite my head off|go off at me|jump down my throat|act like|treat me like|twist (it|things|everything|my words|what i say)|twist|shoot (it|them|me|everything|it all) down|pick (it|them|everything|me) apart|pick holes|find fault|find (an|some|another) excuse|make excuses|leave me (to|with|alone|hanging)|dump (it|everything|the lot) on me|cancel|bail|flake|turn into (a|an|someone|somebody|this)|turn (it|this|that|everything|things) into (a|an)|make (a )?jokes?|make fun|fold(?! (my|your|our|his|her|their|it|them|up|those|these|clothes|laundry|washing|towels|sheets|the (laundry|washing|clothes|towels|sheets|bed)))|cave|back down|side with|take (his|her|their|your \\w+'s) side|go missing|go awol|dismiss|get (the hump|in a huff|in a mood|stroppy|snippy|sarky|sarcastic|huffy|moody|short|shirty)|go in a (huff|mood|sulk|strop)|stomp|slam|spend (it|every penny|everything|all of it|the lot)|blow (it|every penny|everything|the lot)";
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
// (run once per message: many rules ask about the same message)
const laughs = messageTest(
  new RegExp(
    `${LAUGHTER.source}|${LAUGHING.map((e) => e.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")).join("|")}`,
  ),
);
// Gratitude or affection in the sentence: "You always make dinner special, thank you."
const WARM = check(
  /(?:^|[,;:-]\s*|\band\s+)(?:thank you|thanks|thank u|thx)\b|\bi(?:'?m| am)? (?:so |really )?(?:grateful|lucky)\b|\bi (?:really |just )?(?:love|adore|appreciate) (?:that|it|how|you)\b|\b(?:love you|proud of you)\b/,
);
// a kind deed or a kind word after "without fail, you ...": "without fail, you make me smile"
const NICE =
  /\b(?:check(?:ing|s)? (?:on|in)|laugh|smil|lov(?:e|ing)|kind|sweet|thought|special|happ|help|thank|beaut|proud|cross my mind|think (?:of|about) (?:me|us)|miss me|hug|kiss|care|caring|support|amaz|brilliant|wonderful|best|cheer|surpris|compliment|encourag|patient|generous|gentle|warm|safe|comfort|listen)/;
const BAD_HABIT_START = test(`(${BAD_HABIT})`, "start");
// "and you've never ...?": a counter-question; "like you always say": their words
const OPENS_COUNTER = check(/^\W*(?:and|so|oh|but)\s+$/);
const CITING = check(/\b(?:like|as)\s+$/);
const AS_IF = check(/\b(?:like|as if|as though)\s+$/);
const ENDS_NEVER = check(/never\s*$/);
// "you were never the problem": the match opens with "you were", and what follows excuses them
const YOU_WERE = check(/^you\s+were\b/);
const NOT_A_HABIT = check(
  /^\s*(?:meant|supposed|going|gonna|told|asked|given|allowed|the problem|a burden|to blame|at fault|wrong|alone|the reason|just)\b/,
);
// thanks or affection anywhere in the message: "Like clockwork, you're at the gate. Thank you."
const thanked = messageTest(
  /\b(?:thank you|thanks|thank u|thx|grateful|appreciate|love you|proud of you)\b/,
);
/** Laughter, thanks or a kind word about what "you" do from `from` to the sentence's end. */
function kindAfter(c: RuleContext, from: number, positiveVerbs = true): boolean {
  if (laughs(c.text) || thanked(c.text)) return true;
  if (WARM.testSlice(c.text, c.sentence.start, c.sentence.end)) return true;
  const after = c.text.slice(from, c.sentence.end);
  return (
    (positiveVerbs && POSITIVE_AFTER_ALWAYS.test(after)) ||
    WARM_AFTER.test(after) ||
    NICE.test(after)
  );
}
// "you don't …, ever": their negated habit (not "you don't have to worry, ever", not "I hope you …")
const EVER_BEFORE = check(
  /^(?:(?!\b(?:i|we|hope|promise|sure|if|when|wish|pray|as long as)\b)[\s\S])*?\b(?:you|u)(?:'?re|\s+are)?\s+(?:the one who\s+)?(?:(?:just|still|literally|honestly|really|conveniently)\s+)?(?:don'?t|do not|didn'?t|did not|never|can'?t|cannot|forget|forgets|forgot|fail to|fails to)\s+(?!(?:ever\s+)?(?:have to|need to|need|had to|worry|deserve|owe|lose|doubt)\b)[^.!?]*?,?\s*$/,
);
/** The "you ..." that closes the match `m` goes on to name a bad habit ("you change the subject"). */
function namesBadHabit(c: RuleContext, m: string): boolean {
  const after = c.text
    .slice(c.start + m.search(/\b(?:you|u)(?:'?re| are)?\s+[a-z]+$/), c.sentence.end)
    .replace(/^\S+\s+/, " ")
    // "you conveniently disappear", "you just bail"
    .replace(
      /^\s*(?:conveniently|just|suddenly|somehow|magically|immediately|instantly|always|then|still|promptly)\s+/,
      " ",
    );
  return BAD_HABIT_START.test(after);
}

export const generalization: Rule[] = [
  rule(
    "generalization",
    "(you|u|you're|you are|you've|you have|you'll|you will|you were) (lot |guys |two |people |both )?(literally |just |honestly |seriously |basically |pretty much |constantly |only )?(always|never|constantly|continually|forever|perpetually|only ever)\\b(?! (know|mind|guess|believe|fails?))",
    {
      unless: YES_NO_QUESTION,
      when: (c) => {
        if (laughs(c.text)) return false;
        if (WARM.testSlice(c.text, c.sentence.start, c.sentence.end)) return false;
        const matched = c.text.slice(c.start, c.end);
        // "you were never the problem", "you were never meant to see it"
        if (
          YOU_WERE.testSlice(c.text, c.start, c.end) &&
          NOT_A_HABIT.testSlice(c.text, c.end, c.sentence.end)
        )
          return false;
        // "and you've never ...?": a rhetorical counter-question
        if (
          OPENS_COUNTER.testSlice(c.text, c.sentence.start, c.start) &&
          c.text.charCodeAt(c.sentence.end - 1) === 63
        )
          return false;
        // "like you always say, ...": citing their words, not judging a habit
        if (
          CITING.testSlice(c.text, c.sentence.start, c.start) &&
          /^\s*(?:say|said|tell me|told me|put it|remind me)\b/.test(
            c.text.slice(c.end, c.sentence.end),
          )
        )
          return false;
        const { text, end } = c;
        const to = c.sentence.end;
        // "Like you've never flirted with anyone.": a sarcastic retort, not a verdict on a habit
        if (ENDS_NEVER.test(matched) && AS_IF.testSlice(text, c.sentence.start, c.start))
          return false;
        if (ENDS_NEVER.test(matched)) {
          if (POSITIVE_AFTER_NEVER.testSlice(text, end, to)) return false;
          if (
            !/^(you'?ve|you have|u'?ve|u have)\s/.test(matched) &&
            BOUNDED_AFTER.testSlice(text, end, to) &&
            !HABIT_SPAN.testSlice(text, end, to)
          )
            return false;
          return true;
        }
        return (
          !POSITIVE_AFTER_ALWAYS.testSlice(text, end, to) && !WARM_AFTER.testSlice(text, end, to)
        );
      },
    },
  ),
  // (written as "every time" or "everytime" so the gate can key the pair or the word)
  rule(
    "generalization",
    "(each and )?(every (single )?time|everytime|every singletime),? (you|u|we|i)\\b",
    {
      notFollowedBy: test(
        "(make me (laugh|smile|happy|feel (good|better|safe|loved))|see you|hold me|hug me|smile|laugh|i see you|i think of you)",
      ),
      // "every time I see your phone light up, I feel sick" is about the writer
      when: (c) => {
        if (laughs(c.text)) return false;
        // "I lied every time you asked": the writer's own past acts
        // ("the reason I stopped ... is that every time ..." states their habit)
        if (WRITER_ACT_LAST.testSlice(c.text, c.clauseFrom, c.start)) return false;
        const rest = c.text.slice(c.start, c.sentence.end);
        return /time,?\s+(?:you|u|we)\b/.test(rest)
          ? /\b(you|u|your|ur)\b/.test(rest)
          : /(?<!\b(?:to|at|with|for|about|of|from|on|by|like|than)\s+)\b(you|u)(?:'?re|'?ve|'?ll| are| have| will)?\s+(?!(?:know|two|both|guys|all|together|again|i|i'?m|i'?d|i'?ll|i'?ve)\b)[a-z]+/.test(
              rest.replace(/^(?:each\s+and\s+)?every\s*(?:single\s+)?time,?\s+i\b/, ""),
            );
      },
    },
  ),
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
    "(you|u) (forget|ruin|ignore|criticise|criticize|twist|spoil|mess up|question|control|make fun of|dismiss|complain about|moan about|belittle|turn|blame|overthink|judge|nitpick|exaggerate|find fault with|argue about|overreact to|lie about|lie to me about) (everything|every (little|single) thing)\\b(?! (you|u) (can|could|want|need))|(you|u) take (everything|every (little|single) thing) (so |too |far too |way too )?(personally|badly|the wrong way|to heart|literally|as (a|an) (attack|insult|criticism|dig))|(you|u) make (everything|every (little|single) thing) (about (you|yourself)|into (a|an)|so (hard|difficult|complicated)|harder|a (drama|competition|fight|big deal))",
  ),
  rule("generalization", "(you|u) (do|did) (it|this|that) (every|all the) (time|day|week)"),
  rule(
    "generalization",
    "like (you|u) always (do|does)|as (you|u) always (do|does)|same as always with (you|u)|typical (you|of you)",
  ),
  rule(
    "generalization",
    "(you|u|you'?re|u'?re|you are) ([a-z']+,? ){1,3}(constantly|all the time|every single time|24/7|non-?stop)\\b",
    {
      notFollowedBy: test("(and i love|which i love|haha|lol)"),
      when: (c) => {
        if (laughs(c.text) || WARM.testSlice(c.text, c.sentence.start, c.sentence.end))
          return false;
        const after = c.text.slice(c.start, c.end).replace(/^\S+\s+/, " ");
        return !POSITIVE_AFTER_ALWAYS.test(after) && !WARM_AFTER.test(after);
      },
    },
  ),
  rule(
    "generalization",
    "every (single )?(conversation|discussion|talk|argument|plan|weekend|holiday|birthday|night|decision|chat) [^.!?]{0,40}?\\b(you|u)\\b",
    // not a kind habit: "every plan I make, you help me with"
    { when: (c) => !kindAfter(c, c.end, false) },
  ),
  // "again and again you let me down", "this is the hundredth time you've done this"
  rule(
    "generalization",
    "time and time again,? (you|u)\\b|again and again,? (you|u)\\b|time after time,? (you|u)\\b|over and over( again)?,? (you|u)\\b|day after day,? (you|u)\\b|week after week,? (you|u)\\b|year after year,? (you|u)\\b|(the|for the) (hundredth|thousandth|millionth|umpteenth|nth|fiftieth|twentieth|tenth) time (you|u|you've|you have)\\b",
    { when: (c) => !laughs(c.text) && !WARM.testSlice(c.text, c.sentence.start, c.sentence.end) },
  ),
  // "you don't ever listen", "you won't ever admit it" (not "you won't ever have to worry")
  rule(
    "generalization",
    "(you|u) (don't|do not|won't|will not|can't|cannot|didn't|never) (\\w+ )?ever\\b",
    {
      negatable: false,
      notFollowedBy:
        /^\s*(?:again|have to|need to|need|had to|has to|worry|hesitate|doubt|lose|feel|be|get to|deserve|go|leave|forget (?:that|how|me)|stop|wonder|wanna|want to|regret)\b/,
      unless: YES_NO_QUESTION,
      when: (c) => {
        if (laughs(c.text) || WARM.testSlice(c.text, c.sentence.start, c.sentence.end))
          return false;
        // "if you don't ever call, I'll worry": a condition, not a verdict
        return !/\b(?:if|when|unless|hope|promise|make sure|so that|i know)\s+$/.test(
          c.text.slice(c.clauseFrom, c.start),
        );
      },
    },
  ),
  // "it's always about you", "everything has to be about you"
  rule(
    "generalization",
    "(it's|it is|everything's|everything is|it's|it) always (about (you|u|yourself)|(about )?what (you|u) (want|wanna|feel like))|(everything|it) (always )?(has|have) to be about (you|u|yourself)|everything('s| is) (always )?about (you|u|yourself)",
  ),
  // "it's the same story every time with you", "always the same excuses"
  rule(
    "generalization",
    "(it's|it is|always|every time it's) the same (old )?(thing|story|excuses?|routine|pattern|song and dance|crap|drama|bullshit|nonsense|lies)\\b[^.!?]{0,20}?\\b(every (single )?time|with (you|u)|from (you|u)|over and over)|always the same (old )?(thing|story|excuses?|routine|crap|drama|lies) (with|from) (you|u)",
  ),
  // "you keep doing this", "you keep lying to me"
  rule(
    "generalization",
    "(you|u) (just )?keep (on )?(doing (this|that|it)|lying|forgetting|ignoring|cancell?ing|canceling|breaking|letting (me|us) down|putting me down|interrupting|bringing (it|this|that) up|making excuses|making promises|promising|disappearing|walking away|shutting me out|pushing me away|choosing)\\b",
    { when: (c) => !laughs(c.text) },
  ),
  // "Every Christmas it's the same, you find something to be offended about."
  rule(
    "generalization",
    "every (single )?(christmas|easter|summer|winter|year|birthday|anniversary|holiday|morning|evening|day|week|month|visit|trip|family (event|dinner|do|gathering)|date night|date|meal|party|handover|payday|time we (go|come|see|visit|have|try|talk|argue)) [^.!?]{0,40}?\\b(you|u)\\b",
    {
      when: (c) => {
        if (laughs(c.text) || WARM.testSlice(c.text, c.sentence.start, c.sentence.end))
          return false;
        // the writer's own plan or habit: "I'll show you my payslips every month"
        if (/\bi\b/.test(c.text.slice(c.sentence.start, c.start))) return false;
        if (/\bfrom now on\b/.test(c.text.slice(c.start, c.sentence.end))) return false;
        return (
          !POSITIVE_AFTER_ALWAYS.testSlice(c.text, c.end, c.sentence.end) &&
          !WARM_AFTER.testSlice(c.text, c.end, c.sentence.end)
        );
      },
    },
  ),
  // a counterfactual about their habit: "if you didn't go through my phone every night"
  rule(
    "generalization",
    "if (you|u) (didn't|wouldn't|weren't|did not|would not|were not) ([^.!?,]{0,40}?\\b(every (single )?(time|day|night|week|morning|evening|weekend)|whenever|constantly|all the time|24/7)|always)\\b",
    {
      negatable: false,
      // with the consequence it is blamed for: "... I wouldn't need a second one"
      when: (c) => {
        const sentence = c.text.slice(c.sentence.start, c.sentence.end);
        return (
          !laughs(c.text) &&
          !WARM.test(sentence) &&
          /\b(?:wouldn'?t|would not|'?d never|would never|none of this|couldn'?t)\b/.test(sentence)
        );
      },
    },
  ),
  // a habit in a relative clause: "you're the one who never lets anyone speak", "a brat who's never worked"
  rule(
    "generalization",
    "(you're|you are|you were|ur) (just |always |literally )?(a|an|the) [a-z' -]{1,30}?\\bwho('s| is| has|'ve| have)? (never|always|constantly)\\b",
    {
      negatable: false,
      when: (c) => {
        if (laughs(c.text) || WARM.testSlice(c.text, c.sentence.start, c.sentence.end))
          return false;
        // "who never judges" -> "never judge": the lists are in the base form
        const after = c.text
          .slice(c.end, c.sentence.end)
          .replace(/^(\s*)([a-z]{2,}[^s])s\b/, "$1$2");
        return /(?:never|constantly)$/.test(c.text.slice(c.start, c.end))
          ? !POSITIVE_AFTER_NEVER.test(after)
          : !POSITIVE_AFTER_ALWAYS.test(after) && !WARM_AFTER.test(after);
      },
    },
  ),
  // "You're a gossip. Always have been, always will be."
  rule("generalization", "(always|never) (have|has) been|always will be", {
    negatable: false,
    when: (c) => {
      if (laughs(c.text)) return false;
      const inSentence = c.text.slice(c.sentence.start, c.start);
      // "You're a gossip, always have been."
      if (/,\s*$/.test(inSentence)) return VERDICT.test(inSentence);
      if (/[a-z0-9]/.test(inSentence)) return false;
      const before = c.text.slice(Math.max(0, c.sentence.start - 80), c.sentence.start);
      const prev = /[^.!?]*[.!?\s]*$/.exec(before)?.[0] ?? "";
      return VERDICT.test(prev);
    },
  }),
  // "Every time money comes up you change the subject."
  rule(
    "generalization",
    "every (single )?time (?!(i|i'm|im|you|u|we)\\b)[a-z' ]{1,40}?,? (you|u)('re| are)? [a-z]+",
    {
      when: (c) => {
        if (laughs(c.text) || WARM.testSlice(c.text, c.sentence.start, c.sentence.end))
          return false;
        const m = c.text.slice(c.start, c.end);
        // the first clause is not about the writer or them ("every time I ...", "every time you ...")
        if (/^every\s+(?:single\s+)?time\s+(?:i|i'?m|you|u|we)\b/.test(m)) return false;
        if (WRITER_ACT_LAST.testSlice(c.text, c.clauseFrom, c.start)) return false;
        // ... and names a bad habit: "you change the subject", "you freak out"
        return namesBadHabit(c, m);
      },
    },
  ),
  // "every time I go out it's the same thing"
  rule(
    "generalization",
    "every (single )?time [^.!?]{1,40}?(it's|it is|its) the same (old )?(thing|story|routine|drama|argument|fight|questions|interrogation)",
    { when: (c) => /\b(?:you|u|your|ur)\b/.test(c.text) && !laughs(c.text) },
  ),
  // "every time it's your weekend there's some drama": a recurring turn of theirs
  rule(
    "generalization",
    "every (single )?time (it's|it is) (your|ur) (turn|weekend|night|day|go|job|week)\\b",
    { when: (c) => !laughs(c.text) && !WARM.testSlice(c.text, c.sentence.start, c.sentence.end) },
  ),
  // "Not once in eight years have you asked about my work", "not once have you said sorry"
  rule(
    "generalization",
    "not (even )?once (in|during|throughout|in all|for) [^.!?,]{0,40}?(have|has|did|do) (you|u)\\b|not (even )?once (have|has) (you|u)\\b",
    {
      negatable: false,
      notFollowedBy: /^\s*(?:(?:ever|even|once)\s+)?(?:heard|seen|caught|had to)\b/,
      // "not once have you let me down" praises
      when: (c) =>
        !/^\s*(?:(?:ever|even|once|actually)\s+)?(?:let (?:me|us) down|forgotten|failed|missed|complained|judged|given up|disappointed|hesitated|raised your voice|lost your temper|hit|hurt me|lied|cheated|stopped|made me feel (?:small|stupid|bad))\b/.test(
          c.text.slice(c.end, c.sentence.end),
        ),
    },
  ),
  // a habit coordinated with a "you" clause: "you take and take and never give anything back"
  rule("generalization", "(and|but|yet|and yet) (always|never) [a-z]+", {
    negatable: false,
    when: (c) => {
      const before = c.text.slice(c.sentence.start, c.start);
      // the subject of the coordinated verb is "you": no other subject since the last "you"
      const m =
        /\b(?:you|u)\s+(?!know\b)[a-z]+\b(?:(?!\b(?:i|i'?m|he|she|they|we|it|who|that|which|and then)\b)[^,;:.!?])*$/.exec(
          before,
        );
      if (!m || /\b(?:if|when|whether)\s+$/.test(before.slice(0, m.index))) return false;
      if (laughs(c.text) || WARM.testSlice(c.text, c.sentence.start, c.sentence.end)) return false;
      const head = /^(?:and|but|yet|and\s+yet)\s+(always|never)/.exec(c.text.slice(c.start, c.end));
      const after = c.text.slice(c.start + (head?.[0].length ?? 0), c.sentence.end);
      if (head?.[1] === "never")
        return (
          !POSITIVE_AFTER_NEVER.test(after) &&
          (!BOUNDED_AFTER.test(after) || HABIT_SPAN.test(after))
        );
      return !POSITIVE_AFTER_ALWAYS.test(after) && !WARM_AFTER.test(after);
    },
  }),
  // a bad habit with a trigger: "you freak out whenever money comes up", "you explode the minute I ..."
  rule(
    "generalization",
    `(if (you|u) (didn't|wouldn't) |(you|u) (always |constantly |just |have to |'d |would |will |'ll )?)(${BAD_HABIT})\\b[^.!?]{0,30}?\\b(whenever|every (single )?time|any ?time|each time|the (second|minute|moment) (i|we|someone|anyone|something|anything|it|your|my|they|he|she|there's|things))\\b`,
    { when: (c) => !laughs(c.text) },
  ),
  // "the constant digs", "all the endless nagging"
  rule(
    "generalization",
    "(the|all the|these|those|all these|all those|with the|with your) (constant|endless|continual|incessant|non-?stop|perpetual|never[- ]ending) (digs|jabs|nagging|criticism|criticising|criticizing|comments|remarks|lies|lying|excuses|questions|questioning|complaints|complaining|moaning|whining|sniping|put-?downs|insults|accusations|checking|interruptions|sarcasm|jealousy|guilt trips|lectures|demands|cancelling|canceling|lateness|suspicion|snide|shouting|yelling|arguing|texting)\\b",
    { when: (c) => /\b(?:you|u|your|ur)\b/.test(c.text.slice(c.sentence.start, c.sentence.end)) },
  ),
  // --- round 2 ---
  // a trigger clause, then their bad habit: "whenever I bring it up, you change the subject",
  // "the minute money comes up you get defensive"
  rule(
    "generalization",
    "(whenever|each time|any time|anytime|the (second|minute|moment)) [a-z' ]{1,40}?,? (you|u)('re| are)? [a-z]+",
    {
      when: (c) => {
        if (laughs(c.text) || WARM.testSlice(c.text, c.sentence.start, c.sentence.end))
          return false;
        const m = c.text.slice(c.start, c.end);
        // the first clause is not itself about them ("whenever you ...")
        if (/^\S+\s+(?:(?:second|minute|moment|time)\s+)?(?:you|u)\b/.test(m)) return false;
        if (WRITER_ACT_LAST.testSlice(c.text, c.clauseFrom, c.start)) return false;
        // a request or a promise: "whenever you're ready", "let me know whenever you want"
        if (
          /\b(?:let me know|call me|text me|tell me|i'?ll|i will|we can|feel free)\b/.test(
            c.text.slice(c.sentence.start, c.start),
          )
        )
          return false;
        return namesBadHabit(c, m);
      },
    },
  ),
  // all they ever do: "all you ever do is complain", "you do nothing but criticise",
  // "no matter what I do, you find fault"
  rule(
    "generalization",
    "all (you|u) (ever )?(do|did|seem to do) is [a-z]+|(you|u) (do|did) nothing but [a-z]+|no matter what (i|we) (do|say|try|did|said),? (you|u)('re| are|'ll| will)? [a-z]+",
    {
      negatable: false,
      when: (c) => {
        if (laughs(c.text) || WARM.testSlice(c.text, c.sentence.start, c.sentence.end))
          return false;
        const m = c.text.slice(c.start, c.end);
        const verb = /[a-z]+$/.exec(m)?.[0] ?? "";
        const after = c.text.slice(c.end - verb.length, c.sentence.end);
        if (/^no matter/.test(m))
          // "no matter what I do, you'll always be my sister": a bond, not a complaint
          return (
            /^(?:never|find|pick|complain|moan|criticise|criticize|blame|twist|ignore|say|tell|act|make|turn|get|go|always|just|still|can'?t|won'?t|don'?t|aren'?t|ain'?t|keep)$/.test(
              verb,
            ) &&
            !/^\s*(?:always|still|will|'ll)\s+(?:be|love|have)\b/.test(after) &&
            !POSITIVE_AFTER_ALWAYS.test(after.replace(/^\s*(?:always|still|just)\s+/, ""))
          );
        return !POSITIVE_AFTER_ALWAYS.test(after) && !WARM_AFTER.test(after);
      },
    },
  ),
  // --- round 3 ---
  // a habit adverb: "without fail, you cancel", "you're late like clockwork"
  rule(
    "generalization",
    "(without fail|like clockwork|without exception|invariably|unfailingly),? (you|u)('re| are|'ll| will)? [a-z]+|(you|u|you'?re|u'?re|you are) ([a-z']+,? ){1,4}(without fail|like clockwork|without exception)\\b",
    {
      unless: YES_NO_QUESTION,
      when: (c) => {
        const m = c.text.slice(c.start, c.end);
        const you = /\b(?:you|u)(?:'?re| are)?\s/.exec(m);
        return !kindAfter(c, c.start + (you ? you.index + you[0].length : 0));
      },
    },
  ),
  // none without it: "there isn't a single argument where you don't bring up my ex",
  // "not a day goes by without you moaning"
  rule(
    "generalization",
    "(there (isn't|wasn't|hasn't been|'s not|is not|was not|'s never been|has never been|'s never|was never)|not) (a|one) (single )?(argument|row|fight|conversation|discussion|disagreement|day|week|weekend|month|night|morning|evening|visit|dinner|meal|holiday|christmas|birthday|party|family (do|event|dinner|gathering)|time|trip|date|meeting|phone call|call) (goes by |went by |passes |passed )?(where|when|that|in which|without) (you|u)\\b",
    {
      negatable: false,
      when: (c) => {
        if (laughs(c.text) || WARM.testSlice(c.text, c.sentence.start, c.sentence.end))
          return false;
        const rest = c.text.slice(c.end, c.sentence.end);
        if (thanked(c.text) || NICE.test(rest)) return false;
        // "where you don't ...", "without you ...ing": their habit, and not a kind one
        const m =
          /^\s*(?:(?:don'?t|didn'?t|do not|did not|won'?t|can'?t|fail to|forget to|manage to|end up|have to|find a way to)\s+([\s\S]*)|([a-z]+ing\b[\s\S]*))$/.exec(
            rest,
          );
        return m !== null && !POSITIVE_AFTER_ALWAYS.test(m[1] ?? m[2] ?? "");
      },
    },
  ),
  // a recurring thing, then their habit: "every word I say, you twist", "every single deadline, you leave me to it"
  rule(
    "generalization",
    "every (single |little |last )?(word|idea|suggestion|plan|decision|choice|request|question|mistake|penny|pound|comment|text|message|attempt|effort|point|thing) (i|we) [a-z']+( [a-z']+)?,? (you|u) [a-z]+|every (single |last )?(deadline|bill|chore|argument|row|fight|disagreement|problem|payment|appointment|commitment|arrangement|family (do|event|dinner|gathering)|school (event|play|trip|run)|match|game|handover),? (you|u) [a-z]+",
    {
      when: (c) => {
        // opens its clause: "I read every word you wrote" is the writer's act
        if (/[a-z]/.test(c.text.slice(c.clauseFrom, c.start))) return false;
        const m = c.text.slice(c.start, c.end);
        const verb = c.start + m.search(/[a-z]+$/);
        return (
          !kindAfter(c, verb) &&
          !/^(?:are|were|was|is|have|had|will|'ll|can|could|would|should|might|may|mean|meant|said|say|know|deserve|need)\b/.test(
            c.text.slice(verb, c.end),
          )
        );
      },
    },
  ),
  // a bad habit over every small thing: "you lose it over every tiny thing", "nagging me about every little thing"
  rule(
    "generalization",
    `(if (you|u) (didn't|wouldn't) |(you|u) (always |constantly |just |'d |would |'ll |will )?)(${BAD_HABIT}|nag|fuss|obsess|go on|harp on|fight|argue|get (angry|upset|mad|worked up|wound up|stressed|funny|arsey|defensive)|freak out|stress|panic)( (me|at me|with me|on at me))? (over|about|at|on|with|because of|for) (every|the (slightest|smallest|tiniest|least)|any) (single |little |tiny |last |small |minor |damn |bloody |stupid |silly )*(thing|detail|mistake|word|comment|remark|problem|issue|setback|change|criticism|noise|penny|mess|delay)\\b`,
    {
      unless: YES_NO_QUESTION,
      when: (c) => !laughs(c.text) && !WARM.testSlice(c.text, c.sentence.start, c.sentence.end),
    },
  ),
  // "you turn every conversation into a fight", "you treat every question like an attack"
  rule(
    "generalization",
    "(you|u) (always |constantly |just |somehow |manage to )?(turn|turns|treat|treats|make|makes) every (single |little )?(conversation|discussion|argument|disagreement|chat|talk|question|comment|request|mistake|thing|situation|problem|issue|evening|night|occasion|holiday|event|dinner|meal|decision|plan) (into|like|as) ((a|an|some (kind|sort) of) )?(fight|argument|row|battle|war|competition|contest|trial|interrogation|cross[- ]examination|debate|lecture|drama|crisis|joke|power struggle|negotiation|attack|personal attack|insult|catastrophe|scene|big deal|point[- ]scoring)\\b|(you|u) (always |just )?make every (single |little )?(conversation|discussion|argument|thing|situation|problem|decision|plan) about (you|u|yourself)\\b",
    { unless: YES_NO_QUESTION, when: (c) => !laughs(c.text) },
  ),
  // "you haven't kept a single promise", "you've not come to one single match"
  rule(
    "generalization",
    "(you've not|you haven't|you hasn't) (once |even |ever |actually )*(kept|paid|made|attended|been to|come to|gone to|turned up (to|for|at)|shown up (to|for|at)|remembered|honou?red|stuck to|met|followed through on|cooked|cleaned|booked|organi[sz]ed|planned|sorted) (a single|one single) (promise|bill|payment|deadline|match|game|appointment|birthday|anniversary|recital|play|session|meeting|commitment|chore|meal|dinner|school run|pick-?up|parents' evening|visit|weekend|holiday|plan|date|assembly|concert|training)\\b(?! (late|early|on time))",
    { unless: YES_NO_QUESTION, negatable: false, when: (c) => !laughs(c.text) },
  ),
  // a tail that makes it a habit: "u don't hear a single thing I say, ever", "you're the one who forgets, ever"
  rule("generalization", "ever", {
    negatable: false,
    sentenceEnd: true,
    when: (c) => {
      if (laughs(c.text) || thanked(c.text)) return false;
      if (!EVER_BEFORE.testSlice(c.text, c.sentence.start, c.start)) return false;
      // not a kind "never": "you never let me down, ever"
      const before = c.text.slice(c.sentence.start, c.start);
      const neg = /\b(?:don'?t|do not|didn'?t|did not|never|can'?t|cannot|fail to|fails to)\s/.exec(
        before,
      );
      return !neg || !POSITIVE_AFTER_NEVER.test(before.slice(neg.index + neg[0].length));
    },
  }),
];

generalization.push(
  // "you never know when to stop"
  rule(
    "generalization",
    "(you|u) (never|don't ever) know when to (stop|quit|shut up|leave it|let (it|things) go|back off)",
  ),
  // "You're incapable of being honest about anything."
  rule(
    "generalization",
    "(you're|you are|ur) (completely |totally |just |simply )?incapable of (being|telling|keeping|listening|saying|admitting|taking)\\b",
  ),
  // "You're late every single weekend", "you leave every single mess for someone else": the
  // hyperbolic "every single" about the other's conduct (not "you ring me every single day and
  // I love it")
  rule(
    "generalization",
    "(you|u)('re| are| r)?( [a-z']+){1,5}? every single (day|night|week|weekend|morning|evening|month|year|mess|thing|one|chance|opportunity)\\b",
    {
      notInQuestion: true,
      // "you" the subject ("I miss you so much every single day" is the writer's)
      notPrecededBy:
        /\b(?:about|miss|love|see|with|for|to|at|tell|call|text|thank|need|want|hug|kiss|of|and)\s+$/,
      when: (c) =>
        !WARM_AFTER.testSlice(c.text, c.end, c.sentence.end) &&
        !/\b(?:love|lovely|sweet|kind|thank|thanks|grateful|proud|amazing|best)\b/.test(
          c.text.slice(c.sentence.start, c.sentence.end),
        ),
    },
  ),
);
