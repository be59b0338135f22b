import { fold } from "../../knowledge/text/fold.js";

/** Words that work at any point of any dialog. */
export type Command = "aide" | "annuler" | "territoire" | "orientation" | "nouveautes";

/** The command a message is, or null. Only short messages are commands: "aide alimentaire à Pau" is a question. */
export function readCommand(text: string | undefined): Command | null {
  const t = fold(text ?? "").replace(/[^a-z' ]/g, " ").replace(/\s+/g, " ").trim();
  if (/^(?:aide|help|menu|que sais tu faire|\?)$/.test(t)) return "aide";
  if (/^(?:annuler|annule|stop|quitter|laisse tomber|cancel)$/.test(t)) return "annuler";
  if (/^(?:territoire|changer de (?:territoire|departement)|mon (?:territoire|departement)|changer mon (?:territoire|departement))$/.test(t)) return "territoire";
  if (/^(?:orientation|quel dispositif pour mon allocataire|trouver un dispositif)$/.test(t)) return "orientation";
  if (/^(?:nouveautes?|quoi de neuf|plans|quels plans|plans disponibles)$/.test(t)) return "nouveautes";
  return null;
}
