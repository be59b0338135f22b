import type { Territoire } from "../model/fiche.js";
import { allEpcis, communesOf } from "./admin-data.js";
import { DepartementSpans } from "./departement-spans.js";
import { departementByCode } from "./departements.js";
import { ARTICLES } from "./name-variants.js";
import { PERSON_WORDS } from "./person-names.js";
import { PlaceIndex } from "./place-index.js";
import { isCommonName, prepositionBefore } from "./place-guard.js";
import { type Token, keyOf, startsUpperCase, tokenize } from "./tokenize.js";
import { findZones } from "./zones.js";

/** Words before a name that make it part of an address or a person rather than a place: "rue de Rennes". */
const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  "rue", "avenue", "av", "boulevard", "bd", "allee", "allees", "impasse", "quai", "chemin", "route", "square",
  "cours", "esplanade", "parvis", "residence", "lycee", "college", "ecole", "stade", "salle",
]);

const indexes = new Map<string, PlaceIndex>();

/** The communes and EPCI of one département (EPCI that straddle it included), built once per département. */
export function departementPlaces(departementCode: string): PlaceIndex {
  const cached = indexes.get(departementCode);
  if (cached !== undefined) return cached;
  const places = new PlaceIndex();
  places.addCommunes(communesOf(departementCode));
  places.addEpcis(allEpcis(), (departements) => departements.includes(departementCode));
  indexes.set(departementCode, places);
  return places;
}

/**
 * True when the words around a name make it a street ("rue de Rennes"), or a person ("Jean-Jacques LASSERRE",
 * "Mme Redon"), not the town. A single word in capitals is taken for a surname.
 */
function isStreetOrPerson(tokens: readonly Token[], start: number, length: number): boolean {
  const previous = tokens[start - 1];
  const beforePrevious = tokens[start - 2]?.key ?? "";
  const first = tokens[start];
  if (first === undefined) return true;
  if (length === 1 && first.length > 3 && first.raw === first.raw.toUpperCase()) return true;
  if (previous === undefined) return false;
  if (ADDRESS_WORDS.has(previous.key)) return true;
  if (["de", "du", "des", "d"].includes(previous.key) && ADDRESS_WORDS.has(beforePrevious)) return true;
  return first.joined && PERSON_WORDS.has(previous.key);
}

function anyTaken(taken: Uint8Array, start: number, length: number): boolean {
  for (let k = start; k < start + length; k++) if (taken[k] === 1) return true;
  return false;
}

/** The first word of a name that is not an article ("Rheu" in "le Rheu"). */
function firstSignificant(tokens: readonly Token[], start: number, length: number): Token | undefined {
  for (let k = start; k < start + length; k++) {
    const token = tokens[k];
    if (token !== undefined && !ARTICLES.has(token.key)) return token;
  }
  return undefined;
}

/** True for a word a name may start with: a capital, an article before one ("le Rheu"), "communauté" (de communes). */
function mayStartName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (startsUpperCase(token)) return true;
  const length = token.length;
  if (length <= 3) {
    const next = tokens[i + 1];
    return next !== undefined && next.joined && startsUpperCase(next) && ARTICLES.has(token.key);
  }
  return length === 10 && token.key === "communaute";
}

/**
 * The territories a fiche names, to fill its `territoires` at ingestion: the communes and EPCI of its département
 * written with a capital ("Orthez", "Cesson-Sévigné", "CC Brocéliande", "Rennes Métropole"), and named zones with
 * no INSEE code ("pays de St Malo", "bassin d'emploi de Rennes", "CDAS Kléber", "Agence de Redon"), in order of
 * first mention, without duplicates and without the département itself. A commune spelt like an ordinary word
 * ("Plan", "Moulins") counts only after "à", "sur", "vers", "dans" or "près de"; streets ("rue de Rennes") and
 * persons ("Jean-Jacques LASSERRE") are skipped. Per-département lookups are built once, and the text is scanned
 * word by word from its capitalised words, never name by name (see territories-bench.ts for timings).
 */
export function findTerritoiresInFiche(text: string, departementCode: string): Territoire[] {
  const departement = departementByCode(departementCode);
  if (departement === null) return [];
  const places = departementPlaces(departement.code);
  const tokens = tokenize(text);
  const departementNames = new DepartementSpans(tokens, { capitalisedOnly: true });
  const taken = new Uint8Array(tokens.length);
  const preferred = new Set([departement.code]);
  const found: { territoire: Territoire; at: number }[] = [];
  for (const zone of findZones(text, tokens, places)) {
    taken.fill(1, zone.tokenStart, zone.tokenEnd);
    found.push({ territoire: zone.territoire, at: zone.tokenStart });
  }
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] === 1 || !mayStartName(tokens, i)) continue;
    for (const hit of places.hitsAt(tokens, i)) {
      if (anyTaken(taken, i, hit.length) || departementNames.covers(i, hit.length)) continue;
      if (!hit.explicitEpci) {
        const head = firstSignificant(tokens, i, hit.length);
        if (head === undefined || !startsUpperCase(head) || isStreetOrPerson(tokens, i, hit.length)) continue;
        if (isCommonName(tokens, i, hit.length) && prepositionBefore(tokens, i) !== "strong") continue;
      }
      const chosen = places.choose(hit.entries, preferred);
      if (chosen === undefined) continue;
      const place = places.place(chosen.id);
      found.push({ territoire: { name: place.name, type: place.type, code: place.code }, at: i });
      i += hit.length - 1;
      break;
    }
  }
  const departementKey = keyOf(departement.name);
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.territoire)
    .filter((territoire) => {
      const key = territoire.code ?? `zone:${keyOf(territoire.name).replace(/\bst\b/g, "saint").replace(/\bste\b/g, "sainte")}`;
      if (keyOf(territoire.name) === departementKey || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
