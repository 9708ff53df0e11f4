import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AppError } from "../errors.ts";
import {
  assertCanInvite,
  assertCanJoin,
  inviteExpiry,
  inviteUnusableReason,
} from "./invite-rules.ts";

const now = new Date("2026-01-10T12:00:00.000Z");
const open = { expiresAt: inviteExpiry(now).toISOString(), usedAt: null, revokedAt: null };

describe("invite rules", () => {
  it("lets an invite live for seven days", () => {
    assert.equal(inviteExpiry(now).toISOString(), "2026-01-17T12:00:00.000Z");
  });

  it("accepts an open invite into a space with one member", () => {
    assert.doesNotThrow(() =>
      assertCanJoin({ invite: open, now, alreadyMember: false, activeMemberCount: 1 }),
    );
  });

  it("refuses used, revoked and expired invites as gone", () => {
    for (const invite of [
      { ...open, usedAt: now.toISOString() },
      { ...open, revokedAt: now.toISOString() },
      { ...open, expiresAt: now.toISOString() },
    ]) {
      assert.throws(
        () => assertCanJoin({ invite, now, alreadyMember: false, activeMemberCount: 1 }),
        (e: unknown) => e instanceof AppError && e.code === "gone",
      );
    }
    assert.match(inviteUnusableReason({ ...open, usedAt: "x" }, now) ?? "", /already been used/);
  });

  it("refuses a third member and a member joining twice", () => {
    assert.throws(
      () => assertCanJoin({ invite: open, now, alreadyMember: false, activeMemberCount: 2 }),
      (e: unknown) => e instanceof AppError && e.code === "conflict",
    );
    assert.throws(
      () => assertCanJoin({ invite: open, now, alreadyMember: true, activeMemberCount: 1 }),
      /already in this space/,
    );
    assert.throws(() => assertCanInvite({ activeMemberCount: 2 }), /both of its members/);
    assert.doesNotThrow(() => assertCanInvite({ activeMemberCount: 1 }));
  });
});
