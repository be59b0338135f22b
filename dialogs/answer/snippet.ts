import { analyzeFrench } from "../../knowledge/search/french.js";

/**
 * The sentence of a fiche's text that best matches the question's terms, cut to `max` characters; null when no
 * sentence shares a term. Shown as an excerpt so that the référent sees the plan's own words.
 */
export function bestSnippet(text: string, terms: readonly string[], options: { money?: boolean; max?: number } = {}): string | null {
  const max = options.max ?? 220;
  if (terms.length === 0 && !options.money) return null;
  const wanted = new Set(terms);
  let best: { sentence: string; score: number } | null = null;
  for (const raw of text.split(/\n|(?<=[.;!?])\s+/)) {
    const sentence = raw.replace(/^[-•>\s|]+/, "").replace(/\s*\|\s*/g, " – ").trim();
    if (sentence.length < 25) continue;
    const seen = new Set(analyzeFrench(sentence));
    let score = 0;
    for (const t of wanted) if (seen.has(t)) score++;
    // For a question about money, a sentence with an amount or a fund is what the référent wants to read.
    if (options.money && /\d\s?(?:€|euros?\b|k€)|\bfonds\b|\bcr[ée]dits?\b|\bfinanc|\bsubvention/i.test(sentence)) score += 2;
    if (score > 0 && (!best || score > best.score)) best = { sentence, score };
  }
  if (!best) return null;
  return best.sentence.length > max ? `${best.sentence.slice(0, max - 1).replace(/\s+\S*$/, "")}…` : best.sentence;
}
