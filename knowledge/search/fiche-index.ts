import MiniSearch, { type SearchResult } from "minisearch";
import type { Catalog, Fiche } from "../model/index.js";
import { fold } from "../text/fold.js";
import type { Concept } from "./concepts.js";
import { normalizeTerm, tokenizeFrench } from "./french.js";
import type { IndexQuery } from "./index-query.js";

export { toIndexQuery, type IndexQuery } from "./index-query.js";

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


/** How a hit covers the query: which terms and concepts it matched, among those that tell fiches apart. */
export interface Coverage {
  /** Terms and concepts of the query that are rare enough in the catalog to tell fiches apart. */
  readonly discriminating: number;
  /** How many of those the fiche matches. */
  readonly matched: number;
  /** Specific concepts (rare in the catalog) the query names, and how many of them the fiche matches. */
  readonly specificConcepts: number;
  readonly matchedConcepts: number;
  /** The same for narrow concepts (a glossary term, a public group, a dispositif), not broad thématiques. */
  readonly narrowConcepts: number;
  readonly matchedNarrow: number;
  /** Share of the narrow concepts' weight (rarer concepts weigh more: inverse document frequency) matched. */
  readonly narrowWeight: number;
  /** Share of the weight of all discriminating terms and concepts matched. */
  readonly weighted: number;
  /** The discriminating terms and concept keys the fiche does not match. */
  readonly missed: readonly string[];
  /** The most specific narrow concept of the question (the rarest in the catalog) is named by no fiche of the
   * départements searched: the plans there do not treat what the question is about. */
  readonly rarestAbsent: boolean;
}

/**
 * Field boosts: a word in the title or a concept (acronym, synonym, dispositif) says more about what a fiche is
 * about than a word in its long text. Chosen by hand and checked with `npm run eval`.
 */
const BOOSTS = { title: 3, concepts: 2.5, publics: 1.5, who: 1.2, summary: 1.5, context: 0.8, text: 1 } as const;
const TEXT_FIELDS = ["title", "publics", "who", "summary", "context", "text"] as const;

interface IndexedDoc {
  id: string;
  title: string;
  concepts: string;
  publics: string;
  who: string;
  summary: string;
  context: string;
  text: string;
  departement: string;
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
    departement: f.departement.code,
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
  private readonly search_: MiniSearch<IndexedDoc>;
  private readonly byId = new Map<string, Fiche>();
  /** In how many fiches each analysed term or concept key occurs. */
  private readonly df = new Map<string, number>();
  /** The concept keys the fiches of each département name. */
  private readonly conceptsByDepartement = new Map<string, Set<string>>();

  constructor(
    readonly catalog: Catalog,
    /** Field boosts; default BOOSTS. Exposed for tuning with the evaluation set. */
    private readonly boosts: Readonly<Record<keyof typeof BOOSTS, number>> = BOOSTS,
  ) {
    this.search_ = new MiniSearch<IndexedDoc>({
      fields: ["title", "concepts", ...TEXT_FIELDS.filter((f) => f !== "title")],
      storeFields: ["departement"],
      tokenize: (text, field) => (field === "concepts" ? text.split(" ").filter(Boolean) : tokenizeFrench(text)),
      // Numbers other than years are not searched (toIndexQuery drops them): not indexed either.
      processTerm: (term, field) => (field === "concepts" ? term : /^\d/.test(term) && !/^(?:19|20)\d\d$/.test(term) ? null : normalizeTerm(term)),
      searchOptions: { boost: { ...boosts } },
    });
    for (const f of catalog.fiches) {
      this.byId.set(f.id, f);
      const keys = this.conceptsByDepartement.get(f.departement.code) ?? new Set<string>();
      for (const k of f.concepts) keys.add(k);
      this.conceptsByDepartement.set(f.departement.code, keys);
    }
    this.search_.addAll(catalog.fiches.map(toDoc));
  }

  /**
   * In how many fiches a term (or a 7-letter prefix of one) or a concept key occurs, asked of the index itself
   * the first time and remembered.
   */
  private documentFrequency(termOrKey: string): number {
    let n = this.df.get(termOrKey);
    if (n === undefined) {
      const concept = /^[gdtp]:/.test(termOrKey);
      const asIs = (t: string): string => t;
      n = this.search_.search(termOrKey, {
        fields: concept ? ["concepts"] : [...TEXT_FIELDS, "concepts"],
        tokenize: (t: string) => [t],
        processTerm: asIs,
        prefix: !concept && termOrKey.length === 7,
        fuzzy: false,
      }).length;
      // Bounded: a bot running for months meets endless new words (typos, names); the counts are cheap to redo.
      if (this.df.size >= 50_000) this.df.clear();
      this.df.set(termOrKey, n);
    }
    return n;
  }

  /** True when a term or concept key occurs in so many fiches that it cannot tell them apart ("rsa"). */
  isCommon(termOrKey: string): boolean {
    return this.documentFrequency(termOrKey) > this.catalog.fiches.length * COMMON_SHARE;
  }

