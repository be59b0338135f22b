import type { Catalog, Fiche } from "../../knowledge/model/index.js";
import type { Understanding } from "../understand/understand.js";
import { escapeMarkdown, ficheReference, frenchList, paragraphs } from "./format.js";
import { analyzeFrench } from "../../knowledge/search/french.js";
import { cutText } from "./cut-text.js";
import { ficheDigest, relevantPassages, type PassageQuery } from "./passages.js";
import { ofDepartement } from "../../knowledge/territories/departements.js";

const esc = escapeMarkdown;

/** The first sentence: the answer to the exact question asked, about the best fiche. */
function lead(u: Understanding, f: Fiche): string {
  const n = `La fiche ${esc(f.number)} « ${esc(f.title)} »`;
  if (f.empty) return `${n} est annoncée dans le plan mais pas encore rédigée (programmation ultérieure)${f.calendrier ? ` ; phasage : ${esc(f.calendrier)}` : ""}.`;
  switch (u.intent) {
    case "pilote":
      return f.pilotes.length ? `${n} est pilotée par ${esc(frenchList(namedFirst(f.pilotes, u)))}.` : `${n} ne nomme pas de pilote.`;
    case "partenaires":
      return f.partenaires.length
        ? `Partenaires de ${n.replace(/^La/, "la")} : ${esc(frenchList(namedFirst(f.partenaires, u), 10))}.`
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

/**
 * The entries of a list (partenaires, pilotes) that the question names first, the others in the plan's order: « Tag22
 * et Germe Armor, ils sont partenaires de quelle action ? » must see them even in a list of fifteen that is cut.
 */
function namedFirst(items: readonly string[], u: Understanding): string[] {
  if (items.length < 2) return [...items];
  const words = items.map((item) => analyzeFrench(item));
  const has = (k: number, t: string): boolean => words[k]!.some((w) => w === t || (t.length >= 7 && w.startsWith(t)));
  // Each question word counts for the entries that hold it, the less the more entries do ("insertion" in five
  // entries names none of them; "tag22" names one).
  const score = items.map(() => 0);
  for (const t of u.query.terms) {
    const holders = items.map((_, k) => k).filter((k) => has(k, t));
    for (const k of holders) score[k]! += 1 / holders.length;
  }
  return items.map((item, k) => ({ item, k })).sort((a, b) => score[b.k]! - score[a.k]! || a.k - b.k).map((x) => x.item);
}

/** The fields of the best fiche, after the lead: what a référent needs to act on it. */
function details(u: Understanding, f: Fiche, catalog: Catalog): string {
  const lines: string[] = [ficheReference(f, catalog)];
  // What the answer shows of the fiche: a passage of its text that only repeats it is not quoted.
  const shown: string[] = [f.title];
  const field = (label: string, value: string, raw: readonly string[] = [value]): void => {
    lines.push(`${label} : ${esc(value)}`);
    shown.push(...raw.map((r) => r.replace(/…$/, "")));
  };
  const lookup = u.intent === "fiche";
  if (u.intent === "pilote") shown.push(...f.pilotes);
  if (u.intent === "partenaires") shown.push(...f.partenaires, ...f.pilotes);
  if (f.summary && !f.empty) field("Objectif", f.summary);
  if (f.pilotes.length && u.intent !== "pilote") field("Pilote", frenchList(f.pilotes), f.pilotes);
  if (f.partenaires.length && u.intent !== "partenaires") field("Partenaires", frenchList(f.partenaires), f.partenaires);
  if (f.publics.length && u.intent !== "public") field("Public", frenchList(f.publics, 4), f.publics.slice(0, 4));
  if (f.calendrier && u.intent !== "calendrier" && !f.empty) field("Calendrier", f.calendrier);
  if (f.budget && u.intent !== "budget" && lookup) field("Budget", f.budget);
  // A lookup gets a fuller account of the action, read from its text; a topic or dispositif its contenu field.
  const digest = lookup && !f.empty ? ficheDigest(f.text, { shown }) : null;
  const contenu = digest ?? (f.contenu && !f.empty && (lookup || u.intent === "topic" || u.intent === "dispositif") ? f.contenu : null);
  if (contenu) {
    lines.splice(f.summary && !f.empty ? 2 : 1, 0, `Contenu : ${esc(contenu)}`);
    shown.push(contenu.replace(/…$/, ""));
  }
  if (f.territoires.length) lines.push(`Territoires : ${esc(frenchList(f.territoires.map((t) => t.name)))}`);
  // A lookup, or a question about a subject or a solution, names the dispositifs the fiche cites: what a référent
  // can prescribe through it.
  const cited = lookup || u.intent === "dispositif" || u.intent === "topic" || u.intent === "public" ? f.dispositifs.map((id) => catalog.dispositifs.find((d) => d.id === id)?.name).filter((n): n is string => n !== undefined) : [];
  if (cited.length) lines.push(`Dispositifs cités : ${esc(frenchList(cited, 8))}`);
  const quotes = f.empty || lookup ? [] : relevantPassages(f.text, passageQuery(u), { shown });
  if (quotes.length) lines.push(`Dans la fiche :\n\n${quotes.map((q) => `- « ${esc(q)} »`).join("\n")}`);
  // A lookup also quotes the lines that name who carries the action out, beyond the pilote and partner fields
  // (operators per territory, funded associations).
  const actors = lookup && !f.empty ? relevantPassages(f.text, { terms: [], actors: true }, { shown, count: 2, budget: 320 }) : [];
  if (actors.length) lines.push(`Acteurs cités :\n\n${actors.map((q) => `- « ${esc(q)} »`).join("\n")}`);
  return lines.join("\n\n");
}

/** What the question looks for in the fiche's text: its words, its concepts' words, the place it names. */
function passageQuery(u: Understanding): PassageQuery {
  // The concepts' words and their names ("vae", "cqp-als") count as the question's words, less.
  const conceptWords = u.query.concepts.flatMap((c) => [...c.expansions, ...analyzeFrench(c.key.slice(2).replace(/-/g, " "))]);
  // The commune the question names is left out of the search (it is not a subject) but a passage naming it is
  // about the référent's territory.
  const place = u.place ? analyzeFrench(u.place) : [];
  return { terms: [...u.query.terms, ...place], conceptWords, concepts: u.query.concepts.map((c) => c.key), actors: u.intent === "pilote" || u.intent === "partenaires", money: u.intent === "budget", dates: u.intent === "calendrier" };
}

/** The longest a further fiche's calendrier or budget is quoted (a phasage can run over several lines). */
const SECONDARY_FIELD_MAX = 160;

/** One line for a further fiche, with the field the question asks about. */
function secondary(u: Understanding, f: Fiche, catalog: Catalog): string {
  const asked = u.intent === "calendrier" ? f.calendrier : u.intent === "budget" ? f.budget : null;
  const extra = asked
    ? ` — ${u.intent} : ${esc(cutText(asked, SECONDARY_FIELD_MAX))}`
    : u.intent === "partenaires" && f.partenaires.length
      ? ` — partenaires : ${esc(frenchList(namedFirst(f.partenaires, u), 4))}`
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

/**
 * The answer when the closest fiches are near the question but none clearly answers it: said plainly, with each
 * fiche and its pilote, for the référent to open and check. `inItsPlan`: the search ran in the territory's plan.
 */
export function composeTentative(u: Understanding, fiches: readonly Fiche[], catalog: Catalog, inItsPlan: boolean): string {
  // Only the plan of the territory when that is where the search ran (not when it is not covered).
  const where = inItsPlan && u.territory ? ` dans le plan ${esc(ofDepartement(u.territory))}` : "";
  return paragraphs([
    `Aucune fiche${where} ne répond exactement à cette question. Les plus proches :`,
    fiches.map((f) => `- ${secondary(u, f, catalog)}`).join("\n"),
    "Ouvrez la fiche pour vérifier qu'elle convient, ou précisez le public, le frein ou le dispositif.",
  ]);
}
