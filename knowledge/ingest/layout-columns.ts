import { endsOnFunctionWord, opensOnFunctionWord } from "../text/function-words.js";

/** A piece of a line laid out with spaces, and the column it starts at. */
export interface Segment {
  readonly start: number;
  readonly text: string;
}

/**
 * The pieces of a source line whose cells are aligned with runs of spaces (a text browser's dump, `pdftotext
 * -layout`): "   Pilote      Partenaires" → [{3, "Pilote"}, {15, "Partenaires"}]. A line with tabs has none: its
 * cells are not placed by column.
 */
export function spacedSegments(raw: string): Segment[] {
  if (raw.includes("\t")) return [];
  const out: Segment[] = [];
  for (const m of raw.matchAll(/\S+(?: {1,2}\S+)*/g)) out.push({ start: m.index, text: m[0] });
  return out;
}

/** The column a piece starting at `start` falls in: the last one that starts at or before it (two spaces of slack). */
export function columnAt(starts: readonly number[], start: number): number {
  let k = 0;
  for (let j = 0; j < starts.length; j++) if (starts[j]! <= start + 2) k = j;
  return k;
}

/**
 * Whether a piece goes on the value above it in the same column: a name or a sentence wrapped within its cell
 * (« SIAO 63 (service intégré » / « d'accueil et » / « d'orientation) »). A piece that begins with a capital starts
 * another entry (« Ophis du Puy-de-Dôme » / « Auvergne Habitat »), unless the line above stops on a function word.
 */
export function continuesInColumn(last: string | undefined, piece: string): boolean {
  if (last === undefined || /[.;:!?»]$/.test(last) || /^[-•*+▪]/.test(piece)) return false;
  if (/[A-Za-zÀ-ÿ]-$/.test(last) || endsOnFunctionWord(last)) return true;
  return /^[a-zà-ÿ(]/.test(piece) || opensOnFunctionWord(piece);
}
