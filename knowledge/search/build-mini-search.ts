import MiniSearch, { type Options } from "minisearch";
import { termQuery, type IndexView, type TermQuery } from "./term-query.js";

/** How to index documents: minisearch's options, with the analysis required. */
export interface BuildOptions<T> extends Options<T> {
  /** The fields indexed, in order. */
  fields: string[];
  /** Word tokenizer, for indexing and (unless searchOptions say otherwise) search. */
  tokenize: (text: string, fieldName?: string) => string[];
  /** Term normalizer; null drops the token. */
  processTerm: (term: string, fieldName?: string) => string | null;
  /** Another key counted in the document frequencies for each indexed term (a prefix, say), or null.
   * Default: none. */
  alsoCount?: (term: string) => string | null;
}

/** An index and, for each term (and key alsoCount derives), in how many documents it occurs. */
export interface BuiltIndex<T> {
  readonly index: MiniSearch<T>;
  readonly documentFrequency: ReadonlyMap<string, number>;
  /** The index's term query: minisearch's scoring without its per-query garbage (see termQuery). */
  readonly query: TermQuery;
}

/** A term met while indexing: its occurrences in the field being read, and its postings so far. */
interface TermEntry {
  readonly term: string;
  /** The field (document × field) whose occurrences `count` holds. */
  stamp: number;
  count: number;
  /** Each posting as two numbers, document short id × 32 + field id, then term frequency: one array per term (not
   * one per field, most terms occur in one or two) of small integers, the least memory a build can hold them in. */
  readonly postings: number[];
  /** The document last counted in the document frequency. */
  counted: number;
  df: number;
  readonly also: TermEntry | null;
}

/** A token met while indexing: its term (null: dropped) and the field it was last counted in. */
interface TokenEntry {
  stamp: number;
  readonly entry: TermEntry | null;
}

/**
 * Builds a minisearch index over documents, with the index minisearch's own `addAll` would make (a test compares
 * both whole).
 *
 * Why not `addAll`: minisearch walks its radix tree and its maps for every occurrence of every word, two thirds of
 * the time of indexing 5,000 fiches. Here each distinct token is looked up once per build (one map lookup per
 * occurrence after that), postings are gathered in arrays, and each term's maps are made once and handed to
 * minisearch, as its own `loadJS` does, through the fields it opens to subclasses. The document frequencies come
 * for free: the search would otherwise pay a query per word to learn them.
 */
export function buildMiniSearch<T extends object>(documents: readonly T[], options: BuildOptions<T>): BuiltIndex<T> {
  return PrebuiltMiniSearch.build(documents, options);
}

/** At most this many indexed fields (a posting packs its field id below the document's). */
const FIELDS_MAX = 32;

