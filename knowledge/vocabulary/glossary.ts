import { z } from "zod";
import { parseData, validatedOnce } from "./validated-data.js";
import { fold } from "../text/fold.js";
import { compilePhrases, isExactForm, tokenize, type PhraseMatcher } from "./phrase-matcher.js";
import glossaryData from "./glossary.json" with { type: "json" };

/**
 * The insertion vocabulary: acronyms with their expansions ("CER" → "contrat d'engagement réciproque") and
 * everyday synonyms a référent may type ("maman solo" → "familles monoparentales"). The data lives in
 * glossary.json; this module validates it and offers lookups on top of it. Matching follows the rules of
 * {@link compilePhrases}: folded, token-bounded, and short capitalised forms ("GA", "PE") only as exact capitals.
 */

/** "acronym": `term` is an abbreviation spelled out in `expansions`; "synonym": `term` is the canonical word. */
export const GlossaryKindSchema = z.enum(["acronym", "synonym"]);
export type GlossaryKind = z.infer<typeof GlossaryKindSchema>;

/** One glossary entry. */
export const GlossaryEntrySchema = z
  .object({
    /** The canonical form: the acronym as usually printed, or the concept's usual name. */
    term: z.string().trim().min(1),
    kind: GlossaryKindSchema,
    /** What an acronym stands for (several when it is ambiguous); empty for synonyms. */
    expansions: z.array(z.string().trim().min(1)).default([]),
    /** Other spellings, typos of the plans, plural forms and everyday words for the same thing. */
    variants: z.array(z.string().trim().min(1)).default([]),
  })
  .superRefine((entry, ctx) => {
    if (entry.kind === "acronym" && entry.expansions.length === 0) {
      ctx.addIssue({ code: "custom", message: `${entry.term}: an acronym needs at least one expansion` });
    }
    if (entry.kind === "synonym" && entry.variants.length === 0) {
      ctx.addIssue({ code: "custom", message: `${entry.term}: a synonym needs at least one variant` });
    }
    // Spellings that fold alike ("rSa", "rSA", "rsa") are allowed: they document how the plans write the term.
    const seen = new Set<string>();
    for (const form of [entry.term, ...entry.expansions, ...entry.variants]) {
      if (seen.has(form)) ctx.addIssue({ code: "custom", message: `${entry.term}: "${form}" is listed twice` });
      seen.add(form);
    }
  });
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** The whole glossary: entries with distinct terms. */
export const GlossarySchema = z.array(GlossaryEntrySchema).superRefine((entries, ctx) => {
  const terms = new Set<string>();
  for (const entry of entries) {
    const key = fold(entry.term);
    if (terms.has(key)) ctx.addIssue({ code: "custom", message: `duplicate glossary term "${entry.term}"` });
    terms.add(key);
  }
});

/** Result of {@link parseGlossary}: the entries, or a readable error. */
export type GlossaryParseResult =
  | { readonly success: true; readonly entries: readonly GlossaryEntry[] }
  | { readonly success: false; readonly error: string };

/** Validates raw glossary data (the content of glossary.json or a replacement). Never throws. */
export function parseGlossary(data: unknown): GlossaryParseResult {
  const parsed = parseData(GlossarySchema, data);
  return parsed.success ? { success: true, entries: parsed.value } : parsed;
}

const loadEntries = validatedOnce(GlossarySchema, glossaryData, "glossary: invalid glossary.json");

/** The validated glossary of glossary.json, parsed once. Throws "glossary: ..." when the data file is invalid. */
export function loadGlossary(): readonly GlossaryEntry[] {
  return loadEntries();
}

/** Every surface form of an entry: its term, expansions and variants. */
export function glossaryForms(entry: GlossaryEntry): string[] {
  return [entry.term, ...entry.expansions, ...entry.variants];
}

const matchers = new WeakMap<readonly GlossaryEntry[], PhraseMatcher<GlossaryEntry>>();

function matcherFor(entries: readonly GlossaryEntry[]): PhraseMatcher<GlossaryEntry> {
  let matcher = matchers.get(entries);
  if (!matcher) {
    matcher = compilePhrases(
      entries.flatMap((entry) => glossaryForms(entry).map((phrase) => ({ phrase, value: entry }))),
      { name: "glossary", longest: true },
    );
    matchers.set(entries, matcher);
  }
  return matcher;
}

/**
 * The glossary entries any of whose forms occurs in `text` (a question or a fiche), in glossary order. Empty
 * array when none does. Matching is leftmost-longest: in "Pôle emploi" only the entry France Travail is found,
 * not the everyday word "emploi". Pass `entries` to search another glossary than glossary.json.
 */
export function findGlossaryEntries(text: string, entries: readonly GlossaryEntry[] = loadGlossary()): GlossaryEntry[] {
  return matcherFor(entries).values(text);
}

/** A glossary form found in a text: its entry and the (folded) words it spans. */
export interface GlossaryMention {
  readonly entry: GlossaryEntry;
  readonly words: readonly string[];
}

/**
 * Every glossary form `text` holds (leftmost-longest), with the words it spans: what the question's words stand
 * for ("brsa" → RSA, "si les actions marchent" → evaluation). Short capitalised forms are left out (no words).
 */
export function glossaryMentions(text: string, entries: readonly GlossaryEntry[] = loadGlossary()): GlossaryMention[] {
  const hits = matcherFor(entries).scan(text).filter((hit) => !hit.exact);
  if (hits.length === 0) return [];
  const tokens = tokenize(text);
  return hits.map((hit) => ({ entry: hit.value, words: tokens.slice(hit.at, hit.at + hit.length) }));
}

const lookups = new WeakMap<readonly GlossaryEntry[], Map<string, GlossaryEntry[]>>();

/**
 * The entries having `form` as one of their forms, compared whole after folding (a single search token such as
 * "ccas" or a phrase such as "maman solo"). Short capitalised forms ("GA", "PE", "AI") only match when `form` is
 * written exactly so, so that the everyday token "ai" finds nothing. Empty array when nothing matches.
 */
export function lookupGlossary(form: string, entries: readonly GlossaryEntry[] = loadGlossary()): GlossaryEntry[] {
  let index = lookups.get(entries);
  if (!index) {
    index = new Map();
    for (const entry of entries) {
      for (const f of glossaryForms(entry)) {
        const key = isExactForm(f) ? `=${f.trim()}` : fold(f);
        const list = index.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        index.set(key, list);
      }
    }
    lookups.set(entries, index);
  }
  const trimmed = form.trim();
  const exact = index.get(`=${trimmed}`) ?? [];
  const folded = index.get(fold(trimmed)) ?? [];
  return [...new Set([...exact, ...folded])];
}
