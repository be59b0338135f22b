import type { Territoire } from "../model/fiche.js";
import { epciPrefixAt } from "./epci-names.js";
import { readPackageRegions } from "./package-data.js";
import type { PlaceIndex } from "./place-index.js";
import { type Token, keyOf, startsUpperCase } from "./tokenize.js";

/**
 * Named areas that have no INSEE code, as plans name them: "pays de St Malo", "Pays de Vitré La Roche aux Fées",
 * "bassin d'emploi de Rennes", "CDAS Kléber", "les CDAS (couronne Rennaise Nord-Ouest, Kléber, Saint Aubin)",
 * "l'Agence de redon". A "pays de X" is always a zone, even where an EPCI bears a like name, unless written as the
 * EPCI ("CC Pays de Châteaugiron").
 */

/** A zone found in a text, with the tokens it covers (end excluded). */
export interface ZoneMention {
  readonly territoire: Territoire;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** Small words allowed inside a place phrase: "Vitré La Roche aux Fées", "Saint Aubin d'Aubigné". */
const PHRASE_CONNECTORS: ReadonlySet<string> = new Set([
  "de", "du", "des", "d", "la", "le", "les", "l", "aux", "au", "en", "sur", "sous", "lez",
]);
/** Connectors between a trigger word and its name: "pays de", "bassin d'emploi du", "CDAS des". */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(["de", "du", "des", "d"]);
/** What a "bassin" may be a bassin of: "bassin d'emploi de Rennes", "bassin de vie de Redon". */
const BASSIN_KINDS: readonly (readonly string[])[] = [["d", "emploi"], ["d", "emplois"], ["de", "l", "emploi"], ["de", "vie"]];
const MAX_PHRASE_WORDS = 7;

let regionKeys: ReadonlySet<string> | undefined;

/** Folded names of the régions, so that "Pays de la Loire" is not read as a pays. */
function isRegionName(key: string): boolean {
  regionKeys ??= new Set(readPackageRegions().map((region) => keyOf(region.nom)));
  return regionKeys.has(key);
}

/** True when the words between two tokens are only spaces, or a line break after a connector ("Pays de⏎Fougères"). */
function continues(text: string, tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  const previous = tokens[k - 1];
  if (token === undefined || previous === undefined) return false;
  if (token.joined) return true;
  return PHRASE_CONNECTORS.has(previous.key) && /^\s+$/.test(text.slice(previous.end, token.start));
}

/**
 * The end (excluded) of a capitalised place phrase starting at `tokens[start]`, or `start` if there is none:
 * capitalised words, with connectors between them, never ending on a connector.
 */
function phraseEnd(text: string, tokens: readonly Token[], start: number): number {
  const first = tokens[start];
  if (first === undefined || !startsUpperCase(first) || /^\d/.test(first.key)) return start;
  let end = start + 1;
  for (let k = start + 1; k < tokens.length && k - start < MAX_PHRASE_WORDS; k++) {
    const token = tokens[k];
    if (token === undefined || !continues(text, tokens, k)) break;
    if (startsUpperCase(token) && !/^\d/.test(token.key)) end = k + 1;
    else if (!PHRASE_CONNECTORS.has(token.key)) break;
  }
  return end;
}

/** Number of tokens of a connector ("de", "d", "du", "des") at `at`, or of "de la"/"de l'"; 0 if none. */
function connectorLength(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.key;
  if (word === undefined || !NAME_CONNECTORS.has(word)) return 0;
  const next = tokens[at + 1]?.key;
  return word === "de" && (next === "la" || next === "l") ? 2 : 1;
}

function startsWithWords(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((word, k) => tokens[at + k]?.key === word);
}

/** The text of tokens [start, end) on one line, with a capital first letter: "pays de St Malo" → "Pays de St Malo". */
function spanText(text: string, tokens: readonly Token[], start: number, end: number): string {
  const first = tokens[start];
  const last = tokens[end - 1];
  if (first === undefined || last === undefined) return "";
  const words = text.slice(first.start, last.end).replace(/\s+/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function zone(name: string, tokenStart: number, tokenEnd: number): ZoneMention {
  return { territoire: { name, type: "zone", code: null }, tokenStart, tokenEnd };
}

/** True when an EPCI prefix ends just before `tokens[i]`: "CC Pays de Châteaugiron" is an EPCI, not a pays. */
function afterEpciPrefix(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (epciPrefixAt(tokens, k) === i - k) return true;
  return false;
}

/** "pays de X", a zone (not "Pays de la Loire", nor "CC Pays de Châteaugiron", an EPCI). */
function paysAt(text: string, tokens: readonly Token[], i: number): ZoneMention | null {
  if (afterEpciPrefix(tokens, i)) return null;
  const connector = connectorLength(tokens, i + 1);
  if (connector === 0 || !continues(text, tokens, i + 1)) return null;
  const nameStart = i + 1 + connector;
  if (!continues(text, tokens, nameStart)) return null;
  const end = phraseEnd(text, tokens, nameStart);
  if (end === nameStart) return null;
  const key = tokens.slice(i, end).map((token) => token.key).join(" ");
  return isRegionName(key) ? null : zone(spanText(text, tokens, i, end), i, end);
}

/** "bassin d'emploi de X", "bassin de vie de X", "bassin de X". */
function bassinAt(text: string, tokens: readonly Token[], i: number): ZoneMention | null {
  let at = i + 1;
  const kind = BASSIN_KINDS.find((words) => startsWithWords(tokens, at, words));
  if (kind !== undefined) at += kind.length;
  const connector = connectorLength(tokens, at);
  if (connector === 0) return null;
  const nameStart = at + connector;
  if (!continues(text, tokens, nameStart)) return null;
  const end = phraseEnd(text, tokens, nameStart);
  return end === nameStart ? null : zone(spanText(text, tokens, i, end), i, end);
}

/** "CDAS Kléber", "CDAS de Redon", and each item of "CDAS (couronne Rennaise Nord-Ouest, Kléber, Saint Aubin)". */
function cdasAt(text: string, tokens: readonly Token[], i: number): ZoneMention[] {
  const cdas = tokens[i];
  if (cdas === undefined) return [];
  const list = /^\s*\(([^()]{1,300})\)/.exec(text.slice(cdas.end, cdas.end + 320));
  if (list !== null) {
    const items = (list[1] ?? "")
      .split(/,|;|\bet\b/)
      .map((item) => item.trim().replace(/^(?:des|de la|de l'|de|du|d'|la|le|les|l')\s*/i, "").trim())
      .filter((item) => item.split(/\s+/).length <= MAX_PHRASE_WORDS && /(?:^|[\s'-])\p{Lu}\p{Ll}/u.test(item))
      .filter((item) => !/^centre/i.test(item));
    let tokenEnd = i + 1;
    while (tokenEnd < tokens.length && (tokens[tokenEnd]?.start ?? Infinity) < cdas.end + list[0].length) tokenEnd++;
    return items.map((item) => zone(`CDAS ${item.replace(/\s+/g, " ")}`, i, tokenEnd));
  }
  const nameStart = i + 1 + connectorLength(tokens, i + 1);
  if (!continues(text, tokens, i + 1) || !continues(text, tokens, nameStart)) return [];
  const next = tokens[nameStart];
  if (next === undefined || next.raw === next.raw.toUpperCase()) return [];
  const end = phraseEnd(text, tokens, nameStart);
  return end === nameStart ? [] : [zone(spanText(text, tokens, i, end), i, end)];
}

/**
 * "Agence de redon": an agency named after a commune or EPCI of the département (not "agence de Pôle Emploi"),
 * one of the two words capitalised.
 */
function agenceAt(tokens: readonly Token[], i: number, places: PlaceIndex): ZoneMention | null {
  const connector = connectorLength(tokens, i + 1);
  if (connector === 0) return null;
  const nameStart = i + 1 + connector;
  const hit = places.hitsAt(tokens, nameStart).find((candidate) => candidate.entries.length > 0);
  const chosen = hit === undefined ? undefined : places.choose(hit.entries);
  const agency = tokens[i];
  const name = tokens[nameStart];
  if (hit === undefined || chosen === undefined || agency === undefined || name === undefined) return null;
  if (!startsUpperCase(agency) && !startsUpperCase(name)) return null;
  const words = tokens.slice(i + 1, nameStart).map((token) => token.key).join(" ");
  const joiner = words.endsWith("d") || words.endsWith("l") ? `${words}'` : `${words} `;
  return zone(`Agence ${joiner}${places.place(chosen.id).name}`, i, nameStart + hit.length);
}

/** First letters (lower case codes) of the words that open a zone: pays, bassin, cdas, agence. */
const TRIGGER_INITIALS: ReadonlySet<number> = new Set(["p", "b", "c", "a"].map((letter) => letter.charCodeAt(0)));

/** Every zone a text names, in order. `places` (the département's communes and EPCI) checks an "agence de X". */
export function findZones(text: string, tokens: readonly Token[], places: PlaceIndex): ZoneMention[] {
  const zones: ZoneMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.length < 4 || token.length > 6 || !TRIGGER_INITIALS.has(token.firstCode | 32)) continue;
    const key = tokens[i]?.key;
    let found: ZoneMention[] = [];
    if (key === "pays") found = [paysAt(text, tokens, i)].filter((z): z is ZoneMention => z !== null);
    else if (key === "bassin") found = [bassinAt(text, tokens, i)].filter((z): z is ZoneMention => z !== null);
    else if (key === "cdas") found = cdasAt(text, tokens, i);
    else if (key === "agence") found = [agenceAt(tokens, i, places)].filter((z): z is ZoneMention => z !== null);
    if (found.length === 0) continue;
    zones.push(...found);
    i = Math.max(...found.map((z) => z.tokenEnd)) - 1;
  }
  return zones;
}
