// Two people, two browsers: A starts a space and invites B; B joins; a third
// person is refused the used link. Then log out/in, a password change and a
// step's "coming soon" page. axe runs on every page state visited.
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
} from "./support/browser.ts";
import { createSpace, logIn, logOut, makeInviteLink, signUp } from "./support/flows.ts";
import { type RunningServer, startServer } from "./support/server.ts";

describe("inviting the other person", () => {
  let server: RunningServer;
  let browser: Browser;
  let ann: Person;
  let ben: Person;
  let cleo: Person;
  const annId = makeIdentity("Ann");
  const benId = makeIdentity("Ben");
  const cleoId = makeIdentity("Cleo");
  let inviteUrl = "";
  let spaceUrl = "";

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ann = await newPerson(browser, server.url);
    ben = await newPerson(browser, server.url);
    cleo = await newPerson(browser, server.url);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    printAxeSummary();
  });

  it("shows the landing page to a visitor", async () => {
    const { page } = ann;
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "A quiet place to rebuild trust" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "The nine steps" }).waitFor();
    assert.equal(await page.locator("ol li").count(), 9);
    await expectAccessible(page, "landing");
    await page.getByRole("main").getByRole("link", { name: "Sign up" }).click();
    await page.getByRole("heading", { level: 1, name: "Create your account" }).waitFor();
    await expectAccessible(page, "sign up");
  });

  it("lets A sign up, start a space and make an invite link", async () => {
    const { page } = ann;
    await signUp(page, annId);
    await page.getByRole("heading", { level: 1, name: "Start a space" }).waitFor();
    await expectAccessible(page, "new space");

    // Nothing filled: the form says what is missing, next to each field.
    await page.getByRole("button", { name: "Start the space" }).click();
    await page.getByText("Title is required.").waitFor();
    await page.getByText("Choose the kind of relationship.").waitFor();
    await expectAccessible(page, "new space with errors");

    await createSpace(page, { title: "Us", kind: "Partner", side: "I broke the trust" });
    spaceUrl = new URL(page.url()).pathname;
    assert.match(spaceUrl, /^\/spaces\/[0-9a-f-]{36}$/);
    const members = page.getByRole("region", { name: "Who is here" });
    await members.getByText("Ann (you)").waitFor();
    await members.getByText("broke the trust").waitFor();
    await page.getByText("Waiting for the other person to join.").waitFor();
    const steps = page.getByRole("region", { name: "Your path" }).getByRole("listitem");
    assert.equal(await steps.count(), 9);
    await steps.first().getByText("Not started").waitFor();
    await expectAccessible(page, "space home");

    inviteUrl = await makeInviteLink(page);
    assert.match(inviteUrl, /\/join\/[A-Za-z0-9_-]{20,}$/);
    await page.getByText(/They will join as the person who was hurt\. Expires/).waitFor();
    await expectAccessible(page, "space home with invite");

    await page.goto("/spaces");
    await page.getByRole("link", { name: /^Us/ }).waitFor();
    await expectAccessible(page, "spaces list");
  });

  it("lets B open the link, sign up inline and join", async () => {
    const { page } = ben;
    await page.goto(inviteUrl);
    await page.getByRole("heading", { level: 1, name: "Ann invited you to “Us”" }).waitFor();
    await page.getByText("You would join as the person who was hurt.").waitFor();
    await expectAccessible(page, "join (logged out)");

    const form = page.getByRole("form", { name: "Sign up" });
    await form.getByLabel("Your name").fill(benId.name);
    await form.getByLabel("Email").fill(benId.email);
    await form.getByLabel("Password").fill(benId.password);
    await form.getByRole("button", { name: "Create account and join" }).click();

    await page.getByRole("heading", { level: 1, name: "Us", exact: true }).waitFor();
    assert.equal(new URL(page.url()).pathname, spaceUrl);
    const members = page.getByRole("region", { name: "Who is here" });
    await members.getByText("Ben (you)").waitFor();
    await members.getByText("was hurt", { exact: true }).waitFor();
    await members.getByText("Ann", { exact: true }).waitFor();
    assert.equal(await page.getByRole("region", { name: "Invite the other person" }).count(), 0);
    await expectAccessible(page, "space home (both members)");
  });

  it("shows A that B has joined", async () => {
    const { page } = ann;
    await page.goto(spaceUrl);
    const members = page.getByRole("region", { name: "Who is here" });
    await members.getByText("Ben", { exact: true }).waitFor();
    await members.getByText("was hurt", { exact: true }).waitFor();
    assert.equal(await page.getByText("Waiting for the other person to join.").count(), 0);

    await page.getByRole("link", { name: "See the timeline" }).click();
    await page.getByRole("heading", { level: 1, name: "Timeline" }).waitFor();
    await page.getByText("Ben joined the space").waitFor();
    await expectAccessible(page, "timeline");
  });

  it("refuses the used link to a third person, kindly", async () => {
    const { page } = cleo;
    await page.goto(inviteUrl);
    await page
      .getByRole("heading", { level: 1, name: "This invite link cannot be used" })
      .waitFor();
    await page.getByText("This invite link has already been used. Ask for a new link.").waitFor();
    await expectAccessible(page, "join (used link)");

    await page.goto("/join/not-a-real-token-but-long-enough");
    await page.getByText(/We could not find this invitation/).waitFor();

    // Even signed in, the used link does not let a third person in.
    await signUp(page, cleoId);
    await page.getByRole("heading", { level: 1, name: "Start a space" }).waitFor();
    await page.goto(inviteUrl);
    await page.getByText("This invite link has already been used. Ask for a new link.").waitFor();
  });

  it("shows a calm 'coming soon' page for a step", async () => {
    const { page } = ann;
    await page.goto(spaceUrl);
    await page.getByRole("link", { name: /Step 5: Set boundaries and expectations/ }).click();
    await page
      .getByRole("heading", { level: 1, name: "Set boundaries and expectations" })
      .waitFor();
    await page.getByText("Step 5 of 9").waitFor();
    await page.getByRole("heading", { level: 2, name: "This step is coming soon" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Why it matters" }).waitFor();
    await expectAccessible(page, "step (coming soon)");
    await page.getByRole("link", { name: "Us", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Us", exact: true }).waitFor();
  });

  it("lets A log out and log in again", async () => {
    const { page } = ann;
    await logOut(page);
    await page.goto(spaceUrl);
    // Logged out: sent to log in, and back to the space after.
    await page.getByRole("heading", { level: 1, name: "Welcome back" }).waitFor();
    await expectAccessible(page, "log in");

    const form = page.getByRole("form", { name: "Log in" });
    await form.getByLabel("Email").fill(annId.email);
    await form.getByLabel("Password").fill("not the password at all");
    await form.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("alert").waitFor();
    await expectAccessible(page, "log in with error");

    await form.getByLabel("Password").fill(annId.password);
    await form.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("heading", { level: 1, name: "Us", exact: true }).waitFor();
    assert.equal(new URL(page.url()).pathname, spaceUrl);
  });

  it("lets A change the password and log in with the new one", async () => {
    const { page } = ann;
    await page.goto("/account");
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await page.getByText(annId.email).waitFor();
    await expectAccessible(page, "account");

    const newPassword = `${annId.password} renewed`;
    const form = page.getByRole("form", { name: "Change your password" });
    await form.getByLabel("Current password").fill("wrong current password");
    await form.getByLabel("New password").fill(newPassword);
    await form.getByRole("button", { name: "Change password" }).click();
    await form.getByRole("alert").waitFor();

    await form.getByLabel("Current password").fill(annId.password);
    await form.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Your password is changed.", { exact: false }).waitFor();
    await expectAccessible(page, "account after password change");

    await logOut(page);
    await logIn(page, { email: annId.email, password: newPassword });
    await page.getByRole("heading", { level: 1, name: "Your spaces" }).waitFor();
  });
});
