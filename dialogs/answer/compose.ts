import type { Catalog, Fiche } from "../../knowledge/model/index.js";
import type { Understanding } from "../understand/understand.js";
import { escapeMarkdown, ficheReference, frenchList, paragraphs } from "./format.js";
import { bestSnippet } from "./snippet.js";

const esc = escapeMarkdown;

/** The first sentence: the answer to the exact question asked, about the best fiche. */
function lead(u: Understanding, f: Fiche): string {
  const n = `La fiche ${esc(f.number)} « ${esc(f.title)} »`;
  if (f.empty) return `${n} est annoncée dans le plan mais pas encore rédigée (programmation ultérieure)${f.calendrier ? ` ; phasage : ${esc(f.calendrier)}` : ""}.`;
  switch (u.intent) {
    case "pilote":
      return f.pilotes.length ? `${n} est pilotée par ${esc(frenchList(f.pilotes))}.` : `${n} ne nomme pas de pilote.`;
    case "partenaires":
      return f.partenaires.length
        ? `Partenaires de ${n.replace(/^La/, "la")} : ${esc(frenchList(f.partenaires, 10))}.`
        : `${n} ne cite pas de partenaires${f.pilotes.length ? ` ; elle est pilotée par ${esc(frenchList(f.pilotes))}` : ""}.`;
    case "public":
      return f.publics.length ? `${n} s'adresse à : ${esc(frenchList(f.publics))}.` : `${n} répond à votre question.`;
    case "budget":
      return f.budget ? `Budget de ${n.replace(/^La/, "la")} : ${esc(f.budget)}.` : `${n} ne chiffre pas de budget.`;
    case "calendrier":
      return f.calendrier ? `Calendrier de ${n.replace(/^La/, "la")} : ${esc(f.calendrier)}.` : `${n} ne donne pas de calendrier.`;
    default:
      return `${n} répond à votre question.`;
  }
}

/** The fields of the best fiche, after the lead: what a référent needs to act on it. */
function details(u: Understanding, f: Fiche, catalog: Catalog): string {
  const lines: string[] = [ficheReference(f, catalog)];
  if (f.summary && !f.empty) lines.push(`Objectif : ${esc(f.summary)}`);
  if (f.contenu && !f.empty && (u.intent === "fiche" || u.intent === "topic" || u.intent === "dispositif")) lines.push(`Contenu : ${esc(f.contenu)}`);
  if (f.pilotes.length && u.intent !== "pilote") lines.push(`Pilote : ${esc(frenchList(f.pilotes))}`);
  if (f.partenaires.length && u.intent !== "partenaires") lines.push(`Partenaires : ${esc(frenchList(f.partenaires))}`);
  if (f.publics.length && u.intent !== "public") lines.push(`Public : ${esc(frenchList(f.publics, 4))}`);
  if (f.calendrier && u.intent !== "calendrier" && !f.empty) lines.push(`Calendrier : ${esc(f.calendrier)}`);
  if (f.budget && u.intent !== "budget" && u.intent === "fiche") lines.push(`Budget : ${esc(f.budget)}`);
  if (f.territoires.length) lines.push(`Territoires : ${esc(frenchList(f.territoires.map((t) => t.name)))}`);
  // The words of the question, its concepts' words and their names ("vae", "cqp-als"): what the excerpt shows.
  const conceptWords = u.query.concepts.flatMap((c) => [...c.expansions, ...c.key.slice(2).split("-")]);
  // Computed only when shown: it reads the whole fiche.
  const snippet = f.empty || u.intent === "fiche" ? null : bestSnippet(f.text, [...u.query.terms, ...conceptWords], { money: u.intent === "budget", sentences: 2 });
  if (snippet) lines.push(`Extrait : « ${esc(snippet)} »`);
  return lines.join("\n\n");
}

/** One line for a further fiche, with the field the question asks about. */
function secondary(u: Understanding, f: Fiche, catalog: Catalog): string {
  const extra =
    u.intent === "partenaires" && f.partenaires.length
      ? ` — partenaires : ${esc(frenchList(f.partenaires, 4))}`
      : f.pilotes.length
        ? ` — pilote : ${esc(frenchList(f.pilotes, 3))}`
        : f.empty
          ? " — annoncée, pas encore rédigée"
          : "";
  return `${ficheReference(f, catalog)}${extra}`;
}

/** The answer text for one or more fiches, the best first. */
export function composeFound(u: Understanding, fiches: readonly Fiche[], catalog: Catalog): string {
  const [best, ...others] = fiches;
  if (!best) return "";
  const where = u.territory === null && new Set(fiches.map((f) => f.departement.code)).size > 1 ? "Résultats de plusieurs départements." : null;
  return paragraphs([
    lead(u, best),
    details(u, best, catalog),
    others.length ? `Autres fiches utiles :\n\n${others.map((f) => `- ${secondary(u, f, catalog)}`).join("\n")}` : null,
    where,
  ]);
}
