import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../bot/app.js";
import { loadConfig } from "../../bot/config.js";
import { createLogger } from "../../bot/logger.js";

let app: App;
let base: string;

async function start(env: Record<string, string>): Promise<{ app: App; base: string }> {
  const loaded = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), "bot-data-")), LOG_LEVEL: "silent", ...env });
  if (!loaded.ok) throw new Error(loaded.error);
  const built = await createApp(loaded.config, createLogger("silent"));
  if (!built.ok) throw new Error(built.error);
  await new Promise<void>((done) => built.app.server.listen(0, "127.0.0.1", done));
  const port = (built.app.server.address() as AddressInfo).port;
  return { app: built.app, base: `http://127.0.0.1:${port}` };
}

const activity = (text: string, extra: Record<string, unknown> = {}) => ({
  type: "message",
  id: `a-${Math.random()}`,
  channelId: "emulator",
  serviceUrl: "http://127.0.0.1",
  from: { id: "user-1", name: "Référent" },
  recipient: { id: "bot" },
  conversation: { id: "conv-1" },
  locale: "fr-FR",
  text,
  deliveryMode: "expectReplies",
  ...extra,
});

async function post(body: unknown): Promise<{ status: number; activities: Array<Record<string, unknown>> }> {
  const res = await fetch(`${base}/api/messages`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => ({}))) as { activities?: Array<Record<string, unknown>> };
  return { status: res.status, activities: json.activities ?? [] };
}

beforeAll(async () => {
  ({ app, base } = await start({}));
});
afterAll(() => app.server.close());

describe("the HTTP server in local mode", () => {
  it("answers an activity with expectReplies, with a fiche card whose link opens the fiche page", async () => {
    await post(activity("territoire"));
    await post(activity("Côtes-d'Armor (22)"));
    const { status, activities } = await post(activity("qui pilote l'action sur la mobilité ?"));
    expect(status).toBe(200);
    const reply = activities.find((a) => Array.isArray(a.attachments) && a.attachments.length > 0)!;
    expect(String(reply.text)).toMatch(/^La fiche 16 /);
    const card = JSON.stringify((reply.attachments as Array<{ content: unknown }>)[0]!.content);
    const url = card.match(/"url":"(http:\/\/localhost:3978\/fiches\/[^"]+)"/)![1]!;
    const page = await fetch(url.replace("http://localhost:3978", base));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Soutenir les initiatives visant à lever les problèmes de mobilité");
  });

  it("serves the fiche as JSON, a 404 page that offers a search, the health check and the chat page", async () => {
    const json = (await (await fetch(`${base}/fiches/35-calpae-2019-2023-5-4.json`)).json()) as { number: string };
    expect(json.number).toBe("5.4");
    const missing = await fetch(`${base}/fiches/${encodeURIComponent("<script>alert(1)</script>")}`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain("alert(1)</script>");
    expect(((await (await fetch(`${base}/healthz`)).json()) as { fiches: number }).fiches).toBe(98);
    const privacy = await fetch(`${base}/confidentialite`);
    expect(await privacy.text()).toContain("180 jours");
    expect((await fetch(`${base}/conditions-utilisation`)).status).toBe(200);
    const chat = await fetch(`${base}/`);
    expect(chat.status).toBe(200);
    expect(await chat.text()).toContain("chat-input");
  });

  it("refuses malformed JSON (400) and an oversized body (413), then goes on", async () => {
    const bad = await fetch(`${base}/api/messages`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{bad" });
    expect(bad.status).toBe(400);
    const big = await fetch(`${base}/api/messages`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(activity("x".repeat(300_000))) });
    expect(big.status).toBe(413);
    expect((await post(activity("fiche 12"))).status).toBe(200);
  });

  it("ignores unknown activity and invoke types politely (a status, no error reply), then goes on", async () => {
    const event = await post({ ...activity(""), type: "event", name: "something" });
    expect(event.status).toBe(200);
    expect(event.activities).toEqual([]);
    const res = await fetch(`${base}/api/messages`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...activity(""), type: "invoke", name: "unknown/thing", value: {}, deliveryMode: undefined }),
    });
    expect([200, 501]).toContain(res.status);
    expect((await post(activity("fiche 12 dans le 22"))).activities.length).toBeGreaterThan(0);
  });

  it("refuses an activity missing the fields the adapter needs (400), naming the field", async () => {
    const { serviceUrl: _dropped, ...noServiceUrl } = activity("fiche 12");
    const res = await fetch(`${base}/api/messages`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(noServiceUrl) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^activity: serviceUrl/);
  });
});

describe("Teams invokes over HTTP", () => {
  const invoke = async (name: string, value: unknown) => {
    const res = await fetch(`${base}/api/messages`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...activity(""), type: "invoke", name, value, channelId: "msteams", deliveryMode: undefined }),
    });
    return { status: res.status, body: (await res.json()) as { composeExtension: { attachments: Array<{ content: unknown }> } } };
  };

  it("answers composeExtension/query with fiche results for « mobilité »", async () => {
    const { status, body } = await invoke("composeExtension/query", { commandId: "searchFiches", parameters: [{ name: "query", value: "mobilité" }] });
    expect(status).toBe(200);
    expect(body.composeExtension.attachments.length).toBeGreaterThan(0);
    expect(JSON.stringify(body.composeExtension.attachments)).toMatch(/mobilit/i);
  });

  it("answers composeExtension/selectItem with the picked fiche's full card", async () => {
    const { status, body } = await invoke("composeExtension/selectItem", { id: "64-pti-2018-2021-16" });
    expect(status).toBe(200);
    expect(JSON.stringify(body.composeExtension.attachments[0]!.content)).toContain("Favoriser l'accès aux soins");
  });

  it("answers composeExtension/queryLink on a fiche URL with its card", async () => {
    const { status, body } = await invoke("composeExtension/queryLink", { url: "http://localhost:3978/fiches/35-calpae-2019-2023-7-1" });
    expect(status).toBe(200);
    expect(JSON.stringify(body.composeExtension.attachments[0]!.content)).toContain("Plateformes de mobilité");
  });
});

describe("the HTTP server with app credentials", () => {
  it("refuses unauthenticated activities and serves no chat page", async () => {
    const secured = await start({ MicrosoftAppId: "00000000-0000-0000-0000-000000000001", MicrosoftAppPassword: "secret", MicrosoftAppType: "MultiTenant" });
    try {
      const res = await fetch(`${secured.base}/api/messages`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(activity("fiche 12")) });
      expect(res.status).toBe(401);
      // A token the Bot Framework did not sign: the adapter refuses it, and the answer says so (401, not 500).
      const forged = await fetch(`${secured.base}/api/messages`, { method: "POST", headers: { "Content-Type": "application/json", Authorization: "Bearer not.a.token" }, body: JSON.stringify(activity("fiche 12")) });
      expect(forged.status).toBe(401);
      expect((await fetch(`${secured.base}/`)).status).toBe(404);
    } finally {
      secured.app.server.close();
    }
  });
});
