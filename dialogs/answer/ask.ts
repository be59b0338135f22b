import type { Catalog, Departement, Fiche } from "../../knowledge/model/index.js";
import type { FicheHit, FicheIndex } from "../../knowledge/search/fiche-index.js";
import { understand, type AskContext, type Understanding } from "../understand/understand.js";
import type { AnsweredFiche, Answer } from "./answer-types.js";
import { composeFound } from "./compose.js";
import { escapeMarkdown, ficheReference, paragraphs } from "./format.js";
import { coveredDepartements, EMPTY_TEXT, helpText, offTopicText } from "./messages.js";

/**
 * Confidence rules, checked with `npm run eval`: a fiche answers when it matches enough of what the question is
 * about (its coverage of the question's terms and concepts) and scores close enough to the best fiche.
 */
export const CONFIDENCE = {
  /** A fiche must match at least this share of the question's terms and concepts. */
  minCoverage: 0.34,
  /** Share of the weight of the narrow concepts a question names (FAJ, familles monoparentales…; rare ones weigh
   * more) that the fiche must match: "un dossier FAJ pour un jeune" is not answered by a fiche on young people. */
  minNarrowWeight: 0.5,
  /** How much the best fiche's lead over the next one adds to its coverage. */
  leadWeight: 0.25,
  /** How much each doubling of the best score above the reference adds (and each halving below it takes off). */
  scoreWeight: 0.15,
  /** The score of a fiche that matches a question plainly: its title or concepts and a field or two. */
  scoreReference: 100,
  /** Further fiches are shown when they score at least this share of the best one. */
  relatedRatio: 0.6,
  /** At most this many fiches in an answer. */
  maxFiches: 3,
} as const;

function toAnswered(hit: { fiche: Fiche; score: number }): AnsweredFiche {
  const f = hit.fiche;
  return { id: f.id, departement: f.departement, number: f.number, title: f.title, url: f.url, score: Math.round(hit.score * 100) / 100 };
}

function confident(hit: FicheHit, next: FicheHit | undefined): boolean {
  const d = hit.detail;
  // Nothing in the question tells fiches apart ("y a quoi pour les brsa ?"): no fiche answers it better than another.
  if (d.discriminating === 0 || d.matched === 0) return false;
  // The question names a specific public, dispositif or term: the fiche must be about it. A broad theme
  // ("famille") does not stand in for a narrow public ("familles monoparentales").
  if (d.narrowConcepts > 0 && d.narrowWeight < CONFIDENCE.minNarrowWeight) return false;
  if (d.specificConcepts > 0 && d.matchedConcepts === 0) return false;
  // "une aide au surendettement ?": no fiche there names what the question is most precisely about; a fiche on a
  // broader subject (budget, debts) would be an answer to another question.
  if (d.rarestAbsent) return false;
  // A fiche far ahead of the next one is a clear answer even to a long, chatty question that it covers in part.
  const lead = next ? 1 - next.score / hit.score : 1;
  // A high score (many matches in the title, the concepts and the fields) is evidence too; a low one, against.
  const strength = CONFIDENCE.scoreWeight * Math.log2(Math.max(hit.score, 1) / CONFIDENCE.scoreReference);
  return hit.coverage + CONFIDENCE.leadWeight * lead + strength >= CONFIDENCE.minCoverage && d.matched >= 1;
}

function base(u: Understanding, q: string): Pick<Answer, "q" | "intent" | "territory"> {
  return { q, intent: u.intent, territory: u.territory ? { code: u.territory.code, name: u.territory.name } : null };
}

