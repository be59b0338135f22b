import { analyzeFrench } from "../../knowledge/search/french.js";

interface Sentence {
  readonly sentence: string;
  readonly words: readonly string[];
  readonly money: boolean;
}

// A fiche's sentences, analysed once: answers quote the same fiches again and again.
const analysed = new Map<string, readonly Sentence[]>();

function sentencesOf(text: string): readonly Sentence[] {
  let sentences = analysed.get(text);
  if (sentences === undefined) {
    sentences = text
      .split(/\n|(?<=[.;!?])\s+/)
      .map((raw) => raw.replace(/^[-•>\s|]+/, "").replace(/\s*\|\s*/g, " – ").trim())
      .filter((sentence) => sentence.length >= 25)
      .map((sentence) => ({
        sentence,
        words: analyzeFrench(sentence),
        money: /\d\s?(?:€|euros?\b|k€)|\bfonds\b|\bcr[ée]dits?\b|\bfinanc|\bsubvention/i.test(sentence),
      }));
    if (analysed.size >= 2000) analysed.clear();
    analysed.set(text, sentences);
  }
  return sentences;
}

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
  for (const { sentence, words, money } of sentencesOf(text)) {
    let score = 0;
    // Long query words are 7-letter prefixes (toIndexQuery): "prescri" matches "prescription".
    for (const t of wanted) if (words.some((w) => w === t || (t.length >= 7 && w.startsWith(t)))) score++;
    // For a question about money, a sentence with an amount or a fund is what the référent wants to read.
    if (options.money && money) score += 2;
    if (score > 0) scored.push({ sentence, score, at: scored.length });
  }
  if (scored.length === 0) return null;
  // The best sentences, shown in the order the fiche gives them.
  const chosen = [...scored].sort((a, b) => b.score - a.score || a.at - b.at).slice(0, options.sentences ?? 1).sort((a, b) => a.at - b.at);
  const cut = (s: string): string => (s.length > max ? `${s.slice(0, max - 1).replace(/\s+\S*$/, "")}…` : s);
  return [...new Set(chosen.map((c) => cut(c.sentence)))].join(" … ");
}
