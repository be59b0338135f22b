/**
 * HTTP benchmark: starts the real bot (compiled, as `npm start` runs it) in a child process, measures the time to
 * ready, then sends message activities with deliveryMode "expectReplies" from 50 concurrent conversations (each
 * waits for its answer before its next message, loopback only) and prints turns per second and latency
 * percentiles, at saturation and at 500 turns/s offered.
 */
import { line, startBot } from "./bot-process.js";
import { runConversations } from "./conversation-load.js";
import { LOAD_QUESTIONS } from "./load-questions.js";

/** Runs the HTTP benchmark and prints its lines; `seconds` of load with `conversations` conversations. */
export async function runHttpBench(seconds = 10, conversations = 50): Promise<void> {
  const { child, base, readyMs } = await startBot();
  try {
    const run = (prefix: string, secs: number, rate?: number) =>
      runConversations({ targets: [base], conversations, seconds: secs, questions: LOAD_QUESTIONS, prefix, ...(rate === undefined ? {} : { rate }) });
    // Two seconds of warm-up (JIT, connection pools), then the measured runs.
    await run("warm", 2);
    const saturated = await run("sat", seconds);
    // At saturation every conversation has a turn waiting, so latency is conversations / throughput (Little's law):
    // 100 ms at 500 turns/s. The latency target is read at the target load instead: 500 turns/s offered.
    const paced = await run("paced", seconds, 500);
    line("start-up to ready (node dist/bot/start.cjs)", `${readyMs.toFixed(0)} ms`, "target ≤ 1.5 s");
    line(`HTTP turns/s at saturation (${conversations} conv., ${seconds} s)`, saturated.turnsPerSecond.toFixed(0), "target ≥ 500");
    line("HTTP latency p50 / p99 at saturation", `${saturated.p50Ms.toFixed(0)} / ${saturated.p99Ms.toFixed(0)} ms`);
    line("HTTP at 500 turns/s offered: turns/s", paced.turnsPerSecond.toFixed(0));
    line("HTTP latency p50 / p99 at 500 turns/s", `${paced.p50Ms.toFixed(1)} / ${paced.p99Ms.toFixed(1)} ms`, "target p99 ≤ 50 ms");
    line("HTTP failed turns", String(saturated.failed + paced.failed), "target 0");
  } finally {
    child.kill("SIGTERM");
  }
}
