import { findAll, type Finding } from "./personal-data-kinds.js";

// Every pattern refuses to start or end inside a longer word or number, so "fiche 5.4", "45 000 €", "2023",
// "22 ans" or "dans le 35" never match: each identifier needs many digits in a precise layout.
const SEP = "[ .\\-\\u00a0\\u202f]?";

/**
 * IBAN: a country code, two check digits and 11 to 30 letters or digits, grouped by four or not
 * ("FR76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189"). No checksum test: a mistyped IBAN is still
 * personal. At least ten digits, so that a string of words ("ab12 pour avec") is not one.
 */
const IBAN = new RegExp(
  `(?<![\\p{L}\\p{N}])[A-Za-z]{2}\\d{2}(?:${SEP}[A-Za-z0-9]{4}){2,7}(?:${SEP}[A-Za-z0-9]{1,3})?(?![\\p{L}\\p{N}])`,
  "gu",
);

/** E-mail addresses, accented local parts included. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/**
 * NIR (numéro de sécurité sociale): sex (1, 2, or 3, 4, 7, 8 for provisional numbers), year, month (01-12, or 20-42
 * and 50-99 for unknown months), département (digits, 2A, 2B), commune, order, then the optional two-digit key;
 * spaced or not ("2 85 03 75 116 238 91", "185037511623891").
 */
const NIR = new RegExp(
  `(?<![\\p{L}\\p{N}])[1-478]${SEP}\\d{2}${SEP}(?:0[1-9]|1[0-2]|[2-9]\\d)${SEP}(?:\\d{2}|2[AaBb])${SEP}\\d{3}${SEP}\\d{3}(?:${SEP}\\d{2})?(?![\\p{L}\\p{N}])`,
  "gu",
);

/**
 * French phone numbers: ten digits from 0 ("06 12 34 56 78", "06.12.34.56.78", "0612345678") or the +33 / 0033
 * international form, with an optional "(0)" ("+33 6 12 34 56 78", "0033 (0)6 12 34 56 78").
 */
const PHONE = new RegExp(
  `(?<![\\p{N}+])(?:(?:\\+|00)${SEP}33${SEP}(?:\\(0\\)${SEP})?[1-9]|0[1-9])(?:${SEP}\\d{2}){4}(?![\\p{N}])`,
  "gu",
);

/**
 * Benefit and job-seeker identifiers, only after their cue: "n° allocataire 1234567", "numéro CAF : 1234567",
 * "matricule MSA 12345678", "identifiant France Travail 1234567A". The cue stays, the number goes.
 */
const BENEFIT_ID =
  /(?<![\p{L}])(?:(?:n°|no\.?|num(?:éro|ero)?\.?)\s*(?:d['’]\s*)?allocataire|(?:n°|no\.?|num(?:éro|ero)?\.?)\s*(?:caf|msa|france\s+travail|p[ôo]le\s+emploi)|matricule(?:\s+(?:caf|msa))?|identifiant\s+(?:caf|msa|france\s+travail|p[ôo]le\s+emploi|ft))\s*(?:[:=-]\s*)?(?<value>\d{5,11}[A-Za-z]?)(?![\p{L}\p{N}])/dgiu;

const digitCount = (s: string): number => s.replace(/\D/g, "").length;

/** IBANs in a text. */
export const detectIbans = (text: string): Finding[] => findAll(text, IBAN, "IBAN", (m) => digitCount(m[0]) >= 10);

/** E-mail addresses in a text. */
export const detectEmails = (text: string): Finding[] => findAll(text, EMAIL, "e-mail");

/** NIRs in a text. Run after IBANs, whose digits could hold a NIR-shaped run. */
export const detectNirs = (text: string): Finding[] => findAll(text, NIR, "NIR");

/** CAF, MSA and France Travail identifiers in a text, after their cue. */
export const detectBenefitIds = (text: string): Finding[] => findAll(text, BENEFIT_ID, "numéro d'allocataire", () => true, "value");

/** Phone numbers in a text. Run after NIRs and IBANs. */
export const detectPhones = (text: string): Finding[] => findAll(text, PHONE, "téléphone");
