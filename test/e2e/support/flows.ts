// Steps people take, written once and shared by the test files.
import type { Page } from "playwright-core";

export type Identity = { name: string; email: string; password: string };

export async function signUp(page: Page, who: Identity): Promise<void> {
  await page.goto("/signup");
  const form = page.getByRole("form", { name: "Sign up" });
  await form.getByLabel("Your name").fill(who.name);
  await form.getByLabel("Email").fill(who.email);
  await form.getByLabel("Password").fill(who.password);
  await form.getByRole("button", { name: "Create my account" }).click();
}

export async function logIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/login");
  const form = page.getByRole("form", { name: "Log in" });
  await form.getByLabel("Email").fill(who.email);
  await form.getByLabel("Password").fill(who.password);
  await form.getByRole("button", { name: "Log in" }).click();
}

export async function logOut(page: Page): Promise<void> {
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Account" })
    .click();
  await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
  await page.getByRole("button", { name: "Log out" }).click();
  await page.getByRole("heading", { level: 1, name: "A quiet place to rebuild trust" }).waitFor();
}

export async function createSpace(
  page: Page,
  space: { title: string; kind: string; side: string },
): Promise<void> {
  await page.goto("/spaces/new");
  await page.getByLabel("A name for this space").fill(space.title);
  await page
    .getByRole("group", { name: "Who is the other person to you?" })
    .getByLabel(space.kind)
    .check();
  await page
    .getByRole("group", { name: "Which is closest to where you stand?" })
    .getByLabel(space.side)
    .check();
  await page.getByRole("button", { name: "Start the space" }).click();
  await page.getByRole("heading", { level: 1, name: space.title }).waitFor();
}

/** Makes an invite link on the space home and copies it; returns the link. */
export async function makeInviteLink(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Make an invite link" }).click();
  const field = page.getByLabel("Your invite link");
  await field.waitFor();
  await page.getByRole("button", { name: "Copy link" }).click();
  await page.getByText("Copied. Paste it into a message to them.").waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  return copied || (await field.inputValue());
}
