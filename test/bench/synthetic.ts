import type { Catalog, Fiche } from "../../knowledge/model/index.js";

/**
 * A catalog of `size` fiches made by recombining real ones: each synthetic fiche takes the title of one real
 * fiche, the fields of another and the text of a third (whose size it keeps), in a synthetic plan per 100
 * fiches. Deterministic.
 */
export function syntheticCatalog(base: Catalog, size: number): Catalog {
  // All fiches, written and announced-only, so that sizes follow the real mix.
  const real = base.fiches;
  const fiches: Fiche[] = [];
  const plans = [];
  for (let i = 0; i < size; i++) {
    const planNo = Math.floor(i / 100);
    const a = real[i % real.length]!;
    const b = real[(i * 7 + 3) % real.length]!;
    const c = real[(i * 13 + 5) % real.length]!;
    const dep = base.plans[planNo % base.plans.length]!.departement;
    const planId = `${dep.code}-synth${planNo}-2024-2028`;
    if (i % 100 === 0) plans.push({ id: planId, departement: dep, title: `Plan synthétique ${planNo}`, kind: "OTHER" as const, period: "2024-2028", source: "synthetic" });
    const number = String((i % 100) + 1);
    fiches.push({ ...b, id: `${planId}-${number}`, planId, departement: dep, number, title: a.title, text: c.text, empty: c.empty, url: `http://localhost:3978/fiches/${planId}-${number}` });
  }
  return { plans, fiches, dispositifs: base.dispositifs };
}
