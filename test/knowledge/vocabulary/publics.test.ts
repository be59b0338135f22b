import { describe, it, expect } from "vitest";
import {
  PUBLIC_GROUPS,
  PUBLIC_SLUGS,
  PUBLICS,
  detectPublicGroups,
  tagPublics,
} from "../../../knowledge/vocabulary/publics.js";

// Côtes-d'Armor PDI, action 12, "Bénéficiaires de l'action".
const SPECIFIC_PUBLICS = [
  "- Les « grands précaires »",
  "- Les exploitants agricoles allocataires du rSa",
  "- Les gens du voyage allocataires du rSa",
  "- Les jeunes de moins de 25 ans allocataires du rSa",
  "- Les travailleurs indépendants allocataires du rSa",
  "- Les artistes allocataires du rSa",
].join("\n");

describe("PUBLICS and PUBLIC_GROUPS", () => {
  it("list the 14 data·inclusion publics and finer groups mapped onto them", () => {
    expect(PUBLICS.map((p) => p.slug)).toEqual([...PUBLIC_SLUGS]);
    for (const p of PUBLICS) expect(p.triggers.length).toBeGreaterThan(0);
    const groups = new Map(PUBLIC_GROUPS.map((g) => [g.id, g.slug]));
    expect(groups.get("familles-monoparentales")).toBe("familles");
    expect(groups.get("sans-abri")).toBe("personnes-en-situation-durgence");
    expect(groups.get("jeunes-ase")).toBe("jeunes");
    expect(groups.get("refugies")).toBe("personnes-exilees");
    expect(groups.get("allocataires-rsa")).toBe("beneficiaires-des-minimas-sociaux");
    for (const id of ["travailleurs-independants", "artistes", "gens-du-voyage", "exploitants-agricoles"]) {
      expect(groups.has(id), id).toBe(true);
    }
  });
});

describe("tagPublics and detectPublicGroups", () => {
  it("read the specific publics of a Côtes-d'Armor fiche", () => {
    expect(detectPublicGroups(SPECIFIC_PUBLICS)).toEqual([
      "allocataires-rsa",
      "travailleurs-independants",
      "artistes",
      "exploitants-agricoles",
      "gens-du-voyage",
      "sans-abri",
    ]);
    expect(tagPublics(SPECIFIC_PUBLICS)).toEqual([
      "actifs",
      "beneficiaires-des-minimas-sociaux",
      "jeunes",
      "personnes-en-situation-durgence",
      "personnes-en-situation-juridique-specifique",
    ]);
  });

  it("map every spelling of the rSa to beneficiaires-des-minimas-sociaux", () => {
    for (const text of ["Les nouveaux entrants dans le dispositif rSA", "aux BRSA", "des BSRA", "Allocataires rSa", "bénéficiaires du RSA"]) {
      expect(tagPublics(text), text).toEqual(["beneficiaires-des-minimas-sociaux"]);
    }
  });

  it("read parents of toddlers as families, not as young people", () => {
    // Côtes-d'Armor PDI, action 15.
    const text = "Allocataires du rSa ayant des enfants de moins de 3 ans, et notamment, les familles monoparentales";
    expect(tagPublics(text)).toEqual(["beneficiaires-des-minimas-sociaux", "familles"]);
    expect(detectPublicGroups(text)).toContain("familles-monoparentales");
    expect(tagPublics("établissements d'accueil du jeune enfant")).toEqual(["familles"]);
  });

  it("understand a référent's words", () => {
    expect(tagPublics("une maman solo réfugiée")).toEqual(["familles", "personnes-exilees"]);
    expect(detectPublicGroups("un jeune majeur sorti de l'ASE, sdf")).toEqual(["sans-abri", "jeunes-ase"]);
  });

  it("do not take a service name or a mixed public for a public", () => {
    // Côtes-d'Armor PDI, action 17, pilot.
    expect(tagPublics("Direction des personnes âgées et personnes handicapées")).toEqual([]);
    // Ille-et-Vilaine CALPAE report, action 8.2.
    expect(tagPublics("Toute personne, femme/homme à partir de 16 ans, résidant sur le territoire Brétilien")).toEqual([
      "tous-publics",
    ]);
    expect(tagPublics("")).toEqual([]);
  });
});
