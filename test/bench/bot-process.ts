import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NODE_FLAGS } from "../../bot/build/node-flags.js";
import { freeLoopbackPort } from "../support/free-port.js";

const root = join(import.meta.dirname, "../..");

/** Builds the bot as `npm start` does (`npm run build`). */
export function buildBot(): void {
  const build = spawnSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error("bench: the build failed");
}

/** Options of startBot. */
export interface StartBotOptions {
  /** Added to the environment (e.g. STORAGE=blobs and its settings). */
  env?: Record<string, string>;
  /** Compile first. Default true; false when an earlier startBot or buildBot already did. */
  build?: boolean;
}

/** A bot process started by startBot. */
export interface BotProcess {
  child: ChildProcess;
  base: string;
  readyMs: number;
  /** How many turns failed so far (its "turn failed" log lines: an eTag conflict, a storage error…). */
  turnErrors(): number;
}

/**
 * Builds and starts the bot as `npm start` runs it (compiled JavaScript) in a child process, on a free loopback
 * port with a fresh DATA_DIR; resolves once /healthz answers, with the time that took (build excluded).
 */
export async function startBot(options: StartBotOptions = {}): Promise<BotProcess> {
  if (options.build ?? true) buildBot();
  const port = await freeLoopbackPort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...NODE_FLAGS, join(root, "dist/bot/start.cjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), PUBLIC_URL: base, DATA_DIR: mkdtempSync(join(tmpdir(), "bench-data-")), LOG_LEVEL: "error", ...options.env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // LOG_LEVEL=error: the log (stdout) has only the failures, counted here.
  let errors = 0;
  let pending = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split("\n");
    pending = lines.pop() ?? "";
    errors += lines.filter((l) => l.includes('"msg":"turn failed"')).length;
  });
  for (;;) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok).catch(() => false)) break;
    if (child.exitCode !== null) throw new Error(`bench: the bot exited with code ${child.exitCode} before it was ready`);
    if (performance.now() - started > 30_000) {
      child.kill("SIGTERM");
      throw new Error("bench: the bot did not start within 30 s");
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return { child, base, readyMs: performance.now() - started, turnErrors: () => errors };
}

/** One aligned line of a benchmark report. */
export function line(label: string, value: string, target = ""): void {
  process.stdout.write(`${label.padEnd(44)} ${value.padStart(14)}  ${target}\n`);
}
