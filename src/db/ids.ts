import { v7 as uuidv7 } from "uuid";

/** Time-ordered ids made by the application, portable across both databases. */
export function newId(): string {
  return uuidv7();
}

export function nowIso(date: Date = new Date()): string {
  return date.toISOString();
}
