import { check } from "../../check.ts";
import { ADV, STATE } from "../../lexicon.ts";
import { messageTest, type Rule, type RuleContext, rule, test } from "../../rule.ts";
import { hasApologyContext } from "../apology/regret.ts";

// --- excuse -----------------------------------------------------------------------

export const excuse: Rule[] = [
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
    `i only \\w+ [^.!?]{0,40}?because (?!((you|u|your|of you|ur)\\b|i (care|love|was worried|worry|wanted to (help|know|check))|i (knew|know|thought|figured|was sure) (you|u)))`,
    { tag: "strong" },
  ),
  rule(
    "excuse",
    `the only reason i [^.!?]{0,40}? (is|was) (that |because )?(?!(you|u|your|of you|ur|you'd|you were|you're)\\b)`,
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "i (had|have) no (other )?(choice|option)|i (had|have) no way (out|of getting out of it|of avoiding it|around it)|i didn't have (a|any|much) choice|what (else )?(was|am) i (supposed|meant|expected) to do|what choice did i have",
    // "what am I supposed to do with the leftover paint?" is a practical question; "I've
    // apologised ten times, what else am I supposed to do?" pushes for forgiveness
    {
      tag: "strong",
      notFollowedBy: test("(with|about|for|tonight|tomorrow|here|there)\\b", "start"),
      unless: test("(apologi[sz]ed|said sorry|said i'm sorry|say sorry|saying sorry)"),
    },
  ),
  rule(
    "excuse",
    "(everyone|everybody|anyone|anybody|all my friends|all of them|people) (does|do|did|would have|would've) (it|that|the same)|(anyone|anybody|most people) (would have|would've|'d have|would) (cracked|snapped|caved|broken|given in|lost it|panicked|done the same)\\b",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(everyone|everybody|all (guys|men|women|couples|my mates|my friends)|most people|loads of people|lots of people|half the people i know) (?!(feels|gets|needs|deserves|makes mistakes|struggles|has|wants|loves|cries|hurts)\\b)(\\w+s|do|does) [^.!?]{0,40}?\\b(sometimes|a (bit|little)|now and then|from time to time|occasionally|these days|at work|at some point|all the time|after a (few|couple of) (drinks|beers|pints)|when (they're|they are|they've been) (drunk|tired|stressed|drinking)|in the heat of the moment)\\b",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(it's|it is|it was|it isn't|it wasn't) not (like|as if) (i|it) (was|is|did|meant|planned|wanted|tried|intended)\\b(?! to (fall|love|meet))|it (wasn't|isn't|was not|is not) (like|as if) (i|it) (was|is|did|meant|planned|wanted|tried|intended)\\b(?! to (fall|love|meet))",
    { tag: "strong", negatable: false },
  ),
  rule(
    "excuse",
    "i (just |really |simply |clearly |obviously )?(wasn't|was not) (myself|thinking( straight| clearly)?|in my right mind)",
    {
      tag: "strong",
      negatable: false,
    },
  ),
  rule(
    "excuse",
    "(the )?(meds|medication|pills|alcohol|drink|booze|drugs|stress|hormones|tiredness|lack of sleep|exhaustion|pressure) (made|make|makes|got|get|had) me",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(was|were) (always |inevitably )going to (happen|slip through|go wrong|fall through|get missed)|(was|were|is|it's) (perhaps |probably |almost |kind of |sort of |maybe |frankly )?(inevitable|bound to happen|unavoidable|understandable given)",
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
    `(but|though|only) i( was|'d been| had been| have been|'ve been| am|'m) ${ADV}${STATE}`,
    { tag: "strong" },
  ),
  // "I was tired and hungry, that's why I snapped"
  rule(
    "excuse",
    `${STATE}[^.!?]{0,40}?\\b(that's why|which is why|that's the reason|and that's how) (i|it (slipped|went|got))\\b`,
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "work (has been|was|had been|is|'s been) (so |really |completely |just )?(crazy|insane|mad|hectic|manic|a nightmare|full on|nuts|intense|overwhelming|busy|chaotic)",
    { tag: "state" },
  ),
  rule(
    "excuse",
    "(everyone|everybody|all my (friends|mates|colleagues)|half the office|people) (at work |i know |else |(at|in) (that|the|this|my|our) [a-z]+ )?(does|do|did) (it|that|this)\\b",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    `(that's|that is|that was|which is|it was) the only reason i|(work|the job|my boss|life|the kids|everything) (had|got|left|made) me (so |completely |totally |really )?(${STATE.slice(1, -1)}|frazzled|frantic|wound up|on edge)`,
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(how much|the amount of|all the|so much|the kind of) (pressure|stress) i( was| am|'m| had been|'d been| was under| am under|'ve been under)",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(the )?(traffic|train|trains|bus|buses|tube|weather|roads?|queue|meeting|battery|signal|wifi|alarm)[^.!?]{0,40}?\\b(that's why|which is why|that's the reason|so that's why) i",
    { tag: "strong" },
  ),
];

