import type { Line } from "./lines.js";

/** « La fiche-action 1.4, consacrée aux travailleurs indépendants, sera présentée… »: a fiche announced in a sentence
 * of the plan's prose, with its subject, and not written yet (a future: « est présentée » is one that exists). */
const PROSE_ANNOUNCEMENT = /(?:^|[.!?:]\s+)(?:la |cette )?fiches?(?:[- ]actions?)?\s*(?:n\s?°\s*)?(\d{1,3}(?:[.-]\d{1,2})?)\s*,\s*(?:consacr[ée]e|relative|d[ée]di[ée]e|portant)\s+(?:à la |à l'|au |aux |à |sur (?:la |le |les |l')?)(.+?),\s*(?:sera|seront)\s+(?:pr[ée]sent[ée]e|r[ée]dig[ée]e|[ée]labor[ée]e|d[ée]finie|pr[ée]cis[ée]e|finalis[ée]e|valid[ée]e|arr[ée]t[ée]e|ajout[ée]e|int[ée]gr[ée]e)/i;

/** The fiche a sentence starting on line i announces (read over the paragraph's next lines), or null. */
export function proseAnnouncement(lines: readonly Line[], i: number): { number: string; title: string } | null {
  if (!/fiche/i.test(lines[i]!.text)) return null;
  const own = lines[i]!.text.trim();
  let text = own;
  for (let j = i + 1; j <= i + 2 && j < lines.length && lines[j]!.text.trim() !== ""; j++) text += ` ${lines[j]!.text.trim()}`;
  const m = text.match(PROSE_ANNOUNCEMENT);
  // The sentence must start on this line: the next lines' own sentences are theirs.
  if (m === null || m.index! >= own.length) return null;
  // « consacrée aux travailleurs indépendants et aux exploitants agricoles »: the subject, without its prepositions.
  const subject = m[2]!.trim().replace(/\bet (?:aux|au|à la|à l') ?/g, "et ");
  return { number: m[1]!, title: subject.charAt(0).toUpperCase() + subject.slice(1) };
}
