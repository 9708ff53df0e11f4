// Table shapes as Kysely sees them. Portable between SQLite and PostgreSQL:
// text ids (UUIDv7 made by the app), ISO-8601 UTC text timestamps, 0/1 integers
// for booleans, JSON as text.
import type { Side, SpaceKind } from "../domain/spaces/sides.ts";

export type UserTable = {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  created_at: string;
};

export type SessionTable = {
  /** SHA-256 of the token in the cookie: a leaked database holds no usable session. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
};

export type SpaceTable = {
  id: string;
  title: string;
  kind: SpaceKind;
  created_by: string | null;
  created_at: string;
};

export type MembershipTable = {
  id: string;
  space_id: string;
  /** Null once the member deleted their account: what they sent stays, signed by a former member. */
  user_id: string | null;
  display_name: string;
  role: "member" | "counsellor";
  side: Side | null;
  joined_at: string;
  left_at: string | null;
};

export type InviteTable = {
  id: string;
  space_id: string;
  token_hash: string;
  created_by: string;
  side: Side;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
  revoked_at: string | null;
};

export type EventTable = {
  id: string;
  space_id: string;
  /** Membership id of who did it; null for the system. */
  actor_id: string | null;
  type: string;
  /** JSON object; never holds private text. */
  payload: string;
  created_at: string;
};

export type Database = {
  users: UserTable;
  sessions: SessionTable;
  spaces: SpaceTable;
  memberships: MembershipTable;
  invites: InviteTable;
  events: EventTable;
};
