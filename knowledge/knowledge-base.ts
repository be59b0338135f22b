import { buildCatalog, type BuildOptions, type PlanReport } from "./catalog/build-catalog.js";
import type { Catalog } from "./model/index.js";
import { FicheIndex } from "./search/fiche-index.js";

/** The catalog and its search index, ready to answer. */
export interface KnowledgeBase {
  readonly catalog: Catalog;
  readonly index: FicheIndex;
  readonly reports: readonly PlanReport[];
}

/**
 * Reads the plans, validates the catalog and indexes it in memory. Called once at start-up by the bot and the
 * CLIs: the index is never saved, so it always matches the catalog.
 */
export function openKnowledgeBase(options: BuildOptions = {}): { ok: true; kb: KnowledgeBase } | { ok: false; error: string } {
  const built = buildCatalog(options);
  if (!built.ok) return built;
  return { ok: true, kb: { catalog: built.catalog, index: new FicheIndex(built.catalog), reports: built.reports } };
}
