import { loadAccountVersions } from "../../../db/repositories/accounts.ts";
import {
  acknowledgementAwaiting,
  acknowledgeStepState,
} from "../../../domain/acknowledgement/step-state.ts";
import type { StepContext, StepProgress } from "../spaces/step-states.ts";

export async function acknowledgementProgress({
  db,
  space,
  membership,
  members,
}: StepContext): Promise<StepProgress> {
  const versions = await loadAccountVersions(db, space.id);
  return {
    states: { acknowledge: acknowledgeStepState({ members, versions }) },
    awaiting: acknowledgementAwaiting({ members, versions, memberId: membership.id }).map((a) => ({
      step: a.step,
      move: a.move,
    })),
  };
}
