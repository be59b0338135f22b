import type { Catalog } from "../../knowledge/model/index.js";
import { departementByCode } from "../../knowledge/territories/departements.js";
import type { Understanding } from "../understand/understand.js";

/**
 * The understanding with the territory of the plan the question names (« la 3.4 du pdie », « la calpae prévoit… »)
 * when the question gives no territory the catalog covers and the catalog holds plans of that kind in one
 * département only: a référent names the plan rather than its département. A territory the question names stays,
 * and so does a covered home département: there « le pdi » is the référent's own plan, whatever its kind.
 */
export function withNamedPlan(u: Understanding, catalog: Catalog): Understanding {
  const kinds = u.query.planKinds ?? [];
  if (kinds.length === 0 || u.territorySource === "question") return u;
  if (u.territory !== null && catalog.plans.some((p) => p.departement.code === u.territory!.code)) return u;
  const departements = [...new Set(catalog.plans.filter((p) => kinds.includes(p.kind)).map((p) => p.departement.code))];
  const territory = departements.length === 1 ? departementByCode(departements[0]!) : null;
  return territory === null ? u : { ...u, territory, territorySource: "question" };
}
