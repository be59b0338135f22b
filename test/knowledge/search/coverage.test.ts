import { describe, expect, it } from "vitest";
import { coverageOf, weighQuery, type CatalogStats } from "../../../knowledge/search/coverage.js";

// A catalog of 99 fiches: "rsa" is in 80 of them, "permis" in 3, the concept "g:mobilite" in 9, named in the 22 only.
const df: Record<string, number> = { rsa: 80, permis: 3, "g:mobilite": 9, mobilit: 20 };
const stats: CatalogStats = {
  fiches: 99,
  documentFrequency: (k) => df[k] ?? 0,
  isCommon: (k) => (df[k] ?? 0) > 99 * 0.3,
  isNamedIn: (k, departements) => k === "g:mobilite" && (departements.length === 0 || departements.includes("22")),
};
const query = { terms: ["rsa", "permis", "galere"], concepts: [{ key: "g:mobilite", expansions: ["mobilit"] }] };

describe("weighQuery and coverageOf", () => {
  it("leaves common terms out and weighs the rest by rarity, a word no fiche uses as a middling one", () => {
    const weighed = weighQuery(query, stats);
    expect(weighed.terms.map((t) => t.term)).toEqual(["permis", "galere"]);
    expect(weighed.terms[0]!.idf).toBeCloseTo(Math.log(100 / 4));
    expect(weighed.terms[1]!.idf).toBeCloseTo(Math.log(100) / 2);
    expect(weighed.rarestAbsent).toBe(false);
    expect(weighQuery(query, stats, ["35"]).rarestAbsent).toBe(true);
  });

  it("counts what a hit matched, a concept through its key, and lists what it missed", () => {
    const weighed = weighQuery(query, stats);
    const full = coverageOf(weighed, new Set(["permis", "galere", "g:mobilite"]));
    expect(full).toMatchObject({ discriminating: 3, matched: 3, narrowWeight: 1, weighted: 1, missed: [] });
    const part = coverageOf(weighed, new Set(["permis", "mobilit"]));
    expect(part).toMatchObject({ matched: 1, matchedConcepts: 0, narrowWeight: 0, missed: ["galere", "g:mobilite"] });
    expect(part.weighted).toBeGreaterThan(0);
    expect(part.weighted).toBeLessThan(1);
  });

  it("lets a fiche that matches a word rarer than the absent concept answer the question after all", () => {
    // In the 35, no fiche names the concept; "permis" (3 fiches) is rarer than it (9 fiches), "galere" is no word of
    // the catalog and proves nothing.
    const weighed = weighQuery(query, stats, ["35"]);
    expect(weighed.rarestAbsent).toBe(true);
    expect(coverageOf(weighed, new Set(["permis"])).rarestAbsent).toBe(false);
    expect(coverageOf(weighed, new Set(["rsa"])).rarestAbsent).toBe(true);
  });

  it("lets a fiche that treats another narrow subject of the question, nearly as rare, answer it", () => {
    // « un ado de l'ASE, déscolarisé » where no fiche names the décrochage: the fiche on the ASE's young people
    // answers; the same subject under another key (the public group) does not count as another subject.
    const dfs: Record<string, number> = { "g:decrochage": 2, "g:ase": 3, "p:decrochage": 2, "g:emploi": 25 };
    const named = new Set(["g:ase", "g:emploi", "p:decrochage"]);
    const catalog: CatalogStats = { fiches: 99, documentFrequency: (k) => dfs[k] ?? 0, isCommon: () => false, isNamedIn: (k) => named.has(k) };
    const concept = (key: string) => ({ key, expansions: [] });
    const weighed = weighQuery({ terms: [], concepts: [concept("g:ase"), concept("g:decrochage"), concept("g:emploi"), concept("p:decrochage")] }, catalog);
    expect(weighed.rarestAbsent).toBe(true);
    expect(coverageOf(weighed, new Set(["g:ase"])).rarestAbsent).toBe(false);
    // A broad subject (in 25 fiches) is no subject of its own beside the absent one.
    expect(coverageOf(weighed, new Set(["g:emploi"])).rarestAbsent).toBe(true);
    expect(coverageOf(weighed, new Set(["p:decrochage"])).rarestAbsent).toBe(true);
  });
});
