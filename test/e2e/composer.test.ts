// The Composer's coach: live suggestions under the words, each with its reason,
// the words marked, a rewrite and a dismiss button; sending is never blocked.
// Driven through step 1, the first page that uses a Composer.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import {
  expectAccessible,
  launchBrowser,
  makeIdentity,
  newPerson,
  type Person,
  printAxeSummary,
  screenshot,
} from "./support/browser.ts";
import { createSpace, signUp } from "./support/flows.ts";
import { type RunningServer, startServer } from "./support/server.ts";

describe("the composer's language coach", () => {
  let server: RunningServer;
  let browser: Browser;
  let ann: Person;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ann = await newPerson(browser, server.url, { width: 360, height: 780 });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    printAxeSummary();
  });

  it("shows a warning with its reason, marked words and a rewrite, and dismisses it", async () => {
    const { page } = ann;
    await signUp(page, makeIdentity("Ann"));
    await page.getByRole("heading", { level: 1, name: "Start a space" }).waitFor();
    await createSpace(page, { title: "Us", kind: "Partner", side: "I broke the trust" });
    await page.getByRole("link", { name: /Step 1: Acknowledge the damage/ }).click();
    await page.getByRole("heading", { level: 1, name: "Acknowledge the damage" }).waitFor();

    const box = page.getByRole("textbox").first();
    await box.fill("I'm sorry if you were upset, but you always overreact.");
    const coach = page.getByRole("region", { name: "Suggestions from the language coach" }).first();
    await coach
      .getByRole("status")
      .filter({ hasText: /suggestion/ })
      .waitFor();
    const warnings = coach.getByRole("listitem");
    const before = await warnings.count();
    assert.ok(before >= 1, "at least one suggestion");
    assert.ok((await coach.locator("mark").count()) >= 1, "the words themselves are marked");
    await coach.getByText("You could say:").first().waitFor();
    await expectAccessible(page, "composer with coach feedback");
    await coach.scrollIntoViewIfNeeded();
    await screenshot(page, "composer-coach");

    await coach
      .getByRole("button", { name: /^Dismiss/ })
      .first()
      .click();
    await page.waitForFunction(
      (n) => document.querySelectorAll(".coach__warnings > li").length === n - 1,
      before,
    );
    // The send path stays open whatever the coach says.
    assert.equal(await box.isEditable(), true);
  });

  it("turns a conditional apology into the suggested wording when asked", async () => {
    const { page } = ann;
    const box = page.getByRole("textbox").first();
    await box.fill("I'm sorry if you were upset.");
    const coach = page.getByRole("region", { name: "Suggestions from the language coach" }).first();
    const warning = coach.getByRole("listitem").filter({ hasText: /their feelings/ });
    await warning.waitFor();
    assert.match((await warning.locator("mark").first().textContent()) ?? "", /sorry if/i);
    const rewrite = (await warning.locator("q").textContent()) ?? "";
    assert.match(rewrite, /sorry I (upset|hurt) you/i);
    await warning.getByRole("button", { name: /Use this wording/ }).click();
    assert.match(await box.inputValue(), /sorry I (upset|hurt) you/i);
    // The words changed, so the suggestion about them goes.
    await coach
      .getByRole("listitem")
      .filter({ hasText: /their feelings/ })
      .waitFor({ state: "detached" });
  });
});
