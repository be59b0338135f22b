/**
 * `npm run ingest`: builds the catalog from the manifest, prints per plan the fiches found, the empty ones and a
 * review list (stderr), and writes the shipped catalog, knowledge/catalog.json, that the bot loads (atomically: a
 * failed build leaves the old one). `--json` prints the catalog on stdout instead of writing it; `--out PATH`
 * writes it to PATH instead.
 * `--json --file PATH --departement CODE [--title T] [--period P]` previews one new plan, touching nothing.
 * `--sources DIR` reads another folder holding a manifest.json and its plans (default: knowledge/sources).
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { buildCatalog, readOnePlan, validateCatalog, type PlanReport } from "../catalog/build-catalog.js";
import { loadCorrections } from "../catalog/corrections.js";
import { buildDispositifs } from "../catalog/enrich.js";
import { SOURCES_DIR } from "../catalog/manifest.js";
import { SHIPPED_CATALOG } from "../catalog/shipped-catalog.js";
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
  if (!existsSync(path)) fail(`ingest: ${path}: file not found`);
  const code = args.departement!;
  const departement = departementByCode(code);
  if (!departement) fail(`ingest: --departement ${code}: unknown département code`);
  const name = departement.name;
  // The plan's period: given, or in the file name, or on the plan's first lines (its cover: "2024-2028").
  let cover = "";
  try {
    cover = readFileSync(path, "utf8").slice(0, 4000);
  } catch (e) {
    fail(`ingest: ${path}: cannot be read (${(e as Error).message})`);
  }
  const years = (text: string): string | undefined => text.match(/\b(20\d\d)\s?[-–/àa]{1,3}\s?(20\d\d)\b/)?.slice(1, 3).join("-");
  const period = args.period ?? years(basename(path)) ?? years(cover) ?? String(new Date().getFullYear());
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
  // The shipped catalog keeps the default local links (the bot rewrites them under PUBLIC_URL when it loads it).
  const out = args.out ? resolve(args.out) : args.json || args.sources ? null : SHIPPED_CATALOG;
  const built = buildCatalog({
    ...(out === SHIPPED_CATALOG ? {} : { publicUrl: process.env.PUBLIC_URL }),
    ...(args.sources ? { sourcesDir: resolve(args.sources) } : {}),
  });
  if (!built.ok) fail(built.error);
  printReport(built.reports);
  if (out) writeCatalogAtomically(out, built.catalog);
  if (args.json) process.stdout.write(`${JSON.stringify(built.catalog, null, 1)}\n`);
  else {
    const c = built.catalog;
    process.stdout.write(
      `catalog: ${c.plans.length} plans, ${c.fiches.length} fiches (${c.fiches.filter((f) => f.empty).length} empty), ${c.dispositifs.length} dispositifs, built in ${Math.round(performance.now() - started)} ms${out ? `, written to ${out}` : ""}\n`,
    );
  }
}