/** Answers a question from the catalog. Pure: the same question, context and catalog give the same answer. */
export function ask(question: string, context: AskContext, index: FicheIndex): Answer {
  const catalog: Catalog = index.catalog;
  const u = understand(question, context);
  const declined = (text: string, suggestions: AnsweredFiche[] = []): Answer => ({ ...base(u, question), answered: false, text, fiches: [], suggestions });
  const found = (hits: Array<{ fiche: Fiche; score: number }>, text: string): Answer => ({ ...base(u, question), answered: true, text, fiches: hits.map(toAnswered), suggestions: [] });

  if (u.intent === "vide") return declined(EMPTY_TEXT);
  if (u.intent === "aide" || u.intent === "salutation") return declined(helpText(catalog));
  if (u.intent === "hors-sujet") return declined(offTopicText(u.english));

  const covered = new Set(catalog.plans.map((p) => p.departement.code));
  let departements: string[] = [];
  let territoryNote: string | null = null;
  if (u.territory && covered.has(u.territory.code)) departements = [u.territory.code];
  else if (u.territory && u.territorySource === "question") {
    return declined(`Je n'ai pas encore de plan d'insertion pour ${escapeMarkdown(u.territory.name)} (${u.territory.code}). Départements couverts : ${coveredDepartements(catalog)}.`);
  } else if (u.territory) territoryNote = `Votre département (${escapeMarkdown(u.territory.name)}) n'est pas encore couvert : je cherche dans tous les plans.`;

  if (u.intent === "territoire" && u.query.terms.length === 0 && u.query.concepts.length === 0) {
    return declined(u.territory ? `Territoire : ${escapeMarkdown(u.territory.name)} (${u.territory.code}).` : `Dites-moi votre département ou votre commune. Départements couverts : ${coveredDepartements(catalog)}.`);
  }

  // "fiche" alone (what Teams inserts when the command is picked): ask for the number.
  if (!u.ficheNumber && /^(?:la |une )?(?:fiches?(?:[- ]actions?)?|actions?)\W*$/i.test(u.text)) {
    const numbers = catalog.fiches.filter((f) => departements.length === 0 || departements.includes(f.departement.code)).map((f) => f.number);
    return declined(`Quel numéro de fiche ? Par exemple « fiche ${escapeMarkdown(numbers[0] ?? "1")} ». Fiches disponibles : ${escapeMarkdown(numbers.slice(0, 40).join(", "))}${numbers.length > 40 ? "…" : ""}.`);
  }

  if (u.ficheNumber) {
    const fiches = index.byNumber(u.ficheNumber, departements);
    if (fiches.length === 0) {
      const where = departements.length ? `le plan de ${escapeMarkdown(u.territory!.name)}` : "les plans que je connais";
      const numbers = catalog.fiches.filter((f) => departements.length === 0 || departements.includes(f.departement.code)).map((f) => f.number);
      return declined(`Je ne trouve pas de fiche n°${escapeMarkdown(u.ficheNumber)} dans ${where}. Fiches disponibles : ${escapeMarkdown(numbers.slice(0, 40).join(", "))}${numbers.length > 40 ? "…" : ""}.`);
    }
    const shown = fiches.slice(0, departements.length ? 1 : CONFIDENCE.maxFiches + 1);
    return found(shown.map((fiche) => ({ fiche, score: 1 })), paragraphs([territoryNote, composeFound(u, shown, catalog)]));
  }

  const hits = index.search(u.query, { departements, limit: 10 });
  // Only the best fiche decides whether the question is answered; the next ones are shown when close to it.
  const top = hits[0] && confident(hits[0], hits[1]) ? hits[0] : undefined;
  const good = top ? hits.filter((h, i) => i === 0 || confident(h, hits[i + 1])) : [];
  if (!top) {
    const about = u.query.terms.length ? ` sur « ${escapeMarkdown(u.text.slice(0, 80))} »` : "";
    const where = departements.length ? ` dans le plan de ${escapeMarkdown(u.territory!.name)}` : "";
    const suggestions = hits.slice(0, 3).map(toAnswered);
    return declined(
      paragraphs([
        `Aucune fiche${where} ne traite de cette question${about}.`,
        suggestions.length ? `Vouliez-vous dire :\n\n${hits.slice(0, 3).map((h) => `- ${ficheReference(h.fiche, catalog)}`).join("\n")}` : null,
        "Reformulez avec le public, le frein ou le dispositif concerné (par ex. « mobilité », « jeunes », « garde d'enfants »), ou tapez « aide ».",
      ]),
      suggestions,
    );
  }
  const shown = good.filter((h) => h.score >= top.score * CONFIDENCE.relatedRatio).slice(0, CONFIDENCE.maxFiches);
  return found(shown, paragraphs([territoryNote, composeFound(u, shown.map((h) => h.fiche), catalog)]));
}

/** Re-exported for the bot and the CLI, which pass the asker's home département. */
export type { AskContext, Departement };
