import type { Heading } from "./headings.js";
import { tidyTitle } from "./titles.js";

/** Display form of an axe heading: "Axe 2 : Title", or the heading itself when it is not an axe (engagements). */
export function axeLabel(h: Heading, axes: ReadonlyMap<string, string>): string {
  const title = (h.number && axes.get(h.number)) || h.title;
  if (/^(engagement|initiatives?)/i.test(title)) return title;
  if (/^engagement|initiatives/i.test(h.title) || h.number === null) return title;
  return `Axe ${h.number} : ${title}`;
}

/** Display form of an objectif heading: "2-1 Dépasser les freins pour aller vers l'emploi". */
export function objectifLabel(h: Heading): string {
  return tidyTitle(`${h.number ? `${h.number} ` : ""}${h.title}`);
}

/** The best printing of each axe title: mixed case beats capitals, a whole title beats a cut one. */
export function bestAxeTitles(headings: readonly Heading[]): Map<string, string> {
  const best = new Map<string, string>();
  const score = (t: string): number => (t === t.toUpperCase() ? 0 : 1000) + Math.min(t.length, 200);
  for (const h of headings) {
    if (h.kind !== "axe" || !h.number) continue;
    const t = h.title.replace(/\s+/g, " ").trim();
    if (!t) continue;
    const current = best.get(h.number);
    if (!current || score(t) > score(current)) best.set(h.number, t);
  }
  return best;
}
