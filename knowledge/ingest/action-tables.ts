import { fold } from "../text/fold.js";
import { splitEntities } from "./entities.js";
import { headingBefore, type Heading } from "./headings.js";
import { readLabel, type FieldKind } from "./labels.js";
import { isBlank, type Line } from "./lines.js";

/** One row of an action table, read as a fiche: the plan gives no body for it, only its cells. */
export interface TableAction {
  readonly number: string;
  readonly title: string;
  readonly pilotes: string[];
  readonly partenaires: string[];
  readonly publics: string[];
  readonly calendrier: string | null;
  readonly budget: string | null;
  /** Objectives or content cells, joined. */
  readonly summary: string | null;
  readonly axe: Heading | null;
  readonly objectif: Heading | null;
  /** The row as text ("Title | Pilote : … | Partenaires : …"), for search and quotation. */
  readonly text: string;
  /** Line index of the row (0-based) and its last continuation line. */
  readonly index: number;
  readonly endIndex: number;
}

// Header cells naming the action itself; the number column; the kinds of field a column may hold.
const TITLE_HEADER = /^(?:actions?(?: a mener| prevues?| operationnelles?)?|intitule(?: de l'action)?|libelle|fiches?(?:[- ]actions?)?|mesures?|projets?)$/;
const NUMBER_HEADER = /^(?:n ?°|no\.?|num(?:ero)?|#|ref(?:erence)?)$/;
const FIELD_KINDS: ReadonlySet<FieldKind> = new Set(["pilotes", "partenaires", "publics", "calendrier", "duree", "budget", "objectifs", "contenu"]);

type Column = { kind: "title" } | { kind: "number" } | { kind: "other" } | { kind: FieldKind };

/** The columns of a header row of an action table, or null when the row is no such header. */
function headerColumns(text: string): Column[] | null {
  const cells = text.split("\t").map((c) => c.trim());
  if (cells.filter((c) => c !== "").length < 3) return null;
  const columns: Column[] = cells.map((cell) => {
    const key = fold(cell).replace(/\s*:$/, "").replace(/\((?:e|s|es)\)/g, "").trim();
    if (TITLE_HEADER.test(key)) return { kind: "title" };
    if (NUMBER_HEADER.test(key)) return { kind: "number" };
    const hit = readLabel(cell);
    return hit && FIELD_KINDS.has(hit.kind) && hit.rest === "" ? { kind: hit.kind } : { kind: "other" };
  });
  const titles = columns.filter((c) => c.kind === "title").length;
  const fields = columns.filter((c) => FIELD_KINDS.has(c.kind as FieldKind)).length;
  // An action column and at least one who/when/how much column: a table of actions, not of figures.
  return titles === 1 && fields >= 1 ? columns : null;
}

/**
 * Reads the action tables of a plan: a header row with an action column ("Action", "Intitulé") and field
 * columns ("Pilote", "Partenaires", "Échéance", "Budget"), then one row per action, a row whose action cell is
 * empty continuing the row above (a cell wrapped onto the next line). Used for plans whose fiches are table rows
 * only: the fields come from the columns.
 */
export function readActionTables(lines: readonly Line[], headings: readonly Heading[]): TableAction[] {
  const out: TableAction[] = [];
  for (let i = 0; i < lines.length; i++) {
    const columns = headerColumns(lines[i]!.text);
    if (columns === null) continue;
    type Row = { index: number; end: number; cells: string[][] };
    const rows: Row[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (isBlank(lines[j])) {
        // One blank line may sit between rows; two end the table.
        if (isBlank(lines[j + 1])) break;
        continue;
      }
      const cells = lines[j]!.text.split("\t").map((c) => c.trim());
      if (cells.filter((c) => c !== "").length < 2 && rows.length === 0) break;
      if (headerColumns(lines[j]!.text) !== null) break;
      const titleAt = columns.findIndex((c) => c.kind === "title");
      const title = cells[titleAt] ?? "";
      if (cells.filter((c) => c !== "").length < 2) {
        // A lone cell in lower case wraps the last row's action; anything else ends the table.
        const last = rows[rows.length - 1];
        if (last && /^[a-zà-ÿ]/.test(cells.find((c) => c !== "") ?? "")) {
          last.cells[titleAt]!.push(cells.find((c) => c !== "")!);
          last.end = j;
          continue;
        }
        break;
      }
      if (title === "" && rows.length > 0) {
        const last = rows[rows.length - 1]!;
        cells.forEach((c, k) => c && last.cells[k]?.push(c));
        last.end = j;
        continue;
      }
      rows.push({ index: j, end: j, cells: columns.map((_, k) => (cells[k] ? [cells[k]!] : [])) });
    }
    rows.forEach((row, r) => {
      const cell = (kind: Column["kind"]): string[] => columns.flatMap((c, k) => (c.kind === kind ? row.cells[k]! : []));
      const title = cell("title").join(" ").replace(/\s+/g, " ").trim();
      if (title.length < 8) return;
      const printed = cell("number").join(" ").trim();
      const number = /^\d{1,3}(?:[.-]\d{1,2}){0,2}$/.test(printed) ? printed : String(r + 1);
      const lineNo = lines[row.index]!.no;
      const axe = headingBefore(headings, "axe", lineNo);
      const objectif = headingBefore(headings, "objectif", lineNo, axe?.line ?? 0);
      const joined = (kind: FieldKind): string | null => {
        const v = cell(kind).join(" ; ").replace(/\s+/g, " ").trim();
        return v === "" ? null : v;
      };
      const calendrier = [joined("calendrier"), joined("duree")].filter((v): v is string => v !== null).join(" ; ") || null;
      const budget = joined("budget");
      const fields: Array<[string, string | null]> = columns.map((c, k) => [headerLabel(lines[i]!.text, k), c.kind === "title" || c.kind === "number" || row.cells[k]!.length === 0 ? null : row.cells[k]!.join(" ")]);
      out.push({
        number,
        title,
        pilotes: splitEntities(cell("pilotes")),
        partenaires: splitEntities(cell("partenaires")),
        publics: splitEntities(cell("publics"), { splitOnEt: false }),
        calendrier,
        budget: budget && /\d/.test(budget) ? budget : null,
        summary: [joined("objectifs"), joined("contenu")].filter((v): v is string => v !== null).join(" ; ") || null,
        axe,
        objectif,
        text: [title, ...fields.filter(([, v]) => v).map(([label, v]) => `${label} : ${v}`)].join("\n"),
        index: row.index,
        endIndex: row.end,
      });
    });
    i = j - 1;
  }
  return out;
}

function headerLabel(header: string, k: number): string {
  return header.split("\t")[k]?.trim().replace(/\s*:$/, "") ?? "";
}
