// What each label means to the writer: its kind, a one-line reason, a rewrite
// of the offending sentence (warnings) and a prompt when a component is missing.

import {
  COMPONENT_IDS,
  type ComponentId,
  type LabelId,
  type LabelKind,
  MARKER_IDS,
  WARNING_IDS,
  type WarningId,
} from "./types.ts";

const KINDS = new Map<string, LabelKind>([
  ...WARNING_IDS.map((id) => [id, "warning"] as const),
  ...COMPONENT_IDS.map((id) => [id, "component"] as const),
  ...MARKER_IDS.map((id) => [id, "marker"] as const),
]);

export function kindOf(id: LabelId): LabelKind {
  const kind = KINDS.get(id);
  if (!kind) throw new Error(`unknown label ${id}`);
  return kind;
}

export const REASONS: Record<LabelId, string> = {
  "conditional-apology":
    "It apologises for their feelings (“if you were hurt”) rather than for what you did.",
  excuse: "The justification dilutes your responsibility for what you did.",
  "blame-shift": "It makes them responsible for your behaviour.",
  minimizing: "It plays down the harm, or their reaction to it.",
  generalization: "“Always” and “never” turn one complaint into a verdict on the whole person.",
  criticism: "It attacks who they are instead of naming what they did.",
  contempt: "Sarcasm and mockery signal disgust; they hurt more than any complaint.",
  defensiveness: "It pushes back on their complaint instead of hearing it.",
  stonewalling: "It shuts the conversation down instead of pausing it.",
  "forgiveness-pressure": "It pushes them to forgive or move on at your pace, not theirs.",
  regret: "You say you are sorry for what you did.",
  explanation: "You explain why it happened without excusing it.",
  responsibility: "You own what you did as wrong.",
  repentance: "You commit to not doing it again.",
  repair: "You offer to make it right.",
  "forgiveness-request": "You ask for forgiveness without demanding it.",
  "i-statement": "You name your own feeling or need instead of judging them.",
  validation: "You acknowledge their feelings as understandable.",
};

/** Weights of the apology score, most important first (TAXONOMY.md); they sum to 100. */
export const COMPONENT_WEIGHTS: Record<ComponentId, number> = {
  responsibility: 30,
  repair: 22,
  regret: 14,
  explanation: 14,
  repentance: 14,
  "forgiveness-request": 6,
};

export const MISSING_PROMPTS: Record<ComponentId, string> = {
  responsibility: "You haven't said plainly that what you did was wrong and that it's on you.",
  repair: "You haven't offered anything to make it right.",
  regret: "You haven't said you're sorry for what you did.",
  explanation: "You haven't said why it happened (without excusing it).",
  repentance: "You haven't said what you will do differently.",
  "forgiveness-request":
    "If and when it feels right, you could ask whether they can forgive you (optional).",
};

const HURT_TO_VERB: Record<string, string> = {
  hurt: "hurt",
  upset: "upset",
  offended: "offended",
  embarrassed: "embarrassed",
  humiliated: "humiliated",
  disappointed: "let down",
  "let down": "let down",
  blindsided: "blindsided",
  excluded: "left out",
  "left out": "left out",
  ignored: "ignored",
  betrayed: "betrayed",
  disrespected: "disrespected",
  insulted: "insulted",
};

const trimEnd = (s: string) => s.replace(/[\s,;:.!?-]+$/, "");
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Rewrite of the sentence that carries a warning. `span` is the text that
 * triggered it; `message` is the whole message, where a judgement's rewrite
 * looks for the act it was about ("You forgot my birthday. You're so selfish.").
 */
