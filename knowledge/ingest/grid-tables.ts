/**
 * A grid table's border line, as pandoc writes tables from Word files (`pandoc -t markdown`): "+-----+-----+",
 * "+=====+=====+" under a header row, colons for alignment.
 */
const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;
/** A list item inside a cell: "-   Département…", "1. …". */
const BULLET = /^(?:[-*+•▪]|\d{1,2}[.)])\s+/;

/**
 * Rewrites each row of a grid table as one markdown pipe row, its cells whole ("| Pilote(s) | Département<br>France
 * Travail |"), and blanks the row's other lines and the borders, so that the plan keeps its line numbers.
 *
 * Why: a grid table wraps every cell over several lines, each cut at the column borders; read line by line, a
 * label's value comes in pieces ("Direction de" / "l'insertion…") and the next label's first words join the row
 * above. Whole rows read as the pipe tables of other converters do: in a cell, lines that wrap a sentence or an
 * item are joined with a space, and each list item or paragraph is set apart with `<br>` (which cleanLine reads as
 * the separator of a list). Text outside grid tables is returned as it is.
 */
export function flattenGridTables(source: string): string {
  if (!source.includes("+-") && !source.includes("+=")) return source;
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!BORDER.test(lines[i]!)) continue;
    // Each border gives the columns of the row below it: a merged title row has fewer than the rows under it.
    let columns = borderColumns(lines[i]!);
    let row: Map<number, string[]> | null = null;
    let rowStart = -1;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (BORDER.test(line)) {
        if (row !== null) lines[rowStart] = pipeRow(row);
        row = null;
        columns = borderColumns(line);
        lines[j] = "";
        continue;
      }
      if (!line.trimStart().startsWith("|")) break;
      if (row === null) {
        row = new Map();
        rowStart = j;
      }
      for (const [column, piece] of cellPieces(line, columns)) {
        const pieces = row.get(column);
        if (pieces === undefined) row.set(column, [piece]);
        else pieces.push(piece);
      }
      lines[j] = "";
    }
    // A table cut short (no closing border): what was read of its last row is kept.
    if (row !== null) lines[rowStart] = pipeRow(row);
    lines[i] = "";
    i = j - 1;
  }
  return lines.join("\n");
}

/** The positions of a border's "+" signs: the column boundaries of the table. */
function borderColumns(border: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < border.length; k++) if (border[k] === "+") out.push(k);
  return out;
}

/**
 * A row line's cells, keyed by the column each starts in: cut at the boundaries where the line has a "|" (a cell
 * that spans columns has none at the boundaries it covers, and keeps the characters printed there).
 */
function cellPieces(line: string, columns: readonly number[]): Array<[number, string]> {
  const cuts = columns.map((position, k) => ({ position, k })).filter(({ position }) => line[position] === "|");
  const out: Array<[number, string]> = [];
  for (let c = 0; c + 1 < cuts.length; c++) out.push([cuts[c]!.k, line.slice(cuts[c]!.position + 1, cuts[c + 1]!.position).trim()]);
  return out;
}

/** One row's cells, each from its pieces of lines, as a pipe row. */
function pipeRow(cells: ReadonlyMap<number, readonly string[]>): string {
  const texts = [...cells.keys()].sort((a, b) => a - b).map((column) => cellText(cells.get(column)!));
  return texts.every((t) => t === "") ? "" : `| ${texts.join(" | ")} |`;
}

/** A cell's text: wrapped lines joined, list items and paragraphs set apart with <br>. */
function cellText(pieces: readonly string[]): string {
  const items: string[] = [];
  let open = false;
  for (const piece of pieces) {
    if (piece === "") {
      open = false;
      continue;
    }
    const bullet = BULLET.test(piece);
    const text = piece.replace(BULLET, "").replace(/\|/g, "/");
    if (open && !bullet) items[items.length - 1] += ` ${text}`;
    else items.push(text);
    open = true;
  }
  return items.join("<br>");
}