// --- causes in more wordings (constructions, not strings) ---------------------------------

const alt = (...xs: string[]) => `(${xs.join("|")})`;
/** Something that failed the writer: "the babysitter cancelled", "my shift ran over". */
const CIRCUMSTANCE = `((the|my|our|a) )?(babysitter|sitter|nanny|childminder|car|train|trains|bus|buses|tube|flight|plane|alarm|phone|battery|laptop|client call|client|meeting|call|shift|traffic|taxi|lift|boss|deadline|roads|wifi|internet|signal|satnav|sat nav|brakes|new job|rota)( on (that|the|my) \\w+)?( (round|around) here| today| this morning| again)? (got |had |just |literally )?(cancell?ed|wouldn't start|won't start|broke down|died|ran (late|over|on|\\w+ hours over)|overran|went (dead|flat|on and on)|got (cancell?ed|delayed|stuck|held up)|(was|were|are|is) (late|delayed|cancell?ed|running late|gridlocked|dead|brutal|dodgy|mental|insane|manic|rammed|(a )?(total |complete |absolute )?(nightmare|joke|disaster|mess|chaos|hell|shambles))|(is|was) eating me alive|bailed|sent (us|me) round|didn't (go off|show|turn up|charge|work)|kept me (late|back|behind|there))\\b`;
/** The writer's own state or load, worded as a cause. Each alternative starts on a literal word. */
const LOAD_PARTS = [
  "(the|my|our) (kids|baby|son|daughter|little one|youngest|eldest) (was|were|got|had been|have been|'d been) (poorly|ill|sick|unwell|off school|up all night|playing up)",
  "i( was|'d been| had been|'ve been| have been) (running|surviving|living) on (\\w+' ){0,3}(sleep|empty|fumes|coffee)",
  "i('d| had| have|'ve)( only)? (barely|hardly|not|only just) slept",
  "i (hadn't|had not|haven't|have not) (slept|had (any |much )?sleep)",
  "i( was|'d been| had been|'ve been| have been) (covering|working|doing|pulling|on) (a |an )?(double|extra|late|night|long|\\d+[- ]hour|twelve[- ]hour|back[- ]to[- ]back|overtime|nights|two jobs|three jobs|\\d+ jobs)",
  "i( was|'d been| had been| got) stuck (at work|in traffic|on (a|the) train|in (a|the) meeting|at the office|on a call|late at work)",
  "i('ve| have|'d| had)( had)? back[- ]to[- ]back (meetings|calls|shifts|deadlines)",
  "i('ve| have|'d| had) been working (\\d+|long|crazy|silly|mad|ridiculous|insane|non-?stop|double|all|every|late|twelve|fourteen)",
  "(haven't|hadn't|didn't|have not|had not) (had |have )?(time|a (minute|second|moment)) to (breathe|think|stop|sleep|eat)",
  "i('ve| have|'d| had)( got| had)? (a lot|a lot of stuff|so much|loads|tons|a ton|too much|such a lot) (going on|on my plate|to deal with)",
  "my head('s| is| was| has been|'s been| had been) (all over the place|everywhere|a mess|somewhere else|elsewhere|not in it)",
  "i('d| had) had (a|an|such a|the) (\\w+ )?(long|awful|horrible|terrible|bad|rough|hard|stressful|shit|crap|crappy|nightmare|brutal|manic|hellish|exhausting|draining|worst) (day|week|night|shift|month|year)",
  "i('d| had) had (a few|a couple|a couple of|too many|two|three|four|some|several|one too many)( drinks| glasses| pints| beers| wines| glasses of \\w+| bottles)?\\b",
  "i was (in a (rush|hurry)|rushing|snowed under|run off my feet|up to my eyes)",
  "i('d| had) been up (since|all night|until|till|at) ",
  "i('d| had|'ve| have) been (on my feet|at work|working|driving|travelling|on shift|awake|on the road) (for|since|all) ",
  "i('d| had) had (a skinful|a few too many|one too many|a few drinks|a few)\\b",
  "(a million|so many|too many|a hundred|loads of) things (on my mind|going on)|my (mind|head) was (elsewhere|somewhere else|all over the place)",
  "(didn't|did not|don't|haven't) (have|had) the (headspace|bandwidth|energy|capacity|time)\\b",
  "(too much|one too many|a few too many) (wine|to drink|drinks|beer|beers|booze|prosecco|whisky|vodka|pints)\\b",
  "(work|the kids|my boss|the baby|everything|my job|the job|my mum|my dad)( had| kept| has|'s| has been)( got)? me (running around|run ragged|busy|on the go|tied up|flat out|up (all night|at night)|so busy|rushed off my feet)",
  "i('m| am| was) under (so much|a lot of|loads of|huge|massive|a ton of|enormous|such) (stress|pressure)",
  "(it's|it has|it had)( just)? been (such |so |really |an? |the |absolutely |completely |bit of a )*(mad|crazy|insane|manic|hectic|mental|brutal|awful|horrible|terrible|rough|tough|stressful|nightmare|chaos|chaotic|hell|relentless|full[- ]on|nuts|overwhelming|worst)\\b",
  "(the|this|that|last) (week|month|year|day|weekend|night|shift|morning|fortnight)( had| has|'s| just)?( been| was) (such |so |really |an? |the |absolutely |completely |total |bit of a )*(mad|crazy|insane|manic|hectic|mental|brutal|awful|horrible|terrible|rough|tough|stressful|nightmare|chaos|chaotic|hell|relentless|full[- ]on|nuts|overwhelming|worst)\\b",
  "(work|things|life|the job|my job|home|everything)( has been|'s been| had been| was| is|'s) (so |really |just |completely |absolutely |totally |a bit |such )*(crazy|insane|mad|hectic|manic|mental|brutal|a nightmare|full[- ]on|nuts|intense|overwhelming|chaotic|chaos|hell|relentless|non-?stop)\\b",
  "(the |all the )?(pressure|stress|workload|grief|exhaustion)( at work| of \\w+)? (got to me|got on top of me|got the better of me|took its toll)",
  "(it|everything|it all) (just )?got (too much|on top of me|to me)",
  `(my|the) ${"(shift|meeting|call|client call|appointment)"} (ran|went) (over|late|on)`,
];
const LOAD = alt(...LOAD_PARTS);
// "... that's no excuse", "not that it excuses anything": the cause is disowned (explanation)
const DISOWNED = check(
  /\bexcus(?!(?:es|e)?,?\s+but\b)|doesn'?t make (it|that|this|what i did|lying|it any) ?(ok|okay|right|alright|better)|no justification/,
);
// the message owns the act: a plain cause then explains rather than excuses
const OWNED =
  /\b(on me|my (own )?fault|my (choice|decision|responsibility|doing)|i take (full |complete )?responsibility|i own (it|that|this)|wrong of me|i was wrong|(that|it|this) was (so |really |completely )?(wrong|cruel|unfair|selfish))\b/;
