import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createApp } from "../../bot/app.js";
import { loadConfig } from "../../bot/config.js";
import { createLogger } from "../../bot/logger.js";

// Realistic fake personal data, as a référent might type it.
const MESSAGE = "Mme X, née le 12/03/1985, NIR 2 85 03 75 116 238 91, tél 06 12 34 56 78, marie.x@example.fr, IBAN FR76 3000 6000 0112 3456 7890 189, 12 rue des Lilas, cherche une solution de garde pour son chien à Lannion";
const SECRETS = ["12/03/1985", "2 85 03 75 116 238 91", "06 12 34 56 78", "marie.x@example.fr", "FR76 3000", "rue des Lilas"];

describe("logs and stored files", () => {
  it("log one line per turn with id, intent and latency, and keep personal data out of logs and files", async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => void (lines.push(String(chunk)), done()) });
    const dataDir = mkdtempSync(join(tmpdir(), "logs-data-"));
    const loaded = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "info" });
    if (!loaded.ok) throw new Error(loaded.error);
    const built = await createApp(loaded.config, createLogger("info", sink));
    if (!built.ok) throw new Error(built.error);
    const { server } = built.app;
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const send = (text: string, id: string) =>
        fetch(`${base}/api/messages`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ type: "message", id, channelId: "emulator", serviceUrl: base, from: { id: "u1" }, recipient: { id: "bot" }, conversation: { id: "c1" }, text, deliveryMode: "expectReplies" }),
        }).then((r) => r.json());
      await send("territoire", "t1");
      await send("Tous les départements", "t2");
      const reply = JSON.stringify(await send(MESSAGE, "t3"));
      for (const secret of SECRETS) expect(reply).not.toContain(secret);
    } finally {
      server.close();
    }
    const turns = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === "turn");
    expect(turns.map((t) => t.requestId)).toEqual(["t1", "t2", "t3"]);
    expect(turns[2]).toMatchObject({ type: "message", intent: expect.any(String), ms: expect.any(Number) });
    const everything = lines.join("\n") + readdirSync(dataDir).map((f) => readFileSync(join(dataDir, f), "utf8")).join("\n");
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
    // The question itself is kept for the coordinator (it was not answered), with the personal data masked.
    expect(everything).toContain("Lannion");
  });
});
