import MiniSearch, { type AsPlainObject } from "minisearch";
import { describe, expect, it } from "vitest";
import { readCatalogFile } from "../../../knowledge/catalog/shipped-catalog.js";
import { buildMiniSearch } from "../../../knowledge/search/build-mini-search.js";
import { analyzeFrench, normalizeTerm, tokenizeFrench } from "../../../knowledge/search/french.js";

interface Doc {
  id: string;
  title: string;
  who?: string;
  text: string;
  dep: string;
}

const shipped = readCatalogFile();
if (!shipped.ok) throw new Error(shipped.error);
// Twelve real fiches of the four plans, one without a "who" field, as minisearch may meet.
const docs: Doc[] = shipped.catalog.fiches
  .filter((_, i) => i % 8 === 0)
  .map((f, i) => ({ id: f.id, title: f.title, ...(i === 3 ? {} : { who: [...f.pilotes, ...f.partenaires].join(" ; ") }), text: f.text, dep: f.departement.code }));

const options = {
  fields: ["title", "who", "text"],
  storeFields: ["dep"],
  tokenize: (text: string) => tokenizeFrench(text),
  processTerm: (term: string) => normalizeTerm(term),
  searchOptions: { boost: { title: 3 } },
};

/** The index as data, its terms in order (a radix tree lists them in insertion order). */
function asData(js: AsPlainObject): AsPlainObject {
  return { ...js, index: [...js.index].sort(([a], [b]) => (a < b ? -1 : 1)) };
}

describe("buildMiniSearch", () => {
  const plain = new MiniSearch<Doc>(options);
  plain.addAll(docs);
  const built = buildMiniSearch<Doc>(docs, { ...options, alsoCount: (t) => (t.length >= 7 ? `${t.slice(0, 7)}*` : null) });

  it("makes the index minisearch's addAll makes, field lengths and averages included", () => {
    expect(docs.length).toBeGreaterThan(10);
    expect(asData(built.index.toJSON())).toEqual(asData(plain.toJSON()));
  });

  it("gives the same results and scores", () => {
    for (const q of ["insertion professionnelle des jeunes", "mobilité permis de conduire", "accompagnement global France Travail", "garde d'enfants"]) {
      const a = plain.search(q, { prefix: true, fuzzy: 0.2 });
      const b = built.index.search(q, { prefix: true, fuzzy: 0.2 });
      expect(a.length).toBeGreaterThan(0);
      expect(b.map((r) => [r.id, r.score, r.dep])).toEqual(a.map((r) => [r.id, r.score, r.dep]));
    }
  });

  it("counts in how many documents each term, and each key derived from a term, occurs", () => {
    const has = (d: Doc, pred: (t: string) => boolean): boolean => analyzeFrench(`${d.title} ${d.who ?? ""} ${d.text}`).some(pred);
    for (const term of ["insertion", "jeune", "mobilit", "emploi"]) {
      expect(built.documentFrequency.get(term) ?? 0).toBe(docs.filter((d) => has(d, (t) => t === term)).length);
    }
    const prefix = "accompa";
    const expected = docs.filter((d) => has(d, (t) => t.startsWith(prefix))).length;
    expect(expected).toBeGreaterThan(1);
    expect(built.documentFrequency.get(`${prefix}*`)).toBe(expected);
  });

  it("refuses a document without an id, or two with the same", () => {
    expect(() => buildMiniSearch([{ title: "x" }], { ...options, fields: ["title"] })).toThrow(/no "id" field/);
    expect(() => buildMiniSearch([docs[0]!, docs[0]!], options)).toThrow(/two documents have the id/);
  });
});
