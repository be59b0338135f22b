import { z } from "zod";
import { compilePhrases, type PhraseMatcher } from "./phrase-matcher.js";
import publicsData from "./publics.json" with { type: "json" };

/**
 * Who a fiche is for, in two vocabularies. `PUBLICS` are data·inclusion's 14 publics (GUIDE §3), what the catalog
 * stores in `publicsTags`. `PUBLIC_GROUPS` are finer groups référents ask about ("familles monoparentales",
 * "travailleurs indépendants", "gens du voyage"), each mapped to the data·inclusion public that contains it. The
 * data lives in publics.json, with an "ignore" list of stop phrases ("Direction des personnes âgées et personnes
 * handicapées" names a service, not a public). Triggers follow the rules of phrase-matcher.ts; matching is
 * leftmost-longest, so "jeune enfant" (a family with a toddler) does not count as "jeune".
 *
 * Run these on a fiche's public field (its "Bénéficiaires" block) or on a question; on a whole fiche, pilots and
 * partners ("Mutualité sociale agricole", "missions locales") would add publics the action is not for.
 */

/** The 14 data·inclusion public slugs (schema v1). */
export const PUBLIC_SLUGS = [
  "tous-publics",
  "actifs",
  "beneficiaires-des-minimas-sociaux",
  "demandeurs-emploi",
  "etudiants",
  "familles",
  "femmes",
  "jeunes",
  "personnes-en-situation-de-handicap",
  "personnes-en-situation-durgence",
  "personnes-en-situation-juridique-specifique",
  "personnes-exilees",
  "residents-qpv-frr",
  "seniors",
] as const;
export const PublicSlugSchema = z.enum(PUBLIC_SLUGS);
export type PublicSlug = z.infer<typeof PublicSlugSchema>;

const PublicsFileSchema = z
  .object({
    ignore: z.array(z.string().min(1)),
    publics: z.array(
      z.object({ slug: PublicSlugSchema, label: z.string().min(1), triggers: z.array(z.string().min(1)).min(1) }),
    ),
    groups: z.array(
      z.object({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
        label: z.string().min(1),
        slug: PublicSlugSchema,
        triggers: z.array(z.string().min(1)).min(1),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    for (const slug of PUBLIC_SLUGS) {
      if (file.publics.filter((p) => p.slug === slug).length !== 1) {
        ctx.addIssue({ code: "custom", message: `publics.json must describe "${slug}" exactly once` });
      }
    }
    const ids = new Set<string>();
    for (const group of file.groups) {
      if (ids.has(group.id)) ctx.addIssue({ code: "custom", message: `duplicate public group "${group.id}"` });
      ids.add(group.id);
    }
  });

/** One data·inclusion public. */
export interface Public {
  readonly slug: PublicSlug;
  /** French label, for display. */
  readonly label: string;
  /** Words that designate this public directly (the groups mapped to it add theirs). */
  readonly triggers: readonly string[];
}

/** A finer, project-specific public, mapped to the data·inclusion public that contains it. */
export interface PublicGroup {
  readonly id: string;
  readonly label: string;
  /** The data·inclusion public the group belongs to. */
  readonly slug: PublicSlug;
  readonly triggers: readonly string[];
}

const file = (() => {
  const parsed = PublicsFileSchema.safeParse(publicsData);
  if (!parsed.success) throw new Error(`publics: invalid publics.json\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
})();

/** The 14 data·inclusion publics, in {@link PUBLIC_SLUGS} order. */
export const PUBLICS: readonly Public[] = Object.freeze(
  PUBLIC_SLUGS.map((slug) => {
    const p = file.publics.find((x) => x.slug === slug);
    if (!p) throw new Error(`publics: missing ${slug}`);
    return Object.freeze({ slug, label: p.label, triggers: Object.freeze([...p.triggers]) });
  }),
);

/** The finer groups, in publics.json order. */
export const PUBLIC_GROUPS: readonly PublicGroup[] = Object.freeze(
  file.groups.map((g) => Object.freeze({ ...g, triggers: Object.freeze([...g.triggers]) })),
);

type PublicValue = { readonly slug: PublicSlug; readonly group: string | null };

let matcher: PhraseMatcher<PublicValue> | undefined;

function publicsMatcher(): PhraseMatcher<PublicValue> {
  if (!matcher) {
    matcher = compilePhrases<PublicValue>(
      [
        ...PUBLICS.flatMap((p) => {
          const value: PublicValue = { slug: p.slug, group: null };
          return p.triggers.map((phrase) => ({ phrase, value }));
        }),
        ...PUBLIC_GROUPS.flatMap((g) => {
          const value: PublicValue = { slug: g.slug, group: g.id };
          return g.triggers.map((phrase) => ({ phrase, value }));
        }),
        ...file.ignore.map((phrase) => ({ phrase, value: null })),
      ],
      { name: "publics", longest: true },
    );
  }
  return matcher;
}

/**
 * The data·inclusion publics `text` designates, directly or through a finer group ("maman solo" → familles,
 * "allocataires du rSa" → beneficiaires-des-minimas-sociaux), in {@link PUBLIC_SLUGS} order; empty array when
 * none.
 */
export function tagPublics(text: string): PublicSlug[] {
  const found = new Set(publicsMatcher().values(text).map((v) => v.slug));
  return PUBLIC_SLUGS.filter((slug) => found.has(slug));
}

/** The ids of the finer groups `text` designates ("familles-monoparentales", "gens-du-voyage"...), in
 * {@link PUBLIC_GROUPS} order; empty array when none. */
export function detectPublicGroups(text: string): string[] {
  const found = new Set(publicsMatcher().values(text).flatMap((v) => (v.group === null ? [] : [v.group])));
  return PUBLIC_GROUPS.filter((g) => found.has(g.id)).map((g) => g.id);
}
