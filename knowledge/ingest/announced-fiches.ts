import type { Announcement } from "./announcements.js";
import { axeLabel, objectifLabel } from "./axe-labels.js";
import type { FicheReading } from "./fiche-reading.js";
import type { Line } from "./lines.js";
import { titleSimilarity } from "./similarity.js";
import { tidyTitle } from "./titles.js";

/** What announcedOnlyFiches needs of the plan read so far. */
export interface AnnouncedInput {
  readonly anns: readonly Announcement[];
  /** The announcement matched to each body, or null. */
  readonly matched: ReadonlyArray<Announcement | null>;
  /** The fiches read from bodies. */
  readonly written: readonly FicheReading[];
  readonly lines: readonly Line[];
  /** The best printing of each axe title (bestAxeTitles). */
  readonly axes: ReadonlyMap<string, string>;
  /** The number a fiche announced so (its printed number, its axe's number) gets, as the plan numbers its bodies. */
  readonly number: (printed: string, axe: string | null) => string;
}

/**
 * Fiches a plan announces (in a sommaire, a table, a sentence) but never writes out, as empty fiches: "fiche 8.4"
 * is then answered honestly. An announcement of a number a body has, under another title, is kept apart
 * ("8.4 (tableau)").
 */
export function announcedOnlyFiches(input: AnnouncedInput): FicheReading[] {
  const { anns, matched, written, lines, axes } = input;
  const seen = new Set<Announcement>(matched.filter((a): a is Announcement => a !== null));
  const numbered = new Set(written.map((f) => f.number));
  const announcedOnly = new Map<string, Announcement>();
  for (const a of anns) {
    if (a.number === null || seen.has(a)) continue;
    const n = input.number(a.number, a.axe?.number ?? null);
    if ([...seen].some((s) => s.number === a.number && titleSimilarity(s.title, a.title) >= 0.5)) continue;
    const key = numbered.has(n) ? `${n} (${a.from})` : n;
    if (!announcedOnly.has(key) && !numbered.has(key)) announcedOnly.set(key, a);
  }
  return [...announcedOnly].map(([number, a]) => {
    const lineNo = lines[a.index]!.no;
    return {
      number,
      title: tidyTitle(a.title) || `Fiche ${number}`,
      axe: a.axe ? axeLabel(a.axe, axes) : null,
      objectif: a.objectif ? objectifLabel(a.objectif) : null,
      text: announcementText(lines, a.index),
      lineStart: lineNo,
      lineEnd: lineNo,
      pilotes: [],
      partenaires: [],
      publics: [],
      calendrier: null,
      budget: null,
      summary: null,
      contenu: null,
      empty: true,
    };
  });
}

/** The text of an announced fiche: its line, and for a sentence of prose, the rest of its paragraph. */
function announcementText(lines: readonly Line[], index: number): string {
  const parts = [lines[index]!.text.replace(/\t+/g, " | ").trim()];
  for (let j = index + 1; j <= index + 3 && j < lines.length && !lines[j]!.text.includes("\t") && /^[a-zà-ÿ]/.test(lines[j]!.text.trim()); j++) parts.push(lines[j]!.text.trim());
  return parts.join(" ");
}
