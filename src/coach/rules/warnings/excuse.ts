import { ADV, STATE } from "../../lexicon.ts";
import { type Rule, rule } from "../../rule.ts";

// --- excuse -----------------------------------------------------------------------

export const excuse: Rule[] = [
  // "it's just that work was crazy" (not "it's just that I miss you")
  rule(
    "excuse",
    "it's (just|only|simply) that (?!i (miss|love|feel|felt|need|want|care|worry|wanted|really))",
    { tag: "strong" },
  ),
  rule("excuse", "(but )?(in fairness|to be fair|in my defen[cs]e|tbf)(?!,? (to )?you)", {
    tag: "strong",
  }),
  rule(
    "excuse",
    `i only \\w+ [^.!?]{0,40}?because (?!((you|u|your|of you|ur)\\b|i (care|love|was worried|worry|wanted to (help|know|check))))`,
    { tag: "strong" },
  ),
  rule(
    "excuse",
    `the only reason i [^.!?]{0,40}? (is|was) (that |because )?(?!(you|u|your|of you|ur|you'd|you were|you're)\\b)`,
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "i (had|have) no (other )?(choice|option)|i didn't have (a|any|much) choice|what (else )?(was|am) i (supposed|meant|expected) to do|what choice did i have",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(everyone|everybody|anyone|anybody|all my friends|all of them|people) (does|do|did|would have|would've) (it|that|the same)",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(everyone|everybody|all (guys|men|women|couples|my mates|my friends)|most people|loads of people|lots of people|half the people i know) (?!(feels|gets|needs|deserves|makes mistakes|struggles|has|wants|loves|cries|hurts)\\b)(\\w+s|do|does) [^.!?]{0,40}?\\b(sometimes|a (bit|little)|now and then|from time to time|occasionally|these days|at work|at some point|all the time)\\b",
    { tag: "strong" },
  ),
  rule("excuse", "it's not like (i|it) (was|is|did|meant)", { tag: "strong", negatable: false }),
  rule("excuse", "i (wasn't|was not) (myself|thinking( straight| clearly)?|in my right mind)", {
    tag: "strong",
    negatable: false,
  }),
  rule(
    "excuse",
    "(the )?(meds|medication|pills|alcohol|drink|booze|drugs|stress|hormones|tiredness|lack of sleep|exhaustion|pressure) (made|make|makes|got|get|had) me",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(was|were|is|it's) (perhaps |probably |almost |kind of |sort of |maybe |frankly )?(inevitable|bound to happen|unavoidable|understandable given)",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "given (the|how|my|all the) (volume|amount|pressure|stress|circumstances|workload|situation|state|deadline|deadlines|chaos|pace)",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "i couldn't help (it|myself)|it just (happened|sort of happened|kind of happened)|things (just )?got out of hand|it got out of hand",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "my (alarm|phone|car|train|bus) (didn't|did not|died|broke|was)|the (traffic|train|bus|trains|buses) (was|were)",
    { tag: "state" },
  ),
  // "... but I was so stressed" after an act
  rule(
    "excuse",
    `(but|though|only) i (was|'d been|had been|have been|'ve been|am|'m) ${ADV}${STATE}`,
    { tag: "strong" },
  ),
  // "I was tired and hungry, that's why I snapped"
  rule(
    "excuse",
    `${STATE}[^.!?]{0,40}?(that's why|which is why|that's the reason|and that's how) i`,
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "work (has been|was|had been|is|'s been) (so |really |completely |just )?(crazy|insane|mad|hectic|manic|a nightmare|full on|nuts|intense|overwhelming|busy|chaotic)",
    { tag: "state" },
  ),
  rule(
    "excuse",
    "(everyone|everybody|all my (friends|mates|colleagues)|half the office|people) (at work |i know |else )?(does|do|did) (it|that|this)\\b",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    `(that's|that is|that was|which is|it was) the only reason i|(work|the job|my boss|life|the kids|everything) (had|got|left|made) me (so |completely |totally |really )?(${STATE.slice(1, -1)}|frazzled|frantic|wound up|on edge)`,
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(how much|the amount of|all the|so much|the kind of) (pressure|stress) i (was|am|'m|had been|'d been|was under|am under|'ve been under)",
    { tag: "strong" },
  ),
  rule(
    "excuse",
    "(the )?(traffic|train|trains|bus|buses|tube|weather|roads?|queue|meeting|battery|signal|wifi|alarm)[^.!?]{0,40}?(that's why|which is why|that's the reason|so that's why) i",
    { tag: "strong" },
  ),
];
