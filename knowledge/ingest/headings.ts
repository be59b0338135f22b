import { fold } from "../text/fold.js";
import type { Line } from "./lines.js";
import { isBlank } from "./lines.js";

/** A structural heading above fiches: an axe (or engagement) or an objectif opérationnel. */
export interface Heading {
  readonly kind: "axe" | "objectif";
  /** The line where the heading starts. */
  readonly line: number;
  /** The number the plan gives it ("1", "2-1"), or null. */
  readonly number: string | null;
  /** Its title, without the "Axe n°" prefix; may be empty when only the number was printed. */
  readonly title: string;
  /** The last line the heading (with its title) takes. */
  readonly endLine: number;
}

/** A numbered part heading in capitals: "2. LEVER LES FREINS" (number, title). It ends the fiche above it too. */
export const NUMBERED_PART = /^(\d{1,2})[.)]\s+([A-ZÀ-Ý][A-ZÀ-Ý'’ ,-]{5,})$/;

/** A title printed on the heading line that wraps onto the next lines in lower case. */
function continued(lines: readonly Line[], index: number, title: string): { title: string; end: number } {
  const parts = [title];
  let end = index;
  for (let j = index + 1; j < lines.length && j < index + 4; j++) {
    const t = lines[j]!.text.trim().replace(/^[<>]\s*/, "");
    if (t === "" || !/^[a-zà-ÿ]/.test(t) || t.includes("\t")) break;
    parts.push(t);
    end = j;
  }
  return { title: parts.join(" "), end };
}

function nextNonBlank(lines: readonly Line[], index: number, limit = 4): number {
  for (let j = index + 1; j < Math.min(lines.length, index + 1 + limit); j++) if (!isBlank(lines[j])) return j;
  return -1;
}

// Heading hashes, arrow glyphs, and the dotted leaders and page numbers of a sommaire line ("Title .....\t4").
const strip = (s: string): string =>
  s.replace(/^#{1,6}\s*/, "").replace(/^[<>«\s]+/, "").replace(/\s*\.{3,}\s*\t?\s*\d*\s*$/, "").trim();

/** A title that runs on the next line(s) until a blank line or a line that is itself structure. */
function titleAfter(lines: readonly Line[], index: number): { title: string; end: number } {
  const first = nextNonBlank(lines, index, 3);
  if (first < 0) return { title: "", end: index };
  const parts = [lines[first]!.text.trim()];
  let end = first;
  // A wrapped title continues on following non-blank lines that start in lower case (l.596-597 of the 22 plan).
  for (let j = first + 1; j < lines.length && j < first + 3; j++) {
    const t = lines[j]!.text.trim();
    if (t === "" || !/^[a-zà-ÿ]/.test(t)) break;
    parts.push(t);
    end = j;
  }
  return { title: parts.join(" "), end };
}

/**
 * Finds axes and objectifs opérationnels in reading order. Recognises the forms these plans use:
 * "AXE STRATÉGIQUE 1" + title line, "Axe n°1 Title", "Axe 2" + title line, "Axe 1 - Title", table cells
 * "AXE 1 TITLE", "# Engagement du socle : 4 – Title", "OBJECTIF OPÉRATIONNEL" + "1-1 Title", and the
 * "> Title" sub-objective lines that head a list of "Fiche action" lines.
 */
export function findHeadings(lines: readonly Line[]): Heading[] {
  const out: Heading[] = [];
  // Only lines that start like a heading, or table rows, are read further (most lines are prose).
  const candidate = /^\s*(?:#|[<>»]|axe|engagement|objectif|initiative|\d[-.]\d)|\t/i;
  for (let i = 0; i < lines.length; i++) {
    if (!candidate.test(lines[i]!.text)) continue;
    const text = strip(lines[i]!.text);
    if (text === "") continue;
    const folded = fold(text);
    // A table row: only its first cell can be a heading.
    const cell = folded.split("\t")[0]!.trim();
    let m: RegExpMatchArray | null;
    if ((m = cell.match(/^axe strategique (\d+)\s*(.*)$/))) {
      const inline = text.split("\t")[0]!.replace(/^axe strat[ée]gique \d+\s*/i, "").trim();
      const t = inline ? { title: inline, end: i } : titleAfter(lines, i);
      out.push({ kind: "axe", line: lines[i]!.no, number: m[1]!, title: t.title, endLine: lines[t.end]!.no });
      continue;
    }
    if ((m = cell.match(/^axe\s*n?\s?°?\s?(\d+)\s*(?:[-–:.]\s*)?(.*)$/))) {
      const rawTitle = text.split("\t")[0]!.replace(/^axe\s*n?\s?°?\s?\d+\s*(?:[-–:.]\s*)?/i, "").trim();
      const t = rawTitle.length > 3 ? continued(lines, i, rawTitle) : titleAfter(lines, i);
      if (!/^(fiche|action)/i.test(t.title)) out.push({ kind: "axe", line: lines[i]!.no, number: m[1]!, title: t.title.split("\t")[0]!, endLine: lines[t.end]!.no });
      if (!text.includes("\t")) continue;
    }
    if ((m = cell.match(/^engagement(?: du socle)?\s*(\d+)?\s*:?\s*(?:(\d+)\s*[-–]\s*)?(.*)$/)) && /^#|engagement du socle/i.test(lines[i]!.text)) {
      const title = text.replace(/^engagement(?: du socle)?\s*\d*\s*:?\s*(?:\d+\s*[-–]\s*)?/i, "").trim();
      out.push({ kind: "axe", line: lines[i]!.no, number: m[1] ?? m[2] ?? null, title, endLine: lines[i]!.no });
      continue;
    }
    if (/^#{1,3}\s/.test(lines[i]!.text) && /^initiatives? locales?$/.test(cell)) {
      out.push({ kind: "axe", line: lines[i]!.no, number: null, title: text, endLine: lines[i]!.no });
      continue;
    }
    if ((m = cell.match(/^objectif operationnel\s*(.*)$/))) {
      const inline = text.replace(/^objectif op[ée]rationnel\s*/i, "").replace(/\s*Action n\s?°.*$/i, "").trim();
      const t = inline ? { title: inline, end: i } : titleAfter(lines, i);
      const num = t.title.match(/^(\d+[-.]\d+)\s+(.*)$/);
      out.push({ kind: "objectif", line: lines[i]!.no, number: num ? num[1]!.replace(".", "-") : null, title: num ? num[2]! : t.title, endLine: lines[t.end]!.no });
      continue;
    }
    // Table cell "1-1 Title" after the axe cell in a plan table (second cell), or a row starting with it.
    const cells = text.split("\t").map((c) => c.trim());
    const objCell = cells.find((c, k) => k <= 1 && /^\d[-.]\d\s+[A-ZÀ-Ýa-zé]/.test(c));
    if (objCell && cells.length >= 3) {
      const num = objCell.match(/^(\d)[-.](\d)\s+(.*)$/)!;
      out.push({ kind: "objectif", line: lines[i]!.no, number: `${num[1]}-${num[2]}`, title: num[3]!, endLine: lines[i]!.no });
    }
    // "> Title" right above a list of "Fiche action n°" lines (sub-objectives of a summary).
    if (/^[>»]\s+[A-ZÀ-Ý]/.test(lines[i]!.text.trim())) {
      for (let j = i + 1; j < Math.min(lines.length, i + 30); j++) {
        const t = lines[j]!.text.trim();
        if (/^fiche[- ]action/i.test(t)) {
          out.push({ kind: "objectif", line: lines[i]!.no, number: null, title: text, endLine: lines[i]!.no });
          break;
        }
        if (/^[>»]\s/.test(t) || /^axe\b/i.test(t)) break;
      }
    }
  }
  if (out.some((h) => h.kind === "axe")) return out;
  // A plan with no axe named so may number its parts in capitals ("2. LEVER LES FREINS"): those are its axes.
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.text.trim().match(NUMBERED_PART);
    if (m) out.push({ kind: "axe", line: lines[i]!.no, number: m[1]!, title: m[2]!.trim(), endLine: lines[i]!.no });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The last heading of a kind at or before a line, within a window (null when none). */
export function headingBefore(headings: readonly Heading[], kind: Heading["kind"], line: number, after = 0): Heading | null {
  let best: Heading | null = null;
  for (const h of headings) {
    if (h.kind !== kind || h.line > line) continue;
    if (h.line < after) continue;
    best = h;
  }
  return best;
}
