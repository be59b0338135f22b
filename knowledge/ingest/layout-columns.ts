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
 * (« SIAO 63 (service intégré » / « d'accueil et » / « d'orientation) »). Without such a cue a line is another entry
 * of the list (« associations locales » / « bailleurs sociaux »), except in a column of prose (`prose`, publics),
 * where a line in lower case goes on the sentence.
 */
export function continuesInColumn(last: string | undefined, piece: string, prose: boolean): boolean {
  if (last === undefined || /[.;:!?»]$/.test(last) || /^[-•*+▪]/.test(piece)) return false;
  if (/[A-Za-zÀ-ÿ]-$/.test(last) || endsOnFunctionWord(last) || opensOnFunctionWord(piece)) return true;
  // An opening bracket not closed yet: the name goes on.
  if ((last.match(/\(/g)?.length ?? 0) > (last.match(/\)/g)?.length ?? 0)) return true;
  return prose && /^[a-zà-ÿ]/.test(piece);
}
