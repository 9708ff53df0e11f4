import { z } from "zod";
import { ZId, ZSpaceParams } from "./common.ts";
import { ZSide, ZSpaceKind } from "./spaces.ts";

export const ZInvite = z.object({
  id: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  side: ZSide,
});
export type TInvite = z.infer<typeof ZInvite>;

export const ZInviteList = z.object({ invites: z.array(ZInvite) });

/** The token is shown once, when the invite is made; only its hash is stored. */
export const ZCreatedInvite = z.object({ invite: ZInvite, token: z.string(), url: z.string() });
export type TCreatedInvite = z.infer<typeof ZCreatedInvite>;

export const ZInviteParams = ZSpaceParams.extend({ inviteId: ZId });

export const ZInviteToken = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: "This invite link is not valid." }),
});

export const ZInvitePreview = z.object({
  spaceTitle: z.string(),
  kind: ZSpaceKind,
  invitedBy: z.string(),
  yourSide: ZSide,
  expiresAt: z.string(),
});
export type TInvitePreview = z.infer<typeof ZInvitePreview>;

export const ZJoined = z.object({ spaceId: z.string() });
