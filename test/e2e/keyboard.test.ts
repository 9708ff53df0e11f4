// Mend must work without a mouse: reach the sign-up fields with Tab, submit
// with Enter, and start a space with the keyboard alone.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import {
  expectAccessible,
  launchBrowser,
  makeIdentity,
  newPerson,
  type Person,
  printAxeSummary,
} from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";

/** Presses Tab until the focused element matches, or fails after `max` presses. */
async function tabTo(page: Page, describe: string, matches: () => boolean, max = 25) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(matches)) return;
  }
  assert.fail(`Tab never reached ${describe}`);
}

async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return "";
    const label = el.labels?.[0]?.textContent ?? el.getAttribute("aria-label") ?? el.textContent;
    return (label ?? "").trim();
  });
}

async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2;
  });
}

describe("keyboard", () => {
  let server: RunningServer;
  let browser: Browser;
  let person: Person;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    person = await newPerson(browser, server.url);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    printAxeSummary();
  });

  it("offers a visible skip link first", async () => {
    const { page } = person;
    await page.goto("/signup");
    await page.getByRole("heading", { level: 1, name: "Create your account" }).waitFor();
    await page.keyboard.press("Tab");
    assert.equal(await focusedLabel(page), "Skip to content");
    assert.ok(await focusIsVisible(page), "the skip link shows where focus is");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
  });

  it("tabs to the sign-up fields and submits with Enter", async () => {
    const { page } = person;
    const who = makeIdentity("Kai");
    await page.goto("/signup");
    await page.getByRole("heading", { level: 1, name: "Create your account" }).waitFor();

    await tabTo(
      page,
      "the name field",
      () => document.activeElement?.getAttribute("name") === "displayName",
    );
    assert.equal(await focusedLabel(page), "Your name");
    assert.ok(await focusIsVisible(page), "the name field shows focus");
    await page.keyboard.type(who.name);

    await page.keyboard.press("Tab");
    assert.equal(await focusedLabel(page), "Email");
    await page.keyboard.type(who.email);

    await page.keyboard.press("Tab");
    assert.equal(await focusedLabel(page), "Password");
    // Too short first: the message appears by the field, and focus goes there.
    await page.keyboard.type("short");
    await page.keyboard.press("Enter");
    await page.getByText("Use at least 10 characters.").waitFor();
    assert.equal(await focusedLabel(page), "Password");
    await expectAccessible(page, "sign up with a field error");

    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(who.password);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Start a space" }).waitFor();
  });

  it("starts a space with the keyboard alone", async () => {
    const { page } = person;
    await tabTo(
      page,
      "the title field",
      () => document.activeElement?.getAttribute("name") === "title",
    );
    await page.keyboard.type("Family");

    // Tab into the first radio group; arrows choose within it.
    await page.keyboard.press("Tab");
    assert.equal(await focusedLabel(page), "Partner");
    await page.keyboard.press("ArrowRight");
    assert.equal(await focusedLabel(page), "Family");
    assert.ok(await page.getByRole("radio", { name: "Family" }).isChecked());

    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    assert.ok(await page.getByRole("radio", { name: /I was hurt/ }).isChecked());

    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Family", exact: true }).waitFor();
    await tabTo(
      page,
      "the invite button",
      () => document.activeElement?.textContent === "Make an invite link",
    );
    assert.ok(await focusIsVisible(page), "the invite button shows focus");
    await page.keyboard.press("Enter");
    await page.getByLabel("Your invite link").waitFor();
  });
});