// the writer's failure or apology that the cause is offered for
const FAILURE =
  /\b(i (just |totally |completely |simply |literally |honestly |genuinely |clean |actually |really )?(forgot|missed|couldn'?t|could not|didn'?t|did not|never|wasn'?t able|was late|overslept|lost track|ran late|was short|snapped|lost my temper|bailed|skipped|cancell?ed)|slipped my mind|fell through the cracks|sorry,? (i|for|about|that|if)|i'?m (so |really |very )?sorry|apologi[sz]e (for|that|if)|apologies for)\b/;
const hasFailure = messageTest(FAILURE);
const isOwned = messageTest(OWNED);
// the writer's own act is in the message: "I broke it, it was an accident"
const ownAct = messageTest(
  /\b(i (didn'?t mean|\w+ed|broke|hit|knocked|spilt|spilled|deleted|said|did|lost|forgot|hurt|took|sent|told)|sorry)\b/,
);
const around = (c: RuleContext) =>
  c.text.slice(Math.max(0, c.sentence.start - 200), Math.min(c.text.length, c.sentence.end + 200));
// "sorry I'm late, train was delayed": a notice about now, not a justification
const NOTICE = check(
  /\b(can'?t|cannot|won'?t be able to|not able to) (make|come|do)\b|\b(i'?m|i am|i'?ll be|i will be|running|be home|be back) (a (bit|little) )?(late|behind)\b|\bon my way\b|\bi'?ll be (home|there|back) (in|at|by|soon)/,
);
// "it's been a rough week for you / for me too": sympathy or a counter-complaint, not a cause
const FOR_WHOM = test("(\\w+ ){0,3}(for|on) (me|you|u|us|both of us|everyone)\\b", "start");
const notDisowned = (c: RuleContext) => !DISOWNED.test(around(c));
const causeOk = (c: RuleContext) =>
  notDisowned(c) && !NOTICE.testSlice(c.text, c.sentence.start, c.sentence.end);
const BAD_TIME =
  "(mad|crazy|insane|manic|hectic|mental|brutal|awful|horrible|terrible|rough|tough|stressful|nightmare|chaos|chaotic|hell|relentless|full[- ]on|nuts|overwhelming|worst|hard|difficult|long|busy)";
// "but", "though", "it's just that" right before a cause: the form itself excuses
const LEAD_BEFORE = check(
  /\b(?:but|though|although|(?:it'?s|it is) (?:just|only) that|only that|just that)\s+(?:(?:honestly|to be honest|tbh|you know|like|look|also|then|again|obviously),?\s+)?$/,
);

excuse.push(
  // "it's just been a mad week", "it's only been a rough month"
  rule("excuse", `it's (just|only) been (a |an |such a |so |the |really )*(\\w+ )?${BAD_TIME}\\b`, {
    tag: "strong",
    when: notDisowned,
  }),
  // "it's only because my boss kept me late" (not "because I love you", not "because you ...")
  rule(
    "excuse",
    "(it's|it was|that's|that was) (just |only |simply )because (?!((you|u|your|ur|of you)\\b|i (love|care|miss|want|worry|wanted)))",
    { tag: "strong", when: notDisowned },
  ),
  // "... but the babysitter cancelled", "but I was running on three hours' sleep"; or a cause
  // given for the writer's own failure, not owned: "I didn't call, my shift ran over"
  rule("excuse", `${CIRCUMSTANCE}|${LOAD.slice(1, -1)}`, {
    tag: "strong",
    notFollowedBy: FOR_WHOM,
    when: (c) =>
      causeOk(c) &&
      (LEAD_BEFORE.testSlice(c.text, Math.max(c.sentence.start, c.start - 48), c.start) ||
        (hasFailure(c.text) && !isOwned(c.text))),
  }),
  // otherwise a cause: an explanation when owned, an excuse when other warnings surround it
  rule("excuse", `${CIRCUMSTANCE}|${LOAD.slice(1, -1)}`, {
    tag: "state",
    notFollowedBy: FOR_WHOM,
    when: causeOk,
  }),
  // "what with the move and everything"
  rule(
    "excuse",
    "what with (the|my|all|everything|work|his|her|our|this|that|me|him|mum|dad|\\w+ing)\\b",
    {
      tag: "strong",
      negatable: false,
      // offered for a failure ("... I never got round to telling you"), not "what with the rain, we stayed in"
      when: (c) => notDisowned(c) && hasFailure(c.text),
    },
  ),
  // "there was literally nothing I could do", "my hands were tied", "it was the only way"
  rule(
    "excuse",
    "(there (was|really was|'s|is) )?(literally |absolutely |just |really |honestly |genuinely |simply )?nothing (else )?(i|we) could (have |'ve |of )?(do|done)\\b(?! to (make|fix|undo|repair|help|take|change|put))|(there was|i had) no other (way|option|choice)|my hands were tied|(it|that) was (completely |totally |just )?(out of my (hands|control)|beyond my control)|(it|that) (really |honestly |just |genuinely )?(was|seemed) the only (way|option|choice|thing i could do)|it had to be done",
    { tag: "strong", negatable: false },
  ),
  // "I literally couldn't leave", "I just couldn't get away", "I couldn't say no"
  rule(
    "excuse",
    "i (literally |just |really |simply |honestly )?(couldn't|could not|couldnt) (get away|leave|get out|say no|get (there|out of it)|do anything( about it)?)\\b(?! (you|u|him|her|them|without))",
    { tag: "strong", negatable: false, when: notDisowned },
  ),
  // "anyone would have done the same (in my position)"
  rule(
    "excuse",
    "(anyone|anybody|everyone|everybody|any (man|woman|person|parent|guy|one of us)|most people)( else)?( in my (position|shoes|situation|place))? would (have|'ve|of) (done|reacted|said|felt) (the same|it|that|exactly the same)",
    { tag: "strong" },
  ),
  // "everyone tells them", "loads of dads miss sports day", "everyone on the team cuts corners"
  rule(
    "excuse",
    "(everyone|everybody|loads of \\w+|lots of \\w+|plenty of \\w+|tons of \\w+|most (people|guys|men|women|couples|dads|mums|parents|husbands|wives)|half (of )?(the )?(people|guys|men|women|office|team))( else)?( (in|at|on) (that|the|my|this|our) \\w+| i know| at work)? (tells|tell|misses|miss|forgets|forget|flirts|flirt|fibs|fib|lies|lie|cheats|cheat|snoops|snoop|skips|skip|cancels|cancel|swears|swear|cuts|cut|fiddles|fiddle|pads|pad|exaggerates|exaggerate|puts|put|checks|check|looks at|look at|goes through|go through|texts|text|drinks|drink|claims|claim|bends|bend|stretches|stretch)\\b(?! (you|u|me|him|her|us|about you)\\b)",
    { tag: "strong", notInQuestion: true },
  ),
  // "that's just how I talk", "it's just the way I am"
  rule(
    "excuse",
    "(that's|it's|this is) (just |simply |only )?(how|the way|who) i (am|talk|speak|joke|was raised|was brought up|deal with (things|stuff|it)|cope|roll|express myself|do things)\\b|(the job's|the job is|a job's) (the job|a job)\\b",
    { tag: "strong" },
  ),
  // "in the heat of the moment", "people say stuff they don't mean when they're angry"
  rule(
    "excuse",
    "(in|it was|that was) the heat of the moment|(people|everyone|we all|anyone) (says?|do|does|said) (stuff|things) (they|we) don't mean|it was (just )?a moment of (madness|weakness)|(it|that) was the (drink|alcohol|wine|beer|booze|drugs|meds|stress|anger|tiredness) talking",
    { tag: "strong" },
  ),
  // "we were just trying to keep it small", "I just thought you'd find it funny"
  rule(
    "excuse",
    "(i|we) (was|were) (just|only|simply|merely) trying to (?!(help|be nice|protect)\\b)\\w+|i (just|only) (thought|assumed|figured) (you'd|you would|it would|it'd|it was|it's|you wouldn't|nobody would|no one would) (find it |be |think it was )?(funny|a laugh|a joke|harmless|fine|ok|okay|alright|no big deal|mind|care|notice)\\b",
    { tag: "strong", when: (c) => notDisowned(c) && !isOwned(c.text) },
  ),
  // "the timing was never right"
  rule(
    "excuse",
    "(the )?timing (was|wasn't|just wasn't|never (felt|seemed|was)|was never|was just never) (never )?(right|good|great)|there (was|never was) never a (good|right) (time|moment)|never (found|got|had) the (right|good) (time|moment)",
    { tag: "strong", negatable: false, when: notDisowned },
  ),
  // "you know what my job's like"
  rule(
    "excuse",
    "(you|u) know (what|how) (my job|work|my work|my boss|my shifts|my hours)('s| is| are)?( like| busy| crazy)?",
    {
      tag: "strong",
    },
  ),
  // "I was exhausted after the night shift, so yeah, I snapped": a state given as the cause of the act
  rule(
    "excuse",
    `i( was|'d been| had been) ${ADV}${STATE}( \\w+){0,4},? so (yeah,? |yes,? |obviously |of course )?i (just |kind of |sort of )?(snapped|shouted|yelled|lied|forgot|missed|said (yes|no|things|it|that)|didn't|did not|never|couldn't|left|went off|lost|took it out|hid|cheated|drank|blew up|cancell?ed|bailed|skipped|ignored|kicked off|was (short|rude|late|snappy|off|horrible|mean))\\b`,
    {
      tag: "strong",
      when: notDisowned,
    },
  ),
  // "I didn't know what I was saying"; "anyone would have"; "I had to."
  rule(
    "excuse",
    "i (didn't|did not|had no idea|barely knew) (know )?what i was (doing|saying)\\b(?! (was|would|could|to|when|at first|back then))|(anyone|anybody|everyone|any \\w+)( else)?( in my (position|shoes|situation|place))? would (have|'ve)(?=\\s*[.!,?;]|\\s*$)",
    { tag: "strong", negatable: false, when: notDisowned },
  ),
  // "with everything going on at work, I just didn't ..."
  rule(
    "excuse",
    "with (everything|all (that|this|the stuff|of this|of that)|so much|all this stuff)( that's| that was)? (going on|happening)",
    { tag: "strong", when: (c) => notDisowned(c) && hasFailure(c.text) },
  ),
  // "Sorry about last night. Long week." (a cause as a fragment)
  rule(
    "excuse",
    "(long|rough|hard|crazy|mad|manic|stressful|busy|awful|horrible|terrible|shit|bad|brutal|nightmare) (day|week|night|shift|month)(?=\\s*[.,;!]|\\s*$)",
    { tag: "state", sentenceStart: true, when: causeOk },
  ),
  // "you have to understand how much pressure I was under", "you have to remember I'd just lost my job"
  rule(
    "excuse",
    "(you have to|you've got to|you need to|you must|try to) (remember|understand|realise|realize|appreciate) (that )?(i('d| had| was)\\b|how (much (pressure|stress)|hard (it was|things were)|stressed i was|tired i was|busy i was|difficult (it was|things were))|what (i was (going through|dealing with|under)|was going on|i'd been (going through|through))|where i was at|the (pressure|stress|state) i was)",
    { tag: "strong", when: notDisowned },
  ),
  // "it was an accident"
  rule(
    "excuse",
    "(it|that) was (just |only |genuinely |honestly |purely |literally )?(an accident|accidental)\\b",
    {
      tag: "strong",
      // offered for the writer's own act ("I broke it, it was an accident"), not news about the dog
      when: (c) => notDisowned(c) && ownAct(c.text),
    },
  ),
  // "I was knackered and not thinking clearly, that's all."
  rule(
    "excuse",
    `i( was|'d been| had been) ${ADV}${STATE}[^.!?]{0,40}?\\b(that's all|that's it|simple as that|is all)(?=\\s*[.!]|\\s*$)`,
    { tag: "strong", when: notDisowned },
  ),
  // "people do stupid things when they're drunk", "I'm only human", "nobody's perfect"
  rule(
    "excuse",
    "(people|everyone|we all|anyone|everybody) (do|does|say|says|make|makes) (stupid|dumb|silly|crazy|daft) (things|stuff|mistakes) when|i('m| am) (only|just) human|(nobody|no one|noone)('s| is) perfect|(we all|everyone|everybody) makes? mistakes",
    {
      tag: "strong",
      // reassurance of the other ("nobody's perfect, don't beat yourself up"), or affection
      unless: test(
        "(don't|do not) (worry|beat)|(you're|you are) (\\w+ )?(human|fine|okay|ok|allowed)|it's (ok|okay|fine|alright)|love|haha|lol|photos?",
      ),
      when: notDisowned,
    },
  ),
  // "my ex messed me up, that's why I'm like this"
  rule(
    "excuse",
    "(that's|which is|and that's) (why|the reason) i('m| am) (like this|the way i am|how i am)",
    {
      tag: "strong",
      when: (c) =>
        notDisowned(c) && !/\b(you|u|your|ur)\b/.test(c.text.slice(c.sentence.start, c.start)),
    },
  ),
);

// --- round 2: constructions ------------------------------------------------------------------

/** Being drunk or high, as the writer's state. */
const INTOXICATED =
  "(drunk|hammered|wasted|smashed|pissed|plastered|legless|tipsy|wrecked|off my face|out of it|high|stoned|blind drunk|blackout drunk|blacked out|steaming|trolleyed|sloshed|tanked)";
/** The writer's own state or means, after "but": "but I was drowning", "but I was skint". */
const HARD_STATE =
  "(drowning|skint|broke|desperate|panicking|in a (panic|state|mess|bad way)|at (breaking point|the end of my tether|my wits' end|rock bottom)|anxious|depressed|grieving|heartbroken|scared|terrified|struggling|going under|falling apart|in pieces|so low|not coping|barely coping)";
excuse.push(
  // "I was so drunk I don't even remember saying it", "i was drunk, i dont even remember sending it"
  rule(
    "excuse",
    `${INTOXICATED}\\b[^.!?]{0,60}?\\bi (don't|dont|do not|can't|cant|cannot|barely|hardly|honestly don't|genuinely don't|really don't|don't even|dont even|can't even|cant even)( even| really| honestly)? remember\\b`,
    { tag: "strong", negatable: false, when: notDisowned },
  ),
  // "but I've been so anxious lately I can barely think", "but I was drowning and couldn't see a way out"
  rule(
    "excuse",
    `(but|though|although) i( was|'d been| had been| have been|'ve been| am|'m) ${ADV}${HARD_STATE}\\b`,
    { tag: "strong", negatable: false, when: notDisowned },
  ),
  // "the decision was made above my head", "the timeline was not of my choosing", "I was just following orders"
  rule(
    "excuse",
    "(made|decided|taken|signed off|agreed) (way )?(above|over) my head|not (of )?my (choosing|making)|i was (just |only |simply )?following (orders|instructions|the (brief|process|rules|policy))|(my|the) (hands|boss|manager|company|management|client) (told|instructed|ordered|made) (me|us) to\\b",
    { tag: "strong", negatable: false, when: notDisowned },
  ),
  // "the brief was ambiguous", "the deadline was insane", "the flights were just so expensive"
  rule(
    "excuse",
    "(the|your|their|his|her) (brief|instructions|spec|specification|guidance|requirements|timeline|timeframe|timescale|deadline|deadlines|email|process|system|rules|flights|tickets|prices|form|signage|directions|app|website) (was|were|is|are) (just |so |really |far too |too |totally |completely |very |a bit |pretty |ridiculously |incredibly )*(ambiguous|unclear|vague|confusing|misleading|insane|impossible|unrealistic|ridiculous|tight|crazy|mad|brutal|expensive|broken|contradictory|badly (worded|written)|all over the place)\\b",
    { tag: "strong", negatable: false, notInQuestion: true, when: notDisowned },
  ),
  // "I understand why you're upset, but I had to take the overtime"
  rule(
    "excuse",
    "(but|though) i( had| needed| have| was forced| was made) to (?!(tell|be (honest|straight|upfront)|say|apologi[sz]e|own|admit|face|let you know|come clean|ask|talk|speak|explain|leave it|go)\\b)\\w+",
    { tag: "strong", negatable: false, when: notDisowned },
  ),
  // "everyone at work bets on the football, I was just joining in"; "everyone was worse than me"
  rule(
    "excuse",
    "i was (just|only|simply|merely) (joining in|going along with (it|them|everyone)|doing what (everyone|everybody|they|the others) (did|was doing)|having (a laugh|fun|a bit of fun)|playing along)\\b|(everyone|everybody|they|all of them|the others|half of them|the rest of them)( else)? (was|were) (way |much |far |even |a lot )?(worse|drunker|louder|more drunk|ruder|doing (it|the same|worse))( than me)?\\b|(everyone|everybody) (got|gets|was getting) (roasted|teased|ribbed|mocked|the same treatment|a (roasting|ribbing))",
    { tag: "strong", negatable: false, when: notDisowned },
  ),
  // "it's literally designed to hook people like me"
  rule(
    "excuse",
    "(is|are|was|were|it's|they're) (literally |basically |practically |deliberately |specifically |all )?(designed|built|engineered|made) to (hook|addict|trap|suck (you|people|us|me) in|get (you|people|us|me) hooked|keep (you|people|us|me) (hooked|playing|scrolling))",
    { tag: "strong", negatable: false },
  ),
  // "Somebody has to pay the bills in this house."
  rule(
    "excuse",
    "(somebody|someone|one of us) (has|had|'s got|have) to (pay the bills|earn|work|bring in|put food|keep a roof|pay for)\\b",
    { tag: "strong", negatable: false },
  ),
  // "You know how I get when I'm stressed", "I did what I had to do"
  rule(
    "excuse",
    "(you|u) know (how|what) i('m| am)? (get|like|am) (when|if) i('m| am|'ve| have| get)?\\b|i (just )?did what i (had|needed|was told|was asked) to( do)?(?=\\s*[.!,;]|\\s*$| (to|for|at the time))",
    { tag: "strong", negatable: false, when: notDisowned },
  ),
  // "I'm not making excuses, but ...", "not to make excuses, but", "I know it sounds like an excuse, but"
  rule(
    "excuse",
    "(i'm not|i am not|im not|not) (trying to |going to |gonna |here to |to )?(make|making|give|giving|offer|offering|look for|looking for) (any |an )?excuses?,? but\\b|(i know |i realise |i realize )?(it|this|that) (sounds|might sound|may sound|will sound) like an excuse,? but\\b",
    {
      tag: "strong",
      negatable: false,
      // a cause must follow the "but": "..., but I want you to know I'm sorry" is not one
      notFollowedBy: test(
        "(i('m| am)? (so |really |truly )?sorry|i (want|need|wanted) (you|to)|i (know|understand)|it was (wrong|my fault)|that's on me|i take|i should)",
        "start",
      ),
    },
  ),
  // "Sorry I snapped, I'm just really tired at the moment": the writer's state given for the failure
  rule("excuse", `i('m| am| was|'ve been| have been|'d been| had been) ${ADV}${STATE}\\b`, {
    tag: "strong",
    negatable: false,
    when: (c) =>
      causeOk(c) &&
      !isOwned(c.text) &&
      FAILURE.test(c.text.slice(c.sentence.start, c.start)) &&
      !/\bbecause\s+$/.test(c.text.slice(c.sentence.start, c.start)),
  }),
  // "I've just had so much on", "I got held up at work": load and hold-ups, worded on "I"
  rule(
    "excuse",
    "i('ve| have|'d| had)( just| honestly)?( got| had)? (so much|a lot|loads|tons|such a lot|too much) on( my plate| at the moment| at work| right now| lately)?\\b|i( got| was|'d got| had got) (held up|stuck|caught up|tied up|called (in|away)|kept (late|back)|waylaid|delayed)\\b",
    {
      tag: "strong",
      negatable: false,
      when: (c) => causeOk(c) && hasFailure(c.text) && !isOwned(c.text),
    },
  ),
  // "I was young and naive back then", "I was a different person then"
  rule(
    "excuse",
    "i was (so |very |really |just |only )?(young|younger|a kid|a child|a teenager|naive|immature|a different person|in a different place)( and (stupid|naive|immature|foolish|dumb|selfish|scared|didn't know better))?( (back )?then| at the time)?(?=\\s*[.!,;]|\\s*$)",
    { tag: "strong", negatable: false, when: notDisowned },
  ),
  // "my anxiety makes it hard for me to open up", "I've got ADHD, I forget things", "it's in my genes"
  rule(
    "excuse",
    "my (anxiety|depression|adhd|add|ocd|ptsd|autism|condition|illness|meds|medication|mental health|trauma|past|childhood|upbringing|temper|disorder|diagnosis) (makes|made|means|meant|gets|got|stops|stopped) (it )?(hard|difficult|impossible|me)\\b|i('ve| have)( got)? (adhd|add|ocd|ptsd|anxiety|depression|autism),? (so )?i\\b|(it's|its|it is) in my (genes|blood|dna|nature)\\b",
    { tag: "strong", negatable: false, when: notDisowned },
  ),
  // "but the time difference is killing me", "long distance is just hard sometimes"
  rule(
    "excuse",
    "(is|was|'s|has been|'s been|have been|'ve been) (really |just |absolutely |honestly )?(killing me|doing my head in|wrecking me|destroying me|grinding me down)\\b|(is|are|can be|gets) (just |really |so |pretty )?(hard|difficult|tough|stressful|a lot) (sometimes|at times)\\b",
    {
      tag: "strong",
      negatable: false,
      notFollowedBy: FOR_WHOM,
      when: (c) => causeOk(c) && hasFailure(c.text),
    },
  ),
  // "I was just doing my job", "I only followed the process"
  rule(
    "excuse",
    "i was (just|only|simply|merely) doing my job\\b|i (just |only |simply )?followed (the (rules|process|procedure|protocol|policy|instructions|brief)|orders|instructions|procedure|protocol)(?=\\s*[.!,;]|\\s*$)",
    { tag: "strong", negatable: false, when: notDisowned },
  ),
  // "you have to see it from my side", "we were basically over by then"
  rule(
    "excuse",
    "(you|u) (have|'ve got|need|got) to see it from my (side|point of view|perspective)|(we were|we'd|we had) (basically |practically |pretty much |technically |kind of |already |more or less )*(over|broken up|on a break|separated|finished) (by then|at the time|at that point|anyway)\\b",
    { tag: "strong" },
  ),
  // "i got carried away"
  rule("excuse", "(i|we) (just )?got (a bit |a little |completely |totally |so )?carried away", {
    tag: "state",
  }),
  // the writer's state brushed aside: "because I was hangry, that's all"
  rule(
    "excuse",
    "because (i was|(i('m| am)|im)|(i('ve| have)|ive) been) (just |a bit |so |really )?(tired|hungry|hangry|stressed|knackered|exhausted|drunk|busy|hungover|grumpy|in a mood|wound up|on edge|run down|cranky|shattered),? (that's all|is all|nothing (more|else))\\b",
    { tag: "strong" },
  ),
  // the only way, with any subject: "cutting corners was the only option" (a cause, explanation or
  // excuse by context; "it was the only way" is an excuse by its form, in the rule above)
  rule("excuse", "(was|were|seemed) (the|my) only (option|choice|way)\\b", { tag: "state" }),
  // a substance or a body to blame: "It's the new meds, they make me snappy", "the painkillers had me
  // all over the place", "It's not really me"
  rule(
    "excuse",
    "(the|my) (new )?(meds|medication|painkillers|pills|tablets|hormones|antidepressants)( \\w+){0,3}? (had me|have me|made me|make me|left me|makes me)\\b|(it's|it is|it was|that's|that was) (just )?(the|my) (new )?(meds|medication|painkillers|pills|tablets|hormones|drink|booze|alcohol) (talking|,|\\.|that)|(it's|it is|that's|that is|that was|it was) not (really )?(me|the real me)\\b",
    { tag: "state" },
  ),
  // someone close in hospital, work that would not let go
  rule(
    "excuse",
    "(my|our) (mum|mom|dad|nan|gran|grandma|grandad|sister|brother|wife|husband|partner|son|daughter) (was|were|had been|'d been|ended up|got rushed) (in hospital|in a&e|rushed (in|to hospital)|taken ill|in a bad way)\\b|(work|my boss|the office|my manager) (just )?(wouldn't|would not|won't|didn't) let me (leave|go|get away|finish)\\b",
    { tag: "state" },
  ),
  // Round 4 (train-15): a condition offered as the reason ("my ADHD makes remembering dates
  // really hard"), unless disowned in its sentence ("…, but that's no excuse")
  rule(
    "excuse",
    "my (adhd|add|anxiety|depression|ocd|autism|dyslexia|meds|medication|condition|insomnia|memory|brain|back|migraines?) (makes|made|means|meant) ([a-z]+ ){0,3}(really |so |very |super )?(hard|difficult|impossible|tough)\\b",
    { unless: /\b(?:excuse|justif|not blaming|doesn'?t make it|still my|on me)/ },
  ),
  // "Work just wouldn't let me leave", "the new meds make me snappy"
  rule(
    "excuse",
    "(work|my (boss|manager|job)|they) (just )?(wouldn't|didn't|won't|would not|did not) let me (leave|go|get away|off)\\b|(the|my) (new )?(meds|medication|pills|painkillers|tablets) (make|made|have made|had|have got|got) me\\b",
    // offered for something owed ("Work wouldn't let me leave early, so I'll meet you there" is news)
    {
      unless: /\b(?:excuse|justif|not blaming|doesn'?t make it|still my|on me)/,
      when: hasApologyContext,
    },
  ),
);
