import type { Catalog } from "../../knowledge/model/index.js";
import { coveredDepartements } from "../answer/messages.js";
import { card, text, type AdaptiveCard } from "./adaptive-card.js";

/** Example questions offered on the welcome and help card (each one a button that asks it). */
export const EXAMPLE_QUESTIONS = [
  "Qui pilote l'action sur la mobilité ?",
  "Y a quoi pour une mère isolée au RSA ?",
  "Quels partenaires pour les jeunes de l'ASE ?",
  "Fiche 12",
] as const;

/** The welcome and help card: what the bot does, example questions, the usage rules. */
export function helpCard(catalog: Catalog, welcome: boolean): AdaptiveCard {
  return card(
    [
      text(welcome ? "Bonjour ! Je suis l'assistant des plans d'insertion." : "Ce que je sais faire", { weight: "Bolder", size: "Medium" }),
      text("Je réponds à partir des fiches-actions des plans départementaux d'insertion : qui pilote une action, avec quels partenaires, pour quel public, sur quel territoire, et quel dispositif peut convenir à une situation. Chaque réponse cite sa fiche."),
      text(`Plans disponibles : ${coveredDepartements(catalog)}.`, { isSubtle: true }),
      text("Règles d'usage", { weight: "Bolder", spacing: "Medium" }),
      text("- Ne saisissez pas de données personnelles sur un allocataire (nom, date de naissance, NIR, téléphone, adresse) : je n'en ai pas besoin.\n- Mes réponses citent les plans ; elles ne remplacent ni une décision individuelle ni l'avis de votre encadrement."),
      text("Commandes : « aide », « territoire » (changer de département), « orientation » (trouver un dispositif pas à pas), « annuler ».", { isSubtle: true, size: "Small" }),
    ],
    [
      ...EXAMPLE_QUESTIONS.map((q) => ({ type: "Action.Submit" as const, title: q, data: { action: "ask", q } })),
      { type: "Action.Submit" as const, title: "Orientation pas à pas", data: { action: "orientation" } },
    ],
  );
}
