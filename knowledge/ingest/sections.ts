import { endsOnFunctionWord, opensOnFunctionWord } from "../text/function-words.js";
import { readLabel, type FieldKind } from "./labels.js";
import { columnAt, continuesInColumn, spacedSegments } from "./layout-columns.js";
import { indentOf, type Line } from "./lines.js";
import type { LineLabels } from "./line-labels.js";

const readLabelKind = (cell: string): FieldKind | null => readLabel(cell)?.kind ?? null;

/** The text of one field of a fiche, line by line, as the plan printed it under its label. */
export interface Section {
  readonly kind: FieldKind | "head";
  /** Values, one per source line or table cell, in reading order. */
  readonly values: string[];
  /** The label was printed in capitals in a sidebar (OCR'd layout): its values are mixed with the other column. */
  readonly sidebar: boolean;
  /** 1-based line of the label. */
  readonly line: number;
}

/**
 * Cuts a body into labelled sections. Tables are read by column: a header row of labels ("Calendrier\tMoyens à
 * mobiliser", "\tActions opérationnelles\tPilote(s) Principaux acteurs associés") sends each following row's
 * cells to the label of their column, until a line without tabs; in a table laid out with spaces, each cell goes
 * to the column it stands under, until a blank line.
 */
export function readSections(
  lines: readonly Line[],
  labels: readonly LineLabels[],
  start: number,
  end: number,
  footers: ReadonlySet<string> = new Set(),
  /** Whether the plan has the OCR'd sidebar layout (its fiches open with an "ACTION / N° 3" box): only there do
   * capital labels sit in a sidebar whose lines OCR spliced with the main column. Elsewhere capital labels
   * ("PILOTE", "PUBLIC CIBLE") are plain labels and their values are read whole. Default: false. */
  sidebarLayout = false,
): Section[] {
  const sections: Section[] = [];
  let current: Section = { kind: "head", values: [], sidebar: false, line: lines[start]!.no };
  sections.push(current);
  let columns: Array<Section | null> | null = null;
  /** Where each column of a header row of labels starts, in a table laid out with spaces (else null): its rows'
   * cells go to the column they stand under, a wrapped cell joining its value. */
  let columnStarts: number[] | null = null;
  const open = (kind: FieldKind, sidebar: boolean, line: number): Section => {
    const s: Section = { kind, values: [], sidebar, line };
    sections.push(s);
    return s;
  };
  // The lines of the current block (lines between blank ones) that stand in the value column of a two-column
  // layout: when the block's label comes after them, they are its value's first lines. A Word table flattened by
  // `pdftotext -layout` prints a label level with the middle of its value when the row is centred vertically.
  let block: { section: Section; count: number; valueColumn: boolean } | null = null;
  /** The values the current block gave the field above before its own label, taken back (see `block`). */
  const carried = (i: number): string[] => {
    if (block === null || block.section !== current || !block.valueColumn || indentOf(lines[i]!.raw) > 4) return [];
    return current.values.splice(block.count);
  };
  /** A pilote label printed just above another label, waiting for its value (see below). */
  let stacked: Section | null = null;
  let lastLabelLine = -1;
  for (let i = start; i <= end; i++) {
    const text = lines[i]!.text;
    if (text.trim() === "" || footers.has(text.trim())) {
      block = { section: current, count: current.values.length, valueColumn: true };
      // A table laid out with spaces ends at a blank line: the prose below is no cell.
      if (columnStarts !== null) columns = columnStarts = null;
      continue;
    }
    const cells = text.split("\t").map((c) => c.trim());
    const hits = labels[i] ?? [];
    if (block !== null && hits.length === 0 && indentOf(lines[i]!.raw) < VALUE_COLUMN) block.valueColumn = false;
    // A row of labels (a table header, two labels side by side in a flattened two-column table), or a label and
    // its values in the next cells (« Pilote(s) | DDETS | Département », one column per part of the action).
    const labelFirst = hits.length === 1 && cells[0] !== "" && readLabelKind(cells[0]!) === hits[0]!.kind;
    if (hits.length > 0 && cells.length > 1 && (hits.length >= cells.filter((c) => c !== "").length - 1 || labelFirst)) {
      columns = [];
      let last: Section | null = null;
      let h = 0;
      for (const cell of cells) {
        if (cell === "") {
          columns.push(null);
          continue;
        }
        const hit = hits[h];
        if (hit && cell.length > 0 && readLabelKind(cell) === hit.kind) {
          h++;
          const before = h === 1 ? carried(i) : [];
          last = open(hit.kind, hit.capitals && sidebarLayout, lines[i]!.no);
          last.values.push(...before);
          if (hit.rest) last.values.push(hit.rest);
          columns.push(last);
        } else {
          // A value beside its label ("Pilote\tMission locale"): a two-column table of label and value.
          if (last) last.values.push(cell);
          columns.push(last);
        }
      }
      // Empty header cells belong to the labelled column on their left (the row number sits under it).
      for (let k = 0; k < columns.length; k++) if (columns[k] === null && k > 0) columns[k] = columns[k - 1] ?? null;
      const segments = spacedSegments(lines[i]!.raw);
      columnStarts = h === segments.length && segments.length === columns.length && h >= 2 ? segments.map((x) => x.start) : null;
      current = last ?? current;
      continue;
    }
    if (columns && columnStarts !== null && hits.length === 0) {
      const starts = columnStarts;
      const segments = spacedSegments(lines[i]!.raw);
      if (segments.length > 0 && segments[0]!.start >= starts[0]! - 2) {
        for (const piece of segments) {
          const target = columns[columnAt(starts, piece.start)] ?? current;
          const text = piece.text.trim();
          if (continuesInColumn(target.values.at(-1), text, target.kind === "publics")) target.values[target.values.length - 1] = joinWrapped(target.values.at(-1)!, text);
          else target.values.push(text);
        }
        continue;
      }
    }
    if (columns && cells.length > 1) {
      cells.forEach((cell, k) => {
        if (cell === "" || /^\d{1,2}$/.test(cell)) return;
        const target = columns![Math.min(k, columns!.length - 1)] ?? current;
        target.values.push(cell);
      });
      continue;
    }
    columns = columnStarts = null;
    const hit = hits[0];
    if (hit && cells.length === 1) {
      const sidebar = hit.capitals && sidebarLayout;
      const before = carried(i);
      // « Pilote » then « Partenaires » on the next line, their two values after them: a table row exported one
      // cell per line. Only for a pilote, which every fiche has (an empty « Co-pilote » above a label is just empty).
      const previous = current;
      stacked = previous.kind === "pilotes" && previous.values.length === 0 && !hit.rest && hit.kind !== "pilotes" && i > 0 && lastLabelLine === i - 1 && /^pilote/i.test(lines[i - 1]!.text.trim()) ? previous : null;
      lastLabelLine = i;
      current = open(hit.kind, sidebar, lines[i]!.no);
      current.values.push(...before);
      // In a sidebar, text after a capital label on the same line belongs to the main column.
      if (hit.rest && !(sidebar && !/^[\d>]/.test(hit.rest))) current.values.push(hit.rest);
      else if (hit.rest) sections[0]!.values.push(hit.rest);
      continue;
    }
    const filled = cells.filter((c) => c !== "");
    if (stacked !== null && filled.length === 1) {
      stacked.values.push(filled[0]!);
      stacked = null;
      continue;
    }
    if (filled.length === 1 && continues(current, filled[0]!)) current.values[current.values.length - 1] = joinWrapped(current.values.at(-1)!, filled[0]!);
    else for (const cell of filled) current.values.push(cell);
  }
  return sections;
}

