import { CHAR_ADJ, CHAR_NOUN } from "../../lexicon.ts";
import { type Rule, rule } from "../../rule.ts";

// --- criticism ---------------------------------------------------------------------------

export const criticism: Rule[] = [
  rule(
    "criticism",
    `(you're|you are|you were|you've always been|you've been|you'll always be|you're always|you've become|you have become|you're being) (so |such |such a |such an |a |an |just a |just an |just |really |the most |the biggest |a complete |a total |a straight-up |an absolute |a real |literally |honestly |basically |nothing but |nothing but a |genuinely |a pathetic |a disgusting |an utter |utterly |completely |totally |incredibly |an |one )*(${CHAR_ADJ}|${CHAR_NOUN})\\b`,
    {},
  ),
  rule(
    "criticism",
    "(ur|your) (such a |so |a |an )+(\\w+ )?(selfish|liar|cheat|coward|fake|idiot|narcissist|hypocrite|loser|user|snake|control freak|freeloader)\\b",
  ),
  rule(
    "criticism",
    "what (kind|sort|type) of (a )?(person|man|woman|mother|mum|father|dad|friend|partner|human( being)?|husband|wife|boyfriend|girlfriend|parent|monster|grown adult|adult|son|daughter|brother|sister) (would|did|could|can|\\w+s)\\b",
  ),
  rule(
    "criticism",
    "what('s| is) (actually |even |seriously |really |honestly |the hell |the fuck )?wrong with (you|u)|something (is )?(seriously |really )?wrong with (you|u)",
  ),
  rule(
    "criticism",
    "(you|u) have no (shame|respect|morals|decency|backbone|heart|integrity|conscience|self[- ]control|empathy|spine|loyalty|class|dignity)",
  ),
  rule(
    "criticism",
    "(you're|you are) (impossible|unbearable|exhausting|a nightmare|hopeless) (to|at|with)",
  ),
  rule(
    "criticism",
    "(your|ur) (behaviour|conduct|attitude|character|actions|work|performance) (shows|showed|has shown|reveals|demonstrates|is|was) (a )?(complete |total |utter |real |staggering |shocking )?(lack of|disgrace|appalling|pathetic|selfish|childish|shameful|disgusting)",
  ),
  rule(
    "criticism",
    "(complete|total|utter|shocking|staggering) lack of (professionalism|character|integrity|decency|respect|empathy|morals|maturity|judge?ment|honesty|loyalty|basic decency)",
  ),
  rule(
    "criticism",
    `i (can't|cannot|can not) believe i (raised|married|dated|trusted|fell for|gave birth to|brought up|love|loved|chose|picked) (a|an|such a|such an|someone so) (${CHAR_ADJ}|${CHAR_NOUN})`,
  ),
  rule(
    "criticism",
    "(anyone|anybody|anything|no one|nobody|nothing) (but|except|other than|apart from) yourself|(you|u) (only|just) (ever )?(think|care) about yourself",
    { negatable: false },
  ),
  rule(
    "criticism",
    "all (you|u) (ever )?(care|think) about is|(you|u) (only|just) (ever )?care about (yourself|money|your \\w+|likes)|(you|u) (\\w+ly )?(don't|do not) care about (anyone|anybody) (but|except) yourself",
  ),
  rule(
    "criticism",
    `only (a|an) (total |complete |absolute |real |utter )?(${CHAR_ADJ.slice(1, -1)}|${CHAR_NOUN.slice(1, -1)}) would`,
  ),
  rule(
    "criticism",
    `(you're|you are|you were|you've been) (so |such |a |an |the most |really |truly |just )*\\w+ly (${CHAR_ADJ.slice(1, -1)})\\b`,
  ),
];
