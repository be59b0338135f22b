import { isCrossReference, withoutPlanName } from "./cross-references.js";
import type { Line } from "./lines.js";
import { proseAnnouncement } from "./prose-announcements.js";

/** A line that names a fiche by its number (or, rarely, by title alone): in a list, a table or a body heading. */
export interface Marker {
  /** Index in the lines array. */
  readonly index: number;
  /** The number as printed, normalised to dots or hyphens as the plan writes it ("12", "5.4", "1-1"), or null. */
  readonly number: string | null;
  /** Title text on the same line, cleaned ("" when the title is on the next lines). */
  readonly title: string;
  /** How it was written: "fiche" (Fiche action/projet n°), "action" (Action n° / ## Action 5.4), "sidebar"
   * (an "ACTION" box with "N° 3" below, in OCR'd plans), "table" (a row of a plan table with a N° column), "prose"
   * (a sentence announcing a fiche not written yet, its subject as the title). */
  readonly form: "fiche" | "action" | "sidebar" | "table" | "prose";
  /** True when the line is a cell of a tab table (summary or credit tables, never a body heading). */
  readonly inTable: boolean;
}

const NUMBER = String.raw`(\d{1,3}(?:\s?[.\-]\s?\d{1,2}){0,2}(?:\s?bis|\s?ter)?)`;
// "Fiche action n°3 Title", "Fiche projet 4 : Title", "FICHE N°1 - TITLE", "Fiche 2 : Title".
const FICHE_RE = new RegExp(String.raw`^(?:#{1,6}\s*)?(?:[-•>]\s*)?fiches?(?:[- ](?:action|projet)s?)?\s*(?:n\s?°|n[o°]\.?|numéro)?\s*${NUMBER}\b\s*[:.\-–—]?\s*(.*)$`, "i");
// "FA 1.2 : Title", "FA n°3" (fiche-action abbreviated): capitals only, so no French word is taken for it.
const FA_RE = new RegExp(String.raw`^(?:#{1,6}\s*)?(?:[-•>]\s*)?FA\s*(?:[nN]\s?°\s*)?${NUMBER}\b\s*[:.\-–—]?\s*(.*)$`);
const ACTION_RE = new RegExp(String.raw`^(?:#{1,6}\s*)?action\s*(?:n\s?°|no\.?|numéro)?\s*${NUMBER}(?![\d/])\s*(?:[:.\-–—]\s*)?(.*)$`, "i");
// "... Action n° 15" glued at the end of a header line: only with the explicit "n°", which prose never uses.
const GLUED_RE = new RegExp(String.raw`\baction n\s?°\s*${NUMBER}\s*$`, "i");
const UNNUMBERED_RE = /^(?:#{1,6}\s*)?action\s*[:\-–]\s*(.+)$/i;
const SECTION_RE = /^#{1,6}\s*(\d{1,2}\.\d{1,2})\.?\s+(\S.{3,})$/;

/** "(suite)", "suite et fin", "(cont.)": what a fiche's heading says when it is printed again on its next page. */
const CONTINUED = /^[(\[]?\s*(?:suite(?: et fin)?|fin|continued|cont\.?)\s*[)\]]?\.?$/i;

/**
 * True for a fiche heading printed again at the top of the fiche's next page ("ACTION 5.1 (suite)"): not a new
 * fiche, and not part of the text either (it falls between a field's lines, a list of partenaires say).
 */
export function isContinuationHeading(text: string): boolean {
  const first = text.trim().split("\t")[0]!.trim();
  const m = first.match(FICHE_RE) ?? first.match(FA_RE) ?? first.match(ACTION_RE);
  return m !== null && CONTINUED.test(m[2]!.trim());
}

/** The lines with every continuation heading (see isContinuationHeading) blanked; line numbers kept. */
export function blankContinuationHeadings(lines: readonly Line[]): Line[] {
  return lines.map((line) => (/(?:suite|fin|cont)/i.test(line.text) && isContinuationHeading(line.text) ? { ...line, text: "" } : line));
}

/** "N° de fiche", "Numéro de la fiche-action": a table cell whose value is the fiche's number. */
const NUMBER_LABEL = /^(?:n\s?°|num[ée]ro)\s*(?:de\s*(?:la\s*)?)?fiche(?:[- ]action)?\s*:?$/i;
/** A field listing the fiches a fiche links to: the markers under it are references. */
const LINKS_LABEL = /^(?:liens?|articulations?)\b.{0,30}\bfiches?|^fiches? (?:li[ée]es|associ[ée]es|connexes)/i;

/** The nearest non-blank line before (`step` -1) or after (+1) line `i`, trimmed; "" when none within three lines. */
function nearText(lines: readonly Line[], i: number, step: -1 | 1): string {
  for (let j = i + step; j >= 0 && j < lines.length && Math.abs(j - i) <= 3; j += step) if (lines[j]!.text.trim() !== "") return lines[j]!.text.trim();
  return "";
}

function normaliseNumber(n: string): string {
  return n.replace(/\s/g, "").replace(/(bis|ter)$/i, (x) => x.toLowerCase());
}

/** Options of findMarkers. */
export interface MarkerOptions {
  /** The plan's period ("2022-2025"), to tell its fiches from an older plan's named in the text. Default: unknown,
   * so that only a plan called earlier (« le précédent PTI ») is another's. */
  readonly period?: string | undefined;
}

/**
 * Finds every line that names a fiche. It does not decide which ones open a fiche body: a number printed in a
 * summary, a plan table or a credit table is a marker too, and the splitter tells them apart by what follows.
 */
export function findMarkers(lines: readonly Line[], options: MarkerOptions = {}): Marker[] {
  const out: Marker[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const trimmed = text.trim();
    if (trimmed === "") continue;
    // Leading and trailing empty cells matter in tables (rowspans), so split the untrimmed text.
    const rawCells = text.split("\t").map((c) => c.trim());
    const cells = trimmed.split("\t").map((c) => c.trim());
    const first = cells[0]!;
    const inTable = rawCells.length > 2;
    let m: RegExpMatchArray | null;
    // "Fiche-action 1.1<tab>Créer un guichet unique": a two-cell heading row carries its title in the second cell.
    const titleCell = (own: string): string => (own === "" && cells.length === 2 && !inTable ? cells[1]! : own);
    const announced = proseAnnouncement(lines, i);
    if (announced !== null) {
      out.push({ index: i, number: normaliseNumber(announced.number), title: announced.title, form: "prose", inTable: false });
      continue;
    }
    if ((m = first.match(FICHE_RE) ?? first.match(FA_RE))) {
      // « Fiche-action n° 2 (accompagnement global) ; fiche-action n° 12 (…) »: a fiche's links to others.
      if (isCrossReference(m[2]!, options.period) || LINKS_LABEL.test(nearText(lines, i, -1))) continue;
      // « Fiche action 2.2 du PTI 2022-2025 : Garde d'enfants »: the plan's own name is no part of the title.
      const own = withoutPlanName(m[2]!.trim());
      out.push({ index: i, number: normaliseNumber(m[1]!), title: titleCell(own), form: "fiche", inTable });
      continue;
    }
    if ((m = first.match(ACTION_RE)) && !/^\d/.test(m[2] ?? "")) {
      out.push({ index: i, number: normaliseNumber(m[1]!), title: titleCell(m[2]!.trim()), form: "action", inTable });
      continue;
    }
    // "## 2.1 Lever les freins à la mobilité": a markdown heading numbered like a fiche, with no marker word. It
    // opens a fiche only if fiche labels follow (the splitter checks), so a numbered section of prose does not.
    if ((m = trimmed.match(SECTION_RE))) {
      out.push({ index: i, number: m[1]!, title: m[2]!.replace(/\*\*/g, "").trim(), form: "action", inTable: false });
      continue;
    }
    if ((m = trimmed.match(GLUED_RE))) {
      out.push({ index: i, number: normaliseNumber(m[1]!), title: "", form: "action", inTable: false });
      continue;
    }
    if ((m = first.match(UNNUMBERED_RE)) && /[A-Za-zÀ-ÿ]{3}/.test(m[1]!)) {
      out.push({ index: i, number: null, title: m[1]!.replace(/^[«"\s]+|[»"\s]+$/g, "").trim(), form: "action", inTable });
      continue;
    }
    if (inTable && /^action\s*[-–]\s*[A-ZÀ-Ý]/i.test(first)) {
      out.push({ index: i, number: null, title: first.replace(/^action\s*[-–]\s*/i, ""), form: "action", inTable });
      continue;
    }
    // « N° de fiche » in a table exported one cell per line (or per cell): the number is the next cell.
    if ((m = first.match(NUMBER_LABEL))) {
      const number = cells[1]?.match(/^\d{1,3}(?:[.-]\d{1,2})?$/)?.[0] ?? (cells.length === 1 ? nearText(lines, i, 1).match(/^\d{1,3}(?:[.-]\d{1,2})?$/)?.[0] : undefined);
      if (number) out.push({ index: i, number: normaliseNumber(number), title: "", form: "fiche", inTable: false });
      continue;
    }
    // Sidebar box of OCR'd plans: a line "ACTION" (arrow glyphs around it), then "N° 3" within a few lines.
    if ((m = trimmed.match(/^N°\s?(\d{1,3})\b/))) {
      let box = false;
      for (let j = i - 1; j >= Math.max(0, i - 6); j--) if (/^ACTION\b/.test(lines[j]!.text.trim())) box = true;
      if (box) out.push({ index: i, number: m[1]!, title: "", form: "sidebar", inTable: false });
      continue;
    }
    // Row of a plan table with a "N°" column: "\t\t12\tTitle\t\t\t" (number cell followed by a title cell).
    if (inTable) {
      const k = rawCells.findIndex((c, idx) => idx <= 3 && /^\d{1,3}$/.test(c) && (rawCells[idx + 1] ?? "").length > 15);
      // Not after other figures: a count in a table of figures is no fiche number ("Limoges | 5 | 14 | 4 | …").
      if (k >= 0 && !rawCells.slice(0, k).some((c) => /\d{4}|€|^\d+$/.test(c))) {
        out.push({ index: i, number: rawCells[k]!, title: rawCells[k + 1]!, form: "table", inTable: true });
      }
    }
  }
  // A fiche announced in a sentence that the plan writes out after all (« … sera présentée ci-après »): its own
  // heading is the fiche, and the sentence is no boundary of the fiche it sits in.
  const written = new Set(out.filter((x) => x.form !== "prose" && !x.inTable).map((x) => x.number));
  return out.filter((x) => x.form !== "prose" || !written.has(x.number));
}
