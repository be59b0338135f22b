import { ContainerClient } from "@azure/storage-blob";
import { spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../bot/app.js";
import { loadConfig } from "../../bot/config.js";
import { createLogger } from "../../bot/logger.js";
import { startAzurite, type Azurite } from "../support/azurite.js";
import { freeLoopbackPort } from "../support/free-port.js";

// Several bot instances behind one registration: two real servers (createApp, HTTP, expectReplies) on two ports,
// sharing state and records in one blob container on Azurite. Every personal value below is fake.
const root = join(import.meta.dirname, "../..");
const CONTAINER = "bot-shared";
const MESSAGE = "Mme X, NIR 2 85 03 75 116 238 91, tél 06 12 34 56 78, cherche une solution de garde pour son chien à Lannion";
const SECRETS = ["2 85 03 75 116 238 91", "06 12 34 56 78"];

let azurite: Azurite;
const instances: Array<{ app: App; base: string }> = [];

function blobsEnv(connectionString: string): Record<string, string> {
  return { STORAGE: "blobs", AZURE_STORAGE_CONNECTION_STRING: connectionString, AZURE_STORAGE_CONTAINER: CONTAINER, LOG_LEVEL: "silent" };
}

async function startInstance(env: Record<string, string>): Promise<{ app: App; base: string }> {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.error);
  const built = await createApp(loaded.config, createLogger("silent"));
  if (!built.ok) throw new Error(built.error);
  await new Promise<void>((done) => built.app.server.listen(0, "127.0.0.1", done));
  return { app: built.app, base: `http://127.0.0.1:${(built.app.server.address() as AddressInfo).port}` };
}

/** Sends a message to one instance, as the Bot Framework would after its load balancer picked it. */
async function say(instance: { base: string }, conversation: string, text: string): Promise<string> {
  const res = await fetch(`${instance.base}/api/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      type: "message",
      id: `m-${Math.random()}`,
      channelId: "emulator",
      serviceUrl: instance.base,
      from: { id: `user-${conversation}`, name: "Référent" },
      recipient: { id: "bot" },
      conversation: { id: conversation },
      locale: "fr-FR",
      text,
      deliveryMode: "expectReplies",
    }),
  });
  expect(res.status).toBe(200);
  return JSON.stringify(((await res.json()) as { activities: unknown[] }).activities);
}

/** Runs a script of the project (tsx as a loader) with `env` added; resolves with its exit code and output. */
function run(script: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--no-deprecation", "--import", "tsx", join(root, script)], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => void (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => void (stderr += c.toString()));
  return new Promise((done) => child.once("close", (code) => done({ code, stdout, stderr })));
}

beforeAll(async () => {
  azurite = await startAzurite();
  // Started one after the other: the first creates the container, the second finds it.
  instances.push(await startInstance(blobsEnv(azurite.connectionString)));
  instances.push(await startInstance(blobsEnv(azurite.connectionString)));
}, 120_000);
afterAll(async () => {
  for (const { app } of instances) app.server.close();
  await azurite?.stop();
});

describe("two bot instances sharing state and records on Azure Blob Storage (Azurite)", () => {
  it("carry one conversation: the territory prompt on one instance, the answer on the other", async () => {
    const [one, two] = [instances[0]!, instances[1]!];
    expect(await say(one, "conv-shared", "qui pilote l'action sur la mobilité ?")).toContain("Dans quel département travaillez-vous ?");
    const answered = await say(two, "conv-shared", "Côtes-d'Armor (22)");
    expect(answered).toContain("C'est noté : Côtes-d'Armor (22).");
    expect(answered).toMatch(/La fiche 16 /);
    // The user's département, saved by the second instance, is known to the first: no prompt this time.
    const again = await say(one, "conv-shared", "qui pilote l'action sur la mobilité ?");
    expect(again).not.toContain("Dans quel département");
    expect(again).toMatch(/La fiche 16 /);
  });

  it("list, in the report run with the other instance's settings, the records one instance wrote, masked", async () => {
    const [one] = [instances[0]!];
    await say(one, "conv-records", "territoire");
    await say(one, "conv-records", "Tous les départements");
    await say(one, "conv-records", MESSAGE);
    const report = await run("bot/cli/report.ts", blobsEnv(azurite.connectionString));
    expect(report.stderr).toBe("");
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/Questions sans réponse : 1 .*\n {2}1\. « .*chien à Lannion » — 1 fois/);
    for (const secret of SECRETS) expect(report.stdout).not.toContain(secret);
    // Nothing in the container, state or records, holds the personal data as typed.
    const client = new ContainerClient(azurite.connectionString, CONTAINER);
    let everything = "";
    for await (const blob of client.listBlobsFlat()) everything += (await client.getBlobClient(blob.name).downloadToBuffer()).toString("utf8");
    expect(everything).toContain("chien à Lannion");
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
  }, 60_000);

  it("stop at start-up with one clear line when the container cannot be reached", async () => {
    const closed = await freeLoopbackPort();
    const unreachable = azurite.connectionString.replace(`:${azurite.port}/`, `:${closed}/`);
    const loaded = loadConfig(blobsEnv(unreachable));
    if (!loaded.ok) throw new Error(loaded.error);
    const built = await createApp(loaded.config, createLogger("silent"));
    expect(built).toEqual({ ok: false, error: expect.stringMatching(/^storage: cannot reach Azure Blob Storage container bot-shared: .*ECONNREFUSED.*; check AZURE_STORAGE_CONNECTION_STRING$/) });
    // The real start-up: one line on stderr, no stack trace, exit code 1.
    const started = await run("bot/main.ts", blobsEnv(unreachable));
    expect(started.code).toBe(1);
    expect(started.stderr.trim()).toMatch(/^storage: cannot reach Azure Blob Storage container bot-shared: .*; check AZURE_STORAGE_CONNECTION_STRING$/);
    expect(started.stderr).not.toContain("    at ");
  }, 60_000);
});
