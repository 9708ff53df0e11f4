// Debian's chromium driven by playwright-core, one browser context per person.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Screenshots document the UI in screenshots/ when asked for
 * (`MEND_SCREENSHOTS=update npm run e2e`); otherwise every run still takes
 * them, into test-results/, so a plain run leaves the work tree clean.
 */
export const SCREENSHOT_DIR = resolve(
  import.meta.dirname,
  process.env.MEND_SCREENSHOTS === "update"
    ? "../../../screenshots"
    : "../../../test-results/screenshots",
);

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

export type Person = { context: BrowserContext; page: Page };

/** A fresh person: their own cookies, their own tab. */
export async function newPerson(
  browser: Browser,
  baseURL: string,
  options: { width?: number; height?: number; colorScheme?: "light" | "dark" } = {},
): Promise<Person> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? "light",
    reducedMotion: "reduce",
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (error) => {
    process.stderr.write(`page error: ${error.message}\n`);
  });
  return { context, page };
}

/** Every accessibility finding, kept so a test file can print one summary. */
export const axeLog: { page: string; serious: number; minor: number }[] = [];

/**
 * Runs axe on the page as it is now. Serious and critical violations fail the
 * test; lesser ones are printed so they are seen.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Let the page settle on its content (not a loading message) first.
  await page.locator("main h1").first().waitFor();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const minor = results.violations.filter((v) => !bad.includes(v));
  for (const v of minor) {
    process.stdout.write(`# axe (${label}) ${v.impact}: ${v.id} — ${v.help} (${v.nodes.length})\n`);
  }
  axeLog.push({ page: label, serious: bad.length, minor: minor.length });
  assert.deepEqual(
    bad.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    })),
    [],
    `axe found serious or critical problems on ${label}`,
  );
}

export function printAxeSummary(): void {
  const pages = axeLog.length;
  const minor = axeLog.reduce((n, r) => n + r.minor, 0);
  process.stdout.write(
    `# axe: ${pages} page states checked, 0 serious/critical, ${minor} minor or moderate\n`,
  );
}

/** A full-page screenshot under screenshots/, named by page and viewport. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const size = page.viewportSize();
  const suffix = size ? `${size.width}` : "page";
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}-${suffix}.png`), fullPage: true });
}

let counter = 0;
/** A unique, readable test identity. */
export function makeIdentity(name: string) {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}`;
  return {
    name,
    email: `${name.toLowerCase()}-${id}@example.test`,
    password: `a calm long password ${id}`,
  };
}
