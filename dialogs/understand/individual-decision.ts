import { fold } from "../../knowledge/text/fold.js";

/** Someone in particular: a civility, "mon allocataire", "cette personne", or "il"/"elle" as the subject. */
const PERSON = /\b(?:mme|mr|mlle|madame|monsieur|mon allocataire|ma beneficiaire|mon beneficiaire|mon usager|mon usagere|cette personne|cette dame|ce monsieur|ce jeune|cette jeune|il|elle)\b/;
/** Asking whether someone is entitled to something. */
const ENTITLED = /\b(?:a|aurait|aura|aurai[st]?|ont|peut avoir)(?:[- ]t[- ](?:il|elle))? droit (?:au|a la|a l'|aux|a une?)\b|\beligible (?:au|a la|a l'|aux)\b/;
/** Asking for an amount to be computed for someone. */
const COMPUTE = /\b(?:calcul\w*|simul\w*|estim\w*)\b[^?]*\bmontant\b|\bmontant (?:de son|de sa|de ses|du rsa de|de l'aide de|de mon|de ma)\b/;
/** How much someone will receive. */
const RECEIVE = /\bcombien\b[^?]*\b(?:touch\w*|percev\w*|percoi\w*|recevr\w*|recoi\w*)\b/;
/** Asking for a sanction or a decision on someone's benefit. */
const DECIDE = /\b(?:suspend\w*|radie\w*|radiation|sanctionn\w*|couper|supprimer)\b[^?]*\b(?:son|sa|ses|mon|ma|rsa)\b/;

/**
 * True when a question asks the bot to decide or compute something about one person: whether they are entitled
 * to a benefit, how much they will receive, whether to sanction them. That is the CAF's, the MSA's and the
 * Département's decision, and a usage rule of the bot (as of Albert's): it answers on the plans' actions, never on
 * an individual situation. "Qui a droit à l'accompagnement global ?" (a programme's public) is not one.
 */
export function isIndividualDecision(question: string): boolean {
  const q = fold(question);
  if (COMPUTE.test(q)) return true;
  return PERSON.test(q) && (ENTITLED.test(q) || DECIDE.test(q) || RECEIVE.test(q));
}
