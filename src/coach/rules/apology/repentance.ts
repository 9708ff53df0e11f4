import { check } from "../../check.ts";
import { messageTest, type Rule, type RuleContext, rule, test } from "../../rule.ts";
import { hasApologyContext, MOCK_VOCATIVE } from "./regret.ts";

// --- repentance -----------------------------------------------------------------------------

// what the writer gives up: "I'm done lying", "I'll stop drinking"
const VICE =
  "(lying|lies|hiding|hiding things|keeping secrets|the secrets|secrets|cheating|drinking|booze|alcohol|gambling|betting|the betting|poker|the casino|the apps|dating apps|the app|smoking|weed|drugs|porn|the porn|flirting|texting (him|her|them)|seeing (him|her|them)|talking to (him|her|them)|messaging (him|her|them)|going behind your back|sneaking around|shouting|yelling|snooping|checking your phone|reading your messages|spending)";

const VICE_RE = check(
  /\b(?:lie|lying|hide|hiding|secrets?|cheat|cheating|drink|drinking|gamble|gambling|bet|betting|flirt|flirting|snoop|snooping|sneak|sneaking)\b/,
);
// an apology, an admission or talk of a promise/trust: the message is about the writer's wrong, so a future
// "I won't ..." / "I'll ... every day" is a commitment not to repeat it
const OWNS_WRONG = messageTest(
  /\b(?:wrong|fault|on me|my (?:choice|call|doing|mistake)|shouldn'?t have|should have|i (?:lied|hid|cheated|broke|forgot|missed|took|kept|went behind|betrayed|let (?:you|u) down)|promised?|agreed|commitment|selfish|unfair|out of (?:order|line)|no excuse|ashamed|regret|trust|again)\b/,
);
const ownsWrong = (c: RuleContext): boolean => hasApologyContext(c) || OWNS_WRONG(c.text);

// the habit words of a promised routine (checked after a cheap gated match on every/each/before/whenever)
const HABIT = check(
  /\b(?:every (?:single )?(?:day|night|week|morning|evening|time|weekend|month|sunday|monday|tuesday|wednesday|thursday|friday|saturday)|each (?:day|night|week|time|month)|before (?:i|making|deciding|buying|spending|agreeing|saying yes)|whenever|on weekdays)\b/,
);
// a promise being kept: an apology, or a check-in on a promise ("Kept my promise", "like we agreed")
const PROMISE_TALK = messageTest(
  /\b(?:promised?|promise check|agreed|kept|keeping|commitment|committed|budget|sober|clean|block)\b/,
);
const TRUST_TALK = messageTest(/\btrust\b/);
const keptPromiseContext = (c: RuleContext): boolean =>
  PROMISE_TALK(c.text) || hasApologyContext(c);

const NOT_YOU_NEXT = test(
  // ("from now on you'll hear it from me first" is the writer's commitment: WRITER_COMMITS decides)
  "((you|u) (need|have|must|should|will|can|better|are going)|(you|u)'d better|you're going)",
  "start",
);
// "The bank says it won't happen again": someone else's promise
const REPORTED_SAYING = check(
  /\b(?:he|she|they|the \w+|\w+'s) (?:says|said|claims|claimed|told (?:me|us)|promised|reckons)\b|\baccording to\b/,
);
const WRITER_COMMITS =
  /\b(?:i|i'?ll|i'?m|i'?d|i'?ve|me|my|myself|we|we'?ll|our|us)\b|\b(?:to|with) (?:you|u) (?:first|directly|privately)|\b(?:you|u)'?ll (?:always )?(?:hear|see|know|get|have)\b/;
// "you need to ... from now on": a demand of the other, not the writer's commitment
const YOU_MUST_BEFORE = check(/\b(you|u)\s+(need|have|must|should|better)\b/);
const YOU_MUST_AFTER = check(
  /^\W*(?:you|u) (?:need|have|must|should|better|'?d better|are going|will|'?ll|can)\b/,
);
const ASKING_YOU = check(/\b(?:asking|want|need|like|expect|begging) (?:you|u) to\b/);
export const repentance: Rule[] = [
  rule(
    "repentance",
    "(((i('ll| will)|ill)|i will|it'll|it will|this will|that will) (never|not|not ever)|(i|it|this|that) (won't|won't ever|will not ever)|((i('m| am)|im)|i am) (never|not) (going to|gonna)|i never want to|((i('m| am)|im)|i am) (committed|determined) to (never|not)|((i('ll| will)|ill)|i will|(i('m| am)|im) going to) make sure (you|u|it|this|that) (never|won't|don't|will never)|i promise ((i('ll| will)|ill) never|i won't|never to|not to|i will never|it won't)|i swear ((i('ll| will)|ill) never|i won't|it won't)) [^.!?]{0,60}?\\bagain\\b",
    {
      negatable: false,
      when: (c) => !REPORTED_SAYING.testSlice(c.text, c.sentence.start, c.start),
      // a refusal, not a commitment: "I won't be going over it again", "I'm not apologising again"
      unless: test(
        "(won't|will not|not going to|not gonna|never) (be )?((going over|go over|discuss|discussing|talk(ing)? about|explain|explaining) (it|this|that|myself|the (matter|subject|topic))\\b|bring(ing)? (it|this|that) up|apologi[sz]e|apologi[sz]ing|say(ing)? sorry|repeat(ing)? myself)",
      ),
    },
  ),
  rule(
    "repentance",
    "(won't|will not|will never|'ll never|is never going to|never going to|not going to) (ever )?happen again|(so|make sure|making sure|ensure|that) (that )?(it|this|that|nothing like (this|that)) (doesn't|does not|can't|cannot|never|won't) (ever )?happens? again|never again\\b",
    {
      negatable: false,
      notFollowedBy: test("(am|will|do|are|is|shall|have) (i|we)\\b", "start"),
      // "The bank says ... it won't happen again"; "Won't happen again, boss."
      when: (c) =>
        !REPORTED_SAYING.testSlice(c.text, c.sentence.start, c.sentence.end) &&
        !MOCK_VOCATIVE.testSlice(c.text, c.sentence.start, c.sentence.end),
    },
  ),
  rule(
    "repentance",
    "(from now on|from (now|here)(?=\\s*([.!?,;]|$))|henceforth|hereafter|going forward|moving forward|in (the )?future|from today|from (tonight|tomorrow|this (moment|minute|point))|from here on( in| out)?|(starting|from) (today|now|tomorrow|tonight|this week|next (week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|payday))|from this (day|point) (on|forward)|no more (secret \\w+|hidden \\w+|secrets|lies|lying|hiding|gambling|drinking|drink|booze|alcohol|excuses|poker|betting|bets|casino|nights out|late nights|benders|contact|texting|messaging|dating apps|apps|porn|weed|smoking|chasing losses|credit cards|loans)|no (drinking|gambling|betting|booze|alcohol|poker|nights out|going out|apps) for me)",
    {
      notFollowedBy: NOT_YOU_NEXT,
      when: (c) => {
        if (
          YOU_MUST_BEFORE.testSlice(c.text, c.sentence.start, c.start) ||
          YOU_MUST_AFTER.testSlice(c.text, c.end, c.sentence.end)
        )
          return false;
        // a commitment of the writer's, not a notice ("from now on the bins go out on Tuesday")
        const m = c.text.slice(c.start, c.end);
        // "I'm asking you to be honest with me from now on": a request of the other, not a commitment
        if (ASKING_YOU.testSlice(c.text, c.sentence.start, c.sentence.end)) return false;
        // "phone-free for both of us, starting this week": a shared boundary, not repentance
        if (
          /\b(?:both of us|for us both|each other|we both)\b/.test(
            c.text.slice(c.sentence.start, c.sentence.end),
          )
        )
          return false;
        if (m.startsWith("no ")) return true;
        // a new practice after an admission ("That's on me. From now on anything with a deadline
        // goes in the shared calendar") is the writer's commitment even with no "I" in it
        return (
          WRITER_COMMITS.test(c.text.slice(c.sentence.start, c.sentence.end).replace(m, "")) ||
          hasApologyContext(c)
        );
      },
    },
  ),
  rule(
    "repentance",
    "next time,? ((i('ll| will)|ill)|i will|i am going to|(i('m| am)|im) going to|i promise)",
  ),
  // "Next time there's a problem with the numbers, I'll come to you first" (not "next time you lie, I'm gone")
  rule(
    "repentance",
    "next time (there's|there is|i|something|anything|it|a|an|the|we|my)\\b[^.!?]{1,50}?,? ((i('ll| will)|ill)|i will|(i('m| am)|im) going to)\\b",
    {
      notInQuestion: true,
      when: (c) => !/\b(?:you|u|your|ur)\b/.test(c.text.slice(c.start + 10, c.end)),
    },
  ),
  // "I won't drink at family events anymore" (in an apology: not "I won't bother you anymore")
  rule(
    "repentance",
    "((i('ll| will)|ill) never|i won't|i will not|(i('m| am)|im) not going to|(i('m| am)|im) not gonna) [^.!?]{0,50}?\\b(anymore|any more|any longer)\\b",
    {
      negatable: false,
      when: (c) => ownsWrong(c) || VICE_RE.testSlice(c.text, c.start, c.end),
      unless: test(
        "(bother|wait|waiting|ask|asking|try|trying|beg|begging|put up with|chase|chasing|care|apologi[sz]e|explain) ",
      ),
    },
  ),
  // "I've smashed the SIM and I won't get another"
  rule(
    "repentance",
    "((i('ll| will)|ill) never|i won't|i will not) (get|buy|open|take out|make|download|set up|install|have) (another|a new|a second|any more|anymore)\\b",
    { negatable: false, when: ownsWrong },
  ),
  // in an apology, a refusal of the old behaviour: "I will not contact her", "I won't go to the casino"
  rule(
    "repentance",
    `((i('ll| will)|ill) never|i won't|i will not|(i('m| am)|im) not going to|i am not going to|(i('m| am)|im) never going to) (ever )?(go|contact|see|text|call|message|drink|gamble|bet|lie|hide|keep (secrets|things|anything)|take|borrow|spend|use|read|check|look (at|through)|go through|touch|shout|yell|raise my (voice|hand)|miss|forget|cancel|share|tell (anyone|people|others|your|my)|discuss (your|you|our)|talk about (you|your|our)|post|mention|speak to (her|him|them)|meet|drive|smoke|flirt|cheat|snoop|sneak|make (plans|decisions|big decisions) without|do (that|this|it|anything like (that|this))|put (you|u)|leave (you|u)|let (you|u) down|${VICE})\\b`,
    {
      negatable: false,
      notInQuestion: true,
      when: (c) => ownsWrong(c) && !REPORTED_SAYING.testSlice(c.text, c.sentence.start, c.start),
      unless: test("(discuss|talk about)\\b[^.!?]{0,30}\\bwith (you|u)\\b"),
      // "I won't take no for an answer", "I won't go there", "I won't be told"
      notFollowedBy: test(
        "(no for|there\\b|back to (that|this) (conversation|topic|subject)|into (it|this|that))",
        "start",
      ),
    },
  ),
  // in an apology, a habit promised: "I'll text you when I'm leaving work, every day", "Every Sunday we'll go through
  // the accounts together", "I'll ask before I borrow anything" (not restitution: "I'll pay £50 every week")
  rule(
    "repentance",
    "((i('ll| will)|ill)|(i('m| am)|im) going to|we('ll| will)|we're going to) [^.!?]{3,60}?\\b(every|each|before|whenever|weekdays)\\b|(every|each) (day|night|week|morning|evening|weekend|month|sunday|monday|tuesday|wednesday|thursday|friday|saturday),? ((i('ll| will)|ill)|i will|we('ll| will))\\b",
    {
      notInQuestion: true,
      when: (c) =>
        ownsWrong(c) &&
        HABIT.testSlice(c.text, c.start, c.end + 30) &&
        !/\b(?:pay|paying|refund|transfer|repay|send you)\b|\b(?:you|u)'?(?:ll| will)\b|\bif (?:you|u)\b/.test(
          c.text.slice(c.start, c.end),
        ) &&
        // "I'll do every Saturday pickup to make up for it", "... so you can rest", "I'll make dinner every night
        // this week" is restitution for a while, not a changed habit
        !/\bmake (?:it )?up (?:for|to)\b|\b(?:this|next) (?:week|month|weekend)\b|\bfor the (?:next|rest of)\b|\buntil\b|\btill\b|\bmake amends\b|\bso (?:that )?(?:you|u) (?:can|could|get|have)\b|\bgive (?:you|u) a (?:break|rest)\b/.test(
          c.text.slice(c.start, c.sentence.end),
        ),
    },
  ),
  // a change set up so the other can see: "I'm setting up a shared calendar so you know where I am"
  rule(
    "repentance",
    "((i('m| am)|im)|i am|(i('ll| will)|ill)|i will|(i('ve| have)|ive)) (going to )?(setting up|set up|putting|put|getting|got|turning on|turned on|switching on|switched on|sharing|shared|installing|installed|keeping|kept|making|made|moving|moved|adding|added)\\b[^.!?]{1,50}?\\bso (that )?(you|u) (always |can always |will always )?(know|can (see|check|find|reach|track|know)|'ll (know|see|be able)|will (know|see|be able)|never have to|don't have to|won't have to)\\b",
    { notInQuestion: true },
  ),
  // contact ended: "I've told her I can't see her again", "I've told him it's over"
  rule(
    "repentance",
    "((i('ve| have)|ive)|i) (already |now )?(told|messaged|texted|emailed) (her|him|them) (that )?((i can't|i cannot|i won't|i will not|(i('m| am)|im) not going to) (see|talk to|speak to|contact|meet|text|message|be (with|in touch with|friends with)|continue|carry on|keep (seeing|talking))|not to (contact|call|text|message|come)|it's over|it is over|we're done|we are done|to (stop|leave me alone|never|lose my number)|i never want|there's nothing|this is (over|the end))",
    { notInQuestion: true },
  ),
  // "That's the last time.", "It stops now.", "I'll show you I've changed", "I'm making real changes"
  rule(
    "repentance",
    "(that's|that is|this is|that was|this was) the (very )?last time(?=\\s*([.!]|$))|it (all )?(stops|ends) (now|today|here|tonight)\\b|((i('ll| will)|ill)|i will|(i('m| am)|im) going to|let me) (prove (it|that|myself)|show you (that )?(i've|i have|i can|i'm|i am|i will|(i('ll| will)|ill)) (changed|change|be trusted|different|serious|better|do (this|it|better))|earn (it|that|your trust|your respect) back)|((i('m| am)|im)|i am) (already )?(making|starting to make) (real |big |some |proper |lasting )?changes",
    { notInQuestion: true, negatable: true },
  ),
  // a commitment update carried on: "Keeping it up.", "I'm carrying on", "Back on track from tonight"
  rule(
    "repentance",
    "(keeping|keep) (it|this|that|them) (up|going)|(carrying on|continuing with it|sticking (with|to) (it|this|that))|((i('ll| will)|ill)|i will|(i('m| am)|im) going to) (keep going|carry on|continue|keep at it|stick (with|to) (it|this|that)|stay on (track|top of it))|back on track|recommit(ting|ted)? to|still going strong",
    { when: keptPromiseContext, notInQuestion: true },
  ),
  // "I'll do things differently", "I'll handle it differently next time", "I've learned my lesson"
  rule(
    "repentance",
    "((i('ll| will)|ill)|i will|(i('m| am)|im) going to|i am going to|i want to) (do|handle|approach|deal with|say|tackle|manage) (it|things|this|that|stuff|them|conflict|money|arguments|disagreements)( \\w+){0,2}? differently|(i('ve| have)|ive) (really )?learn(ed|t) (my lesson|from (this|it|that|my mistake))",
    { notInQuestion: true },
  ),
  // a kept commitment carried on: "I'll keep them on every day", "Sticking with it", "I'm keeping it going"
  rule(
    "repentance",
    "((i('ll| will)|ill)|i will|(i('m| am)|im) going to|(i('m| am)|im)|i am) (keep|keeping) (doing (that|this|it)|it (up|going)|them (on|going|up)|to (it|that|my (promise|word))|my (promise|word))|(sticking|stick) (with|to) (it|that|the plan|our (plan|budget|agreement)|my (promise|word))",
    {
      when: (c) =>
        keptPromiseContext(c) ||
        /^\W*(?:(?:every|each) (?:day|week|night|morning|time)|from now on|for good|going forward)\b/.test(
          c.text.slice(c.end, c.sentence.end),
        ),
    },
  ),
  // "I'm never doing that to you again" (in an apology; not "I'm never speaking to you again")
  rule("repentance", "((i('m| am)|im)|i am) never (ever )?(\\w+ing) [^.!?]{0,50}?\\bagain\\b", {
    negatable: false,
    when: hasApologyContext,
    unless: test(
      "never (ever )?(speaking|talking|trusting|going (back|there)|asking|apologi[sz]ing|explaining|seeing (you|u)|coming back|forgiving)",
    ),
  }),
  // "I'm done lying to you", "I'll stop drinking", "I'm quitting gambling for good", "I'm giving up the betting apps"
  rule(
    "repentance",
    `(i('m| am)|im) (done|finished|through) (with )?(the |all the |my |all )?${VICE}\\b|((i('ll| will)|ill)|i will|(i('m| am)|im) going to|i want to|i need to) (stop|quit|give up|cut out|kick) (the |all the |my |all )?${VICE}\\b|(i('m| am)|im) (stopping|quitting|giving up|cutting out|knocking) (the |all the |my |all )?${VICE}\\b`,
    {
      notFollowedBy: test("(for (you|u)|on (you|u))", "start"),
      notInQuestion: true,
      // "I'll stop shouting when you stop lying" is a bargain, not a commitment
      when: (c) =>
        !/\b(?:when|if|once|until|as soon as) (?:you|u)\b/.test(
          c.text.slice(c.end, c.sentence.end),
        ),
    },
  ),
  // from their side: "You won't ever have to wonder where I am again", "you'll never have to check my phone"
  rule(
    "repentance",
    "(you|u)( won't| will not|'ll never| will never| are never going to|'re never going to)( ever)? (have|need) to (wonder|worry|check|guess|ask|chase|doubt|question|find out|hear (it|about)|go through|feel)\\b",
    { negatable: false, notInQuestion: true },
  ),
  // safeguards put in place: "I've self-excluded from every betting site", "Gambling block is back on"
  rule(
    "repentance",
    "(i('ve| have)|ive|i) (\\w+ )?(self-excluded|self excluded|put (a|an) (gambling|betting|spending) (block|blocker|limit)|installed (a|an) (gambling|betting) (block|blocker))|(gambling|betting|spending) (block|blocker|limit)s? (is|are|'s) (back )?on",
  ),
  rule(
    "repentance",
    "(i('m| am)|im) (going to|gonna|determined to|committed to|working on|working to|trying to) (change|stop(?! (by|off|at|in|round|over|for))|work on|get (some )?help|get (counselling|counseling|therapy)|see (a|someone)|do better|be better|be more|try harder|make sure (it|this|that) (never|doesn't|won't)|earn (back )?your trust|rebuild|fix (myself|this in me|how i|the way i)|learn|deal with (it|this|my))",
    { notFollowedBy: test("(the )?(subject|topic|locks?|my mind|plans?|clothes)", "start") },
  ),
  rule(
    "repentance",
    "(i('ll| will)|ill) (always|never) (ask|tell|check|be (honest|there|truthful|open|faithful|upfront|transparent|on time|home|careful)|call|text|put|talk|come|let|keep|lie|cheat|hide|do|make|go|say|treat|leave|read|look|shout|raise|drink|gamble|share|take)\\b",
    {
      negatable: false,
      notFollowedBy: test("(be able to|forget|forgive|understand|trust)", "start"),
    },
  ),
  rule(
    "repentance",
    "(i('ll| will)|ill) (do|be|try) (better|harder|more (careful|honest|open|present|patient|mindful|considerate|thoughtful))|(i('ll| will)|ill) be (better|more (careful|honest|open|transparent|present|patient|mindful|considerate|thoughtful)) (about|with|at|from)|(i('ll| will)|ill) make sure (it|this|that) (never|doesn't|won't|will never)|(i('ll| will)|ill) (work on|change) (myself|how i|the way i|this|my)",
    {},
  ),
  rule(
    "repentance",
    "i promise ((i('ll| will)|ill)|i will|to|not to|it won't|never|i won't)\\b[^.!?]{0,50}?\\b(never|not|again|always|change|stop|every|honest|truth|tell you|more|better|less|open|transparent|careful|on time)",
    { negatable: false },
  ),
  rule(
    "repentance",
    "(i('ve| have)|ive) (already )?(started|booked (a |an |in with a )?(therapist|counsell?or|session|appointment|course|programme|program)|signed up (for|to)|joined|enrolled|cut up|deleted|blocked|uninstalled|cancelled (the|my|that) (card|account|cards|subscription|app)|closed (the|my|that) (card|account|accounts)|handed (my|the|over)|turned off|given (you|my) (my )?(passwords?|phone|access)|made an appointment|found a (therapist|counsell?or|group)|been (going to|seeing|attending)|stopped (drinking|gambling|seeing|talking to|texting|going))\\b",
    { notFollowedBy: test("(a (table|holiday|flight|trip)|the (gym|flight|holiday))", "start") },
  ),
  rule(
    "repentance",
    "((i('m| am)|im)|i am|i will|(i('ll| will)|ill))( going to)? (start |starting |be )?(seeing|see|go to|going to|attend|attending|get|getting|start|starting|at|joining|join) (a |my |the |first |some )*(therapist|therapy|counsell?or|counsell?ing|support group|ga|aa|na|rehab|treatment|help|meeting|programme|program)",
    { notFollowedBy: test("(with|for) (work|the (client|team|boss))", "start") },
  ),
  rule(
    "repentance",
    "((i('ll| will)|ill)|i will|i am going to|(i('m| am)|im) going to)[^.!?]{1,50}?\\binstead\\b",
    {
      when: hasApologyContext,
    },
  ),
  rule(
    "repentance",
    "(i('ll| will)|ill) show you every|((i('ll| will)|ill)|i will|(i('m| am)|im) going to) (show|send|give|forward) (you|u) (all|every|my|the|our) (\\w+ ){0,2}(statements?|papers|receipts|accounts?|messages|bank|phone|texts|passwords?|logins?|bills)\\b|(you|u)('ll| will) (have|get) (the |my )?(logins?|passwords?|access) (to|for) (every|all|my|each)|(i('ll| will)|ill) (tell|show) you (everything|the truth|where i (am|'m going))|((i('ll| will)|ill)|i will|(i('m| am)|im) going to) be (an open book|completely transparent|fully transparent)",
  ),
  rule(
    "repentance",
    "((i('ve| have)|ive)|i have|(i('ll| will)|ill)|i will|(i('m| am)|im) going to|i am going to|(i('m| am)|im)|i am|(i('ve| have)|ive) already|we're going to|(i('d| would| had)|id) like us to)[^.!?]{0,40}?\\b(therapist|counsell?or|therapy|counsell?ing|support group|rehab|treatment (programme|program)|anger management|gamblers anonymous|alcoholics anonymous|recovery (group|programme|program)|(ga|aa|na|recovery|support) (meetings?|sessions?))",
    { notInQuestion: true },
  ),
  rule(
    "repentance",
    "(i want to|(i('m| am)|im) going to|i am going to|i will|(i('ll| will)|ill)|let me|i intend to|i plan to) (\\w+ )?(earn|win|rebuild|regain|build) (back )?(your )?trust",
  ),
  // "there won't be another one", "this is the last time you'll hear it from someone else"
  rule(
    "repentance",
    "there (won't|will not|'ll never|will never|is never going to) be (another|a next time|any more|anymore|a repeat)|(this|that) (is|was|will be) the (very )?last time (you'll|you will|you ever|i ever|(i('ll| will)|ill) ever|i will ever|i) (ever )?(hear|find out|have to|see|catch|lie|hide|cheat|keep|do (this|that)|let (you|u) down|hurt|break|go behind)|((i('m| am)|im)|i am) out for good|(it's|that's|they're|it is|they are) (gone|over|deleted|finished) for good|(i('m| am)|im) (done|finished|through) with (him|her|them|gambling|drinking|betting|poker|the \\w+|that \\w+) for good",
    { negatable: false, notInQuestion: true },
  ),
  // structural change so the other can check: "I've set it up so you can see every account"
  rule(
    "repentance",
    "(i('ve| have)|ive) (\\w+ )?(set (it|things|everything) up|arranged (it|things)|made it|changed (the|my) \\w+|added you|given you access) so (that )?((you|u) (can|will|could)|(you|u)'ll|(you|u)'d) (always |now )?(see|check|access|track|know|view|read|reach|find)",
  ),
  // the means removed: "The dating app is deleted", "the second SIM is in the bin"
  rule(
    "repentance",
    "(the|my|that|his|her) (\\w+ ){0,2}(app|apps|account|accounts|profile|sim|burner|number|cards?|bottles?|login)( \\w+){0,2}( is| are|'s| has been| have been) (now )?(all )?(deleted|gone|blocked|cancelled|canceled|closed|uninstalled|in the bin|binned|destroyed|cut up|shredded)",
    {
      notInQuestion: true,
      when: (c) =>
        /\b(?:dating|betting|gambling|hookup|second|secret|burner|casino|poker|tinder|hinge|bumble|grindr)\b/.test(
          c.text.slice(c.start, c.end),
        ) || hasApologyContext(c),
    },
  ),
  // help for the cause: "I'm booking in with the GP about the anger", "I'm working on my temper"
  rule(
    "repentance",
    "((i('m| am)|im)|(i('ll| will)|ill)|(i('ve| have)|ive)|(i('ve| have)|ive) been|i have been)( already| also| now)? (booking|booked|book|seeing|see|getting|get|got|going|gone|talking|talk|speaking|speak|working|work|doing|signed up|joined|enrolled)( \\w+){0,4}? (about|for|with|on) (the|my) (anger|temper|drinking|gambling|jealousy|outbursts|rage|addiction|spending|lying|insecurity|insecurities)\\b",
  ),
  // the affair ended: "I've ended it", "I've cut off all contact with her"
  rule(
    "repentance",
    "(i('ve| have)|ive|i) (already |now )?(ended (it|things|the affair|the relationship)|broken (it )?off|cut (off )?(all )?contact|stopped all contact)\\b",
    { when: ownsWrong, notInQuestion: true },
  ),
  // transparency offered: "you can see my phone any time", "my phone is open to you"
  rule(
    "repentance",
    "((you|u) (can|could|are welcome to)|you're welcome to) (see|check|look at|look through|go through|read) my (phone|messages|texts|accounts?|emails?|bank|statements|location) (any ?time|whenever|when(ever)? (you|u) (want|like|need))|my (phone|messages|accounts?|emails?|location|bank) (is|are) (an )?(open|available|always open) (book )?(to (you|u))",
    { when: keptPromiseContext, notInQuestion: true },
  ),
  // cutting the tie at work: "I've asked to move teams"
  rule(
    "repentance",
    "(i('ve| have)|ive|i|and) (already )?(asked|applied|requested) (to (move|change|switch) (teams|team|departments|department|desks|shifts|offices|office|roles)|for a (transfer|move))",
  ),
  // "I'll check in with you first", "I'll ask you before"
  rule(
    "repentance",
    "((i('ll| will)|ill)|(i('m| am)|im) going to) (always )?(check|ask|talk|run (it|things|that|plans) by|speak|tell|call|text|come|bring (it|things|that|them|problems|issues)) (in )?((with|to|by) )?(you|u) (first|beforehand|before)",
  ),
  // help and treatment taken up: "I start the programme on Monday", "I've booked the anger course",
  // "I'm back at group on Tuesday", "12 days sober"
  rule(
    "repentance",
    "i (start|begin|'m starting|am starting) (the|my|a|an) (\\w+ ){0,2}(programme|program|course|therapy|counselling|counseling|classes|meetings|group|treatment|rehab)\\b|((i('ve| have)|ive)|i) (already |now )?(booked|signed up for|enrolled (in|on)|joined|started) (the|a|an|my) (\\w+ ){1,2}(course|programme|program|classes|class|group|sessions|therapy|treatment)\\b|(i('m| am)|im) (now |also |still )?(back )?(at|going to|attending|back at|back in|back on) (the |my )?(\\w+ )?(group|meetings|sessions|aa|ga|na|rehab|programme|program)\\b|(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (days|weeks|months) (sober|clean|dry|bet-free|gamble-free)\\b|(sober|clean|dry|bet-free) (for )?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (days|weeks|months)\\b",
    { when: ownsWrong, notInQuestion: true },
  ),
  // giving something up: "I've told Tom I won't be coming to poker nights anymore"
  rule(
    "repentance",
    "i (won't|will not|wont) be (?!(going over|discussing|talking|explaining|repeating|apologi[sz]ing|answering|replying|responding|engaging|arguing|saying|getting into|going into)\\b)(\\w+ing)\\b[^.!?]{0,40}?\\b(anymore|any more|again)\\b",
    { when: ownsWrong, notInQuestion: true },
  ),
  // showing up from now on: "I'll be at every one of your shows", "I'll be front row at the next one"
  rule(
    "repentance",
    "((i('ll| will)|ill)|i will) be (there )?((at|for) (every|each|all) (one of )?(your|the|her|his|their) \\w+|(in the )?front row)\\b",
    { when: hasApologyContext, notInQuestion: true },
  ),
  // transparency: "any spending over £100 gets run past you first", "I'll run anything big by you first"
  rule(
    "repentance",
    "(gets?|will be|is|are) (run|checked|cleared) (past|by|with) (you|u)( first)?\\b|((i('ll| will)|ill)|i will) (run|check|clear) (anything|everything|any \\w+|all \\w+)( \\w+){0,3}? (past|by|with) (you|u) first",
    { when: ownsWrong, notInQuestion: true },
  ),
  // the means handed over: "I've given Sam my cards", "I've handed over my passwords"
  rule(
    "repentance",
    "(i('ve| have)|ive|i) (already |now |just )?(given|handed( over)?|passed)( \\w+)? (my|the) (bank |credit |debit )?(cards?|passwords?|pin|car keys)\\b",
    { when: hasApologyContext, notInQuestion: true },
  ),
  // a sentence that opens "No more ...": "No more lending Craig money without us talking first"
  rule("repentance", "no more \\w+ing\\b", {
    sentenceStart: true,
    notInQuestion: true,
    when: ownsWrong,
  }),
];

repentance.push(
  // "I'm going to start telling you when I'm going out", "Lesson learned."
  rule(
    "repentance",
    "((i('m| am)|im) going to|(i('ll| will)|ill)|i will|(i('m| am)|im) gonna) (start|begin) (telling|showing|checking in with|asking|being (honest|open|upfront)|letting (you|u) know|texting|calling|sharing)\\b",
    { when: (c) => ownsWrong(c) || TRUST_TALK(c.text), notInQuestion: true },
  ),
  rule("repentance", "lesson (learned|learnt)", { negatable: false, sentenceEnd: true }),
  // keeping it up: "I'll keep doing the statements until you don't need them", "so it doesn't slip again"
  rule(
    "repentance",
    "((i('ll| will)|ill)|i will|(i('m| am)|im) going to|(i('m| am)|im) gonna) keep (doing|showing|sending|going|checking|sharing|telling|proving|working on)\\b|so (it|that|this) (doesn't|does not|won't|will not|never) (slip|happen) again\\b",
    { when: keptPromiseContext, notInQuestion: true },
  ),
  // "Properly this time.", "If I feel myself getting like that again, I'll pull over"
  rule("repentance", "properly this time|this time (i mean it|for real|for good)", {
    negatable: false,
    when: (c) => ownsWrong(c) || PROMISE_TALK(c.text) || /\bsaid it before\b/.test(c.text),
  }),
  rule(
    "repentance",
    "if i (feel|notice|find|catch) myself (getting|starting|going|slipping)\\b[^.!?]{0,40}?,? (i('ll| will)|ill)\\b",
    { when: ownsWrong, notInQuestion: true },
  ),
  // the old habit replaced: "If I feel anxious, I'll say so instead of snooping"
  rule(
    "repentance",
    "((i('ll| will)|ill)|i will|(i('m| am)|im) going to|i am going to|from now on i('ll| will)?) [^.!?]{1,50}? instead of (snooping|shouting|yelling|lying|hiding|storming off|walking out|going quiet|going silent|shutting down|shutting you out|checking your phone|going through your|drinking|gambling|sulking|snapping|blowing up|lashing out|ignoring you|avoiding|disappearing|keeping (it|things) (from you|secret|to myself)|bottling|exploding)\\b",
  ),
  // Round 4 (train-17): what the writer has already done so it cannot happen again: "deleted the
  // app and blocked her number", "I've cancelled it", "I've set a watering reminder", "I've
  // reinstalled the blocker"; and a practice promised: "I'll leave the room for ten minutes"
  rule(
    "repentance",
    "((i('ve| have)|ive) (already )?|i (just )?|just )?(deleted|uninstalled|blocked|unfollowed|muted|reinstalled|cancelled|canceled|closed|frozen|froze|handed over|given (you|u) (my|the)|set up|set) (the |my |her |his |their |every |all |a |that |those )?([a-z-]+ )?(app|apps|account|accounts|number|card|cards|loan|blocker|blockers|passwords?|login|reminders?|alerts?|view-only link|limit|profile|dating apps?|betting apps?)\\b",
    { when: hasApologyContext },
  ),
  rule(
    "repentance",
    "((i('ll| will)|ill)|i will|(i('m| am)|im) going to) (leave the room|take a (break|breather|walk)|step away|walk away for) [^.!?]{0,40}?\\b(then|and) (come back|return|finish|carry on|keep talking)\\b|((i('m| am)|im)|i am) (changing|going to change) (how|the way) i\\b",
  ),
);
