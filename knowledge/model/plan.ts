import { z } from "zod";
import { DepartementSchema } from "./departement.js";

/** The kinds of plan the bot reads. PDI: programme départemental d'insertion; PTI: pacte territorial; PDIE: plan
 * départemental d'insertion vers l'emploi; CALPAE: execution report of the convention d'appui à la lutte contre la
 * pauvreté et d'accès à l'emploi; OTHER for anything else that holds fiches-actions. */
export const PlanKindSchema = z.enum(["PDI", "PTI", "PDIE", "CALPAE", "PTLI", "OTHER"]);
export type PlanKind = z.infer<typeof PlanKindSchema>;

/** The kinds of plan people name by their acronym (« le pdie », « la calpae 35 »): every kind but OTHER. */
export const NAMED_PLAN_KINDS: readonly PlanKind[] = PlanKindSchema.options.filter((kind) => kind !== "OTHER");

/** One insertion plan of one département. `id` is stable and readable: `22-pdi-2023-2027`. */
export const PlanSchema = z.object({
  id: z.string().regex(/^[0-9a-z][0-9a-z-]*$/),
  departement: DepartementSchema,
  title: z.string().min(1),
  kind: PlanKindSchema,
  /** Years the plan covers, as printed ("2023-2027"). */
  period: z.string().regex(/^\d{4}(-\d{4})?$/),
  /** Source file name, relative to the sources folder. */
  source: z.string().min(1),
});
export type Plan = z.infer<typeof PlanSchema>;
