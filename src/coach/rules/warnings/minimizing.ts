import { type Rule, rule, test } from "../../rule.ts";

// --- minimizing --------------------------------------------------------------------------

const SELF_BEFORE =
  /\bi(?:'?m| am| was|'?ve| have| had| may have| might have| probably| did| know i| think i)?(?:\s+\w+ly)?(?:\s+been)?\s*$/;
const MINI_NOT_AFTER = test(
  "(lot|bit much|bit too|matter of|few (days|more|minutes|weeks)|little (longer|more|while)|start|beginning|first step|thought|question|suggestion|idea|reminder|heads up|quick \\w+|check|thing to|of the)\\b",
  "start",
);
export const minimizing: Rule[] = [
  rule(
    "minimizing",
    "(it|that|this|which|she|he|they)( was|'s| is| were)? (just|only|merely|simply|literally|really only) (a|an|one|a bit of|a little|a couple|some|two|a few|the one) ",
    { notFollowedBy: MINI_NOT_AFTER },
  ),
  rule(
    "minimizing",
    "(it|that|this)( was|'s| is) (literally |only |just |like )?one (single |little |stupid |silly |tiny |quick )?(night|drink|text|kiss|time|coffee|email|message|lunch|dinner|date|mistake|slip|comment|joke|photo|picture|call|evening|day|weekend|night out|dance|hug|post|like|bet|game|conversation|chat|lie)\\b",
  ),
  rule(
    "minimizing",
    "(it|that|this)( was|'s| is|'s really| was really| really)? (not|no|hardly|n't) (such )?(a|that|so|some) (big|huge|massive) (a )?(deal|thing)|no (big|biggie)( deal)?\\b|(it's|that's|it was|this is) not (that|so) (serious|bad|important|deep)|not the end of the world",
    {
      negatable: true,
      // "not a big deal to anyone else, but it matters to me": the writer's own concern
      notFollowedBy: test(
        "(to (anyone|anybody|everyone|most people|other people|others|the world)( else)?|,? but (it|this|that) (matters|means|is (a big deal )?to me))",
        "start",
      ),
    },
  ),
  rule(
    "minimizing",
    "(overreact|overreacting|overreacted|overreacts|over[- ]react|over[- ]reacting)",
    { notPrecededBy: SELF_BEFORE },
  ),
  rule(
    "minimizing",
    "(you're|you are|you were|you get|you've been|being|so|stop being|don't be|you can be|you're being|such a) (so |too |way too |a bit |really |overly |very |ridiculously |being )?(sensitive|dramatic|precious|hysterical|touchy|melodramatic|paranoid)",
    { notPrecededBy: SELF_BEFORE },
  ),
  rule(
    "minimizing",
    "drama queen|stop (sulking|moping|whining|whinging|being a baby|crying about it)|(you're|you are|quit|stop) (sulking|moping|whinging|whining)",
  ),
  rule(
    "minimizing",
    "(you're|you are|you keep|stop|you were) (making|blowing) (such )?(a |this |it |everything |things )?(big |huge |massive )?(deal|thing|fuss|drama|mountain|song and dance|out of proportion)",
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
  ),
  rule(
    "minimizing",
    "(it|that|this|which|they|those|the (texts|messages|chats|flirting|kiss))( really)? (doesn't|does not|didn't|did not|don't|do not) mean (anything|a thing)|(it|that|this) (meant|means) nothing",
    { negatable: false },
  ),
  rule(
    "minimizing",
    "(it|that|this) (was|happened) (ages|months|years|weeks|so long|a (month|week|year|while)|forever|ages and ages) ago",
  ),
  rule(
    "minimizing",
    "(nobody|no one|noone)('s| is| will| was)? (going to |gonna |ever )?(remember|care|notice|even notice|cares|noticed)",
  ),
  rule(
    "minimizing",
    "(you're|you are|you were|you) (acting|behaving|carrying on|going on|talking) (like|as if) (i|it|i'd|someone|somebody|the world)",
  ),
  rule(
    "minimizing",
    "(only|just) (teasing|joking|messing|kidding|banter|having a laugh|a laugh|a joke|fooling around|flirting|harmless)|it was a joke|(was|it's) just (banter|a joke|a laugh)",
  ),
  rule(
    "minimizing",
    "(upset|angry|worked up|mad|crying|sulking|fuss|drama|fuming|kicking off|freaking out|losing it|panicking) (over|about) nothing|(something|a drama|a big deal|a scene|a fuss) (out of|over|about) nothing",
  ),
  rule(
    "minimizing",
    "(it|that) (only )?happened (once|one time)|just the once|only (the )?once|only one time",
  ),
  rule("minimizing", "(you need to|just) (calm down|relax|chill|get a grip)|get a grip"),
  rule(
    "minimizing",
    "(a|one) (little|tiny|small|harmless|silly) (white )?(lie|fib|mistake|slip|thing)",
  ),
  rule(
    "minimizing",
    "(it's|it is|it was|that's|that is|that was) (hardly|not exactly|not) (a crime|the crime of the century|a big crime|a hanging offen[cs]e|a federal case)|(it's|it is|it was) not like i (killed|murdered|robbed|slept with|cheated on|kissed|shagged) (someone|anyone|you|her|him|them|\\w+)",
    { negatable: false },
  ),
];
