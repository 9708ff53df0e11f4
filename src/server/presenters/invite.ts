import type { TInvite, TInvitePreview } from "../../contracts/invites.ts";
import type { InviteRow } from "../../db/repositories/invites.ts";
import type { SpaceRow } from "../../db/repositories/spaces.ts";

export function presentInvite(invite: InviteRow): TInvite {
  return {
    id: invite.id,
    createdAt: invite.created_at,
    expiresAt: invite.expires_at,
    side: invite.side,
  };
}

/** What someone holding the link sees before joining: enough to know it is the right space. */
export function presentInvitePreview(input: {
  invite: InviteRow;
  space: SpaceRow;
  invitedBy: string;
}): TInvitePreview {
  return {
    spaceTitle: input.space.title,
    kind: input.space.kind,
    invitedBy: input.invitedBy,
    yourSide: input.invite.side,
    expiresAt: input.invite.expires_at,
  };
}
