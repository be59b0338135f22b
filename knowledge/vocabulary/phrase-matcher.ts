import { escapeRegExp, fold } from "../text/fold.js";
import { EXACT_BOUNDARY, isExactForm, normalizeToken, SKIPPED_TOKENS, tokenize } from "./phrase-tokens.js";

export { isExactForm, normalizeToken, tokenize } from "./phrase-tokens.js";

/**
 * A dictionary matcher shared by the vocabulary modules (glossary, dispositifs, thématiques, publics).
 *
 * Phrases are compiled once into a trie of folded tokens, so scanning a text costs one pass that folds and cuts
 * it into tokens, then about one Map lookup per token, whatever the number of phrases (the four plans, ~380 KB,
 * scan in about 10 ms). Matching rules:
 *
 * - **Folded, token-bounded.** Text and phrases go through `fold()` (lower case, no accents, plain apostrophes),
 *   then are cut into tokens of letters and digits. A phrase matches whole tokens only: "AG" never matches
 *   inside "AGE", "mobilite" never inside "immobilite".
 * - **Separators are equivalent.** Spaces, hyphens, apostrophes and punctuation all separate tokens, so
 *   "pair-aidance" = "pair aidance" and "co-voiturage" = "co voiturage" (but not "covoiturage": list both).
 * - **Light plural folding.** A phrase word longer than 3 characters loses one final "s" or "x", and matches a
 *   token with or without one final "s" or "x", so "clauses sociales" matches the phrase "clause sociale" and
 *   vice versa. (Done when compiling, so texts are not normalised token by token.)
 * - **Elided articles ignored.** The tokens "d", "l", "de", "du" and "des" are skipped on both sides, so
 *   "garde d'enfants" = "garde des enfants" = "garde enfants", "plateforme de mobilité" = "plateformes mobilité".
 * - **Stems.** A phrase word ending in `*` matches any token starting with it ("vehicul*" matches "vehicule",
 *   "vehicules"). Stems need at least 3 characters.
 * - **Short capitalised forms are exact.** A phrase that is a single token of at most 4 characters written
 *   without any lower-case letter ("GA", "AG", "EI", "PE", "CAF", "PLIE") matches only that exact token, in
 *   capitals, in the ORIGINAL text. Write a short form with a lower-case letter ("rSa", "caf") to opt into folded
 *   matching when the folded form is not an everyday word.
 * - **Leftmost-longest** (option `longest`, default true): scanning left to right, when several phrases start at
 *   the same token only the longest reports, and the tokens it covers cannot start another match. So "pôle emploi"
 *   can hide "emploi", and "formation des travailleurs sociaux" can hide "formation". A phrase mapped to no value
 *   ({@link PhraseRule.value} = null) is a stop phrase: it wins its tokens and reports nothing. With `longest`
 *   false, every occurrence of every phrase reports, overlapping or not.
 */

/** One phrase to look for and the value it reports. A null value makes a stop phrase. */
export interface PhraseRule<V> {
  readonly phrase: string;
  readonly value: V | null;
}

/** One occurrence found by {@link PhraseMatcher.scan}. */
export interface PhraseHit<V> {
  readonly value: V;
  /** Where the match starts: a token index for folded matches, a character index for exact (capitalised) ones. */
  readonly at: number;
  /** True for an exact match of a short capitalised form in the original text. */
  readonly exact: boolean;
  /** Number of tokens the phrase spans (1 for exact matches). */
  readonly length: number;
}

/** Options of {@link compilePhrases}. */
export interface PhraseMatcherOptions {
  /**
   * Leftmost-longest, non-overlapping matching. Default true: it lets longer, more specific phrases (and stop
   * phrases) override the shorter words they contain. Set false to report every occurrence, overlaps included
   * (what a "which names occur" lookup wants).
   */
  readonly longest?: boolean;
  /** Prefix of error messages, to say which vocabulary is at fault. Default "phrase-matcher". */
  readonly name?: string;
}

/** A compiled set of phrases. */
export interface PhraseMatcher<V> {
  /** Every occurrence of every phrase in `text`, in no particular order. Empty array when nothing matches. */
  scan(text: string): PhraseHit<V>[];
  /** The distinct values found in `text`, in the order their rules were given. */
  values(text: string): V[];
}

interface StemEdge<V> {
  readonly stem: string;
  readonly node: TrieNode<V>;
}

interface TrieNode<V> {
  readonly next: Map<string, TrieNode<V>>;
  /** Stem edges, indexed by the stem's first 3 characters. */
  readonly stems: Map<string, StemEdge<V>[]>;
  /** Values reported when a phrase ends here; `terminal` is true even for a stop phrase with no value. */
  readonly values: V[];
  terminal: boolean;
}

function newNode<V>(): TrieNode<V> {
  return { next: new Map(), stems: new Map(), values: [], terminal: false };
}

interface PatternWord {
  readonly text: string;
  readonly stem: boolean;
}

function patternWords(phrase: string, name: string): PatternWord[] {
  const words: PatternWord[] = [];
  for (const match of fold(phrase).matchAll(/[\p{L}\p{N}]+\*?/gu)) {
    const raw = match[0];
    const stem = raw.endsWith("*");
    const text = stem ? raw.slice(0, -1) : raw;
    if (!stem && SKIPPED_TOKENS.has(text)) continue;
    if (stem && text.length < 3) throw new Error(`${name}: stem "${raw}" in "${phrase}" is shorter than 3 characters`);
    words.push({ text: stem ? text : normalizeToken(text), stem });
  }
  return words;
}

