import { type Rule, rule, test } from "../../rule.ts";
import { hasApologyContext, MOCK_VOCATIVE } from "./regret.ts";

// --- repentance -----------------------------------------------------------------------------

const NOT_YOU_NEXT = test(
  "(you|u) (need|have|must|should|will|'ll|can|better|'d better|are going)",
  "start",
);
// "The bank says it won't happen again": someone else's promise
const REPORTED_SAYING =
  /\b(?:he|she|they|the \w+|\w+'s) (?:says|said|claims|claimed|told (?:me|us)|promised|reckons)\b|\baccording to\b/;
const WRITER_COMMITS =
  /\b(?:i|i'?ll|i'?m|i'?d|i'?ve|me|my|myself|we|we'?ll|our|us)\b|\b(?:to|with) (?:you|u) (?:first|directly|privately)|\b(?:you|u)'?ll (?:always )?(?:hear|see|know|get|have)\b/;
export const repentance: Rule[] = [
  rule(
    "repentance",
    "(((i('ll| will)|ill)|i will|it'll|it will|this will|that will) (never|not|not ever)|(i|it|this|that) (won't|won't ever|will not ever)|((i('m| am)|im)|i am) (never|not) (going to|gonna)|i never want to|i promise ((i('ll| will)|ill) never|i won't|never to|not to|i will never|it won't)|i swear ((i('ll| will)|ill) never|i won't|it won't)) [^.!?]{0,60}?\\bagain\\b",
    {
      negatable: false,
      when: (c) => !REPORTED_SAYING.test(c.text.slice(c.sentence.start, c.start)),
      // a refusal, not a commitment: "I won't be going over it again", "I'm not apologising again"
      unless: test(
        "(won't|will not|not going to|not gonna|never) (be )?(going over|go over|discuss|discussing|talk(ing)? about|bring(ing)? (it|this|that) up|apologi[sz]e|apologi[sz]ing|explain|explaining|say(ing)? sorry|repeat(ing)? myself)",
      ),
    },
  ),
  rule(
    "repentance",
    "(won't|will not|will never|'ll never|is never going to|never going to|not going to) (ever )?happen again|never again\\b",
    {
      negatable: false,
      notFollowedBy: test("(am|will|do|are|is|shall|have) (i|we)\\b", "start"),
      // "The bank says ... it won't happen again"; "Won't happen again, boss."
      when: (c) => {
        const s = c.text.slice(c.sentence.start, c.sentence.end);
        return !REPORTED_SAYING.test(s) && !MOCK_VOCATIVE.test(s);
      },
    },
  ),
  rule(
    "repentance",
    "(from now on|going forward|moving forward|in (the )?future|from today|from (tonight|tomorrow|this (moment|minute|point))|from here on( in| out)?|starting (today|now|tomorrow|tonight|this week)|from this (day|point) (on|forward)|no more (secrets|lies|lying|hiding|gambling|drinking|excuses|poker|betting|bets|casino|nights out|late nights|benders|contact|texting))",
    {
      notFollowedBy: NOT_YOU_NEXT,
      when: (c) => {
        if (
          /\b(you|u)\s+(need|have|must|should|better)\b/.test(
            c.text.slice(c.sentence.start, c.start),
          ) ||
          /^\W*(?:you|u) (?:need|have|must|should|better|'?d better|are going|will|'?ll|can)\b/.test(
            c.text.slice(c.end, c.sentence.end),
          )
        )
          return false;
        // a commitment of the writer's, not a notice ("from now on the bins go out on Tuesday")
        const m = c.text.slice(c.start, c.end);
        if (m.startsWith("no more")) return true;
        return WRITER_COMMITS.test(c.text.slice(c.sentence.start, c.sentence.end).replace(m, ""));
      },
    },
  ),
  rule(
    "repentance",
    "next time,? ((i('ll| will)|ill)|i will|i am going to|(i('m| am)|im) going to|i promise)",
  ),
  rule(
    "repentance",
    "(i('m| am)|im) (going to|gonna|determined to|committed to|working on|working to|trying to) (change|stop|work on|get (some )?help|get (counselling|counseling|therapy)|see (a|someone)|do better|be better|be more|try harder|make sure (it|this|that) (never|doesn't|won't)|earn (back )?your trust|rebuild|fix (myself|this in me|how i|the way i)|learn|deal with (it|this|my))",
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
    "i promise ((i('ll| will)|ill)|i will|to|not to|it won't|never|i won't)\\b[^.!?]{0,50}?\\b(never|not|again|always|change|stop|every|honest|truth|tell you)",
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
    "(i('ll| will)|ill) show you every|(i('ll| will)|ill) (tell|show) you (everything|the truth|where i (am|'m going))|((i('ll| will)|ill)|i will|(i('m| am)|im) going to) be (an open book|completely transparent|fully transparent)",
  ),
  rule(
    "repentance",
    "((i('ve| have)|ive)|i have|(i('ll| will)|ill)|i will|(i('m| am)|im) going to|i am going to|(i('m| am)|im)|i am|(i('ve| have)|ive) already|we're going to|(i('d| would| had)|id) like us to)[^.!?]{0,40}?\\b(therapist|counsell?or|therapy|counsell?ing|support group|rehab|treatment (programme|program)|anger management|gamblers anonymous|alcoholics anonymous|recovery (group|programme|program))",
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
    "(i('ve| have)|ive) (\\w+ )?(set (it|things|everything) up|arranged (it|things)|made it|changed (the|my) \\w+|added you|given you access) so (that )?(you|u) (can|will|'ll|'d|could) (always |now )?(see|check|access|track|know|view|read|reach|find)",
  ),
  // the means removed: "The dating app is deleted", "the second SIM is in the bin"
  rule(
    "repentance",
    "(the|my|that|his|her) (\\w+ ){0,2}(app|apps|account|accounts|profile|sim|burner|number|cards?|bottles?|login)( \\w+){0,2} (is|are|'s|has been|have been) (now )?(all )?(deleted|gone|blocked|cancelled|canceled|closed|uninstalled|in the bin|binned|destroyed|cut up|shredded)",
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
  // "I'll check in with you first", "I'll ask you before"
  rule(
    "repentance",
    "((i('ll| will)|ill)|(i('m| am)|im) going to) (always )?(check|ask|talk|run (it|things|that|plans) by|speak|tell|call|text) (in )?((with|to|by) )?(you|u) (first|beforehand|before)",
  ),
];
