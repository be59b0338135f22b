import { readActionTables } from "./action-tables.js";
import { announcedOnlyFiches } from "./announced-fiches.js";
import { findAnnouncements } from "./announcements.js";
import { axeLabel, bestAxeTitles, objectifLabel } from "./axe-labels.js";
import type { FicheReading } from "./fiche-reading.js";
import { readFields } from "./fields.js";
import { flattenGridTables } from "./grid-tables.js";
import { findHeadings, headingBefore } from "./headings.js";
import { isBlank, toLines } from "./lines.js";
import { blankPageFurniture, findFooters } from "./page-furniture.js";
import { joinWrappedLabels } from "./wrapped-labels.js";
import { blankContinuationHeadings, findMarkers } from "./markers.js";
import { readSections } from "./sections.js";
import { labelLines } from "./line-labels.js";
import { splitBodies } from "./split.js";
import { titleSimilarity } from "./similarity.js";
import { inferPilotes } from "./infer-pilotes.js";
import { matchAnnouncements } from "./match-announcements.js";
import { LEADING_NUMBER, numberFromTitle, numbersRestartPerAxe } from "./numbering.js";
import { fichesOfTable } from "./table-fiches.js";
import { chooseTitle, tidyTitle, titleAfterMarker } from "./titles.js";

export type { FicheReading } from "./fiche-reading.js";

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
  const announcedNumber = (printed: string, axe: string | null): string => {
    const plain = normalise(printed.replace(/(bis|ter)$/, " $1"));
    return perAxe && axe && /^\d{1,3}$/.test(plain) ? `${axe}.${plain}` : plain;
  };
  fiches.push(...announcedOnlyFiches({ anns, matched, written: fiches, lines, axes, number: announcedNumber }));
  return { ok: true, fiches };
}

