import { type Token, startsUpperCase } from "./tokenize.js";

/**
 * How EPCI are named and written. Official names carry a type ("CC de Lacq-Orthez", "CA Vitré Communauté",
 * "Rennes Métropole"); people and plans write them "CC Brocéliande", "communauté de communes du pays de Châteaugiron",
 * "Liffré Cormier communauté", "CA Vitré". The core ("lacq orthez", "broceliande", "vitre") is what they share.
 */

/** Words that say "EPCI" before its name, folded and split as keys. */
const PREFIXES: readonly (readonly string[])[] = [
  ["communaute", "de", "communes"],
  ["communaute", "d", "agglomeration"],
  ["communaute", "urbaine"],
  ["com", "com"],
  ["comcom"],
  ["cc"],
  ["ca"],
  ["cu"],
  ["agglomeration"],
  ["agglo"],
  ["metropole"],
  ["eurometropole"],
];
const PREFIX_FIRST_WORDS: ReadonlySet<string> = new Set(PREFIXES.map((phrase) => phrase[0] ?? ""));
/** Short prefixes that are ordinary words in lower case ("ça" folds to "ca"): only read in capitals. */
const UPPERCASE_ONLY: ReadonlySet<string> = new Set(["ca"]);
/** Connectors between a prefix and the name: "CC de", "communauté d'agglomération du". */
const CONNECTORS: readonly (readonly string[])[] = [["de", "la"], ["de", "l"], ["des"], ["du"], ["de"], ["d"]];
/** Words that say "EPCI" after its name: "Vitré Communauté", "Redon Agglomération", "Rennes Métropole". */
export const EPCI_SUFFIXES: ReadonlySet<string> = new Set(["communaute", "agglomeration", "agglo", "metropole"]);

function startsWith(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => words[at + k] === word);
}

function prefixLength(words: readonly string[], at: number): number {
  const prefix = PREFIXES.find((phrase) => startsWith(words, at, phrase));
  if (prefix === undefined) return 0;
  const connector = CONNECTORS.find((phrase) => startsWith(words, at + prefix.length, phrase));
  return prefix.length + (connector?.length ?? 0);
}

/** The keys of an EPCI name: the full name, the name without its type prefix, and its core (suffix dropped too). */
export interface EpciNameForms {
  readonly full: string;
  readonly withoutPrefix: string;
  readonly core: string;
}

/** Splits the key of an EPCI name into its forms ("cc broceliande communaute" → …, "broceliande communaute", "broceliande"). */
export function epciKeyForms(key: string): EpciNameForms {
  const words = key.split(" ").filter((word) => word !== "");
  const full = words.join(" ");
  const skipped = prefixLength(words, 0);
  const rest = skipped > 0 && skipped < words.length ? words.slice(skipped) : words;
  const last = rest[rest.length - 1];
  const core = rest.length > 1 && last !== undefined && EPCI_SUFFIXES.has(last) ? rest.slice(0, -1) : rest;
  return { full, withoutPrefix: rest.join(" "), core: core.join(" ") };
}

/** Number of words of an EPCI prefix (with its connector) starting at `tokens[at]`, 0 if none: "CC de", "communauté de communes du". */
export function epciPrefixAt(tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (first === undefined || !PREFIX_FIRST_WORDS.has(first.key)) return 0;
  const words: string[] = [];
  for (let k = at; k < Math.min(tokens.length, at + 5); k++) {
    const token = tokens[k];
    if (token === undefined || (k > at && !token.joined)) break;
    words.push(token.key);
  }
  const length = prefixLength(words, 0);
  if (length === 0) return 0;
  if (UPPERCASE_ONLY.has(first.key) && first.raw !== first.raw.toUpperCase()) return 0;
  if (!startsUpperCase(first) && first.key.length <= 2 && first.key !== "cc") return 0;
  return length < words.length ? length : 0;
}
