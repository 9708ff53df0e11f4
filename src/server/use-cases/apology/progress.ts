import { loadApologies } from "../../../db/repositories/apologies.ts";
import {
  apologiseStepState,
  apologyAwaiting,
  responsibilityStepState,
} from "../../../domain/apology/step-state.ts";
import type { StepContext, StepProgress } from "../spaces/step-states.ts";

export async function apologyProgress({
  db,
  space,
  membership,
  members,
}: StepContext): Promise<StepProgress> {
  const apologies = await loadApologies(db, space.id);
  return {
    states: {
      responsibility: responsibilityStepState({ members, apologies }),
      apologise: apologiseStepState({ members, apologies }),
    },
    awaiting: apologyAwaiting({ members, apologies, memberId: membership.id }).map((a) => ({
      step: a.step,
      move: a.move,
    })),
  };
}
