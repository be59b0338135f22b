import { describe, expect, it } from "vitest";
import { startBot } from "../bench/bot-process.js";

// `npm start` runs the esbuild bundle, not the sources the other tests import: a dependency that breaks once
// bundled would only show there.
describe("the bundle npm start runs (dist/bot/main.js)", () => {
  it("builds, starts, serves /healthz and answers a question with a fiche card", async () => {
    const bot = await startBot();
    try {
      const health = (await (await fetch(`${bot.base}/healthz`)).json()) as { status: string; fiches: number };
      expect(health).toMatchObject({ status: "ok" });
      expect(health.fiches).toBeGreaterThan(50);
      const res = await fetch(`${bot.base}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          type: "message",
          id: "bundle-1",
          channelId: "emulator",
          serviceUrl: bot.base,
          from: { id: "u-bundle" },
          recipient: { id: "bot" },
          conversation: { id: "c-bundle" },
          text: "qui pilote l'action sur la mobilité dans le 22 ?",
          deliveryMode: "expectReplies",
        }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { activities: Array<{ text?: string; attachments?: Array<{ contentType: string }> }> };
      const text = body.activities.map((a) => a.text ?? "").join("\n");
      expect(text).toMatch(/pilot/i);
      expect(body.activities.some((a) => a.attachments?.some((c) => c.contentType === "application/vnd.microsoft.card.adaptive"))).toBe(true);
      expect(bot.turnErrors()).toBe(0);
    } finally {
      bot.child.kill("SIGTERM");
    }
  }, 120_000);
});
