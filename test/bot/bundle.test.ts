import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NODE_FLAGS } from "../../bot/build/node-flags.js";
import { startBot } from "../bench/bot-process.js";

const cache = join(import.meta.dirname, "../../dist/bot/main.cjs.cache");

// `npm start` runs the esbuild bundle, not the sources the other tests import: a dependency that breaks once
// bundled would only show there.
describe("the bundle npm start runs (dist/bot/start.cjs loading dist/bot/main.cjs)", () => {
  it("is started by `npm start` with the flags the build primes its code cache with", () => {
    const scripts = (JSON.parse(readFileSync(join(import.meta.dirname, "../../package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toContain(`node ${NODE_FLAGS.join(" ")} dist/bot/start.cjs`);
  });

  it("builds, starts, serves /healthz and answers a question with a fiche card", async () => {
    const bot = await startBot();
    try {
      const health = (await (await fetch(`${bot.base}/healthz`)).json()) as { status: string; fiches: number };
      expect(health).toMatchObject({ status: "ok" });
      expect(health.fiches).toBeGreaterThan(50);
      // The answer thread (dist/bot/answer-worker.cjs) comes up beside the server, on a machine of 2 CPUs or more.
      if (availableParallelism() >= 2) {
        let threads = 0;
        for (let i = 0; i < 100 && threads === 0; i++) {
          threads = ((await (await fetch(`${bot.base}/healthz`)).json()) as { answerThreads?: number }).answerThreads ?? 0;
          if (threads === 0) await new Promise((r) => setTimeout(r, 100));
        }
        expect(threads).toBe(1);
      }
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

  it("starts with a code cache that does not match (a corrupt file, another Node), and writes a good one", async () => {
    // The first test built the bundle and primed its cache.
    expect(existsSync(cache)).toBe(true);
    writeFileSync(cache, "not a V8 code cache");
    const bot = await startBot({ build: false });
    try {
      expect((await fetch(`${bot.base}/healthz`)).ok).toBe(true);
      // Written again once the bot has warmed up.
      for (let i = 0; i < 100 && readFileSync(cache).length < 1000; i++) await new Promise((r) => setTimeout(r, 100));
      expect(readFileSync(cache).length).toBeGreaterThan(100_000);
    } finally {
      bot.child.kill("SIGTERM");
    }
  }, 60_000);
});
