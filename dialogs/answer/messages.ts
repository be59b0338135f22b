import type { Catalog } from "../../knowledge/model/index.js";
import { frenchList, paragraphs } from "./format.js";

/** Départements the catalog covers, as "Côtes-d'Armor (22), Drôme (26)…". */
export function coveredDepartements(catalog: Catalog): string {
  const seen = new Map<string, string>();
  for (const p of catalog.plans) seen.set(p.departement.code, p.departement.name);
  return frenchList([...seen].sort((a, b) => a[0].localeCompare(b[0])).map(([code, name]) => `${name} (${code})`), 20);
}

/** What the bot can do, with example questions and its usage rules. */
export function helpText(catalog: Catalog): string {
  return paragraphs([
    "Je réponds à partir des plans départementaux d'insertion (fiches-actions) : qui pilote une action, avec quels partenaires, pour quel public, sur quel territoire, et quel dispositif peut convenir à une situation.",
    `Plans disponibles : ${coveredDepartements(catalog)}.`,
    "Exemples : « qui pilote l'action sur la mobilité ? », « quels partenaires pour les jeunes de l'ASE ? », « fiche 12 », « y a quoi pour une mère isolée dans le 35 ? »",
    "Règles : ne saisissez pas de données personnelles sur un allocataire (nom, date de naissance, NIR, téléphone, adresse). Mes réponses citent les fiches des plans ; elles ne remplacent pas une décision individuelle.",
  ]);
}

/** The reply to a message about something the plans never treat. */
export function offTopicText(english: boolean): string {
  return english
    ? "Je réponds en français, et seulement sur les plans départementaux d'insertion. Posez-moi par exemple : « qui pilote l'action sur la mobilité ? »"
    : "Je ne peux pas répondre à cela : je réponds seulement sur les plans départementaux d'insertion (actions, pilotes, partenaires, publics, dispositifs). Tapez « aide » pour des exemples.";
}

/**
 * The reply to a question about one person's rights, amount or sanction: the bot does not decide (a usage rule),
 * says who does, and offers what it can do instead.
 */
export const INDIVIDUAL_DECISION_TEXT =
  "Je ne peux pas me prononcer sur la situation d'une personne : ni ses droits (RSA, prime d'activité…), ni un montant, ni une sanction. Ce sont la CAF ou la MSA et le Département qui décident ; le simulateur officiel des droits est sur mesdroitssociaux.gouv.fr.\n\nJe peux en revanche vous dire quelles actions du plan existent pour sa situation : décrivez-la sans nom ni donnée personnelle, par exemple « jeune sans permis à Dinan, quelle action ? ».";

/** The reply to an empty message, or one made only of emoji or punctuation. */
export const EMPTY_TEXT = "Je n'ai pas compris votre message. Posez une question sur les plans d'insertion, par exemple « fiche 12 » ou « qui pilote l'action mobilité ? ». Tapez « aide » pour plus d'exemples.";

/** What the catalog holds, plan by plan (the "nouveautés" command): kind, period, fiches written and announced. */
export function catalogSummary(catalog: Catalog): string {
  const lines = catalog.plans.map((p) => {
    const fiches = catalog.fiches.filter((f) => f.planId === p.id);
    const announced = fiches.filter((f) => f.empty).length;
    return `- ${p.departement.name} (${p.departement.code}) : ${p.kind} ${p.period}, ${fiches.length} fiches${announced ? ` dont ${announced} annoncées mais pas encore rédigées` : ""}`;
  });
  return paragraphs([`Plans chargés (${catalog.fiches.length} fiches) :\n\n${lines.join("\n")}`, "Tapez un numéro (« fiche 12 ») ou une question pour en savoir plus."]);
}
