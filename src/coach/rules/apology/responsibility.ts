import { check } from "../../check.ts";
import { ADV } from "../../lexicon.ts";
import { type Rule, rule, test } from "../../rule.ts";

// --- responsibility ---------------------------------------------------------------------

// A judgement about the act, by the writer: "that was wrong", "it's on me".
const BAD_ACT_ADJ =
  "(wrong|unfair|cruel|inconsiderate|shady|dodgy|underhand|underhanded|shabby|selfish|dishonest|disrespectful|inexcusable|unacceptable|unforgivable|out of order|out of line|not okay|not right|not fair (on|to) you|rude|uncalled for|inappropriate|unjustified|below the belt|a low blow|mean|petty|spiteful|vindictive|a betrayal|a violation( of \\w+ \\w+)?|a lie|cowardly|shameful|thoughtless|careless|horrible|awful|terrible|unkind|nasty|hurtful|disgraceful|indefensible|deceitful|deceptive|manipulative|sneaky|low|vile|despicable|heartless|callous|hateful|inaccurate|untrue|misleading|unprofessional|irresponsible|reckless|a (really |truly |pretty |very |so |genuinely |seriously )?(terrible|rubbish|awful|horrible|shitty|crappy|stupid|cruel|selfish|cowardly|low|nasty|mean|hurtful|lousy|bad|dishonest|thoughtless|careless|disgusting|horrid|crap|shit|dick|dickish|sh\\*tty|horrendous|big|vile|despicable|heartless|callous|hateful|spiteful|unkind|rotten|ugly|disgraceful|shameful|unforgivable|childish|petty|sneaky|stupid|dumb|idiotic|reckless|irresponsible) (thing|move|way|mistake|decision|choice|call|lie|betrayal)( to do| to say| of me| for me to (do|say))?|my fault|a mistake|a big mistake|a huge mistake|the wrong (thing|call|decision|choice|time)|a (big |huge |massive |serious |real )?(failure|failing|lapse) on my part|an? (\\w+ )?(error|lapse) of judge?ment)";
