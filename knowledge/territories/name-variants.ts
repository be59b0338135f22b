import { keyOf } from "./tokenize.js";

/** One lookup key under which a place name is indexed. */
export interface NameVariant {
  /** Folded words joined by spaces, as `keyOf` builds them from a text. */
  readonly key: string;
  /** True for a looser form than the official name (leading article dropped): an exact form of another place wins. */
  readonly derived: boolean;
}

/** Leading articles that people drop ("au Mans", "sables d'olonne"). */
export const ARTICLES: ReadonlySet<string> = new Set(["le", "la", "les", "l"]);

/**
 * The keys under which a place name is found: the official name with hyphens and apostrophes read as spaces, and
 * the usual ways of writing it: "st"/"ste" for "saint"/"sainte", an elided article glued to its word ("darmor"), and,
 * as a derived form, the name without its leading article ("Le Mans" → "mans", "Les Sables-d'Olonne" → "sables d
 * olonne"). The official key comes first.
 */
export function nameVariants(name: string): NameVariant[] {
  return keyVariants(keyOf(name));
}

const MAY_VARY = /(?:^| )(?:saint|sainte|saints|saintes|d|l|le|la|les)(?: |$)/;

/** True when a key has other spellings than itself (see keyVariants); most names have none. */
export function hasVariants(key: string): boolean {
  return MAY_VARY.test(key);
}
/** "saint aubin" → "st aubin": the abbreviation people (and plans) write, "St-Malo", "pays de St Malo". */
const SAINT = /(^| )saint(e|s|es)?(?= |$)/g;
/** "cotes d armor" → "cotes darmor": the elided article glued to the next word, as when an apostrophe is left out. */
const ELISION = /(^| )([dl]) (?=[^ ])/g;
const LEADING_ARTICLE = /^(?:le|la|les|l) (?=[^ ])/;

/** The variants of a name given by its key (see nameVariants; `keysOfPacked` computes many keys at once). */
export function keyVariants(key: string): NameVariant[] {
  if (key === "") return [];
  const variants: NameVariant[] = [{ key, derived: false }];
  if (!MAY_VARY.test(key)) return variants;
  const abbreviated = key.replace(SAINT, "$1st$2");
  const spellings = [key, abbreviated, key.replace(ELISION, "$1$2"), abbreviated.replace(ELISION, "$1$2")];
  for (let k = 1; k < spellings.length; k++) {
    const spelling = spellings[k] ?? "";
    if (!variants.some((variant) => variant.key === spelling)) variants.push({ key: spelling, derived: false });
  }
  for (const spelling of spellings) {
    const article = LEADING_ARTICLE.exec(spelling);
    if (article === null) continue;
    const withoutArticle = spelling.slice(article[0].length);
    if (!variants.some((variant) => variant.key === withoutArticle)) variants.push({ key: withoutArticle, derived: true });
  }
  return variants;
}
