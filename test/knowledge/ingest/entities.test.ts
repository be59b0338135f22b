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
});
