import { compilePhrases, type PhraseMatcher } from "./phrase-matcher.js";
import type { DispositifSeed } from "./dispositifs.js";

/**
 * Finds which dispositifs a text names. Each dispositif is looked for under its name (without the parenthesised
 * part, each side of a "/" separately) and under each alias. Rules (see phrase-matcher.ts): folded text, whole
 * tokens, light plurals; short acronyms of at most 4 characters ("GA", "AG", "PLIE", "CER") only as exact
 * capitalised tokens of the original text, so "AG" never matches in "AGE" nor in "ag" or "Ag".
 */

/** The phrases a seed is searched under: the parts of its name, then its aliases. */
export function dispositifPhrases(seed: DispositifSeed): string[] {
  const nameParts = seed.name
    .replace(/\([^)]*\)/g, " ")
    .split("/")
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part.length > 0);
  return [...new Set([...nameParts, ...seed.aliases])];
}

/** A compiled matcher: call it on any number of texts. */
export type DispositifMatcher = (text: string) => string[];

/**
 * Compiles the seeds once into a matcher returning the ids of the dispositifs named in a text, in seed order,
 * without duplicates (empty array when none). Matching is linear in the text, whatever the number of seeds.
 */
export function compileDispositifMatcher(seeds: readonly DispositifSeed[]): DispositifMatcher {
  const matcher: PhraseMatcher<string> = compilePhrases(
    seeds.flatMap((seed) => dispositifPhrases(seed).map((phrase) => ({ phrase, value: seed.id }))),
    { name: "match-dispositifs", longest: false },
  );
  return (text) => matcher.values(text);
}

const compiled = new WeakMap<readonly DispositifSeed[], DispositifMatcher>();

/**
 * Ids of the dispositifs whose name or an alias occurs in `text`, in seed order. The matcher is compiled on the
 * first call for a given seeds array and cached for it, so pass the same array (e.g. `loadDispositifSeeds()`) on
 * every call.
 */
export function matchDispositifs(text: string, seeds: readonly DispositifSeed[]): string[] {
  let matcher = compiled.get(seeds);
  if (!matcher) {
    matcher = compileDispositifMatcher(seeds);
    compiled.set(seeds, matcher);
  }
  return matcher(text);
}
