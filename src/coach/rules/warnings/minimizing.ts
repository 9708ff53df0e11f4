import { check } from "../../check.ts";
import { messageTest, type Rule, rule, test } from "../../rule.ts";

// --- minimizing --------------------------------------------------------------------------

const SELF_BEFORE =
  /\bi(?:'?m| am| was|'?ve| have| had| may have| might have| probably| did| know i| think i)?(?:\s+\w+ly)?(?:\s+been)?\s*$/;
// the judgement denied or disowned: "I'm not going to tell you you're overreacting", "I never said you were dramatic"
const NOT_SAYING =
  /\b(?:not|never|n'?t|won'?t|wouldn'?t)\s+(?:\w+\s+){0,3}(?:say(?:ing)?|said|tell(?:ing)?\s+(?:you|u)|told\s+(?:you|u)|call(?:ing)?\s+(?:you|u)|called\s+(?:you|u)|think(?:ing)?|thought|believe|mean|meant|suggest(?:ing)?|accus(?:e|ing)\s+(?:you|u)\s+of)\s+(?:that\s+)?(?:you'?re|you are|you were|u r|ur|you|u)\s+(?:\w+\s+)?$/;
// "I won't pretend it was a small thing", "I'm not saying it's only a text"
const NOT_CLAIMING =
  /\b(?:not|never|n'?t|won'?t)\s+(?:\w+\s+){0,3}(?:pretend(?:ing)?|say(?:ing)?|claim(?:ing)?|suggest(?:ing)?|act(?:ing)? like|make out)\s+(?:that\s+)?(?:\w+\s+){0,2}$/;
