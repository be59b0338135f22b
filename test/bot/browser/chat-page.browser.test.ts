import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../../bot/app.js";
import { loadConfig } from "../../../bot/config.js";
import { createLogger } from "../../../bot/logger.js";
import { freeLoopbackPort } from "../../support/free-port.js";

/** Debian's chromium, installed by .ci/run (a test tool cannot download its own browser here). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Where the screenshot of the conversation is written (ignored by git). */
export const SCREENSHOT = join(import.meta.dirname, "../../../.artifacts/chat-page.png");

let app: App;
let base: string;
let browser: Browser;

beforeAll(async () => {
  // A port known in advance, so that PUBLIC_URL (the fiche links) points at the server under test.
  const port = await freeLoopbackPort();
  base = `http://127.0.0.1:${port}`;
  const loaded = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), "browser-data-")), LOG_LEVEL: "silent", PORT: String(port), PUBLIC_URL: base });
  if (!loaded.ok) throw new Error(loaded.error);
  const built = await createApp(loaded.config, createLogger("silent"));
  if (!built.ok) throw new Error(built.error);
  app = built.app;
  await new Promise<void>((done) => app.server.listen(port, "127.0.0.1", done));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  app?.server.close();
});

async function say(page: Page, text: string): Promise<void> {
  const before = await page.getByTestId("bot-message").count();
  await page.getByTestId("chat-input").fill(text);
  await page.getByTestId("chat-send").click();
  await expect.poll(() => page.getByTestId("bot-message").count(), { timeout: 10_000 }).toBeGreaterThan(before);
}

async function click(page: Page, name: string | RegExp): Promise<void> {
  const before = await page.getByTestId("bot-message").count();
  await page.getByRole("button", { name }).last().click();
  await expect.poll(() => page.getByTestId("bot-message").count(), { timeout: 10_000 }).toBeGreaterThan(before);
}

describe.skipIf(!existsSync(CHROMIUM))("the local chat page in headless Chromium", () => {
  it("covers a question, the territory prompt, a fiche card and its link, the orientation flow and feedback", async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1400 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/`);
    await expect.poll(() => page.getByTestId("bot-message").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("chat-log").innerText()).toContain("Bonjour");

    await say(page, "qui pilote l'action sur la mobilité ?");
    await expect.poll(() => page.getByTestId("chat-log").innerText()).toContain("Dans quel département");
    await click(page, "Côtes-d'Armor (22)");
    await expect.poll(() => page.getByTestId("chat-log").innerText()).toMatch(/La fiche 16 .* est pilotée par/);

    // The card's link opens the fiche page.
    // It opens with noopener: the new page belongs to the context, not to this page's "popup" event.
    const [opened] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: "Voir la fiche", exact: true }).first().click()]);
    await expect.poll(() => opened.url()).toContain("/fiches/22-pdi-2023-2027-16");
    await opened.close();

    await say(page, "orientation");
    await click(page, "Famille monoparentale");
    await click(page, "Garde d'enfants");
    await expect.poll(() => page.getByTestId("chat-log").innerText()).toMatch(/Dispositifs cités par ces fiches|Aucune fiche/);

    await click(page, "👎 Pas utile");
    await expect.poll(() => page.getByTestId("chat-log").innerText()).toContain("Qu'est-ce qui manquait");
    await say(page, "il manquait le calendrier");
    await expect.poll(() => page.getByTestId("chat-log").innerText()).toContain("Merci, votre remarque");

    mkdirSync(join(SCREENSHOT, ".."), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(errors).toEqual([]);
  }, 90_000);
});
