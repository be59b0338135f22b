import { fold } from "../text/fold.js";
import { NUMBERED_PART, type Heading } from "./headings.js";
import type { FieldKind } from "./labels.js";
import type { LineLabels } from "./line-labels.js";
import { isBlank, type Line } from "./lines.js";
import type { Marker } from "./markers.js";
import { firstLabelAfter, kindsBetween, opensBody } from "./opens-body.js";
import { findFooters } from "./page-furniture.js";

/** A fiche body found in the text: where it starts and ends, and the number its heading gives, if any. */
export interface Body {
  /** Index of the first line (the marker, or the first title line of an unnumbered body). */
  readonly start: number;
  /** Index of the last non-blank line. */
  readonly end: number;
  readonly number: string | null;
  /** Title printed on the marker line, or the title lines above an unnumbered body's first label. */
  readonly headingTitle: string;
  readonly marker: Marker | null;
}

// Headings of prose sections that close a fiche when no fiche label follows them.
const SECTION_END = /^(?:#{1,6}\s*)?(?:la situation aujourd'hui|rappel des orientations|les engagements des partenaires|les fiches actions|signature des partenaires|signatures?|annexes?\b|glossaire|sommaire|lexique|table des matieres)/;
// An axe banner cut by OCR ("Axe n", "< Axe n°3 Renforcer"): a page header, whatever its number.
const AXE_BANNER = /^<?\s*axe n\s*°?\s*\d*\b.{0,80}$/;
// A back cover: "Département des Côtes d'Armor" alone on a line.
const BACK_COVER = /^(?:le )?departement (?:des?|du|de la|d') ?[a-z' -]{3,40}$/;

/** Dotted numbers ("5.4", "1-1") versus plain ones ("12"): a plan numbers its fiches one way. */
function scheme(n: string | null): "dotted" | "plain" | "none" {
  if (n === null) return "none";
  return /\d[.-]\d/.test(n) ? "dotted" : "plain";
}

/** Lines that belong to a page header of the next fiche (axe/objectif banners) or are blank or glyph noise. */
function isHeaderOrNoise(line: Line, headingLines: ReadonlySet<number>, footers: ReadonlySet<string>): boolean {
  const t = line.text.trim();
  if (t === "" || headingLines.has(line.no) || footers.has(t) || t.replace(/[^A-Za-zÀ-ÿ0-9]/g, "").length <= 2) return true;
  // The box of an OCR'd sidebar ("ACTION v A") and the stubs of a cut banner ("< d'acc", "Axe n").
  return /^ACTION\b.{0,6}$/.test(t) || /^<\s*\S.{0,12}$/.test(t) || AXE_BANNER.test(fold(t));
}

/** Title lines right above an unnumbered body's first label: the nearest block of non-blank lines. */
function titleAbove(lines: readonly Line[], labels: readonly LineLabels[], labelIndex: number, floor: number): { start: number; title: string } {
  let i = labelIndex - 1;
  while (i > floor && isBlank(lines[i])) i--;
  const parts: string[] = [];
  let start = labelIndex;
  while (i > floor && !isBlank(lines[i]) && (labels[i]?.length ?? 0) === 0 && parts.length < 3) {
    parts.unshift(lines[i]!.text.trim());
    start = i;
    i--;
  }
  return { start, title: parts.join(" ") };
}

/**
 * Splits a plan into fiche bodies. Numbered markers that open a body come first; the remaining stretches of
 * text that still hold fiche labels are split at each label that opens a fiche (the kind that most bodies open
 * with), which finds bodies that carry no number (their title is the line above; the summary gives the number).
 */
export function splitBodies(
  lines: readonly Line[],
  labels: readonly LineLabels[],
  markers: readonly Marker[],
  headings: readonly Heading[],
): { bodies: Body[]; listMarkers: Marker[] } {
  // Keep the plan's numbering scheme: "Action 1 : Le repérage" steps inside fiche 8.3 of a plan numbered
  // "5.4", "8.3" are neither fiches nor list entries.
  const inFlow = markers.filter((m) => !m.inTable);
  const dottedCount = inFlow.filter((m) => scheme(m.number) === "dotted").length;
  const plainCount = inFlow.filter((m) => scheme(m.number) === "plain").length;
  const keep = dottedCount > plainCount * 2 ? "dotted" : plainCount > dottedCount * 2 ? "plain" : null;
  const flow = inFlow.filter((m) => keep === null || scheme(m.number) === keep || scheme(m.number) === "none");
  const opening: Marker[] = [];
  const listMarkers: Marker[] = [];
  flow.forEach((m, k) => {
    const next = flow[k + 1]?.index ?? lines.length;
    (opensBody(lines, labels, m, next) ? opening : listMarkers).push(m);
  });
  const numbered = opening;

  const headingLines = new Set<number>();
  for (const h of headings) for (let n = h.line; n <= h.endLine; n++) headingLines.add(n);
  const footers = findFooters(lines);

  // The label kind bodies open with: the first label kind after each numbered body, most common first.
  const openers = new Map<FieldKind, number>();
  numbered.forEach((m, k) => {
    const next = numbered[k + 1]?.index ?? lines.length;
    const first = firstLabelAfter(lines, labels, m.index, next);
    const kind = first >= 0 ? labels[first]![0]!.kind : undefined;
    if (kind) openers.set(kind, (openers.get(kind) ?? 0) + 1);
  });
  const all = labels.flat().map((h) => h.kind);
  const openKind: FieldKind =
    [...openers].sort((a, b) => b[1] - a[1])[0]?.[0] ??
    (["objectifs", "contenu", "publics"] as const).find((k) => all.includes(k)) ??
    "objectifs";

  // Starts of numbered bodies, then unnumbered ones found between them.
  type Start = { start: number; number: string | null; title: string; marker: Marker | null; labelAt: number };
  const starts: Start[] = numbered.map((m) => ({ start: m.index, number: m.number, title: m.title, marker: m, labelAt: m.index }));
  // Inside a numbered body: between its marker and the next marker of any kind that opens or lists a fiche.
  const coveredRanges = numbered.map((m, k) => {
    const nextList = listMarkers.find((x) => x.index > m.index)?.index ?? lines.length;
    return [m.index, Math.min(numbered[k + 1]?.index ?? lines.length, nextList)] as const;
  });
  const covered = (i: number): boolean => coveredRanges.some(([from, to]) => i >= from && i < to);
  for (let i = 0; i < lines.length; i++) {
    if (!(labels[i] ?? []).some((h) => h.kind === openKind)) continue;
    if (covered(i) || headingLines.has(lines[i]!.no)) continue;
    // A fiche shows several fields: a lone label in prose is not a body.
    if (kindsBetween(labels, i, Math.min(lines.length, i + 80)).size < 3) continue;
    let floor = -1;
    for (const s of starts) if (s.labelAt < i && s.labelAt > floor) floor = s.labelAt;
    for (const m of listMarkers) if (m.index < i && m.index > floor) floor = m.index;
    const { start, title } = titleAbove(lines, labels, i, floor);
    starts.push({ start, number: null, title, marker: null, labelAt: i });
  }
  starts.sort((a, b) => a.start - b.start);

  const boundaries = new Set<number>();
  for (const h of headings) if (h.kind === "axe") boundaries.add(h.line - 1);
  for (const m of listMarkers) boundaries.add(m.index);
  lines.forEach((l, i) => {
    // Section ends and back covers are short lines: skip the long ones without folding them.
    if (l.text.length > 120 || l.text.trim() === "") return;
    const f = fold(l.text.trim());
    if (SECTION_END.test(f) || (BACK_COVER.test(f) && !l.text.includes("\t")) || AXE_BANNER.test(f) || NUMBERED_PART.test(l.text.trim())) boundaries.add(i);
  });
  const sortedBoundaries = [...boundaries].sort((a, b) => a - b);

  const bodies: Body[] = starts.map((s, k) => {
    const nextStart = starts[k + 1]?.start ?? lines.length;
    let stop = nextStart;
    // A boundary closes the body unless labels of kinds the body has not shown yet follow it (the OCR'd sidebar
    // layout prints the axe banner in the middle of some fiches).
    const seen = kindsBetween(labels, s.start, s.start + 1);
    for (const b of sortedBoundaries) {
      if (b <= s.labelAt || b >= stop) continue;
      const before = kindsBetween(labels, s.start, b);
      const after = kindsBetween(labels, b, nextStart);
      const fresh = [...after].some((kind) => !before.has(kind) && !seen.has(kind));
      if (!fresh) {
        stop = b;
        break;
      }
    }
    let end = stop - 1;
    while (end > s.start && isHeaderOrNoise(lines[end]!, headingLines, footers)) end--;
    return { start: s.start, end, number: s.number, headingTitle: s.title, marker: s.marker };
  });
  return { bodies, listMarkers };
}
