import { fold } from "../text/fold.js";
import { readFields, type ReadFields } from "./fields.js";
import { headingBefore, type Heading } from "./headings.js";
import { readLabel, type FieldKind } from "./labels.js";
import { isBlank, type Line } from "./lines.js";
import type { Section } from "./sections.js";

/** One row of an action table, read as a fiche: the plan gives no body for it, only its cells. */
export interface TableAction extends ReadFields {
  /** The number printed in the N° column, or the row's rank in its table when there is no such column. */
  readonly number: string;
  readonly title: string;
  readonly axe: Heading | null;
  readonly objectif: Heading | null;
  /** The row as text, one "Column : value" line per filled cell after the title, for search and quotation. */
  readonly text: string;
  /** Line index (0-based) of the row and of its last continuation line. */
  readonly index: number;
  readonly endIndex: number;
}

// Header cells naming the action itself; the number column; the kinds of field a column may hold.
const TITLE_HEADER = /^(?:actions?(?: a mener| prevues?| operationnelles?)?|intitule(?: de l'action)?|libelle|fiches?(?:[- ]actions?)?|mesures?|projets?)$/;
const NUMBER_HEADER = /^(?:n ?°|no\.?|num(?:ero)?|#|ref(?:erence)?)$/;
const FIELD_KINDS: ReadonlySet<FieldKind> = new Set(["pilotes", "partenaires", "publics", "calendrier", "duree", "budget", "objectifs", "contenu"]);
const PRINTED_NUMBER = /^\d{1,3}(?:[.-]\d{1,2}){0,2}$/;

/** What a column of an action table holds. */
type Column = { readonly kind: "title" | "number" | "other"; readonly label: string } | { readonly kind: FieldKind; readonly label: string };

function isField(column: Column): column is { kind: FieldKind; label: string } {
  return FIELD_KINDS.has(column.kind as FieldKind);
}

const cellsOf = (line: Line): string[] => line.text.split("\t").map((c) => c.trim());

/** The columns of a header row of an action table, or null when the row is no such header. */
function headerColumns(line: Line): Column[] | null {
  const cells = cellsOf(line);
  if (cells.filter((c) => c !== "").length < 3) return null;
  const columns: Column[] = cells.map((cell) => {
    const label = cell.replace(/\s*:$/, "");
    const key = fold(label).replace(/\((?:e|s|es)\)/g, "").trim();
    if (TITLE_HEADER.test(key)) return { kind: "title", label };
    if (NUMBER_HEADER.test(key)) return { kind: "number", label };
    const hit = readLabel(cell);
    return hit && FIELD_KINDS.has(hit.kind) && hit.rest === "" ? { kind: hit.kind, label } : { kind: "other", label };
  });
  // An action column and at least one who/when/how much column: a table of actions, not of figures.
  return columns.filter((c) => c.kind === "title").length === 1 && columns.some(isField) ? columns : null;
}

/** A row being read: the cells of each column, a cell wrapped onto the next lines adding to its column. */
interface Row {
  readonly index: number;
  end: number;
  readonly cells: string[][];
}

/**
 * The rows under a header, until two blank lines, another header or a line that is no row. A line whose number
 * cell is empty (or, without a number column, whose action cell is) continues the row above: cells wrapped onto
 * the next line, each going to its own column.
 */
function readRows(lines: readonly Line[], from: number, columns: readonly Column[]): { rows: Row[]; next: number } {
  const titleAt = columns.findIndex((c) => c.kind === "title");
  const numberAt = columns.findIndex((c) => c.kind === "number");
  const rows: Row[] = [];
  let j = from;
  for (; j < lines.length; j++) {
    if (isBlank(lines[j])) {
      // One blank line may sit between rows; two end the table.
      if (isBlank(lines[j + 1])) break;
      continue;
    }
    if (headerColumns(lines[j]!) !== null) break;
    const cells = cellsOf(lines[j]!);
    const filled = cells.filter((c) => c !== "").length;
    const last = rows[rows.length - 1];
    const opensRow = numberAt >= 0 ? PRINTED_NUMBER.test(cells[numberAt] ?? "") : (cells[titleAt] ?? "") !== "";
    if (!opensRow) {
      // A continuation keeps the table's layout (its cells under the columns); a lone line of prose ends it.
      if (last === undefined || cells.length < 2 || filled === 0) break;
      cells.forEach((c, k) => {
        if (c !== "") last.cells[Math.min(k, columns.length - 1)]!.push(c);
      });
      last.end = j;
      continue;
    }
    if (filled < 2) break;
    rows.push({ index: j, end: j, cells: columns.map((_, k) => (cells[k] ? [cells[k]!] : [])) });
  }
  return { rows, next: j };
}

/** One action from its row: fields read from the columns as from a fiche's labelled sections. */
function actionOf(row: Row, rank: number, columns: readonly Column[], lines: readonly Line[], headings: readonly Heading[]): TableAction | null {
  const cellsIn = (kind: Column["kind"]): string[] => columns.flatMap((c, k) => (c.kind === kind ? row.cells[k]! : []));
  const title = cellsIn("title").join(" ").replace(/\s+/g, " ").trim();
  if (title.length < 8) return null;
  const printed = cellsIn("number").join("").trim();
  const lineNo = lines[row.index]!.no;
  const sections: Section[] = columns.flatMap((c, k) => (isField(c) ? [{ kind: c.kind, values: row.cells[k]!, sidebar: false, line: lineNo }] : []));
  const shown = columns.flatMap((c, k) => (c.kind !== "title" && c.kind !== "number" && row.cells[k]!.length > 0 ? [`${c.label} : ${row.cells[k]!.join(" ")}`] : []));
  const text = [title, ...shown].join("\n");
  const axe = headingBefore(headings, "axe", lineNo);
  return {
    ...readFields(sections, text),
    number: PRINTED_NUMBER.test(printed) ? printed : String(rank),
    title,
    axe,
    objectif: headingBefore(headings, "objectif", lineNo, axe?.line ?? 0),
    text,
    index: row.index,
    endIndex: row.end,
  };
}

/**
 * Reads the action tables of a plan: a header row with an action column ("Action", "Intitulé") and field
 * columns ("Pilote", "Partenaires", "Échéance", "Budget"), then one row per action. Used for plans whose fiches
 * are table rows only: the fields come from the columns. Numbers repeated across tables are left as printed (the
 * catalog tells them apart and lists them for review).
 */
export function readActionTables(lines: readonly Line[], headings: readonly Heading[]): TableAction[] {
  const out: TableAction[] = [];
  for (let i = 0; i < lines.length; i++) {
    const columns = headerColumns(lines[i]!);
    if (columns === null) continue;
    const { rows, next } = readRows(lines, i + 1, columns);
    rows.forEach((row, r) => {
      const action = actionOf(row, r + 1, columns, lines, headings);
      if (action !== null) out.push(action);
    });
    i = next - 1;
  }
  return out;
}
