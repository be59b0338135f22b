import { fold } from "../text/fold.js";
import { splitEntities } from "./entities.js";
import { splitInstitutions } from "./institutions.js";
import type { FieldKind } from "./labels.js";
import type { Section } from "./sections.js";
import { sidebarValues } from "./sidebar.js";

/** The fields read from a fiche's labelled sections, before enrichment. */
export interface ReadFields {
  pilotes: string[];
  partenaires: string[];
  publics: string[];
  calendrier: string | null;
  budget: string | null;
  summary: string | null;
  /** What the action does (its content, operational actions or description block), shortened. */
  contenu: string | null;
  /** True when no section that describes the action holds content (a fiche announced, not written). */
  empty: boolean;
}

// A status line where the content should be: the fiche is announced, not written.
const STATUS = /^(?:programmation ulterieure|a definir|a preciser|non renseigne|sans objet|neant)\.?$/;
const CONTENT_KINDS: ReadonlySet<FieldKind> = new Set(["objectifs", "contenu", "actions", "publics", "pilotes", "partenaires", "indicateurs", "resultats", "bilan", "budget"]);

const bullet = (s: string): string => s.replace(/^[-•>»▪✓☑\s]+/, "").replace(/^[-•>»▪✓\s]+/, "").trim();

// In the OCR'd sidebar layout, these fields sit in the narrow sidebar; objectives, content and indicators
// are in the main column, whose lines only carry stray sidebar words.
const SIDEBAR_KINDS: ReadonlySet<FieldKind> = new Set(["publics", "pilotes", "partenaires", "calendrier"]);
// A calendar value speaks of time: a year, a month, a term, "dès", "à partir de", "en cours"...
const TIME = /\b(?:19|20)\d\d\b|\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|trimestre|semestre|annee|annuel\w*|mois|semaines?|duree|debut|fin|courant|des|a partir|a compter|en cours|progressive|permanent\w*|pdie|pdi|pti)\b/;

// "2019 2e trimestre retour a l'emploi…" → "2019 2e trimestre": the date a sidebar glued to body text.
const TIME_PREFIX =
  /^((?:(?:d[èée]s|debut|début|fin|courant|à partir de|a partir de|en)\s+)?(?:(?:\d{1,2}(?:er|re|e)?\s+)?(?:trimestre|semestre)\s+)?(?:(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\s+)?(?:19|20)\d\d(?:\s*[-–/à]\s*(?:19|20)\d\d)?(?:\s+\d(?:er|re|e)?\s+(?:trimestre|semestre))?)/i;

function timePrefix(line: string): string {
  return line.trim().match(TIME_PREFIX)?.[1] ?? "";
}

function valuesOf(sections: readonly Section[], kind: FieldKind): string[] {
  const out: string[] = [];
  for (const s of sections) {
    if (s.kind !== kind) continue;
    const values = s.values.filter((v) => !STATUS.test(fold(bullet(v))));
    if (!(s.sidebar && SIDEBAR_KINDS.has(kind))) {
      out.push(...values);
      continue;
    }
    if (kind !== "calendrier") {
      out.push(...sidebarValues(values));
      continue;
    }
    const side = sidebarValues(values).filter((v) => TIME.test(fold(v)));
    out.push(...(side.length ? side : values.map(timePrefix).filter((v) => v !== "")));
  }
  return out;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}

/**
 * Pilotes from an actions table ("N\taction\tpilote(s)") name one pilot cell per row: the institutions named
 * in most rows pilot the fiche, the others are partners of one step.
 */
function pilotsFromTable(cells: readonly string[]): { pilotes: string[]; partenaires: string[] } {
  const rows = cells.map((c) => splitEntities([c]).flatMap((e) => splitInstitutions(e)));
  const counts = new Map<string, number>();
  for (const row of rows) for (const name of new Set(row)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const threshold = Math.max(1, Math.ceil(rows.length / 2));
  const pilotes = [...counts].filter(([, n]) => n >= threshold).map(([name]) => name);
  const partenaires = [...counts].filter(([, n]) => n < threshold).map(([name]) => name);
  return pilotes.length > 0 ? { pilotes, partenaires } : { pilotes: partenaires, partenaires: [] };
}

/** Reads pilotes, partenaires, publics, calendrier, budget and a summary from a fiche's sections. */
export function readFields(sections: readonly Section[], bodyText: string): ReadFields {
  const pilotSections = sections.filter((s) => s.kind === "pilotes");
  const tablePilots = pilotSections.some((s) => !s.sidebar && s.values.length > 1 && sections.some((o) => o.kind === "actions" && o.line === s.line));
  let pilotes: string[];
  let extraPartners: string[] = [];
  if (tablePilots) {
    const r = pilotsFromTable(valuesOf(sections, "pilotes").filter((v) => !/^\d+$/.test(v)));
    pilotes = r.pilotes;
    extraPartners = r.partenaires;
  } else {
    pilotes = splitEntities(valuesOf(sections, "pilotes"));
  }
  const partenaires = [...splitEntities(valuesOf(sections, "partenaires")), ...extraPartners].filter((p) => !pilotes.includes(p));
  const publics = splitEntities(valuesOf(sections, "publics"), { splitOnEt: false });

  const cal = [...valuesOf(sections, "calendrier"), ...valuesOf(sections, "duree").map((d) => `durée : ${bullet(d)}`)]
    .map(bullet)
    .filter((v) => v !== "");
  const calendrier = cal.length ? shorten(cal.join(" ; ").replace(/\s+/g, " "), 240) : null;

  let budgetLines = valuesOf(sections, "budget").map(bullet).filter((v) => /\d/.test(v));
  if (budgetLines.length === 0 && /€|euro/i.test(bodyText)) {
    // No budget field: amounts printed in the text ("3 000 € par place") are the budget the plan gives.
    budgetLines = (bodyText.match(/[^.\n]*\d[\d  .,]*\s?(?:€|euros?\b|k€|M€)[^.\n]*/g) ?? []).map((s) => bullet(s.trim())).slice(0, 3);
  }
  const budget = budgetLines.length ? shorten(budgetLines.slice(0, 6).join(" ; ").replace(/\s+/g, " "), 320) : null;

  const summarySource = [...valuesOf(sections, "objectifs"), ...(valuesOf(sections, "objectifs").length ? [] : valuesOf(sections, "contenu"))]
    .map(bullet)
    .filter((v) => v.length > 3);
  const summary = summarySource.length ? shorten(summarySource.join(" ; ").replace(/\s+/g, " "), 360) : null;
  const contenuSource = [...valuesOf(sections, "actions"), ...valuesOf(sections, "contenu")]
    .map(bullet)
    .filter((v) => v.length > 3 && !/^\d+$/.test(v));
  const contenu = contenuSource.length && contenuSource.join(" ") !== summarySource.join(" ") ? shorten(contenuSource.join(" ; ").replace(/\s+/g, " "), 420) : null;

  const empty = !sections.some((s) => CONTENT_KINDS.has(s.kind as FieldKind) && s.values.some((v) => bullet(v) !== "" && !STATUS.test(fold(bullet(v)))));
  return { pilotes, partenaires, publics, calendrier, budget, summary, contenu, empty };
}
