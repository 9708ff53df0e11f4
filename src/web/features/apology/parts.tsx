// The parts of an apology, why each matters, and the apology shown as a letter.
import type { ReactNode } from "react";
import { APOLOGY_LIMITS, type TApology } from "../../../contracts/apology.ts";
import type { TPersonRef } from "../../../contracts/spaces.ts";
import { When, Words } from "../acknowledge/stepKit.tsx";

export const PART_KEYS = [
  "regret",
  "responsibility",
  "explanation",
  "change",
  "repair",
  "forgivenessRequest",
] as const;
export type PartKey = (typeof PART_KEYS)[number];
export type Parts = Record<PartKey, string>;
export const EMPTY_PARTS: Parts = {
  regret: "",
  responsibility: "",
  explanation: "",
  change: "",
  repair: "",
  forgivenessRequest: "",
};

export type PartInfo = {
  key: PartKey;
  /** Short name, for the progress list. */
  title: string;
  /** The field's label. */
  label: string;
  /** Why this part matters, in a sentence or two. */
  why: string;
  hint: string;
  max: number;
  required?: boolean;
};

export function partInfo(reader: string): Record<PartKey, PartInfo> {
  return {
    regret: {
      key: "regret",
      title: "Regret",
      label: "What you regret",
      why: "Saying plainly that you are sorry, and for what, shows that you feel the weight of it.",
      hint: "For example: “I am sorry that I …”",
      max: APOLOGY_LIMITS.regret,
    },
    responsibility: {
      key: "responsibility",
      title: "Responsibility",
      label: "What you did, and that it was your choice",
      why: "Owning the choice, without excuses and without sharing out the blame, is the heart of an apology. This is the one part an apology needs.",
      hint: "For example: “I chose to … It was my decision, and it was wrong.”",
      max: APOLOGY_LIMITS.responsibility,
      required: true,
    },
    explanation: {
      key: "explanation",
      title: "Explanation",
      label: "How it came about (optional)",
      why: "Understanding how it happened can help, as long as it explains and does not excuse.",
      hint: "Keep it short and about yourself. Leave out anything that points at them.",
      max: APOLOGY_LIMITS.explanation,
    },
    change: {
      key: "change",
      title: "Change",
      label: "What you will do differently",
      why: `A plan to change shows ${reader} that it will not simply happen again.`,
      hint: "Concrete things they will be able to see over time.",
      max: APOLOGY_LIMITS.change,
    },
    repair: {
      key: "repair",
      title: "Repair",
      label: "How you would like to make it right",
      why: "Offering to repair the harm, or asking what would help, puts their needs first.",
      hint: "Offer something specific, or simply ask.",
      max: APOLOGY_LIMITS.repair,
    },
    forgivenessRequest: {
      key: "forgivenessRequest",
      title: "Forgiveness",
      label: "Asking for forgiveness (optional)",
      why: `${reader} has said they are open to being asked. Whether and when to forgive is still theirs alone to decide, so you can also leave this out.`,
      hint: "If you ask, ask without expecting: “If one day you feel able to, …”",
      max: APOLOGY_LIMITS.forgivenessRequest,
    },
  };
}

/** Labels of a sent apology's parts, as the reader reads them. */
const LETTER_LABELS: Record<PartKey, string> = {
  regret: "Regret",
  responsibility: "Responsibility",
  explanation: "How it came about",
  change: "What will be different",
  repair: "Making it right",
  forgivenessRequest: "Asking for forgiveness",
};

/** The apology's text in one piece: the coach's input and the preview. */
export function fullText(parts: Partial<Record<PartKey, string | null>>): string {
  return PART_KEYS.map((k) => parts[k]?.trim() ?? "")
    .filter(Boolean)
    .join("\n\n");
}

export function ApologyLetter({
  parts,
  title,
  meta,
  Heading = "h3",
  children,
}: {
  parts: Partial<Record<PartKey, string | null>>;
  title?: string | undefined;
  meta?: ReactNode;
  Heading?: "h3" | "h4";
  children?: ReactNode;
}) {
  const PartHeading = Heading === "h3" ? "h4" : "h5";
  return (
    <article className="letter">
      {title ? <Heading className="letter__title">{title}</Heading> : null}
      {meta ? <p className="letter__meta">{meta}</p> : null}
      {PART_KEYS.map((key) => {
        const text = parts[key]?.trim();
        if (!text) return null;
        return (
          <div className="letter__part" key={key}>
            <PartHeading>{LETTER_LABELS[key]}</PartHeading>
            <Words text={text} />
          </div>
        );
      })}
      {children}
    </article>
  );
}

const ANSWER_WORDS: Record<TApology["answers"][number]["kind"], (who: TPersonRef) => string> = {
  accept: (who) => `${who.isMe ? "You" : who.displayName} accepted this apology.`,
  not_ready: (who) =>
    who.isMe
      ? "You said you are not ready yet."
      : `${who.displayName} said they are not ready yet.`,
  not_sincere: (who) =>
    `${who.isMe ? "You" : who.displayName} said this doesn't feel sincere yet, because:`,
  would_help: (who) => `${who.isMe ? "You" : who.displayName} said what would help:`,
};

/** The answers an apology received, in order. */
export function AnswerList({ apology, reader }: { apology: TApology; reader: TPersonRef }) {
  if (apology.answers.length === 0) return null;
  return (
    <div className="letter__answer">
      {apology.answers.map((answer) => (
        <div key={`${answer.kind}-${answer.answeredAt}`} className="answer-item">
          <p className="letter__answer-title">{ANSWER_WORDS[answer.kind](reader)}</p>
          {answer.text ? <Words text={answer.text} /> : null}
          <p className="letter__meta">
            <When iso={answer.answeredAt} prefix="Answered" />
          </p>
        </div>
      ))}
    </div>
  );
}
