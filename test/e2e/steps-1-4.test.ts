// Steps 1–4 with two people in two browsers: Ann broke the trust, Ben was
// hurt. Ann drafts an account before Ben joins (Ben never sees the draft),
// sends it, revises it after "something is missing", and Ben feels
// acknowledged. Ann builds and sends an apology; Ben is not ready yet, Ann
// waits kindly and cannot send another; Ben later accepts. Then they listen
// to each other, at a distance (turns appear without a reload) and together
// on one phone. axe runs on every page state; screenshots at 360 and 1280 px.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import {
  expectAccessible,
  launchBrowser,
  makeIdentity,
  newPerson,
  type Person,
  printAxeSummary,
  SCREENSHOT_DIR,
} from "./support/browser.ts";
import { createSpace, makeInviteLink, signUp } from "./support/flows.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const SHOTS = resolve(SCREENSHOT_DIR, "steps");

/** The page at 360×780 and at 1280×900, full length, into screenshots/steps/. */
async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  const before = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const size of [
    { width: 360, height: 780 },
    { width: 1280, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: resolve(SHOTS, `${name}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(before);
}

async function openStep(page: Page, spaceUrl: string, name: RegExp, title: string) {
  await page.goto(spaceUrl);
  await page.getByRole("link", { name }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}

const ACK = /Step 1: Acknowledge the damage/;
const RESPONSIBILITY = /Step 2: Take responsibility/;
const APOLOGISE = /Step 3: Apologise sincerely/;
const LISTEN = /Step 4: Listen to each other/;

function stepItem(page: Page, number: number) {
  return page
    .getByRole("region", { name: "Your path" })
    .getByRole("listitem")
    .filter({ hasText: `Step ${number}:` });
}

describe("steps 1–4, two people", () => {
  let server: RunningServer;
  let browser: Browser;
  let ann: Person;
  let ben: Person;
  const annId = makeIdentity("Ann");
  const benId = makeIdentity("Ben");
  let spaceUrl = "";

  const draft = {
    whatHappened: "I read your private messages without asking, more than once.",
    impact: "You felt watched in your own home and stopped writing to your sister.",
    prevention: "I will not touch your phone, and I will tell you when I feel jealous.",
  };

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ann = await newPerson(browser, server.url);
    ben = await newPerson(browser, server.url);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    printAxeSummary();
  });

  it("lets Ann draft her account before Ben has joined", async () => {
    const { page } = ann;
    await signUp(page, annId);
    await page.getByRole("heading", { level: 1, name: "Start a space" }).waitFor();
    await createSpace(page, { title: "Us", kind: "Partner", side: "I broke the trust" });
    spaceUrl = new URL(page.url()).pathname;

    await openStep(page, spaceUrl, ACK, "Acknowledge the damage");
    await page.getByRole("heading", { level: 2, name: "Your account" }).waitFor();
    await page.getByLabel("What happened", { exact: true }).fill(draft.whatHappened);
    await page.getByLabel("How it affected the other person").fill(draft.impact);
    await page.getByLabel("What you will do so it does not happen again").fill(draft.prevention);
    await page.getByText("Draft saved, only you can see it.").waitFor();
    await expectAccessible(page, "step 1: writing (before the other joined)");
    await shoot(page, "1-acknowledge-writing");

    await page.getByRole("button", { name: "Review before sending" }).click();
    await page.getByRole("heading", { name: "Read it through before sending" }).waitFor();
    await page.getByText("It can be sent once the other person has joined.").waitFor();
    assert.equal(await page.getByRole("button", { name: /^Send to/ }).count(), 0);
    await expectAccessible(page, "step 1: review (before the other joined)");
    await shoot(page, "1-acknowledge-review-not-joined");
    await page.getByRole("button", { name: "Back to editing" }).click();
    await page.getByRole("heading", { name: "Write your account" }).waitFor();
  });

  it("lets Ben join, without seeing Ann's draft", async () => {
    await ann.page.goto(spaceUrl);
    const inviteUrl = await makeInviteLink(ann.page);
    const { page } = ben;
    await page.goto(inviteUrl);
    const form = page.getByRole("form", { name: "Sign up" });
    await form.getByLabel("Your name").fill(benId.name);
    await form.getByLabel("Email").fill(benId.email);
    await form.getByLabel("Password").fill(benId.password);
    await form.getByRole("button", { name: "Create account and join" }).click();
    // Exact: the join page's own heading ("Ann invited you to “Us”") contains "Us" too.
    await page.getByRole("heading", { level: 1, name: "Us", exact: true }).waitFor();

    await openStep(page, spaceUrl, ACK, "Acknowledge the damage");
    await page.getByText("Ann hasn't sent an account yet.").waitFor();
    assert.equal(await page.getByText(draft.whatHappened).count(), 0);
    assert.equal(await page.getByRole("heading", { name: "Your account" }).count(), 0);
    // Not through the API either.
    const view = await page.evaluate(async (url) => {
      const id = url.split("/").at(-1);
      return (await fetch(`/api/spaces/${id}/acknowledgement`)).json();
    }, spaceUrl);
    assert.equal(view.myDraft, null);
    assert.ok(!JSON.stringify(view).includes("private messages"));
    await expectAccessible(page, "step 1: hurt person, nothing sent yet");
  });

  it("lets Ann send her account once Ben has joined", async () => {
    const { page } = ann;
    await openStep(page, spaceUrl, ACK, "Acknowledge the damage");
    // The draft is still there.
    assert.equal(
      await page.getByLabel("What happened", { exact: true }).inputValue(),
      draft.whatHappened,
    );
    await page.getByRole("button", { name: "Review before sending" }).click();
    await page.getByText(draft.impact).waitFor();
    await page.getByRole("button", { name: "Send to Ben" }).click();
    await page.getByText("Ben hasn't answered yet. There's no rush.").waitFor();
    await page.getByRole("heading", { name: "Version 1" }).waitFor();
    await expectAccessible(page, "step 1: sent, waiting");
    await shoot(page, "1-acknowledge-sent-waiting");
  });

  it("lets Ben say something is missing", async () => {
    const { page } = ben;
    await page.goto(spaceUrl);
    // Something new to read, said without pressing him to answer.
    await stepItem(page, 1).getByText("New for you").waitFor();
    assert.equal(await stepItem(page, 1).getByText("Your turn").count(), 0);
    await page.getByRole("link", { name: ACK }).click();
    await page.getByRole("heading", { level: 1, name: "Acknowledge the damage" }).waitFor();
    await page.getByText("New for you").first().waitFor();
    await page.getByText(draft.whatHappened).waitFor();
    await expectAccessible(page, "step 1: reading the account");
    await shoot(page, "1-acknowledge-reader");

    await page.getByRole("button", { name: "Something is missing" }).click();
    await page
      .getByLabel("What is missing?")
      .fill("You haven't said that you lied about it when I asked.");
    await expectAccessible(page, "step 1: something is missing");
    await page.getByRole("button", { name: "Send to Ann" }).click();
    await page.getByText("You said something is missing.").waitFor();
  });

  it("lets Ann revise, and Ben feel acknowledged", async () => {
    const { page } = ann;
    await page.reload();
    await page.getByText("Ben read version 1 and said something is missing:").waitFor();
    await page.getByText("You haven't said that you lied about it when I asked.").first().waitFor();
    const what = page.getByLabel("What happened", { exact: true });
    assert.equal(await what.inputValue(), draft.whatHappened);
    await what.fill(`${draft.whatHappened} When you asked me, I lied about it.`);
    await expectAccessible(page, "step 1: revising");
    await shoot(page, "1-acknowledge-revising");
    await page.getByRole("button", { name: "Review before sending" }).click();
    await page.getByRole("button", { name: "Send to Ben" }).click();
    await page.getByText("You sent version 2").waitFor();

    const b = ben.page;
    await b.reload();
    await b.getByText("When you asked me, I lied about it.").first().waitFor();
    await b.getByLabel("Your own account (optional)").fill("It was lonely, those weeks.");
    await b.getByRole("button", { name: "I feel acknowledged" }).click();
    await b.getByText("You said you feel acknowledged.").waitFor();
    await expectAccessible(b, "step 1: acknowledged (hurt person)");
    await shoot(b, "1-acknowledge-done-reader");

    await b.goto(spaceUrl);
    await stepItem(b, 1).getByText("Done").waitFor();
    await page.goto(spaceUrl);
    await stepItem(page, 1).getByText("Done").waitFor();
    await openStep(page, spaceUrl, ACK, "Acknowledge the damage");
    await page.getByText("Ben feels acknowledged.").first().waitFor();
    await page.getByText("It was lonely, those weeks.").waitFor();
    await shoot(page, "1-acknowledge-done-writer");
  });

  it("lets Ann build an apology, preview it and send it", async () => {
    const { page } = ann;
    await openStep(page, spaceUrl, APOLOGISE, "Apologise sincerely");
    await page.getByRole("heading", { name: "Regret" }).waitFor();
    await page.getByText("Part 1 of 5").waitFor();
    await page.getByLabel("What you regret").fill("I am sorry that I read your messages.");
    await expectAccessible(page, "step 3: builder, first part");
    await shoot(page, "3-apology-builder");
    await page.getByRole("button", { name: "Next: Responsibility" }).click();
    await page
      .getByLabel("What you did, and that it was your choice")
      .fill(
        "I chose to read them. It was my decision, and it was wrong. You did nothing to cause it.",
      );
    await page.getByRole("button", { name: "Next: Explanation" }).click();
    await page.getByRole("button", { name: "Next: Change" }).click();
    await page
      .getByLabel("What you will do differently")
      .fill("I will not touch your phone, and I am seeing a counsellor about my jealousy.");
    await page.getByRole("button", { name: "Next: Repair" }).click();
    await page.getByRole("button", { name: "Ask: “What would make this right?”" }).click();
    const repair = page.getByLabel("How you would like to make it right");
    assert.equal(await repair.inputValue(), "What would make this right?");
    await page
      .getByText("An apology here doesn't ask for forgiveness. Ben decides if and when")
      .waitFor();
    assert.equal(await page.getByLabel("Asking for forgiveness (optional)").count(), 0);
    await page.getByText("Draft saved, only you can see it.").waitFor();
    await shoot(page, "3-apology-builder-repair");

    await page.getByRole("button", { name: "Preview the whole apology" }).click();
    await page.getByRole("heading", { name: "Read it through before sending" }).waitFor();
    await page.getByText("I chose to read them.").waitFor();
    await expectAccessible(page, "step 3: preview");
    await shoot(page, "3-apology-preview");
    await page.getByRole("button", { name: "Send to Ben" }).click();
    await page.getByText("Ben hasn't answered yet. There's no rush.").waitFor();
    await page.getByText("another one can't be sent").waitFor();
    assert.equal(await page.getByRole("button", { name: "Send to Ben" }).count(), 0);
    await expectAccessible(page, "step 3: sent, waiting");
    await shoot(page, "3-apology-sent-waiting");
  });

  it("lets Ben say he is not ready yet, with no reason asked", async () => {
    const { page } = ben;
    await openStep(page, spaceUrl, APOLOGISE, "Apologise sincerely");
    await page.getByRole("heading", { name: "Ann's apology" }).waitFor();
    await page.getByText("I chose to read them.").waitFor();
    const open = page.getByLabel("I'm open to being asked for forgiveness");
    assert.equal(await open.isChecked(), false);
    await expectAccessible(page, "step 3: reading the apology");
    await shoot(page, "3-apology-reader");

    await page.getByLabel("I'm not ready yet").check();
    await page
      .getByText("That's okay. Nothing will remind you. Answer whenever you are ready.")
      .waitFor();
    await page.getByRole("button", { name: "Send my answer" }).click();
    await page.getByText("You said you're not ready yet.").waitFor();
    await expectAccessible(page, "step 3: not ready yet");
    await shoot(page, "3-apology-not-ready");
    // No badge nags him while he is not ready.
    await page.goto(spaceUrl);
    await stepItem(page, 3)
      .getByText(/In progress|Not started/)
      .waitFor();
    assert.equal(
      await stepItem(page, 3)
        .getByText(/Your turn|New for you/)
        .count(),
      0,
    );
  });

  it("shows Ann the wait kindly, and the responsibility page", async () => {
    const { page } = ann;
    await page.reload();
    await page.getByText("Ben isn't ready to answer yet, and that's okay.").waitFor();
    assert.equal(await page.getByRole("button", { name: "Send to Ben" }).count(), 0);
    assert.equal(await page.getByRole("button", { name: "Preview the whole apology" }).count(), 0);
    await expectAccessible(page, "step 3: writer waits (not ready)");
    await shoot(page, "3-apology-writer-waits");
    // The server refuses another apology too.
    const status = await page.evaluate(async (url) => {
      const id = url.split("/").at(-1);
      const csrf = document.cookie.match(/mend_csrf=([^;]+)/)?.[1] ?? "";
      const r = await fetch(`/api/spaces/${id}/apology/apologies`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": decodeURIComponent(csrf) },
        body: JSON.stringify({ parts: { responsibility: "Again." } }),
      });
      return r.status;
    }, spaceUrl);
    assert.equal(status, 409);

    await openStep(page, spaceUrl, RESPONSIBILITY, "Take responsibility");
    await page.getByRole("heading", { name: "Owning the choice" }).waitFor();
    await page.getByText("I chose to read them.").waitFor();
    await expectAccessible(page, "step 2: responsibility");
    await shoot(page, "2-responsibility");
  });

  it("lets Ben accept later, and set the forgiveness switch quietly", async () => {
    const { page } = ben;
    await openStep(page, spaceUrl, APOLOGISE, "Apologise sincerely");
    const open = page.getByLabel("I'm open to being asked for forgiveness");
    await open.check();
    await page.getByText("Saved.").waitFor();
    await open.uncheck();
    await page.getByText("Ann's apology will not ask for forgiveness.").waitFor();

    await page.getByRole("button", { name: "I'd like to answer now" }).click();
    assert.equal(await page.getByLabel("I'm not ready yet").count(), 0);
    await page.getByLabel("I accept this apology").check();
    await page.getByRole("button", { name: "Send my answer" }).click();
    await page.getByText("You accepted this apology.").first().waitFor();
    await expectAccessible(page, "step 3: accepted (hurt person)");

    await openStep(page, spaceUrl, RESPONSIBILITY, "Take responsibility");
    await page.getByText("Nothing here is asked of you.").waitFor();
    await expectAccessible(page, "step 2: hurt person");
    await shoot(page, "2-responsibility-reader");

    const a = ann.page;
    await openStep(a, spaceUrl, APOLOGISE, "Apologise sincerely");
    await a.getByText("Ben accepted your apology.").first().waitFor();
    await shoot(a, "3-apology-accepted");
  });

  it("lets them listen to each other at a distance, turns appearing without reload", async () => {
    const a = ann.page;
    const b = ben.page;
    await openStep(a, spaceUrl, LISTEN, "Listen to each other");
    await expectAccessible(a, "step 4: start");
    await a.getByLabel("I speak first (Ann)").check();
    await a.getByLabel("At a distance").check();
    await shoot(a, "4-listen-start");
    await a.getByRole("button", { name: "Start listening" }).click();
    await a.getByRole("heading", { name: "Your turn to share" }).waitFor();
    await a
      .getByLabel("Your perspective")
      .fill("When you found out, I panicked and made it about me. I am ashamed of that.");
    await a.getByRole("button", { name: "Share" }).click();
    await a.getByRole("heading", { name: "It's Ben's turn to mirror what you said." }).waitFor();
    await expectAccessible(a, "step 4: waiting for the other");

    // From here on, Ann's page is never reloaded: Ben's turns arrive by polling.
    await a.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });

    await openStep(b, spaceUrl, LISTEN, "Listen to each other");
    await b.getByRole("heading", { name: "Your turn to mirror" }).waitFor();
    await expectAccessible(b, "step 4: my turn to mirror");
    await shoot(b, "4-listen-mirror-turn");
    await b.getByLabel("What I heard is …").fill("What I heard is that you panicked.");
    await b.getByRole("button", { name: "Send my mirror" }).click();
    await b.getByRole("heading", { name: "It's Ann's turn to say whether you got it." }).waitFor();

    await a.getByRole("heading", { name: "Your turn: did they get it?" }).waitFor();
    await a.getByText("What I heard is that you panicked.").waitFor();
    await a.getByRole("button", { name: "Mostly, but …" }).click();
    await a.getByLabel("Mostly, but …").fill("Mostly, but also that I am ashamed.");
    await expectAccessible(a, "step 4: correcting");
    await a.getByRole("button", { name: "Send my correction" }).click();

    await b.getByRole("heading", { name: "Your turn to mirror" }).waitFor();
    await b.getByText("Mostly, but also that I am ashamed.").waitFor();
    await b.getByLabel("What I heard is …").fill("You panicked, and you are ashamed of it.");
    await b.getByRole("button", { name: "Send my mirror" }).click();

    await a.getByRole("button", { name: "Yes, you got it" }).click();
    await b.getByRole("heading", { name: "Your turn to validate" }).waitFor();
    await b
      .getByLabel("It makes sense that you … because …")
      .fill("It makes sense that you panicked, because you were afraid of losing us.");
    await b.getByRole("button", { name: "Send", exact: true }).click();
    await b.getByRole("heading", { name: "Your turn to empathise" }).waitFor();
    await b.getByLabel("I imagine you feel …").fill("I imagine you feel scared and small.");
    await b.getByRole("button", { name: "Send", exact: true }).click();
    await b.getByRole("heading", { name: "This round is complete" }).waitFor();

    await a.getByRole("heading", { name: "This round is complete" }).waitFor();
    await a.getByText("I imagine you feel scared and small.").waitFor();
    assert.equal(await a.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), true);
    await expectAccessible(a, "step 4: round complete");
    await shoot(a, "4-listen-round-complete");

    await a.getByRole("button", { name: "Swap roles" }).click();
    await a.getByRole("heading", { name: "It's Ben's turn to share their perspective." }).waitFor();
    await b.getByRole("heading", { name: "Your turn to share" }).waitFor();
    await b.getByText("Round 2: You speak, Ann listens").waitFor();
    await shoot(b, "4-listen-swapped");

    await b.goto(spaceUrl);
    await stepItem(b, 4).getByText("Your turn").waitFor();
    await stepItem(b, 4).getByText("In progress").waitFor();
    await expectAccessible(b, "space home with a your-turn badge");
    await shoot(b, "home-your-turn");
  });

  it("offers the in-person card on one phone, with a quiet timer", async () => {
    const a = ann.page;
    await a.getByRole("button", { name: "Take a break and end for now…" }).click();
    await a.getByRole("button", { name: "Yes, end for now" }).click();
    await a.getByRole("heading", { name: "Start a conversation" }).waitFor();
    await a.getByRole("heading", { name: "Earlier conversations" }).waitFor();

    await a.setViewportSize({ width: 360, height: 780 });
    await a.getByLabel("Ben speaks first").check();
    await a.getByLabel("Together, on one phone").check();
    await a.getByLabel("Time for each turn").selectOption("60");
    await a.getByRole("button", { name: "Start listening" }).click();
    await a.getByRole("heading", { name: "Ben's turn to speak" }).waitFor();
    await a.getByRole("timer").waitFor();
    await expectAccessible(a, "step 4: together on one phone");
    await shoot(a, "4-listen-in-person");
    await a.getByRole("button", { name: "Ben has shared" }).click();
    await a.getByRole("heading", { name: "Ann's turn to mirror" }).waitFor();
    await a.getByLabel("One line: what you heard").fill("You felt watched and alone.");
    await a.getByRole("button", { name: "Record the mirror" }).click();
    await a.getByRole("heading", { name: "Ben's turn: confirm or correct" }).waitFor();
    await a.getByText("You felt watched and alone.").waitFor();
    await shoot(a, "4-listen-in-person-confirm");
    await a.setViewportSize({ width: 1280, height: 900 });
  });
});
