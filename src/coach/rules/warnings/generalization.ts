import { type Rule, rule, test } from "../../rule.ts";
import { foldWide } from "../../text.ts";

// --- generalization ----------------------------------------------------------------------

const POSITIVE_AFTER_ALWAYS = test(
  "(make me (laugh|smile|feel (good|better|safe|loved|special|happy))|make (the|my) (best|day)|know (how|what|when) to|(are |'re |been )?there for me|have my back|got my back|help|support|look after|take care|cheer|find a way|(so |such )?(kind|good|lovely|thoughtful|sweet|generous|patient|supportive|funny|beautiful|gorgeous|right|welcome|amazing|great|brilliant|wonderful|fun|gentle|honest|fair)|the best|believed?|put (me|us|the kids) first|make time|do your best|try your best|manage to|surprise|light up|forgive|listen to me|remember|bring|welcome|smell|look (good|great|amazing|lovely|beautiful)|say (the right|something (nice|kind|lovely))|been (good|kind|there|amazing|great)|will be|be (my|the)|love)",
  "start",
);
const POSITIVE_AFTER_NEVER = test(
  "(fail to|let me down|complain|judge|give up|stop (caring|trying|making|loving)|disappoint|forget (my|our|to)|miss (a|my|our)|ask for (anything|much)|make me feel (small|stupid|bad|judged)|hold (it|this|that|a grudge)|take me for granted|say no|lose your (temper|cool|patience)|raise your voice|hesitate|judge)",
  "start",
);
const YES_NO_QUESTION = test(
  "(do|did|have|would|will|can|could|are|were|should) (you|u) ",
  "start",
);
// a bounded event in the past ("you never once asked", "you never called back") is not a habit
const BOUNDED_AFTER = test(
  "(once|even once|\\w+ed|said|told|came|went|gave|took|saw|made|did|thought|knew|got|paid|sent|wrote|rang|brought|bought|let|showed|found|heard|left|met|spoke|ate|drove|sat|stood|kept|felt)\\b(?! (anything|any|a thing|once))",
  "start",
);
// A laughing message is teasing, not a verdict ("you always buy that cereal haha").
const LAUGHTER = /\b(?:haha\w*|hehe\w*|lol|lmao|rofl)\b/;
// 😂 😄 😆 😜 😝 😅 🤣, as they appear in the normalised text
const LAUGHING = [
  "\uD83D\uDE02",
  "\uD83D\uDE04",
  "\uD83D\uDE06",
  "\uD83D\uDE1C",
  "\uD83D\uDE1D",
  "\uD83D\uDE05",
  "\uD83E\uDD23",
].map(foldWide);
const laughs = (text: string) => LAUGHTER.test(text) || LAUGHING.some((e) => text.includes(e));
// Gratitude or affection in the sentence: "You always make dinner special, thank you."
const WARM =
  /(?:^|[,;:-]\s*|\band\s+)(?:thank you|thanks|thank u|thx)\b|\bi(?:'?m| am)? (?:so |really )?(?:grateful|lucky)\b|\bi (?:really |just )?(?:love|adore|appreciate) (?:that|it|how|you)\b|\b(?:love you|proud of you)\b/;
export const generalization: Rule[] = [
  rule(
    "generalization",
    "(you|u|you're|you are|you've|you have|you'll|you will) (literally |just |honestly |seriously |basically |pretty much |constantly |only )?(always|never|constantly|continually|forever|perpetually|only ever)\\b(?! (know|mind|guess|believe|fails?))",
    {
      unless: YES_NO_QUESTION,
      when: (c) => {
        if (laughs(c.text)) return false;
        if (WARM.test(c.text.slice(c.sentence.start, c.sentence.end))) return false;
        const matched = c.text.slice(c.start, c.end);
        const after = c.text.slice(c.end, c.sentence.end);
        if (/never\s*$/.test(matched)) {
          if (POSITIVE_AFTER_NEVER.test(after)) return false;
          if (!/^(you'?ve|you have|u'?ve)\s/.test(matched) && BOUNDED_AFTER.test(after))
            return false;
          return true;
        }
        return !POSITIVE_AFTER_ALWAYS.test(after);
      },
    },
  ),
  rule("generalization", "every\\s*(single )?time (you|u|we|i)\\b", {
    notFollowedBy: test(
      "(make me (laugh|smile|happy|feel (good|better|safe|loved))|see you|hold me|hug me|smile|laugh|i see you|i think of you)",
    ),
    // "every time I see your phone light up, I feel sick" is about the writer
    when: (c) => {
      const rest = c.text.slice(c.start, c.sentence.end);
      return /time\s+(?:you|u|we)\b/.test(rest)
        ? /\b(you|u|your|ur)\b/.test(rest)
        : /\b(you|u)(?:'?re|'?ve|'?ll| are| have| will)?\s+(?!know\b)[a-z]+/.test(
            rest.replace(/^every\s*(single\s+)?time\s+i\b/, ""),
          );
    },
  }),
  rule(
    "generalization",
    "(you|u) (do|pull|say|did) (this|that|it) (every (single )?time|all the time|constantly|always)",
  ),
  rule(
    "generalization",
    "(your|ur) (constant|endless|continual|incessant|non-?stop|perpetual|never[- ]ending) (\\w+)",
  ),
  rule(
    "generalization",
    "(you|u) (forget|ruin|ignore|criticise|criticize|twist|spoil|mess up|question|control|make fun of|dismiss|complain about|moan about|belittle|turn) everything",
  ),
  rule("generalization", "(you|u) (do|did) (it|this|that) (every|all the) (time|day|week)"),
  rule(
    "generalization",
    "like (you|u) always (do|does)|as (you|u) always (do|does)|same as always with (you|u)|typical (you|of you)",
  ),
  rule(
    "generalization",
    "(you|u) ([a-z']+ ){1,3}(constantly|all the time|every single time|24/7|non-?stop)\\b",
    {
      notFollowedBy: test("(and i love|which i love|haha|lol)"),
      when: (c) => !laughs(c.text),
    },
  ),
  rule(
    "generalization",
    "every (single )?(conversation|discussion|talk|argument|plan|weekend|holiday|birthday|night|decision|chat) [^.!?]{0,40}?\\b(you|u)\\b",
  ),
];
