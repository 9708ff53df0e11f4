import { loadListeningSessions } from "../../../db/repositories/listening.ts";
import { listeningAwaiting, listenStepState } from "../../../domain/listening/step-state.ts";
import type { StepContext, StepProgress } from "../spaces/step-states.ts";
import { loadSpaceMembers } from "../steps/space-state.ts";

export async function listeningProgress({
  db,
  space,
  membership,
}: StepContext): Promise<StepProgress> {
  const members = await loadSpaceMembers(db, space.id);
  const sessions = await loadListeningSessions(db, space.id);
  return {
    states: { listen: listenStepState({ members, sessions }) },
    awaiting: listeningAwaiting({ sessions, memberId: membership.id }).map((a) => ({
      step: a.step,
      move: a.move,
    })),
  };
}
