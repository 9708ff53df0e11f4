import { loadApologies } from "../../../db/repositories/apologies.ts";
import {
  apologiseStepState,
  apologyAwaiting,
  responsibilityStepState,
} from "../../../domain/apology/step-state.ts";
import type { StepContext, StepProgress } from "../spaces/step-states.ts";
import { loadSpaceMembers } from "../steps/space-state.ts";

export async function apologyProgress({
  db,
  space,
  membership,
}: StepContext): Promise<StepProgress> {
  const members = await loadSpaceMembers(db, space.id);
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
