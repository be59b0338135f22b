import type { FieldKind } from "./labels.js";
import type { LineLabels } from "./line-labels.js";
import { spacedSegments } from "./layout-columns.js";
import { indentOf, isBlank, type Line } from "./lines.js";
import type { Marker } from "./markers.js";

/** The field kinds whose labels stand on lines from..to (to excluded). */
export function kindsBetween(labels: readonly LineLabels[], from: number, to: number): Set<FieldKind> {
  const kinds = new Set<FieldKind>();
  for (let i = from; i < to; i++) for (const hit of labels[i] ?? []) kinds.add(hit.kind);
  return kinds;
}

/** The first non-blank line from..to (to excluded) holding a label, or -1. */
export function firstLabelAfter(lines: readonly Line[], labels: readonly LineLabels[], from: number, to: number): number {
  for (let i = from; i < to; i++) if ((labels[i]?.length ?? 0) > 0 && !isBlank(lines[i])) return i;
  return -1;
}

/**
 * A marker opens a body when fiche labels follow it before the next marker, and when nothing but its own title
 * stands between it and the first label. A "Fiche projet 3 : title" line followed by another fiche's title line
 * is an entry of a list, even if the bodies come right after the list.
 */
export function opensBody(lines: readonly Line[], labels: readonly LineLabels[], marker: Marker, next: number): boolean {
  if (marker.inTable) return false;
  if (kindsBetween(labels, marker.index, next).size < 2) return false;
  if (marker.title === "" || (labels[marker.index]?.length ?? 0) > 0) return true;
  const first = firstLabelAfter(lines, labels, marker.index + 1, next);
  if (first < 0) return false;
  // A heading row of a two-column layout ("ACTION 3.1<spaces>Title"): lines indented to its title column carry
  // the rest of the title (« Mobi'Sèvres ») or the value of a first label printed lower, level with the middle
  // of its value.
  const column = secondColumn(lines[marker.index]!.raw);
  for (let i = marker.index + 1; i < first; i++) {
    const t = lines[i]!.text.trim();
    if (t === "") continue;
    if (column > 0 && Math.abs(indentOf(lines[i]!.raw) - column) <= 2) continue;
    // A title in capitals wrapped onto the next line, in capitals too (« ACTION 1 - ORIENTER SANS DELAI ET POSER UN
    // DIAGNOSTIC » / « PARTAGE DES L'ENTREE DANS LE RSA »).
    if (capitalsOnly(marker.title) && capitalsOnly(t)) continue;
    // A table's header or first row ("Rubrique | Volet 1 | Volet 2", "Axe | Axe 1 – …") above its labelled rows.
    if (t.includes("\t") && t.split("\t")[0]!.trim().split(/\s+/).length <= 3) continue;
    // A wrapped title in lower case, or a short tag line ("Prévention", "Santé") may sit before the labels.
    if (/^[a-zà-ÿ]/.test(t) || t.split(/\s+/).length <= 2) continue;
    // A title wrapped at the page's width onto the line right below, on a capital (« … Département / France » /
    // « Travail pour les personnes… »): a text browser's dump or a plain-text export.
    if (i === marker.index + 1 && lines[marker.index]!.text.trim().length >= 60 && !/[.!?;:]$/.test(lines[marker.index]!.text.trim())) continue;
    // An unlabelled introduction (« Le Département constate que… ») opens many bodies: a sentence, not a title.
    if (t.length >= 80 && /[.!?;:]$/.test(t)) continue;
    return false;
  }
  return true;
}

/** The column where the second cell of a row spaced by `pdftotext -layout` begins, or -1 for a one-cell line. */
function secondColumn(raw: string): number {
  return spacedSegments(raw)[1]?.start ?? -1;
}

/** Text with capital letters and no lower-case one. */
const capitalsOnly = (text: string): boolean => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
