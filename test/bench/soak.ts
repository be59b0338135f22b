/**
 * `npm run soak`: the real bot (compiled) under 200 concurrent conversations for 60 s (autocannon, loopback):
 * errors, turns per second, latency, and the server's memory (RSS from /proc) after warm-up and at the end.
 */
import { readFileSync } from "node:fs";
import { line, loadBot, startBot } from "./bot-process.js";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = 200;
const QUESTIONS = ["fiche 12 dans le 22", "qui pilote l'action sur la mobilité dans le 22 ?", "quels partenaires pour les jeunes en Pyrénées-Atlantiques ?", "y a quoi pour les artistes au rsa en ille-et-vilaine ?", "c'est quoi l'action 5.4 dans le 35 ?", "santé des allocataires dans la drôme, qui pilote ?", "il va pleuvoir demain ?"];

const rssMb = (pid: number): number => Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;

const { child, base } = await startBot();
try {
  await loadBot(base, CONNECTIONS, 10, QUESTIONS);
  const afterWarmUp = rssMb(child.pid!);
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(rssMb(child.pid!)), 5000);
  const result = await loadBot(base, CONNECTIONS, SECONDS, QUESTIONS);
  clearInterval(timer);
  const end = rssMb(child.pid!);
  line(`soak: ${CONNECTIONS} conversations, ${SECONDS} s`, `${result.requests.total} turns`);
  line("soak: errors / timeouts / non-2xx", `${result.errors} / ${result.timeouts} / ${result.non2xx}`, "target 0");
  line("soak: turns/s", result.requests.average.toFixed(0));
  line("soak: latency p50 / p99", `${result.latency.p50} / ${result.latency.p99} ms`);
  line("soak: RSS after warm-up / max / end", `${afterWarmUp.toFixed(0)} / ${Math.max(...samples, end).toFixed(0)} / ${end.toFixed(0)} MB`);
  line("soak: RSS growth after warm-up", `${(((end - afterWarmUp) / afterWarmUp) * 100).toFixed(1)} %`, "target within 10 %");
} finally {
  child.kill("SIGTERM");
}
