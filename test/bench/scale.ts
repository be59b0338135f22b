/**
 * `npm run bench:scale`: turns per second and latency of the compiled bot, in one run, for
 *   1 instance on lowdb (the default), 1 instance on Azure Blob Storage, and 2 instances sharing one blob container,
 * each as its own process, the blob setups on Azurite (started here from node_modules, in memory, on loopback).
 * The same 50 conversations (closed loop: a conversation waits for its answer) are spread over the instances,
 * half each for two. On one small machine the instances, Azurite and the load share the same cores: the figures
 * compare the storages' costs; they do not show what a second machine adds. CPU per turn (bots, Azurite) is
 * printed too: it moves much less than turns per second when other work shares the machine.
 */
import { readFileSync } from "node:fs";
import { startAzurite } from "../support/azurite.js";
import { buildBot, line, startBot, type BotProcess } from "./bot-process.js";
import { runConversations, type ConversationLoadResult } from "./conversation-load.js";
import { LOAD_QUESTIONS } from "./load-questions.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 3;
const CONVERSATIONS = 50;

interface Setup {
  readonly label: string;
  readonly instances: number;
  readonly env: Record<string, string>;
}

/**
 * CPU seconds (user + system) a process has used, from /proc (Linux); NaN elsewhere. CPU per turn varies much less
 * than turns per second when other work shares the machine.
 */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return NaN;
    throw error;
  }
}

async function measure(setup: Setup, azuritePid: number): Promise<ConversationLoadResult> {
  const bots: BotProcess[] = [];
  try {
    for (let i = 0; i < setup.instances; i++) bots.push(await startBot({ build: false, env: setup.env }));
    const targets = bots.map((b) => b.base);
    const tag = setup.label.replace(/\W+/g, "-");
    await runConversations({ targets, conversations: CONVERSATIONS, seconds: WARM_UP_SECONDS, questions: LOAD_QUESTIONS, prefix: `warm-${tag}` });
    const pids = bots.map((b) => b.child.pid!);
    const botCpu = (): number => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
    const [bots0, azurite0] = [botCpu(), cpuSeconds(azuritePid)];
    const result = await runConversations({ targets, conversations: CONVERSATIONS, seconds: SECONDS, questions: LOAD_QUESTIONS, prefix: `run-${tag}` });
    const perTurn = (seconds: number): string => ((seconds * 1000) / result.turns).toFixed(1);
    const storageCpu = setup.env.STORAGE === "blobs" ? ` + Azurite ${perTurn(cpuSeconds(azuritePid) - azurite0)}` : "";
    line(`${setup.label}: turns/s (${CONVERSATIONS} conv., ${SECONDS} s)`, result.turnsPerSecond.toFixed(0));
    line(`${setup.label}: latency p50 / p99`, `${result.p50Ms.toFixed(0)} / ${result.p99Ms.toFixed(0)} ms`);
    line(`${setup.label}: CPU per turn, ms`, `bot ${perTurn(botCpu() - bots0)}${storageCpu}`);
    line(`${setup.label}: failed turns / logged turn errors`, `${result.failed} / ${bots.reduce((n, b) => n + b.turnErrors(), 0)}`);
    return result;
  } finally {
    for (const bot of bots) bot.child.kill("SIGTERM");
  }
}

buildBot();
const azurite = await startAzurite();
try {
  const blobs = (container: string): Record<string, string> => ({ STORAGE: "blobs", AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: container });
  const lowdb = await measure({ label: "1 × lowdb", instances: 1, env: {} }, azurite.pid);
  await measure({ label: "1 × blobs", instances: 1, env: blobs("bench-one") }, azurite.pid);
  const two = await measure({ label: "2 × blobs", instances: 2, env: blobs("bench-two") }, azurite.pid);
  line("2 × blobs / 1 × lowdb, turns/s", `${((two.turnsPerSecond / lowdb.turnsPerSecond) * 100).toFixed(0)} %`);
} finally {
  await azurite.stop();
}
