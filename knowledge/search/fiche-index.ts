import { buildMiniSearch } from "./build-mini-search.js";
import type { TermGroup, TermQuery } from "./term-query.js";
import type { Catalog, Fiche } from "../model/index.js";
import { fold } from "../text/fold.js";
import { normalizeTerm, tokenizeFrench } from "./french.js";
import { coverageOf, isCommonConcept, weighQuery, type CatalogStats, type Coverage } from "./coverage.js";
import type { IndexQuery } from "./index-query.js";

export { toIndexQuery, type IndexQuery } from "./index-query.js";
export type { Coverage } from "./coverage.js";

/** A fiche found by a search, with its score and how much of the query it covers. */
export interface FicheHit {
  readonly fiche: Fiche;
  /** minisearch's BM25 score (field boosts included). */
  readonly score: number;
  /** Share of the query's discriminating terms and concepts that this fiche matches, each weighted by its
   * rarity in the catalog (0 to 1). */
  readonly coverage: number;
  readonly detail: Coverage;
}

/** Options of FicheIndex.search. */
export interface SearchOptions {
  /** Only fiches of these départements (codes). Default: all. */
  readonly departements?: readonly string[];
  /** At most this many hits. Default 10. */
  readonly limit?: number;
}

/**
 * Field boosts: a word in the title or a concept (acronym, synonym, dispositif) says more about what a fiche is
 * about than a word in its long text. Chosen by hand and checked with `npm run eval`.
 */
const BOOSTS = { title: 3, concepts: 2.5, publics: 1.5, who: 1.2, summary: 1.5, context: 0.8, text: 1 } as const;
const TEXT_FIELDS = ["title", "publics", "who", "summary", "context", "text"] as const;

/** Fuzzy matching (a share of the term's length) for terms of 7 letters or more, low so that a near miss cannot
 * outrank an exact match. */
const FUZZY = (term: string): number | false => (term.length >= 7 ? 0.15 : false);
/** A term of 6 letters or more also matches the longer words it begins. */
const PREFIX = (term: string): boolean => term.length >= 6;
/** Prefix and fuzzy matches weigh less than exact ones. */
const WEIGHTS = { fuzzy: 0.3, prefix: 0.5 } as const;

interface IndexedDoc {
  id: string;
  title: string;
  concepts: string;
  publics: string;
  who: string;
  summary: string;
  context: string;
  text: string;
}

/** The text of a fiche the index reads: labels of the plan's layout are dropped, they are in every fiche. */
function toDoc(f: Fiche): IndexedDoc {
  const who = [...f.pilotes, ...f.partenaires].join(" ; ");
  const publics = [...f.publics, ...f.publicsTags.map((t) => t.replace(/-/g, " "))].join(" ; ");
  return {
    id: f.id,
    title: f.title,
    concepts: f.concepts.join(" "),
    publics,
    who,
    summary: f.summary ?? "",
    context: [f.axe ?? "", f.objectif ?? "", ...f.thematiques.map((t) => t.replace(/-/g, " "))].join(" ; "),
    text: f.empty ? "" : f.text,
  };
}

/** A term or concept found in more than this share of the fiches says nothing about which one is meant. */
const COMMON_SHARE = 0.3;

/**
 * The search index over a catalog's fiches, rebuilt in memory at every start from the validated catalog (so no
 * saved index can drift from the data). Full text with French analysis and concept expansion, filters by
 * département, and lookup by number.
 */
export class FicheIndex {
  private readonly query: TermQuery;
  /** Each fiche's département, by its place in the catalog (the index's short id). */
  private readonly departementOf: readonly string[];
  /** The boosts of the text fields, in the order they are scored. */
  private readonly textBoosts: Readonly<Record<string, number>>;
  /** In how many fiches each analysed term or concept key occurs; "abcdefg*": how many have a word beginning so. */
  private readonly df: ReadonlyMap<string, number>;
  private readonly byId = new Map<string, Fiche>();
  /** The concept keys the fiches of each département name. */
  private readonly conceptsByDepartement = new Map<string, Set<string>>();
  /** What coverage needs of this index: its size, document frequencies, and which départements name a concept. */
  private readonly stats: CatalogStats;

