/**
 * `npm run soak`: the real bot (compiled) under 200 concurrent conversations for 60 s (autocannon, loopback):
 * errors, turns per second, latency, and the server's memory (RSS from /proc) after warm-up and at the end.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

const root = join(import.meta.dirname, "../..");
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = 200;
const QUESTIONS = ["fiche 12 dans le 22", "qui pilote l'action sur la mobilité dans le 22 ?", "quels partenaires pour les jeunes en Pyrénées-Atlantiques ?", "y a quoi pour les artistes au rsa en ille-et-vilaine ?", "c'est quoi l'action 5.4 dans le 35 ?", "santé des allocataires dans la drôme, qui pilote ?", "il va pleuvoir demain ?"];

const rssMb = (pid: number): number => Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;

const probe = createServer();
await new Promise<void>((done) => probe.listen(0, "127.0.0.1", done));
const port = (probe.address() as AddressInfo).port;
await new Promise<void>((done) => probe.close(() => done()));
const base = `http://127.0.0.1:${port}`;

if (spawnSync(join(root, "node_modules/.bin/tsc"), ["-p", join(root, "tsconfig.build.json")], { cwd: root, stdio: "inherit" }).status !== 0) throw new Error("soak: build failed");
const child = spawn(process.execPath, ["--no-deprecation", join(root, "dist/bot/main.js")], {
  cwd: root,
  env: { ...process.env, PORT: String(port), PUBLIC_URL: base, DATA_DIR: mkdtempSync(join(tmpdir(), "soak-data-")), LOG_LEVEL: "error" },
  stdio: ["ignore", "ignore", "inherit"],
});
try {
  while (!(await fetch(`${base}/healthz`).then((r) => r.ok).catch(() => false))) await new Promise((r) => setTimeout(r, 50));
  let n = 0;
  const load = (duration: number) =>
    autocannon({
      url: `${base}/api/messages`,
      connections: CONNECTIONS,
      duration,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [
        {
          setupRequest: (req) => {
            const k = n++;
            const body = { type: "message", id: `soak-${k}`, channelId: "emulator", serviceUrl: base, from: { id: `u-${k % CONNECTIONS}` }, recipient: { id: "bot" }, conversation: { id: `soak-${k % CONNECTIONS}` }, text: QUESTIONS[k % QUESTIONS.length], deliveryMode: "expectReplies" };
            return { ...req, body: JSON.stringify(body) };
          },
        },
      ],
    });
  await load(10);
  const afterWarmUp = rssMb(child.pid!);
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(rssMb(child.pid!)), 5000);
  const result = await load(SECONDS);
  clearInterval(timer);
  const end = rssMb(child.pid!);
  const line = (label: string, value: string, target = ""): void => void process.stdout.write(`${label.padEnd(44)} ${value.padStart(14)}  ${target}\n`);
  line(`soak: ${CONNECTIONS} conversations, ${SECONDS} s`, `${result.requests.total} turns`);
  line("soak: errors / timeouts / non-2xx", `${result.errors} / ${result.timeouts} / ${result.non2xx}`, "target 0");
  line("soak: turns/s", result.requests.average.toFixed(0));
  line("soak: latency p50 / p99", `${result.latency.p50} / ${result.latency.p99} ms`);
  line("soak: RSS after warm-up / max / end", `${afterWarmUp.toFixed(0)} / ${Math.max(...samples, end).toFixed(0)} / ${end.toFixed(0)} MB`);
  line("soak: RSS growth after warm-up", `${(((end - afterWarmUp) / afterWarmUp) * 100).toFixed(1)} %`, "target within 10 %");
} finally {
  child.kill("SIGTERM");
}
