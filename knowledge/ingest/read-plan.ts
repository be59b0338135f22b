import { readActionTables, type TableAction } from "./action-tables.js";
import { findAnnouncements, type Announcement } from "./announcements.js";
import { readFields, type ReadFields } from "./fields.js";
import { flattenGridTables } from "./grid-tables.js";
import { findHeadings, headingBefore, type Heading } from "./headings.js";
import { isBlank, toLines, type Line } from "./lines.js";
import { blankPageFurniture, findFooters } from "./page-furniture.js";
import { joinWrappedLabels } from "./wrapped-labels.js";
import { blankContinuationHeadings, findMarkers } from "./markers.js";
import { readSections } from "./sections.js";
import { labelLines } from "./line-labels.js";
import { splitBodies } from "./split.js";
import { titleSimilarity } from "./similarity.js";
import { inferPilotes } from "./infer-pilotes.js";
import { matchAnnouncements } from "./match-announcements.js";
import { chooseTitle, tidyTitle, titleAfterMarker } from "./titles.js";

/** One fiche as read from a plan's text, before ids, links and vocabulary tags are added. */
export interface FicheReading extends ReadFields {
  number: string;
  title: string;
  axe: string | null;
  objectif: string | null;
  text: string;
  lineStart: number;
  lineEnd: number;
}

/** Display form of an axe heading: "Axe 2 : Title", or the heading itself when it is not an axe (engagements). */
function axeLabel(h: Heading, axes: ReadonlyMap<string, string>): string {
  const title = (h.number && axes.get(h.number)) || h.title;
  if (/^(engagement|initiatives?)/i.test(title)) return title;
  if (/^engagement|initiatives/i.test(h.title) || h.number === null) return title;
  return `Axe ${h.number} : ${title}`;
}

/** Display form of an objectif heading: "2-1 Dépasser les freins pour aller vers l'emploi". */
function objectifLabel(h: Heading): string {
  return tidyTitle(`${h.number ? `${h.number} ` : ""}${h.title}`);
}

/** The best printing of each axe title: mixed case beats capitals, a whole title beats a cut one. */
function bestAxeTitles(headings: readonly Heading[]): Map<string, string> {
  const best = new Map<string, string>();
  const score = (t: string): number => (t === t.toUpperCase() ? 0 : 1000) + Math.min(t.length, 200);
  for (const h of headings) {
    if (h.kind !== "axe" || !h.number) continue;
    const t = h.title.replace(/\s+/g, " ").trim();
    if (!t) continue;
    const current = best.get(h.number);
    if (!current || score(t) > score(current)) best.set(h.number, t);
  }
  return best;
}

/** A section number opening a title: "1.2 Soutenir…", "2.1.3 – Former…" (two levels at least, so that a list's "1."
 * is not taken for a fiche number). */
