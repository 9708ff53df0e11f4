// Each step's state on the space home, and what the steps await of the
// viewer (the "your turn" badges). A feature that fills steps registers a
// provider here; a step no provider covers is "coming soon" and not started.
import type { Kysely } from "kysely";
import type { MembershipRow, SpaceRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import type { SpaceMember } from "../../../domain/acknowledgement/shared.ts";
import { STEPS, type StepId, type StepState } from "../../../domain/spaces/path.ts";
import { acknowledgementProgress } from "../acknowledgement/progress.ts";
import { apologyProgress } from "../apology/progress.ts";
import { listeningProgress } from "../listening/progress.ts";
import { loadSpaceMembers } from "../steps/space-state.ts";

export type StepContext = {
  db: Kysely<Database>;
  space: SpaceRow;
  membership: MembershipRow;
  members: SpaceMember[];
};

export type StepProgress = {
  states: Partial<Record<StepId, StepState>>;
  /** Moves the steps wait for from the viewer. Never a nudge to the hurt member to forgive. */
  awaiting: { step: StepId; move: string }[];
};

export type StepProgressProvider = {
  steps: readonly StepId[];
  load: (ctx: StepContext) => Promise<StepProgress>;
};

export const STEP_PROGRESS_PROVIDERS: readonly StepProgressProvider[] = [
  { steps: ["acknowledge"], load: acknowledgementProgress },
  { steps: ["responsibility", "apologise"], load: apologyProgress },
  { steps: ["listen"], load: listeningProgress },
];

export async function describePath(input: Omit<StepContext, "members">) {
  const ctx = { ...input, members: await loadSpaceMembers(input.db, input.space.id) };
  const progress = await Promise.all(STEP_PROGRESS_PROVIDERS.map((p) => p.load(ctx)));
  const states: Partial<Record<StepId, StepState>> = Object.assign(
    {},
    ...progress.map((p) => p.states),
  );
  const available = new Set(STEP_PROGRESS_PROVIDERS.flatMap((p) => p.steps));
  return {
    path: STEPS.map((step) => ({
      ...step,
      available: available.has(step.id),
      state: states[step.id] ?? ("not_started" as const),
    })),
    awaiting: progress.flatMap((p) => p.awaiting),
  };
}
