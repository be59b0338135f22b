import { join } from "node:path";
import { readPlan, type FicheReading } from "../ingest/read-plan.js";
import { CatalogSchema, type Catalog, type Dispositif, type Fiche, type Plan } from "../model/index.js";
import { applyCorrections, loadCorrections, type Correction } from "./corrections.js";
import { enrichFiche, buildDispositifs } from "./enrich.js";
import { ficheId, ficheUrl } from "./ids.js";
import { loadManifest, SOURCES_DIR, type ManifestEntry } from "./manifest.js";
import { readSource } from "./read-source.js";
import { reviewFiche, type ReviewItem } from "./review.js";

/** Options of buildCatalog and readOnePlan. */
export interface BuildOptions {
  /** Folder holding manifest.json, corrections.json and the plan files. Default: the shipped knowledge/sources. */
  readonly sourcesDir?: string;
  /** Base of the fiche links. Default: http://localhost:3978, the local bot. */
  readonly publicUrl?: string;
}

/** Per-plan figures for the ingest report. */
export interface PlanReport {
  readonly planId: string;
  readonly file: string;
  readonly fiches: number;
  readonly empty: number;
  readonly review: ReviewItem[];
}

/** A built catalog with its report, or the first error that stopped it. */
export type CatalogBuild = { ok: true; catalog: Catalog; reports: PlanReport[] } | { ok: false; error: string };

const DEFAULT_URL = "http://localhost:3978";

function toFiche(plan: Plan, r: FicheReading, publicUrl: string): Fiche {
  const id = ficheId(plan.id, r.number);
  const tags = enrichFiche(r, plan.departement.code);
  return {
    id,
    planId: plan.id,
    departement: plan.departement,
    number: r.number,
    title: r.title,
    axe: r.axe,
    objectif: r.objectif,
    summary: r.summary,
    contenu: r.contenu,
    pilotes: r.pilotes,
    partenaires: r.partenaires,
    publics: r.publics,
    publicsTags: tags.publicsTags,
    calendrier: r.calendrier,
    budget: r.budget,
    territoires: tags.territoires,
    dispositifs: tags.dispositifs,
    thematiques: tags.thematiques,
    concepts: tags.concepts,
    empty: r.empty,
    text: r.text,
    source: { file: plan.source, lineStart: r.lineStart, lineEnd: r.lineEnd },
    url: ficheUrl(publicUrl, id),
  };
}

/** Reads one plan file into fiches (used for the catalog and for previewing a new plan with --file). */
export function readOnePlan(
  entry: ManifestEntry,
  path: string,
  corrections: readonly Correction[],
  publicUrl: string = DEFAULT_URL,
): { ok: true; plan: Plan; fiches: Fiche[]; report: PlanReport } | { ok: false; error: string } {
  const source = readSource(path);
  if (!source.ok) return source;
  const read = readPlan(source.text, { file: entry.file, period: entry.period });
  if (!read.ok) return read;
  applyCorrections(entry.file, read.fiches, corrections);
  const plan: Plan = { id: entry.id, departement: entry.departement, title: entry.title, kind: entry.kind, period: entry.period, source: entry.file };
  // A number printed twice (a numbering the reader did not understand) must not lose the plan: the later fiche
  // is told apart ("4 (2)") and listed for review.
  const repeated: ReviewItem[] = [];
  const taken = new Set<string>();
  const readings = read.fiches.map((r) => {
    let number = r.number;
    // "1 (2)" and "1.2" would make the same id: the next free suffix is taken.
    for (let n = 2; taken.has(ficheId(plan.id, number)); n++) number = `${r.number} (${n})`;
    taken.add(ficheId(plan.id, number));
    return number === r.number ? r : { ...r, number };
  });
  const fiches = readings.map((r) => toFiche(plan, r, publicUrl));
  fiches.forEach((f, k) => {
    if (readings[k] !== read.fiches[k]) repeated.push({ ficheId: f.id, number: f.number, line: f.source.lineStart, problem: `number ${read.fiches[k]!.number} printed twice in the plan, read as « ${f.number} »; check the plan's numbering` });
  });
  const ids = new Set<string>();
  for (const f of fiches) {
    if (ids.has(f.id)) return { ok: false, error: `ingest: ${entry.file}: two fiches have the id ${f.id}; check the plan's numbering` };
    ids.add(f.id);
  }
  const review = [...repeated, ...fiches.flatMap(reviewFiche)];
  return { ok: true, plan, fiches, report: { planId: plan.id, file: entry.file, fiches: fiches.length, empty: fiches.filter((f) => f.empty).length, review } };
}

/** Validates a catalog against the schema, with a message that names the first problems. */
export function validateCatalog(plans: Plan[], fiches: Fiche[], dispositifs: Dispositif[]): { ok: true; catalog: Catalog } | { ok: false; error: string } {
  const parsed = CatalogSchema.safeParse({ plans, fiches, dispositifs });
  if (!parsed.success) {
    return { ok: false, error: `ingest: catalog does not validate: ${parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}` };
  }
  return { ok: true, catalog: parsed.data };
}

/** Builds the whole catalog from the manifest: every plan read, corrected, enriched and validated. */
export function buildCatalog(options: BuildOptions = {}): CatalogBuild {
  const dir = options.sourcesDir ?? SOURCES_DIR;
  const manifest = loadManifest(dir);
  if (!manifest.ok) return manifest;
  const corrections = loadCorrections(dir);
  if (!corrections.ok) return corrections;
  const plans: Plan[] = [];
  const fiches: Fiche[] = [];
  const reports: PlanReport[] = [];
  for (const entry of manifest.manifest.plans) {
    const one = readOnePlan(entry, join(dir, entry.file), corrections.corrections, options.publicUrl ?? DEFAULT_URL);
    if (!one.ok) return one;
    plans.push(one.plan);
    fiches.push(...one.fiches);
    reports.push(one.report);
  }
  const valid = validateCatalog(plans, fiches, buildDispositifs(fiches));
  if (!valid.ok) return valid;
  return { ok: true, catalog: valid.catalog, reports };
}
