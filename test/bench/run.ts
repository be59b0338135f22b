/**
 * `npm run bench`: ingestion time of the shipped plans, index build time and in-process query latency for the
 * shipped catalog and a synthetic catalog of 5,000 fiches, and peak memory. Prints one line per figure.
 *
 * The 5,000-fiche figures come from a child process of their own (this file with `--synthetic`), so that its
 * peak RSS is that of a process holding one 5,000-fiche index and answering, not of the whole benchmark.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { buildCatalog } from "../../knowledge/catalog/build-catalog.js";
import { readCatalogFile } from "../../knowledge/catalog/shipped-catalog.js";
import { FicheIndex } from "../../knowledge/search/fiche-index.js";
import type { Catalog } from "../../knowledge/model/index.js";
import { ask } from "../../dialogs/answer/ask.js";
import { warmUp } from "../../dialogs/answer/warm-up.js";
import { readQuestionSet } from "../../dialogs/eval/question-set.js";
import { departementByCode } from "../../knowledge/territories/departements.js";
import { NODE_FLAGS } from "../../bot/build/node-flags.js";
import { fuzzQuestions } from "./fuzz-questions.js";
import { runHttpBench } from "./http.js";
import { syntheticCatalog } from "./synthetic.js";

let peak = 0;
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const ms = (t0: number): number => performance.now() - t0;
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const line = (label: string, value: string, target = ""): void => void process.stdout.write(`${label.padEnd(44)} ${value.padStart(10)}  ${target}\n`);

const synthetic = process.argv.includes("--synthetic");
let t0 = performance.now();
// The synthetic child starts from the shipped catalog, as the bot does, without the ingestion's allocations.
const first = synthetic ? readCatalogFile() : buildCatalog();
const cold = ms(t0);
if (!first.ok) throw new Error(first.error);
sample();
if (!synthetic) {
  const warm: number[] = [];
  for (let i = 0; i < 10; i++) {
    t0 = performance.now();
    buildCatalog();
    warm.push(ms(t0));
    sample();
  }
  line("ingest 4 plans, first run (loads vocabularies)", `${cold.toFixed(0)} ms`);
  line("ingest 4 plans, median of 10", `${quantile(warm, 0.5).toFixed(0)} ms`, "target < 300 ms");
}

const questions = [
  ...readQuestionSet(join(import.meta.dirname, "../eval/questions.dev.jsonl")),
  ...readQuestionSet(join(import.meta.dirname, "../eval/questions.jsonl")),
];

/** Collects garbage when the process runs with --expose-gc (the synthetic child), so RSS holds one index. */
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

function measure(label: string, catalog: Catalog, buildTarget: string, queryTarget: string): void {
  const builds: number[] = [];
  let index: FicheIndex | null = null;
  for (let i = 0; i < 3; i++) {
    index = null;
    collect();
    t0 = performance.now();
    index = new FicheIndex(catalog);
    builds.push(ms(t0));
    sample();
  }
  line(`${label}: index build (median of 3)`, `${quantile(builds, 0.5).toFixed(0)} ms`, buildTarget);
  // As the bot does once it listens: the pieces built on first use are ready before the questions are timed.
  t0 = performance.now();
  warmUp(index!);
  line(`${label}: warm-up (the bot's, after listening)`, `${ms(t0).toFixed(0)} ms`);
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of questions) {
      const home = q.departement ? departementByCode(q.departement) : null;
      t0 = performance.now();
      ask(q.q, { home }, index!);
      times.push(ms(t0));
    }
    sample();
  }
  line(`${label}: ask() p50 over ${times.length}`, `${quantile(times, 0.5).toFixed(2)} ms`);
  line(`${label}: ask() p99`, `${quantile(times, 0.99).toFixed(2)} ms`, queryTarget);
}

if (synthetic) {
  // The child: only the 5,000-fiche catalog, then this process's peak memory.
  const big = syntheticCatalog(first.catalog, 5000);
  measure("synthetic catalog (5,000 fiches)", big, "target ≤ 2 s", "target ≤ 20 ms");
  sample();
  line("synthetic catalog: peak RSS of its process", `${(peak / 1024 / 1024).toFixed(0)} MB`, "target ≤ 250 MB");
} else {
  measure(`shipped catalog (${first.catalog.fiches.length} fiches)`, first.catalog, "target ≤ 100 ms", "target ≤ 5 ms");
  fuzzQuestions(new FicheIndex(first.catalog));
  sample();
  line("peak RSS (shipped catalog, fuzz included)", `${(peak / 1024 / 1024).toFixed(0)} MB`);
  const child = spawnSync(process.execPath, [...NODE_FLAGS, "--expose-gc", "--import", "tsx", import.meta.filename, "--synthetic"], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  if (child.status !== 0) throw new Error("bench: the synthetic-catalog run failed");
  // Its ingest lines repeat the ones above: only its own figures are shown.
  process.stdout.write(child.stdout.split("\n").filter((l) => l.startsWith("synthetic")).join("\n") + "\n");
  await runHttpBench(Number(process.env.BENCH_SECONDS ?? 10), 50);
}
