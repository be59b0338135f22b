import { fold } from "../text/fold.js";
import { findAnnouncements, type Announcement } from "./announcements.js";
import { readFields, type ReadFields } from "./fields.js";
import { findHeadings, headingBefore, type Heading } from "./headings.js";
import { isBlank, toLines, type Line } from "./lines.js";
import { findMarkers } from "./markers.js";
import { readSections } from "./sections.js";
import { findFooters, labelLines, splitBodies, type Body, type LineLabels } from "./split.js";
import { titleSimilarity } from "./similarity.js";

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

/** Title lines printed right after a marker and before the first label: the body's own title. */
function titleAfterMarker(lines: readonly Line[], labels: readonly LineLabels[], body: Body): string {
  const parts: string[] = [];
  if (body.headingTitle) parts.push(body.headingTitle);
  for (let i = body.start + 1; i <= body.end && parts.length < 4; i++) {
    if ((labels[i]?.length ?? 0) > 0) break;
    const t = lines[i]!.text.trim().replace(/\t+$/, "");
    if (t === "") {
      if (parts.length > 0 && !/^[a-zà-ÿ]/.test(lines[i + 1]?.text.trim() ?? "")) break;
      continue;
    }
    // A tag line ("Prévention", "Santé") between the title and the labels is not part of the title.
    if (/^[A-ZÀ-Ý][a-zà-ÿ]+$/.test(t) && t.length <= 14 && parts.length > 0) continue;
    if (t.includes("\t")) break;
    parts.push(t);
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

/** OCR damage in a title: stray glyphs, cut words glued to labels. */
function looksGarbled(title: string): boolean {
  return /[|_{}“”™¢]|\(\S*_|>\s*[A-Z]{4,}/.test(title) || /\b[a-z]{1,2}[A-Z][a-z]*[A-Z]/.test(title);
}

function chooseTitle(bodyTitle: string, ann: Announcement | null, sidebar: boolean): string {
  const annTitle = ann?.title.trim() ?? "";
  if (!annTitle) return bodyTitle;
  if (!bodyTitle || sidebar || looksGarbled(bodyTitle)) return annTitle;
  const sim = titleSimilarity(bodyTitle, annTitle);
  // The body's title lost its tail (a title cut by the page layout): the announcement has it whole.
  if (sim >= 0.6 && bodyTitle.length < annTitle.length * 0.8) return annTitle;
  const fb = fold(bodyTitle);
  if (sim >= 0.6 && (fold(annTitle).startsWith(fb) && annTitle.length > bodyTitle.length || /\b(?:de|du|des|d'|la|le|les|l'|et|a|au|aux|en|pour|par|avec)$/.test(fb))) return annTitle;
  if (sim < 0.3) return bodyTitle;
  return bodyTitle;
}

function tidyTitle(title: string): string {
  let t = title.replace(/\s+/g, " ").replace(/[\s.\-–:]+$/, "").trim();
  // Guillemets around the whole title go; guillemets inside it stay, balanced.
  if (/^«[^«»]*»$/.test(t)) t = t.slice(1, -1).trim();
  if (t.includes("«") && !t.includes("»")) t = `${t} »`;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Matches bodies to announcements: by number, checking the title; numberless bodies by title, in order. */
function matchAnnouncements(bodies: readonly Body[], anns: readonly Announcement[], bodyTitles: readonly string[]): Array<Announcement | null> {
  const used = new Set<Announcement>();
  const result: Array<Announcement | null> = bodies.map(() => null);
  const base = (n: string | null): string => (n ?? "").replace(/[-]/g, ".").replace(/(bis|ter)$/, "");
  bodies.forEach((b, k) => {
    if (b.number === null) return;
    const same = anns.filter((a) => a.number !== null && base(a.number) === base(b.number));
    if (same.length === 0) return;
    const scored = same.map((a) => ({ a, s: bodyTitles[k] ? titleSimilarity(bodyTitles[k]!, a.title) : 1 }));
    const exact = scored.filter((x) => x.a.number!.replace("-", ".") === b.number!.replace("-", "."));
    const variants = scored.filter((x) => !exact.includes(x));
    // "8.4" in a table may be another action than the body's 8.4, whose row is "8.4bis": trust the title.
    const bestVariant = variants.sort((x, y) => y.s - x.s)[0];
    const bestExact = exact.sort((x, y) => y.s - x.s)[0];
    const pick = bestExact && (bestExact.s >= 0.4 || !bestVariant || bestVariant.s <= bestExact.s) ? bestExact : bestVariant;
    if (pick) {
      // Every announcement of the same number and title (sommaire and list) is taken by this body.
      for (const x of exact.length && pick === bestExact ? exact : [pick]) used.add(x.a);
      result[k] = exact.length && pick === bestExact ? exact[exact.length - 1]!.a : pick.a;
    }
  });
  bodies.forEach((b, k) => {
    if (b.number !== null || !bodyTitles[k]) return;
    let best: Announcement | null = null;
    let bestScore = 0.5;
    for (const a of anns) {
      if (a.number === null || used.has(a) || a.index > b.start) continue;
      const s = titleSimilarity(bodyTitles[k]!, a.title);
      // Later announcements (the list just above the body) win ties over the sommaire.
      if (s > bestScore || (s === bestScore && best !== null && a.index > best.index)) {
        best = a;
        bestScore = s;
      }
    }
    if (best) {
      for (const a of anns) if (a.number === best.number) used.add(a);
      result[k] = best;
    }
  });
  return result;
}

/**
 * Pilotes of a fiche with no pilote field (execution reports): who the text says carries the action ("portée
 * par", "pilotée par", "mise en œuvre par", "opérateur"), or who receives the participation that funds it.
 */
export function inferPilotes(text: string): string[] {
  const found: string[] = [];
  // A proper name: capitalised words (or acronyms), joined by "de", "du", "des", "d'", "pour", on one line.
  const word = String.raw`(?:[A-ZÀ-Ý0-9][\w'’À-ÿ&/-]*|emploi|locales?|insertion|d[ée]partementale?|sociale?|solidaire)`;
  const name = String.raw`((?:[Ll]'|[Ll]a |[Ll]e |[Ll]es )?[A-ZÀ-Ý][\w'’À-ÿ&/-]*(?:[ ]+(?:de la |du |des |de |d'|pour l'|pour )?${word}){0,5})`;
  const patterns = [
    new RegExp(String.raw`\b(?:port[ée]e?s?|pilot[ée]e?s?|men[ée]e?s?|coordonn[ée]e?s?|mise? en (?:œ|oe)uvre|r[ée]alis[ée]e?s?|assur[ée]e?s?|anim[ée]e?s?)[ ]+par[ ]+${name}`, "g"),
    new RegExp(String.raw`\b(?:[Oo]p[ée]rateur|[Pp]orteur(?: de projet)?|[Pp]ilote)[ ]*:[ ]*${name}`, "g"),
    new RegExp(String.raw`\b[Pp]articipations?[ ]+(?:vers[ée]es?[ ]+)?(?:à|a|au|aux)[ ]+${name}`, "g"),
  ];
  for (const p of patterns) {
    for (const m of text.matchAll(p)) {
      const n = m[1]!.replace(/^(?:[Ll]a|[Ll]es|[Ll]e) /, "").replace(/[.,;:]+$/, "").trim();
      if (n.replace(/[^A-Za-zÀ-ÿ]/g, "").length >= 2) found.push(n);
    }
  }
  // The Département as the subject that runs the action: "le Département porte", "le CD35 a mis en place".
  if (found.length === 0 && /\b(?:[Ll]e (?:D[ée]partement|CD ?\d{2,3})|[Ll]e [Cc]onseil d[ée]partemental)\s+(?:porte|pilote|a mis en place|met en (?:œ|oe)uvre|a lanc[ée]|finance|assure|coordonne)/.test(text)) {
    found.push("Conseil départemental");
  }
  return [...new Set(found)].slice(0, 4);
}

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
}

/** The outcome of reading one plan: its fiches, or why none could be read. */
export type PlanRead = { ok: true; fiches: FicheReading[] } | { ok: false; error: string };

/**
 * Reads the fiches of one plan from its text. The layout is detected from the text: which markers name fiches,
 * which labels open their fields, whether bodies carry their number or are matched to a summary by title.
 */
export function readPlan(source: string, options: ReadPlanOptions): PlanRead {
  const lines = toLines(source);
  const headings = findHeadings(lines);
  const markers = findMarkers(lines);
  const labels = labelLines(lines);
  const { bodies, listMarkers } = splitBodies(lines, labels, markers, headings);
  if (bodies.length === 0) {
    return { ok: false, error: `ingest: ${options.file}: no fiche found (no "Action n°", "Fiche action" or labelled fiche body); is it an insertion plan?` };
  }
  const anns = findAnnouncements(lines, markers, listMarkers, bodies, headings);
  const footers = findFooters(lines);
  const axes = bestAxeTitles(headings);
  const bodyTitles = bodies.map((b) => titleAfterMarker(lines, labels, b));
  const matched = matchAnnouncements(bodies, anns, bodyTitles);

  // Number the plan the way most of its fiches are numbered ("1.1" rather than "1-1" in a plan of "5.4").
  const numbers = bodies.map((b, k) => b.number ?? matched[k]?.number ?? null);
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
    const number = raw ? normalise(raw.replace(/bis$|ter$/, (x) => ` ${x}`).replace(/\s+(bis|ter)$/, "")) : numberFromTitle(title, taken, k);
    taken.add(number);
    const startNo = lines[b.start]!.no;
    const bodyAxe = headingBefore(headings, "axe", startNo);
    const bodyObjectif = headingBefore(headings, "objectif", startNo, bodyAxe?.line ?? 0);
    // The first announcement of a number sits in the most complete list (a sommaire grouped by axe); lists
    // printed later, next to the bodies, can follow a wrong or missing axe heading.
    const firstAnn = ann ? (anns.find((a) => a.number === ann.number && a.axe !== null) ?? ann) : null;
    const objectifHeading = firstAnn?.objectif ?? bodyObjectif;
    let axeHeading = firstAnn?.axe ?? bodyAxe;
    // An objectif numbered "1-4" belongs to axe 1, whatever the page header says (a header can be wrong).
    const objNum = objectifHeading?.number?.match(/^(\d+)-/)?.[1];
    if (objNum && axes.has(objNum)) axeHeading = { kind: "axe", line: 0, endLine: 0, number: objNum, title: axes.get(objNum)! };
    const sections = readSections(lines, labels, b.start, b.end, footers);
    const bodyLines = lines.slice(b.start, b.end + 1).filter((l) => !isBlank(l) && !footers.has(l.text.trim()));
    const text = bodyLines.map((l) => l.text.replace(/\t+/g, " | ").replace(/\s+/g, " ").trim()).join("\n");
    const fields = readFields(sections, text);
    if (fields.pilotes.length === 0 && !fields.empty) fields.pilotes = inferPilotes(text);
    fiches.push({
      number,
      title,
      axe: axeHeading ? axeLabel(axeHeading, axes) : null,
      objectif: objectifHeading ? tidyTitle(`${objectifHeading.number ? `${objectifHeading.number} ` : ""}${objectifHeading.title}`) : null,
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
    const n = normalise(a.number.replace(/(bis|ter)$/, " $1"));
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
      objectif: a.objectif ? tidyTitle(`${a.objectif.number ? `${a.objectif.number} ` : ""}${a.objectif.title}`) : null,
      text: lines[a.index]!.text.replace(/\t+/g, " | ").trim(),
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
