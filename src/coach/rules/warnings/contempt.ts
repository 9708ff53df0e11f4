import { ADV, CONTEMPT_WORD } from "../../lexicon.ts";
import { type Rule, rule } from "../../rule.ts";

// --- contempt -------------------------------------------------------------------------------

export const contempt: Rule[] = [
  rule(
    "contempt",
    `(you're|you are|you were|ur|you look|you sound|you're being|you've been) ${ADV}(such |a |an )?${ADV}${CONTEMPT_WORD}\\b`,
  ),
  rule(
    "contempt",
    "(you|u) (disgust|sicken|repulse|revolt) me|(you|u) make me (sick|want to (puke|vomit|throw up))|makes me sick (to look at|looking at) (you|u)",
  ),
  rule("contempt", "(pathetic|disgusting|laughable|typical|classic|unreal)", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
  }),
  rule(
    "contempt",
    "(of )?course (you|u) (are|were|did|do|have|will|would|can|could|have been|were busy|are busy)",
    { negatable: false, sentenceEnd: true },
  ),
  rule(
    "contempt",
    "oh (please|puh-?lease|spare me|give me a break|grow up|boo hoo|poor you|poor baby)|give me a break|spare me the|(real|very|so|how|really) mature|grow up|boo hoo|cry me a river|diddums|poor (little )?(you|baby|thing|darling|petal)\\b(?! (must|have|had|are))|get over yourself|get off your high horse",
  ),
  rule(
    "contempt",
    "(oh|yeah|ah) (right|sure|yeah)[,.]? (because|cause|cos|like)|yeah,? right\\b|(lol|lmao+|lmfao|haha+|ha ha),? (ok|okay|sure|right|yeah)\\b|\\b(ok|okay) sure\\b|sure (you did|you were|you are|you do|you have|you will|you would|jan)\\b",
  ),
  rule(
    "contempt",
    "whatever you say|(oh )?(wise one|mighty one|your highness|your majesty|your royal highness|mr\\.? perfect|miss perfect|saint \\w+|sherlock|einstein)\\b",
  ),
  rule(
    "contempt",
    "(do|did|does) (you|u|he|she) want a (medal|trophy|gold star|prize|round of applause|cookie|biscuit|parade|pat on the back)|want a (medal|gold star|cookie|round of applause)\\b",
  ),
  rule(
    "contempt",
    "(aww+|aw+|oh+|ohh+),? (did|does|is|are|has) [^.!?]{0,40}?(hurt|upset|offend|bother|sting|bruise)[^.!?]{0,20}?(feelings|ego|pride)|did the (big bad )?truth hurt",
  ),
  rule(
    "contempt",
    "how (very |incredibly |terribly |awfully )?(refreshing|rich|original|convenient|brave|noble|nice|generous|big|kind|gracious|mature|thoughtful) of (you|u)|how (refreshing|rich|original|convenient)\\b",
  ),
  rule("contempt", "(oh,? )?(so )?(now )?we're keeping score|keeping score,? are we"),
  rule(
    "contempt",
    "(lmao+|lmfao|rofl|lol)\\b[^.!?]{0,20}?\\b(you|u) (really |actually |seriously |honestly )?think|(you|u) (really |actually |seriously |honestly )think [^.!?]{0,50}?(fixes|fix|will fix|makes up for|changes|solves|undoes)",
  ),
  rule("contempt", "(\uD83D\uDE44|\uD83D\uDE12|\uD83D\uDE43|\uD83E\uDD21)", { negatable: false }),
  rule(
    "contempt",
    "(really|truly|so|very|how|such) inspiring( stuff)?|slow clap|golf clap|bravo,? (really|truly)|well done,? (you|genius|einstein)",
  ),
  rule(
    "contempt",
    "(who|what) (do you think you are|do you take me for)|(i'm|i am) (better|above|beneath|too good) (than|for) (you|this)|get a life",
  ),
  rule(
    "contempt",
    "what a (surprise|shock|shocker)|(big |huge )?surprise there|colou?r me (surprised|shocked)|shocker\\b|(nice|good|kind|big|generous|decent|sweet) of (you|u) to (finally|actually|even|bother)|grace us with your presence|how very (kind|good|nice|generous|big) of (you|u)",
  ),
  rule(
    "contempt",
    "(you're|you are|you r|ur) (honestly |just |actually |absolutely |literally |so |truly |really )*(unbelievable|unreal|a piece of work|something else|a joke|laughable)",
  ),
  // ironic praise: "wow, great job, really impressive", "oh brilliant, another lecture"
  rule(
    "contempt",
    "(wow|oh|well|ooh),? (great|nice|good|brilliant|fantastic|amazing|lovely|wonderful|perfect|marvellous|terrific|super)( job| work| one| move)?,? (really |so |very |truly |how )(impressive|mature|classy|helpful|original|clever|smart|grown up|adult)|(oh|wow|great|brilliant|fantastic|perfect|lovely|wonderful),? (great|brilliant|fantastic|perfect|lovely|wonderful)?,? ?(another|more of your|yet another) (lecture|sermon|speech|rant|lesson|tantrum|guilt trip)|just what i (needed|wanted)\\b",
    { negatable: false },
  ),
  rule("contempt", "(oh )?here we go again|(and )?there (it|she|he) goes again", {
    negatable: false,
  }),
];

// Sarcastic apologies: contempt, never regret ("oh I'm SO sorry your highness").
const SARCASTIC_SORRY = `(oh,? )?(i'm |i am |well,? )?(so+ |soooo |terribly |awfully |deeply |very )?(sorry|apologies|excuse me|pardon me|forgive me)`;
export const sarcasm: Rule[] = [
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? (for (existing|breathing|living|being alive|having (a life|feelings|friends|an opinion))|i (have|had) a life|i (forgot|didn't realise|didn't know) (you're|you were|you are|that you're|you) (perfect|never wrong|a saint|an angel|the only|so perfect|never (make|made|do|did))|that i (exist|breathe|have a life)|i dared|i exist|i breathe)`,
    { tag: "pushback", negatable: false },
  ),
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? (i )?(didn't|did not) (realise|know) [^.!?]{0,60}?(your name|engraved|belonged to you|was a crime|was illegal|was against the law|needed your permission|had to ask permission|you owned)`,
    { tag: "pushback", negatable: false },
  ),
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? [^.!?]{0,30}?(next time i'll|next time i will|i'll be sure to) (ask|get) (your )?permission`,
    { tag: "pushback", negatable: false },
  ),
  rule(
    "contempt",
    `(my )?(deepest|sincerest|humblest|most humble|profoundest) apologies,? (oh |o |your |my )?(wise|great|mighty|highness|majesty|lord|lady|queen|king|princess|prince|master|one)`,
    { tag: "sarcasm", negatable: false },
  ),
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? (your (highness|majesty)|oh (wise|mighty|great) one|princess|sweetheart|sherlock|genius|einstein|mr\\.? perfect|miss perfect)`,
    { tag: "sarcasm", negatable: false },
  ),
  rule(
    "contempt",
    `(so+|soooo) sorry (that )?i (have|had|exist|breathe|dared|live|have friends|have a life|wasn't perfect|am not perfect|'m not perfect)`,
    { tag: "pushback", negatable: false },
  ),
  rule(
    "contempt",
    "(tell|remind) (everyone|everybody|them|the world|me) (again )?(what a|how much of a|how) (monster|terrible person|awful person|villain|bad guy|horrible person|terrible|awful|useless) i am|(yes|yeah|sure|oh),? i('m| am) (the worst|a monster|the devil|pure evil|a terrible person)",
    { tag: "pushback", negatable: false },
  ),
];
