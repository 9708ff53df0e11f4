// What each of the nine steps is, why it matters and what Mend will help with.
// Shown on a step's page until its feature arrives, and as its introduction after.
import type { StepId } from "../../../domain/spaces/path.ts";

export type StepInfo = {
  /** What the step is, in two or three plain sentences. */
  what: string;
  /** Why it matters for rebuilding trust. */
  why: string;
  /** What Mend will do to help, one short line each. */
  helps: string[];
};

export const STEP_INFO: Record<StepId, StepInfo> = {
  acknowledge: {
    what: "The person who broke the trust writes an honest account of what happened and of how it affected the other person. The person who was hurt reads it and says what is still missing, until they feel it has been truly acknowledged.",
    why: "Hurt that is not named stays in the way. Being seen clearly, without having to argue for it, is where repair begins.",
    helps: [
      "A guided account: what happened, what it did to the other person, what you understand now.",
      "A gentle language coach that points out excuses and blame before you send.",
      "A way for the hurt person to answer “this part is acknowledged” or “this is still missing”.",
    ],
  },
  responsibility: {
    what: "Owning the choice that broke the trust, without excuses or shifting the blame, and naming the amends and the changes in behaviour that will follow.",
    why: "Trust returns when the other person can see that you understand it was your choice, and that you are changing what led to it.",
    helps: [
      "Prompts that separate explaining from excusing.",
      "A short list of concrete amends and changes, agreed between you.",
    ],
  },
  apologise: {
    what: "A sincere apology: regret, responsibility, a plan to change and an offer of repair, with no pressure to forgive.",
    why: "An apology that asks for nothing in return lets the hurt person respond in their own time.",
    helps: [
      "A composer that shows which parts of a full apology are there and which are missing.",
      "Warnings for “I’m sorry if…” and other phrases that undo an apology.",
      "The hurt person can receive it without having to reply at once.",
    ],
  },
  listen: {
    what: "Taking turns to hear each other: mirroring back what you heard, validating what makes sense, and empathising before you answer.",
    why: "Feeling understood lowers the guard on both sides, and makes the harder conversations possible.",
    helps: [
      "A structured turn: one speaks, the other reflects back, the first confirms they were heard.",
      "Gentle examples of mirroring and validating sentences.",
    ],
  },
  boundaries: {
    what: "Agreeing, both ways, on what each of you needs to feel safe from now on, and what you can expect of each other.",
    why: "Clear, shared expectations give trust something solid to rest on, and make slips easier to talk about.",
    helps: [
      "Proposals each of you can accept, change or decline.",
      "Reminders to revisit what you agreed as things change.",
    ],
  },
  trustworthiness: {
    what: "Keeping commitments over time, confirmed by the other person, being open about what matters, and owning slips when they happen.",
    why: "Trust is rebuilt by many small kept promises, seen by the person who was hurt.",
    helps: [
      "Commitments with check-ins, where the other person confirms what they saw.",
      "A calm way to say “I slipped” and what you will do about it.",
    ],
  },
  patience: {
    what: "Accepting that the person who was hurt sets the pace, and that healing takes the time it takes.",
    why: "Pressure to “move on” reopens the wound. Patience shows that the change is real.",
    helps: [
      "Pace controls that belong to the hurt person.",
      "Notes on how far you have come, for the days that feel slow.",
    ],
  },
  "professional-help": {
    what: "Noticing when repair has stalled or does not feel safe, and inviting a counsellor to join the space.",
    why: "Some hurts need more than two people can carry. Asking for help is a sign of care, not failure.",
    helps: [
      "A private check that it is safe to continue, seen only by you.",
      "Inviting a counsellor into the space, with what they can and cannot see made clear.",
    ],
  },
  "open-communication": {
    what: "Moving forward together: regular check-ins, sharing feelings and needs with I-statements, and celebrating progress.",
    why: "Open, regular conversation keeps small hurts from growing, and lets you notice what is going well.",
    helps: [
      "Check-ins where both answer privately before the answers are shown together.",
      "A coach for I-statements.",
      "A timeline of the steps you have taken, to look back on.",
    ],
  },
};
