import { allEpcis, communesOf, snapshotDepartementCodes } from "./admin-data.js";
import { DepartementSpans } from "./departement-spans.js";
import type { Place } from "./place.js";
import { PlaceIndex, type PlaceHit } from "./place-index.js";
import { isPlausiblePlace, prepositionBefore } from "./place-guard.js";
import { type Token, tokenize } from "./tokenize.js";

export type { Place } from "./place.js";

/** Options of the place lookups. */
export interface PlaceOptions {
  /**
   * Départements to prefer among homonyms (the asker's, the one the question names): "Saint-Aubin" in 35 rather
   * than the largest Saint-Aubin of France. Default: none, the most populated homonym wins.
   */
  readonly departements?: readonly string[];
}

/** A place named in a text, with the words that name it. */
export interface PlaceMention extends Place {
  /** The words as written in the text ("lannion", "CC Brocéliande"). */
  readonly mention: string;
  /** Character offsets of the mention in the text (end excluded). */
  readonly start: number;
  readonly end: number;
}

let index: PlaceIndex | undefined;

/** Below this many inhabitants, a commune of another département named after « de » is read as part of a name. */
const NAME_PART_MAX_POPULATION = 2000;

/** Whether the word before `tokens[i]` is « de », « d' », « du » or « des » with no place word before it ("près de"). */
function afterBareDe(tokens: readonly Token[], i: number): boolean {
  return ["de", "d", "du", "des"].includes(tokens[i - 1]?.key ?? "") && prepositionBefore(tokens, i) !== "strong";
}

/** A first word names a town of another département only if that town has this many inhabitants ("oloron"). */
const SHORT_FORM_MIN_POPULATION = 5000;

/**
 * The index of every current commune (about 35,000) and EPCI (about 1,250) of France, built on first use and kept:
 * keys are folded names with their usual variants (see keyVariants, epciKeyForms).
 */
export function placeIndex(): PlaceIndex {
  if (index !== undefined) return index;
  const built = new PlaceIndex();
  for (const code of snapshotDepartementCodes()) built.addCommunes(communesOf(code));
  built.addEpcis(allEpcis());
  index = built;
  return index;
}

/**
 * The commune or EPCI a name designates, or null. The name is matched whole, in any case, with or without accents,
 * hyphens, "saint"/"st", or a leading article ("Cesson Sevigne", "St-Malo", "sables d'olonne", "CC Brocéliande",
 * "Rennes Métropole"). Among homonyms: one in `options.departements`, else the most populated commune.
 */
export function resolvePlace(name: string, options: PlaceOptions = {}): Place | null {
  const tokens = tokenize(name);
  if (tokens.length === 0) return null;
  const places = placeIndex();
  const hit = places.hitsAt(tokens, 0).find((candidate) => candidate.length === tokens.length);
  const chosen = hit === undefined ? undefined : places.choose(hit.entries, new Set(options.departements ?? []));
  return chosen === undefined ? null : places.place(chosen.id);
}

/**
 * The communes and EPCI a user's question names, in order ("une brsa d'Orthez", "vers lannion", "jeune de 19 ans a
 * redon", "CC Brocéliande"). Each position takes its longest name (1 to several words); names spelt like ordinary
 * words need a place preposition, a capital letter and a large enough town (see isPlausiblePlace), so "qui pilote le
 * plan" names no place. Words within a département's name ("Drôme", "Côtes-d'Armor") are not read as communes.
 */
export function findPlacesInQuery(text: string, options: PlaceOptions = {}): PlaceMention[] {
  const tokens = tokenize(text);
  const preferred = new Set(options.departements ?? []);
  const departementNames = new DepartementSpans(tokens);
  const places = placeIndex();
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const code = tokens[i]?.firstCode ?? 0;
    if (code >= 48 && code <= 57) continue;
    const hits = places.hitsAt(tokens, i);
    const short = shortFormAt(text, tokens, i, hits, preferred, departementNames);
    if (short !== undefined) {
      const word = tokens[i]!;
      mentions.push({ ...places.place(short), mention: text.slice(word.start, word.end), start: word.start, end: word.end });
      continue;
    }
    for (const hit of hits) {
      if (departementNames.covers(i, hit.length)) continue;
      const chosen = places.choose(hit.entries, preferred);
      if (chosen === undefined) continue;
      const population = places.population(chosen.id);
      if (!isPlausiblePlace({ text, tokens, start: i, length: hit.length, population, explicitEpci: hit.explicitEpci, shortened: chosen.derived })) {
        continue;
      }
      // « apprentis d'Auteuil »: after a bare « de », a village of another département than the asker's is part of
      // a name (a foundation, a street) rather than the place the question is about.
      if (preferred.size > 0 && !places.isIn(chosen.id, preferred) && population < NAME_PART_MAX_POPULATION && afterBareDe(tokens, i)) continue;
      const first = tokens[i];
      const last = tokens[i + hit.length - 1];
      if (first === undefined || last === undefined) continue;
      const place = places.place(chosen.id);
      mentions.push({ ...place, mention: text.slice(first.start, last.end), start: first.start, end: last.end });
      i += hit.length - 1;
      break;
    }
  }
  // The place meant first: one of the asker's départements, else the first named.
  const ordered = preferred.size === 0 ? mentions : [...mentions.filter((m) => preferred.has(m.departement.code)), ...mentions.filter((m) => !preferred.has(m.departement.code))];
  return dedupe(ordered);
}

/**
 * The commune a word stands for as the short form of its name ("cesson" → Cesson-Sévigné in the asker's
 * département; "oloron" → Oloron-Sainte-Marie, the one sizeable town so named), or undefined: when the words start a
 * longer name the index holds, when a homonym of the asker's départements is named whole, or when the word is not
 * plausibly meant as a place. The map lookups come first: most words begin no name.
 */
function shortFormAt(text: string, tokens: readonly Token[], i: number, hits: readonly PlaceHit[], preferred: ReadonlySet<string>, departementNames: DepartementSpans): number | undefined {
  const places = placeIndex();
  const word = tokens[i];
  if (word === undefined || (hits[0]?.length ?? 1) > 1) return undefined;
  const short = places.shortFormIn(word.key, preferred) ?? (hits.length === 0 && word.key.length >= 5 ? places.shortFormAnywhere(word.key, SHORT_FORM_MIN_POPULATION) : undefined);
  if (short === undefined) return undefined;
  // Not inside a longer name the index does not hold: a département's ("Hauts-de-Seine") or a compound going on.
  if (departementNames.covers(i, 1) || (tokens[i + 1]?.joined === true && text.charAt(tokens[i + 1]!.start - 1) === "-")) return undefined;
  if (hits[0] && places.isIn(places.choose(hits[0].entries, preferred)?.id ?? -1, preferred)) return undefined;
  return isPlausiblePlace({ text, tokens, start: i, length: 1, population: places.population(short), explicitEpci: false, shortened: true }) ? short : undefined;
}

/** Keeps the first mention of each place. */
function dedupe(mentions: readonly PlaceMention[]): PlaceMention[] {
  const seen = new Set<string>();
  return mentions.filter((mention) => {
    const key = `${mention.type}:${mention.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
