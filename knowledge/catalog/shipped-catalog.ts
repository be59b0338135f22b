import { existsSync } from "node:fs";
import { join } from "node:path";
import { CatalogSchema, type Catalog } from "../model/index.js";
import { projectRoot } from "../project-root.js";
import { ficheUrl } from "./ids.js";
import { readJsonFile } from "./read-json-file.js";

/**
 * The catalog shipped with the code, built from knowledge/sources by `npm run ingest` and checked in. The bot and
 * the CLIs load it instead of reading the plans at every start (40 ms instead of 700), and a test fails when it no
 * longer matches what the sources and the reader give, so it cannot drift.
 */
export const SHIPPED_CATALOG = join(projectRoot(), "knowledge", "catalog.json");

/**
 * Reads and validates a catalog file; fiche links are rewritten under `publicUrl` (the file holds the default
 * local address). A missing or invalid file is an error naming the file and what to run.
 */
export function readCatalogFile(path: string = SHIPPED_CATALOG, publicUrl?: string): { ok: true; catalog: Catalog } | { ok: false; error: string } {
  if (!existsSync(path)) return { ok: false, error: `knowledge: ${path}: catalog not found; run \`npm run ingest\` to build it from knowledge/sources` };
  const read = readJsonFile(path, CatalogSchema, "not a catalog (run `npm run ingest` to rebuild it)");
  if (!read.ok) return { ok: false, error: read.error.replace(/^ingest:/, "knowledge:") };
  const catalog = read.value;
  if (publicUrl === undefined) return { ok: true, catalog };
  return { ok: true, catalog: { ...catalog, fiches: catalog.fiches.map((f) => ({ ...f, url: ficheUrl(publicUrl, f.id) })) } };
}
