import { fold } from "../text/fold.js";
import { loadGlossary } from "../vocabulary/glossary.js";
import type { Announcement } from "./announcements.js";
import type { Line } from "./lines.js";
import type { LineLabels } from "./line-labels.js";
import type { Body } from "./split.js";
import { titleSimilarity } from "./similarity.js";

/** An axe's banner: « AXE 2 – LEVER LES FREINS », « Axe 2 : … ». */
const AXE_BANNER = /^axe\s+(?:\d+|[ivx]+)\s*[–\-:]/i;

/** Title lines printed right after a marker and before the first label: the body's own title. */
export function titleAfterMarker(lines: readonly Line[], labels: readonly LineLabels[], body: Body): string {
  const parts: string[] = [];
  // The marker's row may give the axe beside the number (« FICHE 2.2 | Axe 2 – Lever les freins »): no title.
  if (body.headingTitle && !AXE_BANNER.test(body.headingTitle)) parts.push(body.headingTitle);
  for (let i = body.start + 1; i <= body.end && parts.length < 4; i++) {
    const hits = labels[i] ?? [];
    // A form-like fiche names itself in a field ("Intitulé\tCréer un guichet unique"), first among its labels.
    if (parts.length === 0 && hits[0]?.kind === "intitule") {
      // The value after the label: on its line ("Intitulé : …" or in the next cell), else on the next line.
      const beside = hits[0].rest || (lines[i]!.text.split("\t").map((c) => c.trim()).filter((c) => c !== "")[1] ?? "");
      // Below it, past a table's separator row left blank ("| **Intitulé** |" / "|---|" / "| Title |").
      const next = lines[i + 1]?.text.trim() === "" && lines[i + 2] !== undefined ? i + 2 : i + 1;
      const below = (labels[next]?.length ?? 0) === 0 ? (lines[next]?.text.trim().replace(/\t+/g, " ") ?? "") : "";
      const value = beside || below;
      if (value) parts.push(value);
      break;
    }
    if (hits.length > 0) break;
    const t = lines[i]!.text.trim().replace(/\t+$/, "");
    if (t === "") {
      if (parts.length > 0 && !/^[a-zà-ÿ]/.test(lines[i + 1]?.text.trim() ?? "")) break;
      continue;
    }
    // An axe's banner printed in the fiche's table (a merged row: « AXE 2 – LEVER LES FREINS … »), and the cells of
    // a table exported one per line that give the fiche's number and axe (« 11 », « Axe », « 3 »).
    if (AXE_BANNER.test(t) || /^(?:\d{1,3}(?:[.-]\d{1,2})?|axe)$/i.test(t)) continue;
    // A tag line ("Prévention", "Santé") between the title and the labels is not part of the title, unless the
    // title above stops on a dash or a preposition ("… conjoint France Travail –" / "Département").
    const open = /(?:[–\-,]|\b(?:et|de|des|du|d'|à|aux|pour|avec|en|la|le|les))$/i.test(parts.at(-1) ?? "");
    if (/^[A-ZÀ-Ý][a-zà-ÿ]+$/.test(t) && t.length <= 14 && parts.length > 0 && !open) continue;
    if (t.includes("\t")) break;
    parts.push(t);
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

/** OCR damage in a title: stray glyphs, cut words glued to labels. */
function looksGarbled(title: string): boolean {
  return /[|_{}“”™¢]|\(\S*_|>\s*[A-Z]{4,}/.test(title) || /\b[a-z]{1,2}[A-Z][a-z]*[A-Z]/.test(title);
}

export function chooseTitle(bodyTitle: string, ann: Announcement | null, sidebar: boolean): string {
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

/** A title printed in capitals, in sentence case; acronyms (no vowel, or known to the glossary) stay capitals. */
function sentenceCase(title: string): string {
  if (/\p{Ll}/u.test(title) || title.replace(/[^\p{L}]/gu, "").length < 12) return title;
  return title
    .toLowerCase()
    .replace(/[\p{L}']+/gu, (word) => {
      const upper = word.toUpperCase();
      return ACRONYMS.has(upper) || !/[AEIOUYÀÂÉÈÊËÎÏÔÛÙÜ]/.test(upper) ? upper : word;
    });
}

const ACRONYMS: ReadonlySet<string> = new Set(
  loadGlossary()
    .map((e) => e.term)
    .filter((t) => /^[A-Z0-9]{2,6}$/.test(t)),
);

export function tidyTitle(title: string): string {
  // A sommaire's dot leaders and what follows them (a page number, « fiche à venir »), a page number right after
  // the title (« … les parents isolés 20 », not in « Fiche 12 »), and a status in brackets.
  const led = title
    .replace(/\s*(?:\.\s?){4,}.*$|\s*…{2,}.*$/, "")
    .replace(/(?<=[\p{L})])\s+\d{1,3}$/u, (page: string, at: number, whole: string) => (whole.slice(0, at).trim().split(/\s+/).length >= 3 ? "" : page))
    .replace(/\s*\((?:fiche )?(?:en cours de r[ée]daction|[àa] venir|en cours d'[ée]laboration|programmation(?: \d{4})?)\)$/i, "");
  let t = sentenceCase(led.replace(/\s+/g, " ").replace(/[\s.\-–:]+$/, "").trim());
  // Guillemets around the whole title go; guillemets inside it stay, balanced.
  if (/^«[^«»]*»$/.test(t)) t = t.slice(1, -1).trim();
  if (t.includes("«") && !t.includes("»")) t = `${t} »`;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

