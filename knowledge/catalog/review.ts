import type { Fiche } from "../model/index.js";

/** Something a coordinator should check in a fiche: a missing field or a value that looks cut. */
export interface ReviewItem {
  readonly ficheId: string;
  readonly number: string;
  readonly line: number;
  readonly problem: string;
}

// A value that ends on a word that cannot end a name or a sentence looks truncated ("Direction des").
const CUT = /\b(?:de|du|des|d'|la|le|les|l'|et|ou|à|a|au|aux|en|pour|par|avec|sur|dans)$/i;

/** The review items of one fiche: written fiches without pilote, partenaires or public; truncated values. */
export function reviewFiche(f: Fiche): ReviewItem[] {
  const items: ReviewItem[] = [];
  const add = (problem: string): void => void items.push({ ficheId: f.id, number: f.number, line: f.source.lineStart, problem });
  if (f.empty) return items;
  if (f.pilotes.length === 0) add("no pilote named in the plan");
  if (f.partenaires.length === 0) add("no partenaires named");
  if (f.publics.length === 0) add("no public named (only tags inferred from the text)");
  for (const [field, values] of [["pilotes", f.pilotes], ["partenaires", f.partenaires], ["publics", f.publics]] as const) {
    for (const v of values) if (CUT.test(v.trim()) || v.length > 160) add(`${field} value looks truncated or spliced: "${v.slice(0, 80)}"`);
  }
  if (f.title.length < 12 || CUT.test(f.title)) add(`title looks truncated: "${f.title}"`);
  return items;
}
