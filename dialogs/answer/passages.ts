import { analyzeFrench } from "../../knowledge/search/french.js";
import { foldLetters } from "../../knowledge/text/fold.js";
import { focusedCut } from "./cut-text.js";
import { AMOUNT, DATE, passagesOf, ROW_MAX, type Passage } from "./fiche-passages.js";

/** What a question looks for in a fiche's text. */
export interface PassageQuery {
  /** Analysed words the référent typed (a long word is its 7-letter prefix, as the index searches it). */
  readonly terms: readonly string[];
  /** Words of the question's concepts: they count, less than the référent's own words. */
  readonly conceptWords?: readonly string[];
  /** Keys of the question's concepts: a passage naming one counts as if it held a word the référent typed. */
  readonly concepts?: readonly string[];
  /** The question asks who: passages naming actors come first. */
  readonly actors?: boolean;
  /** The question asks how much: passages with an amount come first. */
  readonly money?: boolean;
  /** The question asks when: passages with a date come first. */
  readonly dates?: boolean;
}

/** Options of {@link relevantPassages}. */
export interface PassageOptions {
  /** At most this many passages. Default 3. */
  readonly count?: number;
  /** At most this many characters in all (each passage is cut to fit). Default 450. */
  readonly budget?: number;
  /** Texts already shown in the answer (fields): a passage they contain is not quoted again. */
  readonly shown?: readonly string[];
}

/** A passage is not cut shorter than this to fit. */
const MIN_QUOTE = 150;
const INDICATORS = /indicateur|evaluation|resultats attendus/;
/**
 * Where in a passage the part that answers the question starts: its first amount for « combien », its first date
 * for « quand », else the first word of the question it holds. -1 when nothing tells.
 */
