/**
 * HTTP benchmark: starts the real bot (compiled, as `npm start` runs it) in a child process, measures the time to
 * ready, then sends message activities with deliveryMode "expectReplies" from 50 concurrent conversations
 * (autocannon, loopback only) and prints turns per second and latency percentiles.
 */
import { line, loadBot, startBot } from "./bot-process.js";

const QUESTIONS = [
  "fiche 12 dans le 22",
  "qui pilote l'action sur la mobilité dans le 22 ?",
  "quels partenaires pour les jeunes en Pyrénées-Atlantiques ?",
  "y a quoi pour les artistes au rsa en ille-et-vilaine ?",
  "c'est quoi l'action 5.4 dans le 35 ?",
  "santé des allocataires dans la drôme, qui pilote ?",
];

/** Runs the HTTP benchmark and prints its lines; `seconds` of load with `connections` conversations. */
export async function runHttpBench(seconds = 10, connections = 50): Promise<void> {
  const { child, base, readyMs } = await startBot();
  try {
    // Two seconds of warm-up (JIT, connection pools), then the measured run.
    await loadBot(base, connections, 2, QUESTIONS);
    const result = await loadBot(base, connections, seconds, QUESTIONS);
    // At saturation every conversation has a turn waiting, so latency is connections / throughput (Little's law):
    // 100 ms at 500 turns/s. The latency target is read at the target load instead: 500 turns/s offered.
    const paced = await loadBot(base, connections, seconds, QUESTIONS, 500);
    line("start-up to ready (node dist/bot/main.js)", `${readyMs.toFixed(0)} ms`, "target ≤ 1.5 s");
    line(`HTTP turns/s at saturation (${connections} conv., ${seconds} s)`, result.requests.average.toFixed(0), "target ≥ 500");
    line("HTTP latency p50 / p99 at saturation", `${result.latency.p50} / ${result.latency.p99} ms`);
    line(`HTTP at 500 turns/s offered: turns/s`, paced.requests.average.toFixed(0));
    line("HTTP latency p50 / p99 at 500 turns/s", `${paced.latency.p50} / ${paced.latency.p99} ms`, "target p99 ≤ 50 ms");
    line("HTTP errors / non-2xx", `${result.errors + paced.errors} / ${result.non2xx + paced.non2xx}`);
  } finally {
    child.kill("SIGTERM");
  }
}
