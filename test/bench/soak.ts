/**
 * `npm run soak`: the real bot (compiled) under 200 concurrent conversations for 60 s (each waits for its answer
 * before its next message, loopback):
 * errors, turns per second, latency, and the server's memory (RSS from /proc) after warm-up and at the end.
 */
import { readFileSync } from "node:fs";
import { line, startBot } from "./bot-process.js";
import { runConversations } from "./conversation-load.js";
import { LOAD_QUESTIONS } from "./load-questions.js";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = 200;
const WARM_UP_SECONDS = Number(process.env.SOAK_WARM_UP_SECONDS ?? 30);
const QUESTIONS = [...LOAD_QUESTIONS, "il va pleuvoir demain ?"];

const rssMb = (pid: number): number => Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;

const { child, base } = await startBot();
try {
  // Warm-up of 30 s: under saturation V8 keeps growing its heap for about half a minute (the live heap after a
  // collection stays near 110 MB; what grows is the room V8 gives to garbage between collections), so RSS is
  // compared from the point where that sizing is done.
  await runConversations({ targets: [base], conversations: CONNECTIONS, seconds: WARM_UP_SECONDS, questions: QUESTIONS, prefix: "soak" });
  const afterWarmUp = rssMb(child.pid!);
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(rssMb(child.pid!)), 5000);
  // The same conversations go on: their state is already stored, as in a long-running deployment.
  const result = await runConversations({ targets: [base], conversations: CONNECTIONS, seconds: SECONDS, questions: QUESTIONS, prefix: "soak" });
  clearInterval(timer);
  const end = rssMb(child.pid!);
  line(`soak: ${CONNECTIONS} conversations, ${SECONDS} s`, `${result.turns} turns`);
  line("soak: failed turns (non-2xx, network, apology)", String(result.failed), "target 0");
  line("soak: turns/s", result.turnsPerSecond.toFixed(0));
  line("soak: latency p50 / p99", `${result.p50Ms.toFixed(0)} / ${result.p99Ms.toFixed(0)} ms`);
  line("soak: RSS after warm-up / max / end", `${afterWarmUp.toFixed(0)} / ${Math.max(...samples, end).toFixed(0)} / ${end.toFixed(0)} MB`);
  line("soak: RSS growth after warm-up", `${(((end - afterWarmUp) / afterWarmUp) * 100).toFixed(1)} %`, "target within 10 %");
} finally {
  child.kill("SIGTERM");
}