const LEADING_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s*[-–:]?\s+(?=[A-ZÀ-Ýa-zà-ÿ«"])/;

/** A number for a body that none gives: the acronym its title ends on ("…sortant de l'ASE" → "ASE"). */
function numberFromTitle(title: string, taken: ReadonlySet<string>, k: number): string {
  const acronyms = title.match(/\b[A-Z]{2,6}\b/g) ?? [];
  const candidate = acronyms[acronyms.length - 1];
  if (candidate && !taken.has(candidate)) return candidate;
  return `sans-numero-${k + 1}`;
}

/** Options of readPlan. */
export interface ReadPlanOptions {
  /** Source file name, for error messages. */
  readonly file: string;
  /** The plan's period ("2022-2025"), to tell its fiches from an older plan's it names. Default: unknown. */
  readonly period?: string | undefined;
}

/** The outcome of reading one plan: its fiches, or why none could be read. */
export type PlanRead = { ok: true; fiches: FicheReading[] } | { ok: false; error: string };

/**
 * Reads the fiches of one plan from its text. The layout is detected from the text: which markers name fiches,
 * which labels open their fields, whether bodies carry their number or are matched to a summary by title.
 */
export function readPlan(source: string, options: ReadPlanOptions): PlanRead {
  // Page furniture and continuation headings go first: a wrapped label may straddle where they were.
  const lines = joinWrappedLabels(blankContinuationHeadings(blankPageFurniture(toLines(flattenGridTables(source)))));
  const headings = findHeadings(lines);
  const markers = findMarkers(lines, { period: options.period });
  const labels = labelLines(lines);
  const { bodies, listMarkers } = splitBodies(lines, labels, markers, headings);
  if (bodies.length === 0) {
    // A plan may give its actions as table rows only (N° | Action | Pilote | Partenaires | Échéance).
    const rows = readActionTables(lines, headings);
    if (rows.length > 0) return { ok: true, fiches: fichesOfTable(rows, lines, headings) };
    return { ok: false, error: `ingest: ${options.file}: no fiche found (no "Action n°", "Fiche action", labelled fiche body or table of actions with a pilote or partenaires column); is it an insertion plan?` };
  }
  const anns = findAnnouncements(lines, markers, listMarkers, bodies, headings);
  const footers = findFooters(lines);
  const axes = bestAxeTitles(headings);
  const bodyTitles = bodies.map((b) => titleAfterMarker(lines, labels, b));
  const sidebarLayout = markers.some((m) => m.form === "sidebar");
  const matched = matchAnnouncements(bodies, anns, bodyTitles);

  // Number the plan the way most of its fiches are numbered ("1.1" rather than "1-1" in a plan of "5.4").
  // Bodies headed by a section number and no marker word ("1.2 Soutenir les chantiers d'insertion"): that number,
  // when every such body has one and no two share it.
  const leading = bodies.map((b, k) => (b.number === null && !matched[k] ? (bodyTitles[k]!.match(LEADING_NUMBER)?.[1] ?? null) : null));
  const unnumbered = bodies.filter((b, k) => b.number === null && !matched[k]).length;
  const leadingFound = leading.filter((n): n is string => n !== null);
  const useLeading = leadingFound.length > 0 && leadingFound.length === unnumbered && new Set(leadingFound).size === leadingFound.length;
  if (useLeading) leading.forEach((n, k) => n !== null && (bodyTitles[k] = bodyTitles[k]!.replace(LEADING_NUMBER, "")));
  const numbers = bodies.map((b, k) => b.number ?? matched[k]?.number ?? (useLeading ? leading[k] : null) ?? null);
  // "2.1" for axe 2's fiche 1 in a plan that numbers afresh in each axe, as référents then say it.
  const bodyAxeNumbers = bodies.map((b) => headingBefore(headings, "axe", lines[b.start]!.no)?.number ?? null);
  const perAxe = numbersRestartPerAxe(numbers, bodyAxeNumbers);
  const dots = numbers.filter((n) => n?.includes(".")).length;
  const dashes = numbers.filter((n) => n?.includes("-")).length;
  const normalise = (n: string): string => (dots > dashes ? n.replace(/^(\d+)-(\d+)$/, "$1.$2") : n);

  const fiches: FicheReading[] = [];
  const taken = new Set<string>();
  bodies.forEach((b, k) => {
    const ann = matched[k] ?? null;
    const raw = numbers[k];
    const sidebar = b.marker?.form === "sidebar";
    const title = tidyTitle(chooseTitle(bodyTitles[k]!, ann, sidebar)) || `Fiche ${raw ?? k + 1}`;
    const printed = raw ? normalise(raw.replace(/bis$|ter$/, (x) => ` ${x}`).replace(/\s+(bis|ter)$/, "")) : numberFromTitle(title, taken, k);
    const number = perAxe ? `${bodyAxeNumbers[k]}.${printed}` : printed;
    taken.add(number);
    const startNo = lines[b.start]!.no;
    const bodyAxe = headingBefore(headings, "axe", startNo);
    const bodyObjectif = headingBefore(headings, "objectif", startNo, bodyAxe?.line ?? 0);
    // The first announcement of a number sits in the most complete list (a sommaire grouped by axe); lists
    // printed later, next to the bodies, can follow a wrong or missing axe heading.
    const firstAnn = ann ? (anns.find((a) => a.number === ann.number && a.axe !== null && titleSimilarity(a.title, ann.title) >= 0.5) ?? ann) : null;
    const objectifHeading = firstAnn?.objectif ?? bodyObjectif;
    let axeHeading = firstAnn?.axe ?? bodyAxe;
    // An objectif numbered "1-4" belongs to axe 1, whatever the page header says (a header can be wrong).
    const objNum = objectifHeading?.number?.match(/^(\d+)-/)?.[1];
    if (objNum && axes.has(objNum)) axeHeading = { kind: "axe", line: 0, endLine: 0, number: objNum, title: axes.get(objNum)! };
    const sections = readSections(lines, labels, b.start, b.end, footers, sidebarLayout);
    const bodyLines = lines.slice(b.start, b.end + 1).filter((l) => !isBlank(l) && !footers.has(l.text.trim()));
    const text = bodyLines.map((l) => l.text.replace(/\t+/g, " | ").replace(/\s+/g, " ").trim()).join("\n");
    const fields = readFields(sections, text);
    if (fields.pilotes.length === 0 && !fields.empty) fields.pilotes = inferPilotes(text);
    fiches.push({
      number,
      title,
      axe: axeHeading ? axeLabel(axeHeading, axes) : null,
      objectif: objectifHeading ? objectifLabel(objectifHeading) : null,
      text,
      lineStart: startNo,
      lineEnd: lines[b.end]!.no,
      ...fields,
    });
  });

  // Fiches announced but with no body: kept as empty fiches, so that "fiche 8.4" is answered honestly.
  const seen = new Set<Announcement>(matched.filter((a): a is Announcement => a !== null));
  const numbered = new Set(fiches.map((f) => f.number));
  const announcedOnly = new Map<string, Announcement>();
  for (const a of anns) {
    if (a.number === null || seen.has(a)) continue;
    const plain = normalise(a.number.replace(/(bis|ter)$/, " $1"));
    const n = perAxe && a.axe?.number && /^\d{1,3}$/.test(plain) ? `${a.axe.number}.${plain}` : plain;
    if ([...seen].some((s) => s.number === a.number && titleSimilarity(s.title, a.title) >= 0.5)) continue;
    const key = numbered.has(n) ? `${n} (${a.from})` : n;
    if (!announcedOnly.has(key) && !numbered.has(key)) announcedOnly.set(key, a);
  }
  for (const [number, a] of announcedOnly) {
    const lineNo = lines[a.index]!.no;
    fiches.push({
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
    });
  }
  return { ok: true, fiches };
}

/** The text of an announced fiche: its line, and for a sentence of prose, the rest of its paragraph. */
function announcementText(lines: readonly Line[], index: number): string {
  const parts = [lines[index]!.text.replace(/\t+/g, " | ").trim()];
  for (let j = index + 1; j <= index + 3 && j < lines.length && !lines[j]!.text.includes("\t") && /^[a-zà-ÿ]/.test(lines[j]!.text.trim()); j++) parts.push(lines[j]!.text.trim());
  return parts.join(" ");
}

/**
 * Whether a plan numbers its fiches afresh in each axe ("Fiche action 1" under axe 1 and again under axe 2): every
 * body has a plain number under a numbered axe, each axe's numbers are distinct and start at 1, and some number
 * comes back in another axe. A plan numbered straight through with one number printed twice is not one.
 */
function numbersRestartPerAxe(numbers: ReadonlyArray<string | null>, axeNumbers: ReadonlyArray<string | null>): boolean {
  const byAxe = new Map<string, number[]>();
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k];
    const axe = axeNumbers[k];
    if (n === null || n === undefined || axe === null || axe === undefined || !/^\d{1,3}$/.test(n)) return false;
    const list = byAxe.get(axe) ?? [];
    list.push(Number(n));
    byAxe.set(axe, list);
  }
  const all = [...byAxe.values()];
  if (all.some((list) => new Set(list).size !== list.length || Math.min(...list) !== 1)) return false;
  return new Set(all.flat()).size < numbers.length;
}

/** The fiches of a plan written as a table of actions, one per row. */
function fichesOfTable(rows: readonly TableAction[], lines: readonly Line[], headings: readonly Heading[]): FicheReading[] {
  const axes = bestAxeTitles(headings);
  return rows.map((r) => ({
    number: r.number,
    title: tidyTitle(r.title),
    axe: r.axe ? axeLabel(r.axe, axes) : null,
    objectif: r.objectif ? objectifLabel(r.objectif) : null,
    text: r.text,
    lineStart: lines[r.index]!.no,
    lineEnd: lines[r.endIndex]!.no,
    pilotes: r.pilotes,
    partenaires: r.partenaires,
    publics: r.publics,
    calendrier: r.calendrier,
    budget: r.budget,
    summary: r.summary,
    contenu: r.contenu,
    empty: r.empty,
  }));
}
