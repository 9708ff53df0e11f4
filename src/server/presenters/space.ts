import type {
  TAwaited,
  TMember,
  TPathStep,
  TSpaceHome,
  TSpaceSummary,
} from "../../contracts/spaces.ts";
import type { MembershipRow, SpaceRow } from "../../db/repositories/spaces.ts";
import type { Side, SpaceKind } from "../../domain/spaces/sides.ts";

export function presentSpaceSummary(row: {
  id: string;
  title: string;
  kind: SpaceKind;
  createdAt: string;
  side: Side | null;
}): TSpaceSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    mySide: row.side,
    createdAt: row.createdAt,
  };
}

/** A member as the other sees them: name, part and when they joined; no email, no user id. */
export function presentMember(member: MembershipRow, viewer: MembershipRow): TMember {
  return {
    id: member.id,
    displayName: member.display_name,
    role: member.role,
    side: member.side,
    isMe: member.id === viewer.id,
    joinedAt: member.joined_at,
  };
}

export function presentSpaceHome(input: {
  space: SpaceRow;
  viewer: MembershipRow;
  members: MembershipRow[];
  path: TPathStep[];
  awaiting: TAwaited[];
}): TSpaceHome {
  const { space, viewer, members, path, awaiting } = input;
  return {
    space: presentSpaceSummary({
      id: space.id,
      title: space.title,
      kind: space.kind,
      createdAt: space.created_at,
      side: viewer.side,
    }),
    members: members.map((m) => presentMember(m, viewer)),
    awaiting: awaiting.map((a) => ({ step: a.step, move: a.move })),
    waitingForOther: members.filter((m) => m.role === "member").length < 2,
    path: path.map((step) => ({
      id: step.id,
      number: step.number,
      title: step.title,
      summary: step.summary,
      state: step.state,
      available: step.available,
    })),
  };
}
