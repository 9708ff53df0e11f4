import { ADV, HURT_ADJ, HURT_VERB, SORRY_ANY } from "../../lexicon.ts";
import { type Rule, rule, test } from "../../rule.ts";

// --- conditional-apology ------------------------------------------------------

const POLITE_IF = test(
  "sorry if (this|it|i|i'm|that)\\b.*\\b(bad time|bother|interrupt|disturb|woke|wake|too early|too late|ramble|rambling|long|typo|spam|question|repeat|double|late reply|slow)",
);

export const conditional: Rule[] = [
  // "sorry (that) you feel that way", "sorry you felt excluded", "sorry u feel like that"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?you (feel|felt|were feeling|are feeling|'re feeling|have felt|might feel|may feel|may have felt|might have felt)`,
  ),
  // "sorry you were upset", "sorry ur upset", "sorry that you're disappointed"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?(you're|you were|you got|you get|you've been|you r|you) ${ADV}${HURT_ADJ}`,
  ),
  // "sorry you took it that way", "sorry you see it like that"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?you (took|take|see|saw|read|heard|interpreted|understood|perceived|think|thought) (it|that|this|things|my \\w+|what i said)`,
  ),
  // "sorry if ...", "I apologise if ...", "my apologies if ..."
  rule("conditional-apology", `${SORRY_ANY}( about that| for that| for it)?,? if`, {
    unless: POLITE_IF,
  }),
  // "sorry that my comments upset you (so much)": the feeling, caused by a thing, not "I upset you"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that )?(my|what i|the way i|how i|it|that|this|the|our|those|these|any) [^.!?;]{0,60}?\\b(upset|upsets|offended|offends|bothered|bothers|annoyed|annoys|embarrassed|embarrasses|disappointed) you`,
  ),
  // "I regret that you felt excluded"
  rule(
    "conditional-apology",
    `regret (that |it if )?you (feel|felt|were|are|'re|took|got|see|saw|think|thought|view|read|interpreted)`,
  ),
  // "sorry for any hurt (I may have caused)", "I regret any upset"
  rule(
    "conditional-apology",
    `(${SORRY_ANY}|regret) (for )?any (hurt|upset|offen[cs]e|discomfort|pain|distress|misunderstanding|harm|confusion)`,
  ),
  // reversed: "If my tone upset anyone, sorry about that" / "if I hurt you, I'm sorry"
  rule("conditional-apology", `if [^.!?]{0,80}?\\b${HURT_VERB}\\b[^.!?]{0,50}?${SORRY_ANY}`),
  rule(
    "conditional-apology",
    `if (you|u|anyone|anybody) (were|was|are|felt|feel|got) ${ADV}${HURT_ADJ}[^.!?]{0,40}?${SORRY_ANY}`,
  ),
  // "sorry that you ended up feeling that way"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?you (\\w+ ){1,2}(feeling|to feel|feel|felt)\\b`,
  ),
];