/** Lines indented this far stand in the value column of a two-column layout (the label column is near 0). */
const VALUE_COLUMN = 12;

/** A list item's mark at the start of a line. */
const BULLET = /^[-•>»▪✓☑*]/;

/** A line that ends on a word cut by a hyphen: a letter, then "-" (a dash between spaces is punctuation). */
const HYPHEN_CUT = /[A-Za-zÀ-ÿ]-$/;

/** A value and its wrapped next line: a compound name keeps its hyphen ("Deux-Sèvres"), a cut word loses it. */
function joinWrapped(value: string, line: string): string {
  if (!HYPHEN_CUT.test(value)) return `${value} ${line}`;
  return /^[A-ZÀ-Ý]/.test(line) ? `${value}${line}` : `${value.slice(0, -1)}${line}`;
}

// Nouns that open an item of a list of publics ("jeunes de moins de 25 ans"): such a line is a new item.
const PUBLIC_ITEM = /^(?:jeunes?|personnes?|b[ée]n[ée]ficiaires?|allocataires?|familles?|femmes?|hommes?|parents?|seniors?|demandeurs?|publics?|salari[ée]s?)\b/i;

/**
 * Whether a line goes on the value above it: a wrapped line, as narrow columns print them. Certain when either
 * line has a function word at the cut ("grâce à une" / "de remise à niveau"); otherwise only a lower-case line
 * after a long value that no punctuation ends ("… ayant un projet" / "professionnel nécessitant le permis"), and not
 * a new item of a list of publics. The OCR'd sidebar joins its own fragments (sidebarValues).
 */
function continues(section: Section, line: string): boolean {
  if (section.sidebar || section.kind === "head") return false;
  const last = section.values[section.values.length - 1];
  // A word cut at the line's end ("Deux-" / "Sèvres", "conseil-" / "ler"), or a name's acronym wrapped in
  // parentheses ("… par l'activité économique" / "(CDIAE)").
  if (last !== undefined && (HYPHEN_CUT.test(last) || (/^\([^)]*\)?$/.test(line) && !/[.;:!?)]$/.test(last)))) return true;
  // A list written as a sentence and wrapped (« Pôle emploi, relais petite enfance (RPE), crèches » / « AVIP du
  // Mans, … »): the line ends inside an item, whatever the case of the next one. Only on the first line of a field
  // whose label opens it inline (« Partenaires associés : … »): further lines are as often new items in capitals.
  if (section.values.length === 1 && last !== undefined && /[,;]/.test(last) && /\p{Ll}$/u.test(last) && section.kind !== "publics" && last.length >= 40 && !BULLET.test(line) && !BULLET.test(last)) return true;
  if (!/^[a-zà-ÿ]/.test(line)) return false;
  if (last === undefined || /[.;:!?)»]$/.test(last)) return false;
  if (endsOnFunctionWord(last) || opensOnFunctionWord(line)) return true;
  if (section.kind === "publics" && PUBLIC_ITEM.test(line)) return false;
  return last.length >= 40 && !/,$/.test(last) && !/^[-•>»▪✓☑]/.test(last);
}