// For a pattern anchored on "was/is" alone: only distinctive judgements ("mean", "low", "out of"
// are common words), in two parts so each gates on a word of its own.
const BAD_ACT_LEAN = [
  "(wrong|unfair|cruel|inconsiderate|shady|underhand|underhanded|selfish|dishonest|disrespectful|inexcusable|unacceptable|unforgivable|rude|inappropriate|unjustified|petty|spiteful|vindictive|cowardly|shameful|thoughtless|careless|horrible|awful|terrible|unkind|nasty|hurtful|disgraceful|indefensible|deceitful|deceptive|manipulative|sneaky|vile|despicable|heartless|callous|hateful|irresponsible|reckless)",
  "a (low blow|betrayal|violation|lie|mistake|big mistake|huge mistake|(terrible|awful|horrible|shitty|crappy|stupid|cruel|selfish|cowardly|nasty|hurtful|lousy|dishonest|thoughtless|careless|horrid|horrendous) (thing|move|way|decision|choice|call))|a (big |huge |massive |serious |real )?(failure|failing|lapse) on my part",
];
// ("a betrayal of you" names the one wronged)
const NOT_MINE = test(
  "((?<!(betrayal|violation|abuse|neglect) )of you|by you|you did|you said|your (\\w+ )?(behaviour|decision|choice|idea|fault)|what you|when you)",
);
const WRONG_ACT =
  "(lied|lie to you|cheated|betrayed (you|your|us)|deceived|stole|manipulated|gaslit|gaslighted|humiliated you|abandoned you|ghosted (you|u)|ghosted|cheated on you|broke (your|my|our|a|the|that|this|his|her|their|every|all my) (one |only |single |last |biggest |one real |most important )?(trust|promise|promises|word|heart|confidence|agreement|deal|vow|vows|boundary|boundaries|rule|rules|commitment|pact)|had an affair|(slept|hooked up|got off) with (someone|somebody|someone else|another (man|woman|guy|girl)|my ex|an ex|a colleague|a coworker|a co-worker|other (people|women|men))|kissed (someone|somebody|someone else|another (man|woman|guy|girl)|my ex|an ex|a colleague|a coworker)|fiddled (my|the|our|your) (expenses|books|accounts|figures|numbers|timesheets?)|misrepresented|let (you|u) take the (heat|blame|fall|rap)|broke (it|your \\w+)|went behind your back|went through your (phone|messages|texts|things|stuff|emails|diary|bag|laptop)|read your (messages|texts|emails|diary|journal|letters|phone|private)|snooped|spied on you|hid (it|this|that|the \\w+|things|stuff|money|the truth|\\w+ \\w+) from (you|u)|hid the truth|kept (it|this|that|things|secrets|stuff|the \\w+) from you|lied to (you|your face)|let (you|the team|everyone|us|the family|the kids) down|hurt you|bit your head off|took (the )?credit|shut (you|u) out|pushed (you|u) away|gambled|disrespected you|embarrassed you|shouted at you|yelled at you|screamed at you|snapped at you|insulted you|belittled you|ignored you|invaded your privacy|crossed (a|the) line|messed up|screwed up|fucked up|f\\*\\*\\*ed up|blew it|was unfaithful|wasn't honest|was not honest|wasn't there for you|failed you|used you|took advantage|misled you|betrayed|broke the rules|went too far|overstepped|behaved badly|treated you (badly|horribly|like)|dropped the ball|went back on (my|our) (word|promise|agreement|deal)|(didn't|did not|failed to|couldn't) keep (my|our) (word|promise|promises|agreement)|(messed|screwed|fucked|cocked|mucked|stuffed) (it|this|that|things|everything|us|our \\w+|your \\w+) (all )?up|got (it|this|that|things) (so |really |badly |completely |totally |very |all |horribly |massively )+wrong|made (a|the same) (mistake|mess)|(behaved|acted) (so |really |truly )?(terribly|badly|horribly|appallingly|awfully|disgracefully|shamefully|selfishly|childishly|abominably|like (a|an) (total |complete |absolute |spoilt |spoiled |entitled )?(jerk|idiot|child|brat|arse|ass|dick|prick|twat|asshole|arsehole|coward|bully|monster|toddler|teenager|lunatic|maniac))|made (a|such a|the same|a few|some|so many|a lot of|a really|a) (huge |big |massive |terrible |serious |stupid |dumb |awful |horrible |bad |grave |colossal |real |major |total |complete |selfish |stupid )?(mistake|mistakes|mess|error|errors|blunder|hash of (it|things|everything))|let my (temper|anger|jealousy|pride|ego|insecurity|insecurities|fear|mouth|drinking|mood) (get|run|take|win|rule)|talked down to (you|u)|went off on (you|u)|kept (you|u) in the dark|took (you|u|us|your \\w+) for granted|put (my|work|the|him|her|them|myself|\\w+) (\\w+ )?(before|ahead of|above) (you|u|us|our|your)|didn't tell (you|u) the truth|wasn't truthful|made fun of (you|u)|mocked (you|u)|swore at (you|u)|lost my (temper|rag|cool|shit)|blew up at (you|u)|lashed out|took my (anger|stress|frustration|mood|bad day|day) out on (you|u)|walked out on (you|u)|left (you|u) (alone|on your own|to deal|to cope|to pick up|hanging|stranded)|cheated|stole from you|spent (the|our|your) (\\w+ )?money|forgot your (birthday|anniversary)|stood you up|was (cruel|selfish|dishonest|unfair|out of order|out of line|a coward|cowardly|disrespectful|horrible|awful|an idiot|a jerk|an arse|an ass|a dick|a prick|thoughtless|careless|in the wrong|wrong|unkind|nasty|mean to you)|made a mistake|made a terrible (mistake|choice|decision))";

