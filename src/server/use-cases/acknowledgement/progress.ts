import { loadAccountVersions } from "../../../db/repositories/accounts.ts";
import {
  acknowledgementAwaiting,
  acknowledgeStepState,
} from "../../../domain/acknowledgement/step-state.ts";
import type { StepContext, StepProgress } from "../spaces/step-states.ts";
import { loadSpaceMembers } from "../steps/space-state.ts";

export async function acknowledgementProgress({
  db,
  space,
  membership,
}: StepContext): Promise<StepProgress> {
  const members = await loadSpaceMembers(db, space.id);
  const versions = await loadAccountVersions(db, space.id);
  return {
    states: { acknowledge: acknowledgeStepState({ members, versions }) },
    awaiting: acknowledgementAwaiting({ members, versions, memberId: membership.id }).map((a) => ({
      step: a.step,
      move: a.move,
    })),
  };
}
