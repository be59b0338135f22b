import type { PersonalDataKind } from "./personal-data-kinds.js";

const NAMES: Record<PersonalDataKind, string> = {
  NIR: "le numéro de sécurité sociale",
  IBAN: "l'IBAN",
  "e-mail": "l'adresse e-mail",
  téléphone: "le numéro de téléphone",
  "numéro d'allocataire": "le numéro d'allocataire",
  "date de naissance": "la date de naissance",
  adresse: "l'adresse",
};

/** "a", "a et b", "a, b et c". */
function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items.at(-1) ?? ""}`;
}

/**
 * The French sentence that tells the référent, kindly and once, what was masked in their message; null when nothing
 * was. Why: they should learn that the plans need a situation, not a person, without being scolded.
 */
export function maskingNotice(masked: readonly PersonalDataKind[]): string | null {
  if (masked.length === 0) return null;
  return (
    `Par précaution, j'ai retiré de votre message ${frenchList(masked.map((k) => NAMES[k]))} : ` +
    "ces informations ne sont ni conservées ni utiles pour chercher dans les plans. Décrire la situation suffit."
  );
}
