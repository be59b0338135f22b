import type { FicheReading } from "../ingest/read-plan.js";
import type { Dispositif, Fiche, Territoire } from "../model/index.js";
import { findTerritoiresInFiche } from "../territories/fiche-territories.js";
import { loadDispositifSeeds } from "../vocabulary/dispositifs.js";
import { matchDispositifs } from "../vocabulary/match-dispositifs.js";
import { detectPublicGroups, tagPublics } from "../vocabulary/publics.js";
import { findGlossaryEntries } from "../vocabulary/glossary.js";
import { tagThematiques } from "../vocabulary/thematiques.js";
import { conceptKey } from "../search/concepts.js";

/** Vocabulary tags of one fiche: dispositifs it names, data·inclusion thématiques and publics, territories. */
export interface FicheTags {
  dispositifs: string[];
  thematiques: string[];
  publicsTags: string[];
  territoires: Territoire[];
  concepts: string[];
}

let seeds: ReturnType<typeof loadDispositifSeeds> | null = null;
const dispositifSeeds = (): ReturnType<typeof loadDispositifSeeds> => (seeds ??= loadDispositifSeeds());

/** Tags a fiche from its title, public and text. Empty fiches are tagged from their title only. */
export function enrichFiche(r: FicheReading, departementCode: string): FicheTags {
  const head = [r.title, r.objectif ?? "", r.summary ?? ""].join("\n");
  const all = [head, r.publics.join(", "), r.pilotes.join(", "), r.partenaires.join(", "), r.text].join("\n");
  const scope = r.empty ? head : all;
  // Each matcher reads the text once: they are the costly part of ingestion.
  const dispositifs = matchDispositifs(scope, dispositifSeeds());
  const thematiques = tagThematiques(scope);
  const publicsText = [head, r.publics.join(", ")].join("\n") + (r.empty ? "" : `\n${r.text}`);
  const concepts = new Set([
    ...findGlossaryEntries(scope).map((e) => conceptKey("g", e.term)),
    ...detectPublicGroups(publicsText).map((g) => `p:${g}`),
    ...dispositifs.map((d) => `d:${d}`),
    ...thematiques.map((t) => `t:${t}`),
  ]);
  return {
    concepts: [...concepts].sort(),
    dispositifs,
    thematiques,
    publicsTags: tagPublics(publicsText),
    territoires: r.empty ? [] : findTerritoiresInFiche(r.text, departementCode),
  };
}

/** The dispositifs catalog: every seed that at least one fiche names, with its départements and fiches. */
export function buildDispositifs(fiches: readonly Fiche[]): Dispositif[] {
  return dispositifSeeds()
    .map((seed) => {
      const using = fiches.filter((f) => f.dispositifs.includes(seed.id));
      return {
        id: seed.id,
        name: seed.name,
        aliases: seed.aliases,
        description: seed.description,
        departements: [...new Set(using.map((f) => f.departement.code))].sort(),
        fiches: using.map((f) => f.id),
      };
    })
    .filter((d) => d.fiches.length > 0);
}
