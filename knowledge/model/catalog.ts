import { z } from "zod";
import { PlanSchema } from "./plan.js";
import { FicheSchema } from "./fiche.js";
import { DispositifSchema } from "./dispositif.js";

/** Everything the bot knows: the plans, their fiches, the dispositifs they mention (GUIDE §2). */
export const CatalogSchema = z
  .object({
    plans: z.array(PlanSchema),
    fiches: z.array(FicheSchema),
    dispositifs: z.array(DispositifSchema),
  })
  .superRefine((c, ctx) => {
    const planIds = new Set(c.plans.map((p) => p.id));
    const seen = new Set<string>();
    for (const f of c.fiches) {
      if (!planIds.has(f.planId)) ctx.addIssue({ code: "custom", message: `fiche ${f.id}: unknown plan ${f.planId}` });
      if (seen.has(f.id)) ctx.addIssue({ code: "custom", message: `fiche ${f.id}: duplicate id` });
      seen.add(f.id);
    }
  });
export type Catalog = z.infer<typeof CatalogSchema>;
