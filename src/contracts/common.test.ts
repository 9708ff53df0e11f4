import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { boundedText, isStorableText, optionalText } from "./common.ts";

describe("text that can be stored", () => {
  it("accepts what people write: line breaks, tabs, emoji, accents, right-to-left", () => {
    for (const text of [
      "Line one\nline two\r\n\tindented",
      "I'm sorry 💔",
      "Désolée, ça m'a blessée",
      "אני מצטער",
    ]) {
      assert.equal(isStorableText(text), true, text);
    }
  });

  it("refuses NUL and other control characters, and broken UTF-16", () => {
    for (const text of [
      "a\u0000b",
      "bell\u0007",
      "\u001b[31mred",
      "lone \ud800 high",
      "lone \udc00 low",
      "end \ud83d",
    ]) {
      assert.equal(isStorableText(text), false, JSON.stringify(text));
    }
  });

  it("is checked by the contract schemas, with a message a person understands", () => {
    const title = boundedText(80, "Title").safeParse("Us\u0000");
    assert.equal(title.success, false);
    assert.match(title.error?.issues[0]?.message ?? "", /characters that cannot be saved/);
    assert.equal(optionalText(100, "Part").safeParse("fine").success, true);
    assert.equal(optionalText(100, "Part").safeParse(null).success, true);
    assert.equal(optionalText(100, "Part").safeParse("\ud800").success, false);
  });
});
