import { analyzeFrench } from "../../knowledge/search/french.js";
import { conceptKey } from "../../knowledge/search/concepts.js";
import { findGlossaryEntries } from "../../knowledge/vocabulary/glossary.js";
import { fold } from "../../knowledge/text/fold.js";
import { cutText } from "./cut-text.js";
import { readLabel } from "../../knowledge/ingest/labels.js";

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
  /** How many of its first words are a field label ("Calendrier : 2024" → 1): they add nothing to the value the
   * answer may already show. */
  readonly labelWords: number;
}

export const DATE = /\b(?:19|20)\d\d\b|\b(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|trimestre|semestre)\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
export const AMOUNT = /\d\s?(?:€|euros?\b|k€|m€)/i;
const MONEY = /\bfonds\b|\bcr[ée]dits?\b|\bfinanc|\bsubvention|\bbudget/i;
// Words that introduce who does what in a plan's prose; the fields miss them when the plan has no label.
const ACTOR_CUES = /\b(?:pilot(?:e|es|é|ée|és|ées)\b|co-?pilot\w*|port[ée]e?s? par|men[ée]e?s? par|anim[ée]e?s? par|coordonn[ée]e?s? par|en lien avec|en partenariat|partenai\w+|co-?financ\w*|financ[ée]e?s? par|avec l'appui|opérateurs?|prestataires?|acteurs?|associ[ée]s?|avec (?:les?|la|l')\s)(?![a-zà-ÿ])/i;
// Kinds of organisations plans name.
const ORGANISATIONS = /\b(?:associations?|centres?|services?|directions?|missions? locales?|chambres?|caisses?|p[ôo]les?|maisons?|conseil|d[ée]partement|r[ée]gion|[ée]tat|communes?|ville|structures?|entreprises?|organismes?|[ée]tablissements?|r[ée]seaux?|plateformes?|agences?|groupements?|f[ée]d[ée]rations?|collectifs?|clubs?|union)\b/gi;
const LABELS = /\b(?:pilotes?|pilote\(s\)|partenaires?|calendrier|actions?|moyens|suivi|indicateurs?|objectifs?|publics?|budget|[ée]ch[ée]ance|nom de l'action|ann[ée]es?)\b/i;
/** The longest passage quoted whole. */
export const ROW_MAX = 240;
const ACRONYM = /\b[A-ZÉ]{2,}[A-Z0-9]*\b/g;
// A heading: short, no sentence punctuation, or a numbered / markdown title.
const HEADING = /^(?:#+\s|\d+\.\s*[A-ZÉ][^.]{0,60}$)/;
// The fiche's own heading line ("Fiche Action n° 1.2 : Title", "Action n°12", "FA 3 – Title"), or a page banner
// that ends on its number ("OBJECTIF OPÉRATIONNEL 2-1 Dépasser les freins … Action n° 17"): it only repeats the
// number and titles the answer already gives.
const FICHE_HEADING = /^(?:fiches?(?:[- ](?:actions?|projets?))?|actions?)\s*(?:n\s?°|no\.?|numéro)?\s*\d{1,3}(?:[.-]\d{1,2}){0,2}\b(?!\s*(?:%|€|ans?\b|mois\b|jours?\b|personnes\b))[^.]{0,160}$|\baction n\s?°\s*\d{1,3}(?:[.-]\d{1,2})?\s*$/i;
// "FA 3 – Title" in capitals only: "fa" is no abbreviation in lower case.
const FA_HEADING = /^FA\s*(?:n\s?°|no\.?|numéro)?\s*\d{1,3}(?:[.-]\d{1,2}){0,2}\b(?!\s*(?:%|€|ans?\b|mois\b|jours?\b|personnes\b))[^.]{0,160}$/;

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

/** A bullet item shorter than this is joined to the items around it. */
const SHORT_ITEM = 80;

/**
 * The fiche's text cut into passages. Plans are extracted from PDFs: a sentence is often cut over several lines,
 * so a line that does not end a sentence is joined to the next one when that one goes on in lower case.
 */
function split(text: string): Array<{ text: string; heading: boolean }> {
  const units: Array<{ text: string; heading: boolean }> = [];
  let current = "";
  // A short line that does not end a sentence looks like a label, until the next line goes on with it.
  let label = false;
  // Short bullet items ("- le bénévolat,", "- la VAE") are one passage together: alone, each would pass for a
  // label and never be quoted.
  let list = false;
  const flush = (): void => {
    const t = current.trim();
    if (t) units.push({ text: t, heading: label });
    current = "";
    label = false;
    list = false;
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
    const item = /^[-•]/.test(raw.trim()) && line.length < SHORT_ITEM;
    if (item && list) {
      current = `${current.replace(/[,;.]$/, "")} ; ${line}`;
      continue;
    }
    flush();
    list = item;
    current = line;
    // A bullet item is content, not a label.
    label = !item && (HEADING.test(raw.trim()) || FICHE_HEADING.test(raw.trim()) || FA_HEADING.test(raw.trim()) || (line.length < 60 && !/[.;:!?,)]$/.test(line) && !/\d/.test(line) && /^[A-ZÉÀ]/.test(line)));
  }
  flush();
  // Long paragraphs are quoted sentence by sentence.
  return units.flatMap((u) => (u.heading || u.text.length <= ROW_MAX ? [u] : u.text.split(/(?<=[.;!?])\s+(?=[A-ZÀ-Ý«(\d-])/).map((s) => ({ text: s.trim(), heading: false }))));
}

/** How many fiches' passages are kept analysed (and prepared by the warm-up): every fiche of most catalogs. */
export const ANALYSED_FICHES = 2000;

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
        labelWords: fieldLabelWords(u.text),
      }));
    // Full: the oldest fiche goes, not all of them, so that the fiches being quoted stay analysed.
    if (analysed.size >= ANALYSED_FICHES) analysed.delete(analysed.keys().next().value!);
    analysed.set(text, passages);
  }
  return passages;
}

/** The number of analysed words of a field label that opens a line ("Budget prévisionnel : 10 000 €" → 2), or 0. */
function fieldLabelWords(text: string): number {
  const label = text.match(/^([^:]{3,40}?)\s?:\s/)?.[1];
  return label !== undefined && readLabel(label) !== null ? analyzeFrench(label).length : 0;
}
