import { check } from "../../check.ts";
import { ADV, MOTIVE_FEEL, STATE } from "../../lexicon.ts";
import { messageTest, type Rule, rule, test } from "../../rule.ts";

// --- explanation (causes; index.ts decides explanation vs excuse) ------------------------

// What the writer did, after "so I ..." in an account of why ("I was ashamed, so I hid it").
const ACT_VERB =
  "(was (so |really |being )?(cold|distant|short|rude|off|snappy|snide|sarcastic|mean|harsh|horrible|nasty|defensive|quiet|secretive|cagey|weird|funny)|hid|lied|kept|didn't|did not|never|said|pretended|ran|left|went|deleted|covered|took|avoided|shut|stayed|chose|read|checked|looked|went through|snooped|told|texted|stopped|made|put|snapped|shouted|yelled|lashed out|blew up|walked|ignored|blocked|cancelled|canceled|skipped|bailed|ghosted|pushed|used|spent|borrowed|passed|bought|gambled|drank|buried|downplayed|played|brushed|let|agreed|signed|faked|invented|exaggerated|blamed|acted|started|got|turned|cut|kept quiet)";
// Motives beyond MOTIVE_FEEL: "because I was dreading it", "because I was in denial".
const MOTIVE_MORE =
  "(dreading|in denial|running (away )?from|avoiding|hiding from|trying to avoid|terrified of|desperate (to|for)|so caught up|too wrapped up|too caught up|too proud to|too scared to|too ashamed to|too afraid to|too embarrassed to)";
