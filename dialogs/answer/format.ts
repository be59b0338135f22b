import type { Catalog, Fiche, Plan } from "../../knowledge/model/index.js";

/** How many names a list shows before "et N autres". */
const LIST_MAX = 6;

/** "A, B et C"; a long list is cut with "et N autres". */
export function frenchList(items: readonly string[], max = LIST_MAX): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} et ${rest} autre${rest > 1 ? "s" : ""}`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} et ${shown[shown.length - 1]}`;
}

/** Markdown text is written as is in Teams: escape what would turn a fiche's words into markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

/** Short name of a plan: "PDI 2023-2027 (Côtes-d'Armor)". */
export function planLabel(plan: Plan | undefined): string {
  return plan ? `${plan.kind} ${plan.period} (${plan.departement.name})` : "";
}

/** A fiche's reference line: number, title, plan and link. */
export function ficheReference(fiche: Fiche, catalog: Catalog): string {
  const plan = catalog.plans.find((p) => p.id === fiche.planId);
  return `**Fiche ${escapeMarkdown(fiche.number)}** – ${escapeMarkdown(fiche.title)} · ${escapeMarkdown(planLabel(plan))} · [voir la fiche](${fiche.url})`;
}

/** Paragraphs joined for Teams: one newline is ignored there, two make a paragraph. */
export function paragraphs(parts: ReadonlyArray<string | null | undefined | false>): string {
  return parts.filter((p): p is string => typeof p === "string" && p.trim() !== "").join("\n\n");
}
