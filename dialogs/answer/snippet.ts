import { analyzeFrench } from "../../knowledge/search/french.js";

/**
 * The sentence of a fiche's text that best matches the question's terms, cut to `max` characters; null when no
 * sentence shares a term. Shown as an excerpt so that the référent sees the plan's own words.
 */
export function bestSnippet(
  text: string,
  terms: readonly string[],
  options: { money?: boolean; max?: number; sentences?: number } = {},
): string | null {
  const max = options.max ?? 220;
  if (terms.length === 0 && !options.money) return null;
  const wanted = new Set(terms);
  const scored: Array<{ sentence: string; score: number; at: number }> = [];
  for (const raw of text.split(/\n|(?<=[.;!?])\s+/)) {
    const sentence = raw.replace(/^[-•>\s|]+/, "").replace(/\s*\|\s*/g, " – ").trim();
    if (sentence.length < 25) continue;
    const seen = analyzeFrench(sentence);
    let score = 0;
    // Long query words are 7-letter prefixes (toIndexQuery): "prescri" matches "prescription".
    for (const t of wanted) if (seen.some((w) => w === t || (t.length >= 7 && w.startsWith(t)))) score++;
    // For a question about money, a sentence with an amount or a fund is what the référent wants to read.
    if (options.money && /\d\s?(?:€|euros?\b|k€)|\bfonds\b|\bcr[ée]dits?\b|\bfinanc|\bsubvention/i.test(sentence)) score += 2;
    if (score > 0) scored.push({ sentence, score, at: scored.length });
  }
  if (scored.length === 0) return null;
  // The best sentences, shown in the order the fiche gives them.
  const chosen = [...scored].sort((a, b) => b.score - a.score || a.at - b.at).slice(0, options.sentences ?? 1).sort((a, b) => a.at - b.at);
  const cut = (s: string): string => (s.length > max ? `${s.slice(0, max - 1).replace(/\s+\S*$/, "")}…` : s);
  return [...new Set(chosen.map((c) => cut(c.sentence)))].join(" … ");
}
