import type { Heading } from "./headings.js";
import { headingBefore } from "./headings.js";
import { isBlank, type Line } from "./lines.js";
import type { Marker } from "./markers.js";
import type { Body } from "./split.js";

/** A fiche announced in a sommaire, a list of fiches or a plan/credit table, with where it sits in the plan. */
export interface Announcement {
  readonly index: number;
  readonly number: string | null;
  readonly title: string;
  readonly axe: Heading | null;
  readonly objectif: Heading | null;
  /** "tableau" for a table row, "sommaire" for a list line: says where an announced-only fiche was read. */
  readonly from: "tableau" | "sommaire";
}

/** A list line's title that wraps onto the next line(s) in lower case (a blank line may sit in between). */
function wrappedTitle(lines: readonly Line[], marker: Marker): string {
  let title = marker.title;
  // A table cell, or a sentence whose subject was read whole over its lines.
  if (marker.inTable || marker.form === "prose") return title;
  let j = marker.index + 1;
  for (let taken = 0; taken < 2 && j < lines.length; taken++) {
    if (isBlank(lines[j]) && !isBlank(lines[j + 1]) && /^[a-zà-ÿ]/.test(lines[j + 1]!.text.trim())) j++;
    const next = lines[j]?.text.trim() ?? "";
    if (!/^[a-zà-ÿ(]/.test(next) || next.includes("\t") || next.length > 120) break;
    title = `${title} ${next}`;
    j++;
  }
  return title;
}

/**
 * Fiches named outside their bodies: list lines ("Fiche projet 4 : …") and table rows that are not inside a
 * body (a table inside a body lists its operational steps, not fiches).
 */
export function findAnnouncements(
  lines: readonly Line[],
  markers: readonly Marker[],
  listMarkers: readonly Marker[],
  bodies: readonly Body[],
  headings: readonly Heading[],
): Announcement[] {
  const inBody = (i: number): boolean => bodies.some((b) => i >= b.start && i <= b.end);
  const candidates = [...listMarkers, ...markers.filter((m) => m.inTable && !inBody(m.index))];
  return candidates
    .filter((m) => !inBody(m.index) || !m.inTable)
    .sort((a, b) => a.index - b.index)
    .map((m) => {
      const lineNo = lines[m.index]!.no;
      const axe = headingBefore(headings, "axe", lineNo);
      const objectif = headingBefore(headings, "objectif", lineNo, axe?.line ?? 0);
      const title = wrappedTitle(lines, m).replace(/\s*\.{3,}\s*\d*$/, "");
      return { index: m.index, number: m.number, title, axe, objectif, from: m.inTable ? "tableau" : "sommaire" };
    });
}
