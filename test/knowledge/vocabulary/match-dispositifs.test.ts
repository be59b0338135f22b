import { readFileSync, readdirSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { loadDispositifSeeds } from "../../../knowledge/vocabulary/dispositifs.js";
import {
  compileDispositifMatcher,
  dispositifPhrases,
  matchDispositifs,
} from "../../../knowledge/vocabulary/match-dispositifs.js";

const seeds = loadDispositifSeeds();
const match = (text: string): string[] => matchDispositifs(text, seeds);

const sourcesDir = new URL("../../../knowledge/sources/", import.meta.url);
const sources = readdirSync(sourcesDir)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => readFileSync(new URL(file, sourcesDir), "utf8"));

describe("matchDispositifs", () => {
  it("finds the reinforced accompaniments of a Côtes-d'Armor action title", () => {
    // Côtes-d'Armor PDI, action 3.
    const text =
      "Accentuer les orientations des personnes vers les dispositifs d'accompagnement renforcé : accompagnement global, garantie d'activité départementale, actions de remobilisation...";
    expect(match(text)).toEqual(["garantie-activite", "accompagnement-global"]);
  });

  it("finds mobility platforms under their plural and hyphenated spellings", () => {
    // Côtes-d'Armor PDI, action 16.
    const text = [
      "Soutenir les initiatives visant à lever les problèmes de mobilité (plateformes de mobilités et co-voiturage solidaire) en lien avec le schéma départemental des mobilités",
      "- > Accompagner par le biais de « diagnostics mobilité » des personnes en insertion afin qu'elles deviennent plus autonomes dans leurs démarches d'insertion",
    ].join("\n");
    expect(match(text)).toEqual(["plateforme-mobilite"]);
  });

  it("finds Premières heures and the ACI in the Ille-et-Vilaine report", () => {
    // Ille-et-Vilaine CALPAE report, action 5.4.
    const text =
      "Le Programme Premières Heures permet à des personnes en situation de très grande exclusion, essentiellement à la rue ou en CHU, d'engager un parcours d'insertion en entrant dans un chantier d'insertion et en accédant à un hébergement.";
    expect(match(text)).toEqual(["premieres-heures", "aci"]);
  });

  it("matches short acronyms as capitalised tokens", () => {
    // Ille-et-Vilaine CALPAE report, action 5.1.
    const text = "Un binôme conseiller GLO/référent RSA efficace\nDes conseillers Pôle Emploi dédiés à 100% à l'AG";
    expect(match(text)).toEqual(["accompagnement-global", "referent-unique"]);
  });

  it("does not find AG or GA inside words, nor in lower case", () => {
    // Côtes-d'Armor PDI, axis 3 heading: "GARANTIR" and "PILOTAGE" hold GA and AG.
    expect(match("AXE 3 GARANTIR UN PILOTAGE CONCERTÉ DE LA POLITIQUE DÉPARTEMENTALE AVEC LES ACTEURS")).toEqual([]);
    expect(match("L'AGE moyen des allocataires ; un ag ; une Ga")).toEqual([]);
    expect(match("Le Département a choisi")).toEqual([]);
  });

  it("reads the OCR of the Drôme plan", () => {
    // Drôme PDIE, action 14 (OCR).
    const text = "dispositifs tels que :\n- le bénévolat,\n- les contrats Parcours Emploi Compétence (CAE-PEC).";
    expect(match(text)).toEqual(["pec"]);
  });

  it("finds every seeded dispositif in at least one plan", () => {
    const found = new Set(sources.flatMap((text) => match(text)));
    const missing = seeds.filter((seed) => !found.has(seed.id)).map((seed) => seed.id);
    expect(missing).toEqual([]);
  });

  it("returns an empty array for an empty text", () => {
    expect(match("")).toEqual([]);
  });
});

describe("dispositifPhrases", () => {
  it("uses the name without its parenthesis, each side of a slash, then the aliases", () => {
    const phrases = dispositifPhrases({
      id: "x",
      name: "Référent unique / référent de parcours (RSA)",
      aliases: ["référent unique", "RU"],
      description: "d",
    });
    expect(phrases).toEqual(["Référent unique", "référent de parcours", "référent unique", "RU"]);
  });
});
