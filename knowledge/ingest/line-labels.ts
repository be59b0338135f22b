import { readLabel, type LabelHit } from "./labels.js";
import type { Line } from "./lines.js";

/** The labels found on one line (one per table cell that opens a field). */
export type LineLabels = ReadonlyArray<LabelHit>;

/** Labels of every line, computed once: readers call it on each cell of a tab table. */
export function labelLines(lines: readonly Line[]): LineLabels[] {
  return lines.map((line) => {
    if (line.text.trim() === "") return [];
    const hits: LabelHit[] = [];
    let filled = 0;
    for (const cell of line.text.split("\t")) {
      if (cell.trim() === "") continue;
      filled++;
      const hit = readLabel(cell);
      if (hit) hits.push(hit);
    }
    // A row of four filled cells or more is a data table (a plan table, a credit table), whose header cells
    // ("N°", "Actions", "Pilote") are not the labels of a fiche, unless every cell is one: the header row of a
    // fiche laid out in columns (« Pilote(s) | Co-pilote | Territoire | Calendrier »).
    return filled >= 4 && hits.length < filled ? [] : hits;
  });
}
