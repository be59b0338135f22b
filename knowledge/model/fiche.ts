import { z } from "zod";
import { DepartementSchema } from "./departement.js";

/** A territory a fiche is tied to. `code` is the INSEE code (commune, EPCI SIREN, département) when the name
 * resolves to one, null for areas with no official code (a "pays", a bassin d'emploi, a CDAS). */
export const TerritoireSchema = z.object({
  name: z.string().min(1),
  type: z.enum(["commune", "epci", "departement", "zone"]),
  code: z.string().nullable(),
});
export type Territoire = z.infer<typeof TerritoireSchema>;

/** Where a fiche was read: file name and the 1-based lines of its first and last non-blank line. */
export const SourceRefSchema = z.object({
  file: z.string().min(1),
  lineStart: z.number().int().positive(),
  lineEnd: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** One fiche-action of one plan, as read from its source (GUIDE §2 field names). */
export const FicheSchema = z
  .object({
    /** Stable, readable id: `<plan id>-<number slug>`, e.g. `22-pdi-2023-2027-12`. */
    id: z.string().regex(/^[0-9a-z][0-9a-z-]*$/),
    planId: z.string().min(1),
    departement: DepartementSchema,
    /** The number as the plan prints it: "12", "2.1", "1-1", or a label such as "ASE". */
    number: z.string().min(1),
    title: z.string().min(1),
    axe: z.string().nullable(),
    /** The objectif opérationnel the fiche belongs to, when the plan has that level. */
    objectif: z.string().nullable(),
    /** What the action aims at, in the plan's words (its "Objectif(s)" or "Description" block), shortened. */
    summary: z.string().nullable(),
    /** What the action does, in the plan's words (its "Contenu", "Actions opérationnelles" or "Description"
     * block), shortened. */
    contenu: z.string().nullable(),
    pilotes: z.array(z.string().min(1)),
    partenaires: z.array(z.string().min(1)),
    /** The public in the plan's own words. */
    publics: z.array(z.string().min(1)),
    /** The same public in data·inclusion's vocabulary (GUIDE §3). */
    publicsTags: z.array(z.string().min(1)),
    calendrier: z.string().nullable(),
    budget: z.string().nullable(),
    territoires: z.array(TerritoireSchema),
    /** Ids of the dispositifs (see DispositifSchema) the fiche relies on or names. */
    dispositifs: z.array(z.string().min(1)),
    /** data·inclusion thématiques (GUIDE §3). */
    thematiques: z.array(z.string().min(1)),
    /** Vocabulary concepts the fiche names, as search keys ("g:familles-monoparentales", "d:garantie-activite",
     * "t:mobilite", "p:gens-du-voyage"): computed once at ingestion so that the index build stays fast. */
    concepts: z.array(z.string().regex(/^[gdtp]:[a-z0-9-]+$/)),
    /** True for a fiche announced (number, title, maybe a calendar) but not written. */
    empty: z.boolean(),
    /** The fiche's whole text, cleaned, for search and for the fiche page. */
    text: z.string(),
    source: SourceRefSchema,
    url: z.string().min(1),
  })
  .refine((f) => f.source.lineEnd >= f.source.lineStart, { message: "source.lineEnd is before source.lineStart" });
export type Fiche = z.infer<typeof FicheSchema>;
