import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AppError } from "../errors.ts";
import { cleanTexts, otherMember, requireMember, writingDirections } from "./shared.ts";

describe("writingDirections", () => {
  test("one pair when one member broke trust", () => {
    assert.deepEqual(
      writingDirections([
        { memberId: "h", side: "was_hurt" },
        { memberId: "b", side: "broke_trust" },
      ]),
      [{ writerMemberId: "b", readerMemberId: "h" }],
    );
  });

  test("two pairs when both were hurt", () => {
    assert.deepEqual(
      writingDirections([
        { memberId: "a", side: "both_hurt" },
        { memberId: "b", side: "both_hurt" },
      ]),
      [
        { writerMemberId: "a", readerMemberId: "b" },
        { writerMemberId: "b", readerMemberId: "a" },
      ],
    );
  });

  test("none until the other member joins", () => {
    assert.deepEqual(writingDirections([{ memberId: "b", side: "broke_trust" }]), []);
    assert.deepEqual(writingDirections([{ memberId: "a", side: "both_hurt" }]), []);
  });
});

describe("members", () => {
  const members = [
    { memberId: "a", side: "both_hurt" as const },
    { memberId: "b", side: "both_hurt" as const },
  ];
  test("requireMember finds the actor or refuses (403)", () => {
    assert.equal(requireMember(members, "a").memberId, "a");
    assert.throws(
      () => requireMember(members, "z"),
      (e: unknown) => e instanceof AppError && e.code === "forbidden",
    );
  });
  test("otherMember", () => {
    assert.equal(otherMember(members, "a")?.memberId, "b");
    assert.equal(otherMember([members[0] as (typeof members)[0]], "a"), null);
  });
});

describe("cleanTexts", () => {
  test("trims, turns empty optional text into null", () => {
    assert.deepEqual(
      cleanTexts({
        a: { value: "  hi \n", required: true, max: 5 },
        b: { value: "   ", required: false, max: 5 },
        c: { value: undefined, required: false, max: 5 },
      }),
      { a: "hi", b: null, c: null },
    );
  });

  test("collects one message per failing field", () => {
    try {
      cleanTexts({
        empty: { value: " ", required: true, max: 5, requiredMessage: "Say it." },
        long: { value: "123456", required: false, max: 5 },
        lines: { value: "a\nb", required: false, max: 5, oneLine: true },
        fine: { value: "ok", required: true, max: 5 },
      });
      assert.fail("expected bad_request");
    } catch (error) {
      assert.ok(error instanceof AppError);
      assert.equal(error.code, "bad_request");
      assert.deepEqual(Object.keys(error.fields ?? {}), ["empty", "long", "lines"]);
      assert.equal(error.fields?.empty, "Say it.");
    }
  });

  test("the limit counts characters after trimming", () => {
    assert.deepEqual(cleanTexts({ a: { value: " 12345 ", required: true, max: 5 } }), {
      a: "12345",
    });
  });
});
