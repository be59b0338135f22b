import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPlan, type FicheReading } from "../../../knowledge/ingest/read-plan.js";

const sources = join(import.meta.dirname, "../../../knowledge/sources");
const fixtures = join(import.meta.dirname, "../../fixtures");

function read(file: string, dir = sources): FicheReading[] {
  const result = readPlan(readFileSync(join(dir, file), "utf8"), { file });
  if (!result.ok) throw new Error(result.error);
  return result.fiches;
}
const byNumber = (fiches: FicheReading[], n: string): FicheReading => {
  const f = fiches.find((x) => x.number === n);
  if (!f) throw new Error(`no fiche ${n}`);
  return f;
};

describe("readPlan on an excerpt (label/value blocks, a flattened two-column table)", () => {
  const fiches = read("pdi-22-fiches-1-2.txt", fixtures);
  it("finds both fiches, the second one announced only", () => {
    expect(fiches.map((f) => [f.number, f.empty])).toEqual([["1", false], ["2", true]]);
  });
  it("reads fiche 1's fields and leaves the tag line out of the title", () => {
    const f = byNumber(fiches, "1");
    expect(f.title).toBe("Garantir aux nouveaux entrants dans le dispositif insertion, une orientation dans les 15 jours");
    expect(f.pilotes[0]).toMatch(/^Conseil départemental 22 : Direction du développement social/);
    expect(f.partenaires).toContain("Pôle Emploi pour l'amélioration de la réception des flux");
    expect(f.publics).toEqual(["Les nouveaux entrants dans le dispositif rSA"]);
    expect(f.calendrier).toBe("2023 à 2027");
    expect(f.axe).toMatch(/^Axe 1 : Dynamiser les parcours/);
    expect(f.objectif).toMatch(/^1-1 Améliorer les délais/);
  });
  it("takes the phasage out of a table cell and does not read labels as values", () => {
    const f = byNumber(fiches, "2");
    expect(f.calendrier).toBe("2024 et 2027");
    expect(f.pilotes).toEqual([]);
    expect(f.summary).toBeNull();
  });
});

describe("readPlan on an excerpt whose bodies carry no number (matched to the list by title)", () => {
  const fiches = read("pti-64-sommaire.txt", fixtures);
  it("numbers the three bodies from the list and restores the cut titles", () => {
    expect(fiches.map((f) => f.number)).toEqual(["1", "2", "3"]);
    expect(byNumber(fiches, "1").title).toBe(
      "Définir une procédure opérationnelle entre la CAF et le Département pour l'ouverture des droits au rSa et l'orientation",
    );
    expect(byNumber(fiches, "2").pilotes).toEqual(["CAF", "Département"]);
  });
});

describe("Côtes-d'Armor PDI (22)", () => {
  const fiches = read("000_302c82a9f0115015.txt");
  it("has 36 fiches, 20 of them announced only", () => {
    expect(fiches).toHaveLength(36);
    expect(fiches.filter((f) => f.empty)).toHaveLength(20);
  });
  it("reads the markers glued into a markdown header line (fiches 15 and 17)", () => {
    expect(byNumber(fiches, "15").lineStart).toBe(599);
    expect(byNumber(fiches, "17").pilotes.join(" ")).toMatch(/CLPS/);
  });
  it("trusts the objectif number over a wrong axe header (fiche 14)", () => {
    expect(byNumber(fiches, "14").axe).toMatch(/^Axe 1 /);
  });
  it("capitalises a title printed on the marker line in lower case (fiche 30)", () => {
    expect(byNumber(fiches, "30").title).toMatch(/^Organiser annuellement une conférence des financeurs/);
  });
  it("splits several pilotes on one bullet but keeps a full name with commas whole (fiche 16)", () => {
    expect(byNumber(fiches, "16").pilotes).toContain("Direction départementale de l'emploi, du travail et des solidarités (DDETS)");
  });
  it("ends each fiche before the next page header", () => {
    expect([byNumber(fiches, "1").lineEnd, byNumber(fiches, "36").lineEnd]).toEqual([123, 1438]);
  });
});

describe("Pyrénées-Atlantiques PTI (64)", () => {
  const fiches = read("001_ed31cdd4f23aad27.txt");
  it("has 17 fiches, all written", () => {
    expect(fiches.map((f) => f.number)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(fiches.every((f) => !f.empty)).toBe(true);
  });
  it("files fiches under the axe of the sommaire, not the nearest heading", () => {
    expect(byNumber(fiches, "1").axe).toMatch(/^Axe 1 /);
    expect(byNumber(fiches, "9").axe).toMatch(/^Axe 3 /);
  });
  it("reads pilotes printed side by side in the actions table", () => {
    expect(byNumber(fiches, "8").pilotes).toEqual(["Département", "Région", "Pôle Emploi"]);
    expect(byNumber(fiches, "10").pilotes).toContain("Pôle Emploi");
  });
  it("starts fiche 17 at its body, not at the list line above it", () => {
    expect(byNumber(fiches, "17").lineStart).toBe(1107);
    expect(byNumber(fiches, "17").lineEnd).toBe(1136);
  });
});

describe("Drôme PDIE (26), OCR'd with a sidebar", () => {
  const fiches = read("003_5f25dcd47cc81775.txt");
  it("has 20 fiches with the summary's titles", () => {
    expect(fiches).toHaveLength(20);
    expect(byNumber(fiches, "2").title).toBe("Renforcer les actions collectives de proximité et de dynamisation de parcours");
  });
  it("maps fiches 18-20 to axe 5 although their banners print 'Axe n°9'", () => {
    expect(byNumber(fiches, "19").axe).toMatch(/^Axe 5 /);
  });
  it("reads sidebar values spliced into the main column", () => {
    expect(byNumber(fiches, "1").pilotes).toEqual(["Conseil départemental"]);
    expect(byNumber(fiches, "2").pilotes).toEqual(["Conseil départemental", "Pôles insertion"]);
    expect(byNumber(fiches, "6").partenaires).toEqual(["Pôle emploi", "MSA", "CAF"]);
  });
  it("does not cut fiche 17 at its mid-page banner", () => {
    expect(byNumber(fiches, "17").lineEnd).toBeGreaterThan(1570);
  });
});

describe("Ille-et-Vilaine CALPAE report (35)", () => {
  const fiches = read("004_e48324a6600f42d7.txt");
  it("has 25 actions: 24 bodies and the table's 8.4 that has none", () => {
    expect(fiches).toHaveLength(25);
    expect(byNumber(fiches, "8.4 (tableau)").empty).toBe(true);
    expect(byNumber(fiches, "8.4").title).toBe("Création d'un centre de santé mentale");
  });
  it("numbers fiches the way the plan mostly does and names the un-numbered one", () => {
    expect(byNumber(fiches, "1.1").lineStart).toBe(162);
    expect(byNumber(fiches, "ASE").lineStart).toBe(130);
  });
  it("keeps the steps 'Action 1 : Le repérage' inside fiche 8.3", () => {
    expect(byNumber(fiches, "8.3").lineEnd).toBe(2033);
  });
  it("reads budgets and infers the operator as pilote", () => {
    expect(byNumber(fiches, "5.4").budget).toMatch(/€/);
    expect(byNumber(fiches, "5.4").pilotes).toContain("Emmaüs Pays de Rennes");
    expect(byNumber(fiches, "5.7").pilotes[0]).toMatch(/we ker/i);
  });
});
