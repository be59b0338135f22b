import { z } from "zod";

/** A dispositif (scheme, tool or programme) that fiches rely on: garantie d'activité, clause sociale, PLIE... */
export const DispositifSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** What it is, in the plans' words. */
  description: z.string().min(1),
  /** Codes of the départements whose plans mention it. */
  departements: z.array(z.string()),
  /** Ids of the fiches that mention it. */
  fiches: z.array(z.string()),
});
export type Dispositif = z.infer<typeof DispositifSchema>;
