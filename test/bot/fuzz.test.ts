import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../bot/app.js";
import { loadConfig } from "../../bot/config.js";
import { createLogger } from "../../bot/logger.js";
import { seededRandom } from "../support/random.js";

let app: App;
let base: string;

beforeAll(async () => {
  const loaded = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), "fuzz-data-")), LOG_LEVEL: "silent" });
  if (!loaded.ok) throw new Error(loaded.error);
  const built = await createApp(loaded.config, createLogger("silent"));
  if (!built.ok) throw new Error(built.error);
  app = built.app;
  await new Promise<void>((done) => app.server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => app.server.close());

const HOSTILE = ["", " ", "<script>alert(1)</script>", "'; DROP TABLE x;--", "\u0000\u0001", "🙂".repeat(50), "a".repeat(5000), "{{constructor.constructor('x')()}}", "../../etc/passwd", "%00", "null"];

function payload(r: () => number, k: number): { body: string; type: string } {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const value = (depth = 0): unknown => {
    switch (Math.floor(r() * (depth > 2 ? 5 : 7))) {
      case 0:
        return null;
      case 1:
        return r() * 1e9;
      case 2:
        return pick(HOSTILE);
      case 3:
        return r() > 0.5;
      case 4:
        return Math.floor(r() * 100);
      case 5:
        return [value(depth + 1), value(depth + 1)];
      default:
        return { [pick(["type", "text", "value", "from", "action", "x"])]: value(depth + 1) };
    }
  };
  const activity: Record<string, unknown> = {
    type: pick(["message", "invoke", "conversationUpdate", "installationUpdate", "typing", "event", "deleteUserData", "bogus", 42, null]),
    id: pick([`f-${k}`, null, 7, {}, ""]),
    channelId: pick(["emulator", "msteams", "", null, 3]),
    serviceUrl: pick(["http://127.0.0.1", "not a url", "", null]),
    from: pick([{ id: `u-${k % 7}` }, null, "x", {}, { id: 5 }]),
    recipient: pick([{ id: "bot" }, null, {}]),
    conversation: pick([{ id: `c-${k % 5}` }, null, { id: pick(HOSTILE) }, []]),
    text: pick([pick(HOSTILE), value(), "fiche 12", "qui pilote la mobilité dans le 22 ?"]),
    value: value(),
    name: pick(["composeExtension/query", "composeExtension/selectItem", "composeExtension/queryLink", "adaptiveCard/action", "task/fetch", "x", null]),
    membersAdded: pick([undefined, [{ id: "bot" }], "x", [null]]),
    deliveryMode: pick(["expectReplies", undefined, "normal", 1]),
  };
  for (const key of Object.keys(activity)) if (r() < 0.15) delete activity[key];
  const kind = r();
  if (kind < 0.1) return { body: pick(HOSTILE), type: "application/json" };
  if (kind < 0.2) return { body: JSON.stringify(value()), type: "application/json" };
  if (kind < 0.25) return { body: JSON.stringify(activity), type: pick(["text/plain", "application/x-www-form-urlencoded", "application/xml"]) };
  if (kind < 0.3) return { body: JSON.stringify(activity).slice(0, Math.floor(r() * 60)), type: "application/json" };
  return { body: JSON.stringify(activity), type: "application/json" };
}

describe("the HTTP server under 1,000 random and malformed payloads", () => {
  it("answers each with a status (never crashes), then still serves /healthz and a normal turn", async () => {
    const r = seededRandom(20261123);
    const statuses = new Map<number, number>();
    for (let k = 0; k < 1000; k++) {
      const { body, type } = payload(r, k);
      const res = await fetch(`${base}/api/messages`, { method: "POST", headers: { "Content-Type": type }, body, signal: AbortSignal.timeout(5000) }).catch((e: Error) => {
        throw new Error(`payload ${k} got no answer (${e.message}): ${body.slice(0, 300)}`);
      });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
    // Every request got an answer; none took the process down.
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(1000);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ok = await fetch(`${base}/api/messages`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ type: "message", id: "after-fuzz", channelId: "emulator", serviceUrl: "http://127.0.0.1", from: { id: "u" }, recipient: { id: "bot" }, conversation: { id: "after" }, text: "fiche 12 dans le 22", deliveryMode: "expectReplies" }),
    });
    expect(ok.status).toBe(200);
    expect(JSON.stringify(await ok.json())).toContain("La fiche 12");
  }, 120_000);
});
