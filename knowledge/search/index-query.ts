import { conceptsOf, glossaryConceptOf, type Concept } from "./concepts.js";
import { unclip } from "./clipped-words.js";
import { normalizeTerm, tokenizeFrench } from "./french.js";
import { glossaryMentions } from "../vocabulary/glossary.js";
import { NAMED_PLAN_KINDS } from "../model/plan.js";

/** What the index searches with: analysed terms of the question and the concepts it names. */
export interface IndexQuery {
  readonly terms: readonly string[];
  readonly concepts: readonly Concept[];
  /** Terms that belong to a glossary form the question uses ("brsa" for RSA, "marche" in "si le pacte marche"):
   * the concept stands for them when judging how much of the question a fiche covers, so they do not count twice. */
  readonly subsumed?: readonly string[];
  /** The kinds of plan the question names ("le pdie", "la calpae", "dans le pti"): PDI, PTI, PTLI, PDIE, CALPAE.
   * Not searched (every fiche is in a plan); the answer may read them as the plan meant. Default: none. */
  readonly planKinds?: readonly string[];
}

/** The analysed form of a question for the index: terms (stopwords out) and concept keys. */
export function toIndexQuery(text: string, dropTerms: ReadonlySet<string> = new Set()): IndexQuery {
  const terms: string[] = [];
  const subsumed: string[] = [];
  const mentions = glossaryMentions(text);
  // Words that belong to a glossary form ("brsa", "si le pacte marche"): its concept stands for them.
  const inPhrase = new Set(mentions.flatMap((m) => m.words));
  // The two tokens before the current one, to tell an age or a duration ("mme 41 ans", "depuis 5 semaines") from
  // an age limit, which names a public ("moins de 26 ans", "de 16 à 25 ans").
  let before2 = "";
  let before = "";
  for (const t of tokenizeFrench(text).flatMap(unclipped)) {
    const b2 = before2;
    const b1 = before;
    before2 = before;
    before = t;
    const n = normalizeTerm(t);
    // Numbers other than years ("12 au 16 août", "58 ans") match amounts and line numbers, not subjects.
    if (!n || dropTerms.has(n) || (/^\d/.test(n) && !/^(?:19|20)\d\d$/.test(n))) continue;
    // An age or a duration ("mme 58 ans", "depuis 6 mois") describes the person, not what a fiche
    // is about; counted as words of the question, it made every long situation look poorly covered.
    if (TIME_UNITS.has(n) && /^\d+$/.test(b1) && !AGE_LIMIT_WORDS.has(b2)) continue;
    // Long words are searched by their first 7 letters (a prefix search): "prescrire" finds "prescription",
    // "orientés" finds "orientation". French derivations share their beginning, rarely their end.
    const searched = n.length >= 9 && !/\d/.test(n) ? n.slice(0, 7) : n;
    if (!terms.includes(searched)) terms.push(searched);
    if (inPhrase.has(t) && !subsumed.includes(searched)) subsumed.push(searched);
  }
  // Concepts are read on the words that say what the question is about: "qui pilote" must not make it a
  // question about governance. "le PTI", "la CALPAE": the plan a question names is where to look, not a subject.
  const content = text.replace(/[\p{L}\p{N}'’-]+/gu, (word) => {
    const n = normalizeTerm(word);
    return n !== null && dropTerms.has(n) ? " " : word;
  });
  // A phrase of three words or more that holds an intent word ("si les actions marchent", "pilotage de la
  // politique d'insertion") still names its subject.
  const concepts = conceptsOf(content);
  for (const m of mentions) {
    if (m.words.length < 3) continue;
    const c = glossaryConceptOf(m.entry);
    if (!concepts.some((k) => k.key === c.key)) concepts.push(c);
  }
  // The plan's own name is an intent word (out of the content above): read on the whole question.
  const planKinds = [...new Set(mentions.flatMap((m) => PLAN_CONCEPTS.get(glossaryConceptOf(m.entry).key) ?? []))];
  return { terms, concepts: concepts.filter((c) => !PLAN_CONCEPTS.has(c.key)), subsumed, ...(planKinds.length ? { planKinds } : {}) };
}

/** Units of an age or a duration, as normalizeTerm leaves them. */
const TIME_UNITS: ReadonlySet<string> = new Set(["an", "ans", "annee", "mois", "semain", "jour", "heure", "h"]);
/** Words before a number that make "N ans" an age limit, which names a public: "moins de 26 ans", "de 16 à 25 ans". */
const AGE_LIMIT_WORDS: ReadonlySet<string> = new Set(["de", "moins", "plus", "a", "au", "entre", "et"]);
/** A question's token, or the plan's words for a clipped one ("rdv" → "rendez", "vous"). */
function unclipped(token: string): string[] {
  const full = unclip(token);
  return full === token ? [token] : tokenizeFrench(full);
}

/** Glossary concepts that name a kind of plan (the glossary's entry for each acronym), and that kind; the SPIE is
 * a service, in no plan's name, and no subject either. */
const PLAN_CONCEPTS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([...NAMED_PLAN_KINDS.map((kind): [string, string[]] => [`g:${kind.toLowerCase()}`, [kind]]), ["g:spie", []]]);

