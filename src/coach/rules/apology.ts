// Apology component rules (Lewicki, Polin & Lount 2016): regret, explanation,
// responsibility, repentance, repair, forgiveness-request. All are about the
// writer's own act, so every pattern has "I" (or "my", "it" for the act) as
// its subject.

import { ADV, MOTIVE_FEEL, STATE } from "../lexicon.ts";
import { type Rule, rule, test } from "../rule.ts";

// --- regret -----------------------------------------------------------------------

// Not regret: "sorry to bother you", "sorry for your loss", "sorry, on a call".
const POLITE_AFTER = test(
  "(to (bother|interrupt|disturb|trouble|hear|ask|be a pain|spam|keep (you|on)|wake|message|text|do this|pester|chase|nag|say this|ask again)|for (your|the) (loss|delay|late reply|slow reply|wait|short notice|long message|spam|typo|confusion|double text|essay|rant|ramble)|about (your|the) (loss|delay|wait|weather|traffic|mess)|for being (late|slow) (to reply|replying|getting back)|i missed your call|,? (i'm )?(on|in) (a|the) (call|meeting|train|bus|phone)|,? (wrong (chat|person|number)|typo|autocorrect|missed (your )?call|just saw this|only just seen|driving|busy|can't talk)|,? (what|who|pardon|come again|say again|what was that)|(that )?(you|u)('ve| have)? (had|have|got|are having|'re having) (such |a really |a |an |the )+(rough|bad|hard|awful|terrible|long|tough|crap|crappy|shit|shitty|horrible|rubbish|stressful) |(that )?(you|u) (went|had to go|are going|'re going|have been going|'ve been going|have had to go|had to deal|are dealing|'re dealing|lost)\\b|(about|for) what (you|u|you're|you've) (went|are going|have been|'ve been|going|had))",
  "start",
);
const regret: Rule[] = [
  rule("regret", `((i'm|i am|i feel|i was) )?${ADV}sorry`, {
    when: (c) => {
      const after = c.text.slice(c.end, Math.max(c.sentence.end, c.end));
      if (POLITE_AFTER.test(after) || /^\s*not sorry/.test(after)) return false;
      const before = c.text.slice(c.sentence.start, c.start);
      // "I said I'm sorry", "I've said sorry": reporting an apology, not making one
      if (/\b(said|say|saying|told you|already|keep|kept)\s+(that\s+)?$/.test(before)) return false;
      if (/\b(not|never|no)\s+$/.test(before)) return false;
      // bare "sorry," opening a request or notice ("sorry, can we talk tonight?")
      const m = c.text.slice(c.start, c.end);
      const bare = !/\b(i'?m|i am|im|i feel|i was|so|really|very|truly|deeply|terribly)\b/.test(m);
      if (bare && /^\s*[,-]/.test(after)) {
        const rest = after.replace(/^\s*[,-]\s*/, "");
        if (
          /\?\s*$/.test(rest) &&
          !/\b(i|i'?ve|i'?d|me|my)\b/.test(rest.split(/\s+/).slice(0, 2).join(" "))
        )
          return false;
        if (!/\b(i|i'?m|i'?ve|i'?d|i'?ll|my|me|didn'?t|that was|it was|forgot|should)\b/.test(rest))
          return false;
      }
      return true;
    },
  }),
  rule(
    "regret",
    "(i|we) (sincerely |truly |deeply |really )?(apologi[sz]e)(?! if)|(my|our) (sincere |deepest |sincerest |heartfelt |humble )?apologies(?! if)|i owe you an apology|i want to apologi[sz]e|i('d| would) like to apologi[sz]e|please accept my (sincere |heartfelt )?apolog(y|ies)(?! if)",
  ),
  rule(
    "regret",
    "i (really |truly |deeply |so |bitterly |sincerely )?regret (?!(that |it if )?you\\b)(?!nothing)",
  ),
  rule(
    "regret",
    `i (feel|felt) ${ADV}(terrible|awful|sick|horrible|bad|guilty|ashamed|dreadful|rotten|gutted|wretched|remorseful) (about|for|that|over|because|when i|whenever i|knowing)`,
  ),
  rule(
    "regret",
    `i('m| am) ${ADV}(ashamed|remorseful|mortified|gutted) (of|that|about|at) (myself|what|how|the way|i|my|it|that|this)`,
  ),
  rule(
    "regret",
    "i hate (myself for|that i|what i did|how i)|i wish i (hadn't|had never|never|could take (it|that|this|back)|could undo|had (told|been|said|listened))|if i could (take|undo) (it|that|this|back)|i can't forgive myself|i('m| am) heartbroken (that|about what) i",
  ),
  rule(
    "regret",
    `i (feel|felt) ${ADV}(terrible|awful|horrible|guilty|ashamed|dreadful|rotten|wretched|remorseful)`,
    {
      sentenceEnd: true,
    },
  ),
];

// --- responsibility ---------------------------------------------------------------------

// A judgement about the act, by the writer: "that was wrong", "it's on me".
const BAD_ACT_ADJ =
  "(wrong|unfair|cruel|selfish|dishonest|disrespectful|inexcusable|unacceptable|unforgivable|out of order|out of line|not okay|not right|not fair (on|to) you|rude|uncalled for|inappropriate|unjustified|below the belt|a low blow|mean|petty|spiteful|vindictive|a betrayal|a violation( of \\w+ \\w+)?|a lie|cowardly|shameful|thoughtless|careless|horrible|awful|terrible|unkind|nasty|hurtful|disgraceful|indefensible|deceitful|deceptive|manipulative|sneaky|low|a (terrible|rubbish|awful|horrible|shitty|crappy|stupid|cruel|selfish|cowardly|low|nasty|mean|hurtful|lousy|bad|dishonest|thoughtless|careless|disgusting|horrid|crap|shit|dick|dickish|sh\\*tty|horrendous|big) (thing|move|way|mistake|decision|choice|lie|betrayal)( to do| to say| of me)?|my fault|a mistake|a big mistake|a huge mistake|the wrong (thing|call|decision|choice|time))";
const NOT_MINE = test(
  "(of you|by you|you did|you said|your (\\w+ )?(behaviour|decision|choice|idea|fault)|what you|when you)",
);
const WRONG_ACT =
  "(lied|lie to you|cheated|betrayed (you|your|us)|deceived|stole|manipulated|gaslit|gaslighted|humiliated you|abandoned you|ghosted (you|u)|ghosted|cheated on you|broke (your|my|our|a|the) (trust|promise|word|heart|confidence)|broke (it|your \\w+)|went behind your back|went through your (phone|messages|texts|things|stuff|emails|diary|bag|laptop)|read your (messages|texts|emails|diary|journal|letters|phone|private)|snooped|spied on you|hid (it|this|that|the \\w+|things|stuff|money|the truth|\\w+ \\w+) from (you|u)|hid the truth|kept (it|this|that|things|secrets|stuff|the \\w+) from you|lied to (you|your face)|let (you|the team|everyone|us|the family|the kids) down|hurt you|bit your head off|took (the )?credit|shut (you|u) out|pushed (you|u) away|gambled|disrespected you|embarrassed you|shouted at you|yelled at you|screamed at you|snapped at you|insulted you|belittled you|ignored you|invaded your privacy|crossed (a|the) line|messed up|screwed up|fucked up|f\\*\\*\\*ed up|blew it|was unfaithful|wasn't honest|was not honest|wasn't there for you|failed you|used you|took advantage|misled you|betrayed|broke the rules|went too far|overstepped|behaved badly|treated you (badly|horribly|like)|made (a|the same) (mistake|mess)|cheated|stole from you|spent (the|our|your) (\\w+ )?money|forgot your (birthday|anniversary)|stood you up|was (cruel|selfish|dishonest|unfair|out of order|out of line|a coward|cowardly|disrespectful|horrible|awful|an idiot|a jerk|an arse|an ass|a dick|a prick|thoughtless|careless|in the wrong|wrong|unkind|nasty|mean to you)|made a mistake|made a terrible (mistake|choice|decision))";

// "if I lied", "you think I cheated", "as if I hid it": the act is not admitted.
const REPORTED =
  /\b(if|whether|unless|as if|like|you (say|said|think|thought|claim|claimed|believe|feel|felt|act like|acting like)|accused me of|said that|think that|not saying|didn't say|never said|because|cos|cause)\s+$/;

const responsibility: Rule[] = [
  rule(
    "responsibility",
    `(it|that|this|what i did|what i said|which|doing that|saying that|hiding it|lying|lying to you|cheating|what happened)( really| just| truly| totally| completely| absolutely)?( was|'s| is| were) (${ADV})?(still )?${BAD_ACT_ADJ}`,
    {
      tag: "moral",
      notInQuestion: true,
      unless: NOT_MINE,
    },
  ),
  rule(
    "responsibility",
    `\\w+ing (it|that|this|you|your \\w+|the \\w+|about \\w+)( from you)? (was|is) ${ADV}${BAD_ACT_ADJ}`,
    { tag: "moral", notInQuestion: true },
  ),
  rule(
    "responsibility",
    "(it's|it is|it was|that's|that is|that was|this is|the whole thing is|this was) (all |entirely |completely |totally |100% |fully |squarely )?(my (own )?fault|on me|my responsibility|my doing|my mess|my mistake|my bad|my choice|my decision)|(my|all my|entirely my) fault|my bad\\b|that one's on me|(it's|that's) mine to (fix|own|carry|deal with|sort)|mine to fix",
    { tag: "moral", notInQuestion: true },
  ),
  rule(
    "responsibility",
    `i (was|am|'m) (so |completely |totally |absolutely |just |really |100% )?(wrong|in the wrong|to blame|out of order|out of line|responsible|at fault)\\b(?! (about you|to trust|to think you))`,
    { tag: "moral", notInQuestion: true },
  ),
  rule(
    "responsibility",
    "i (take|accept|own|carry|bear) (full |complete |total |all the |all |the )?(responsibility|ownership|blame)|i own (it|that|this|what i did|my part|my mistake|my behaviour)|i accept (that )?(it was|i was|what i did|i did)|the blame is (mine|on me|all mine)|(i've|i have) no(one| one|body) to blame but myself|no(one| one|body) (else )?to blame but me|i('m| am) (fully |completely |entirely |solely )?responsible (for|here)",
    { tag: "moral", notInQuestion: true },
  ),
  rule(
    "responsibility",
    "(there's|there is|that's|it's|it is|that is|there was|i have|i've got|i had) no (excuse|justification)|(doesn't|does not|don't|didn't|won't|does nothing to|can't|cannot) (make it|make that|make this|excuse|justify) (right|okay|ok|better|acceptable|any better|alright|it|that|what i did|anything)?|not (using|making) (that|it|this|them)? ?(as )?(an )?excuses?|no excuses|not to excuse (it|what i did|myself|anything)|not an excuse|i'm not (trying to )?(excuse|justify) (it|what|myself|that)|(i'm|i am) not (going to|gonna) (make|give|offer) (any )?excuses|(that's|it's|is) not an excuse|(isn't|is not|wasn't|was not) an excuse",
    { tag: "moral", negatable: false, notInQuestion: true },
  ),
  rule(
    "responsibility",
    "(it|that|this|hiding it|lying|going silent( on you)?|the decision|doing it) was (still |entirely |completely |all )?my (own )?(choice|decision|call)|i (chose|decided) to (lie|hide|cheat|keep|do|go|say|ignore|read|take|spend|drink|text|lie)|i made (that|the|a|my) (choice|decision) to",
    { tag: "moral", notInQuestion: true },
  ),
  rule(
    "responsibility",
    "i (really |definitely |absolutely )?(should|shouldn't)( have|'ve| of| not have)\\b(?! (known|guessed|seen (it|this|that) coming|expected|listened to my gut|trusted my (gut|instinct)|realised you|realized you|asked (for more|for a raise)))",
    {
      tag: "moral",
      notInQuestion: true,
      notPrecededBy: /\b(maybe|perhaps|if|you think|you said|you say)\s+$/,
    },
  ),
  rule(
    "responsibility",
    `i (have |'ve |had |'d |just |also |even |then |basically |actually |really |totally |completely |deliberately |knowingly |repeatedly |did |know i |admit i |admit that i )*${WRONG_ACT}\\b`,
    {
      tag: "act",
      notInQuestion: true,
      notPrecededBy: REPORTED,
    },
  ),
  rule(
    "responsibility",
    "(i|i've|i have) (broken|betrayed|lost) (your|our) (trust|faith|confidence)|(i|i've|i have) (hurt|let down|failed|betrayed) (you|u)",
    { tag: "act", notInQuestion: true, notPrecededBy: REPORTED },
  ),
  // "I regret lying to you", "sorry for cheating": the act named as wrong
  rule(
    "responsibility",
    "(regret|sorry (for|about)|apologi[sz]e for|ashamed of|apologies for) (ever |always |constantly )?(lying|cheating|deceiving|betraying|hiding (it|this|that|things|the \\w+|\\w+ \\w+) from (you|u)|going behind your back|breaking (my|your|our) (promise|word|trust)|snooping|sneaking around|manipulating|stealing|gaslighting|going through your (phone|messages|things|stuff)|reading your (messages|texts|diary|emails|phone))",
    { tag: "act", notInQuestion: true },
  ),
  rule(
    "responsibility",
    "not (trying to |going to |gonna )?(make|making|give|giving|offer|offering) (any )?excuses",
    { tag: "moral", negatable: false, notInQuestion: true },
  ),
  rule(
    "responsibility",
    "(you|u) (deserve|deserved|deserve so much) (better|more)( than (this|that|how i|what i|the way i|me))?",
    { tag: "moral", notInQuestion: true },
  ),
];

// --- explanation (causes; index.ts decides explanation vs excuse) ------------------------

const NOT_OTHER = /^\s*(you|u|your|ur|of you)\b/;
const explanation: Rule[] = [
  // state: "I'd been drinking", "I was going through stuff", "work was crazy"
  rule("explanation", `i (was|'d been|had been|got|was just|was really) ${ADV}${STATE}`, {
    tag: "state",
  }),
  rule(
    "explanation",
    "i('d| had) been (drinking|up all night|working (all night|non-?stop|\\d+ hours))|when i (drink|panic|get (scared|stressed|anxious|cornered|defensive|overwhelmed)|feel (cornered|trapped|judged|criticised|criticized|ashamed)),? i",
    { tag: "state" },
  ),
  // motive: "because I was terrified", "part of me wanted", "I grew up in a house where"
  rule(
    "explanation",
    `(because|since|as) (i was|i felt|i'd been|i had been) ${ADV}${MOTIVE_FEEL}`,
    { tag: "motive" },
  ),
  rule(
    "explanation",
    `(because|since) (i|part of me|deep down i) (wanted|didn't want|did not want|thought|didn't think|did not think|didn't know|did not know|couldn't face|could not face|needed|was trying|felt|was still|am still|'m still|believed|assumed|hoped|convinced myself|told myself|was worried|was afraid|was scared|was ashamed|stopped|started)`,
    { tag: "motive", notFollowedBy: NOT_OTHER },
  ),
  rule(
    "explanation",
    `i (was|felt) ${ADV}${MOTIVE_FEEL}( of| that| about| you| your| to)?[^.!?]{0,60}?,? (so|and so|and|and that's why|that's why|which is why) i (hid|lied|kept|didn't|did not|said|pretended|ran|left|went|deleted|covered|took|avoided|shut|stayed|chose|read|checked|looked|went through|snooped|told|texted)`,
    { tag: "motive" },
  ),
  rule(
    "explanation",
    "part of me (thought|wanted|was|felt|believed|hoped|didn't|was afraid|knew)|i (think|guess|suppose|realise|realize|know) (now )?(i did it|it happened|the reason( was| is)?|i lied|i hid it|i did that|i kept it)( was)? (because|since|out of)|(i think|i guess) i was (trying|scared|afraid|hoping)",
    { tag: "motive" },
  ),
  rule(
    "explanation",
    "i grew up (in|with|around|thinking|believing)|i('m| am) still carrying|i (panicked|froze|shut down|went into (panic|shutdown))\\b|i didn't want (you|u) to (see|know|find out|worry|be|think|get)|i didn't know how to (tell|say|face|talk|handle|deal)|the (honest|real|true) reason (is|was)|that's the (real|honest|true) reason|i fell (straight )?(back )?into|i was trying to (protect|avoid|keep|spare|fix|handle|save)|(it|that) felt easier( than)?|i thought i could (fix|handle|sort|deal)|i convinced myself|i told myself (it|that)",
    { tag: "motive" },
  ),
  rule(
    "explanation",
    "(because|cos|cause) (i'm|i am|i was|i've been) (still )?(carrying|dealing with|struggling with|working through)",
    { tag: "motive" },
  ),
  rule(
    "explanation",
    "the (only |real |honest |main )?reason (why )?i (didn't|did not|did|lied|hid|kept|never|went|said|took|chose)[^.!?]{0,50}? (is|was) (that |because )?(i|part of me|deep down)\\b",
    { tag: "motive" },
  ),
  rule(
    "explanation",
    "i('ve| have) been (really |so )?(struggling|going through (a lot|stuff|something|things|a hard time)|dealing with (a lot|stuff|things)|in a (bad|dark) place)",
    { tag: "motive", notFollowedBy: test("with (how|the way|us|you|your|this|our)", "start") },
  ),
  rule(
    "explanation",
    "(it was|it's been|i had|i've had|i'd had) (such )?a (really |very )?(long|busy|hard|rough|crazy|mad|bad|stressful|manic) (day|week|shift|night|month)",
    { tag: "state" },
  ),
];

// --- repentance -----------------------------------------------------------------------------

const NOT_YOU_NEXT = test(
  "(you|u) (need|have|must|should|will|'ll|can|better|'d better|are going)",
  "start",
);
const repentance: Rule[] = [
  rule(
    "repentance",
    "((i'll|i will|it'll|it will|this will|that will) (never|not|not ever)|(i|it|this|that) (won't|won't ever|will not ever)|(i'm|i am) (never|not) (going to|gonna)|i never want to|i promise (i'll never|i won't|never to|not to|i will never|it won't)|i swear (i'll never|i won't|it won't)) [^.!?]{0,60}?\\bagain\\b",
    { negatable: false },
  ),
  rule(
    "repentance",
    "(won't|will not|will never|'ll never|is never going to|never going to|not going to) (ever )?happen again|never again\\b",
    { negatable: false, notFollowedBy: test("(am|will|do|are|is|shall|have) (i|we)\\b", "start") },
  ),
  rule(
    "repentance",
    "(from now on|going forward|moving forward|in (the )?future|from today|starting (today|now|tomorrow|this week)|from this (day|point) (on|forward)|no more (secrets|lies|lying|hiding|gambling|drinking|excuses))",
    {
      notFollowedBy: NOT_YOU_NEXT,
      when: (c) =>
        !/\b(you|u)\s+(need|have|must|should|better)\b/.test(
          c.text.slice(c.sentence.start, c.start),
        ),
    },
  ),
  rule("repentance", "next time,? i('ll| will| am going to|'m going to| promise)"),
  rule(
    "repentance",
    "i('m| am) (going to|gonna|determined to|committed to|working on|working to|trying to) (change|stop|work on|get (some )?help|get (counselling|counseling|therapy)|see (a|someone)|do better|be better|be more|try harder|make sure (it|this|that) (never|doesn't|won't)|earn (back )?your trust|rebuild|fix (myself|this in me|how i|the way i)|learn|deal with (it|this|my))",
    { notFollowedBy: test("(the )?(subject|topic|locks?|my mind|plans?|clothes)", "start") },
  ),
  rule(
    "repentance",
    "i('ll| will) (always|never) (ask|tell|check|be (honest|there|truthful|open|faithful|upfront|transparent|on time|home|careful)|call|text|put|talk|come|let|keep|lie|cheat|hide|do|make|go|say|treat|leave|read|look|shout|raise|drink|gamble|share|take)\\b",
    {
      negatable: false,
      notFollowedBy: test("(be able to|forget|forgive|understand|trust)", "start"),
    },
  ),
  rule(
    "repentance",
    "i('ll| will) (do|be|try) (better|harder|more (careful|honest|open|present|patient|mindful|considerate|thoughtful))|i('ll| will) be (better|more (careful|honest|open|transparent|present|patient|mindful|considerate|thoughtful)) (about|with|at|from)|i('ll| will) make sure (it|this|that) (never|doesn't|won't|will never)|i('ll| will) (work on|change) (myself|how i|the way i|this|my)",
    {},
  ),
  rule(
    "repentance",
    "i promise (i'll|i will|to|not to|it won't|never|i won't)\\b[^.!?]{0,50}?\\b(never|not|again|always|change|stop|every|honest|truth|tell you)",
    { negatable: false },
  ),
  rule(
    "repentance",
    "i('ve| have) (already )?(started|booked (a |an |in with a )?(therapist|counsell?or|session|appointment|course|programme|program)|signed up (for|to)|joined|enrolled|cut up|deleted|blocked|uninstalled|cancelled (the|my|that) (card|account|cards|subscription|app)|closed (the|my|that) (card|account|accounts)|handed (my|the|over)|turned off|given (you|my) (my )?(passwords?|phone|access)|made an appointment|found a (therapist|counsell?or|group)|been (going to|seeing|attending)|stopped (drinking|gambling|seeing|talking to|texting|going))\\b",
    { notFollowedBy: test("(a (table|holiday|flight|trip)|the (gym|flight|holiday))", "start") },
  ),
  rule(
    "repentance",
    "i('m| am| will|'ll)( going to)? (start |starting |be )?(seeing|see|go to|going to|attend|attending|get|getting|start|starting|at|joining|join) (a |my |the |first |some )*(therapist|therapy|counsell?or|counsell?ing|support group|ga|aa|na|rehab|treatment|help|meeting|programme|program)",
    { notFollowedBy: test("(with|for) (work|the (client|team|boss))", "start") },
  ),
  rule("repentance", "i('ll| will| am going to|'m going to)[^.!?]{1,50}?\\binstead\\b"),
  rule(
    "repentance",
    "i('ll| will) show you every|i('ll| will) (tell|show) you (everything|the truth|where i (am|'m going))|(i'll|i will|i'm going to) be (an open book|completely transparent|fully transparent)",
  ),
  rule(
    "repentance",
    "(i've|i have|i'll|i will|i'm going to|i am going to|i'm|i am|i've already|we're going to|i'd like us to)[^.!?]{0,40}?\\b(therapist|counsell?or|therapy|counsell?ing|support group|rehab|treatment (programme|program)|anger management|gamblers anonymous|alcoholics anonymous|recovery (group|programme|program))",
  ),
  rule(
    "repentance",
    "(i want to|i'm going to|i am going to|i will|i'll|let me|i intend to|i plan to) (\\w+ )?(earn|win|rebuild|regain|build) (back )?(your )?trust",
  ),
];

// --- repair -----------------------------------------------------------------------------------

const repair: Rule[] = [
  rule(
    "repair",
    "(what|how) (can|could|would|should|do|might|will) i (do )?(to )?(start |begin )?(make|making|put|putting|fix|fixing|set|setting|earn|make amends|repair) (it|this|things|that|amends|it all|this all|everything)?( up to you| right| better| up| straight)?|what would (make|help) (it|this|things) (up to you|right|better)",
    { negatable: false },
  ),
  rule(
    "repair",
    "make (it|this|that|things) up to (you|u)|make (it|this|that|things|everything) (right|good|better)( again)?|make amends|to make up for|making (it|this|things) right|put (it|this|things) right|set (it|things|this|the record) straight|take it back\\b|undo the damage|repair (the damage|this|it|things|what)",
  ),
  rule(
    "repair",
    "i('ll| will| am going to|'m going to|'d like to| want to) (pay|cover|replace|fix|repair|buy you (a |another |a new )?|return|give (it|you|them) back|pay (you |it )?back|refund|reimburse|make it up|make it right|compensate|sort out the|clean|cook)\\b(?! (attention|a visit|the bills?))",
    { notPrecededBy: /\b(if|you said|you want me to)\s+$/ },
  ),
  rule(
    "repair",
    "let me (make|fix|pay|replace|buy|take you|cook|treat|help|sort|put|repair|cover|do something|show you)\\b|my treat\\b|(can|could|may) i (start by|begin by) |(paying|pay) for (the|your|it|a new|another|everything)|i('ve| have) (already )?(paid|replaced|returned|given back|fixed|repaired|refunded|apologi[sz]ed to|told (the|your|my|everyone|him|her|them|\\w+)\\b[^.!?]{0,40}?(truth|was yours|it was me|my fault|i lied|what really|what i did))",
    { negatable: false },
  ),
  rule(
    "repair",
    "i('ll| will|'m going to| am going to) (call|ring|tell|talk to|speak to|write to|email|message) (him|her|them|your \\w+|my \\w+|the \\w+|everyone)\\b[^.!?]{0,40}?(take it back|apologi[sz]e|set the record straight|explain|tell (them|him|her) the truth|make (it|this|things) right|correct|clear (it|this|things) up|sort (it|this) out|i was wrong|it was (me|my fault)|i lied|the truth)|i'll ring them myself|i'll (call|ring|tell) (them|him|her) myself",
  ),
  rule(
    "repair",
    "tell me (what|how) (i can|to|i should) (do|make|fix|help)|(is there|there's) anything i can do (to|for)|anything (i can do )?to make (it|this) (up|right|better)|whatever it takes to (make|fix|put)|i('ll| will) do (the work|whatever it takes|anything)",
    { negatable: false },
  ),
];

// --- forgiveness-request ------------------------------------------------------------------------

const NOT_POLITE_FORGIVE = test(
  "(if i|for (asking|saying|interrupting|being blunt|my bluntness)|,? but)",
  "start",
);
const request: Rule[] = [
  rule(
    "forgiveness-request",
    "(will|would|can|could|do|did|might) (you|u) (ever |possibly |one day |someday |please |maybe |find it in your heart to |eventually |try to |consider )*(forgive|pardon) me",
    {
      notFollowedBy: NOT_POLITE_FORGIVE,
      notPrecededBy: /\b(when|why|how long (until|till|before))\s+$/,
    },
  ),
  rule(
    "forgiveness-request",
    "(please,? |pls )(please,? )*(forgive|pardon) me|forgive me\\?|forgive me,? please",
    { notFollowedBy: NOT_POLITE_FORGIVE },
  ),
  rule(
    "forgiveness-request",
    "(i hope|i pray|hoping|i'm hoping|i really hope|i just hope|i can only hope|my hope is)( that)? (one day |someday |in time |eventually |with time )?(you|u)( can| could| will| might|'ll| would| are able to|'re able to|'d) (one day |someday |eventually |find it in your heart to |ever |in time |still )*forgive me",
  ),
  rule(
    "forgiveness-request",
    "(i'm |i am |i )?(ask|asking|beg|begging|pleading|plead)( with)? (you )?(for )?(your )?(forgiveness|to forgive me|you to forgive me)|(i'd|i would|i want to|i'd like to|can i) (like to )?ask (you )?(for your forgiveness|you to forgive me|for forgiveness)|(i'd|i would) (like|love) (you )?to (be forgiven|earn your forgiveness)",
  ),
  rule(
    "forgiveness-request",
    "if (there's|there is) any (way|chance) (that )?(you|u) (could|can|might|would) (ever |one day |someday )?forgive me|find it in (your|ur) heart to forgive|i('d| would) be (so |really |very |forever |eternally )?grateful if (you|u) (could|would|can) (ever |one day |someday )?forgive|(i hope|hoping) for your forgiveness|i (want|need|would love|'d love) your forgiveness",
  ),
];

export const apologyRules: readonly Rule[] = [
  ...regret,
  ...responsibility,
  ...explanation,
  ...repentance,
  ...repair,
  ...request,
];
