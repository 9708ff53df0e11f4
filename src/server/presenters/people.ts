import type { TPersonRef } from "../../contracts/spaces.ts";
import type { MembershipRow } from "../../db/repositories/spaces.ts";

/** Names members by membership id, for the viewer; a departed member keeps their name. */
export function peopleOf(memberships: readonly MembershipRow[], viewer: MembershipRow) {
  const names = new Map(memberships.map((m) => [m.id, m.display_name]));
  return (memberId: string): TPersonRef => ({
    id: memberId,
    displayName: names.get(memberId) ?? "A former member",
    isMe: memberId === viewer.id,
  });
}
