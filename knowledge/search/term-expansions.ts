import type { TermPostings, TermTree } from "./term-query.js";

/** A word a term also matches: a longer word it begins, or a word a few edits away. */
export interface Expansion {
  readonly postings: TermPostings;
  readonly length: number;
  /** Letters added (prefix) or edits (fuzzy). */
  readonly distance: number;
  readonly prefix: boolean;
}

const NO_EXPANSION: readonly Expansion[] = [];

/** Each term's expansions, looked up once per index (bounded): référents' questions come back to the same words,
 * and each lookup walks the radix tree and makes its iterators and keys anew. */
export class Expansions {
  private readonly cache = new Map<string, readonly Expansion[]>();

  constructor(private readonly terms: TermTree) {}

  /** As minisearch's executeQuerySpec: prefix matches first, and a word found both ways counts as a prefix match. */
  of(t: string, prefix: boolean, maxDistance: number): readonly Expansion[] {
    if (!prefix && !maxDistance) return NO_EXPANSION;
    const key = `${maxDistance}${prefix ? "+" : "-"}${t}`;
    let found = this.cache.get(key);
    if (found !== undefined) return found;
    const out: Expansion[] = [];
    const fuzzy = maxDistance ? this.terms.fuzzyGet(t, maxDistance) : null;
    if (prefix) {
      for (const [word, postings] of this.terms.atPrefix(t)) {
        const distance = word.length - t.length;
        if (distance === 0) continue;
        fuzzy?.delete(word);
        out.push({ postings, length: word.length, distance, prefix: true });
      }
    }
    if (fuzzy !== null) {
      for (const [word, [postings, distance]] of fuzzy) if (distance !== 0) out.push({ postings, length: word.length, distance, prefix: false });
    }
    found = out.length ? out : NO_EXPANSION;
    if (this.cache.size >= 10_000) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }
}
