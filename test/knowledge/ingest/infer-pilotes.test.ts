import { describe, expect, it } from "vitest";
import { inferPilotes } from "../../../knowledge/ingest/infer-pilotes.js";

// An execution report has no pilote field: who runs the action is read from its text.
describe("inferPilotes", () => {
  it("reads « porté par » and the operators an execution report pays, a list wrapped over lines", () => {
    expect(inferPilotes("L'action est portée par la Mission Locale du Pays de Redon.")).toEqual(["Mission Locale du Pays de Redon"]);
    // From the CALPAE report of Ille-et-Vilaine, fiche 7.1 (l. 1602–1603).
    const text = [
      "Dont part Etat : 256 218€ au titre des participations versées aux associations : Pass Emploi (pays de St Malo) 68 000€ ; Eureka emplois services (pays de Brocéliande) 22 500€ ; Mission Locale du Pays de",
      "Fougères 68 980€ ; Association TREMPLIN (Pays de Vitré La Roche aux Fées) 45 000€ ; WE KER( bassin d'emploi de Rennes) 51 738€.",
      "Dont part Département : 256 218 € au titre du fonds d'aide aux jeunes mobilité",
    ].join("\n");
    expect(inferPilotes(text)).toEqual(["Pass Emploi", "Eureka emplois services", "Mission Locale du Pays de Fougères", "Association TREMPLIN", "WE KER"]);
  });
});
