import { fold } from "../text/fold.js";
import { readLabel } from "./labels.js";
import type { Line } from "./lines.js";

/** A page's first and last lines, the only places a running header or footer can be. */
const EDGE = 2;
/** A header or footer is printed on at least this many pages. */
const MIN_PAGES = 3;

/** The part of a line that stays the same from page to page: its first cell, folded, without digits. */
function furnitureKey(text: string): string {
  return fold(text.trim().split("\t")[0] ?? "").replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

/**
 * Blanks the running headers and footers of a plan whose pages are separated by form feeds (`pdftotext` writes
 * one, "\f", at each new page): the lines at a page's top or bottom whose first cell, digits aside, comes back
 * at the edge of at least three pages ("PDI des Deux-Sèvres 2025-2029<spaces>Axe II – …", "Département des
 * Deux-Sèvres<spaces>12"). Why: a page break inside a fiche put them among its values (a list of partenaires
 * went on with the page header). Line numbers are kept; a text without form feeds is returned as it is.
 */
export function blankPageFurniture(lines: readonly Line[]): Line[] {
  const starts = lines.flatMap((line, i) => (line.raw.includes("\f") ? [i] : []));
  if (starts.length < MIN_PAGES) return lines.slice();
  // Each page's edge lines: the first non-blank ones after a form feed, the last ones before the next.
  const edges: number[] = [];
  const bounds = [0, ...starts, lines.length];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const filled: number[] = [];
    for (let i = bounds[p]!; i < bounds[p + 1]!; i++) if (lines[i]!.text.trim() !== "") filled.push(i);
    edges.push(...filled.slice(0, EDGE), ...filled.slice(-EDGE));
  }
  const pages = new Map<string, number>();
  for (const i of new Set(edges)) {
    const key = furnitureKey(lines[i]!.text);
    if (key.replace(/[^a-z]/g, "").length >= 4) pages.set(key, (pages.get(key) ?? 0) + 1);
  }
  const furniture = new Set(edges.filter((i) => (pages.get(furnitureKey(lines[i]!.text)) ?? 0) >= MIN_PAGES));
  return lines.map((line, i) => (furniture.has(i) ? { ...line, text: "" } : line));
}

/** Lines printed on many pages in capitals ("LE DEPARTEMENT"): running footers, not content. */
export function findFooters(lines: readonly Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.text.trim();
    // Labels repeat on every page too, but they open fields: only text that is no label is a footer.
    if (t.length >= 4 && t.length <= 40 && t === t.toUpperCase() && /[A-Z]{3}/.test(t) && !/\d/.test(t) && !readLabel(t) && !/^ACTION\b/.test(t)) {
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= 5).map(([t]) => t));
}
