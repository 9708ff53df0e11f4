// The nine steps of rebuilding trust, in order. Later features fill each
// step; until a step has its feature, its state is computed as "not_started".
export const STEP_IDS = [
  "acknowledge",
  "responsibility",
  "apologise",
  "listen",
  "boundaries",
  "trustworthiness",
  "patience",
  "professional-help",
  "open-communication",
] as const;
export type StepId = (typeof STEP_IDS)[number];

export type StepState = "not_started" | "in_progress" | "done";

export type StepDefinition = { id: StepId; number: number; title: string; summary: string };

export const STEPS: readonly StepDefinition[] = [
  {
    id: "acknowledge",
    number: 1,
    title: "Acknowledge the damage",
    summary:
      "An honest account of what happened and its impact, until the hurt person feels acknowledged.",
  },
  {
    id: "responsibility",
    number: 2,
    title: "Take responsibility",
    summary:
      "No excuses and no shifting blame: owning the choice, making amends, changing behaviour.",
  },
  {
    id: "apologise",
    number: 3,
    title: "Apologise sincerely",
    summary:
      "Regret, responsibility, a plan to change and an offer of repair, with no pressure to forgive.",
  },
  {
    id: "listen",
    number: 4,
    title: "Listen to each other",
    summary: "Mirror, validate and empathise with the other's perspective before answering.",
  },
  {
    id: "boundaries",
    number: 5,
    title: "Set boundaries and expectations",
    summary: "Agree, both ways, on what each of you needs, and revisit it as things change.",
  },
  {
    id: "trustworthiness",
    number: 6,
    title: "Show trustworthiness over time",
    summary: "Keep commitments, confirmed by the other person; be transparent; own the slips.",
  },
  {
    id: "patience",
    number: 7,
    title: "Be patient",
    summary: "The hurt person sets the pace. Healing takes the time it takes.",
  },
  {
    id: "professional-help",
    number: 8,
    title: "Seek help when needed",
    summary: "Notice when repair stalls, check privately that it is safe, and invite a counsellor.",
  },
  {
    id: "open-communication",
    number: 9,
    title: "Move forward together",
    summary: "Regular check-ins, feelings and needs, I-statements, and celebrating progress.",
  },
];