const NOT_OTHER = /^\s*(you|u|your|ur|of you)\b/;
export const explanation: Rule[] = [
  // state: "I'd been drinking", "I was going through stuff", "work was crazy"
  rule("explanation", `i (was|'d been|had been|got|was just|was really) ${ADV}${STATE}`, {
    tag: "state",
  }),
  rule(
    "explanation",
    "(i('d| would| had)|id) been (drinking|up all night|working (all night|non-?stop|\\d+ hours)|up (for )?(\\w+ )?(days|nights|hours|all night)|awake for|running on (empty|fumes|no sleep))|when i (drink|panic|get (scared|stressed|anxious|cornered|defensive|overwhelmed)|feel (cornered|trapped|judged|criticised|criticized|ashamed)),? i",
    { tag: "state" },
  ),
  // motive: "because I was terrified", "part of me wanted", "I grew up in a house where"
  rule(
    "explanation",
    `(because|since|as) (i was|i felt|(i('d| would| had)|id) been|i had been) ${ADV}${MOTIVE_FEEL}`,
    { tag: "motive", negatable: false },
  ),
  rule(
    "explanation",
    `(because|since) (i|part of me|deep down i) (wanted|didn't want|did not want|wasn't ready|was not ready|couldn't bear|could not bear|didn't have the (guts|courage|nerve)|hate|hated|can't stand|couldn't stand|find it hard|found it hard|thought|didn't think|did not think|didn't know|did not know|couldn't face|could not face|needed|was trying|felt|was still|am still|'m still|believed|assumed|hoped|convinced myself|told myself|knew|figured|reckoned|was worried|was afraid|was scared|was ashamed|was convinced|was sure|was certain|was paranoid|dreaded|feared|was dreading|couldn't shake|could not shake|get overwhelmed|got overwhelmed|get scared|got scared|get anxious|stopped|started)`,
    { tag: "motive", negatable: false, notFollowedBy: NOT_OTHER },
  ),
  rule(
    "explanation",
    `i (was|felt) ${ADV}${MOTIVE_FEEL}( of| that| about| you| your| to)?[^.!?]{0,60}?,? (so|and so|and|and that's why|that's why|which is why) i (just |then |also |basically )?${ACT_VERB}`,
    { tag: "motive" },
  ),
  rule(
    "explanation",
    "part of me (thought|wanted|was|felt|believed|hoped|didn't|was afraid|knew)|i (think|guess|suppose|realise|realize|know) (now )?(i did it|it happened|the reason( was| is)?|i lied|i hid it|i did that|i kept it)( was)? (because|since|out of)|(i think|i guess) i was (trying|scared|afraid|hoping)",
    { tag: "motive" },
  ),
  rule(
    "explanation",
    "i grew up (in|with|around|thinking|believing)|(i('m| am)|im) still carrying|i (panicked|froze|shut down|went into (panic|shutdown))\\b|i didn't want (you|u) to (see|know|find out|worry|be|think|get)|i didn't know how to (tell|say|face|talk|handle|deal)|the (honest|real|true|simple|short) (reason|answer|truth) (is|was)( that)? (i|part of me|deep down)\\b(?! (was|am|'m|'ve been|have been) (just )?(selfish|wrong|a coward|cowardly|lazy|an idiot|careless|thoughtless|weak)\\b)|the (honest|real|true) reason (is|was)|the truth is,? (that )?(i|part of me|deep down) (was|felt|wanted|didn't want|couldn't|thought|got|needed|panicked|froze)\\b|i fell (straight )?(back )?into|i was trying to (protect|avoid|keep|spare|fix|handle|save)|(it|that) felt easier( than)?|i thought i could (fix|handle|sort|deal)|i (had |'d )?(convinced|persuaded) myself|i (had |'d )?told myself\\b|(family|home|house|household) growing up|growing up,? (we|i|my|money|nobody|no one|it)\\b|i was (raised|brought up) (to|in|with|thinking|believing|never)",
    { tag: "motive" },
  ),
  // "that's the real reason I hid it" (not "You're so insecure, that's the real reason I hid it")
  rule("explanation", "that's the (real|honest|true) reason", {
    tag: "motive",
    when: (c) => !/\b(?:you|u|your|ur|you'?re)\b/.test(c.text.slice(c.sentence.start, c.start)),
  }),
  rule(
    "explanation",
    "(because|cos|cause) ((i('m| am)|im)|i am|i was|(i('ve| have)|ive) been) (still )?(carrying|dealing with|struggling with|working through)",
    { tag: "motive" },
  ),
  rule(
    "explanation",
    "the (only |real |honest |main )?reason (why )?i (didn't|did not|did|lied|hid|kept|never|went|said|took|chose)[^.!?]{0,50}? (is|was) (that |because )?(i|part of me|deep down)\\b",
    { tag: "motive" },
  ),
  rule(
    "explanation",
    "(i('ve| have)|ive) been (really |so )?(struggling|going through (a lot|stuff|something|things|a hard time)|dealing with (a lot|stuff|things)|in a (bad|dark) place)",
    { tag: "motive", notFollowedBy: test("with (how|the way|us|you|your|this|our)", "start") },
  ),
  rule(
    "explanation",
    "(it was|it's been|i had|(i('ve| have)|ive) had|(i('d| would| had)|id) had) (such )?an? (really |very |truly |totally )?(long|busy|hard|rough|crazy|mad|bad|stressful|manic|horrible|awful|terrible|shit|shitty|crap|crappy|nightmare|horrendous|exhausting|draining|brutal|hellish|hectic) (day|week|shift|night|month|weekend|fortnight|year)",
    { tag: "state" },
  ),
  rule("explanation", `(because|since|as|cos|cause) i was ${ADV}${MOTIVE_MORE}`, {
    tag: "motive",
    negatable: false,
  }),
  // "I wanted to look good in front of the director, so I passed your work off as mine"
  rule(
    "explanation",
    `(i|part of me) (really |just |desperately )?(wanted|needed|didn't want|did not want) to [^.!?]{0,60}?,? (so|and so|and that's why|that's why|which is why) i ${ACT_VERB}\\b`,
    { tag: "motive" },
  ),
  // "I think I wanted to feel like somebody's first choice"
  rule(
    "explanation",
    "(i think|i guess|i suppose|i realise|i realize|i know now|maybe|perhaps|looking back,?) (that )?(i|part of me) (wanted|needed|craved|couldn't (bear|face))\\b|(i think|i guess|i suppose|i realise|i realize|i know now|maybe|perhaps|looking back,?) (that )?(i|part of me) was (looking for|desperate|lonely|chasing|avoiding|running)\\b",
    { tag: "motive" },
  ),
  // circumstances: "the week had been absolute chaos", "I'd barely slept", "running on three hours' sleep"
  rule(
    "explanation",
    "(the|that|this|last) (week|day|month|fortnight|period|move|weekend|year|few weeks|last few weeks)( \\w+){0,2} (had been|was|has been|'d been) (absolute |complete |total |utter |just |so |really |pretty )?(chaos|chaotic|mad|crazy|hectic|manic|insane|hell|a nightmare|a blur|a mess|full on|nonstop|non-stop|so busy|busy|stressful|exhausting)|(i|(i('d| would| had)|id)) (barely|hardly|not) slept|(i('d| would| had)|id) had ((about|around|maybe) )?(a few|too many|a couple of|several|some|one too many|\\d+|two|three|four|five|six|seven|eight) (drinks|beers|glasses|pints|wines|shots)|(i('d| would| had)|id) had a few(?=\\s*[,.;]| but| and)|i was (running|surviving|functioning) on (\\w+ ){0,3}(sleep|fumes|empty)|i was (covering|working|doing) (a |two |back-to-back |double )*(double |extra |night |late )?(shifts?|overtime|doubles)",
    { tag: "state" },
  ),
];

// The writer owns something somewhere in the message: a bare feeling ("I was lonely.") is then
// offered as the why of it, not an i-statement about the other.
const hasAdmission = messageTest(
  /\b(?:sorry|apologi[sz]e|my fault|on me|no excuse|not an excuse|no justification|(?:was|is) wrong|i lied|i cheated|affair|i betrayed|i hid|i kept it|i let (?:you|u) down|what i did|makes? (?:it|that|what i did) (?:okay|ok|right))\b/,
);
const ABOUT_OTHER = test(
  "(when|that|because|cos|by|about|of|with|after|around|at) (you|u|your|ur)\\b",
  "start",
);

explanation.push(
  // "I couldn't face telling you", "couldn't bring myself to admit it"
  rule(
    "explanation",
    "(couldn't|could not|could'nt|cant|can't) (face (telling|admitting|saying|confessing|coming clean|the (truth|conversation)|you|it)|bring myself to (tell|say|admit|face|confess))|(i was|i felt|i'm|im|i am|and) (too |so )(proud|ashamed|scared|afraid|embarrassed|frightened|stubborn|nervous|chicken|terrified) to (ask|tell|admit|say|face|own|come clean|talk|let)",
    { tag: "motive", negatable: false },
  ),
  // "I was afraid you'd say no", "I was ashamed to tell you", "I was scared of how you'd react"
  rule(
    "explanation",
    `i (was|felt) ${ADV}(afraid|scared|terrified|frightened|worried|ashamed|embarrassed|nervous|petrified) (that )?((you|u)('d| would| might| were going to| will| say| to| wouldn't| could)|to (tell|ask|admit|say|show|face|let)|of (how|what) (you|u)('d| would| might))`,
    { tag: "motive", when: (c) => hasAdmission(c.text) },
  ),
  // "because losing my job made me feel useless", "because the divorce had me in bits"
  rule(
    "explanation",
    "(because|since|cos|cause|bc) (the|my|losing|being|work|life|everything|things|all|it|that) ([^\\s.!?,]+ ){0,4}?(made me feel|had me|left me( feeling)?|got me so|got me feeling|was getting to me|got to me|was getting on top of me)\\b",
    {
      tag: "motive",
      negatable: false,
      when: (c) => !/\b(?:you|u|your|ur|you'?re)\b/.test(c.text.slice(c.start, c.end)),
    },
  ),
  // "because at home I felt like a failure", "since I felt useless"
  rule(
    "explanation",
    `(because|since|cos|cause|bc) ((at home|at work|back then|at the time|deep down|inside|by then|then),? )?i felt ${ADV}(like (a failure|nothing|a burden|an outsider|a fraud|a disappointment|a spare part|i was (failing|drowning|invisible|nothing|losing))|useless|worthless|invisible|unwanted|trapped|inadequate|small|${MOTIVE_FEEL})`,
    { tag: "motive", negatable: false },
  ),
  // "because admitting the first lot felt impossible"
  rule(
    "explanation",
    `(admitting|telling (you|u)|facing|confessing|saying|asking|being (at )?home|coming home|going home|being around|being there)( [^\\s.!?,]+){0,5} (felt|seemed) ${ADV}(impossible|unbearable|terrifying|scary|too hard|too much|easier|harder|unthinkable|hard|difficult|suffocating|lonely)`,
    { tag: "motive", negatable: false },
  ),
  // circumstances: "buried in work", "behind on rent", "my anxiety was through the roof",
  // "when things got bad at home"
  rule(
    "explanation",
    "i was (so |really |completely |totally )?(buried|drowning|snowed under) (in|with|under) (work|deadlines|debt|bills|stuff)|(i was|i'd got|i had got|i'd fallen|i had fallen|i fell|i got) (so |really |way |badly )?behind (on|with) (rent|bills|payments|the rent|the mortgage|money|the bills|my \\w+)|my (anxiety|stress|depression|head|mental health|drinking|ocd|adhd) (was|had been|'d been|got) (\\w+ )?(through the roof|all over the place|a mess|so bad|really bad|awful|terrible|out of control|spiralling|spiraling|horrendous)|when (things|it|everything|life|work) got (so |really )?(bad|hard|tough|difficult|rough|messy|too much|overwhelming)",
    { tag: "state" },
  ),
  // a bare feeling in an apology: "I was lonely.", "Honestly? I was flattered."
  rule(
    "explanation",
    `i (was|felt) ${ADV}(lonely|flattered|insecure|jealous|bored|resentful|desperate|unhappy|miserable|neglected|invisible)\\b`,
    {
      tag: "motive",
      sentenceStart: true,
      notFollowedBy: ABOUT_OTHER,
      when: (c) => hasAdmission(c.text),
    },
  ),
  // "I got scared and ran", "I panicked and lied": a feeling turned into the act, in an apology
  rule(
    "explanation",
    `i (got|was|felt) ${ADV}(scared|frightened|panicky|nervous|overwhelmed|defensive|jealous|insecure|ashamed|embarrassed|terrified|afraid),? (and|so) (i )?(just |then )?${ACT_VERB}\\b`,
    { tag: "motive", when: (c) => hasAdmission(c.text) },
  ),
  // "My pride got in the way", "my jealousy got the better of me"
  rule(
    "explanation",
    "my (pride|ego|fear|jealousy|insecurity|insecurities|anxiety|temper|shame|stubbornness|panic|anger|insecure side) (got|gets|took|had taken|was getting) (in the way|the better of me|over|control|hold)",
    { tag: "motive" },
  ),
);

// a feeling, belief or habit of the writer's, in an apology, not about the other
explanation.push(
  // "I was worried about money", "I felt so ashamed of the debt" (not "... about what you said")
  rule("explanation", `i (was|felt) ${ADV}${MOTIVE_FEEL} (of|about|that|for) `, {
    tag: "motive",
    when: (c) =>
      hasAdmission(c.text) &&
      !/^\s*(?:(?:what|how|the way|being|having)\s+)?(?:you|u|your|ur|him|her|them)\b/.test(
        c.text.slice(c.end, c.sentence.end),
      ),
  }),
  // "I thought it would blow over", "I hoped you wouldn't find out"
  rule(
    "explanation",
    "i (really |honestly |genuinely |stupidly |naively )?(thought|hoped|assumed|figured|reckoned|believed) (that )?(it|this|that|things|you|u|nobody|no one|it all)('d| would| wouldn't| would not| will| won't| might| could) (just )?(blow over|go away|sort itself|sort (it|things) out|matter|notice|find out|mind|care|be a big deal|be fine|be okay|ok|come out|get better|fix itself|be easier)",
    { tag: "motive", when: (c) => hasAdmission(c.text) },
  ),
  // habits and limits: "I don't handle conflict well", "I've never been good at talking about
  // money", "I have always found it hard to admit when I'm wrong"
  rule(
    "explanation",
    "i (don't|do not|never|didn't|did not) (handle|deal with|cope with|take) (conflict|confrontation|stress|pressure|criticism|rejection|arguments|bad news|being wrong)( well| very well| great)?|((i('ve| have)|ive)|i have) (never|always) been (good|great|any good|bad|terrible|rubbish) at|((i('ve| have)|ive)|i have|i) (always )?(find|found|struggled|struggle) (it )?(so |really |very )?(hard|difficult|to) (to )?(admit|say|talk|tell|ask|open up|be honest|own up|express)|i (always|tend to) (avoid|run from|shut down|go quiet|bottle)",
    { tag: "motive", negatable: false, when: (c) => hasAdmission(c.text) },
  ),
);

// A moral admission somewhere in the message ("that was wrong", "no excuse", "it's on me").
const hasMoral = messageTest(
  /\b(?:wrong|my fault|on me|no excuse|not an? excuse|not (?:a )?justification|cowardly|my (?:own )?(?:choice|decision|call)|makes? (?:it|that|this|what i did|\w+ing(?: \w+){0,3}) (?:okay|ok|right|acceptable)|i own (?:it|that|this)|not your fault|no (?:good )?reason|unfair|cruel|selfish|unforgivable|dress it up|my weakness|a reason,? not)\b/,
);
// (a judgement of the act, not "wrong" in "I sent the wrong figures")
const JUDGED = check(
  /\b(?:(?:was|is|'s|were|be|it) (?:so |really |very )?(?:wrong|cruel|unfair|selfish|cowardly|terrible|awful)|fault|on me|excuse|sorry|apologi[sz]e|regret|ashamed|guilty)\b/,
);
const OTHER_SUBJECT = check(
  /^\s*(?:(?:of|of how|of what|of the way|of the things|of all the things)\s+)?(?:you|u|ya|your|ur|you'?re|youre|ud|you'?d)\b/,
);
explanation.push(
  // "<the writer's act> because <any cause but the other>", in a message that owns the act:
  // "I skipped it because my dad would be there. That was still the wrong call."
  rule("explanation", "(because|cos|cause|bc|since) ", {
    tag: "motive",
    negatable: false,
    notInQuestion: true,
    when: (c) => {
      if (!hasMoral(c.text) || OTHER_SUBJECT.testSlice(c.text, c.end, c.sentence.end)) return false;
      const before = c.text.slice(c.sentence.start, c.start);
      // the writer's act before "because", not a judgement or an apology ("I think it was wrong
      // because it hurt you", "I'm sorry because I love you")
      return (
        /(?:^|[^a-z'])i\b/.test(before) &&
        !/^\W*(?:you|u|he|she|they|we|it)\b/.test(before) &&
        !JUDGED.test(before)
      );
    },
  }),
  // circumstances: "I wasn't coping", "I'd just found out about Dad", "money was tight",
  // "I was so wrapped up in the new job that ..."
  rule(
    "explanation",
    "i (wasn't|was not) (coping|sleeping|in a good (place|way|headspace))|(i('d| would| had)|id) just (found out|heard|learned|learnt|lost|been told|had (bad|some) news)|(i('d| had)|id) had (some )?(bad|terrible|awful|horrible|devastating|upsetting) news\\b|(money|cash|things|finances) (was|were|had been|'d been) (really |so |very )?(tight|tough|short|bad|desperate)|i was (so |too |completely |totally )(wrapped up|caught up|absorbed|consumed|preoccupied|distracted|focused) (in|with|by|on) |(the )?(pressure|stress|workload|debt|grief|money worries|bills) (at work |from work |at home |on me )?(kept|had been|was|were|'d been) (building|piling up|mounting|getting to me|crushing me|eating at me)|(things|life|home|work|everything) (at home |at work )?(was|were|had been|'d been) (so |really |very |pretty )?(hard|difficult|tough|rough|awful|a mess|chaotic|stressful|brutal|intense|overwhelming|falling apart)|(i('d| would| had)|id|i) (had|got|was running on|was on) (only |just |about |barely )?(\\w+|\\d+) hours'? sleep",
    { tag: "state" },
  ),
  // a bare feeling of the writer's in a message that owns the act: "Money was tight and I was
  // embarrassed.", "I was jealous, and I said it." (not "I was hurt.", not "... of you")
  rule(
    "explanation",
    `i (was|felt) ${ADV}(${MOTIVE_FEEL}|flattered|bored|unhappy|miserable|neglected|invisible)\\b`,
    {
      tag: "motive",
      when: (c) => {
        const m = c.text.slice(c.start, c.end);
        if (/\b(?:hurt|angry|confused)$/.test(m) || !hasMoral(c.text)) return false;
        return /^\s*(?:[.,;!]|and\b|so\b|$)/.test(c.text.slice(c.end, c.sentence.end));
      },
    },
  ),
  // "I wanted to impress them and I went along with it" in a message that owns the act
  rule(
    "explanation",
    `(i|part of me) (really |just |desperately )?(wanted|needed) to [^.!?]{0,60}? and (then )?i ${ACT_VERB}\\b`,
    { tag: "motive", when: (c) => hasMoral(c.text) },
  ),
  // a belief acted on: "Why: I thought you'd be jealous, so I lied"
  rule(
    "explanation",
    `i (thought|figured|assumed|believed|reckoned|was sure|was convinced|was certain) (that )?(you|u)('d| would| were going to| might| wouldn't| would never| could)\\b[^.!?]{0,60}?,? (so|and so|which is why|that's why) i (just |then )?${ACT_VERB}\\b`,
    { tag: "motive", when: (c) => hasMoral(c.text) },
  ),
  // a want or feeling behind the act, owned: "I liked feeling wanted, and I chose that over us",
  // "I was still sulking about the weekend, which is on me", "I was livid about the will and I lashed out"
  rule(
    "explanation",
    "i (liked|loved|enjoyed|craved|missed) (feeling|being|the feeling of|the attention|the buzz|the thrill)\\b|i was (still )?(sulking|seething|livid|fuming|raging|bitter|resentful|jealous|furious|angry) (about|over|at|with|that)\\b",
    { tag: "motive", when: (c) => hasMoral(c.text) },
  ),
  // "I think part of why I did it is that I felt invisible"
  rule(
    "explanation",
    "(part of|some of|half of|the reason|the real reason) why i (did (it|that|this)|\\w+ed( it| that| you)?) (is|was) (that |because )?(i|part of me)\\b",
    { tag: "motive" },
  ),
  // "I've been sleeping badly, but that's no excuse"
  rule(
    "explanation",
    "(i('ve| have)|ive) been (sleeping|eating|coping) (so )?(badly|terribly|poorly|awfully)",
    {
      tag: "state",
    },
  ),
);
