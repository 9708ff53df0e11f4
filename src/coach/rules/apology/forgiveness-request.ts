import { check } from "../../check.ts";
import { type Rule, rule, test } from "../../rule.ts";

// --- forgiveness-request ------------------------------------------------------------------------

const NOT_POLITE_FORGIVE = test(
  "(if i|for (asking|saying|interrupting|being (blunt|nosy|so nosy|forward|cheeky|pedantic|a pain)|my (bluntness|ignorance|curiosity)|prying|intruding|butting in|jumping in|the (late|slow) reply|the (delay|interruption|intrusion|typos?|rambling|long message|essay))|,? but)",
  "start",
);
// "When will you forgive me?", "how long until you forgive me?": a push, not a request
const PUSH_QUESTION = check(/^\W*(?:when|how long|why)\b/);
export const request: Rule[] = [
  // "If you can ever forgive me", "if someday you're able to forgive me", "if forgiving me ever feels possible"
  rule(
    "forgiveness-request",
    "if (someday |one day |ever |in time |at some point )?((you|u)( can| could| are able to|'re able to| ever| will| manage to| find a way to| decide to| choose to| feel able to)+|(you're|you are) (ever |one day |someday )?able to) (ever |one day |someday )?forgive me|(if|is|whether) forgiving me\\b|asking (you )?(if|whether) (you|u)('ll| will| can| could| would| might) (ever )?forgive me",
    { notFollowedBy: NOT_POLITE_FORGIVE },
  ),
  // "you'll be able to forgive me", "you might find a way to forgive me", "any chance you'll forgive me"
  rule(
    "forgiveness-request",
    "(you|u)('ll| will| can| could| would|'d| might| may)( \\w+){0,3}? (be able to|find (a|the|some) way to|find it in (you|yourself|your heart) to|come to|bring yourself to|learn to) forgive me|(chance|way|hope) (that )?(you|u)('ll| will| could| can| might| would|'d) (ever |one day |someday |eventually )?forgive me",
    {
      notFollowedBy: NOT_POLITE_FORGIVE,
      when: (c) =>
        !PUSH_QUESTION.testSlice(c.text, c.sentence.start, c.sentence.end) &&
        !/\b(?:never|not|no way)\b|n'?t\b/.test(c.text.slice(c.start, c.end)),
    },
  ),

  rule(
    "forgiveness-request",
    "(will|would|can|could|do|did|might) (you|u) (ever |possibly |one day |someday |please |maybe |find it in your heart to |eventually |try to |consider |think about )*(forgive|pardon|forgiving) me",
    {
      notFollowedBy: NOT_POLITE_FORGIVE,
      notPrecededBy: /\b(when|why|how long (until|till|before))\s+$/,
    },
  ),
  rule(
    "forgiveness-request",
    "(please,? |pls |plz )(please,? )*(forgive|pardon|4give) me|forgive me((,? \\w+)?\\?|,? please|(?= for\\b)|,? if ((you|u) (can|could|ever|are able|find|feel able)|you're able)\\b)",
    {
      notFollowedBy: NOT_POLITE_FORGIVE,
      when: (c) => {
        const before = c.text.slice(c.sentence.start, c.start);
        if (PUSH_QUESTION.test(before)) return false;
        // "Forgive me for doubting you" opens its sentence (not "mum will forgive me for being late")
        return !/^\s*for\b/.test(c.text.slice(c.end, c.sentence.end)) || /^\W*$/.test(before);
      },
    },
  ),
  rule(
    "forgiveness-request",
    "(i hope|i pray|hoping|(i('m| am)|im) hoping|i really hope|i just hope|i can only hope|my hope is)( that)? (one day |someday |in time |eventually |with time )?(you|u)( can| could| will| might|'ll| would| are able to|'re able to|'d) (one day |someday |eventually |find it in your heart to |ever |in time |still )*forgive me",
  ),
  rule(
    "forgiveness-request",
    "((i('m| am)|im) |i am |i )?(ask|asking|beg|begging|pleading|plead)( with)? (you )?(for )?(your )?(forgiveness|to forgive me|you to forgive me)|((i('d| would| had)|id)|i would|i want to|(i('d| would| had)|id) like to|can i) (like to )?ask (you )?(for your forgiveness|you to forgive me|for forgiveness)|((i('d| would| had)|id)|i would) (like|love) (you )?to (be forgiven|earn your forgiveness)",
  ),
  // "I'd really like you to forgive me", "I'd love for you to forgive me one day", "I'd really like your forgiveness"
  // (not "I need you to forgive me": a push)
  rule(
    "forgiveness-request",
    "((i('d| would| had)|id)|i would) (really |so |truly |just )?(like|love) (for )?(you|u) to (one day |someday |eventually )?forgive me|((i('d| would| had)|id)|i would) (really |so |truly )?(like|love|welcome|value) (your|ur) forgiveness|(any |some )?(chance|hope|possibility) (of|for) (your |ur )?forgiveness",
    { notFollowedBy: NOT_POLITE_FORGIVE },
  ),
  // elliptical: "I don't expect you to forgive me, but I hope you will one day"
  rule(
    "forgiveness-request",
    "i (still |really |truly |do )*hope ((you|u) (will|can|could|might|do|will be able to)|(you|u)'ll be able to|(you|u)'ll)\\b",
    {
      notFollowedBy: test("(\\w+ )?(not|never)\\b", "start"),
      when: (c) =>
        /\bforgiv/.test(c.text.slice(c.sentence.start, c.start)) &&
        /^(?:\s+(?:one day|someday|some day|eventually|in time|too|still|at some point|ever))*\W*$/.test(
          c.text.slice(c.end, c.sentence.end),
        ),
    },
  ),
  // "Hope you can forgive your old man", "hoping you'll forgive us"
  rule(
    "forgiveness-request",
    "(i |we )?(hope|hoping|pray) (that )?(you|u)( can| could| will|'ll| might| would|'d)( \\w+)?? forgive (me|us|your (old man|old dad|old mum|old mom|old lady|idiot \\w+|silly \\w+|stupid \\w+)|this (idiot|fool))\\b",
    { notFollowedBy: NOT_POLITE_FORGIVE },
  ),
  rule(
    "forgiveness-request",
    "if (there's|there is) any (way|chance) (that )?(you|u) (could|can|might|would) (ever |one day |someday )?forgive me|find it in (your|ur) heart to forgive|find it in (you|u|yourself|urself) to forgive (me|us)|(i('d| would| had)|id) be (so |really |very |forever |eternally )?grateful if (you|u) (could|would|can) (ever |one day |someday )?forgive|(i hope|hoping) for your forgiveness|i (want|need|would love|'d love) your forgiveness",
  ),
  // "please find a way to forgive me", "let me earn your forgiveness", "I hope, when you're ready,
  // you can forgive me"
  rule(
    "forgiveness-request",
    "find (a|some|the|any) way to forgive me|(let me|i want to|i'll|i will|hope to|chance to|try to) (earn|win) (back )?(your|ur) forgiveness|(i hope|i really hope|i just hope|hoping),? (when|once|in time|one day|someday|eventually)\\b[^.!?]{0,40}?,? (you|u)( can| could| will|'ll| might| would)( \\w+){0,2}? forgive me",
    {
      notFollowedBy: NOT_POLITE_FORGIVE,
      when: (c) => !PUSH_QUESTION.testSlice(c.text, c.sentence.start, c.start),
    },
  ),
];

request.push(
  // "I'd give a lot for your forgiveness", "ask you to consider forgiving me", "I hope you and Dev
  // can forgive me", "I'm not asking you to forgive me today, but I hope one day you can."
  rule(
    "forgiveness-request",
    "(i('d| would)|id) give (a lot|anything|everything|the world) for (your|ur) forgiveness|(ask|asking) (you )?to (consider|think about) forgiving me|(i hope|i really hope|hoping) (you|u) and (your |ur )?\\w+ (can|could|will|might) (\\w+ )?forgive me|(i hope|but i hope) (one day |someday |in time |eventually )(you|u) (can|will|could|might)(?=\\s*[.!]|\\s*$)",
    { when: (c) => c.text.includes("forgiv") },
  ),
);
