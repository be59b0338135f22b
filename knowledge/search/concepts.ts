import { fold } from "../text/fold.js";
import { findGlossaryEntries } from "../vocabulary/glossary.js";
import { loadDispositifSeeds } from "../vocabulary/dispositifs.js";
import { compileDispositifMatcher, dispositifPhrases, type DispositifMatcher } from "../vocabulary/match-dispositifs.js";
import { glossaryForms, type GlossaryEntry } from "../vocabulary/glossary.js";
import { detectPublicGroups } from "../vocabulary/publics.js";
import { tagThematiques } from "../vocabulary/thematiques.js";
import { analyzeFrench } from "./french.js";

/**
 * A concept is the bridge between how a référent types and how a plan writes: "maman solo" and "familles
 * monoparentales", "PE" and "Pôle emploi", "sans voiture" and "mobilité" become the same key. Keys are prefixed
 * by their source: "g:" glossary entry, "d:" dispositif, "t:" data·inclusion thématique, "p:" public group.
 */
export interface Concept {
  readonly key: string;
  /** The concept's canonical words, analysed: searched in the fiches' text too ("transport" → "mobilit"). */
  readonly expansions: readonly string[];
  /** Other keys for the same thing: a fiche naming any of them names the concept ("g:gpec" and the dispositif
   * "d:gpec-territoriale", which plans write out in full). */
  readonly alternatives?: readonly string[];
}

/** A concept key from a name: "g:familles-monoparentales". */
export function conceptKey(kind: "g" | "d" | "t" | "p", name: string): string {
  return `${kind}:${fold(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

let dispositifs: DispositifMatcher | null = null;
let dispositifNames: Map<string, string> | null = null;
/** Dispositif ids by the folded phrases they are found under ("gpec" → gpec-territoriale). */
let dispositifsByPhrase: Map<string, string[]> | null = null;

function dispositifMatcher(): DispositifMatcher {
  if (!dispositifs) {
    const seeds = loadDispositifSeeds();
    dispositifs = compileDispositifMatcher(seeds);
    dispositifNames = new Map(seeds.map((s) => [s.id, s.name]));
    dispositifsByPhrase = new Map();
    for (const seed of seeds) {
      for (const phrase of dispositifPhrases(seed)) {
        const key = fold(phrase);
        dispositifsByPhrase.set(key, [...new Set([...(dispositifsByPhrase.get(key) ?? []), seed.id])]);
      }
    }
  }
  return dispositifs;
}

/** The dispositifs a glossary entry names under one of its forms: the same thing under two keys. */
function linkedDispositifs(entry: GlossaryEntry): string[] {
  dispositifMatcher();
  return [...new Set(glossaryForms(entry).flatMap((form) => dispositifsByPhrase?.get(fold(form)) ?? []))].map((id) => `d:${id}`);
}

// A glossary entry's concept is the same every time: built once (questions name the same entries again and again).
const glossaryConcepts = new WeakMap<GlossaryEntry, Concept>();

function glossaryConcept(e: GlossaryEntry): Concept {
  let concept = glossaryConcepts.get(e);
  if (!concept) {
    // An acronym is expanded to what it stands for; a synonym to its canonical term.
    const words = e.kind === "acronym" ? [e.term, ...e.expansions] : [e.term];
    const alternatives = linkedDispositifs(e);
    concept = { key: conceptKey("g", e.term), expansions: [...new Set(words.flatMap((w) => analyzeFrench(w)))], ...(alternatives.length ? { alternatives } : {}) };
    glossaryConcepts.set(e, concept);
  }
  return concept;
}

/** The concept of a glossary entry (acronym expanded, linked dispositifs), built once per entry. */
export function glossaryConceptOf(entry: GlossaryEntry): Concept {
  return glossaryConcept(entry);
}

/** The concepts a text names, with their expansions (a question, or a fiche's fields). */
export function conceptsOf(text: string, options: { long?: boolean } = {}): Concept[] {
  const out = new Map<string, Concept>();
  for (const e of findGlossaryEntries(text)) {
    out.set(conceptKey("g", e.term), glossaryConcept(e));
  }
  for (const id of dispositifMatcher()(text)) {
    out.set(`d:${id}`, { key: `d:${id}`, expansions: [...new Set(analyzeFrench(dispositifNames?.get(id) ?? ""))] });
  }
  for (const slug of tagThematiques(text, options.long ? {} : { shortTextMaxChars: 100_000 })) out.set(`t:${slug}`, { key: `t:${slug}`, expansions: [] });
  for (const group of detectPublicGroups(text)) out.set(`p:${group}`, { key: `p:${group}`, expansions: [] });
  return [...out.values()];
}
