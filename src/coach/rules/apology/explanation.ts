import { ADV, MOTIVE_FEEL, STATE } from "../../lexicon.ts";
import { type Rule, rule, test } from "../../rule.ts";

// --- explanation (causes; index.ts decides explanation vs excuse) ------------------------

// What the writer did, after "so I ..." in an account of why ("I was ashamed, so I hid it").
const ACT_VERB =
  "(was (so |really |being )?(cold|distant|short|rude|off|snappy|mean|harsh|horrible|nasty|defensive|quiet|secretive|cagey|weird|funny)|hid|lied|kept|didn't|did not|never|said|pretended|ran|left|went|deleted|covered|took|avoided|shut|stayed|chose|read|checked|looked|went through|snooped|told|texted|stopped|made|put|snapped|shouted|yelled|lashed out|blew up|walked|ignored|blocked|cancelled|canceled|skipped|bailed|ghosted|pushed|used|spent|borrowed|passed|bought|gambled|drank|buried|downplayed|played|brushed|let|agreed|signed|faked|invented|exaggerated|blamed|acted|started|got|turned|cut|kept quiet)";
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
    "(i('d| would| had)|id) been (drinking|up all night|working (all night|non-?stop|\\d+ hours))|when i (drink|panic|get (scared|stressed|anxious|cornered|defensive|overwhelmed)|feel (cornered|trapped|judged|criticised|criticized|ashamed)),? i",
    { tag: "state" },
  ),
  // motive: "because I was terrified", "part of me wanted", "I grew up in a house where"
  rule(
    "explanation",
    `(because|since|as) (i was|i felt|(i('d| would| had)|id) been|i had been) ${ADV}${MOTIVE_FEEL}`,
    { tag: "motive" },
  ),
  rule(
    "explanation",
    `(because|since) (i|part of me|deep down i) (wanted|didn't want|did not want|wasn't ready|was not ready|couldn't bear|could not bear|didn't have the (guts|courage|nerve)|hate|hated|can't stand|couldn't stand|find it hard|found it hard|thought|didn't think|did not think|didn't know|did not know|couldn't face|could not face|needed|was trying|felt|was still|am still|'m still|believed|assumed|hoped|convinced myself|told myself|was worried|was afraid|was scared|was ashamed|stopped|started)`,
    { tag: "motive", notFollowedBy: NOT_OTHER },
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
    "i grew up (in|with|around|thinking|believing)|(i('m| am)|im) still carrying|i (panicked|froze|shut down|went into (panic|shutdown))\\b|i didn't want (you|u) to (see|know|find out|worry|be|think|get)|i didn't know how to (tell|say|face|talk|handle|deal)|the (honest|real|true|simple|short) (reason|answer|truth) (is|was)( that)? (i|part of me|deep down)\\b|the (honest|real|true) reason (is|was)|i fell (straight )?(back )?into|i was trying to (protect|avoid|keep|spare|fix|handle|save)|(it|that) felt easier( than)?|i thought i could (fix|handle|sort|deal)|i convinced myself|i told myself\\b|(family|home|house|household) growing up|growing up,? (we|i|my|money|nobody|no one|it)\\b|i was (raised|brought up) (to|in|with|thinking|believing|never)",
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
  rule("explanation", `(because|since|as|cos|cause) i was ${ADV}${MOTIVE_MORE}`, { tag: "motive" }),
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
    "(the|that|this|last) (week|day|month|fortnight|period|move|weekend|year|few weeks|last few weeks)( \\w+){0,2} (had been|was|has been|'d been) (absolute |complete |total |utter |just |so |really |pretty )?(chaos|chaotic|mad|crazy|hectic|manic|insane|hell|a nightmare|a blur|a mess|full on|nonstop|non-stop|so busy|busy|stressful|exhausting)|(i|(i('d| would| had)|id)) (barely|hardly|not) slept|(i('d| would| had)|id) had (a few|too many|a couple of|several|some|one too many) (drinks|beers|glasses|pints|wines)|i was (running|surviving|functioning) on (\\w+ ){0,3}(sleep|fumes|empty)|i was (covering|working|doing) (a |two |back-to-back |double )*(double |extra |night |late )?(shifts?|overtime|doubles)",
    { tag: "state" },
  ),
];
