import type { Catalog, Departement, Fiche } from "../../knowledge/model/index.js";
import type { FicheHit, FicheIndex } from "../../knowledge/search/fiche-index.js";
import { departementWithArticle, ofDepartement } from "../../knowledge/territories/departements.js";
import { understand, type AskContext, type Understanding } from "../understand/understand.js";
import type { AnsweredFiche, Answer } from "./answer-types.js";
import { composeFound, composeTentative } from "./compose.js";
import { escapeMarkdown, ficheReference, paragraphs } from "./format.js";
import { withNamedPlan } from "./plan-scope.js";
import { coveredDepartements, EMPTY_TEXT, helpText, INDIVIDUAL_DECISION_TEXT, offTopicText } from "./messages.js";

/**
 * Confidence rules, checked with `npm run eval`: a fiche answers when it matches enough of what the question is
 * about (its coverage of the question's terms and concepts) and scores close enough to the best fiche.
 */
export const CONFIDENCE = {
  /** A fiche must match at least this share of the question's terms and concepts. */
  minCoverage: 0.34,
  /** Below minCoverage but at least this, the closest fiches are offered as an uncertain answer ("les plus
   * proches"), saying so: long situation questions match a fiche in few of their words. No question of the tuning
   * sets that no fiche answers scores above -0.1. */
  minTentative: 0,
  /** Share of the weight of the narrow concepts a question names (FAJ, familles monoparentales…; rare ones weigh
   * more) that the fiche should match: "un dossier FAJ pour un jeune" is not answered by a fiche on young people. */
  minNarrowWeight: 0.5,
  /** What each share of that weight missing costs (0.1 missing costs 0.2); every value from 0.5 to 6 gives the same
   * answers on the tuning questions, so it is a principle (missing the subject costs a lot), not a fit. */
  narrowPenalty: 2,
  /** How much the best fiche's lead over the next one adds to its coverage. */
  leadWeight: 0.25,
  /** How much each doubling of the best score above the reference adds (and each halving below it takes off). */
  scoreWeight: 0.15,
  /** The score of a fiche that matches a question plainly: its title or concepts and a field or two. */
  scoreReference: 100,
  /** Further fiches are shown when they score at least this share of the best one… */
  relatedRatio: 0.5,
  /** …and cover at least this share of what it covers of the question. */
  relatedCoverage: 0.3,
  /** At most this many fiches in an answer. */
  maxFiches: 3,
} as const;

function toAnswered(hit: { fiche: Fiche; score: number }): AnsweredFiche {
  const f = hit.fiche;
  return { id: f.id, departement: f.departement, number: f.number, title: f.title, url: f.url, score: Math.round(hit.score * 100) / 100 };
}

/** What any fiche shown must match, however it ranks: the question's subject, not a neighbouring one. */
function aboutIt(hit: FicheHit): boolean {
  const d = hit.detail;
  // Nothing in the question tells fiches apart ("y a quoi pour les brsa ?"): no fiche answers it better than another.
  if (d.discriminating === 0 || d.matched === 0) return false;
  if (d.specificConcepts > 0 && d.matchedConcepts === 0) return false;
  // "une aide au surendettement ?": no fiche there names what the question is most precisely about; a fiche on a
  // broader subject (budget, debts) would be an answer to another question.
  return !d.rarestAbsent;
}

/** How sure the best fiche answers the question (compared with minCoverage and minTentative), or null when it is
 * not about the question at all. */
function confidence(hit: FicheHit, next: FicheHit | undefined): number | null {
  if (!aboutIt(hit)) return null;
  // A fiche far ahead of the next one is a clear answer even to a long, chatty question that it covers in part.
  const lead = next ? 1 - next.score / hit.score : 1;
  // A high score (many matches in the title, the concepts and the fields) is evidence too; a low one, against.
  const strength = CONFIDENCE.scoreWeight * Math.log2(Math.max(hit.score, 1) / CONFIDENCE.scoreReference);
  return hit.coverage + CONFIDENCE.leadWeight * lead + strength - CONFIDENCE.narrowPenalty * narrowShortfall(hit);
}

/**
 * How far a fiche falls short of the narrow concepts the question names (a public, a dispositif, a term; rarer
 * ones weigh more). A broad theme ("famille") does not stand in for a narrow public ("familles monoparentales"),
 * but a fiche clearly about the rest of the question may miss a minor one ("isolé" beside "sport ou culture").
 */
function narrowShortfall(hit: FicheHit): number {
  return hit.detail.narrowConcepts > 0 ? Math.max(0, CONFIDENCE.minNarrowWeight - hit.detail.narrowWeight) : 0;
}

/** Whether a further fiche is worth showing beside the best one: about the question, close in score and coverage.
 * Its lead over the next fiche says nothing of it. */
function related(hit: FicheHit, top: FicheHit): boolean {
  return aboutIt(hit) && narrowShortfall(hit) <= narrowShortfall(top) && hit.score >= top.score * CONFIDENCE.relatedRatio && hit.coverage >= top.coverage * CONFIDENCE.relatedCoverage;
}

function base(u: Understanding, q: string): Pick<Answer, "q" | "intent" | "territory"> {
  return { q, intent: u.intent, territory: u.territory ? { code: u.territory.code, name: u.territory.name } : null };
}

