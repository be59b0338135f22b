import { z } from "zod";

/** A French département as the catalog names it: INSEE code ("22", "2A", "971") and name. */
export const DepartementSchema = z.object({
  code: z.string().regex(/^(\d{2}|2[AB]|97\d)$/, "a département INSEE code such as 22, 2A or 974"),
  name: z.string().min(1),
});
export type Departement = z.infer<typeof DepartementSchema>;
