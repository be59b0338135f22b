/**
 * `npm run bench`: ingestion time of the shipped plans, index build time and in-process query latency for the
 * shipped catalog and a synthetic catalog of 5,000 fiches, and peak memory. Prints one line per figure.
 */
import { join } from "node:path";
import { buildCatalog } from "../../knowledge/catalog/build-catalog.js";
import { FicheIndex } from "../../knowledge/search/fiche-index.js";
import type { Catalog } from "../../knowledge/model/index.js";
import { ask } from "../../dialogs/answer/ask.js";
import { readQuestionSet } from "../../dialogs/eval/question-set.js";
import { departementByCode } from "../../knowledge/territories/departements.js";
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

let t0 = performance.now();
const first = buildCatalog();
const cold = ms(t0);
if (!first.ok) throw new Error(first.error);
sample();
const warm: number[] = [];
for (let i = 0; i < 10; i++) {
  t0 = performance.now();
  buildCatalog();
  warm.push(ms(t0));
  sample();
}
line("ingest 4 plans, first run (loads vocabularies)", `${cold.toFixed(0)} ms`);
line("ingest 4 plans, median of 10", `${quantile(warm, 0.5).toFixed(0)} ms`, "target < 300 ms");

const questions = [
  ...readQuestionSet(join(import.meta.dirname, "../eval/questions.dev.jsonl")),
  ...readQuestionSet(join(import.meta.dirname, "../eval/questions.jsonl")),
];

function measure(label: string, catalog: Catalog, buildTarget: string, queryTarget: string): void {
  const builds: number[] = [];
  let index: FicheIndex | null = null;
  for (let i = 0; i < 3; i++) {
    t0 = performance.now();
    index = new FicheIndex(catalog);
    builds.push(ms(t0));
    sample();
  }
  line(`${label}: index build (median of 3)`, `${quantile(builds, 0.5).toFixed(0)} ms`, buildTarget);
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

measure(`shipped catalog (${first.catalog.fiches.length} fiches)`, first.catalog, "target ≤ 100 ms", "target ≤ 5 ms");
fuzzQuestions(new FicheIndex(first.catalog));
const big = syntheticCatalog(first.catalog, 5000);
measure("synthetic catalog (5,000 fiches)", big, "target ≤ 2 s", "target ≤ 20 ms");
sample();
line("peak RSS", `${(peak / 1024 / 1024).toFixed(0)} MB`, "target ≤ 250 MB");

await runHttpBench(Number(process.env.BENCH_SECONDS ?? 10), 50);
