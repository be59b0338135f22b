import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "../../bot/app.js";
import { loadConfig } from "../../bot/config.js";
import { createLogger } from "../../bot/logger.js";

const APP_ID = "00000000-0000-0000-0000-0000000000aa";
const TENANT = "11111111-1111-1111-1111-111111111111";
const env = (extra: Record<string, string>) => ({ DATA_DIR: mkdtempSync(join(tmpdir(), "auth-data-")), LOG_LEVEL: "silent", ...extra });

describe("Bot Framework authentication modes", () => {
  it.each([
    ["MultiTenant", { MicrosoftAppType: "MultiTenant", MicrosoftAppId: APP_ID, MicrosoftAppPassword: "secret" }],
    ["SingleTenant", { MicrosoftAppType: "SingleTenant", MicrosoftAppId: APP_ID, MicrosoftAppPassword: "secret", MicrosoftAppTenantId: TENANT }],
    ["UserAssignedMSI", { MicrosoftAppType: "UserAssignedMSI", MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT }],
  ])("%s starts, refuses an activity without a valid token (401) and serves no chat page", async (_mode, settings) => {
    const loaded = loadConfig(env(settings));
    if (!loaded.ok) throw new Error(loaded.error);
    const built = await createApp(loaded.config, createLogger("silent"));
    if (!built.ok) throw new Error(built.error);
    const { server } = built.app;
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const body = JSON.stringify({ type: "message", channelId: "msteams", serviceUrl: base, from: { id: "u" }, recipient: { id: "bot" }, conversation: { id: "c" }, text: "fiche 12" });
      const noToken = await fetch(`${base}/api/messages`, { method: "POST", headers: { "Content-Type": "application/json" }, body });
      expect(noToken.status).toBe(401);
      const forged = await fetch(`${base}/api/messages`, { method: "POST", headers: { "Content-Type": "application/json", Authorization: "Bearer not.a.token" }, body });
      expect(forged.status).toBe(401);
      expect((await fetch(`${base}/`)).status).toBe(404);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      server.close();
    }
  });

  it.each([
    [{ MicrosoftAppType: "SingleTenant", MicrosoftAppId: APP_ID, MicrosoftAppPassword: "secret" }, /MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant/],
    [{ MicrosoftAppId: APP_ID }, /MicrosoftAppPassword: required with MicrosoftAppId/],
    [{ MicrosoftAppPassword: "secret" }, /MicrosoftAppId: MicrosoftAppPassword is set but MicrosoftAppId is empty/],
    [{ MicrosoftAppType: "Other" }, /MicrosoftAppType/],
    [{ PORT: "eighty" }, /PORT/],
    [{ STORAGE: "blobs" }, /AZURE_STORAGE_CONNECTION_STRING: required with STORAGE=blobs/],
    [{ STORAGE: "blobs", AZURE_STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true" }, /AZURE_STORAGE_CONTAINER: required with STORAGE=blobs/],
    [{ STORAGE: "blobs", AZURE_STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true", AZURE_STORAGE_CONTAINER: "Bot_State" }, /AZURE_STORAGE_CONTAINER: an Azure container name/],
  ])("a wrong configuration stops with a message naming the variable (%j)", (settings, message) => {
    const loaded = loadConfig(env(settings as Record<string, string>));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatch(message);
  });
});