export function rewrite(id: WarningId, sentence: string, span: string, message = sentence): string {
  const s = sentence.trim();
  const lower = s.toLowerCase().replace(/[’‘]/g, "'");
  switch (id) {
    case "conditional-apology": {
      const m =
        /sorry,?\s+(?:that\s+|if\s+)?(?:you|u)\s*(?:'?re|are|were|was|got|felt|feel|r)?\s+(?:\w+\s+)?(hurt|upset|offended|embarrassed|humiliated|disappointed|let down|blindsided|excluded|left out|ignored|betrayed|disrespected|insulted)\b(?:\s+(?:by|about|over|with|at)\s+([^,;.!?]+?))?(?=\s*(?:[,;.!?]|\bbut\b|$))/.exec(
          lower,
        );
      if (m) {
        const verb = HURT_TO_VERB[m[1] ?? ""] ?? "hurt";
        const what = m[2]
          ? trimEnd(s.slice(lower.indexOf(m[2]), lower.indexOf(m[2]) + m[2].length))
          : "";
        return what
          ? `I'm sorry for ${what.replace(/^(?:the way|how)\b/i, "how")}. I ${verb} you, and that's on me.`
          : `I'm sorry I ${verb} you. That's on me.`;
      }
      // "sorry if I came across harsh", "I apologise if my comments upset you": drop the "if"
      const own =
        /\b(?:sorry|apologi[sz]e|apologies)\s*,?\s+if\s+((?:i|my|what i|the way i|how i)\b[^,;.!?]*?)(?=\s*(?:[,;.!?]|\bbut\b|$))/i.exec(
          s,
        );
      if (own?.[1] && !/\b(?:may|might|seemed|seem)\b/i.test(own[1]))
        return `I'm sorry ${tidy(own[1])}. That's on me.`;
      return "I'm sorry for what I did. It hurt you, and that's on me.";
    }
    case "excuse": {
      // "I was drunk, that's why I said those things" -> own the act that followed
      const why = /\b(?:that'?s|that is|which is|and that'?s) (?:why|how) (i\b[^.!?]*)/i.exec(s);
      if (why?.[1])
        return `${cap(trimEnd(tidy(why[1])))}. Whatever else was going on, that was my choice, and it's on me.`;
      const cut =
        /(,?\s+but\b|,?\s*it'?s just that\b|,?\s+because\b|,?\s+(?:in fairness|to be fair)\b)/i.exec(
          s,
        );
      const before = cut ? trimEnd(s.slice(0, cut.index)).replace(/\s+only\b/i, "") : "";
      if (before.split(/\s+/).length >= 2 && !/^(but|in fairness|to be fair)/i.test(s)) {
        return `${before}. Whatever else was going on, that was my choice, and it's on me.`;
      }
      return "Whatever was going on for me, what I did was my choice, and it's on me.";
    }
    case "blame-shift": {
      const cut = /\s+(?:only\s+)?because\s+(?:you|u|of you)\b/i.exec(s);
      if (cut) {
        const before = trimEnd(s.slice(0, cut.index)).replace(/\s+only\b/i, "");
        return `${before}, and that was my choice, not your fault.`;
      }
      return "What I did was my choice. It's on me, not on you.";
    }
    case "minimizing":
      return rewriteMinimizing(s, lower);
    case "generalization": {
      // "you do this every time we ...": the habit, at the moment it happens
      // (each shape is tried only when its key word is in the sentence: a rewrite's regexes are cold)
      const every = lower.includes("every")
        ? /^(.*?)\bevery (?:single )?time\b\s*(.*)$/i.exec(s)
        : null;
      if (every && /\b(?:you|u)\b/i.test(every[1] ?? "")) {
        const habit = trimEnd(tidy((every[1] ?? "").replace(/^.*?\b(?:you|u)\s+/i, "")));
        const moment = trimEnd(tidy(every[2] ?? "").split(/[,;]/)[0] ?? "");
        if (habit && moment)
          return `When you ${habit} when ${moment}, I feel hurt. Can we talk about it?`;
      } else if (every?.[2]) {
        // "every time I bring it up, you change the subject": their act, at that moment
        const [moment = "", ...after] = every[2].split(/[,;]/);
        const theirs = /^\s*(?:(?:you|u)\s+)(.*)$/i.exec(after.join(","));
        if (theirs?.[1] && moment.trim())
          return `When you ${trimEnd(tidy(theirs[1]))} when ${trimEnd(tidy(moment))}, I feel hurt. Can we talk about it?`;
        return `When ${trimEnd(tidy(moment))}, I feel hurt. Can we talk about it?`;
      }
      // "you freak out whenever I go out": the habit, at the moment it happens
      const whenever = lower.includes("whenever")
        ? /\b(?:you|u)\s+(.+?)\s+whenever\s+([^,;.!?]+)/i.exec(s)
        : null;
      if (whenever?.[1] && whenever[2])
        return `When you ${trimEnd(tidy(whenever[1]))} when ${trimEnd(tidy(whenever[2]))}, I feel hurt. Can we talk about it?`;
      // "time and time again you lie to me": the act, without the tally
      const again =
        lower.includes("again") || lower.includes("over and over")
          ? /^\W*(?:time and time again|again and again|over and over(?: again)?|yet again),?\s+(?:you|u)\s+(.+)$/i.exec(
              s,
            )
          : null;
      if (again?.[1])
        return `When you ${trimEnd(tidy(again[1]))}, I feel hurt. Can we talk about it?`;
      // "you make everything about you", "you take everything personally": this time
      const everything = lower.includes("everything")
        ? /\b(?:you|u)\s+((?:\w+\s+){0,2}?)everything\b([^,;.!?]*)/i.exec(s)
        : null;
      if (everything?.[1] && !/\b(?:always|never)\b/i.test(everything[1]))
        return `When you ${tidy(`${everything[1]}this${trimEnd(everything[2] ?? "")}`)}, I feel hurt. Can we talk about it?`;
      // "you're always late" -> "when you're late"
      const be =
        /\b(?:(?:you|u)(?:'?re| are| r| were)|(?:are|were|r) (?:you|u))\s+(?:always|constantly|never)\s+(.*)$/i.exec(
          s,
        );
      if (be?.[1]) {
        const state = trimEnd(tidy(be[1]));
        return /\bnever\b/i.test(span)
          ? `When you're not ${state}, I feel hurt. Can we talk about it?`
          : `When you're ${state}, I feel hurt. Can we talk about it?`;
      }
      // only when "you" is the one who always/never does it ("it's always about you" is not)
      const m =
        /\b(?:you|u)\b[^,;.!?]*?\b(?:always|never|constantly|every (?:single )?time)\b\s+(.*)$/i.exec(
          s,
        );
      const rest = m?.[1]
        ? tidy(trimEnd(m[1]).replace(/\b(?:always|never|constantly|anymore|any more)\b\s*/gi, ""))
        : "";
      if (rest && /\b(?:never)\b/i.test(span))
        return `When you don't ${trimEnd(rest)}, I feel hurt. Can we talk about it?`;
      if (rest)
        return `When you ${trimEnd(rest.replace(/^(?:you|u)\s+/i, ""))}, I feel hurt. Can we talk about it?`;
      return "When you [the specific thing], I feel hurt. Can we talk about it?";
    }
    case "criticism": {
      // a character judgement has no act to keep: name the act (from the message when it
      // says one) and the need the judgement stands for
      const act = actIn(message);
      return `I felt hurt when ${act ?? "you [name the specific thing they did]"}, and I need ${needBehind(lower)}.`;
    }
    case "contempt": {
      const act = actIn(message);
      return act
        ? `I'm angry and hurt that ${act}. Can I tell you plainly what upset me?`
        : "I'm angry and hurt about [what happened]. Can I tell you plainly what upset me?";
    }
    case "defensiveness": {
      // "what about when you ..." keeps its topic, after listening
      const other = /\bwhat about (when|the time|that time|last \w+)\s+(?:you|u)\s+(.*)$/i.exec(s);
      if (other?.[2])
        return `I hear you, and I want to understand my part first. Later I'd like to talk about ${other[1]?.toLowerCase()} you ${trimEnd(tidy(other[2]))}, too.`;
      return "I hear you. Tell me more about how you see it; I want to understand my part.";
    }
    case "stonewalling": {
      const when =
        /\b(tonight|tomorrow|later|this evening|in the morning|after (?:work|dinner))\b/i.exec(s);
      return `I need a break. Can we talk again ${when?.[1] ? when[1].toLowerCase() : "at [a time]"}?`;
    }
    case "forgiveness-pressure":
      return /\b(?:said|say|told you)\b[^.!?]*\bsorry\b|\bapologi[sz]ed\b/i.test(s)
        ? "I know saying sorry isn't enough. Take the time you need; I'm here when you're ready."
        : "Take the time you need; I'm here when you're ready.";
  }
  return cap(s);
}

// What a judgement of character usually stands for: the need behind it.
const NEED_BEHIND: [RegExp, string][] = [
  [
    /selfish|self[- ]?(?:absorbed|cent(?:red|ered))|inconsiderate|thoughtless|ungrateful|entitled|spoil(?:t|ed)|only care/,
    "to feel that what I need matters to you too",
  ],
  [
    /liar|lying|dishonest|deceitful|sneaky|two[- ]?faced|fake|untrustworthy|snake|cheat/,
    "honesty from you, even when it's hard",
  ],
  [/lazy|useless|freeloader|leech|irresponsible|hopeless|incompetent/, "us to share the load"],
  [/unreliable|flak|careless/, "to be able to count on you"],
  [/cold|heartless|callous|cruel|nasty|hateful|\bmean\b/, "some warmth and kindness from you"],
  [/controlling|possessive|control freak|paranoid|jealous/, "room to make my own choices"],
  [/coward|spineless|gutless|\bweak\b/, "you to face this with me"],
  [/immature|childish|petty|spiteful|vindictive/, "us to talk about this calmly"],
  [/arrogant|judge?mental|superior|condescending/, "to feel respected by you"],
  [/hypocri/, "us both to be held to the same standard"],
];
// One pass over the sentence for all the lists (each list one group), not one regex per list:
// a rewrite's regexes are cold, and a cold regex costs about as much as a short scan.
const NEED_WORDS = new RegExp(NEED_BEHIND.map(([words]) => `(${words.source})`).join("|"), "g");
/** The need behind the first list (in NEED_BEHIND's order) with a word in the sentence. */
function needBehind(lower: string): string {
  let first = NEED_BEHIND.length;
  NEED_WORDS.lastIndex = 0;
  for (let m = NEED_WORDS.exec(lower); m !== null; m = NEED_WORDS.exec(lower)) {
    for (let g = 1; g <= first && g < m.length; g++)
      if (m[g] !== undefined) {
        first = g - 1;
        break;
      }
  }
  return NEED_BEHIND[first]?.[1] ?? "[what you need]";
}

// "you forgot my birthday", "you didn't even call", "u left me at the party":
// the other person's act, in the past, as the message itself says it: "you" (at the start,
// after . ! ? , ; or after "and", "when", "after", "because"), then a verb in the past.
const YOU = /\b(?:you|u)\s/gi;
const PAST_ACT =
  /(?:you|u)\s+(?:just\s+|even\s+|then\s+|also\s+)?((?:didn'?t|did not|never)\s+(?:even\s+)?[a-z]+|[a-z]+ed|forgot|left|went|said|told|took|broke|made|kept|let|spent|threw|hung|stood|sent|gave|ran|walked|shut|hit|put|read|sold|brought|bought)\b([^.!?,;]{0,60})/iy;
const LEAD_WORD = /\b(?:and|when|after|because)$/i;
const AFTER_ACT_STOP = /\s+(?:and|but|so|because|then)\s.*$/i;
/** Does a "you" at `at` open a clause: the message's start, a mark, or a joining word before it? */
function opensClause(message: string, at: number): boolean {
  if (at === 0) return true;
  let k = at;
  while (k > 0 && /\s/.test(message.charAt(k - 1))) k--;
  if (k > 0 && ".!?,;".includes(message.charAt(k - 1))) return true;
  return k < at && LEAD_WORD.test(message.slice(Math.max(0, k - 8), k));
}
function actIn(message: string): string | undefined {
  let m: RegExpExecArray | null = null;
  YOU.lastIndex = 0;
  for (let you = YOU.exec(message); you !== null; you = YOU.exec(message)) {
    if (!opensClause(message, you.index)) continue;
    PAST_ACT.lastIndex = you.index;
    m = PAST_ACT.exec(message);
    if (m) break;
  }
  if (!m?.[1]) return undefined;
  const verb = m[1].replace(/\s+even\b/i, "");
  // "you used to", "you seemed", "you needed": not an act against the writer
  if (/^(?:used|seemed|needed|wanted|loved|liked|asked)$/i.test(verb)) return undefined;
  const rest = (m[2] ?? "").replace(AFTER_ACT_STOP, "");
  return tidy(trimEnd(`you ${verb}${rest}`)).replace(/\bagain$/i, "again");
}

/** The writer's own words back in shape: "i" -> "I", "u" -> "you", "ur" -> "your". */
const tidy = (s: string) =>
  s
    .replace(/\bi\b/g, "I")
    .replace(/\bim\b/gi, "I'm")
    .replace(/\bu\b/gi, "you")
    .replace(/\bur\b/gi, "your")
    .replace(/\b(did|do|does|is|was|could|would|should|have|has|had|are|were)nt\b/gi, "$1n't")
    .replace(/\bcant\b/gi, "can't");

/**
 * Minimizing: take out the downplaying words when the sentence still stands
 * ("It was just a text." -> "It was a text, and I can see it hurt you."),
 * otherwise acknowledge the reaction it dismissed.
 */
function rewriteMinimizing(s: string, lower: string): string {
  if (
    /overreact|over-react|sensitive|dramatic|precious|hysterical|touchy|calm down|relax|chill|get a grip|(?:big|huge) deal out of|a (?:big )?deal of|out of proportion|fuss|sulk|whin|drama/.test(
      lower,
    ) &&
    !/\b(?:just|only|merely|simply|one)\b.*\b(?:text|message|drink|coffee|kiss|night|time|photo|comment|joke|lunch|dinner|chat|call)\b/.test(
      lower,
    )
  )
    return "I can see how much this hurt you, and your reaction makes sense. Tell me what it was like for you.";
  if (/\b(?:ages|months|years|weeks|a while|so long) ago\b/.test(lower))
    return "I know it still hurts, even though it happened a while ago.";
  if (/\b(?:joke|joking|kidding|teasing|banter|messing|laugh)\b/.test(lower))
    return "I meant it as a joke, but it hurt you, and that matters more.";
  if (/\b(?:once|one time)\b/.test(lower) && /\bhappened\b/.test(lower))
    return "It happened, and once was enough to hurt you.";
  const stripped = trimEnd(
    s
      // a trailing dismissal: ", relax", ", so what", ", get over it"
      .replace(/,\s*(?:relax|chill|calm down|so what|get over it|come on|seriously)\b.*$/i, "")
      .replace(/\b(?:just|only|merely|simply|literally|really only)\s+/gi, "")
      .replace(/\b(one) (?:little|tiny|small|silly|stupid|quick|single) /gi, "$1 ")
      .replace(/\b(a) (?:little|tiny|small|silly|harmless) /gi, "$1 "),
  );
  if (
    stripped !== trimEnd(s) &&
    !/\b(?:not|no|nothing|hardly|n't)\b/i.test(stripped) &&
    stripped.split(/\s+/).length >= 3
  )
    return `${cap(tidy(stripped))}, and I can see it hurt you.`;
  return "I know this is a big deal to you, and I'm not going to play it down.";
}
