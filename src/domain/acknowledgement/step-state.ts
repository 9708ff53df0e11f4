// Step 1 for the space home and the badges: where the step stands, and what
// is awaited of a member.
import type { StepState } from "../spaces/path.ts";
import { type AccountVersion, accountThreadStatus, latestAccountVersion } from "./account.ts";
import { type SpaceMember, writingDirections } from "./shared.ts";

export type AcknowledgementState = {
  members: readonly SpaceMember[];
  /** All sent account versions of the space. Drafts never count: they are private. */
  versions: readonly AccountVersion[];
};

/**
 * not_started: no account sent yet. done: every reader (both members when
 * both were hurt) said "I feel acknowledged" on the latest version.
 */
export function acknowledgeStepState(state: AcknowledgementState): StepState {
  const directions = writingDirections(state.members);
  const statuses = directions.map((d) => accountThreadStatus(state.versions, d));
  if (statuses.length > 0 && statuses.every((s) => s === "acknowledged")) return "done";
  if (statuses.some((s) => s !== "not_sent")) return "in_progress";
  return "not_started";
}

export type AcknowledgementAwaited =
  | { step: "acknowledge"; move: "write_account"; readerMemberId: string }
  | {
      step: "acknowledge";
      move: "revise_account";
      readerMemberId: string;
      accountVersionId: string;
    }
  | {
      step: "acknowledge";
      move: "answer_account";
      writerMemberId: string;
      accountVersionId: string;
    };

/** What step 1 awaits of this member (empty when nothing): for "your turn" badges. */
export function acknowledgementAwaiting(
  state: AcknowledgementState & { memberId: string },
): AcknowledgementAwaited[] {
  const awaited: AcknowledgementAwaited[] = [];
  for (const direction of writingDirections(state.members)) {
    const status = accountThreadStatus(state.versions, direction);
    const latest = latestAccountVersion(state.versions, direction);
    if (direction.writerMemberId === state.memberId) {
      if (status === "not_sent") {
        awaited.push({
          step: "acknowledge",
          move: "write_account",
          readerMemberId: direction.readerMemberId,
        });
      } else if (status === "something_missing" && latest) {
        awaited.push({
          step: "acknowledge",
          move: "revise_account",
          readerMemberId: direction.readerMemberId,
          accountVersionId: latest.id,
        });
      }
    }
    if (direction.readerMemberId === state.memberId && status === "awaiting_answer" && latest) {
      awaited.push({
        step: "acknowledge",
        move: "answer_account",
        writerMemberId: direction.writerMemberId,
        accountVersionId: latest.id,
      });
    }
  }
  return awaited;
}
