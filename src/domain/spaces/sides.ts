// Who a member is in the story of the broken trust. The creator picks a side;
// the invitee gets the complementary one.
export const SIDES = ["broke_trust", "was_hurt", "both_hurt"] as const;
export type Side = (typeof SIDES)[number];

export const SPACE_KINDS = ["partner", "family", "friend", "colleague", "other"] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

export function complementarySide(side: Side): Side {
  if (side === "broke_trust") return "was_hurt";
  if (side === "was_hurt") return "broke_trust";
  return "both_hurt";
}

/** The member who broke trust writes accounts and apologies. In "both hurt" spaces, each does. */
export function writesAccount(side: Side): boolean {
  return side === "broke_trust" || side === "both_hurt";
}

/** The member who was hurt reads, answers and sets the pace. In "both hurt" spaces, each does. */
export function setsThePace(side: Side): boolean {
  return side === "was_hurt" || side === "both_hurt";
}

export const MAX_MEMBERS = 2;
