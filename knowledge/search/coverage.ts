import type { Concept } from "./concepts.js";
import type { IndexQuery } from "./index-query.js";

/** How a hit covers the query: which terms and concepts it matched, among those that tell fiches apart. */
export interface Coverage {
  /** Terms and concepts of the query that are rare enough in the catalog to tell fiches apart. */
  readonly discriminating: number;
  /** How many of those the fiche matches. */
  readonly matched: number;
  /** Specific concepts (rare in the catalog) the query names, and how many of them the fiche matches. */
  readonly specificConcepts: number;
  readonly matchedConcepts: number;
  /** The same for narrow concepts (a glossary term, a public group, a dispositif), not broad thématiques. */
  readonly narrowConcepts: number;
  readonly matchedNarrow: number;
  /** Share of the narrow concepts' weight (rarer concepts weigh more: inverse document frequency) matched. */
  readonly narrowWeight: number;
  /** Share of the weight of all discriminating terms and concepts matched. */
  readonly weighted: number;
  /** The discriminating terms and concept keys the fiche does not match. */
  readonly missed: readonly string[];
  /** The most specific narrow concept of the question (the rarest in the catalog) is named by no fiche of the
   * départements searched, and the fiche matches no word of the question rarer than it: the plans there do not
   * treat what the question is about. */
  readonly rarestAbsent: boolean;
}

/** What weighing a query needs to know of the catalog searched. */
export interface CatalogStats {
  /** Number of fiches in the catalog. */
  readonly fiches: number;
  /** In how many fiches a term or concept key occurs. */
  documentFrequency(termOrKey: string): number;
  /** True when a term or key occurs in too many fiches to tell them apart. */
  isCommon(termOrKey: string): boolean;
  /** True when some fiche of these départements (all when empty) names the concept key. */
  isNamedIn(key: string, departements: readonly string[]): boolean;
}

/** The parts of a query that tell fiches apart, with their weights: computed once per search, for every hit. */
export interface WeighedQuery {
  readonly terms: readonly { readonly term: string; readonly idf: number }[];
  readonly concepts: readonly { readonly concept: Concept; readonly idf: number; readonly narrow: boolean }[];
  readonly rarestAbsent: boolean;
  /** The rarity weight of that absent concept (0 when there is none). */
  readonly absentIdf: number;
  /** What that absent concept names, without its kind ("gens-du-voyage" for g:gens-du-voyage), or null. */
  readonly absentSubject: string | null;
}

const keysOf = (c: Concept): string[] => [c.key, ...(c.alternatives ?? [])];

/** A concept, under any of its keys, too common to tell fiches apart. */
export function isCommonConcept(c: Concept, stats: Pick<CatalogStats, "isCommon">): boolean {
  return keysOf(c).some((k) => stats.isCommon(k));
}

/** The discriminating terms and concepts of a query and their rarity weights (inverse document frequency). */
export function weighQuery(query: IndexQuery, stats: CatalogStats, departements: readonly string[] = []): WeighedQuery {
  const subsumed = new Set(query.subsumed ?? []);
  const n = stats.fiches + 1;
  // A word no fiche uses weighs like a middling one: it may be chat ("galère") or the very subject no fiche has.
  const idf = (key: string): number => {
    const df = stats.documentFrequency(key);
    return df === 0 ? Math.log(n) / 2 : Math.log(n / (df + 1));
  };
  const terms = query.terms.filter((t) => !stats.isCommon(t) && !subsumed.has(t)).map((term) => ({ term, idf: idf(term) }));
  const concepts = query.concepts
    .filter((c) => !isCommonConcept(c, stats))
    .map((concept) => ({ concept, idf: Math.min(...keysOf(concept).map(idf)), narrow: !concept.key.startsWith("t:") }));
  const rarest = concepts.filter((c) => c.narrow).reduce<(typeof concepts)[number] | null>((best, c) => (best === null || c.idf > best.idf ? c : best), null);
  const rarestAbsent = rarest !== null && !keysOf(rarest.concept).some((k) => stats.isNamedIn(k, departements));
  return { terms, concepts, rarestAbsent, absentIdf: rarestAbsent ? rarest.idf : 0, absentSubject: rarestAbsent ? subjectOf(rarest.concept.key) : null };
}

/** What a concept key names, without its kind: "g:gens-du-voyage" and "p:gens-du-voyage" name the same. */
const subjectOf = (key: string): string => key.slice(key.indexOf(":") + 1);

/** How rare, against the question's rarest absent concept, a matched narrow concept must be to stand for a subject
 * of its own. Checked with `npm run eval`: 0.75 also answered a question about AVIP crèches with the childcare fiche
 * (no fiche names AVIP); 1.0 lost the situation questions it is for. */
const RARE_ENOUGH = 0.85;

/** Which of the weighed query's terms and concepts a hit matched (`matched`: the query terms minisearch reports). */
export function coverageOf(query: WeighedQuery, matched: ReadonlySet<string>): Coverage {
  // Sums in plain loops: this runs for every hit of every search.
  let allWeight = 0;
  let hitWeight = 0;
  let matchedCount = 0;
  // A fiche that matches a word of the question rarer than the absent concept ("sous-traitance" beside "entreprises
  // classiques") answers what is most specific in the question after all.
  let rarerMatched = false;
  const missed: string[] = [];
  for (const t of query.terms) {
    allWeight += t.idf;
    if (matched.has(t.term)) {
      hitWeight += t.idf;
      matchedCount++;
      if (t.idf > query.absentIdf) rarerMatched = true;
    } else missed.push(t.term);
  }
  let matchedConcepts = 0;
  let narrowConcepts = 0;
  let matchedNarrow = 0;
  let narrowTotal = 0;
  let narrowHit = 0;
  for (const c of query.concepts) {
    const hit = conceptMatched(c.concept, matched);
    allWeight += c.idf;
    if (hit) {
      hitWeight += c.idf;
      matchedConcepts++;
      // A narrow concept of the question nearly as rare as the absent one is a subject of its own that the fiche
      // treats ("un ado de l'ASE, déscolarisé" answered by the fiche on the ASE's young people).
      // Not the absent subject under another key (the public group « gens du voyage » beside the glossary's).
      if (c.narrow && c.idf >= RARE_ENOUGH * query.absentIdf && subjectOf(c.concept.key) !== query.absentSubject) rarerMatched = true;
    } else missed.push(c.concept.key);
    if (c.narrow) {
      narrowConcepts++;
      narrowTotal += c.idf;
      if (hit) {
        matchedNarrow++;
        narrowHit += c.idf;
      }
    }
  }
  return {
    rarestAbsent: query.rarestAbsent && !rarerMatched,
    discriminating: query.terms.length + query.concepts.length,
    matched: matchedCount + matchedConcepts,
    specificConcepts: query.concepts.length,
    matchedConcepts,
    narrowConcepts,
    matchedNarrow,
    narrowWeight: narrowTotal > 0 ? narrowHit / narrowTotal : 1,
    weighted: allWeight > 0 ? hitWeight / allWeight : 0,
    missed,
  };
}

/**
 * A concept is matched by its key (the fiche names it), or by all the words of an acronym's expansion
 * ("contrat d'engagement réciproque" for CER); one word of a phrase ("voyage") is not enough.
 */
function conceptMatched(c: Concept, matched: ReadonlySet<string>): boolean {
  if (matched.has(c.key)) return true;
  for (const k of c.alternatives ?? []) if (matched.has(k)) return true;
  return c.expansions.length >= 2 && c.expansions.every((e) => matched.has(e));
}
