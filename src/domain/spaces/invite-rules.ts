// When an invite may be made and used. Pure: the caller brings the facts.
import { AppError } from "../errors.ts";
import { MAX_MEMBERS } from "./sides.ts";

export const INVITE_LIFETIME_DAYS = 7;

export function inviteExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITE_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
}

export function assertCanInvite(input: { activeMemberCount: number }): void {
  if (input.activeMemberCount >= MAX_MEMBERS) {
    throw new AppError("conflict", "This space already has both of its members.");
  }
}

export type InviteFacts = { expiresAt: string; usedAt: string | null; revokedAt: string | null };

/** Why an invite link can no longer be used, or null if it still can. */
export function inviteUnusableReason(invite: InviteFacts, now: Date): string | null {
  if (invite.revokedAt) return "This invite was withdrawn. Ask for a new link.";
  if (invite.usedAt) return "This invite link has already been used. Ask for a new link.";
  if (Date.parse(invite.expiresAt) <= now.getTime())
    return "This invite link has expired. Ask for a new link.";
  return null;
}

export function assertCanJoin(input: {
  invite: InviteFacts;
  now: Date;
  alreadyMember: boolean;
  activeMemberCount: number;
}): void {
  if (input.alreadyMember) throw new AppError("conflict", "You are already in this space.");
  const reason = inviteUnusableReason(input.invite, input.now);
  if (reason) throw new AppError("gone", reason);
  if (input.activeMemberCount >= MAX_MEMBERS) {
    throw new AppError("conflict", "This space already has both of its members.");
  }
}
