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

/** Rewrite of the sentence that carries a warning. `span` is the text that triggered it. */
export function rewrite(id: WarningId, sentence: string, span: string): string {
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
      return "I'm sorry for what I did. It hurt you, and that's on me.";
    }
    case "excuse": {
      const cut =
        /(,?\s+but\b|,?\s*it'?s just that\b|,?\s+because\b|,?\s+(?:in fairness|to be fair)\b)/i.exec(
          s,
        );
      const before = cut ? trimEnd(s.slice(0, cut.index)) : "";
      if (before.split(/\s+/).length >= 3 && !/^(but|in fairness|to be fair)/i.test(s)) {
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
      return "I can see this is a big deal to you, and I'm not going to play it down.";
    case "generalization": {
      const m = /\b(?:always|never|constantly|every (?:single )?time)\b\s+(.*)$/i.exec(s);
      const rest = m?.[1] ? trimEnd(m[1]).replace(/\b(?:always|never|constantly)\s+/gi, "") : "";
      if (rest && /\b(?:never)\b/i.test(span))
        return `When you don't ${rest}, I feel hurt. Can we talk about it?`;
      if (rest)
        return `When you ${rest.replace(/^(?:you|u)\s+/i, "")}, I feel hurt. Can we talk about it?`;
      return "When you [the specific thing], I feel hurt. Can we talk about it?";
    }
    case "criticism":
      return "I felt hurt when you [name the specific thing they did], and I need [what you need].";
    case "contempt":
      return "I'm angry and hurt. Can I tell you plainly what upset me?";
    case "defensiveness":
      return "I hear that this hurt you. Tell me more about how you see it; I want to understand my part.";
    case "stonewalling":
      return "I'm too overwhelmed to talk well right now. Can we take a break and pick this up in an hour?";
    case "forgiveness-pressure":
      return "Take the time you need. I'm not going anywhere, and I'll keep showing up.";
  }
  return cap(s);
}
