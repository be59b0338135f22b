import type { PlanKind, Territoire } from "../../knowledge/model/index.js";
import { loadDispositifSeeds } from "../../knowledge/vocabulary/dispositifs.js";
import { PUBLICS } from "../../knowledge/vocabulary/publics.js";
import { THEMATIQUES } from "../../knowledge/vocabulary/thematiques.js";

/** French display labels for the catalog's codes: plan kinds, publics, thématiques, dispositifs, territory types. */

const PLAN_KINDS: Readonly<Record<PlanKind, string>> = {
  PDI: "Programme départemental d'insertion (PDI)",
  PTI: "Pacte territorial pour l'insertion (PTI)",
  PDIE: "Plan départemental d'insertion vers l'emploi (PDIE)",
  CALPAE: "Convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi (CALPAE)",
  PTLI: "Pacte territorial local pour l'insertion (PTLI)",
  OTHER: "Autre plan",
};

const TERRITORY_TYPES: Readonly<Record<Territoire["type"], string>> = {
  commune: "commune",
  epci: "intercommunalité",
  departement: "département",
  zone: "territoire",
};

/** "Programme départemental d'insertion (PDI)" for "PDI". */
export function planKindLabel(kind: PlanKind): string {
  return PLAN_KINDS[kind];
}

/** The data·inclusion label of a public slug ("Bénéficiaires des minima sociaux"), the slug if unknown. */
export function publicLabel(slug: string): string {
  return PUBLICS.find((p) => p.slug === slug)?.label ?? slug;
}

/** The data·inclusion label of a thématique slug ("Trouver un emploi"), the slug if unknown. */
export function thematiqueLabel(slug: string): string {
  return THEMATIQUES.find((t) => t.slug === slug)?.label ?? slug;
}

/** The name of a dispositif id ("Contrat d'engagement réciproque"), the id if unknown. */
export function dispositifLabel(id: string): string {
  return loadDispositifSeeds().find((d) => d.id === id)?.name ?? id;
}

/** "Lannion (commune, 22113)": name, kind of territory and INSEE code when there is one. */
export function territoireLabel(t: Territoire): string {
  const details = [TERRITORY_TYPES[t.type], t.code].filter((x): x is string => Boolean(x));
  return `${t.name} (${details.join(", ")})`;
}
