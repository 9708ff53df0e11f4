import { type Rule, rule, test } from "../../rule.ts";

// --- forgiveness-pressure ---------------------------------------------------------------------

const NO_PRESSURE = test(
  "(when(ever)? you're ready|in your own time|take (all )?the time you need|take your time|no rush|no pressure|at your (own )?pace|if and when|only (if|when) you('re| are) ready|if you ever want|whenever you feel|whenever you want)",
);
// "move on to the next item" is about an agenda, not the hurt
const MOVE_ON_TO = test(
  "(to|with) (the|a|an|our|another|something|next|item|point|dinner|lunch)\\b",
  "start",
);
export const pressure: Rule[] = [
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
