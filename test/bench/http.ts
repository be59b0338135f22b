/**
 * HTTP benchmark: starts the real bot (compiled, as `npm start` runs it) in a child process, measures the time to ready, then sends
 * message activities with deliveryMode "expectReplies" from 50 concurrent conversations for a few seconds
 * (autocannon, loopback only) and prints turns per second and latency percentiles.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

const root = join(import.meta.dirname, "../..");
const QUESTIONS = [
  "fiche 12 dans le 22",
  "qui pilote l'action sur la mobilité dans le 22 ?",
  "quels partenaires pour les jeunes en Pyrénées-Atlantiques ?",
  "y a quoi pour les artistes au rsa en ille-et-vilaine ?",
  "c'est quoi l'action 5.4 dans le 35 ?",
  "santé des allocataires dans la drôme, qui pilote ?",
];

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, "127.0.0.1", done));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

/** Runs the HTTP benchmark and prints its lines; `seconds` of load with `connections` conversations. */
export async function runHttpBench(seconds = 10, connections = 50): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // The bot as `npm start` runs it: the compiled JavaScript (built here first, outside the measured time).
  const build = spawnSync(join(root, "node_modules/.bin/tsc"), ["-p", join(root, "tsconfig.build.json")], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error("bench: the build failed");
  const started = performance.now();
  const child = spawn(process.execPath, ["--no-deprecation", join(root, "dist/bot/main.js")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), PUBLIC_URL: base, DATA_DIR: mkdtempSync(join(tmpdir(), "bench-data-")), LOG_LEVEL: "error" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    for (;;) {
      const ok = await fetch(`${base}/healthz`).then((r) => r.ok).catch(() => false);
      if (ok) break;
      if (performance.now() - started > 30_000) throw new Error("bench: the bot did not start within 30 s");
      await new Promise((r) => setTimeout(r, 25));
    }
    const ready = performance.now() - started;
    let n = 0;
    const load = (duration: number) => autocannon({
      url: `${base}/api/messages`,
      connections,
      duration,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [
        {
          setupRequest: (req) => {
            const k = n++;
            const body = {
              type: "message",
              id: `bench-${k}`,
              channelId: "emulator",
              serviceUrl: base,
              from: { id: `user-${k % connections}` },
              recipient: { id: "bot" },
              conversation: { id: `bench-conv-${k % connections}` },
              text: QUESTIONS[k % QUESTIONS.length],
              deliveryMode: "expectReplies",
            };
            return { ...req, body: JSON.stringify(body) };
          },
        },
      ],
    });
    // Two seconds of warm-up (JIT, connection pools), then the measured run.
    await load(2);
    const result = await load(seconds);
    const line = (label: string, value: string, target = ""): void => void process.stdout.write(`${label.padEnd(44)} ${value.padStart(10)}  ${target}\n`);
    line("start-up to ready (node dist/bot/main.js)", `${ready.toFixed(0)} ms`, "target ≤ 1.5 s");
    line(`HTTP turns/s (${connections} conversations, ${seconds} s)`, result.requests.average.toFixed(0), "target ≥ 500");
    line("HTTP latency p50", `${result.latency.p50} ms`);
    line("HTTP latency p99", `${result.latency.p99} ms`, "target ≤ 50 ms");
    line("HTTP errors / non-2xx", `${result.errors} / ${result.non2xx}`);
  } finally {
    child.kill("SIGTERM");
  }
}
