import { isCommonWord } from "./common-words.js";
import { isWordName } from "./word-names.js";
import { ARTICLES } from "./name-variants.js";
import { type Token, isCapitalised, opensSentence } from "./tokenize.js";

/**
 * Decides whether words that spell a commune's name are meant as that place. Thousands of communes are named like
 * ordinary words ("Plan", "Vers", "Place", "Sens", "Orange", "Y"), so a name made of one ordinary word needs more
 * evidence: a place preposition before it, a capital letter, and a town large enough for a user to mean it.
 */

/** Prepositions that announce a place: "sur Rennes", "vers Lannion", "dans Valence", "à Orange", "près de Sens". */
const STRONG_PREPOSITIONS: ReadonlySet<string> = new Set(["sur", "vers", "dans", "depuis", "autour", "habite", "habitant"]);
/** Weaker ones, also common before ordinary nouns: "perte de sens", "il a bonne mine", "mission du plan". */
const WEAK_PREPOSITIONS: ReadonlySet<string> = new Set(["a", "de", "d", "du", "des", "au", "aux", "en", "pour", "entre", "et", "ou"]);
/** Words before "de" that make it a place preposition: "près de", "proche de", "autour de", "secteur de". */
const BEFORE_DE: ReadonlySet<string> = new Set(["pres", "proche", "autour", "cote", "secteur", "region", "environs", "alentours", "ville", "commune", "territoire"]);

/** Population thresholds for a name that is an ordinary word (see isPlausiblePlace). */
export const COMMON_NAME_MIN_POPULATION = { afterPreposition: 2000, capitalised: 5000 } as const;
/** Population under which an uncommon name written in lower case, with no preposition, is ignored. */
export const BARE_NAME_MIN_POPULATION = 1000;

/** How strongly the words before a name announce a place. */
export type PlaceCue = "strong" | "weak" | "none";

/** The cue given by the word(s) before `tokens[start]`. "à" is strong, "a" (unaccented, also the verb) is weak. */
export function prepositionBefore(tokens: readonly Token[], start: number): PlaceCue {
  const previous = tokens[start - 1];
  if (previous === undefined || !tokens[start]?.joined) return "none";
  if (previous.raw === "à" || previous.raw === "À" || STRONG_PREPOSITIONS.has(previous.key)) return "strong";
  if ((previous.key === "de" || previous.key === "d" || previous.key === "du") && BEFORE_DE.has(tokens[start - 2]?.key ?? "")) {
    return "strong";
  }
  return WEAK_PREPOSITIONS.has(previous.key) ? "weak" : "none";
}

/** The words of a name that are not articles ("Le Mans" → Mans). */
function significantTokens(tokens: readonly Token[], start: number, length: number): Token[] {
  return tokens.slice(start, start + length).filter((token) => !ARTICLES.has(token.key));
}

/** Below this population, a commune named like any French word ("Saché" like "sache", "Coin" like "coin") is read
 * as the word unless more evidence says otherwise; larger towns ("Rennes", "Valence", "Vitré") keep their name. */
export const WORD_NAME_MAX_POPULATION = 5000;
/** The same for a word that only begins a town's name ("aire" of Aire-sur-la-Lys, about 10,000 inhabitants): such
 * a short form is the word up to this size; a large town is still meant by it ("romans": Romans-sur-Isère). */
export const SHORT_WORD_NAME_MAX_POPULATION = 20_000;

/**
 * True when a name is one ordinary word, with or without an article: "Plan", "Le Plan", "la Montagne" (the listed
 * common words), or, for a commune of fewer than WORD_NAME_MAX_POPULATION inhabitants, any French word (no
 * population given: only the listed words, as for the capitalised names of a plan). `shortened`: the words only
 * begin the town's name, which raises that size to SHORT_WORD_NAME_MAX_POPULATION.
 */
export function isCommonName(tokens: readonly Token[], start: number, length: number, population = Number.POSITIVE_INFINITY, shortened = false): boolean {
  const significant = significantTokens(tokens, start, length);
  const only = significant[0];
  if (significant.length === 0) return true;
  if (significant.length !== 1 || only === undefined) return false;
  // A word that only begins a town's name ("aire" of Aire-sur-la-Lys) is the word, whatever the town's size.
  const limit = shortened ? SHORT_WORD_NAME_MAX_POPULATION : WORD_NAME_MAX_POPULATION;
  return isCommonWord(only.key) || (population < limit && isWordName(only.key));
}

/** What the guard knows of a candidate mention. */
export interface MentionEvidence {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly start: number;
  readonly length: number;
  readonly population: number;
  /** The text names an EPCI explicitly ("CC Brocéliande"): always a place. */
  readonly explicitEpci: boolean;
  /** The words are a short form of the name ("aire" for Aire-sur-la-Lys), not the whole name. Default false. */
  readonly shortened?: boolean;
}

/**
 * True when the words are likely meant as the place, in a user's question:
 * - an explicit EPCI, or a name of two significant words or more ("Saint-Malo", "Lannion-Trégor"): yes;
 * - one ordinary word ("Plan", "Sens", "Orange"): alone after a strong preposition with ≥ 2,000 inhabitants ("à
 *   Orange", not "à la montagne"), or capitalised within a sentence with ≥ 5,000 ("Orange"; ≥ 2,000 after any
 *   preposition: "d'Orange", "à La Montagne");
 * - another single word ("Orthez", "lannion"): after any preposition, capitalised, or ≥ 1,000 inhabitants.
 */
export function isPlausiblePlace(evidence: MentionEvidence): boolean {
  const { text, tokens, start, length, population } = evidence;
  if (evidence.explicitEpci) return true;
  const significant = significantTokens(tokens, start, length);
  const head = significant[0];
  if (head === undefined) return false;
  const cue = prepositionBefore(tokens, start);
  const capitalised = isCapitalised(head) && (cue !== "none" || !opensSentence(text, tokens[start] ?? head));
  if (isCommonName(tokens, start, length, population, evidence.shortened === true)) {
    if (cue === "strong" && length === 1 && population >= COMMON_NAME_MIN_POPULATION.afterPreposition) return true;
    const threshold = cue === "none" ? COMMON_NAME_MIN_POPULATION.capitalised : COMMON_NAME_MIN_POPULATION.afterPreposition;
    return capitalised && population >= threshold;
  }
  if (significant.length > 1) return true;
  return cue !== "none" || capitalised || population >= BARE_NAME_MIN_POPULATION;
}
