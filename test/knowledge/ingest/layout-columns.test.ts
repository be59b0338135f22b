import { describe, expect, it } from "vitest";
import { columnAt, continuesInColumn, spacedSegments } from "../../../knowledge/ingest/layout-columns.js";

describe("columns laid out with spaces", () => {
  it("cuts a line at runs of three spaces or more, with where each piece starts", () => {
    expect(spacedSegments("   Pilote                    Partenaires  associés")).toEqual([
      { start: 3, text: "Pilote" },
      { start: 29, text: "Partenaires  associés" },
    ]);
    expect(spacedSegments("Pilote\tCAF")).toEqual([]);
  });

  it("places a piece in the last column that starts at or before it", () => {
    expect(columnAt([3, 29, 57], 29)).toBe(1);
    expect(columnAt([3, 29, 57], 30)).toBe(1);
    expect(columnAt([3, 29, 57], 56)).toBe(2);
    expect(columnAt([3, 29, 57], 0)).toBe(0);
  });

  it("joins a wrapped name, not the next entry of a list", () => {
    expect(continuesInColumn("SIAO 63 (service intégré", "d'accueil et", false)).toBe(true);
    expect(continuesInColumn("– Direction de", "l'habitat et du", false)).toBe(true);
    expect(continuesInColumn("associations locales", "bailleurs sociaux", false)).toBe(false);
    expect(continuesInColumn("Ophis du Puy-de-Dôme", "Auvergne Habitat", false)).toBe(false);
    // In a column of prose, a line in lower case goes on the sentence.
    expect(continuesInColumn("de 30 ans qui", "reprennent un emploi", true)).toBe(true);
    expect(continuesInColumn("Allocataires du RSA.", "jeunes", true)).toBe(false);
  });
});
