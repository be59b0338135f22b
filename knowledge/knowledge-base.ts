import { readCatalogFile, SHIPPED_CATALOG } from "./catalog/shipped-catalog.js";
import type { Catalog } from "./model/index.js";
import { FicheIndex } from "./search/fiche-index.js";

/** The catalog and its search index, ready to answer. */
export interface KnowledgeBase {
  readonly catalog: Catalog;
  readonly index: FicheIndex;
}

/** Options of openKnowledgeBase. */
export interface KnowledgeBaseOptions {
  /** The catalog file. Default: the shipped knowledge/catalog.json (built by `npm run ingest`). */
  readonly catalogPath?: string;
  /** Base of the fiche links. Default: the one in the file, http://localhost:3978. */
  readonly publicUrl?: string;
}

/**
 * Loads the validated catalog and indexes it in memory. Called once at start-up by the bot and the CLIs: the index
 * is never saved, so it always matches the catalog.
 */
export function openKnowledgeBase(options: KnowledgeBaseOptions = {}): { ok: true; kb: KnowledgeBase } | { ok: false; error: string } {
  const read = readCatalogFile(options.catalogPath ?? SHIPPED_CATALOG, options.publicUrl);
  if (!read.ok) return read;
  return { ok: true, kb: { catalog: read.catalog, index: new FicheIndex(read.catalog) } };
}

/** Indexes a catalog already in memory (a test's, or one just built from the sources). */
export function knowledgeBaseOf(catalog: Catalog): KnowledgeBase {
  return { catalog, index: new FicheIndex(catalog) };
}
