// How sides and kinds are said to people, in one place.
import type { TMember, TSpaceSummary } from "../../contracts/spaces.ts";

type Side = NonNullable<TMember["side"]>;
type Kind = TSpaceSummary["kind"];

/** The sentence a person picks when they say where they stand. */
export const SIDE_CHOICES: Record<Side, string> = {
  broke_trust: "I broke the trust",
  was_hurt: "I was hurt",
  both_hurt: "Both of us were hurt",
};

/** A member's side, said about them: "Ann broke the trust". */
export const SIDE_ABOUT: Record<Side, string> = {
  broke_trust: "broke the trust",
  was_hurt: "was hurt",
  both_hurt: "both were hurt",
};

/** "you join as the person who was hurt". */
export const SIDE_AS: Record<Side, string> = {
  broke_trust: "the person who broke the trust",
  was_hurt: "the person who was hurt",
  both_hurt: "one of two people who were both hurt",
};

export const KIND_LABELS: Record<Kind, string> = {
  partner: "Partner",
  family: "Family",
  friend: "Friend",
  colleague: "Colleague",
  other: "Someone else",
};

export const KIND_ABOUT: Record<Kind, string> = {
  partner: "with a partner",
  family: "in the family",
  friend: "between friends",
  colleague: "between colleagues",
  other: "between two people",
};

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    day: "numeric",
    month: "long",
    hour: "numeric",
    minute: "2-digit",
  });
}