/**
 * Compiles phrase rules into a matcher. Throws (with the `name` prefix) on a phrase that has no token left once
 * folded, or on a stem shorter than 3 characters. Compile once and reuse: compiling is the costly part.
 */
export function compilePhrases<V>(rules: readonly PhraseRule<V>[], options: PhraseMatcherOptions = {}): PhraseMatcher<V> {
  const name = options.name ?? "phrase-matcher";
  const longest = options.longest ?? true;
  const root = newNode<V>();
  const exact = new Map<string, V[]>();
  const order = new Map<V, number>();

  rules.forEach((rule, index) => {
    if (rule.value !== null && !order.has(rule.value)) order.set(rule.value, index);
    if (isExactForm(rule.phrase)) {
      const form = rule.phrase.trim();
      const list = exact.get(form) ?? [];
      if (rule.value !== null && !list.includes(rule.value)) list.push(rule.value);
      exact.set(form, list);
      return;
    }
    const words = patternWords(rule.phrase, name);
    if (words.length === 0) throw new Error(`${name}: phrase "${rule.phrase}" has no word once folded`);
    let node = root;
    for (const word of words) {
      if (word.stem) {
        const key = word.text.slice(0, 3);
        const edges = node.stems.get(key) ?? [];
        let edge = edges.find((e) => e.stem === word.text);
        if (!edge) {
          edge = { stem: word.text, node: newNode<V>() };
          edges.push(edge);
          node.stems.set(key, edges);
        }
        node = edge.node;
      } else {
        // Plural folding is done here, once, instead of on every token of every text: the word is reachable
        // under its normalised form and that form plus "s" or "x", which is what normalizeToken undoes.
        const keys = word.text.length >= 3 ? [word.text, `${word.text}s`, `${word.text}x`] : [word.text];
        let child = node.next.get(word.text);
        if (!child) {
          child = newNode<V>();
          for (const key of keys) if (!node.next.has(key)) node.next.set(key, child);
        }
        node = child;
      }
    }
    node.terminal = true;
    if (rule.value !== null && !node.values.includes(rule.value)) node.values.push(rule.value);
  });

  const exactForms = [...exact.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const exactRe =
    exactForms.length > 0
      ? new RegExp(`(?<!${EXACT_BOUNDARY})(?:${exactForms.join("|")})(?!${EXACT_BOUNDARY})`, "gu")
      : null;

  const rootHasStems = root.stems.size > 0;

  function step(node: TrieNode<V>, token: string, out: TrieNode<V>[]): void {
    const child = node.next.get(token);
    if (child) out.push(child);
    if (node.stems.size > 0 && token.length >= 3) {
      const edges = node.stems.get(token.slice(0, 3));
      if (edges) for (const edge of edges) if (token.startsWith(edge.stem)) out.push(edge.node);
    }
  }

  /** Calls `onHit` for every match; the shared core of scan() and values(). */
  function walk(text: string, onHit: (value: V, at: number, length: number, exact: boolean) => void): void {
    if (exactRe) {
      for (const match of text.matchAll(exactRe)) {
        for (const value of exact.get(match[0]) ?? []) onHit(value, match.index, 1, true);
      }
    }
    const tokens = tokenize(text);
    const count = tokens.length;
    for (let i = 0; i < count; i++) {
      const token = tokens[i] as string;
      // Fast path: most tokens start no phrase, which costs one Map lookup (two with stems) and no allocation.
      const direct = root.next.get(token);
      const edges = rootHasStems && token.length >= 3 ? root.stems.get(token.slice(0, 3)) : undefined;
      if (direct === undefined && edges === undefined) continue;
      let frontier: TrieNode<V>[] = direct === undefined ? [] : [direct];
      if (edges) for (const edge of edges) if (token.startsWith(edge.stem)) frontier.push(edge.node);
      if (frontier.length === 0) continue;
      let maxLength = 0;
      const found: TrieNode<V>[] = [];
      const lengths: number[] = [];
      for (let j = i; frontier.length > 0; ) {
        for (const node of frontier) {
          if (node.terminal) {
            found.push(node);
            lengths.push(j - i + 1);
            maxLength = j - i + 1;
          }
        }
        j++;
        if (j >= count) break;
        const next: TrieNode<V>[] = [];
        for (const node of frontier) step(node, tokens[j] as string, next);
        frontier = next;
      }
      if (maxLength === 0) continue;
      for (let k = 0; k < found.length; k++) {
        const length = lengths[k] as number;
        if (longest && length < maxLength) continue;
        for (const value of (found[k] as TrieNode<V>).values) onHit(value, i, length, false);
      }
      // Leftmost-longest: the tokens of the winning phrase cannot start another match.
      if (longest) i += maxLength - 1;
    }
  }

  function scan(text: string): PhraseHit<V>[] {
    const hits: PhraseHit<V>[] = [];
    walk(text, (value, at, length, isExact) => hits.push({ value, at, exact: isExact, length }));
    return hits;
  }

  function values(text: string): V[] {
    const seen = new Set<V>();
    walk(text, (value) => seen.add(value));
    const out = [...seen];
    if (out.length > 1) out.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return out;
  }

  return { scan, values };
}
