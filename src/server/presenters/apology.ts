import type { TApologyView } from "../../contracts/apology.ts";
import type { StoredDraft } from "../../db/repositories/drafts.ts";
import type { MembershipRow } from "../../db/repositories/spaces.ts";
import type { SpaceMember } from "../../domain/acknowledgement/shared.ts";
import { otherMember, writingDirections } from "../../domain/acknowledgement/shared.ts";
import {
  type AmendsRequest,
  type Apology,
  type ApologyPart,
  apologyThread,
  apologyThreadStatus,
  type ForgivenessOpenness,
  isOpenToForgivenessRequest,
} from "../../domain/apology/apology.ts";
import { apologiseStepState, responsibilityStepState } from "../../domain/apology/step-state.ts";
import { setsThePace, writesAccount } from "../../domain/spaces/sides.ts";
import { peopleOf } from "./people.ts";

/**
 * Steps 2–3 as the viewer sees them: sent apologies and answers (both see
 * those), amends requests, the viewer's own draft only, and of the forgiveness
 * flag only what the viewer's part needs.
 */
export function presentApology(input: {
  viewer: MembershipRow;
  memberships: readonly MembershipRow[];
  members: readonly SpaceMember[];
  apologies: readonly Apology[];
  openness: readonly ForgivenessOpenness[];
  amendsRequests: readonly AmendsRequest[];
  myDraft: StoredDraft<Partial<Record<ApologyPart, string>>> | null;
}): TApologyView {
  const { viewer, members, apologies, myDraft } = input;
  if (myDraft && myDraft.authorId !== viewer.id)
    throw new Error("a draft reached the wrong presenter");
  const person = peopleOf(input.memberships, viewer);
  const side = viewer.side ?? "both_hurt";
  const other = otherMember(members, viewer.id);
  const text = (value: string | undefined) => value ?? "";
  return {
    responsibilityState: responsibilityStepState({ members, apologies }),
    apologiseState: apologiseStepState({ members, apologies }),
    iWrite: writesAccount(side),
    iAnswer: setsThePace(side),
    otherHasJoined: members.length >= 2,
    threads: writingDirections(members).map((direction) => ({
      writer: person(direction.writerMemberId),
      reader: person(direction.readerMemberId),
      status: apologyThreadStatus(apologies, direction),
      apologies: apologyThread(apologies, direction).map((a) => ({
        id: a.id,
        number: a.number,
        parts: { ...a.parts },
        sentAt: a.sentAt,
        answers: a.answers.map((x) => ({ kind: x.kind, text: x.text, answeredAt: x.answeredAt })),
      })),
    })),
    myDraft: myDraft && {
      parts: {
        regret: text(myDraft.parts.regret),
        responsibility: text(myDraft.parts.responsibility),
        explanation: text(myDraft.parts.explanation),
        change: text(myDraft.parts.change),
        repair: text(myDraft.parts.repair),
        forgivenessRequest: text(myDraft.parts.forgivenessRequest),
      },
      updatedAt: myDraft.updatedAt,
    },
    iAmOpenToForgivenessRequest: setsThePace(side)
      ? isOpenToForgivenessRequest(input.openness, viewer.id)
      : null,
    mayAskForForgiveness:
      writesAccount(side) && other
        ? isOpenToForgivenessRequest(input.openness, other.memberId)
        : null,
    amendsRequests: input.amendsRequests.map((r) => ({
      id: r.id,
      text: r.text,
      requestedBy: person(r.requestedByMemberId),
      addressedTo: person(r.addressedToMemberId),
      status: r.status,
      createdAt: r.createdAt,
    })),
  };
}
