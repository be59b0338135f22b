import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPlan } from "../../../knowledge/ingest/read-plan.js";

// Two small plans written for this test, in layouts the shipped plans do not use: the reader must find the fiches
// of a plan it has never seen from the text alone (markdown headings with bold labels; "FICHE N°1 - TITLE" with
// label-tab-value rows).
const fixtures = join(import.meta.dirname, "../../fixtures");
const read = (file: string) => {
  const r = readPlan(readFileSync(join(fixtures, file), "utf8"), { file });
  if (!r.ok) throw new Error(r.error);
  return r.fiches;
};

describe("layouts of plans not in the catalog", () => {
  it("reads markdown fiches with bold labels, under their axes", () => {
    const fiches = read("synthetic-markdown-plan.txt");
    expect(fiches.map((f) => [f.number, f.title])).toEqual([
      ["1", "Développer la mobilité des personnes en insertion"],
      ["2", "Faciliter la garde d'enfants des parents isolés"],
      ["3", "Renforcer la clause sociale dans les marchés publics"],
    ]);
    expect(fiches[0]).toMatchObject({
      pilotes: ["Conseil départemental", "direction de l'insertion"],
      partenaires: ["Plateforme mobilité Wimoov", "Région", "Communautés de communes"],
      publics: ["Allocataires du RSA sans moyen de locomotion"],
      calendrier: "2024-2026",
      budget: "120 000 € par an",
      axe: "Axe 1 : Lever les freins périphériques",
    });
    expect(fiches[2]!.axe).toBe("Axe 2 : Favoriser le retour à l'emploi");
  });

  it("reads three-level numbers (« ## Action 1.1.2 : Title ») with inline labels", () => {
    const text = [
      "PLAN 2024-2028",
      "",
      "## Action 1.1.1 : Orienter les nouveaux entrants",
      "",
      "Pilote : Département",
      "Partenaires : CAF, France Travail",
      "Public : Nouveaux allocataires",
      "",
      "## Action 1.1.2 : Accompagner les jeunes",
      "",
      "Pilote : Missions locales",
      "Partenaires : Département",
      "Public : Jeunes de moins de 26 ans",
    ].join("\n");
    const r = readPlan(text, { file: "inline" });
    if (!r.ok) throw new Error(r.error);
    expect(r.fiches.map((f) => [f.number, f.title, f.pilotes, f.partenaires])).toEqual([
      ["1.1.1", "Orienter les nouveaux entrants", ["Département"], ["CAF", "France Travail"]],
      ["1.1.2", "Accompagner les jeunes", ["Missions locales"], ["Département"]],
    ]);
  });

  it("reads « FICHE N°1 - TITLE » with label-tab-value rows, titles in sentence case", () => {
    const fiches = read("synthetic-tab-plan.txt");
    expect(fiches.map((f) => [f.number, f.title, f.pilotes, f.calendrier])).toEqual([
      ["1", "Accompagner les jeunes vers l'emploi", ["Mission locale"], "2022-2024"],
      ["2", "Soutenir les travailleurs indépendants", ["Chambre de métiers et de l'artisanat"], "2023"],
    ]);
    expect(fiches[0]!.partenaires).toEqual(["France Travail", "Département", "CCAS"]);
    expect(fiches[0]!.budget).toBe("50 000 €");
  });
});
