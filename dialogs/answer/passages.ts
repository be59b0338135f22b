import { analyzeFrench } from "../../knowledge/search/french.js";
import { conceptKey } from "../../knowledge/search/concepts.js";
import { findGlossaryEntries } from "../../knowledge/vocabulary/glossary.js";
import { fold } from "../../knowledge/text/fold.js";

/** One passage of a fiche's text: a sentence, a bullet or a table row, as the answer may quote it. */
export interface Passage {
  readonly text: string;
  /** Analysed words (folded, stemmed), to score the passage against a question. */
  readonly words: readonly string[];
  /** Position in the fiche: passages are quoted in the fiche's order. */
  readonly at: number;
  /** It names an amount (2) or only a fund, credits, a budget (1); 0 otherwise. */
  readonly money: number;
  /** It names a date, a year or a period. */
  readonly dated: boolean;
  /** How strongly it names actors: "porté par", "en lien avec", "Pilote :", organisations, acronyms. */
  readonly actors: number;
  /** A layout label or heading rather than content ("Objectif de l'action", "## 3. Partenaires"). */
  readonly heading: boolean;
  /** The heading the passage comes under, folded ("indicateurs de suivi"), or "" before the first one. */
  readonly section: string;
  /** Keys of the glossary concepts it names ("g:savoir-etre" for « savoir-étre », whose words are stopwords). */
  readonly concepts: readonly string[];
}

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

