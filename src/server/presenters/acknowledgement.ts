import type { TAcknowledgementView } from "../../contracts/acknowledgement.ts";
import type { StoredDraft } from "../../db/repositories/drafts.ts";
import type { MembershipRow } from "../../db/repositories/spaces.ts";
import type { AccountParts, AccountVersion } from "../../domain/acknowledgement/account.ts";
import { accountThread, accountThreadStatus } from "../../domain/acknowledgement/account.ts";
import type { SpaceMember } from "../../domain/acknowledgement/shared.ts";
import { writingDirections } from "../../domain/acknowledgement/shared.ts";
import { acknowledgeStepState } from "../../domain/acknowledgement/step-state.ts";
import { setsThePace, writesAccount } from "../../domain/spaces/sides.ts";
import { peopleOf } from "./people.ts";

/**
 * Step 1 as the viewer sees it: every sent version and answer (both members
 * see those), and the viewer's own draft, which is never the other's.
 */
export function presentAcknowledgement(input: {
  viewer: MembershipRow;
  memberships: readonly MembershipRow[];
  members: readonly SpaceMember[];
  versions: readonly AccountVersion[];
  myDraft: StoredDraft<AccountParts> | null;
}): TAcknowledgementView {
  const { viewer, members, versions, myDraft } = input;
  if (myDraft && myDraft.authorId !== viewer.id)
    throw new Error("a draft reached the wrong presenter");
  const person = peopleOf(input.memberships, viewer);
  const side = viewer.side ?? "both_hurt";
  return {
    state: acknowledgeStepState({ members, versions }),
    iWrite: writesAccount(side),
    iAnswer: setsThePace(side),
    otherHasJoined: members.length >= 2,
    threads: writingDirections(members).map((direction) => ({
      writer: person(direction.writerMemberId),
      reader: person(direction.readerMemberId),
      status: accountThreadStatus(versions, direction),
      versions: accountThread(versions, direction).map((v) => ({
        id: v.id,
        version: v.version,
        parts: {
          whatHappened: v.parts.whatHappened,
          impact: v.parts.impact,
          prevention: v.parts.prevention,
        },
        sentAt: v.sentAt,
        response: v.response && {
          verdict: v.response.verdict,
          ownExperience: v.response.ownExperience,
          missing: v.response.missing,
          answeredAt: v.response.answeredAt,
        },
      })),
    })),
    myDraft: myDraft && {
      parts: {
        whatHappened: myDraft.parts.whatHappened ?? "",
        impact: myDraft.parts.impact ?? "",
        prevention: myDraft.parts.prevention ?? "",
      },
      updatedAt: myDraft.updatedAt,
    },
  };
}
