// Pictures of the main pages at phone (360×780) and desktop (1280×900) sizes,
// saved under screenshots/ to document the UI. axe runs on each at both sizes.
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import {
  expectAccessible,
  launchBrowser,
  makeIdentity,
  newPerson,
  type Person,
  printAxeSummary,
  screenshot,
} from "./support/browser.ts";
import { createSpace, makeInviteLink, signUp } from "./support/flows.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const SIZES = [
  { width: 360, height: 780 },
  { width: 1280, height: 900 },
];

/** Screenshots the page as it is at each size, checking it with axe too. */
async function capture(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expectAccessible(page, `${name} at ${size.width}px`);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await screenshot(page, name);
  }
}

describe("screenshots of the main pages", () => {
  let server: RunningServer;
  let browser: Browser;
  let ann: Person;
  let guest: Person;
  let inviteUrl = "";
  let spaceUrl = "";

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ann = await newPerson(browser, server.url);
    guest = await newPerson(browser, server.url);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    printAxeSummary();
  });

  it("landing and sign up", async () => {
    const { page } = ann;
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "A quiet place to rebuild trust" }).waitFor();
    await capture(page, "landing");
    await page.goto("/signup");
    await page.getByRole("heading", { level: 1, name: "Create your account" }).waitFor();
    await capture(page, "signup");
  });

  it("new space, space home with invite, spaces list", async () => {
    const { page } = ann;
    await signUp(page, makeIdentity("Ann"));
    await page.getByRole("heading", { level: 1, name: "Start a space" }).waitFor();
    await page.getByLabel("A name for this space").fill("Ann and Sam");
    await page.getByRole("radio", { name: "Partner" }).check();
    await page.getByRole("radio", { name: /I broke the trust/ }).check();
    await capture(page, "new-space");

    await createSpace(page, {
      title: "Ann and Sam",
      kind: "Partner",
      side: "I broke the trust",
    });
    spaceUrl = new URL(page.url()).pathname;
    inviteUrl = await makeInviteLink(page);
    await capture(page, "space-home-invite");

    await page.goto("/spaces");
    await page.getByRole("link", { name: /Ann and Sam/ }).waitFor();
    await capture(page, "spaces");
  });

  it("a step page", async () => {
    const { page } = ann;
    await page.goto(`${spaceUrl}/steps/patience`);
    await page.getByRole("heading", { level: 1, name: "Be patient" }).waitFor();
    await capture(page, "step");
  });

  it("the invite, as the other person sees it", async () => {
    const { page } = guest;
    await page.goto(inviteUrl);
    await page.getByRole("heading", { level: 1, name: /invited you to/ }).waitFor();
    await capture(page, "join");
  });

  it("the calm dark theme", async () => {
    const { page } = ann;
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(spaceUrl);
    await page.getByRole("heading", { level: 1, name: "Ann and Sam", exact: true }).waitFor();
    await page.setViewportSize({ width: 360, height: 780 });
    await expectAccessible(page, "space home, dark");
    await screenshot(page, "space-home-dark");
  });
});
