import { fold } from "../text/fold.js";

/** A fiche number as an id part: "5.4" → "5-4", "8.4 (tableau)" → "8-4-tableau", "ASE" → "ase". */
export function numberSlug(number: string): string {
  return fold(number).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** Stable, readable fiche id: `<plan id>-<number slug>`, e.g. `22-pdi-2023-2027-12`. */
export function ficheId(planId: string, number: string): string {
  return `${planId}-${numberSlug(number)}`;
}

/** The fiche page's address under the bot's public URL (no trailing slash on the base). */
export function ficheUrl(publicUrl: string, id: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/fiches/${id}`;
}
