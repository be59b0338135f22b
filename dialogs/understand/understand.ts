import { toIndexQuery, type IndexQuery } from "../../knowledge/search/fiche-index.js";
import type { Departement } from "../../knowledge/model/index.js";
import { findDepartementMentions } from "../../knowledge/territories/departements.js";
import { findPlacesInQuery } from "../../knowledge/territories/places.js";
import { findFicheNumber } from "./fiche-number.js";
import { detectIntent, INTENT_WORDS, type Intent } from "./intent.js";
import { isIndividualDecision } from "./individual-decision.js";
import { isEnglish, isOffTopic } from "./out-of-scope.js";
import { cleanMessage } from "./clean-message.js";

/** Where the territory of a question comes from. */
export type TerritorySource = "question" | "home" | null;

/** What a question asks, in terms the search and the answer use. */
export interface Understanding {
  /** The message as understood: markup, mentions and excess length removed. */
  readonly text: string;
  readonly intent: Intent;
  /** Fiche number asked for ("12", "5.4"), or null. */
  readonly ficheNumber: string | null;
  /** The département the question is about: named in it, or the asker's home. */
  readonly territory: Departement | null;
  readonly territorySource: TerritorySource;
  /** A commune or EPCI the question names ("Orthez"), when it does. */
  readonly place: string | null;
  /** Search terms and concepts. */
  readonly query: IndexQuery;
  readonly english: boolean;
  /** The question asks for a decision or a computation about one person (a right, an amount): not the bot's role. */
  readonly individual: boolean;
}

/** The asker's context: their home département, when the bot knows it. */
export interface AskContext {
  readonly home?: Departement | null;
}

/**
 * Reads a question: its intent, the fiche number it names, the territory it is about (a département named by
 * name or number, or a commune or EPCI resolved to its département; else the asker's home), and the search
 * query. Pure: the same question and context always give the same understanding.
 */
export function understand(message: string, context: AskContext = {}): Understanding {
  // A turn understands the same message twice (to know whether to ask the territory, then to answer), and turns
  // of other conversations run in between: the last few results are kept. Understandings are never mutated, so
  // sharing one is safe.
  const key = `${context.home?.code ?? ""}\u0000${message}`;
  const cached = recent.get(key);
  if (cached !== undefined) return cached;
  const value = understandUncached(message, context);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(key, value);
  return value;
}

/** How many understandings are kept: more than the turns a bot has in flight at once. */
const RECENT = 64;
const recent = new Map<string, Understanding>();

function understandUncached(message: string, context: AskContext): Understanding {
  const text = cleanMessage(message);
  const home = context.home ?? null;
  const ficheNumber = findFicheNumber(text);
  let intent = detectIntent(text);
  // A fiche asked by number is a lookup, unless the question asks one of its fields ("qui pilote la fiche 12").
  if (ficheNumber && (intent === "topic" || intent === "public" || intent === "dispositif")) intent = "fiche";

  const found = findDepartementMentions(text);
  // A commune whose name holds a département's ("Romans-sur-Isère", "Bar-sur-Aube") is the place meant: the
  // communes are looked for only when a département's name could be part of one.
  const nameCues = found.some((m) => m.cue === "name");
  const candidates = found.length === 0 || nameCues ? findPlacesInQuery(text, home ? { departements: [home.code] } : {}) : [];
  const mentions = found.filter((m) => m.cue !== "name" || !candidates.some((p) => p.start <= m.start && p.end >= m.end && p.end - p.start > m.end - m.start));
  const named = mentions[0]?.departement ?? null;
  const places = named ? [] : candidates;
  const place = places[0] ?? null;
  const territory = named ?? place?.departement ?? home;
  const territorySource: TerritorySource = named || place ? "question" : home ? "home" : null;

  // Words naming the territory are not search terms: "Orthez" or "le 35" are not in the fiche that treats its
  // allocataires.
  let searchText = text;
  for (const p of [...places, ...mentions]) searchText = searchText.slice(0, p.start) + " ".repeat(p.end - p.start) + searchText.slice(p.end);
  const query = toIndexQuery(searchText, INTENT_WORDS);
  const domain = query.concepts.length > 0;
  const english = isEnglish(text);
  const individual = !ficheNumber && isIndividualDecision(text);
  if (intent !== "aide" && intent !== "salutation" && intent !== "vide" && intent !== "territoire" && !ficheNumber && (individual || isOffTopic(text, domain) || (english && !domain))) {
    intent = "hors-sujet";
  }
  return { text, intent, ficheNumber, territory, territorySource, place: place?.name ?? null, query, english, individual };
}
