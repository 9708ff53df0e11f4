// The one place access is checked. Each API route declares an access rule in
// its config; app.ts refuses to register an /api route without one, and a
// hook applies it before the body is validated or anything is read.
import type { Kysely } from "kysely";
import {
  findActiveMembership,
  findSpace,
  type MembershipRow,
  type SpaceRow,
} from "../../db/repositories/spaces.ts";
import type { Database } from "../../db/schema.ts";
import { decideAccess, type Role, type SpaceAction } from "../../domain/access/policy.ts";
import { AppError } from "../../domain/errors.ts";
import type { CurrentUser } from "../auth/sessions.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AccessRule =
  | { kind: "public" }
  | { kind: "user" }
  | { kind: "space"; action: SpaceAction };

export type SpaceAccess = { space: SpaceRow; membership: MembershipRow; role: Role };

export function requireUser(user: CurrentUser | null): CurrentUser {
  if (!user) throw new AppError("unauthenticated", "Please log in to continue.");
  return user;
}

export async function requireAccess(
  db: Kysely<Database>,
  user: CurrentUser | null,
  spaceId: string,
  action: SpaceAction,
): Promise<SpaceAccess> {
  let role: Role = user ? "non_member" : "anonymous";
  let space: SpaceRow | undefined;
  let membership: MembershipRow | undefined;
  // Access is decided before params are validated: an id that is not even an
  // id finds nothing, without asking the database (PostgreSQL refuses NUL).
  if (user && UUID.test(spaceId)) {
    space = await findSpace(db, spaceId);
    membership = space ? await findActiveMembership(db, spaceId, user.id) : undefined;
    role = !membership
      ? "non_member"
      : membership.role === "counsellor"
        ? "counsellor"
        : (membership.side ?? "non_member");
  }
  const decision = decideAccess(role, action);
  if (!decision.allowed) {
    if (decision.reason === "unauthenticated")
      throw new AppError("unauthenticated", "Please log in to continue.");
    if (decision.reason === "not_found")
      throw new AppError("not_found", "This space does not exist or you are not in it.");
    throw new AppError("forbidden", "Your part in this space does not include this.");
  }
  if (!space || !membership)
    throw new AppError("not_found", "This space does not exist or you are not in it.");
  return { space, membership, role };
}
