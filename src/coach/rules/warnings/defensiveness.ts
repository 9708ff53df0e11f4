import { type Rule, rule, test } from "../../rule.ts";

// --- defensiveness ------------------------------------------------------------------------------

export const defensiveness: Rule[] = [
  rule(
    "defensiveness",
    "(that's|that is|this is|thats) (not|simply not|just not|absolutely not) (true|what happened|how it happened|how it went|what i said|what i meant|fair)(?! (on|to) (you|u))|(it's|it is) (not|simply not|just not) true|(that's|that is|that isn't|this is) (a lie|a total lie|rubbish|nonsense|bullshit|bs|not true|untrue)|that isn't true|that's a lie",
    {
      negatable: false,
      // "that's not true, you're a wonderful mother": reassurance, not pushback
      unless: test(
        "(you're right|you were right|i know that's not fair|(you're|you are) (a |an |so |such a |the )?(wonderful|great|amazing|good|brilliant|lovely|kind|beautiful|best|smart|clever|strong|loved|not))",
      ),
    },
  ),
  rule(
    "defensiveness",
    "i (didn't|did not|haven't|have not|never|wasn't|was not) (do|done|did|doing) (anything|nothing) wrong|i did nothing wrong|i('ve| have) done nothing wrong|i('ve| have)n't done anything|i haven't put a foot wrong|i've been nothing but",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(why am i|i'm|i am|why is it) always (the (bad guy|villain|problem|one (to blame|who|in the wrong|at fault))|my fault|me)\\b|i'm always the one who gets",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(so )?(now )?(it's|its|everything's|everything is|this is|it is) (all |suddenly |somehow |always )?my fault(\\?| now| again)|(so )?(now )?it's (all |somehow |suddenly )?(on me|my fault)\\?|how is (this|that|it) my fault",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "what about (when|the time|every time|all the times|all those times|that time|the times|last (week|time|year|night|month))\\b(?=[^.!?]*\\b(you|u)\\b)|and what about (you|u)\\b|(you're|you are) (one|the one) to talk|look who's talking|pot,? kettle",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "i can't (ever )?win|whatever i do,? (it's|its|it is) (wrong|never (enough|good enough|right)|not (enough|good enough))|nothing i (do|say|try)( is| will ever be)? (ever )?(good enough|right|enough)|i can never do anything right|damned if i do",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "stop attacking me|why are you (attacking|blaming) me|(you're|you are) (always )?(attacking|blaming) me|stop blaming me|don't blame me|(you're|you are|stop) twisting my words|stop putting words in my mouth|i'm not the one who|(are you )?(calling|accusing) me (of|a)\\b",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(it's|it is|it was|that's|that was|this is|this isn't|that isn't) (not|n't|hardly) (all )?my fault|it (wasn't|isn't) (all )?my fault|(that's|it's) not on me|i was (only|just) trying to (help|be nice|protect)",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(oh )?(right|sure),? because (you|u)('ve| have)? never (done|made|said|lied|been)|like (you're|you are|you've|you have|you) (so )?(perfect|never|any better|a saint)|as if (you|u)('ve| have)? never",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "i (didn't|did not|never) (say|said|cancel|cancelled|canceled|take|took|do|did|promise|promised|agree|agreed|touch|touched|go|went|hide|hid|steal|stole|lie|lied|cheat|cheated|flirt|flirted)\\b[^.!?]{0,50}?,? i (said|just|only|was|told|meant|asked|did say|did tell|texted|mentioned)\\b|there's a (big )?difference\\b",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    'i (didn\'t|did not|never) (take|do|hide|steal|touch|mean|promise|agree to|break|delete|"#+")( \\w+){0,2} (anything|anyone|anybody|nothing|a thing)',
    {
      negatable: false,
      notFollowedBy: test(
        "(and|but) (i|that)('s| was| is)? (should|wrong|on me|my fault)",
        "start",
      ),
    },
  ),
  rule(
    "defensiveness",
    "(but )?i did (mention|tell|say|warn|text|ask|explain|message|email|call|try)\\b|i told you (already|ages ago|before|(so many|a hundred|a million|\\w+) times)\\b",
    {
      negatable: false,
      notPrecededBy: /\b(?:(?:you'?re|you are|ur) right|yes|yeah|yep|i admit)\b[^.!?]{0,12}$/,
    },
  ),
  rule(
    "defensiveness",
    "that's not what happened|you know (that's|it's) not true|you're (making|making this) (it )?up|that never happened",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(you're|you are|stop) putting words in my mouth|i never said (that|so|it|anything like that|any such thing)|(don't|do not|stop|quit|you're|you are|you always) (turn|turning|twist|twisting|flip|flipping) (this|it|everything|that) (around )?(on|back on) me|(don't|do not) make this about me|why is (everything|it|this) (always )?my fault|(everything|it)('s| is) always my fault",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(you|u) (keep|kept|always|constantly) (saying|claiming|acting like|making out|telling (me|everyone)) (that )?i (never|always|don't|didn't|can't|won't|do nothing)|(i'm|i am|i'll|i will) not (going to |gonna )?(apologi[sz]e|say sorry|be sorry) for|(i )?(won't|will not|refuse to) apologi[sz]e for|not sorry for (having|being|wanting|living)",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "because (you're|you are|you've always been|you were|you've been) (so |such a |always |just |totally |completely )?(perfect|a saint|an angel|innocent|flawless|never wrong|blameless)|(you|u) (\\w+ )?(hurt|lied to|betrayed|cheated on|yelled at|shouted at|ignored|disrespected|humiliated) me (too|as well|first)|(you|u) (did|do|were|are) (it|the same|that|this) (too|as well)\\b|(i'm|i am|i was) not the only one (who|that|to)\\b",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(so|oh so|right,? so|and so),? (now )?(it's|its|this is|everything is|everything's) (all |somehow |suddenly )?my fault",
    { negatable: false },
  ),
];
