// Building blocks shared by the guided flows of steps 1–4 (acknowledgement,
// apology, listening): who the members are, who writes to whom, the shape of
// a timeline event, and the checks on written text. Pure: no I/O.
import { AppError } from "../errors.ts";
import type { StepId } from "../spaces/path.ts";
import { type Side, setsThePace, writesAccount } from "../spaces/sides.ts";

/** A member of the space as the rules see them: an id and their side. */
export type SpaceMember = { memberId: string; side: Side };

/**
 * One entry to append to the space's timeline. Payloads hold ids, numbers,
 * verdicts and flags only: never a member's words.
 */
export type DomainEvent<T extends string, P extends Record<string, unknown>> = {
  type: T;
  actorMemberId: string;
  payload: P;
};

/** Appended when a step becomes done for good (it never goes back). */
export type StepCompletedEvent = DomainEvent<"step.completed", { step: StepId }>;

/** One writer → reader pair: who writes accounts and apologies to whom. */
export type Direction = { writerMemberId: string; readerMemberId: string };

/** The acting member, or 403 when the id is not a member of this space. */
export function requireMember(members: readonly SpaceMember[], memberId: string): SpaceMember {
  const member = members.find((m) => m.memberId === memberId);
  if (!member) throw new AppError("forbidden", "Only the members of this space can do this.");
  return member;
}

/** The other member of the space, or null while they have not joined. */
export function otherMember(members: readonly SpaceMember[], memberId: string): SpaceMember | null {
  return members.find((m) => m.memberId !== memberId) ?? null;
}

/**
 * Every writer → reader pair of the space. One pair when one member broke
 * trust; two when both were hurt (each writes for the other and answers the
 * other); none until the second member has joined.
 */
export function writingDirections(members: readonly SpaceMember[]): Direction[] {
  const directions: Direction[] = [];
  for (const writer of members) {
    if (!writesAccount(writer.side)) continue;
    const reader = otherMember(members, writer.memberId);
    if (reader && setsThePace(reader.side)) {
      directions.push({ writerMemberId: writer.memberId, readerMemberId: reader.memberId });
    }
  }
  return directions;
}

export function sameDirection(a: Direction, b: Direction): boolean {
  return a.writerMemberId === b.writerMemberId && a.readerMemberId === b.readerMemberId;
}

/** Rules for one text field. `max` counts UTF-16 code units, as zod's `.max()` does. */
export type TextRule = {
  value: string | null | undefined;
  required: boolean;
  max: number;
  oneLine?: boolean;
  /** What to say when a required field is empty. */
  requiredMessage?: string;
};

/**
 * Trims every field and returns the text, or null for an empty optional
 * field. Throws one `bad_request` with a message per failing field.
 */
export function cleanTexts<K extends string>(rules: Record<K, TextRule>): Record<K, string | null> {
  const fields: Record<string, string> = {};
  const out = {} as Record<K, string | null>;
  for (const key of Object.keys(rules) as K[]) {
    const rule = rules[key];
    const text = (rule.value ?? "").trim();
    if (text.length === 0) {
      if (rule.required) fields[key] = rule.requiredMessage ?? "Write something here first.";
      out[key] = null;
      continue;
    }
    if (text.length > rule.max) {
      fields[key] = `Keep this to ${rule.max} characters or fewer (it has ${text.length}).`;
    } else if (rule.oneLine && /[\r\n]/.test(text)) {
      fields[key] = "Keep this to a single line.";
    }
    out[key] = text;
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError("bad_request", "Some of what you wrote needs a change first.", fields);
  }
  return out;
}
