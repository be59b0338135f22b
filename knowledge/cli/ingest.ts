/**
 * `npm run ingest`: builds the catalog from the manifest and prints, per plan, the fiches found, the empty ones
 * and a review list (stderr). `--json` prints the catalog on stdout; `--out PATH` also writes it (atomically).
 * `--json --file PATH --departement CODE [--title T] [--period P]` previews one new plan, touching nothing.
 * `--sources DIR` reads another folder holding a manifest.json and its plans (default: knowledge/sources).
 */
import { basename, resolve } from "node:path";
import { buildCatalog, readOnePlan, validateCatalog, type PlanReport } from "../catalog/build-catalog.js";
import { loadCorrections } from "../catalog/corrections.js";
import { buildDispositifs } from "../catalog/enrich.js";
import { SOURCES_DIR } from "../catalog/manifest.js";
import { writeCatalogAtomically } from "../catalog/write-catalog.js";
import { departementByCode } from "../territories/departements.js";
import { parseIngestArgs } from "./ingest-args.js";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function printReport(reports: readonly PlanReport[]): void {
  for (const r of reports) {
    process.stderr.write(`${r.planId} (${r.file}): ${r.fiches} fiches, ${r.empty} empty (announced, not written), ${r.review.length} to review\n`);
    for (const item of r.review) process.stderr.write(`  review ${r.planId} fiche ${item.number} (l.${item.line}): ${item.problem}\n`);
  }
}

const parsed = parseIngestArgs(process.argv.slice(2));
if (!parsed.ok) fail(parsed.error);
const args = parsed.args;

if (args.file) {
  const path = resolve(args.file);
  const code = args.departement!;
  const departement = departementByCode(code);
  if (!departement) fail(`ingest: --departement ${code}: unknown département code`);
  const name = departement.name;
  const period = args.period ?? path.match(/(20\d\d)\D{0,3}(20\d\d)/)?.slice(1, 3).join("-") ?? String(new Date().getFullYear());
  const id = `${code}-plan-${period}`.toLowerCase();
  const corrections = loadCorrections(SOURCES_DIR);
  const one = readOnePlan(
    { id, departement: { code, name }, title: args.title ?? basename(path), kind: "OTHER", period, file: basename(path) },
    path,
    corrections.ok ? corrections.corrections : [],
  );
  if (!one.ok) fail(one.error);
  const valid = validateCatalog([one.plan], one.fiches, buildDispositifs(one.fiches));
  if (!valid.ok) fail(valid.error);
  printReport([one.report]);
  if (args.json) process.stdout.write(`${JSON.stringify(valid.catalog, null, 1)}\n`);
} else {
  const started = performance.now();
  const built = buildCatalog({ publicUrl: process.env.PUBLIC_URL, ...(args.sources ? { sourcesDir: resolve(args.sources) } : {}) });
  if (!built.ok) fail(built.error);
  printReport(built.reports);
  if (args.out) writeCatalogAtomically(resolve(args.out), built.catalog);
  if (args.json) process.stdout.write(`${JSON.stringify(built.catalog, null, 1)}\n`);
  else {
    const c = built.catalog;
    process.stdout.write(
      `catalog: ${c.plans.length} plans, ${c.fiches.length} fiches (${c.fiches.filter((f) => f.empty).length} empty), ${c.dispositifs.length} dispositifs, built in ${Math.round(performance.now() - started)} ms\n`,
    );
  }
}
