// Steps 2 and 3 for the space home and the badges.
import { type SpaceMember, writingDirections } from "../acknowledgement/shared.ts";
import type { StepState } from "../spaces/path.ts";
import {
  type Apology,
  type ApologyThreadStatus,
  apologyThreadStatus,
  latestApology,
} from "./apology.ts";

export type ApologyState = {
  members: readonly SpaceMember[];
  /** All sent apologies of the space (with answers). Drafts never count: they are private. */
  apologies: readonly Apology[];
};

function statuses(state: ApologyState): ApologyThreadStatus[] {
  return writingDirections(state.members).map((d) => apologyThreadStatus(state.apologies, d));
}

/**
 * Step 2 (take responsibility) is about the writer's part: done while every
 * writer has sent an apology (whose responsibility part is required) and the
 * latest was not answered "this doesn't feel sincere yet". It goes back to
 * in_progress after such an answer, until a revised apology is sent.
 */
export function responsibilityStepState(state: ApologyState): StepState {
  const all = statuses(state);
  if (all.length === 0 || all.every((s) => s === "not_sent")) return "not_started";
  if (all.every((s) => s !== "not_sent" && s !== "not_sincere")) return "done";
  return "in_progress";
}

/** Step 3 (apologise) is done, for good, when every reader accepted the latest apology. */
export function apologiseStepState(state: ApologyState): StepState {
  const all = statuses(state);
  if (all.length === 0 || all.every((s) => s === "not_sent")) return "not_started";
  if (all.every((s) => s === "accepted")) return "done";
  return "in_progress";
}

export type ApologyAwaited =
  | { step: "apologise"; move: "write_apology"; readerMemberId: string }
  | { step: "apologise"; move: "revise_apology"; readerMemberId: string; apologyId: string }
  | { step: "apologise"; move: "answer_apology"; writerMemberId: string; apologyId: string };

/**
 * What steps 2–3 await of this member, for "your turn" badges. An apology the
 * reader said they are not ready for is not listed: nothing nags them.
 */
export function apologyAwaiting(state: ApologyState & { memberId: string }): ApologyAwaited[] {
  const awaited: ApologyAwaited[] = [];
  for (const direction of writingDirections(state.members)) {
    const status = apologyThreadStatus(state.apologies, direction);
    const latest = latestApology(state.apologies, direction);
    if (direction.writerMemberId === state.memberId) {
      if (status === "not_sent") {
        awaited.push({
          step: "apologise",
          move: "write_apology",
          readerMemberId: direction.readerMemberId,
        });
      } else if ((status === "not_sincere" || status === "would_help") && latest) {
        awaited.push({
          step: "apologise",
          move: "revise_apology",
          readerMemberId: direction.readerMemberId,
          apologyId: latest.id,
        });
      }
    }
    if (direction.readerMemberId === state.memberId && status === "awaiting_answer" && latest) {
      awaited.push({
        step: "apologise",
        move: "answer_apology",
        writerMemberId: direction.writerMemberId,
        apologyId: latest.id,
      });
    }
  }
  return awaited;
}
