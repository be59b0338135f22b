import type { TableAction } from "./action-tables.js";
import { axeLabel, bestAxeTitles, objectifLabel } from "./axe-labels.js";
import type { FicheReading } from "./fiche-reading.js";
import type { Heading } from "./headings.js";
import type { Line } from "./lines.js";
import { tidyTitle } from "./titles.js";

/** The fiches of a plan written as a table of actions, one per row. */
export function fichesOfTable(rows: readonly TableAction[], lines: readonly Line[], headings: readonly Heading[]): FicheReading[] {
  const axes = bestAxeTitles(headings);
  return rows.map((r) => ({
    number: r.number,
    title: tidyTitle(r.title),
    axe: r.axe ? axeLabel(r.axe, axes) : null,
    objectif: r.objectif ? objectifLabel(r.objectif) : null,
    text: r.text,
    lineStart: lines[r.index]!.no,
    lineEnd: lines[r.endIndex]!.no,
    pilotes: r.pilotes,
    partenaires: r.partenaires,
    publics: r.publics,
    calendrier: r.calendrier,
    budget: r.budget,
    summary: r.summary,
    contenu: r.contenu,
    empty: r.empty,
  }));
}
