import { MatchedTerms, Scores } from "./match-tally.js";
import { Expansions } from "./term-expansions.js";

/** The postings of one term: field id → (document short id → term frequency), as minisearch stores them. */
export type TermPostings = ReadonlyMap<number, ReadonlyMap<number, number>>;

/** What a term query uses of minisearch's radix tree of terms (its SearchableMap). */
export interface TermTree {
  get(term: string): TermPostings | undefined;
  /** The terms beginning with a prefix (the prefix itself included), with their postings. */
  atPrefix(prefix: string): Iterable<[string, TermPostings]>;
  /** The terms within an edit distance, with their postings and distance. */
  fuzzyGet(term: string, maxDistance: number): Map<string, [TermPostings, number]>;
}

/**
 * What a term query reads of a built minisearch index: its radix tree of terms, field ids and lengths, and its
 * scoring parameters. Made once per index by `buildMiniSearch`.
 */
export interface IndexView {
  /** minisearch's radix tree: exact, prefix and fuzzy lookups of terms. */
  readonly terms: TermTree;
  readonly fieldIds: Readonly<Record<string, number>>;
  /** Per field id, each document's field length (distinct tokens), by short id. */
  readonly fieldLengths: readonly Float64Array[];
  readonly averageFieldLengths: readonly number[];
  readonly documentCount: number;
  /** The document ids, by short id. */
  readonly ids: readonly unknown[];
  /** minisearch's BM25 parameters, maximum fuzzy distance and prefix / fuzzy weights (its defaults unless the index
   * was built with others). */
  readonly bm25: { readonly k: number; readonly b: number; readonly d: number };
  readonly maxFuzzy: number;
  readonly weights: { readonly fuzzy: number; readonly prefix: number };
}

/** A group of analysed terms searched in some fields, as one minisearch sub-query (groups are combined with OR). */
export interface TermGroup {
  /** The terms, already analysed: looked up as they are. */
  readonly terms: readonly string[];
  /** The fields searched and their boosts (a boost of 0 counts as 1, as in minisearch). */
  readonly boosts: Readonly<Record<string, number>>;
  /** Fuzzy distance for a term (a share of its length below 1, else a number of edits), or false. Default false. */
  readonly fuzzy?: (term: string) => number | false;
  /** Whether a term also matches the longer words it begins. Default false. */
  readonly prefix?: (term: string) => boolean;
  /** Weights of prefix and fuzzy matches. Default: the index's (minisearch's 0.375 and 0.45 unless set). */
  readonly weights?: { readonly fuzzy: number; readonly prefix: number };
}

/** A document a term query matched: minisearch's score (BM25 times the number of query terms matched). */
export interface TermMatch {
  readonly id: unknown;
  readonly score: number;
  /** The query terms it matched, each once, in the query's order. */
  readonly queryTerms: readonly string[];
}

/** Options of a term query. */
export interface TermQueryOptions {
  /** Multiplies a document's score, by short id; 0 leaves it out before it is scored (as minisearch's
   * boostDocument). Default: every document counts fully. */
  readonly docBoost?: ((shortId: number) => number) | undefined;
  /** At most this many matches, the best ones. Default: all. */
  readonly limit?: number | undefined;
}

/** Runs term groups over the index: the documents matched, best first. */
export type TermQuery = (groups: readonly TermGroup[], options?: TermQueryOptions) => TermMatch[];

/**
 * Makes the term query of an index: it scores documents as minisearch's `search` does for the same groups given
 * as an OR of sub-queries (same scores to the last bit, same order; a test compares both).
 *
 * Why not `search` itself: it merges its option objects at every term with object spreads that add keys, and V8
 * then makes a new hidden class per merge; those outlive young collections, and at a question every few
 * milliseconds they were most of what each young collection copied and promoted (2 MB, pauses of several
 * milliseconds: the tail of the question latency). The lookups and the BM25 formula are minisearch's; the
 * bookkeeping allocates little: score arrays made once per index and reused (a query runs to its end before the
 * next one starts), the matched terms as bits, objects for the best matches only, and each term's prefix and fuzzy
 * expansions looked up once.
 */