  constructor(
    readonly catalog: Catalog,
    /** Field boosts; default BOOSTS. Exposed for tuning with the evaluation set. */
    private readonly boosts: Readonly<Record<keyof typeof BOOSTS, number>> = BOOSTS,
  ) {
    const built = buildMiniSearch<IndexedDoc>(catalog.fiches.map(toDoc), {
      fields: ["title", "concepts", ...TEXT_FIELDS.filter((f) => f !== "title")],
      tokenize: (text, field) => (field === "concepts" ? text.split(" ").filter(Boolean) : tokenizeFrench(text)),
      // Numbers other than years are not searched (toIndexQuery drops them): not indexed either.
      processTerm: (term, field) => (field === "concepts" ? term : /^\d/.test(term) && !/^(?:19|20)\d\d$/.test(term) ? null : normalizeTerm(term)),
      // Searched by prefix, a 7-letter term stands for every word it begins ("orienta" for "orientation").
      alsoCount: (term) => (term.length >= 7 && !term.includes(":") ? `${term.slice(0, 7)}*` : null),
    });
    this.query = built.query;
    this.departementOf = catalog.fiches.map((f) => f.departement.code);
    this.textBoosts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, boosts[f]]));
    this.df = built.documentFrequency;
    for (const f of catalog.fiches) {
      this.byId.set(f.id, f);
      const keys = this.conceptsByDepartement.get(f.departement.code) ?? new Set<string>();
      for (const k of f.concepts) keys.add(k);
      this.conceptsByDepartement.set(f.departement.code, keys);
    }
    this.stats = {
      fiches: catalog.fiches.length,
      documentFrequency: (key) => this.documentFrequency(key),
      isCommon: (key) => this.isCommon(key),
      isNamedIn: (key, departements) => (departements.length ? departements : [...this.conceptsByDepartement.keys()]).some((d) => this.conceptsByDepartement.get(d)?.has(key)),
    };
  }

  /** In how many fiches a term (a 7-letter one as a prefix of longer words too) or a concept key occurs. */
  private documentFrequency(termOrKey: string): number {
    return this.df.get(termOrKey.length === 7 && !termOrKey.includes(":") ? `${termOrKey}*` : termOrKey) ?? 0;
  }

  /** True when a term or concept key occurs in so many fiches that it cannot tell them apart ("rsa"). */
  isCommon(termOrKey: string): boolean {
    return this.documentFrequency(termOrKey) > this.catalog.fiches.length * COMMON_SHARE;
  }


  /** A fiche by id, or null. */
  get(id: string): Fiche | null {
    return this.byId.get(id) ?? null;
  }

  /** Fiches numbered so in the given départements ("5.4" also finds "5-4"; "8.4" finds "8.4 (tableau)" last). */
  byNumber(number: string, departements?: readonly string[]): Fiche[] {
    const want = fold(number).replace(/[-.]/g, ".").replace(/\s+/g, "");
    return this.catalog.fiches
      .filter((f) => !departements || departements.length === 0 || departements.includes(f.departement.code))
      .filter((f) => {
        const n = fold(f.number).replace(/[-.]/g, ".").replace(/\s+/g, "");
        return n === want || n.startsWith(`${want}(`);
      })
      .sort((a, b) => a.number.length - b.number.length);
  }

  /** Full-text search. An empty query or no match gives []. */
  search(query: IndexQuery, options: SearchOptions = {}): FicheHit[] {
    // A concept most fiches name ("rSa", "allocataires") would rank fiches by how often they say it: left out.
    const concepts = query.concepts.filter((c) => !isCommonConcept(c, this));
    const expansions = [...new Set(concepts.flatMap((c) => c.expansions))].filter((t) => !query.terms.includes(t) && !this.isCommon(t));
    if (query.terms.length + concepts.length === 0) return [];
    // The départements searched are applied as a document boost of 0, checked before a fiche is scored (a filter
    // on the finished results would score them all): at 5,000 fiches most of them are skipped at once.
    const within = options.departements && options.departements.length > 0 ? new Set(options.departements) : null;
    const docBoost = within ? (shortId: number): number => (within.has(this.departementOf[shortId]!) ? 1 : 0) : undefined;
    // Terms arrive analysed (toIndexQuery) and are looked up as they are.
    const groups: TermGroup[] = [];
    // Fuzzy even for words the plans use: it also meets the forms the light stemmer leaves apart ("nouveaux" and
    // "nouveau", "connaissent" and "connaissance").
    if (query.terms.length) groups.push({ terms: query.terms, boosts: this.textBoosts, fuzzy: FUZZY, prefix: PREFIX, weights: WEIGHTS });
    // A concept's canonical words weigh less than the words the référent typed, and together about one word:
    // "caisse primaire d'assurance maladie" spelled out in a fiche is one mention of the CPAM, not four.
    const byConcept = concepts.map((c) => c.expansions.filter((t) => expansions.includes(t))).filter((words) => words.length > 0);
    for (const words of byConcept) {
      const share = 1 / Math.sqrt(words.length);
      groups.push({ terms: words, boosts: { title: 1.5 * share, publics: 0.8 * share, who: 0.6 * share, summary: 0.8 * share, context: 0.4 * share, text: 0.5 * share } });
    }
    if (concepts.length) groups.push({ terms: [...new Set(concepts.flatMap((c) => [c.key, ...(c.alternatives ?? [])]))], boosts: { concepts: this.boosts.concepts } });
    const results = this.query(groups, { docBoost, limit: options.limit ?? 10 });
    // The query's weights once, each hit's matches after.
    const weighed = weighQuery(query, this.stats, options.departements);
    return results.map((r) => {
      const detail = coverageOf(weighed, new Set(r.queryTerms));
      return { fiche: this.byId.get(String(r.id))!, score: r.score, coverage: detail.weighted, detail };
    });
  }
}