const SELF_OR_DENIED = new RegExp(`(?:${SELF_BEFORE.source})|(?:${NOT_SAYING.source})`);
const MINI_NOT_AFTER = test(
  "(lot|bit much|bit too|matter of|few (days|more|minutes|weeks)|little (longer|more|while)|start|beginning|first step|thought|question|suggestion|idea|reminder|heads up|quick \\w+|check|thing to|of the|ask|request|offer|option|proposal|invitation|guess|opinion|suggestion)\\b",
  "start",
);
// "it's a small thing, but thank you": a small kindness, not the harm
const SMALL_NOT_AFTER = test(
  "(,? but (thank|thanks|i (love|appreciate|wanted|just wanted|noticed)|could|can|would|it (means|meant|matters|mattered))|to (you|u|me|him|her)|for (you|u)|in the grand)",
  "start",
);
// consoling the other about their own slip: "don't worry about the mug!! it's only a mug"
const consoling = messageTest(
  /\b(?:(?:don'?t|do not) worry about (?:the|your)\b|not your fault|accidents happen|no harm done)/,
);
export const minimizing: Rule[] = [
  rule(
    "minimizing",
    "(it|that|this|which|she|he|they)( was|'s| is| were)? (just|only|merely|simply|literally|really only) (a|an|one|a bit of|a little|a couple|some|two|a few|the one) ",
    { notFollowedBy: MINI_NOT_AFTER, when: (c) => !consoling(c.text) },
  ),
  rule(
    "minimizing",
    "(it|that|this)( was|'s| is) (literally |only |just |like )?one (single |little |stupid |silly |tiny |quick )?(beer|pint|glass|bottle|cigarette|bet|round|snap|dm|night|drink|text|kiss|time|coffee|email|message|lunch|dinner|date|mistake|slip|comment|joke|photo|picture|call|evening|day|weekend|night out|dance|hug|post|like|bet|game|conversation|chat|lie)\\b",
  ),
  rule(
    "minimizing",
    "(it|that|this)( was|'s| is|'s really| was really| really| is really|'s literally|'s honestly|'s just| is literally| was literally| was honestly)? (not|no|hardly|n't) (such )?(a|that|so|some) (big|huge|massive) (of )?(a )?(deal|thing)|(it|that|this) (really |honestly |actually )?(wasn't|isn't|was not|is not)( really| honestly| actually)? (such )?(a|that|so|some) (big|huge|massive) (of )?(a )?(deal|thing)|no (big|biggie)( deal)?\\b|nbd\\b|(it's|that's|it was|this is) not (that|so) (serious|bad|important|deep)|not the end of the world",
    {
      negatable: true,
      // "not a big deal to anyone else, but it matters to me": the writer's own concern
      notFollowedBy: test(
        "(to (anyone|anybody|everyone|most people|other people|others|the world)( else)?|,? but (it|this|that) (matters|means|is (a big deal )?to me)|(at all )?(for me )?to (ask|say|admit|want|need|change|help|wait|swap|cancel|check|cover|move|reschedule|tell|apologi[sz]e)|(at all )?if (you|u) (can't|cannot|cant|can|don't|do not|dont|need|want|have to|'d rather|would rather|prefer|change|miss|forget|are|'re))",
        "start",
      ),
      // "it's not a big deal, take the weekend": a favour made light of, not the harm;
      // "it wasn't a big deal to me, and I see now it was to you": owned, not played down
      unless: test(
        "(take (the|your|a|all|as|it)|no worries|don't worry|happy to|glad to|any ?time|i('ll| will| can) (cover|have the|take the|do it|sort it|pick)|i (see|realise|realize|get|understand|know|can see) (now )?(that )?(it|this|that) (was|is|mattered|matters|meant|means))",
      ),
    },
  ),
  rule(
    "minimizing",
    "(overreact|overreacting|overreacted|overreacts|over[- ]react|over[- ]reacting)",
    { notPrecededBy: SELF_OR_DENIED },
  ),
  rule(
    "minimizing",
    "(you're|you are|you were|you get|you've been|being|so|stop being|don't be|you can be|you're being|such a) (so |too |way too |far too |much too |a bit too |a little too |a bit |really |overly |very |ridiculously |being |being so |being too |just too )?(sensitive|dramatic|precious|hysterical|touchy|melodramatic|paranoid)",
    { notPrecededBy: SELF_OR_DENIED },
  ),
  rule(
    "minimizing",
    "stop (sulking|moping|whining|whinging|being a baby|crying about it)|(you're|you are|quit|stop) (sulking|moping|whinging|whining)",
  ),
  rule(
    "minimizing",
    "(you're|you are|you keep|stop|you were|why are you|why do you have to|why do you always|why would you) (making|blowing|make|blow) (such )?(a |this |it |everything |things )?(big |huge |massive )?(deal|thing|fuss|drama|mountain|song and dance|out of proportion)",
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
    // "the vet says it's nothing serious": reported news, not the writer downplaying
    {
      unless: test(
        "(doctor|vet|gp|nurse|scan|results?|x-ray|hospital|dentist|mechanic|says|said|told (me|us))",
      ),
    },
  ),
  rule(
    "minimizing",
    "(it|that|this|which|they|those|the (texts|messages|chats|flirting|kiss))( really)? (doesn't|does not|didn't|did not|don't|do not) mean (anything|a thing)|(it|that|this) (meant|means) nothing",
    // "I'm not going to pretend it meant nothing": disowned
    { negatable: false, notPrecededBy: NOT_CLAIMING },
  ),
  rule(
    "minimizing",
    "(it|that|this) (was|happened) (ages|months|years|weeks|so long|a (month|week|year|while)|forever|ages and ages) ago",
  ),
  rule(
    "minimizing",
    "(nobody|no one|noone)('s| is| will| was)? (going to |gonna |ever |even |really |actually |honestly )?(remember|care|notice|even notice|cares|noticed|remembers|clocked)",
    // "nobody noticed I was gone", "no one cares about me": the writer's own hurt
    {
      notFollowedBy: test(
        "(that )?(i|i'm|i was|i've|my|me|mine|about (me|my|how i|what i)|how (i|much|sad|upset))\\b",
        "start",
      ),
    },
  ),
  rule(
    "minimizing",
    "(you're|you are|you were|you) (acting|behaving|carrying on|going on|talking) (like|as if) (i|it|i'd|someone|somebody|the world)",
  ),
  rule(
    "minimizing",
    "(only|just) (teasing|joking|messing|kidding|banter|having a laugh|a laugh|a joke|fooling around|flirting|harmless|a bit of banter|some banter)|it was a joke|(was|it's) just (banter|a joke|a laugh)",
  ),
  rule(
    "minimizing",
    "(upset|angry|worked up|mad|crying|sulking|fuss|drama|fuming|kicking off|freaking out|losing it|panicking) (over|about) nothing|(something|a drama|a big deal|a scene|a fuss) (out of|over|about) nothing",
  ),
  rule(
    "minimizing",
    "(it|that) (only )?happened (once|one time)|just the once|only (the )?once|only one time",
  ),
  rule("minimizing", "(you need to|just) (calm down|relax|chill|get a grip)|get a grip", {
    // "can we forget the budget and just relax?": a shared plan, not a dismissal
    notPrecededBy: /\b(?:and|we|can we|let'?s|to|could)\s+$/,
    // "just relax and enjoy your holiday": care, not dismissal
    notFollowedBy: test(
      "(and|,)? (enjoy|have|get|rest|sleep|take)|,? (you deserve|enjoy)",
      "start",
    ),
  }),
  rule(
    "minimizing",
    "(a|one) (little|tiny|small|harmless|silly|stupid|dumb|minor|petty) (white )?(lie|fib|mistake|slip|thing)\\b|(a|one) (little|tiny|small|harmless|silly|stupid|dumb|minor|petty|quick) (argument|row|spat|tiff|comment|joke|text|message|kiss|drink|disagreement)\\b(?=,? (nothing (more|else|serious)|that's all|no more|relax|calm|chill|honestly|lol)|\\s*[.!]|\\s*$)|(just|only|merely) (a|one) (little|tiny|small|harmless|silly|stupid|dumb|minor|petty|quick) (white )?(lie|fib|mistake|slip|thing|argument|row|spat|tiff|comment|joke|text|message|kiss|drink|disagreement)\\b",
    {
      notFollowedBy: SMALL_NOT_AFTER,
      // "I made a silly mistake and I'm sorry": the writer owning it, not playing it down
      notPrecededBy: new RegExp(
        `\\bi(?:'?ve| have)?\\s+(?:\\w+\\s+)?(?:made|did|told|said|committed)\\s+$|${NOT_CLAIMING.source}`,
      ),
    },
  ),
  rule(
    "minimizing",
    "(it's|it is|it was|that's|that is|that was) (hardly|not exactly|not) (a crime|the crime of the century|a big crime|a hanging offen[cs]e|a federal case)|(it's|it is|it was) not like i (killed|murdered|robbed|slept with|cheated on|kissed|shagged) (someone|anyone|you|her|him|them|\\w+)",
    { negatable: false },
  ),
];

// --- more wordings of the same constructions -----------------------------------------

// the other's reaction is in view: what follows downplays it
const REACTION =
  /\b(upset|angry|mad|worked up|jealous|overreact\w*|relax|calm down|chill|big deal|sulk\w*|fuss|drama|why are you|hurt|so what)\b/;
const hasReaction = messageTest(REACTION);
const YOU_SUBJ =
  "(you're|you are|you were|you|u|you've been|you get|why are you|stop|you're being|you keep)";
minimizing.push(
  // "you're reading way too much into it", "you're overthinking this", "you take everything so personally"
  rule(
    "minimizing",
    `${YOU_SUBJ} (reading|read) (way |far |so |a bit |a little )?(too much|so much|a lot|more) into (it|this|that|things|everything|what|one|a|my|the|every)\\b`,
    { notPrecededBy: SELF_BEFORE },
  ),
  rule(
    "minimizing",
    `${YOU_SUBJ} (over-?thinking|overanaly[sz]ing) (it|this|that|things|everything)?`,
    {
      notPrecededBy: SELF_BEFORE,
    },
  ),
  rule(
    "minimizing",
    `${YOU_SUBJ} (always )?(take|taking|took) (it|this|that|things|everything) (so |too |way too |far too |a bit too |really )?(personally|seriously|to heart|hard|badly|the wrong way|wrong)\\b|(don't|do not|dont|no need to|stop) (take|taking) (it|this|that|things|everything) (so |too |that )?(personally|seriously|to heart)`,
    { notPrecededBy: SELF_BEFORE },
  ),
  // "you're making this bigger than it is", "you take one mistake and make it the end of the world"
  rule(
    "minimizing",
    "(making|make|makes|made|blowing|blow|blows|turning|turn|turned) (this|it|that|things|everything|one \\w+) (into |out to be |sound |seem |look )?(way |far |much |so much |a lot |a whole lot )?(bigger|worse|more|much worse|way worse|far worse|a bigger (deal|thing)|more of a (deal|thing|drama|issue)) than (it is|it was|it needs to be|it really is|necessary|they are)|(make|making|makes|made|treat|treating|treated|turn|turning|turned) (it|this|that|one \\w+|one \\w+ \\w+) (into )?(the end of the world|a (crime|federal case|capital offen[cs]e|tragedy|catastrophe|disaster|hanging offen[cs]e)|world war (three|3|iii))",
    {
      negatable: false,
      notPrecededBy:
        /\b(?:i|i'?m|i am|i was|i'?ve|i have|i did|i know i|i may have|we)\s+(?:\w+\s+)?$/,
    },
  ),
  rule("minimizing", "(it's|it is|it was|it's like|and it's|it's) world war (three|3|iii)"),
  // "can we not turn this into a whole thing", "let's not turn it into a whole saga"
  rule(
    "minimizing",
    "(turn|turning|make|making) (this|it|that|everything) into (a|such a|this) (whole |big |huge |massive )?(thing|drama|deal|saga|production|issue|song and dance|federal case|soap opera|circus)\\b",
    {
      negatable: false,
      notPrecededBy:
        /\bi(?:'?d|'?ll| would| will| won'?t| wouldn'?t| don'?t| do not)?(?: never| not)?\s+$/,
    },
  ),
  // "you make such a fuss", "if you didn't make such a fuss every time"
  rule(
    "minimizing",
    "(you|u|you're|you always) (didn't |did not |don't |do not |wouldn't |always |just |have to |had to )?(make|made|making|kick up|kicked up|kicking up) (such|so much of) (a )?(fuss|drama|deal|thing|scene|song and dance)",
    { negatable: false },
  ),
  rule(
    "minimizing",
    "(a bit of an|a massive|a huge|a total|a complete|an|such an|massive|huge) (over[- ]?reaction)",
    {
      notPrecededBy: /\b(?:my(?: \w+)? (?:reaction|response)|i was|i'?m|i am|i)\b[^.!?]{0,12}$/,
    },
  ),
  // "hardly a crime", "not exactly a hanging offence"
  rule(
    "minimizing",
    "(hardly|not exactly|not really|it's not|it isn't|it wasn't|that's not|that isn't|that wasn't|not) (a|the) (crime|hanging offen[cs]e|big crime|crime of the century|capital offen[cs]e|federal case|mortal sin|sin)\\b",
    { negatable: false },
  ),
  // "it was five minutes of chatting", "it was literally twenty quid"
  rule(
    "minimizing",
    "(it|that)( was|'s| is) (literally |only |just |like |barely )?(a few|five|ten|two|three|twenty|fifteen|thirty|\\d+|a couple of) (minutes|seconds|mins|secs|quid|pounds|dollars|bucks|euros|pence) (of|late|,|\\.)|(it|that)( was|'s| is) (literally|only|just|barely|like) (a few|five|ten|two|three|four|twenty|fifteen|thirty|fifty|\\d+|a couple of|a) (minutes|seconds|mins|secs|quid|pounds|dollars|bucks|euros|pence)\\b",
  ),
  rule(
    "minimizing",
    "(a|one|two|three|five|ten|fifteen|twenty|\\d+) whole (minutes?|seconds?|hours?|quid|pounds|dollars|days?|mins)\\b",
    // "I feel on edge when you go quiet for a whole day": the writer's own hurt, literal;
    // "Five whole days without lying": mock praise of the other (contempt), not a small harm
    {
      notFollowedBy: test("(without|of not|since you)\\b", "start"),
      unless: test(
        "\\bi (feel|felt|get|got|was) (\\w+ )?(on edge|hurt|lonely|scared|anxious|worried|sad|alone|ignored)",
      ),
    },
  ),
  // "no harm done", "nobody got hurt", "what's the harm"
  rule(
    "minimizing",
    "no harm (done|no foul)|(there's|there is|there was|there wasn't) (no|any) (real )?harm (done|in it)|(nobody|no one|noone) (got|was|gets) hurt|(what's|where's|what is|where is) the harm",
    {
      negatable: false,
      unless: test("(don't worry|no worries|it's (fine|ok|okay|alright)|forgiven|i forgive|thank)"),
    },
  ),
  // "it's only money", "it's just words"
  rule(
    "minimizing",
    "(it's|it is|it was|they're|they were|that's) (only|just) (money|stuff|things|words|sex|a number|banter|texting|flirting|chatting|messages|texts|a phone|a game|a kiss|a drink|a dance|a hug|some texts|some messages)\\b",
    { notFollowedBy: test("(to (you|u|him|her|them|me)|,? but (to|for) me)", "start") },
  ),
  // "it's a small thing", "such a minor thing"
  rule(
    "minimizing",
    "(it's|it is|it was|that's|that is|that was|this is) (such |just |only |really |honestly )?(a |such a )?(small|minor|tiny|trivial|little|silly|petty) (thing|issue|detail|mistake|slip|matter|point|misunderstanding)\\b",
    // "I won't pretend it was a small thing": disowned
    { notFollowedBy: SMALL_NOT_AFTER, notPrecededBy: NOT_CLAIMING },
  ),
  // "you're getting so worked up over one text"
  rule(
    "minimizing",
    "(you're|you are|you were|you get|you got|why are you|you're getting|you always get) (so |this |that |all |getting so |getting )?(upset|angry|mad|worked up|wound up|stressed|bothered|hung up|het up|bent out of shape) (over|about) (one|a (little|tiny|silly|stupid|small|single)|such a (small|little|tiny|silly|stupid)|something so (small|little|minor|trivial|silly|stupid))\\b",
  ),
  // "it wasn't that bad", "not as bad as you make out"
  rule(
    "minimizing",
    "(it|that)( really)? (wasn't|isn't|was not|is not) (that|so|all that|even that) (bad|serious|terrible|awful)\\b|(it's|it is|it was|that's|it isn't|it wasn't)( not| really not)? (as|that) (bad|serious|big|major|important) as (you|u)('re| are)? (think|make (it )?out|made (it )?out|making (it|out)|say|said|are making)",
    {
      unless: test(
        "(doctor|vet|scan|results?|x-ray|hospital|dentist|mechanic|says|said|injury|cut|bruise|pain|weather|traffic|film|movie|food|meal|exam|test)",
      ),
    },
  ),
  // "people do way worse", "it could have been worse", "at least I didn't lie about it"
  rule(
    "minimizing",
    "(people|others|other (guys|men|women|people|couples|dads|mums|parents|husbands|wives)|loads of people|plenty of people|most people)( have)? (do|did|done) (way |much |far |a lot |so much )?worse\\b|at least i (didn't|did not|never|wasn't|haven't|was not|have not)\\b(?! (have|need) to)",
    { negatable: false, notFollowedBy: test("(for|to) (you|u)", "start") },
  ),
  // "Chill." / "relax" as a whole sentence
  rule(
    "minimizing",
    "(chill|relax|calm down|chill out|calm yourself|take a chill pill)( (babe|mate|lol|hun|love|x|ffs))?",
    {
      negatable: false,
      sentenceStart: true,
      sentenceEnd: true,
    },
  ),
  // mock alarm at the other's reaction: "someone call the police", "alert the media"
  rule(
    "minimizing",
    "(someone|somebody|quick,?) call the (police|cops|fire brigade|authorities)|alert the (media|press|authorities)|stop the press(es)?|hold the front page|shock,? horror",
    // mocks the reaction to the writer's own act ("I had a beer with Dave."), not an achievement
    {
      negatable: false,
      when: (c) => /\bi(?:'?m|'?ve|'?d| [a-z]+)\b/.test(c.text.slice(0, c.start)),
    },
  ),
  // "it was a bit of flirting", "it was just dinner"
  rule(
    "minimizing",
    "(it|that)( was|'s| is) (only |just |literally )?a bit of (fun|flirting|banter|a laugh|a giggle|harmless \\w+|messing about|messing around|fooling around|a chat|chat)\\b|(it|that) was (just|only|literally) (dinner|lunch|coffee|drinks|breakfast|talking|dancing|chatting|texting|work drinks|a catch[- ]up|a chat)\\b",
    // said against the other's reaction, not as news ("it was a bit of fun, you should have come")
    { when: (c) => hasReaction(c.text) },
  ),
  // "it's not like I spent the rent money"
  rule(
    "minimizing",
    "(it's|it is|it was|it isn't|it wasn't) not (like|as if) i (spent|stole|slept|cheated|hit|kissed|killed|robbed|murdered|left you|ran off|emptied|crashed|broke|sold|gambled|shagged|had an affair|took|burned|burnt|lost|forgot your|missed your|cheated on you|hit you|remortgaged|mortgaged|maxed out|bankrupted|wrecked|totalled|totaled|drained|cleared out|cleaned out|blew (all|the|our|your|every)|walked out|ran away|set fire)\\b(?! (much|long|ages|a lot|anything|it on purpose))",
    { negatable: false },
  ),
  rule(
    "minimizing",
    "(it's|it is|that's|it isn't|this isn't|it wasn't|it was) (not |hardly )?worth getting (so |this |that |all )?(upset|worked up|angry|mad|stressed|wound up|bothered|het up)( (about|over)( (it|this|that))?)?(?=\\s*[.!?,;]|\\s*$)",
    { negatable: false },
  ),
  // "stop being such a baby about it", "you need to lighten up"
  rule(
    "minimizing",
    "(stop being|don't be|you're being|you're such|you are such|quit being|you're acting like|you are being) (such |a bit of |a total |a complete )?(a )?(baby|crybaby|cry baby|snowflake|princess|martyr|child)\\b|lighten up\\b(?! (your|the|my|a|this|our))",
    { notPrecededBy: SELF_BEFORE },
  ),
  // "I barely even spoke to her"
  rule(
    "minimizing",
    "i (barely|hardly|only|just) even (spoke|talked|texted|looked|touched|saw|know|knew|kissed|danced|messaged|replied|chatted)\\b|i (barely|hardly) (spoke|talked|texted|looked at|touched|know|knew|kissed|danced with|messaged|chatted) (to |with )?(her|him|them)\\b",
    { when: (c) => hasReaction(c.text) || /\beven\b/.test(c.text.slice(c.start, c.end)) },
  ),
  // "you're being so extra about this", "why is this such a big deal to you?"
  rule(
    "minimizing",
    "(you're|you are|ur) being (so |a bit |really |way too |too |a little |just )?(extra|ott|over the top|a bit much|so much|too much)\\b|why is (this|it|that) (such a|so much of a|a|even a) big (deal|thing)",
    { notPrecededBy: SELF_BEFORE },
  ),
  // "it was a silly argument, nothing more"
  rule(
    "minimizing",
    "(it|that)( was|'s| is) (just |only )?(a|an|one) (\\w+ ){0,2}\\w+,? nothing (more|else)(?=\\s*[.!]|\\s*$)",
  ),
);

// --- round 2: constructions ------------------------------------------------------------------

/** Sums and counts said to be small: "a few hundred quid", "a couple of texts". */
const AMOUNT =
  "(a few|a couple of|a couple|a handful of|a|one|two|three|four|five|ten|twenty|fifty|\\d+)( hundred| grand| thousand)? (quid|pounds|dollars|bucks|euros|grand|texts|messages|emails|dms|likes|drinks|pints|beers|photos|pics|comments|words)";
minimizing.push(
  // "It's a holiday, not a kidney", "it's a mug, not a family heirloom": the loss set against a worse one
  rule(
    "minimizing",
    "(it's|its|it is|it was|that's|this is) (only |just )?(a|an|one) (\\w+ )?\\w+,? not (a|an|the) (\\w+ )?(kidney|heirloom|crime|murder|affair|funeral|wedding|disaster|tragedy|death|divorce|betrayal|catastrophe|war|matter of life and death|end of the world)\\b",
    { negatable: false },
  ),
  // "relax it's a mug", "calm down its a like on an insta pic"
  rule(
    "minimizing",
    "(relax|calm down|chill|chill out|calm yourself|get a grip|lighten up),? (it's|its|it is|it was|that's|thats|this is) (only |just |literally )?(a|an|one|some|nothing|two|a few|a couple)\\b",
    { negatable: false },
  ),
  // "It's a few hundred quid", "we're talking about a couple of texts here", "it was fifty quid"
  rule(
    "minimizing",
    `(it's|its|it is|it was|that's|that was|they were|they're) (literally |only |just |like |barely |basically )?${AMOUNT}\\b(?=\\s*[,.!;]|\\s*$| (and|so|from|here|at most|tops|max|,? (calm|relax|chill|come on|it's not|get over)))`,
    {
      negatable: false,
      notPrecededBy:
        /\b(?:cost|costs|paid|owe|spent|price|fee|rent|earn|worth|charge[sd]?|bill)\s+$/,
      when: (c) =>
        !/\b(?:cost|price|fee|rent|bill|charge|ticket|owe)\b/.test(
          c.text.slice(c.sentence.start, c.start),
        ),
    },
  ),
  rule(
    "minimizing",
    `(we're|we are|you're|you are|this is) (talking|getting upset|arguing|fighting|on about) (about|over) (literally |only |just )?${AMOUNT}( here)?\\b`,
    { negatable: false },
  ),
  // "It was one drunk night out of eleven years", "it was ONE missed facetime", "one missed pickup"
  rule(
    "minimizing",
    "(it|that)( was|'s| is) (literally |only |just |like )?one (missed|forgotten|drunk|late|cancell?ed|single|stupid|silly|little|tiny|quick|lousy|bad|harmless|innocent|measly|daft|dumb)( \\w+){1,2}\\b(?=\\s*[,.!;]|\\s*$| (out of|in) )|one (\\w+ )?(night|mistake|day|time|slip|text|kiss|drink|evening|weekend|lie) (out of|in) (\\w+ )?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|many|all (these|those)) (years|months|weeks|days)\\b",
    { negatable: false },
  ),
  // "it's basically a non-issue", "storm in a teacup", "mountain out of a molehill", "keep some perspective"
  rule(
    "minimizing",
    "non[- ]?issue|storm in a tea( )?cup|tempest in a teapot|mountains? out of (a )?mole( )?hills?|nothing( )?burger|(let's|lets|let us|can we|you need to|we need to|try to|just) (keep|get|have|put) (some|a (bit|little) of|things in|this in|it in|a sense of) perspective|(keep|put) (this|it|things) in perspective",
    {
      negatable: false,
      // "I know this isn't a non-issue for you", "I'm not saying it's a storm in a teacup"
      notPrecededBy: /\b(?:not|isn'?t|wasn'?t|never|n'?t)\s+(?:\w+\s+)?(?:a\s+)?$/,
    },
  ),
  // "it's hardly a betrayal", "it's not exactly a scandal"
  rule(
    "minimizing",
    "(hardly|not exactly|not really|scarcely) (a|an|the) (betrayal|affair|scandal|tragedy|disaster|catastrophe|emergency|big deal|drama|sin|outrage|felony|disaster|end of the world|crisis|national emergency|major incident)\\b",
    { negatable: false },
  ),
  // "it's not like we're going to lose the house", "it's not like I posted it online"
  rule(
    "minimizing",
    "(it's not|its not|it is not|it was not|it isn't|it wasn't|it's hardly|it's not even) (like|as if) (i|we|you|u|anyone|anybody|someone|she|he) (just |actually |even |really )?(posted|shared|published|announced|broadcast|sold|told (the|everyone|the whole|all)|put it (online|on)|spent (all|the|every|your)|emptied|('re|are|were|was|'ll|will) (going to |gonna )?(lose|die|starve|go (bankrupt|broke|under)|be (homeless|ruined)|never see|short|skint|broke|struggling|hard up|in debt|desperate|starving|going without))\\b",
    { negatable: false },
  ),
  // "she'll have forgotten by Tuesday", "nobody will even remember it next week"
  rule(
    "minimizing",
    "(she'll|he'll|they'll|you'll|she will|he will|they will|you will|everyone will|everybody will|the kids will) (have )?(forgotten|forget)( about)?( it| all about it| this| that)?( all)? (by|in|before|come|within|next|tomorrow)\\b",
    { negatable: false, unless: test("(don't|do not|dont) (worry|beat)|thank|no worries") },
  ),
  // "it was a tiny bump in a car park", "it's a small scratch"
  rule(
    "minimizing",
    "(it|that)( was|'s| is) (just |only |literally |barely )?(a|one) (tiny|little|small|minor|slight|teeny|wee) (bump|scratch|dent|scrape|knock|ding|chip|mark|stain|crack|prang|nick|tap|fender bender)\\b",
    { negatable: false },
  ),
  // "people spend more on a stag do", "people lose more than that"
  rule(
    "minimizing",
    "(people|others|everyone|most people|loads of people|my mates|other (couples|people|guys|blokes|men|women)) (spend|spends|lose|loses|waste|wastes|blow|blows|drop|drops|bet|bets|drink|drinks) (way |much |far |a lot |loads )?more (than that )?(on|in|every|at|than)\\b",
    { negatable: false },
  ),
  // "What's the big deal?", "I don't see what the problem is", "it's not like it matters"
  rule(
    "minimizing",
    "(what's|whats|what is) the (big deal|fuss|drama)(?=\\s*[?.!,]|\\s*$| (here|about it|anyway))|i (don't|do not|dont|really don't|honestly don't) (see|get|understand) what the (big )?(problem|deal|issue|fuss|drama) (is|was)\\b|(it's|it is|it's not|it isn't) not (like|as if) (it|any of this|this) (matters|mattered|was (important|a big deal|serious)|really matters)\\b",
    { negatable: false },
  ),
);

// --- the impact played down (account "impact" step, apologies) ---------------------------------

/** Feelings of the other, played down by a hedge ("a bit upset"). */
const HURT_FEEL =
  "(upset|annoyed|hurt|put out|miffed|disappointed|bothered|offended|irritated|sad|cross|embarrassed|inconvenienced|frustrated|angry|jealous|stressed)";
minimizing.push(
  // "you were probably a bit upset", "I guess it annoyed you a little", "you may have felt slightly hurt"
  rule(
    "minimizing",
    `(you|u)( were| was|'re| are| might have been| may have been| might have felt| may have felt| probably felt| felt| got)( probably| maybe| perhaps| possibly)? (a (tiny |little )?bit|a little|slightly|mildly|somewhat|kind of|kinda|sort of|a touch|briefly|momentarily) ${HURT_FEEL}\\b|(it|that|this) (probably |maybe |might have |may have )?(upset|annoyed|hurt|bothered|irritated|inconvenienced|embarrassed|affected) (you|u) (a (tiny |little )?bit|a little|slightly|mildly|somewhat|briefly|for a (minute|moment|second|day))\\b`,
    {
      negatable: false,
      // "I know you were a bit upset, and that matters": acknowledged, not played down
      unless: test("(matters|i understand|makes sense|that's fair|of course|rightly|i'm so sorry)"),
    },
  ),
  // "I don't think it affected you that much", "it didn't really hurt anyone", "the impact was minimal"
  rule(
    "minimizing",
    "i (don't|do not|dont) think (it|that|this|what i did) (really |actually |even )?(affected|hurt|bothered|upset|harmed|impacted|mattered to|changed) (you|u|anyone|anybody|the kids|us)( (that|too|very|so) much| much| at all| badly)?\\b|(it|that|this) (didn't|did not|never) (really |actually )?(hurt|affect|harm|impact) (anyone|anybody|you|u) (that|too|very|so|much|at all|really)\\b|(the )?(impact|damage|harm|effect) (was|is|has been) (pretty |fairly |quite |really |very )?(minimal|small|tiny|limited|minor|negligible|nothing|not (that|so) (big|bad|serious))\\b",
    { negatable: false },
  ),
);

// --- more wordings: small amounts of the writer's own act, "worth fighting about", "what difference" ----

minimizing.push(
  // "I was like ten minutes late", "I only had two beers", "I barely spent anything"
  rule(
    "minimizing",
    "i( was|'m| am) (only|just|like|barely|literally|hardly) (a few|a couple of|a couple|two|three|five|ten|fifteen|twenty|\\d+) (minutes|mins|seconds|secs) late\\b|i (only|barely|hardly|just) (had|drank|spent|took|said|sent|borrowed|used) (one|two|three|a couple|a couple of|a few|a little|a bit|anything|a drink|a beer|a glass|a tenner|a fiver)\\b(?! (more|too many|then|and then|before i))",
    {
      negatable: false,
      // "I just had a drink with Sam, see you later": temporal "just" is news, unless said against a reaction
      when: (c) => !/\bjust\b/.test(c.text.slice(c.start, c.end)) || hasReaction(c.text),
      // "I only had a couple of hours' sleep" is a cause, not a small harm
      notFollowedBy: test("(\\w+ )?(hours|hour's|hours'|sleep|minutes to|days to)", "start"),
    },
  ),
  // "It was a one-off", "it was a white lie", "it was a blip"
  rule(
    "minimizing",
    "(it|that)( was|'s| is) (just |only |honestly |literally )?(a|one) (harmless |tiny |little |small )?(one[- ]off|white lie|one[- ]time thing|blip|slip[- ]up|wobble)\\b",
    {
      negatable: false,
      // "it wasn't a one-off, it was a pattern": owned, not played down
      unless: test(
        "(wasn't|was not|isn't|not) (just )?(a|one) (one[- ]off|blip)|pattern|no excuse",
      ),
    },
  ),
  // "You're making too much of this", "let's not blow this up"
  rule(
    "minimizing",
    "(you're|you are|you|u|you're always|stop|why are you|you always) (making|make|made) (way |far )?(too much|so much|a lot|more|a big thing) (of|out of) (it|this|that|nothing|one \\w+|a \\w+)\\b|(let's not|don't|no need to|stop|can we not|there's no need to) (blow|blowing) (this|it|things|everything) up\\b",
    { negatable: false },
  ),
  // "it's not worth fighting about", "no point crying over it"
  rule(
    "minimizing",
    "(it's|it is|that's|this isn't|it isn't|it's not|that isn't|it wasn't|it was) (not |hardly |really not |honestly not )?worth (fighting|arguing|falling out|crying|stressing|losing sleep|a fight|an argument|the drama|the fuss|all this fuss|all this drama|getting so (upset|worked up|angry))( about| over)?\\b|no (point|use|sense) (crying|moaning|whining|getting upset|sulking|getting worked up) (about|over)\\b",
    { negatable: false },
  ),
  // "Why does it even matter?", "What difference does it make?", "It's not like anyone got hurt"
  rule(
    "minimizing",
    "why does (it|this|that|any of this|any of that) (even |really |actually )?matter\\b|what difference does (it|that|this|one \\w+) (even |really |actually )?make\\b|(it's|it is|it was|it wasn't|it isn't) not (like|as if) (anyone|anybody|someone|somebody) (got|was|gets|is) hurt\\b|(it|that) (didn't|did not|never) (hurt|harm) (anyone|anybody)(?=\\s*[.!,;]|\\s*$)",
    { negatable: false },
  ),
  // "These things happen", "shit happens"
  rule(
    "minimizing",
    "(these|such|those) things happen\\b|(shit|stuff|mistakes|accidents) happens?(?=\\s*[.!,;]|\\s*$)",
    {
      negatable: false,
      // reassurance of the other ("don't worry, these things happen")
      unless: test(
        "(don't|do not|dont) (worry|beat)|no worries|no bother|no problem|not at all|it's (ok|okay|fine|alright)|you (did|couldn't)|glad",
      ),
    },
  ),
);

// --- formal wordings: a lapse, out of proportion, the grand scheme, anyone else ------------------

minimizing.push(
  // "It was a minor lapse", "a small oversight"
  rule(
    "minimizing",
    "(it|that)( was|'s| is) (just |only |simply |merely )?(a|an) (minor|small|tiny|slight|brief|momentary|little|silly|one[- ]off) (lapse|oversight|slip|error|hiccup|glitch|blunder|misstep|mix-?up|moment)\\b",
    { negatable: false, notFollowedBy: SMALL_NOT_AFTER },
  ),
  // "this has been blown out of proportion", "the whole thing has been exaggerated"
  rule(
    "minimizing",
    "(this|it|that|things|everything|the whole thing|all this|all of this|the (situation|incident|argument|issue|matter|whole \\w+))( has| have|'s| had| was| is| got| is being)( all)?( been| got)? (blown|taken) (way |totally |completely |massively |a bit |all )?out of (all )?proportion|(this|it|that|things|everything|the whole thing|all this|all of this|the (situation|incident|argument|issue|matter|whole \\w+))( has|'s| had) been (hugely |massively |wildly |completely |totally |a bit |rather )?(exaggerated|overblown|blown up|overstated)\\b",
    {
      negatable: false,
      // "I know it hasn't been exaggerated", "I'm not saying it's been blown out of proportion"
      notPrecededBy: /\b(?:not|never|n't)\s+(?:\w+\s+){0,3}$/,
    },
  ),
  // "In the grand scheme of things it's not important", "compared to what others go through, this is nothing"
  rule(
    "minimizing",
    "in the (grand )?scheme of things,? (it's|it is|it was|this is|that's|that is|it isn't|it wasn't) (not |hardly |really |pretty |very |such )*(important|a big deal|that (bad|important|big)|nothing|small|minor|tiny|trivial|insignificant)\\b|compared (to|with) (what|how|other|most|some|real)\\b[^.!?]{0,40}?,? (this|it|that)('s| is| was) (nothing|small|minor|tiny|trivial|not that bad|not (so|that) bad)\\b",
    { negatable: false },
  ),
  // "No one else would care", "most people wouldn't even notice", "anyone else would have laughed it off"
  rule(
    "minimizing",
    "(no one|nobody|noone) else (would|'d) (care|mind|notice|even notice|bat an eyelid|think twice)\\b|(anyone|anybody|everyone|most people) else (would|'d) (have |'ve )?(laughed it off|shrugged it off|let it go|moved on|not cared|not noticed)\\b|most people (wouldn't|would not|wouldnt) (even )?(notice|care|mind|bat an eyelid|think twice)\\b",
    { negatable: false },
  ),
);

// --- round 3: the incident weighed against the reaction ------------------------------------------

// the incident owned as a wrong: "it was a careless comment and I'm sorry"
const OWNED = test(
  "(wrong|sorry|regret|apologi[sz]e|my fault|on me|shouldn't have|should not have|hurtful|cruel|unkind|out of line|not ok|not okay|no excuse|crossed a line)",
);
/** A reaction (silence, fuss) or the time it has lasted, set against the incident. */
const REACTION_NOUN =
  "(fuss|drama|upset|grief|aggro|silence|sulking|arguing|fighting|crying|shouting|tension|nonsense|carry[- ]on|tears|bickering|rowing|the silent treatment|the cold shoulder|not speaking|you not speaking|you (barely|not) (speaking|talking) to me)";
// ", nothing more" after the writer's own wants ("that's all I'm asking, nothing more")
const WANT_WORDS = check(
  /\b(?:i|i'?m|i'?d|ask\w*|want\w*|need\w*|expect\w*|hop(?:e|ing)|request)\b/,
);
// "still going on about it?" with no subject opens its sentence
const OPENER_ONLY =
  /^[^a-z0-9]*(?:(?:seriously|honestly|really|wow|omg|god|jeez|ugh|oh|lol|come on|mate|babe|and)[^a-z0-9]+)*$/;
minimizing.push(
  // "surely it isn't worth a week of silence", "honestly it's not worth all this"
  rule(
    "minimizing",
    `(isn't|is not|wasn't|was not|'s not|s not|not|hardly|never) (really |honestly |even |exactly )?worth (all (this|that)( ${REACTION_NOUN})?(?=\\s*[.!?,;]|\\s*$| (surely|honestly|is it|was it|come on))|all (this|that|the) ${REACTION_NOUN}|this (much )?${REACTION_NOUN}|(a|one) (whole |full |entire )?(week|day|month|night|weekend|fortnight|year|morning|evening|afternoon) of ${REACTION_NOUN}|(a few |a couple of |two |three |four |five |several |\\d+ |all these |so many )?(days|weeks|months|hours|nights|years) of ${REACTION_NOUN})`,
    {
      negatable: false,
      // "I'm not worth all this", "he isn't worth all this upset": a person's worth, not the incident
      notPrecededBy:
        /\b(?:i'?m|i am|i was|i|you'?re|you are|you were|you|u|ur|u r|we'?re|we are|he'?s|he is|he|she'?s|she is|she|they'?re|they are|him|her|them|someone|somebody|no one|nobody)\s+(?:\w+\s+)?$/,
    },
  ),
  // "you're blowing it up", "why do you blow everything up"
  rule(
    "minimizing",
    "(you're|you are|ur|u r|you|u|you keep|why are you|why do you|you always|you've|you have|stop) (always |just |totally |completely |really )?(blowing|blow|blew|blown) (this|it|that|things|everything|the whole thing|one \\w+|a \\w+ \\w+) (way |right )?up\\b",
    {
      negatable: false,
      // "can you blow it up to A3 for the poster?"
      notFollowedBy: test(
        "(to|into|for|bigger|on|at|with|in|and (print|frame)|a (bit|size))\\b",
        "start",
      ),
      notPrecededBy: /\b(?:can|could|would|will)\s+$/,
    },
  ),
  // "it was banter", "it was a throwaway comment anyway", "it's just a passing remark"
  rule(
    "minimizing",
    "(it|that)( was|'s| is) (just |only |all |literally |honestly |pure |harmless )?(banter|a wind[- ]?up|tongue[- ]in[- ]cheek|(a|an) (throwaway|throw[- ]away|offhand|off[- ]hand|off[- ]the[- ]cuff|passing|flippant|light[- ]hearted|harmless|innocent|joking|jokey) (comment|remark|line|joke|quip|jibe|dig|question))\\b",
    {
      negatable: false,
      notInQuestion: true,
      // "it was banter until it turned nasty", "it was banter that went too far"
      notFollowedBy: test(
        ",? (at first|until|till|but (it|then|that)|that (went|got|turned|crossed|hurt)|which (went|got|turned|crossed|hurt)|gone|to (you|u|him|her|them))\\b",
        "start",
      ),
      unless: OWNED,
    },
  ),
  // "nobody meant anything by it", "the lads didn't mean any harm by it"
  rule(
    "minimizing",
    "(no one|nobody|noone|none of us|none of them|the lads|the girls|the guys|the boys|everyone|they|he|she) (really |ever |even )?(meant|didn't mean|did not mean|never meant|don't mean|doesn't mean) (anything|any harm|no harm|nothing|owt|it) by (it|that|this)",
    {
      negatable: false,
      // "he meant no harm by it, but it still stung": the writer's hurt stands
      unless: test(
        "(but (it|that) (still )?(hurt|stung|upset|matter)|still (hurt|stung|matters)|doesn't matter what)",
      ),
    },
  ),
  // "it was a stupid message to an old mate, nothing more"
  rule(
    "minimizing",
    "(it|that|this|they)( was|'s| is| were) [^.!?]{1,50}?,? nothing (more|else)( than that| to it)?(,? nothing less)?(?=\\s*[.!]|\\s*$|,? (honestly|i swear|i promise|seriously|relax|chill|calm))",
    {
      negatable: false,
      when: (c) => !WANT_WORDS.testSlice(c.text, c.start, c.end),
    },
  ),
  // "it's a scratch on the bumper, not a write-off", "twenty quid, not a bank job"
  rule(
    "minimizing",
    "(it's|its|it is|it was|that's|thats|that was|this is|this was) [^.!?]{1,40}?,? not (a|an|the|some) (\\w+ )?(bank job|heist|robbery|write[- ]off|felony|scandal|crime|murder|catastrophe|disaster|tragedy|kidney|emergency|crisis|life sentence|death sentence|matter of life and death|end of the world|federal case|hanging offen[cs]e|capital offen[cs]e|mortal sin|betrayal|affair|bank robbery|war crime)\\b",
    {
      negatable: false,
      // "it's a cold, not a crisis, I'm fine": the writer's own trouble made light for the other
      unless: test("(i'm (fine|ok|okay|alright|good)|don't worry|no worries|for me)"),
    },
  ),
  // "you lose it over every tiny thing", "you kick off at the slightest thing"
  rule(
    "minimizing",
    "(lose it|losing it|lost it|kick off|kicking off|kicked off|freak out|freaking out|flip out|flipping out|go mad|going mad|go off|going off|blow up|blowing up|explode|fly off the handle|take offen[cs]e|taking offen[cs]e|get (upset|angry|mad|worked up|stressed|offended|wound up|annoyed)|getting (upset|angry|mad|worked up|stressed|offended|wound up|annoyed)|overreact|overreacting|sulk|sulking|moan|moaning|complain|complaining|make a (fuss|scene|drama)|making a (fuss|scene|drama)) (over|about|at) ((every|any) (single )?(tiny|little|small|minor|silly|last|single) |the (slightest|smallest|tiniest|littlest|least) )(thing|things|detail|comment|mistake|word|slip|remark|joke)\\b",
    {
      negatable: false,
      // "I get upset over every little thing lately": the writer's own
      notPrecededBy:
        /\b(?:i|i'?m|i am|i was|i'?ve|i have|i used to|i tend to|me|myself)\s+(?:\w+\s+){0,2}$/,
    },
  ),
  // "this is a lot of drama over a missed phone call", "all this fuss about one text"
  rule(
    "minimizing",
    "(a lot of|all this|all that|so much|such a|this much|a whole lot of|a load of|this whole|a lot of) (drama|fuss|grief|aggro|upset|noise|carry[- ]on|song and dance|hoo[- ]?ha|palaver|stress) (over|about|for|because of) (a|one|an|some|two|a few|a couple of|a single|just|only) ",
    {
      negatable: false,
      // "sorry for all the fuss about a stupid thing I did": the writer's own fuss
      unless: test(
        "(\\bi (caused|made|created|kicked up|started|put you through)|sorry|apologi[sz]e|my fault)",
      ),
    },
  ),
  // "it was a fiver, chill", "it's only a tenner, relax"
  rule(
    "minimizing",
    "(it's|its|it is|it was|that's|thats|that was) (only |just |literally |like |barely )?(a|one) (fiver|tenner|quid|pound|dollar|few quid|couple of quid|few bucks|couple of bucks|score)\\b",
    { negatable: false, when: (c) => hasReaction(c.text) },
  ),
  // "are you seriously still going on about that?", "still banging on about a parking fine?"
  rule(
    "minimizing",
    "((you're|you are|are you|r u|ur|u r|you|u|why are you|why're you)( seriously| really| honestly| actually| literally)? )?still (going on|banging on|harping on|on|moaning|whinging|whining|crying|sulking) about\\b",
    {
      negatable: false,
      when: (c) =>
        !/^still/.test(c.text.slice(c.start, c.end)) ||
        OPENER_ONLY.test(c.text.slice(c.sentence.start, c.start)),
    },
  ),
  // "how long are you going to punish me for one mistake?", "you'd end us over a single text"
  rule(
    "minimizing",
    "(punish|punishing|punished|blame|blaming|hate|hating|leave|leaving|dump|dumping|end|ending|ruin|ruining|throw away|throwing away|throw|throwing|write off|writing off|hold (it|this|that) against|holding (it|this|that) against|give up on|giving up on) (me|us|this|everything|it all|our \\w+|the (marriage|relationship|family)|(eleven|ten|\\d+|\\w+) years)( away)? (over|for|because of) (one|a single|just one|one single)( little| stupid| silly| tiny| small| drunken| measly| single| daft| bad)? (mistake|slip|slip[- ]up|error|night|text|message|kiss|drink|lie|comment|joke|thing|time|argument|row|moment|lapse)\\b",
    {
      negatable: false,
      // "I threw it all away for one stupid night": the writer's own regret
      notPrecededBy:
        /\b(?:i|i'?ve|i have|i'?d|i would|i'?ll|i will|i'?m|i am|i was|i just|i really)\s+(?:\w+\s+){0,2}$/,
    },
  ),
  // "why r u this upset over a group chat", "you're pathetic, crying over a birthday card"
  rule(
    "minimizing",
    "(why (are|r) (you|u)|you're|you are|ur|u r|you get|you got|you're getting|you always get) (this|so|that|all|getting so|getting this) (upset|worked up|angry|mad|bothered|wound up|het up|stressed|offended|jealous|hurt|emotional) (over|about) (a|an|one|some) |(crying|sulking|moping|whining|whinging|throwing a (tantrum|strop|fit|wobbly)|in a strop|having a (tantrum|meltdown|strop)) (over|about) (a|an|one|some) ",
    {
      negatable: false,
      // "I can see why you're so upset about a comment like that", "I was crying over a film"
      notPrecededBy:
        /\b(?:see|understand|know|get|realise|realize|tell|wonder|course|i|i'?m|i am|i was|she|he|she'?s|he'?s|they|they'?re|baby|kids?)\s+(?:\w+\s+){0,2}$/,
      when: (c) => /\b(?:you|u|ur)\b/.test(c.text.slice(c.sentence.start, c.end)),
    },
  ),
  // "don't read into it", "no need to read anything into it"
  rule(
    "minimizing",
    "(don't|do not|dont|no need to|stop|try not to|please don't) (read|reading) (too much |anything |so much |much )?into (it|this|that|things|every|what i)\\b",
    { negatable: false, notPrecededBy: /\bi\s+(?:\w+\s+){0,2}$/ },
  ),
  // "you don't get to be upset about this", "you've got no reason to be angry"
  rule(
    "minimizing",
    "(you|u) (don't|do not|dont) get to be (upset|angry|mad|hurt|jealous|annoyed|offended|cross|funny)\\b|(you|u) (have|'ve got|got) no (right|reason|business|cause) (to be|being) (upset|angry|mad|hurt|jealous|annoyed|offended|cross|so \\w+)\\b",
    {
      negatable: false,
      notPrecededBy: new RegExp(`${SELF_OR_DENIED.source}|${NOT_CLAIMING.source}`),
    },
  ),
  // "don't you think you're blowing this out of proportion?", "don't you think you're overreacting?"
  rule(
    "minimizing",
    "(don't|dont|do not) (you|u) (think|reckon|feel) (that )?(you're|you are|ur|u r|you've been|you might be|you may be|this is|it's) (being )?(a bit |a little |slightly |maybe |perhaps |just |way |totally )?(blowing (this|it|that|things) (way |a bit |slightly |totally )?out of proportion|overreact\\w*|over[- ]?reacting|too sensitive|over[- ]?sensitive|dramatic|over the top|a bit much|making (a|such a) (big )?(deal|fuss|thing|drama))",
    { negatable: false },
  ),
  // "bit dramatic to call it theft", "a bit strong calling that cheating"
  rule(
    "minimizing",
    "(bit|tad|touch|little|slightly|rather|quite|pretty|very|so|way too|too|bit too) (dramatic|ott|over the top|much|extreme|harsh|strong|melodramatic|hysterical) (to call|calling) (it|this|that|what i did|what happened) ",
    { negatable: false },
  ),
  // "so it can't have been that bad", "it can't have been so terrible"
  rule(
    "minimizing",
    "(it|that|this) (can't|cannot|couldn't|could not|can not) have been (that|so|all that|too) (bad|awful|terrible|serious|embarrassing|hurtful|upsetting|big a deal)\\b",
    { negatable: false },
  ),
  // "everyone was laughing, you included", "the whole table was in stitches so it was fine"
  rule(
    "minimizing",
    "(everyone|everybody|the whole (room|table|place|pub|family)|half the (room|table|pub)|all of them|they all|the others|all our friends)( else)? (was |were )?(laughing|laughed|in stitches|thought it was (funny|hilarious)|found it (funny|hilarious)|loved it|saw the funny side)\\b",
    {
      negatable: false,
      // the other set apart from the laughter, or the laughter as proof it was harmless
      when: (c) =>
        /\b(?:(?:you|u) (?:included|too|as well)|(?:except|apart from|but|even|including) (?:you|u)|so (?:it|that) (?:was|can'?t|couldn'?t|wasn'?t)|(?:it|that) was (?:a joke|funny|banter|harmless))\b/.test(
          c.text.slice(c.sentence.start, c.sentence.end),
        ),
    },
  ),
  // "I honestly don't think I did anything that bad", "I didn't do anything so terrible"
  rule(
    "minimizing",
    "i (honestly |really |genuinely |just )?(didn't|did not|never|don't think i|do not think i|dont think i) (really |actually |even )?(did|do|done|said) anything (that|so|all that|too|particularly|especially) (bad|wrong|terrible|awful|serious|horrible|hurtful|major)\\b",
    { negatable: false },
  ),
  // "it was a like on an old photo", "it's one emoji"
  rule(
    "minimizing",
    "(it|that)( was|'s| is) (just |only |literally )?(a|one) (like|emoji|heart|wink|follow|poke|story view|meme|gif|thumbs up|heart emoji|winky face|smiley)(?=\\s*[.!,;]|\\s*$| (on|to|from|in|under)\\b)",
    { negatable: false },
  ),
  // "It was a text. Nobody died.", "it's just a bit of banter", "you can't still be upset about that",
  // "you can't expect me to remember every little thing"
  rule(
    "minimizing",
    "(nobody|no one|no-one) (died|is dying|'s dying)\\b|it's not like (someone|somebody|anyone|anybody) died|(you|u) (can't|cannot|cant) (still )?be (upset|angry|mad|annoyed|hurt|cross) (about|over) (that|this|it)\\b|(can't|cannot|cant) expect me to (remember|know|keep track of|think of) every (little|single|tiny) thing",
    { negatable: false, notInQuestion: false },
  ),
  // "it's ancient history", "you're making this about way more than it was", "Grow up."
  rule(
    "minimizing",
    "(it's|it is|that's|that is|it was) (all )?ancient history|making (this|it|everything) (about|into) (way |much |so much |a lot )?(more|bigger) than it (was|is)",
    // "don't worry about it, it's ancient history" forgives
    {
      negatable: false,
      unless: test("(don't worry|no worries|all good|we're good|forgiven|i forgive|no harm)"),
    },
  ),
  // "it's not like anything happened", "it'll buff out"
  rule(
    "minimizing",
    "it's not like (anything|much|something|anything much) (happened|was going on|went on)\\b|(it'll|it will) (buff|wash|polish|come|grow) (out|off|back)\\b",
    { negatable: false },
  ),
  // Round 4 (train-16): "it was a bit of banter", "it's hardly cheating", "it was one slow dance"
  rule(
    "minimizing",
    "(it was|it's|that was|that's|its) (a bit of|a little|some|harmless|just a bit of|only a bit of) (banter|fun|teasing|a laugh|joking around|mucking about)\\b|(it's|it is|it was|that's|that is|that was|its) hardly (cheating|a crime|lying|an affair|a betrayal|a big deal|the end of the world|a scandal|a disaster)\\b|(it was|it's|its) (only |just |literally )?one (\\w+ ){0,2}(dance|invoice|line|drink|text|kiss|comment|joke|night|message|photo|pint|lunch|coffee|slip|mistake)\\b(?! (of (many|several|a)|in a (series|long|string)))",
  ),
);
