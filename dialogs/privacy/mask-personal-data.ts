import { detectAddresses } from "./detect-addresses.js";
import { detectCuedBirthDates, detectOldDates } from "./detect-birth-dates.js";
import { detectBenefitIds, detectEmails, detectIbans, detectNirs, detectPhones } from "./detect-identifiers.js";
import { PERSONAL_DATA_KINDS, placeholder, type Detector, type Finding, type PersonalDataKind } from "./personal-data-kinds.js";

/**
 * The detectors, in the order they run: each one sees the text already masked by those before it, so the long
 * identifiers go first (an IBAN holds NIR- and phone-shaped digit runs; a NIR holds a phone-shaped one).
 */
const DETECTORS: readonly Detector[] = [
  detectIbans,
  detectEmails,
  detectNirs,
  detectBenefitIds,
  detectPhones,
  detectCuedBirthDates,
  detectOldDates,
  detectAddresses,
];

/** A text with its personal data replaced by placeholders, and the kinds that were found. */
export interface MaskedText {
  /** The text, each value replaced by its placeholder: "tél [téléphone]". */
  text: string;
  /** The kinds found, each once, in the order of PERSONAL_DATA_KINDS; empty when nothing was masked. */
  masked: PersonalDataKind[];
}

/** Replaces non-overlapping findings, later ones first so that earlier offsets hold. */
function replaceFindings(text: string, findings: readonly Finding[]): string {
  let out = text;
  let limit = Infinity;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) {
    if (f.end > limit) continue; // overlaps the one replaced just after it: already masked.
    out = out.slice(0, f.start) + placeholder(f.kind) + out.slice(f.end);
    limit = f.start;
  }
  return out;
}

/**
 * Masks the personal data of a message before it is searched, logged or stored: NIR, IBAN, e-mail, phone,
 * CAF/MSA/France Travail identifiers, birth dates (after a cue such as "née le", or a full date at least
 * BIRTH_DATE_MIN_AGE_YEARS old) and street addresses, each replaced by a French placeholder ("[téléphone]").
 * Ordinary numbers stay: fiche numbers ("fiche 5.4"), amounts ("45 000 €"), years, ages ("22 ans"), départements,
 * recent dates ("au 30/06/2023"). `now` (default: the current date) dates the text, for the age of a full date.
 * Why: référents paste case notes into questions; the plans never need who the person is, only their situation.
 */
export function maskPersonalData(text: string, now: Date = new Date()): MaskedText {
  const found = new Set<PersonalDataKind>();
  let out = text;
  for (const detect of DETECTORS) {
    const findings = detect(out, now);
    if (findings.length === 0) continue;
    for (const f of findings) found.add(f.kind);
    out = replaceFindings(out, findings);
  }
  return { text: out, masked: PERSONAL_DATA_KINDS.filter((k) => found.has(k)) };
}

/** Whether a text holds personal data that maskPersonalData would mask. */
export function containsPersonalData(text: string, now: Date = new Date()): boolean {
  return maskPersonalData(text, now).masked.length > 0;
}
