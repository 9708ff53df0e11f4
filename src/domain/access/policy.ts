// The one table of who may do what on a space. Every route names an action
// from this table and asks `decideAccess` before it does anything else; a test
// walks the table so that a route without a policy fails the suite.
import type { Side } from "../spaces/sides.ts";

export type Role = "anonymous" | "non_member" | Side | "counsellor";

const MEMBERS = ["broke_trust", "was_hurt", "both_hurt"] as const satisfies readonly Role[];
const MEMBERS_AND_COUNSELLOR = [...MEMBERS, "counsellor"] as const satisfies readonly Role[];

export const POLICY = {
  // The space itself
  "space.view": MEMBERS_AND_COUNSELLOR,
  "space.leave": MEMBERS,
  "space.timeline": MEMBERS_AND_COUNSELLOR,
  // Inviting the other person
  "invite.list": MEMBERS,
  "invite.create": MEMBERS,
  "invite.revoke": MEMBERS,
  // Steps 1–4 (the guided flows)
  "account.view": MEMBERS_AND_COUNSELLOR,
  "account.write": ["broke_trust", "both_hurt"],
  "account.respond": ["was_hurt", "both_hurt"],
  "apology.view": MEMBERS_AND_COUNSELLOR,
  "apology.write": ["broke_trust", "both_hurt"],
  "apology.respond": ["was_hurt", "both_hurt"],
  "apology.openness": ["was_hurt", "both_hurt"],
  "listening.view": MEMBERS_AND_COUNSELLOR,
  "listening.take-turn": MEMBERS,
} as const satisfies Record<string, readonly Role[]>;

export type SpaceAction = keyof typeof POLICY;

export const SPACE_ACTIONS = Object.keys(POLICY) as SpaceAction[];

export function isAllowed(role: Role, action: SpaceAction): boolean {
  return (POLICY[action] as readonly Role[]).includes(role);
}

/**
 * Anonymous callers must sign in (401); anyone else without the right is told
 * the space does not exist (404), so a non-member cannot probe which spaces
 * exist, and a member is refused (403) only for what their role may not do.
 */
export type AccessDecision =
  | { allowed: true }
  | { allowed: false; reason: "unauthenticated" | "not_found" | "forbidden" };

export function decideAccess(role: Role, action: SpaceAction): AccessDecision {
  if (isAllowed(role, action)) return { allowed: true };
  if (role === "anonymous") return { allowed: false, reason: "unauthenticated" };
  if (role === "non_member") return { allowed: false, reason: "not_found" };
  return { allowed: false, reason: "forbidden" };
}
