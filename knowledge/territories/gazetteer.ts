import type { Token } from "./tokenize.js";

/** One value filed under a key: its id (an index into the caller's table) and how loosely the key spells it. */
export interface GazetteerEntry {
  readonly id: number;
  /** True for a looser form than the official name (see NameVariant): an exact form of another value wins. */
  readonly derived: boolean;
}

/** The names found at one position of a text: how many words they span, and what they name. */
export interface GazetteerHit {
  readonly length: number;
  readonly entries: readonly GazetteerEntry[];
}

/** An id and its derived flag in one number, to keep 45,000 keys cheap to build: id × 2 + (derived ? 1 : 0). */
type Packed = number;

function unpack(packed: Packed): GazetteerEntry {
  return { id: packed >> 1, derived: (packed & 1) === 1 };
}

/**
 * A dictionary of multi-word names keyed by folded words ("saint aubin d aubigne"), able to find every name that
 * starts at a given word of a tokenised text. Values are integer ids into the caller's own table. Besides the keys
 * it keeps, for each first word, the largest number of words of a name starting with it, so a scan reads at most
 * that many keys, however many names the gazetteer holds.
 */
export class Gazetteer {
  readonly #entries = new Map<string, Packed | Packed[]>();
  readonly #maxWords = new Map<string, number>();

  /** Files `id` under `key` (folded words joined by single spaces). An id is filed once per key, exact form first. */
  add(key: string, id: number, derived: boolean): void {
    const packed = id * 2 + (derived ? 1 : 0);
    const existing = this.#entries.get(key);
    if (existing === undefined) {
      this.#entries.set(key, packed);
      const space = key.indexOf(" ");
      const first = space < 0 ? key : key.slice(0, space);
      let words = 1;
      for (let at = space; at >= 0; at = key.indexOf(" ", at + 1)) words++;
      if ((this.#maxWords.get(first) ?? 0) < words) this.#maxWords.set(first, words);
      return;
    }
    const list = typeof existing === "number" ? [existing] : existing;
    const index = list.findIndex((other) => other >> 1 === id);
    if (index < 0) list.push(packed);
    else if (!derived) list[index] = packed;
    if (typeof existing === "number") this.#entries.set(key, list);
  }

  /** The entries filed under exactly this key. */
  get(key: string): GazetteerEntry[] | undefined {
    const packed = this.#entries.get(key);
    if (packed === undefined) return undefined;
    return typeof packed === "number" ? [unpack(packed)] : packed.map(unpack);
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * Every name starting at `tokens[start]`, longest first. A name never spans two words that punctuation separates
   * (see Token.joined), so "Redon, Rennes" cannot read as one name. `keyAt`, when given, gives the key of the token
   * at an index in place of its own: a caller may normalise keys further.
   */
  hitsAt(tokens: readonly Token[], start: number, keyAt?: (index: number) => string): GazetteerHit[] {
    const first = tokens[start];
    const firstKey = first === undefined ? undefined : (keyAt?.(start) ?? first.key);
    const maxWords = firstKey === undefined ? undefined : this.#maxWords.get(firstKey);
    if (firstKey === undefined || maxWords === undefined) return [];
    const hits: GazetteerHit[] = [];
    let key = firstKey;
    for (let length = 1; ; length++) {
      const entries = this.get(key);
      if (entries !== undefined) hits.push({ length, entries });
      const next = tokens[start + length];
      if (length >= maxWords || next === undefined || !next.joined) break;
      key = `${key} ${keyAt?.(start + length) ?? next.key}`;
    }
    return hits.reverse();
  }
}