export function termQuery(view: IndexView): TermQuery {
  const n = view.documentCount;
  // minisearch adds each term's score of a document to its group's, then each group's to the query's; the same
  // additions in the same order give the same floating-point sums.
  const total = new Scores(n);
  const group = new Scores(n);
  const term = new Scores(n);
  const terms = new MatchedTerms(n);
  const expansions = new Expansions(view.terms);
  return (groups, options = {}) => {
    // Clean even after a query that threw halfway (every document met is in one of the three).
    for (const scores of [term, group, total]) {
      terms.clear(scores.order);
      scores.reset();
    }
    terms.reset(groups);
    for (const g of groups) {
      group.reset();
      const fields = Object.keys(g.boosts);
      const weights = g.weights ?? view.weights;
      for (const t of g.terms) {
        term.reset();
        scoreTerm(view, expansions, t, g, fields, weights, term, options.docBoost);
        term.addInto(group);
        terms.add(t, term.order);
      }
      group.addInto(total);
    }
    const best = bestOf(total, terms, options.limit ?? n);
    const out = best.map((d): TermMatch => ({ id: view.ids[d], score: total.score[d]! * (terms.count(d) || 1), queryTerms: terms.of(d) }));
    terms.clear(total.order);
    return out;
  };
}

/** The documents with the best scores (score × terms matched), at most `limit`, best first; equal scores keep the
 * order the documents were met in, as minisearch's stable sort. */
function bestOf(total: Scores, terms: MatchedTerms, limit: number): number[] {
  const scoreOf = (d: number): number => total.score[d]! * (terms.count(d) || 1);
  if (limit >= total.order.length) return [...total.order].sort((a, b) => scoreOf(b) - scoreOf(a));
  // The best few by insertion: no array of every match to sort.
  const docs: number[] = [];
  const scores: number[] = [];
  for (const d of total.order) {
    const score = scoreOf(d);
    let at = docs.length;
    while (at > 0 && scores[at - 1]! < score) at--;
    if (at >= limit) continue;
    docs.splice(at, 0, d);
    scores.splice(at, 0, score);
    if (docs.length > limit) {
      docs.pop();
      scores.pop();
    }
  }
  return docs;
}

/** One term's exact, prefix and fuzzy matches, weighted as minisearch weighs them. */
function scoreTerm(view: IndexView, expansions: Expansions, t: string, g: TermGroup, fields: readonly string[], weights: { fuzzy: number; prefix: number }, out: Scores, docBoost?: (shortId: number) => number): void {
  const exact = view.terms.get(t);
  if (exact !== undefined) scorePostings(view, exact, 1, g.boosts, fields, out, docBoost);
  const fuzzy = g.fuzzy?.(t) ?? false;
  const maxDistance = fuzzy === false ? 0 : fuzzy < 1 ? Math.min(view.maxFuzzy, Math.round(t.length * fuzzy)) : fuzzy;
  for (const e of expansions.of(t, g.prefix?.(t) === true, maxDistance)) {
    const weight = e.prefix ? (weights.prefix * e.length) / (e.length + 0.3 * e.distance) : (weights.fuzzy * e.length) / (e.length + e.distance);
    scorePostings(view, e.postings, weight, g.boosts, fields, out, docBoost);
  }
}

/** minisearch's termResults: BM25 of each posting in the fields searched, weighted and boosted. */
function scorePostings(view: IndexView, postings: TermPostings, weight: number, boosts: Readonly<Record<string, number>>, fields: readonly string[], out: Scores, docBoost?: (shortId: number) => number): void {
  const { k, b, d } = view.bm25;
  for (const field of fields) {
    const fieldId = view.fieldIds[field];
    if (fieldId === undefined) continue;
    const freqs = postings.get(fieldId);
    if (freqs === undefined) continue;
    const boost = boosts[field] || 1;
    const lengths = view.fieldLengths[fieldId]!;
    const average = view.averageFieldLengths[fieldId]!;
    const idf = Math.log(1 + (view.documentCount - freqs.size + 0.5) / (freqs.size + 0.5));
    // Keys, then get: no [key, value] array per posting, and no closure per field as forEach would need.
    for (const doc of freqs.keys()) {
      const docWeight = docBoost ? docBoost(doc) : 1;
      if (!docWeight) continue;
      const tf = freqs.get(doc)!;
      const bm25 = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * lengths[doc]!) / average)));
      out.add(doc, weight * boost * docWeight * bm25);
    }
  }
}