// "there's no excuse for what you did": the other's act
const OTHERS_ACT_AFTER = test(
  "for (what |how |the way |any of )?(you|u|your|ur|he|she|they|him|her|them|his|their)\\b",
  "start",
);
// "You were shouting and it was wrong": the other's conduct just before the judgement
// (not "you" as the object: "it was cowardly to let you keep paying")
const YOU_DOING = check(
  /(?<!\b(?:let|make|made|letting|making|have|having|help|helping) )\b(?:you|u) (?:were|are|'re|was|kept|keep|have been|had been|always|never)\b/,
);
// "Seeing you with him was awful": a gerund of perceiving or undergoing is not the writer's act
const PERCEIVING = check(
  /^(?:seeing|hearing|watching|finding|learning|reading about|knowing|being|having|getting|waiting|living|feeling|thinking|losing|leaving|saying|claiming|pretending|insisting|suggesting|implying|hinting)\b|\b(?:me|my|myself)\b/,
);
// "if I lied", "you think I cheated", "as if I hid it": the act is not admitted.
const REPORTED =
  /\b(if|whether|unless|as if|like|you (say|said|think|thought|claim|claimed|believe|feel|felt|act like|acting like)|accused me of|said that|think that|not saying|didn't say|never said|because|cos|cause)\s+$/;
// "I need you to say it was wrong", "you keep saying it was a mistake", "you're saying I broke
// your trust", "what I'm hearing is that I let you down": the other's words, asked for or
// reflected back, not the writer's admission
const OTHER_SAYS =
  /\b(?:you|u|ya)(?:'?re|'?d| are| were)?(?:\s+(?!i\b)[a-z']+){0,3}?\s+(?:say|admit|acknowledge|accept|own|see|realise|realize|understand|agree|recogni[sz]e|said|saying|says|admitted|admitting|think|thought|claim|claimed|reckon|believe|telling me|feel|felt|feels|feeling)\s+(?:that\s+)?(?:like\s+)?$|\bhear(?:ing)?(?: (?:is|was))?(?: that)?\s+$/;
const NOT_ADMITTED = new RegExp(`${REPORTED.source}|${OTHER_SAYS.source}`);

export const responsibility: Rule[] = [
  rule(
    "responsibility",
    `(it|that|this|what i did|what i said|which|doing that|saying that|hiding it|lying|lying to you|cheating|what happened)( really| just| truly| totally| completely| absolutely)?( was|'s| is| were) (${ADV})?(still )?${BAD_ACT_ADJ}`,
    {
      tag: "moral",
      notInQuestion: true,
      // the other's act near the judgement ("when you left, it was wrong", "it was cruel of
      // you"), not anywhere in a long sentence ("I told her what you told me, ... it was low")
      when: (c) => {
        const near = c.text.slice(Math.max(c.sentence.start, c.start - 50), c.sentence.end);
        return !NOT_MINE.test(near) && !YOU_DOING.test(near);
      },
    },
  ),
  rule(
    "responsibility",
    `\\w+ing (so |that |really )?((?!(and|but|or|then|when|while|because|cos|so)\\b)\\w+ )?(it|that|this|you|your \\w+|the \\w+|about \\w+|(at|to|on|with) (you|u))( (to|in front of|with|at|from|on|about) (the |your |my |our |all |a )?\\w+( \\w+)?)?( from you)? (was|is) (still )?${ADV}${BAD_ACT_ADJ}`,
    {
      tag: "moral",
      notInQuestion: true,
      unless: NOT_MINE,
      when: (c) => !PERCEIVING.testSlice(c.text, c.start, c.end),
    },
  ),
  rule(
    "responsibility",
    "(it's|it is|it was|that's|that is|that was|this is|the whole thing is|this was) (all |entirely |completely |totally |100% |fully |squarely )?(my (own )?fault|on me|my responsibility|my doing|my mess|my mistake|my bad|my choice|my decision)|(my|all my|entirely my) fault|my bad\\b|that one's on me|(it's|that's) mine to (fix|own|carry|deal with|sort)|mine to fix",
    { tag: "moral", notInQuestion: true },
  ),
  rule(
    "responsibility",
    `i (was|am|'m) (so |completely |totally |absolutely |just |really |100% |bang |well |way |badly |seriously |clearly |well and truly |very |entirely |utterly )*(wrong|in the wrong|to blame|out of order|out of line|responsible|at fault)\\b(?! (about you|to trust|to think you))`,
    { tag: "moral", notInQuestion: true },
  ),
  rule(
    "responsibility",
    "i (take|accept|own|carry|bear) (full |complete |total |all the |all |the )?(responsibility|ownership|blame)|i own (it|that|this|what i did|my part|my mistake|my behaviour)|i accept (that )?(it was|i was|what i did|i did)|the blame is (mine|on me|all mine)|((i('ve| have)|ive)|i have) no(one| one|body) to blame but myself|no(one| one|body) (else )?to blame but me|(i('m| am)|im) (fully |completely |entirely |solely )?responsible (for|here)",
    { tag: "moral", notInQuestion: true },
  ),
  rule(
    "responsibility",
    "(there's|there is|that's|it's|it is|that is|there was|i have|(i('ve| have)|ive) got|i had) no (excuse|justification)|(that's|that is|it's|it is|that was|it was) (still |just |simply |really )?no way to (talk to|speak to|treat|behave towards|act towards) (you|u)\\b|(that's|it's|that is|it is|there's|there is|was|is) no (good |real )?reason (to (lie|cheat|hide|keep|snap|shout|yell|scream|treat|go behind|lie to|take|steal|do (that|it|what i did)|say (that|it|those|what i))|for (lying|cheating|hiding|what i did|doing (that|it|what i did)|my (behaviour|actions|lies)))|none of (it|that|this) (makes|made|excuses|excused|justifies|justified|changes)( (it|that|this|what i did))?( (right|okay|ok|acceptable|better|alright))?|(doesn't|does not|don't|didn't|won't|does nothing to|can't|cannot) ((make|makes) (it|that|this|what i did|\\w+ing( \\w+){0,3}) (right|okay|ok|better|acceptable|any better|alright|fine|excusable)|excuse|justify)( it| that| what i did| anything)?|not that (it|this|that|any of (it|this|that)) (excuses|justifies|makes (it|that|this) (right|okay|ok|better))|not (using|making) (that|it|this|them)? ?(as )?(an )?excuses?|no excuses|not to excuse (it|what i did|myself|anything)|not an excuse|(i('m| am)|im) not (trying to )?(excuse|justify) (it|what|myself|that)|((i('m| am)|im)|i am) not (going to|gonna) (make|give|offer) (any )?excuses|(that's|it's|is|was|that was|which is) not an? (excuse|justification|good enough reason)\\b|(isn't|is not|wasn't|was not) an? (excuse|justification)|(not|won't|will not|not going to|not gonna|refuse to) (hide behind (it|that|this|the \\w+|my \\w+)|dress (it|this|that) up|sugar ?coat (it|this|that)|sugar-coat (it|this|that)|blame (it on )?(the (drink|drinking|alcohol|booze|stress|pressure|job|pills|weed)|my (drinking|stress|job|work|mood|anxiety|depression|childhood|past|ex)|anyone|anybody|anything|work|stress|alcohol|drink)|pretend (the|my) (drink|drinking|alcohol|booze|stress|pressure|job|work|anxiety|mood) (made|forced|caused))",
    { tag: "moral", negatable: false, notInQuestion: true, notFollowedBy: OTHERS_ACT_AFTER },
  ),
  rule(
    "responsibility",
    "(it|that|this|hiding it|lying|going silent( on you)?|the decision|doing it) was (still |entirely |completely |all )?my (own )?(choice|decision|call)|i (chose|decided) to (lie|hide|cheat|keep|do|go|say|ignore|read|take|spend|drink|text|lie)|i (chose|decided) to (?!(forgive|trust|believe|stay with|love|be honest|tell (you|u) the truth|come clean|change|work on|get help|try|make (it|this|things) right|apologi|fix|focus|take (a|some) (break|time)|leave (it|this)|let (it|that|this) go|move on|talk|listen|give (you|u|it|us)|wait|believe)\\b)(\\w+)|i made (that|the|a|my) (choice|decision) to",
    { tag: "moral", notInQuestion: true },
  ),
  rule(
    "responsibility",
    "i (really |definitely |absolutely )?(should|shouldn't)( have|'ve| of| not have)\\b(?! (known|guessed|seen (it|this|that) coming|expected|listened to my gut|trusted my (gut|instinct)|realised you|realized you|asked (for more|for a raise)))",
    {
      tag: "moral",
      notInQuestion: true,
      notPrecededBy: new RegExp(`\\b(maybe|perhaps|if)\\s+$|${OTHER_SAYS.source}`),
    },
  ),
  rule(
    "responsibility",
    `i (have |'ve |had |'d |just |also |even |then |basically |actually |really |totally |completely |deliberately |knowingly |repeatedly |did |know i |admit i |admit that i )*${WRONG_ACT}\\b`,
    {
      tag: "act",
      notInQuestion: true,
      notPrecededBy: NOT_ADMITTED,
    },
  ),
  rule(
    "responsibility",
    "(i|(i('ve| have)|ive)|i have) (broken|betrayed|lost) (your|our) (trust|faith|confidence)|(i|(i('ve| have)|ive)|i have) (hurt|let down|failed|betrayed) (you|u)|i (really |truly )?did (lie|cheat|steal)\\b|i (fully |freely |openly |now )?(admit|confess|acknowledge|accept)( that)? i (\\w+ed|did|took|went|told|said|broke|made|spent|kept|hid|lost|forgot|let|gave|sent|wrote|ran|left|stole|sold|bought|threw|hit|slept|kissed|met|put|read|snuck|sneaked)\\b(?<!\\b(wanted|needed|liked|loved|hoped|worried|panicked|struggled|felt|tried|cared|wished|missed you|feared|dreaded|started))",
    { tag: "act", notInQuestion: true, notPrecededBy: NOT_ADMITTED },
  ),
  // "I regret lying to you", "sorry for cheating": the act named as wrong
  rule(
    "responsibility",
    "(regret|sorry (for|about)|apologi[sz]e for|ashamed of|apologies for) (ever |always |constantly )?(lying|cheating|deceiving|betraying|hiding (it|this|that|things|the \\w+|\\w+ \\w+) from (you|u)|going behind your back|breaking (my|your|our) (promise|word|trust)|snooping|sneaking around|manipulating|stealing|gaslighting|going through your (phone|messages|things|stuff)|reading your (messages|texts|diary|emails|phone))",
    { tag: "act", notInQuestion: true },
  ),
  // "No excuse.", "No excuses, it was me."
  rule("responsibility", "no (excuse|excuses|justification)\\b", {
    tag: "moral",
    sentenceStart: true,
    notFollowedBy: OTHERS_ACT_AFTER,
    negatable: false,
    notInQuestion: true,
  }),
  // "Bringing Jess was my call and the wrong one", "it wasn't my call to make", "it wasn't my
  // place to tell her" (not "it wasn't my decision": a denial)
  rule(
    "responsibility",
    "my (own )?(call|choice|decision),? and (a|the) (wrong|bad|poor|selfish|terrible|awful|stupid) one|(wasn't|was not|isn't|is not) (my|mine) (call|decision|choice) to make|(wasn't|was not|isn't|is not) my place to",
    { tag: "moral", notInQuestion: true, negatable: false, notPrecededBy: NOT_ADMITTED },
  ),
  // "I'm sorry I hid the betting", "sorry i kept it secret": hiding named inside an apology
  rule(
    "responsibility",
    "(sorry|apologi[sz]e|ashamed|regret) (that )?i (hid|concealed|covered up|kept (it|this|that|things|stuff|the \\w+) (secret|quiet|hidden|from (you|u)))\\b",
    { tag: "act", notInQuestion: true },
  ),
  rule(
    "responsibility",
    "not (trying to |going to |gonna )?(make|making|give|giving|offer|offering) (any )?excuses",
    { tag: "moral", negatable: false, notInQuestion: true },
  ),
  rule(
    "responsibility",
    "(you|u) (deserve|deserved|deserve so much) (better|more|the truth|honesty|to know the truth|to hear it from me)( than (this|that|how i|what i|the way i|me))?",
    { tag: "moral", notInQuestion: true },
  ),
  // "It wasn't okay though", "that wasn't fair on you", "not ok, i know"
  rule(
    "responsibility",
    "(it|that|this|which|what i did|what i said|they|those)( really| just| still)? (wasn't|was not|weren't|were not) (ok|okay|right|fair|acceptable|alright|harmless|innocent|kind|honest|true)( (of me|on you|to you|though|either))?\\b|(they|those|my (words|comments|remarks|messages|texts|jokes)|the things i said|what i wrote|those things)( really)? (were|was) (\\w+ and )?(nasty|cruel|untrue|unfair|vile|hurtful|spiteful|horrible|lies|wrong|out of order|uncalled for|not okay|not true|not harmless)|(not|never) (ok|okay|cool|right|fair|acceptable),? (i know|of me|on you)",
    {
      tag: "moral",
      notInQuestion: true,
      negatable: false,
      unless: test(
        "(of you|by you|you did|you said|your (\\w+ )?(behaviour|decision|choice|idea|fault)|what you|when you)",
      ),
      notFollowedBy: test("(that|for|when|how|if) ", "start"),
      when: (c) =>
        !/^(?:they|those)\b/.test(c.text.slice(c.start, c.end)) ||
        /\bi (?:said|wrote|sent|posted|made|told|called)\b|things i said/.test(
          c.text.slice(0, c.start),
        ),
    },
  ),
  // "<the writer's act> was wrong", anchored on the judgement and read back to the clause's
  // subject: a gerund ("Lying to you every morning was wrong"), "the way I / how I ..." ("the way
  // I spoke to you was cruel"), "what I did at the wedding" (not "seeing you with him", "the way
  // you spoke to me")
  rule("responsibility", BAD_ACT_LEAN.map((p) => `(was|is) ${ADV}(still )?${p}`).join("|"), {
    tag: "moral",
    notInQuestion: true,
    when: (c) => {
      const subject = c.text.slice(c.clauseFrom, c.start).trim();
      if (subject.length === 0 || subject.length > 100 || NOT_MINE.test(subject)) return false;
      if (/^(?:[a-z]+ly )?[a-z]+ing\b(?: [^\s.!?]+){0,6}$/.test(subject))
        return !PERCEIVING.test(subject);
      return /(?:^|\s)(?:the way|how) i\b|\bwhat i (?:did|said|wrote|put (?:you|u) through)\b/.test(
        subject,
      );
    },
  }),
  // "I know I'm the one who wrecked it"
  rule(
    "responsibility",
    "((i('m| am)|im)|i was) the (only )?one (who|that) (wrecked|ruined|broke|messed|screwed|caused|started|lied|cheated|hurt|betrayed|blew|destroyed|let)|((i('m| am)|im)|i was) the (only )?one (to blame|at fault|in the wrong)",
    { tag: "moral", notInQuestion: true, notPrecededBy: NOT_ADMITTED },
  ),
  // "which is stealing, plain and simple"
  rule(
    "responsibility",
    "(which|that|it|and that)( is|'s| was) (stealing|theft|lying|cheating|a lie|betrayal|abuse|gaslighting|manipulation|manipulative|emotional abuse)\\b",
    { tag: "moral", notInQuestion: true, unless: NOT_MINE },
  ),
  // more acts named as wrong: "I was being condescending", "I was a total dick", "I took £60 from your purse"
  rule(
    "responsibility",
    "i (was|am|'m) (so |really |such |being |being so |a bit |totally |completely |incredibly |a total |a complete |an absolute |a right |a proper |a massive |a real |an utter )*(condescending|horrible|cruel|selfish|unfair|nasty|awful|rude|unkind|out of order|out of line|patronising|patronizing|dismissive|childish|vile|spiteful|petty|harsh|horrid|idiot|jerk|arse|ass|dick|prick|twat|knob|bully|hypocrite)\\b|i (just |also |then )?took (it out on (you|u)|(money|cash|\\S+) (from|out of) (your|our|the joint|the kids'?) (purse|wallet|account|bag|savings|money box|piggy bank))",
    { tag: "act", notInQuestion: true, notPrecededBy: NOT_ADMITTED },
  ),
  // "it wasn't my news to share", "it wasn't mine to take", "I had no right to"
  rule(
    "responsibility",
    "(it|that|this) (wasn't|was not|isn't|is not|was never) (my|mine) (\\w+ )?to (share|tell|take|spend|read|give|use|decide|say|make|sell|lend|post|open|keep)|(it|that) was (never )?(yours|your \\w+) to (share|tell|decide)|i had no (right|business)( (to|doing|reading|going|telling|saying|taking|looking|touching))?\\b",
    { tag: "moral", notInQuestion: true, negatable: false, notPrecededBy: NOT_ADMITTED },
  ),
  // "the error in the proposal was mine, not yours", "the mistake is all mine"
  rule(
    "responsibility",
    "(the|that|this|my) (error|mistake|fault|blame|mix-up|mix up|screw-up|screw up|slip-up|slip up|oversight|cock-up|mess-up|misunderstanding)( \\w+){0,4} (was|is|'s) (all |entirely |completely |totally )?(mine|my (own )?(fault|doing|responsibility|mistake))",
    { tag: "moral", notInQuestion: true },
  ),
  // "I'm not going to pretend that's okay"
  rule(
    "responsibility",
    "(not (going to|gonna)|won't|will not|can't|cannot|not) pretend ((that|it|this|what i did)('s| was| is| were)? )?(okay|ok|fine|alright|acceptable|right|nothing|no big deal|not a big deal|excusable)",
    { tag: "moral", negatable: false, notInQuestion: true },
  ),
  // "I took the car without asking", "I regret reading it without your permission"
  rule(
    "responsibility",
    "(i|regret|sorry (for|about)|apologi[sz]e for) (just |also |then )?(took|taking|borrowed|borrowing|used|using|read|reading|went|going|spent|spending|booked|booking|sold|selling|moved|moving|opened|opening|invited|inviting|shared|sharing|posted|posting|gave|giving|lent|lending|signed|signing|agreed|agreeing|decided|deciding|cancelled|cancelling|drove|driving|looked|looking|checked|checking|told|telling) (\\w+ ){0,5}?without (asking|permission|your permission|telling (you|u)|your consent|checking with (you|u)|your knowledge)",
    { tag: "act", notInQuestion: true, notPrecededBy: NOT_ADMITTED },
  ),
  // a second wrong act coordinated with the writer's first: "I took money from your purse and lied about it"
  rule(
    "responsibility",
    "and (then )?(also )?(lied|hid (it|them|that)|covered it up|took it out on (you|u)|blamed (you|u)|cheated|kept it (from (you|u)|secret)|pretended (it|nothing)|snapped at (you|u)|shouted at (you|u)|yelled at (you|u)|screamed at (you|u)|stole|broke (your|my|our) (trust|promise|word)|ghosted (you|u)|betrayed (you|u)|deceived (you|u)|humiliated (you|u))\\b",
    {
      tag: "act",
      notInQuestion: true,
      when: (c) => {
        // the last subject before "and lied" is the writer, not in a condition or report
        const before = c.text.slice(c.sentence.start, c.start);
        const at = before.search(/\bi\b(?!.*\bi\b)/);
        if (at < 0) return false;
        return (
          !/\b(?:you|u|he|she|they|we)\b/.test(before.slice(at + 1)) &&
          !/\b(?:if|whether|as if|you (?:think|say|said)|accused me of|not saying)\s+$/.test(
            before.slice(0, at),
          )
        );
      },
    },
  ),
];
responsibility.push(
  // "I was the problem", "the blame lies with me", "I can't blame anyone but myself", "I hold
  // my hands up", "I have to own that"
  rule(
    "responsibility",
    "i was the (problem|issue|one in the wrong)|the problem (was|is) me\\b|the (responsibility|blame|fault) (is|was|lies|rests|sits) (all |entirely |completely |squarely |solely )?(mine|with me|on me)|(can't|cannot|don't|couldn't) blame (anyone|anybody|no one|nobody) (else )?(but|except|other than) (myself|me)|there's no(one| one|body) else to blame|i (hold|put) my hands up|hands up,? i\\b|((have|need|want) to|must|'ve got to|gotta) (own|take responsibility for) (it|that|this|what i did|my part|my behaviou?r|my actions)",
    { tag: "moral", notInQuestion: true },
  ),
  // "I caused this.", "I started all of this." (not "I started this business"; "I did that"
  // alone names the act without owning it as wrong)
  rule("responsibility", "i (caused|started|brought on) (this|that|all (of )?this|all of it)", {
    tag: "moral",
    notInQuestion: true,
    sentenceEnd: true,
  }),
  rule(
    "responsibility",
    "i caused (this|that|all (of )?this|all of it|the (fight|argument|row|mess|problem))|i started the (fight|argument|row)|i brought this on (us|you|myself|the family)|i did this to (us|you|u|our|your|my|the family)",
    { tag: "moral", notInQuestion: true },
  ),
  // "My behaviour was unacceptable", "my actions that night were selfish"
  rule(
    "responsibility",
    `my (behaviou?r|actions|conduct|words|comments|reaction|response|tone|attitude|choices?|decisions?|treatment of (you|u)|jokes?|messages?|texts?|outburst|lies)( \\w+){0,3}? (was|were|has been|have been) ${ADV}(still )?${BAD_ACT_ADJ}`,
    { tag: "moral", notInQuestion: true },
  ),
);
const OTHER_SAYS_BEFORE = check(OTHER_SAYS);
for (let i = 0; i < responsibility.length; i++) {
  const r = responsibility[i] as Rule;
  r.notPrecededBy ??= OTHER_SAYS_BEFORE;
}

responsibility.push(
  // "I don't have an excuse for it", "that doesn't give me a pass", "no one made me do it",
  // "I chose that over being honest with you", "I slipped on the no-drinking promise"
  rule(
    "responsibility",
    "i (honestly |really |genuinely |just )?(don't|do not|dont) (really |honestly )?have (an|any) (excuse|justification)\\b|(doesn't|does not|didn't|did not) give me (a|the) (free )?(pass|right|excuse)\\b|(no one|nobody|nothing) (made|forced|pushed|drove) me (do it|to do it|do that|to)\\b|i chose (that|it|this|her|him|them|myself|my (pride|ego|job|work|mates|friends|phone|comfort|image|reputation)|\\w+ing( \\w+)?) over (being honest|honesty|us|you|u|our \\w+|the truth|telling (you|u))\\b",
    { tag: "moral", notInQuestion: true },
  ),
  rule(
    "responsibility",
    "i slipped( up)? (on|with) (the|my|our) [^.!?]{0,30}?(promise|commitment|agreement|deal|rule|boundary|pledge)\\b",
    { tag: "act", notInQuestion: true },
  ),
  // "that was rubbish of me", "pathetic of me, I know"
  rule(
    "responsibility",
    "(rubbish|pathetic|selfish|cruel|unfair|wrong|low|cowardly|shitty|crap|crappy|thoughtless|stupid|horrible|awful|nasty|mean|unkind|petty|spineless|gutless|childish|out of order|out of line) of me\\b",
    {
      tag: "moral",
      notInQuestion: true,
      notPrecededBy:
        /\b(?:think|thought|say|said|reckon|feel|felt|if|was it|is it)\s+(?:(?:it|that)(?:'?s| is| was)\s+)?(?:so\s+|really\s+)?$/,
    },
  ),
  // "What I said about the divorce at your fortieth, in front of everyone, was cruel"
  rule(
    "responsibility",
    `what i (said|did|wrote|posted|sent)\\b[^.!?]{3,60}?,? (was|is) ${ADV}(still )?${BAD_ACT_LEAN[0]}`,
    { tag: "moral", notInQuestion: true },
  ),
  // "I let our friendship slide and that isn't okay", "There's nobody to blame but me",
  // "I've been a rubbish dad to you"
  rule(
    "responsibility",
    "(that|it|this|which) (isn't|wasn't|is not|was not|was never) (okay|ok|alright|all right|acceptable|fair on you|fair to you)\\b|(there's|there is|there was) (nobody|no one|no-one) (else )?to blame (for [^.!?]{1,40}? )?(but|except|other than) me\\b|(i'm|i am|im) the only (one|person) to blame\\b|i('ve| have) been (a |an )?(really |truly |such a |an absolutely )?(rubbish|terrible|awful|crap|useless|lousy|shit|shitty|horrible|poor|selfish|absent|shocking) (dad|father|mum|mom|mother|friend|partner|husband|wife|brother|sister|son|daughter|boyfriend|girlfriend|flatmate|colleague)\\b",
    {
      tag: "moral",
      notInQuestion: true,
      // someone else's act: "it wasn't okay for him to say that", "that isn't fair of you"
      notFollowedBy: test(
        "(for|of) (him|her|them|you|u|your|his|their)\\b|(when|what|how) (you|u|he|she|they)\\b",
        "start",
      ),
    },
  ),
);