class PrebuiltMiniSearch<T> extends MiniSearch<T> {
  static build<T extends object>(documents: readonly T[], options: BuildOptions<T>): BuiltIndex<T> {
    const { fields, tokenize, processTerm, alsoCount } = options;
    if (fields.length > FIELDS_MAX) throw new Error(`search: at most ${FIELDS_MAX} indexed fields, not ${fields.length}`);
    const idField = options.idField ?? "id";
    const read = (doc: T, field: string): unknown => (doc as Record<string, unknown>)[field];
    const terms = new Map<string, TermEntry>();
    const termEntry = (term: string): TermEntry => {
      let e = terms.get(term);
      if (e === undefined) {
        const derived = alsoCount?.(term) ?? null;
        const also = derived === term ? null : derived;
        e = { term, stamp: -1, count: 0, postings: [], counted: -1, df: 0, also: also === null ? null : termEntry(also) };
        terms.set(term, e);
      }
      return e;
    };
    // Tokens are analysed per field (processTerm may depend on it).
    const tokens = fields.map(() => new Map<string, TokenEntry>());
    const index = new PrebuiltMiniSearch<T>(options);
    const averages: number[] = [];
    let stamp = 0;

    documents.forEach((doc, shortId) => {
      const id = read(doc, idField);
      if (id === undefined || id === null) throw new Error(`search: a document has no "${idField}" field`);
      if (index._idToShortId.has(id)) throw new Error(`search: two documents have the id ${String(id)}`);
      index._documentIds.set(shortId, id);
      index._idToShortId.set(id, shortId);
      const stored: Record<string, unknown> = {};
      for (const f of options.storeFields ?? []) if (read(doc, f) !== undefined) stored[f] = read(doc, f);
      index._storedFields.set(shortId, stored);
      const lengths: number[] = [];
      fields.forEach((field, fieldId) => {
        const value = read(doc, field);
        // As minisearch: a missing field has no length and does not count in the average.
        if (value === undefined || value === null) return;
        stamp++;
        let distinct = 0;
        const met: TermEntry[] = [];
        const known = tokens[fieldId]!;
        for (const token of tokenize(String(value), field)) {
          let t = known.get(token);
          if (t === undefined) {
            const term = processTerm(token, field);
            known.set(token, (t = { stamp: -1, entry: term ? termEntry(term) : null }));
          }
          if (t.stamp !== stamp) {
            t.stamp = stamp;
            distinct++;
          }
          const e = t.entry;
          if (e === null) continue;
          if (e.stamp !== stamp) {
            e.stamp = stamp;
            e.count = 0;
            met.push(e);
          }
          e.count++;
        }
        for (const e of met) {
          e.postings.push(shortId * FIELDS_MAX + fieldId, e.count);
          for (let x: TermEntry | null = e; x !== null && x.counted !== shortId; x = x.also) {
            x.counted = shortId;
            x.df++;
          }
        }
        // minisearch's field length is the number of distinct tokens, before processTerm; its average is a
        // running mean, reproduced so that scores match to the last bit.
        lengths[fieldId] = distinct;
        averages[fieldId] = ((averages[fieldId] ?? 0) * shortId + distinct) / (shortId + 1);
      });
      index._fieldLength.set(shortId, lengths);
    });

    // The tokens' analyses are no longer needed once every document is read.
    for (const known of tokens) known.clear();
    index._documentCount = documents.length;
    index._nextId = documents.length;
    index._avgFieldLength = averages;
    const df = new Map<string, number>();
    for (const e of terms.values()) {
      df.set(e.term, e.df);
      const byField = new Map<number, Map<number, number>>();
      const list = e.postings;
      for (let i = 0; i < list.length; i += 2) {
        const fieldId = list[i]! % FIELDS_MAX;
        let freqs = byField.get(fieldId);
        if (freqs === undefined) byField.set(fieldId, (freqs = new Map()));
        freqs.set((list[i]! - fieldId) / FIELDS_MAX, list[i + 1]!);
      }
      // Freed as the maps are made: the build's peak memory is what a large catalog hits.
      list.length = 0;
      // A derived key (a prefix) is counted, not indexed, unless it is a term of its own.
      if (byField.size > 0) index._index.set(e.term, byField);
    }
    return { index, documentFrequency: df, query: termQuery(index.view()) };
  }

  /** What a term query reads of the index, field lengths laid out by field for its inner loop. */
  private view(): IndexView {
    const count = this._documentCount;
    const fieldLengths: Float64Array[] = [];
    for (const fieldId of Object.values(this._fieldIds)) {
      const lengths = (fieldLengths[fieldId] = new Float64Array(count));
      for (const [shortId, perField] of this._fieldLength) lengths[shortId] = perField[fieldId] ?? 0;
    }
    const ids = Array.from({ length: count }, (_, shortId) => this._documentIds.get(shortId) as unknown);
    const { bm25, maxFuzzy, weights } = this._options.searchOptions;
    return { terms: this._index, fieldIds: this._fieldIds, fieldLengths, averageFieldLengths: this._avgFieldLength, documentCount: count, ids, bm25, maxFuzzy, weights };
  }
}
