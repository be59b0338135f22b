import { describe, expect, it } from "vitest";
import { splitEntities } from "../../../knowledge/ingest/entities.js";

describe("splitEntities", () => {
  it("splits a list of names at commas, semicolons and a dash before a name", () => {
    expect(splitEntities(["CAF, MSA ; France Travail"])).toEqual(["CAF", "MSA", "France Travail"]);
    expect(splitEntities(["les trois opérateurs – Armada Production, Elan créateur"])).toContain("Armada Production");
  });

  it("keeps a body and its part together across a dash (« Département – pôles territoriaux »)", () => {
    expect(splitEntities(["Département des Deux-Sèvres – pôles territoriaux des solidarités"])).toEqual(["Département des Deux-Sèvres – pôles territoriaux des solidarités"]);
    // A sentence that goes on after the dash is no part of a name.
    const entries = splitEntities(["Elan créateur et Les Jardins modernes – depuis de nombreuses années"]);
    expect(entries.slice(0, 2)).toEqual(["Elan créateur", "Les Jardins modernes"]);
  });

  it("keeps « et » inside a body's own name, and splits two bodies at it", () => {
    // Partner lists of the plans written for the tests (test/eval/unseen-plan*).
    expect(splitEntities(["Association Point Budget Sèvre et Gâtine, CCAS de Niort"])).toEqual(["Association Point Budget Sèvre et Gâtine", "CCAS de Niort"]);
    expect(splitEntities(["Mission locale Sarthe et Loir ; Mission locale Sarthe Nord"])).toEqual(["Mission locale Sarthe et Loir", "Mission locale Sarthe Nord"]);
    expect(splitEntities(["GEIQ Vignes et Chais du Libournais"])).toEqual(["GEIQ Vignes et Chais du Libournais"]);
    // A plural kind lists bodies; an institution after « et » is a body of its own.
    expect(splitEntities(["associations Emmaüs et Secours populaire"])).toEqual(["associations Emmaüs", "Secours populaire"]);
    // A kind followed by lower-case words is no proper name going on.
    expect(splitEntities(["Maison de l'emploi Sud et Association Solidarité"])).toEqual(["Maison de l'emploi Sud", "Association Solidarité"]);
    expect(splitEntities(["Centre de formation Bretagne et Emmaüs"])).toEqual(["Centre de formation Bretagne", "Emmaüs"]);
    expect(splitEntities(["Mission locale Nord et France Travail"])).toEqual(["Mission locale Nord", "France Travail"]);
    expect(splitEntities(["la CAF et la MSA"])).toEqual(["CAF", "MSA"]);
    expect(splitEntities(["Pôle emploi et Cap emploi"])).toEqual(["Pôle emploi", "Cap emploi"]);
  });

  it("keeps an EPCI's name whole when « et » is part of it", () => {
    // From the plans written for the tests (test/eval/unseen-plan-6 and -7); the names come from the EPCI list.
    expect(splitEntities(["Communauté de communes Vienne et Gartempe, Grand Poitiers"])).toEqual(["Communauté de communes Vienne et Gartempe", "Grand Poitiers"]);
    expect(splitEntities(["Thiers Dore et Montagne ; Conseil départemental"])).toEqual(["Thiers Dore et Montagne", "Conseil départemental"]);
    expect(splitEntities(["Thiers Dore et Montagne Habitat"])).toEqual(["Thiers Dore et Montagne Habitat"]);
    expect(splitEntities(["Grand Poitiers et Vienne Habitat"])).toEqual(["Grand Poitiers", "Vienne Habitat"]);
  });
});

