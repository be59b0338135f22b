import { z } from "zod";
import { compilePhrases, type PhraseMatcher } from "./phrase-matcher.js";
import thematiquesData from "./thematiques.json" with { type: "json" };

/**
 * data·inclusion thématiques (GUIDE §3) and the words that reveal them in a fiche or a question. The data lives
 * in thematiques.json: per thématique, "strong" triggers (unambiguous: "permis de conduire", "garage solidaire")
 * and "weak" ones (suggestive: "voiture", "transport"), plus an "ignore" list of stop phrases that hide the
 * trigger words they contain ("pôle emploi" is not a sign of the thème trouver-un-emploi, "formation des
 * travailleurs sociaux" not of se-former). Triggers follow the rules of phrase-matcher.ts: folded, whole tokens,
 * `*` for stems, short capitalised forms ("PIC", "ASE") only as exact capitals.
 */

/** The 16 data·inclusion thématique slugs (schema v1), in the order of the data·inclusion documentation. */
export const THEMATIQUE_SLUGS = [
  "choisir-un-metier",
  "creer-une-entreprise",
  "difficultes-administratives-ou-juridiques",
  "difficultes-financieres",
  "equipement-et-alimentation",
  "famille",
  "lecture-ecriture-calcul",
  "logement-hebergement",
  "mobilite",
  "numerique",
  "preparer-sa-candidature",
  "remobilisation",
  "sante",
  "se-former",
  "souvrir-a-linternational",
  "trouver-un-emploi",
] as const;
export const ThematiqueSlugSchema = z.enum(THEMATIQUE_SLUGS);
export type ThematiqueSlug = z.infer<typeof ThematiqueSlugSchema>;

const ThematiquesFileSchema = z
  .object({
    ignore: z.array(z.string().min(1)),
    thematiques: z.array(
      z.object({
        slug: ThematiqueSlugSchema,
        label: z.string().min(1),
        strong: z.array(z.string().min(1)),
        weak: z.array(z.string().min(1)),
      }),
    ),
  })
  .refine((file) => THEMATIQUE_SLUGS.every((slug) => file.thematiques.filter((t) => t.slug === slug).length === 1), {
    message: "thematiques.json must describe each data·inclusion thématique exactly once",
  });

/** One thématique with its label and triggers. */
export interface Thematique {
  readonly slug: ThematiqueSlug;
  /** French label, for display. */
  readonly label: string;
  /** Every trigger, strong ones first: what the search side looks for in a question. */
  readonly triggers: readonly string[];
  /** The triggers that tag the thématique on their own, even in a long text. */
  readonly strong: readonly string[];
}

function loadThematiques(): readonly Thematique[] {
  const parsed = ThematiquesFileSchema.safeParse(thematiquesData);
  if (!parsed.success) throw new Error(`thematiques: invalid thematiques.json\n${z.prettifyError(parsed.error)}`);
  return THEMATIQUE_SLUGS.map((slug) => {
    const t = parsed.data.thematiques.find((x) => x.slug === slug);
    if (!t) throw new Error(`thematiques: missing ${slug}`);
    return Object.freeze({ slug, label: t.label, triggers: Object.freeze([...t.strong, ...t.weak]), strong: Object.freeze([...t.strong]) });
  });
}

/** The 16 thématiques, in {@link THEMATIQUE_SLUGS} order, validated from thematiques.json at import. */
export const THEMATIQUES: readonly Thematique[] = Object.freeze(loadThematiques());

/** Stop phrases: they hide the trigger words they contain (see the module comment). */
export const THEMATIQUE_STOP_PHRASES: readonly string[] = Object.freeze(
  ThematiquesFileSchema.parse(thematiquesData).ignore,
);

interface TriggerValue {
  readonly slug: ThematiqueSlug;
  readonly strong: boolean;
  readonly trigger: string;
}

let matcher: PhraseMatcher<TriggerValue> | undefined;

function thematiqueMatcher(): PhraseMatcher<TriggerValue> {
  if (!matcher) {
    matcher = compilePhrases<TriggerValue>(
      [
        ...THEMATIQUES.flatMap((t) =>
          t.triggers.map((trigger, index) => ({
            phrase: trigger,
            value: { slug: t.slug, strong: index < t.strong.length, trigger },
          })),
        ),
        ...THEMATIQUE_STOP_PHRASES.map((phrase) => ({ phrase, value: null })),
      ],
      { name: "thematiques", longest: true },
    );
  }
  return matcher;
}

/** What {@link thematiqueHits} found for one thématique. */
export interface ThematiqueHit {
  readonly slug: ThematiqueSlug;
  /** Number of distinct triggers found (a trigger repeated counts once). */
  readonly hits: number;
  /** True when at least one of them is a strong trigger. */
  readonly strong: boolean;
  /** The triggers found, as written in thematiques.json. */
  readonly triggers: readonly string[];
}

/** Every thématique with at least one trigger in `text`, in {@link THEMATIQUE_SLUGS} order, with its evidence. */
export function thematiqueHits(text: string): ThematiqueHit[] {
  const found = new Map<ThematiqueSlug, { triggers: Set<string>; strong: boolean }>();
  for (const hit of thematiqueMatcher().scan(text)) {
    const entry = found.get(hit.value.slug) ?? { triggers: new Set<string>(), strong: false };
    entry.triggers.add(hit.value.trigger);
    entry.strong ||= hit.value.strong;
    found.set(hit.value.slug, entry);
  }
  return THEMATIQUE_SLUGS.flatMap((slug) => {
    const entry = found.get(slug);
    return entry ? [{ slug, hits: entry.triggers.size, strong: entry.strong, triggers: [...entry.triggers] }] : [];
  });
}

/** Options of {@link tagThematiques}. */
export interface TagThematiquesOptions {
  /**
   * Texts up to this many characters (a question, a title) are tagged on a single trigger, weak or strong.
   * Longer texts (a fiche) need `minHits` distinct triggers or one strong trigger, because a long text mentions
   * many things in passing ("les freins : logement, santé, mobilité"). Default 280.
   */
  readonly shortTextMaxChars?: number;
  /** Distinct triggers a long text needs when none is strong. Default 2. */
  readonly minHits?: number;
}

/**
 * The data·inclusion thématiques of `text`, in {@link THEMATIQUE_SLUGS} order; empty array when none. A short
 * text is tagged on any trigger; a long one on a strong trigger or on `minHits` distinct triggers (see
 * {@link TagThematiquesOptions}).
 */
export function tagThematiques(text: string, options: TagThematiquesOptions = {}): ThematiqueSlug[] {
  const shortTextMaxChars = options.shortTextMaxChars ?? 280;
  const minHits = options.minHits ?? 2;
  if (!Number.isInteger(minHits) || minHits < 1) throw new Error(`thematiques: minHits must be a positive integer, got ${minHits}`);
  const short = text.length <= shortTextMaxChars;
  return thematiqueHits(text)
    .filter((hit) => short || hit.strong || hit.hits >= minHits)
    .map((hit) => hit.slug);
}
