import { fold } from "../text/fold.js";

const STOP = new Set(["le", "la", "les", "l", "de", "des", "du", "d", "et", "a", "au", "aux", "en", "un", "une", "pour", "sur", "dans", "par", "avec"]);

/** Content words of a title, folded, for comparing two printings of the same title. */
export function titleTokens(text: string): string[] {
  return fold(text)
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w.length > 1 && !STOP.has(w));
}

/**
 * How much of the shorter title's content words the longer one contains (0 to 1). Tolerates a cut title
 * (the shorter is a prefix), reordered words and a changed word or two ("des échanges" / "les échanges").
 */
export function titleSimilarity(a: string, b: string): number {
  const ta = titleTokens(a);
  const tb = titleTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const pool = new Set(long);
  const stems = new Set(long.map((w) => w.slice(0, 5)));
  let hit = 0;
  for (const w of short) if (pool.has(w) || stems.has(w.slice(0, 5))) hit++;
  return hit / short.length;
}