/** Answers a question from the catalog. Pure: the same question, context and catalog give the same answer. */
export function ask(question: string, context: AskContext, index: FicheIndex): Answer {
  const catalog: Catalog = index.catalog;
  const u = withNamedPlan(understand(question, context), catalog);
  const declined = (text: string, suggestions: AnsweredFiche[] = []): Answer => ({ ...base(u, question), answered: false, text, fiches: [], suggestions });
  const found = (hits: Array<{ fiche: Fiche; score: number }>, text: string): Answer => ({ ...base(u, question), answered: true, text, fiches: hits.map(toAnswered), suggestions: [] });

  if (u.intent === "vide") return declined(EMPTY_TEXT);
  if (u.intent === "aide" || u.intent === "salutation") return declined(helpText(catalog));
  if (u.intent === "hors-sujet") return declined(u.individual ? INDIVIDUAL_DECISION_TEXT : offTopicText(u.english));

  const covered = new Set(catalog.plans.map((p) => p.departement.code));
  let departements: string[] = [];
  let territoryNote: string | null = null;
  if (u.territory && covered.has(u.territory.code)) departements = [u.territory.code];
  else if (u.territory && u.territorySource === "question") {
    return declined(`Je n'ai pas encore de plan d'insertion pour ${escapeMarkdown(departementWithArticle(u.territory))} (${u.territory.code}). Départements couverts : ${coveredDepartements(catalog)}.`);
  } else if (u.territory) territoryNote = `Votre département (${escapeMarkdown(u.territory.name)}) n'est pas encore couvert : je cherche dans tous les plans.`;

  if (u.intent === "territoire" && u.query.terms.length === 0 && u.query.concepts.length === 0) {
    return declined(u.territory ? `Territoire : ${escapeMarkdown(u.territory.name)} (${u.territory.code}).` : `Dites-moi votre département ou votre commune. Départements couverts : ${coveredDepartements(catalog)}.`);
  }

  // "fiche" alone (what Teams inserts when the command is picked): ask for the number.
  if (!u.ficheNumber && /^(?:la |une )?(?:fiches?(?:[- ]actions?)?|actions?)\W*$/i.test(u.text)) {
    const numbers = catalog.fiches.filter((f) => departements.length === 0 || departements.includes(f.departement.code)).map((f) => f.number);
    return declined(`Quel numéro de fiche ? Par exemple « fiche ${escapeMarkdown(numbers[0] ?? "1")} ». Fiches disponibles : ${escapeMarkdown(numbers.slice(0, 40).join(", "))}${numbers.length > 40 ? "…" : ""}.`);
  }

  // A number no fiche has: said plainly, then the question's words are searched all the same (« c'est quoi Orient'
  // Action 86 ? » names a programme; « la 1.4 sur les indépendants » may be a fiche the plan only announces).
  let numberMissing: string | null = null;
  if (u.ficheNumber) {
    const fiches = index.byNumber(u.ficheNumber, departements);
    if (fiches.length > 0) {
      const shown = fiches.slice(0, departements.length ? 1 : CONFIDENCE.maxFiches + 1);
      return found(shown.map((fiche) => ({ fiche, score: 1 })), paragraphs([territoryNote, composeFound(u, shown, catalog)]));
    }
    const where = departements.length ? `le plan ${escapeMarkdown(ofDepartement(u.territory!))}` : "les plans que je connais";
    numberMissing = `Je ne trouve pas de fiche n°${escapeMarkdown(u.ficheNumber)} dans ${where}.`;
    territoryNote = paragraphs([territoryNote, numberMissing]);
  }
  const withNumbersListed = (missing: string): string => {
    const numbers = catalog.fiches.filter((f) => departements.length === 0 || departements.includes(f.departement.code)).map((f) => f.number);
    return `${missing} Fiches disponibles : ${escapeMarkdown(numbers.slice(0, 40).join(", "))}${numbers.length > 40 ? "…" : ""}.`;
  };

  const hits = index.search(u.query, { departements, limit: 10 });
  // Only the best fiche decides whether the question is answered; the next ones are shown when close to it.
  const sure = hits[0] ? confidence(hits[0], hits[1]) : null;
  const top = sure !== null && sure >= CONFIDENCE.minCoverage ? hits[0] : undefined;
  // Only for a question of the field: the nearest fiche shares one of its concepts (a public, a frein, a dispositif),
  // not just words ("la meilleure pizzeria de Romans").
  if (!top && sure !== null && sure >= CONFIDENCE.minTentative && hits[0]!.detail.matchedConcepts > 0) {
    // Close, not sure: the nearest fiches that are about the question, offered as such.
    const near = hits.filter(aboutIt).slice(0, CONFIDENCE.maxFiches);
    return { ...found(near, paragraphs([territoryNote, composeTentative(u, near.map((h) => h.fiche), catalog, departements.length > 0)])), tentative: true };
  }
  if (numberMissing !== null) {
    if (!top) return declined(withNumbersListed(numberMissing));
    // Offered as the nearest fiches, not as the fiche asked for: the question named another number.
    const near = [top, ...hits.slice(1).filter((h) => related(h, top))].slice(0, CONFIDENCE.maxFiches);
    return { ...found(near, paragraphs([territoryNote, composeTentative(u, near.map((h) => h.fiche), catalog, departements.length > 0)])), tentative: true };
  }
  if (!top) {
    const about = u.query.terms.length ? ` sur « ${escapeMarkdown(u.text.slice(0, 80))} »` : "";
    const where = departements.length ? ` dans le plan ${escapeMarkdown(ofDepartement(u.territory!))}` : "";
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
  const shown = [top, ...hits.slice(1).filter((h) => related(h, top))].slice(0, CONFIDENCE.maxFiches);
  return found(shown, paragraphs([territoryNote, composeFound(u, shown.map((h) => h.fiche), catalog)]));
}

/** Re-exported for the bot and the CLI, which pass the asker's home département. */
export type { AskContext, Departement };