  /** True when a concept, under any of its keys, is too common to tell fiches apart. */
  private isCommonConcept(c: Concept): boolean {
    return [c.key, ...(c.alternatives ?? [])].some((k) => this.isCommon(k));
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
    const concepts = query.concepts.filter((c) => !this.isCommonConcept(c));
    const expansions = [...new Set(concepts.flatMap((c) => c.expansions))].filter((t) => !query.terms.includes(t) && !this.isCommon(t));
    if (query.terms.length + concepts.length === 0) return [];
    // Terms arrive analysed (toIndexQuery): searching must not stem them again.
    const asIs = (t: string): string => t;
    const filter = options.departements && options.departements.length > 0 ? (r: SearchResult) => options.departements!.includes(String(r.departement)) : undefined;
    const fuzzy = (term: string): number | false => (term.length >= 7 ? 0.15 : false);
    const prefix = (term: string): boolean => term.length >= 6;
    const queries = [];
    // Fuzzy only on long terms, and low, so that a near miss cannot outrank an exact match.
    if (query.terms.length) queries.push({ queries: [...query.terms], fields: [...TEXT_FIELDS], combineWith: "OR" as const, processTerm: asIs, fuzzy, prefix, weights: { fuzzy: 0.3, prefix: 0.5 }, boost: { ...this.boosts } });
    // A concept's canonical words weigh less than the words the référent typed.
    // A concept's words together weigh about one word: "caisse primaire d'assurance maladie" spelled out in a fiche
    // is one mention of the CPAM, not four.
    const byConcept = concepts.map((c) => c.expansions.filter((t) => expansions.includes(t))).filter((words) => words.length > 0);
    for (const words of byConcept) {
      const share = 1 / Math.sqrt(words.length);
      queries.push({ queries: words, fields: [...TEXT_FIELDS], combineWith: "OR" as const, processTerm: asIs, boost: { title: 1.5 * share, publics: 0.8 * share, who: 0.6 * share, summary: 0.8 * share, context: 0.4 * share, text: 0.5 * share } });
    }
    if (concepts.length) {
      queries.push({ queries: [...new Set(concepts.flatMap((c) => [c.key, ...(c.alternatives ?? [])]))], fields: ["concepts"], combineWith: "OR" as const, tokenize: (t: string) => [t], processTerm: (t: string) => t, boost: { concepts: this.boosts.concepts } });
    }
    const results = this.search_.search({ combineWith: "OR", queries }, { ...(filter ? { filter } : {}) });
    return results.slice(0, options.limit ?? 10).map((r) => {
      const detail = this.coverage(query, new Set(r.queryTerms), options.departements);
      return { fiche: this.byId.get(String(r.id))!, score: r.score, coverage: detail.weighted, detail };
    });
  }

  /** Which of the query's discriminating terms and concepts a result matched (a concept through its key or words). */
  private coverage(query: IndexQuery, matched: ReadonlySet<string>, departements: readonly string[] = []): Coverage {
    const subsumed = new Set(query.subsumed ?? []);
    const terms = query.terms.filter((t) => !this.isCommon(t) && !subsumed.has(t));
    const concepts = query.concepts.filter((c) => !this.isCommonConcept(c));
    // A concept is matched by its key (the fiche names it), or by all the words of an acronym's expansion
    // ("contrat d'engagement réciproque" for CER); one word of a phrase ("voyage") is not enough.
    const conceptMatched = (c: Concept): boolean => matched.has(c.key) || (c.alternatives ?? []).some((k) => matched.has(k)) || (c.expansions.length >= 2 && c.expansions.every((e) => matched.has(e)));
    const matchedTerms = terms.filter((t) => matched.has(t)).length;
    const matchedConcepts = concepts.filter(conceptMatched).length;
    const narrow = concepts.filter((c) => !c.key.startsWith("t:"));
    const n = this.catalog.fiches.length + 1;
    // A word no fiche uses weighs like a middling one: it may be chat ("galère") or the very subject no fiche has.
    const idf = (key: string): number => {
      const df = this.documentFrequency(key);
      return df === 0 ? Math.log(n) / 2 : Math.log(n / (df + 1));
    };
    const conceptIdf = (c: Concept): number => Math.min(...[c.key, ...(c.alternatives ?? [])].map(idf));
    const total = narrow.reduce((sum, c) => sum + conceptIdf(c), 0);
    const got = narrow.filter(conceptMatched).reduce((sum, c) => sum + conceptIdf(c), 0);
    const allWeight = terms.reduce((sum, t) => sum + idf(t), 0) + concepts.reduce((sum, c) => sum + conceptIdf(c), 0);
    const allGot = terms.filter((t) => matched.has(t)).reduce((sum, t) => sum + idf(t), 0) + concepts.filter(conceptMatched).reduce((sum, c) => sum + conceptIdf(c), 0);
    const searched = departements.length ? departements : [...this.conceptsByDepartement.keys()];
    const named = (c: Concept): boolean => [c.key, ...(c.alternatives ?? [])].some((k) => searched.some((d) => this.conceptsByDepartement.get(d)?.has(k)));
    const rarest = narrow.reduce<Concept | null>((best, c) => (best === null || conceptIdf(c) > conceptIdf(best) ? c : best), null);
    return {
      rarestAbsent: rarest !== null && !named(rarest),
      discriminating: terms.length + concepts.length,
      matched: matchedTerms + matchedConcepts,
      specificConcepts: concepts.length,
      matchedConcepts,
      narrowConcepts: narrow.length,
      matchedNarrow: narrow.filter(conceptMatched).length,
      narrowWeight: total > 0 ? got / total : 1,
      weighted: allWeight > 0 ? allGot / allWeight : 0,
      missed: [...terms.filter((t) => !matched.has(t)), ...concepts.filter((c) => !conceptMatched(c)).map((c) => c.key)],
    };
  }
}
