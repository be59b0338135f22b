/**
 * `npm run eval [-- --file FILE ...] [--catalog PATH] [--verbose]`: runs the question set kept in test/eval and
 * prints hit@1, hit@3, MRR, the share of expected strings in the answers and the no-fiche questions declined, per
 * kind and overall, beside the same figures for plain minisearch over the same fiches. `--catalog` answers from
 * another catalog (one built with `npm run ingest -- --out PATH`, say with a new plan) instead of the shipped one.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openKnowledgeBase } from "../../knowledge/knowledge-base.js";
import { departementByCode } from "../../knowledge/territories/departements.js";
import { ask } from "../answer/ask.js";
import { plainMinisearch } from "../eval/baseline.js";
import { sameNumber, score, type Figures, type SystemOutput } from "../eval/metrics.js";
import { readQuestionSet, type EvalQuestion } from "../eval/question-set.js";

const USAGE = "usage: npm run eval [-- --file FILE ...] [--catalog PATH] [--verbose]";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const root = join(import.meta.dirname, "../..");
let values: { file?: string[]; catalog?: string; verbose?: boolean };
try {
  values = parseArgs({ args: process.argv.slice(2), options: { file: { type: "string", multiple: true }, catalog: { type: "string" }, verbose: { type: "boolean" } } }).values;
} catch (e) {
  fail(`eval: ${(e as Error).message}\n${USAGE}`);
}
const files = values.file?.length ? values.file : [join(root, "test/eval/questions.dev.jsonl"), join(root, "test/eval/questions.jsonl")];
let questions: EvalQuestion[] = [];
try {
  questions = files.flatMap((f) => readQuestionSet(f));
} catch (e) {
  fail((e as Error).message);
}

const opened = openKnowledgeBase(values.catalog ? { catalogPath: values.catalog } : {});
if (!opened.ok) {
  process.stderr.write(`${opened.error}\n`);
  process.exit(1);
}
const { index, catalog } = opened.kb;
const baseline = plainMinisearch(catalog);

const ours: Array<{ q: EvalQuestion; out: SystemOutput }> = [];
const theirs: Array<{ q: EvalQuestion; out: SystemOutput }> = [];
for (const q of questions) {
  const a = ask(q.q, { home: q.departement ? departementByCode(q.departement) : null }, index);
  const out = { numbers: a.fiches.map((f) => f.number), answered: a.answered, text: a.text };
  ours.push({ q, out });
  theirs.push({ q, out: baseline(q.q, q.departement) });
  if (values.verbose) {
    const ok = q.expect_fiches.length === 0 ? !a.answered : a.answered && q.expect_fiches.some((e) => out.numbers.slice(0, 3).some((n) => sameNumber(e, n)));
    if (!ok) process.stdout.write(`MISS [${q.kind}] ${q.departement ?? "-"} ${q.q}\n  expected ${JSON.stringify(q.expect_fiches)} got ${a.answered ? JSON.stringify(out.numbers) : "declined"} (${a.intent})\n`);
  }
}

const pct = (x: number): string => x.toFixed(2);
const row = (label: string, a: Figures, b: Figures): string =>
  `${label.padEnd(14)} ${String(a.n).padStart(4)} | ${pct(a.hit1)} ${pct(a.hit3)} ${pct(a.mrr)} ${pct(a.strings)} ${a.noFiche ? `${a.declined}/${a.noFiche}` : "  - "} | ${pct(b.hit1)} ${pct(b.hit3)} ${pct(b.mrr)} ${pct(b.strings)} ${b.noFiche ? `${b.declined}/${b.noFiche}` : "  - "}`;
process.stdout.write(`${"kind".padEnd(14)} ${"n".padStart(4)} | ours: hit@1 hit@3 MRR  text declined | plain minisearch: hit@1 hit@3 MRR text declined\n`);
const kinds = [...new Set(questions.map((q) => q.kind))].sort();
for (const kind of kinds) {
  process.stdout.write(`${row(kind, score(ours.filter((x) => x.q.kind === kind)), score(theirs.filter((x) => x.q.kind === kind)))}\n`);
}
process.stdout.write(`${row("overall", score(ours), score(theirs))}\n`);
