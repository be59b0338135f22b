import type { Query, SearchOptions } from "minisearch";
import { describe, expect, it } from "vitest";
import { readCatalogFile } from "../../../knowledge/catalog/shipped-catalog.js";
import { buildMiniSearch } from "../../../knowledge/search/build-mini-search.js";
import { analyzeFrench, normalizeTerm, tokenizeFrench } from "../../../knowledge/search/french.js";
import type { TermGroup, TermMatch } from "../../../knowledge/search/term-query.js";

interface Doc {
  id: string;
  title: string;
  who: string;
  text: string;
  dep: string;
}

const shipped = readCatalogFile();
if (!shipped.ok) throw new Error(shipped.error);
// Every fiche of the four plans: scores depend on the whole index (document frequencies, average lengths).
const docs: Doc[] = shipped.catalog.fiches.map((f) => ({ id: f.id, title: f.title, who: [...f.pilotes, ...f.partenaires].join(" ; "), text: f.text, dep: f.departement.code }));
const built = buildMiniSearch<Doc>(docs, {
  fields: ["title", "who", "text"],
  storeFields: ["dep"],
  tokenize: (text) => tokenizeFrench(text),
  processTerm: (term) => normalizeTerm(term),
});

const fuzzy = (t: string): number | false => (t.length >= 7 ? 0.15 : false);
const prefix = (t: string): boolean => t.length >= 6;

/** Groups as the fiche index makes them: the question's words (fuzzy, prefix), then words of a concept. */
function groupsOf(question: string, concept: string): TermGroup[] {
  return [
    { terms: analyzeFrench(question), boosts: { title: 3, who: 1.2, text: 1 }, fuzzy, prefix, weights: { fuzzy: 0.3, prefix: 0.5 } },
    { terms: analyzeFrench(concept), boosts: { title: 0.8, text: 0.4 } },
  ];
}

/** The same groups run by minisearch's own search. */
function minisearchOf(groups: readonly TermGroup[], departement?: string): TermMatch[] {
  const spaced = (text: string): string[] => text.split(" ");
  const asIs = (t: string): string => t;
  const queries: Query[] = groups.map((g) => ({
    queries: [g.terms.join(" ")],
    fields: Object.keys(g.boosts),
    boost: { ...g.boosts },
    combineWith: "OR",
    tokenize: spaced,
    processTerm: asIs,
    ...(g.fuzzy ? { fuzzy: g.fuzzy } : {}),
    ...(g.prefix ? { prefix: g.prefix } : {}),
    ...(g.weights ? { weights: { ...g.weights } } : {}),
  }));
  const options: SearchOptions = departement ? { boostDocument: (_id, _t, stored) => (stored?.["dep"] === departement ? 1 : 0) } : {};
  return built.index.search({ combineWith: "OR", queries }, options).map((r) => ({ id: r.id as unknown, score: r.score, queryTerms: r.queryTerms }));
}

const comparable = (matches: readonly TermMatch[]): Array<[unknown, number, string[]]> => matches.map((m) => [m.id, m.score, [...m.queryTerms].sort()]);

const QUESTIONS: Array<[string, string]> = [
  ["qui pilote l'accompagnement des jeunes vers l'emploi ?", "mission locale"],
  ["mobilité permis de conduire location de véhicule", "plateforme mobilité"],
  ["garde d'enfants pour les familles monoparentales", "mode d'accueil petite enfance"],
  ["créateurs d'entreprise travailleurs indépendants au rsa", "création d'activité"],
  ["accompagnemnt globl france travail", "accompagnement global"],
];

describe("termQuery", () => {
  it("scores as minisearch's search: same documents, same order, same scores to the last bit", () => {
    for (const [question, concept] of QUESTIONS) {
      const groups = groupsOf(question, concept);
      const expected = minisearchOf(groups);
      expect(expected.length).toBeGreaterThan(5);
      expect(comparable(built.query(groups))).toEqual(comparable(expected));
    }
  });

  it("leaves out the documents a boost of 0 leaves out, before scoring them", () => {
    const groups = groupsOf(...QUESTIONS[0]!);
    const inOne = built.query(groups, { docBoost: (shortId) => (docs[shortId]!.dep === "22" ? 1 : 0) });
    expect(inOne.length).toBeGreaterThan(0);
    expect(inOne.every((m) => docs.find((d) => d.id === m.id)!.dep === "22")).toBe(true);
    expect(comparable(inOne)).toEqual(comparable(minisearchOf(groups, "22")));
  });

  it("gives the best matches first when limited, as the whole list would", () => {
    for (const [question, concept] of QUESTIONS) {
      const groups = groupsOf(question, concept);
      expect(comparable(built.query(groups, { limit: 4 }))).toEqual(comparable(built.query(groups)).slice(0, 4));
    }
  });

  it("counts each query term once per document, past 32 distinct terms too", () => {
    // A question as long as a page of a fiche: the first 300 words of the longest one.
    const longest = docs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const long = longest.text.split(/\s+/).slice(0, 300).join(" ");
    const groups: TermGroup[] = [{ terms: analyzeFrench(long), boosts: { title: 2, text: 1 }, prefix }];
    expect(new Set(groups[0]!.terms).size).toBeGreaterThan(32);
    expect(comparable(built.query(groups))).toEqual(comparable(minisearchOf(groups)));
  });

  it("keeps nothing of one query in the next", () => {
    const first = groupsOf(...QUESTIONS[1]!);
    const before = comparable(built.query(first));
    built.query(groupsOf(...QUESTIONS[3]!), { limit: 2 });
    built.query([{ terms: ["zzzz"], boosts: { text: 1 } }]);
    expect(comparable(built.query(first))).toEqual(before);
    expect(built.query([])).toEqual([]);
  });
});
