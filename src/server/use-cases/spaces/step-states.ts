// Each step's state on the space home. A feature that fills a step registers
// a provider here; a step without one is "coming soon" and not started.
import type { Kysely } from "kysely";
import type { MembershipRow, SpaceRow } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import { STEPS, type StepId, type StepState } from "../../../domain/spaces/path.ts";

export type StepStateProvider = (input: {
  db: Kysely<Database>;
  space: SpaceRow;
  membership: MembershipRow;
}) => Promise<StepState>;

export const STEP_STATE_PROVIDERS: Partial<Record<StepId, StepStateProvider>> = {};

export async function describePath(input: {
  db: Kysely<Database>;
  space: SpaceRow;
  membership: MembershipRow;
}) {
  return Promise.all(
    STEPS.map(async (step) => {
      const provider = STEP_STATE_PROVIDERS[step.id];
      return {
        ...step,
        available: Boolean(provider),
        state: provider ? await provider(input) : ("not_started" as const),
      };
    }),
  );
}