const DATE = /\b(?:19|20)\d\d\b|\b(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|trimestre|semestre)\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
const AMOUNT = /\d\s?(?:€|euros?\b|k€|m€)/i;
const MONEY = /\bfonds\b|\bcr[ée]dits?\b|\bfinanc|\bsubvention|\bbudget/i;
// Words that introduce who does what in a plan's prose; the fields miss them when the plan has no label.
const ACTOR_CUES = /\b(?:pilot(?:e|es|é|ée|és|ées)\b|co-?pilot\w*|port[ée]e?s? par|men[ée]e?s? par|anim[ée]e?s? par|coordonn[ée]e?s? par|en lien avec|en partenariat|partenai\w+|co-?financ\w*|financ[ée]e?s? par|avec l'appui|opérateurs?|prestataires?|acteurs?|associ[ée]s?|avec (?:les?|la|l')\s)(?![a-zà-ÿ])/i;
// Kinds of organisations plans name.
const ORGANISATIONS = /\b(?:associations?|centres?|services?|directions?|missions? locales?|chambres?|caisses?|p[ôo]les?|maisons?|conseil|d[ée]partement|r[ée]gion|[ée]tat|communes?|ville|structures?|entreprises?|organismes?|[ée]tablissements?|r[ée]seaux?|plateformes?|agences?|groupements?|f[ée]d[ée]rations?|collectifs?|clubs?|union)\b/gi;
const LABELS = /\b(?:pilotes?|pilote\(s\)|partenaires?|calendrier|actions?|moyens|suivi|indicateurs?|objectifs?|publics?|budget|[ée]ch[ée]ance|nom de l'action|ann[ée]es?)\b/i;
/** A passage is not cut shorter than this to fit. */
const MIN_QUOTE = 150;
/** The longest passage quoted whole. */
const ROW_MAX = 240;
const INDICATORS = /indicateur|evaluation|resultats attendus/;
const ACRONYM = /\b[A-ZÉ]{2,}[A-Z0-9]*\b/g;
// A heading: short, no sentence punctuation, or a numbered / markdown title.
const HEADING = /^(?:#+\s|\d+\.\s*[A-ZÉ][^.]{0,60}$)/;

/** How strongly a passage names actors: cue phrases, then names (capitalised words inside the sentence,
 * acronyms) more than kinds of organisation ("structures", "services"). */
function actorStrength(text: string): number {
  const cues = ACTOR_CUES.test(text) ? 2 : 0;
  const names = text.split(/\s+/).slice(1).filter((w) => /^[«"(]?[A-ZÉÈÀ][a-zà-ÿ'’-]{2,}/.test(w)).length;
  const orgs = (text.match(ORGANISATIONS) ?? []).length;
  const acronyms = (text.match(ACRONYM) ?? []).length;
  return cues + 0.5 * Math.min(names, 4) + 0.5 * Math.min(acronyms, 3) + 0.25 * Math.min(orgs, 2);
}

/** A raw line of a plan, without its bullet and with table cells joined. */
function cleanLine(line: string): string {
  return line
    .replace(/^[-•>*→\s|]+/, "")
    .replace(/^#+\s*/, "")
    .replace(/\s*\|\s*/g, " – ")
    .replace(/^–\s*|\s*–$/g, "")
    // A table row's number ("1 | Mettre en place…") is not part of what it says.
    .replace(/^\d{1,2}\s–\s/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A table row as one passage: its cells joined, the longest cut so that the row fits in a quote and its short
 * cells (a pilote, a date) stay beside the action they belong to.
 */
function tableRow(raw: string): string {
  const cells = raw.split("|").map(cleanLine).filter((c) => c !== "" && !/^\d{1,2}$/.test(c));
  const length = cells.reduce((n, c) => n + c.length + 3, 0);
  if (length <= ROW_MAX || cells.length < 2) return cells.join(" – ");
  const longest = cells.reduce((a, b) => (b.length > a.length ? b : a));
  const room = Math.max(80, ROW_MAX - (length - longest.length));
  return cells.map((c) => (c === longest ? cutText(c, room) : c)).join(" – ");
}

/** A table's header row ("Actions opérationnelles | Pilote(s) | Calendrier"): labels, not content. */
function isHeaderRow(raw: string): boolean {
  const cells = raw.split("|").map(cleanLine).filter((c) => c !== "");
  return cells.length > 0 && cells.every((c) => c.length <= 45 && !/[.;:!?\d]/.test(c)) && cells.some((c) => LABELS.test(c));
}

/**
 * The fiche's text cut into passages. Plans are extracted from PDFs: a sentence is often cut over several lines,
 * so a line that does not end a sentence is joined to the next one when that one goes on in lower case.
 */
function split(text: string): Array<{ text: string; heading: boolean }> {
  const units: Array<{ text: string; heading: boolean }> = [];
  let current = "";
  // A short line that does not end a sentence looks like a label, until the next line goes on with it.
  let label = false;
  const flush = (): void => {
    const t = current.trim();
    if (t) units.push({ text: t, heading: label });
    current = "";
    label = false;
  };
  for (const raw of text.split("\n")) {
    const line = raw.includes("|") ? tableRow(raw) : cleanLine(raw);
    if (!line) continue;
    if (raw.includes("|") && isHeaderRow(raw)) {
      flush();
      units.push({ text: line, heading: true });
      continue;
    }
    // A line ending on a function word ("Mission Locale du Pays de") cannot end a sentence, whatever follows.
    const open = /\s(?:de|du|des|la|le|les|à|au|aux|et|en|pour|par|sur|avec|dont)$/i.test(current);
    const continues = current !== "" && !/[.;:!?]$/.test(current) && (open || /^[a-zàâçéèêëîïôûù(]/.test(line)) && !/^[-•>]/.test(raw.trim());
    if (continues) {
      current = `${current} ${line}`;
      label = false;
      continue;
    }
    flush();
    current = line;
    label = HEADING.test(raw.trim()) || (line.length < 60 && !/[.;:!?,)]$/.test(line) && !/\d/.test(line) && /^[A-ZÉÀ]/.test(line));
  }
  flush();
  // Long paragraphs are quoted sentence by sentence.
  return units.flatMap((u) => (u.heading || u.text.length <= ROW_MAX ? [u] : u.text.split(/(?<=[.;!?])\s+(?=[A-ZÀ-Ý«(\d-])/).map((s) => ({ text: s.trim(), heading: false }))));
}

// A fiche's passages, analysed once: answers quote the same fiches again and again.
const analysed = new Map<string, readonly Passage[]>();

/** The passages of a fiche's text (cached by text). Pure. */
export function passagesOf(text: string): readonly Passage[] {
  let passages = analysed.get(text);
  if (passages === undefined) {
    let section = "";
    passages = split(text)
      .map((u) => {
        if (u.heading) section = fold(u.text);
        return { ...u, section };
      })
      .filter((u) => u.text.length >= 12)
      .map((u, at) => ({
        text: u.text,
        words: analyzeFrench(u.text),
        at,
        money: AMOUNT.test(u.text) ? 2 : MONEY.test(u.text) ? 1 : 0,
        dated: DATE.test(u.text),
        // Under a "Partenaires" or "Pilote" heading, a line of names is a list of actors.
        actors: actorStrength(u.text) + (ACTOR_CUES.test(u.section) && !u.heading ? 2 : 0),
        heading: u.heading || u.text.length < 25,
        section: u.section,
        concepts: findGlossaryEntries(u.text).map((e) => conceptKey("g", e.term)),
      }));
    if (analysed.size >= 2000) analysed.clear();
    analysed.set(text, passages);
  }
  return passages;
}

/** Cuts a passage to `max` characters at a word, marking the cut. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const sentence = text.slice(0, max).match(/^.*[.;!?](?=\s)/s)?.[0];
  if (sentence && sentence.length >= max * 0.6) return sentence;
  return `${text.slice(0, max - 1).replace(/[\s,;:–-]+\S*$/, "")}…`;
}

/**
 * Where in a passage the part that answers the question starts: its first amount for « combien », its first date
 * for « quand », else the first word of the question it holds. -1 when nothing tells.
 */
function focusOf(text: string, query: PassageQuery, typed: readonly string[]): number {
  if (query.money) {
    const at = text.search(AMOUNT);
    if (at >= 0) return at;
  }
  if (query.dates) {
    const at = text.search(DATE);
    if (at >= 0) return at;
  }
  const folded = fold(text);
  const positions = typed.map((t) => folded.search(new RegExp(`\\b${t.replace(/[^a-z0-9]/g, "")}`))).filter((at) => at >= 0);
  return positions.length ? Math.min(...positions) : -1;
}

/**
 * Cuts a long passage so that it keeps the part at `focus`: when that part lies beyond the cut, the quote starts
 * at the clause before it, marked « … ». Else as {@link cutText}.
 */
export function focusedCut(text: string, max: number, focus: number): string {
  if (text.length <= max || focus < 0 || focus + 40 <= max) return cutText(text, max);
  const before = text.slice(0, Math.max(0, focus - 20));
  const clause = Math.max(before.lastIndexOf(", "), before.lastIndexOf("; "), before.lastIndexOf(": "), before.lastIndexOf(" ("));
  let start = clause + 2;
  if (clause < 0 || focus - clause >= max - 40) {
    // No clause near enough: start at a word a little before the focus.
    const space = text.indexOf(" ", Math.max(0, focus - 60));
    start = space >= 0 && space < focus ? space + 1 : focus;
  }
  return `…${cutText(text.slice(start), max - 1)}`;
}

// Words of a passage as a set, for the exact lookups most terms need.
const wordSets = new WeakMap<Passage, ReadonlySet<string>>();

function matches(p: Passage, term: string): boolean {
  let set = wordSets.get(p);
  if (!set) {
    set = new Set(p.words);
    wordSets.set(p, set);
  }
  // Long query words are 7-letter prefixes (toIndexQuery): "prescri" matches "prescription".
  return set.has(term) || (term.length >= 7 && p.words.some((w) => w.startsWith(term)));
}

/**
 * Whether a passage only repeats what the answer already shows: most of its words are in the fields (the fields
 * are cut and joined differently from the text, so an exact comparison would miss repeats).
 */
function repeatsOf(shown: readonly string[]): (p: Passage) => boolean {
  const novel = noveltyOf(shown);
  return (p) => novel(p) <= 0.2;
}

// The fields of the fiches answered, analysed once: the same fiches come back again and again.
const analysedFields = new Map<string, readonly string[]>();

function analysedField(text: string): readonly string[] {
  let words = analysedFields.get(text);
  if (words === undefined) {
    words = analyzeFrench(text);
    if (analysedFields.size >= 5000) analysedFields.clear();
    analysedFields.set(text, words);
  }
  return words;
}

/** Share of a passage's words that the texts shown do not hold: what quoting it adds to the answer. */
function noveltyOf(shown: readonly string[]): (p: Passage) => number {
  const words = new Set(shown.flatMap(analysedField));
  return (p) => (p.words.length === 0 ? 0 : p.words.filter((w) => !words.has(w)).length / p.words.length);
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
  const weight = (term: string): number => {
    const n = passages.filter((p) => matches(p, term)).length;
    return n === 0 ? 0 : Math.log(1 + passages.length / n);
  };
  const weights = new Map([...typed, ...concept].map((t) => [t, weight(t) * (typed.includes(t) ? 1 : 0.5)]));
  const keys = (query.concepts ?? []).filter((k) => k.startsWith("g:"));
  const keyWeights = new Map(keys.map((k) => [k, ((n) => (n === 0 ? 0 : Math.log(1 + passages.length / n)))(passages.filter((p) => p.concepts.includes(k)).length)]));
  const scored = passages
    .map((p) => {
      let score = 0;
      for (const [t, w] of weights) if (w > 0 && matches(p, t)) score += w;
      for (const [k, w] of keyWeights) if (w > 0 && p.concepts.includes(k)) score += w;
      const relevant = score > 0;
      if (query.actors) score += 1.5 * p.actors;
      // For "combien", a passage with an amount is the answer; one without is context at best.
      // An amount answers it better than a line that only names a fund.
      if (query.money) score = p.money === 2 ? score + 4 : p.money === 1 ? score + 1 : score / 2;
      if (query.dates) score = p.dated ? score + 2 : score / 2;
      // Indicators say how the plan will count, rarely what the référent asked.
      if (INDICATORS.test(p.section)) score *= 0.5;
      return { p, score, relevant: relevant || (query.actors === true && p.actors >= 2 && !INDICATORS.test(p.section)) || (query.money === true && p.money > 0) || (query.dates === true && p.dated) };
    })
    .filter((s) => s.relevant && s.score > 0)
    .map((s) => ({ ...s, novelty: novelty(s.p) }))
    // A passage that mostly repeats the fields shown adds little: it is skipped, and a partial repeat counts less.
    .filter((s) => s.novelty > 0.2)
    .map((s) => ({ ...s, score: s.score * (0.5 + 0.5 * s.novelty) }));
  const chosen: Array<{ p: Passage; text: string }> = [];
  let left = budget;
  for (const s of scored.sort((a, b) => b.score - a.score || a.p.at - b.p.at)) {
    if (chosen.length >= count || left < 60) break;
    // A passage that no longer fits gives way to a shorter one rather than be cut to a stump.
    // Plans repeat a line (a table and its summary): quoting it twice says nothing more.
    if (chosen.some((c) => repeatsOf([c.p.text])(s.p))) continue;
    // A long passage is cut to the room left when that room still holds a good part of it; else a shorter one
    // takes its place.
    const cut = focusedCut(s.p.text, Math.min(ROW_MAX, Math.max(left, MIN_QUOTE)), focusOf(s.p.text, query, typed));
    if (cut.length > left) continue;
    chosen.push({ p: s.p, text: cut });
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