function focusOf(text: string, query: PassageQuery, typedWords: readonly string[]): number {
  if (query.money) {
    const at = text.search(AMOUNT);
    if (at >= 0) return at;
  }
  if (query.dates) {
    const at = text.search(DATE);
    if (at >= 0) return at;
  }
  // Folded one character for one (« œ » → « o »), so that positions in it are positions in the text.
  const folded = text.replace(/[^\x00-\x7f]/g, (ch) => foldLetters(ch).charAt(0) || " ").toLowerCase();
  let first = -1;
  for (const t of typedWords) {
    const at = wordStart(folded, t);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** Where a word (or a word beginning so) first starts in folded text, or -1: `\bword`, without a RegExp per word. */
function wordStart(folded: string, word: string): number {
  if (word === "") return -1;
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    if (at === 0 || !/[a-z0-9_]/.test(folded[at - 1]!)) return at;
  }
  return -1;
}

function matches(p: Passage, term: string): boolean {
  // A passage holds a few dozen words: a scan costs less than building a set the first time a passage is met.
  // Long query words are 7-letter prefixes (toIndexQuery): "prescri" matches "prescription".
  const prefix = term.length >= 7;
  for (const w of p.words) if (w === term || (prefix && w.startsWith(term))) return true;
  return false;
}

/**
 * Whether a passage only repeats what the answer already shows: most of its words are in the fields (the fields
 * are cut and joined differently from the text, so an exact comparison would miss repeats).
 */
function repeatsOf(shown: readonly string[]): (p: Passage) => boolean {
  const novel = noveltyOf(shown);
  return (p) => novel(p) <= 0.2;
}

// The analysed words of the fields of the fiches answered (and of the passages quoted), once per text: the same
// fiches come back again and again.
const analysedFields = new Map<string, ReadonlySet<string>>();

function analysedField(text: string): ReadonlySet<string> {
  let words = analysedFields.get(text);
  if (words === undefined) {
    words = new Set(analyzeFrench(text));
    if (analysedFields.size >= 5000) analysedFields.clear();
    analysedFields.set(text, words);
  }
  return words;
}

/** Share of a passage's words that the texts shown do not hold: what quoting it adds to the answer. */
function noveltyOf(shown: readonly string[]): (p: Passage) => number {
  const texts = shown.map(analysedField);
  const known = (word: string): boolean => {
    for (const words of texts) if (words.has(word)) return true;
    return false;
  };
  return (p) => {
    // A field label ("Calendrier :") is not news: only the value it opens counts.
    const counted = p.words.length - p.labelWords;
    if (counted <= 0) return 0;
    let novel = 0;
    for (let i = p.labelWords; i < p.words.length; i++) if (!known(p.words[i]!)) novel++;
    return novel / counted;
  };
}

/**
 * The passages of a fiche most relevant to a question, in the fiche's order: each scored by the question's words
 * it contains (a word rare in the fiche counts more than one it repeats everywhere), its concepts' words, and,
 * when the question asks who or how much, by the actors or amounts it names. Passages already shown in the
 * answer's fields are skipped. Empty when nothing in the fiche matches the question.
 */
export function relevantPassages(text: string, query: PassageQuery, options: PassageOptions = {}): string[] {
  const passages = passagesOf(text).filter((p) => !p.heading);
  if (passages.length === 0) return [];
  const count = options.count ?? 3;
  const budget = options.budget ?? 450;
  const novelty = noveltyOf(options.shown ?? []);
  const typed = [...new Set(query.terms)];
  const concept = [...new Set(query.conceptWords ?? [])].filter((w) => !typed.includes(w));
  // Local rarity: in how many passages of this fiche a word occurs.
  const rarity = (n: number): number => (n === 0 ? 0 : Math.log(1 + passages.length / n));
  const howMany = (test: (p: Passage) => boolean): number => {
    let n = 0;
    for (const p of passages) if (test(p)) n++;
    return n;
  };
  // Words and their weights side by side (no pair per word): this runs for each fiche of each answer.
  const words = [...typed, ...concept];
  const weights = words.map((t, i) => (i < typed.length ? 1 : 0.5) * rarity(howMany((p) => matches(p, t))));
  const keys = (query.concepts ?? []).filter((k) => k.startsWith("g:"));
  const keyWeights = keys.map((k) => rarity(howMany((p) => p.concepts.includes(k))));
  // One pass, one object per passage kept.
  const scored: Array<{ p: Passage; score: number }> = [];
  for (const p of passages) {
    let score = 0;
    for (let i = 0; i < words.length; i++) if (weights[i]! > 0 && matches(p, words[i]!)) score += weights[i]!;
    for (let i = 0; i < keys.length; i++) if (keyWeights[i]! > 0 && p.concepts.includes(keys[i]!)) score += keyWeights[i]!;
    const indicators = INDICATORS.test(p.section);
    const relevant = score > 0 || (query.actors === true && p.actors >= 2 && !indicators) || (query.money === true && p.money > 0) || (query.dates === true && p.dated);
    if (!relevant) continue;
    if (query.actors) score += 1.5 * p.actors;
    // For "combien", a passage with an amount is the answer; one without is context at best.
    // An amount answers it better than a line that only names a fund.
    if (query.money) score = p.money === 2 ? score + 4 : p.money === 1 ? score + 1 : score / 2;
    if (query.dates) score = p.dated ? score + 2 : score / 2;
    // Indicators say how the plan will count, rarely what the référent asked.
    if (indicators) score *= 0.5;
    if (score <= 0) continue;
    // A passage that mostly repeats the fields shown adds little: it is skipped, and a partial repeat counts less.
    const novel = novelty(p);
    if (novel <= 0.2) continue;
    scored.push({ p, score: score * (0.5 + 0.5 * novel) });
  }
  // The question's words as they are searched for in folded text.
  const typedWords = typed.map((t) => t.replace(/[^a-z0-9]/g, ""));
  const chosen: Array<{ p: Passage; text: string; repeats: (p: Passage) => boolean }> = [];
  let left = budget;
  for (const s of scored.sort((a, b) => b.score - a.score || a.p.at - b.p.at)) {
    if (chosen.length >= count || left < 60) break;
    // A passage that no longer fits gives way to a shorter one rather than be cut to a stump.
    // Plans repeat a line (a table and its summary): quoting it twice says nothing more.
    if (chosen.some((c) => c.repeats(s.p))) continue;
    // A long passage is cut to the room left when that room still holds a good part of it; else a shorter one
    // takes its place.
    const cut = focusedCut(s.p.text, Math.min(ROW_MAX, Math.max(left, MIN_QUOTE)), focusOf(s.p.text, query, typedWords));
    if (cut.length > left) continue;
    chosen.push({ p: s.p, text: cut, repeats: repeatsOf([s.p.text]) });
    left -= cut.length;
  }
  return chosen.sort((a, b) => a.p.at - b.p.at).map((c) => c.text);
}

/**
 * A fuller summary of a fiche for a lookup ("fiche 12"): its content passages in order, skipping headings and
 * what the answer already shows, up to `max` characters and cut at a sentence. Null when the text has none.
 */
export function ficheDigest(text: string, options: { max?: number; shown?: readonly string[] } = {}): string | null {
  const max = options.max ?? 700;
  const repeats = repeatsOf(options.shown ?? []);
  const parts: string[] = [];
  let length = 0;
  for (const p of passagesOf(text)) {
    // Indicators are how the plan will count, not what the action does.
    if (INDICATORS.test(p.section)) continue;
    if (p.heading || repeats(p)) continue;
    if (length + p.text.length > max) {
      // Cut at a sentence only: a half sentence would say something the plan does not.
      const sentence = p.text.slice(0, max - length).match(/^.*[.;!?](?=\s)/s)?.[0];
      if (sentence && sentence.length >= 60) parts.push(sentence);
      break;
    }
    parts.push(p.text);
    length += p.text.length + 1;
  }
  const digest = parts.map((p) => (/[.;:!?…]$/.test(p) ? p : `${p} ;`)).join(" ").replace(/\s;$/, "").replace(/ ;$/, ".");
  return digest.length >= 40 ? digest : null;
}
