import { loadListeningSessions } from "../../../db/repositories/listening.ts";
import { listeningAwaiting, listenStepState } from "../../../domain/listening/step-state.ts";
import type { StepContext, StepProgress } from "../spaces/step-states.ts";

export async function listeningProgress({
  db,
  space,
  membership,
  members,
}: StepContext): Promise<StepProgress> {
  const sessions = await loadListeningSessions(db, space.id);
  return {
    states: { listen: listenStepState({ members, sessions }) },
    awaiting: listeningAwaiting({ sessions, memberId: membership.id }).map((a) => ({
      step: a.step,
      move: a.move,
    })),
  };
}
