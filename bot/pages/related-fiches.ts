import type { Catalog, Fiche } from "../../knowledge/model/index.js";

/**
 * The fiches to suggest next to a fiche: the other fiches of the same plan under the same objectif (or, when the
 * fiche has no objectif, under the same axe), in catalog order, at most `max`. Empty when the fiche has neither.
 */
export function relatedFiches(fiche: Fiche, catalog: Catalog, max = 5): Fiche[] {
  const sameGroup =
    fiche.objectif !== null
      ? (f: Fiche) => f.objectif === fiche.objectif
      : fiche.axe !== null
        ? (f: Fiche) => f.axe === fiche.axe
        : undefined;
  if (!sameGroup || max <= 0) return [];
  const related: Fiche[] = [];
  for (const f of catalog.fiches) {
    if (f.planId !== fiche.planId || f.id === fiche.id || !sameGroup(f)) continue;
    related.push(f);
    if (related.length >= max) break;
  }
  return related;
}
