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

/** A member's private work in progress: visible to its author only. */
export type DraftTable = {
  id: string;
  space_id: string;
  author_id: string;
  kind: "account" | "apology";
  /** JSON object of the draft's parts. */
  parts: string;
  created_at: string;
  updated_at: string;
};

export type AccountVersionTable = {
  id: string;
  space_id: string;
  writer_id: string;
  reader_id: string;
  version: number;
  parts: string;
  sent_at: string;
};

export type AccountResponseTable = {
  id: string;
  space_id: string;
  version_id: string;
  reader_id: string;
  verdict: "acknowledged" | "something_missing";
  own_experience: string | null;
  missing: string | null;
  answered_at: string;
};

export type ApologyTable = {
  id: string;
  space_id: string;
  writer_id: string;
  reader_id: string;
  number: number;
  parts: string;
  sent_at: string;
};

export type ApologyAnswerTable = {
  id: string;
  space_id: string;
  apology_id: string;
  reader_id: string;
  kind: "accept" | "not_ready" | "not_sincere" | "would_help";
  text: string | null;
  answered_at: string;
};

export type ForgivenessOpennessTable = {
  member_id: string;
  space_id: string;
  open: number;
  changed_at: string;
};

export type AmendsRequestTable = {
  id: string;
  space_id: string;
  apology_id: string;
  answer_id: string;
  requested_by: string;
  addressed_to: string;
  text: string;
  status: "open" | "committed";
  commitment_id: string | null;
  created_at: string;
  committed_at: string | null;
};

export type ListeningSessionTable = {
  id: string;
  space_id: string;
  started_by: string;
  started_at: string;
  in_person: number;
  turn_seconds: number | null;
  ended_at: string | null;
  ended_by: string | null;
};

export type ListeningRoundTable = {
  id: string;
  space_id: string;
  session_id: string;
  number: number;
  speaker_id: string;
  listener_id: string;
  started_by: string;
  started_at: string;
};

export type ListeningMoveTable = {
  id: string;
  space_id: string;
  round_id: string;
  kind: "perspective" | "mirror" | "confirm" | "correct" | "validation" | "empathy";
  author_id: string;
  recorded_by: string;
  text: string | null;
  summary: string | null;
  created_at: string;
};

export type Database = {
  users: UserTable;
  sessions: SessionTable;
  spaces: SpaceTable;
  memberships: MembershipTable;
  invites: InviteTable;
  events: EventTable;
  drafts: DraftTable;
  account_versions: AccountVersionTable;
  account_responses: AccountResponseTable;
  apologies: ApologyTable;
  apology_answers: ApologyAnswerTable;
  forgiveness_openness: ForgivenessOpennessTable;
  amends_requests: AmendsRequestTable;
  listening_sessions: ListeningSessionTable;
  listening_rounds: ListeningRoundTable;
  listening_moves: ListeningMoveTable;
};
