import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 bits from the OS's CSPRNG, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Stored instead of the token, so a copy of the database opens no session or invite. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
