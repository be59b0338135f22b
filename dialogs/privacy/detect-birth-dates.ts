import { findAll, type Finding } from "./personal-data-kinds.js";

/**
 * A full date with no cue is taken for a birth date when its year is at least this many years ago: in 2026, a year
 * up to 2009. The people accompanied are adults, while the dates of a question about a plan (a budget "au
 * 30/06/2023", a period 2023-2027) are recent. Why not "10 years ago": plans and their reports span a decade.
 */
export const BIRTH_DATE_MIN_AGE_YEARS = 17;

const MONTHS =
  "janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[ûu]t|septembre|sept?\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?";
const NUMERIC_DATE = "\\d{1,2}(?:er)?\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*(?:\\d{4}|\\d{2})";
const TEXT_DATE = `\\d{1,2}(?:er)?\\s+(?:${MONTHS})\\s+\\d{4}`;
const MONTH_YEAR = `(?:${MONTHS})\\s+(?:19|20)\\d{2}`;
const YEAR = "(?:19|20)\\d{2}";

/**
 * A date after a birth cue: "né(e) le 12/03/1985", "née le 5 mars 1985", "née en 1985", "né en mars 1985",
 * "date de naissance : 12/03/85", "DDN 12/03/1985". The cue stays ("née le [date de naissance]").
 */
const CUED = new RegExp(
  `(?<![\\p{L}])(?:n[ée]e?s?(?:\\s*\\(e\\)s?)?\\s+(?:le\\s+(?<on>${NUMERIC_DATE}|${TEXT_DATE})|en\\s+(?<in>${MONTH_YEAR}|${YEAR}))|(?:date\\s+de\\s+naissance|ddn|d\\.d\\.n\\.?)\\s*(?:[:=-]\\s*)?(?:le\\s+|en\\s+)?(?<dob>${NUMERIC_DATE}|${TEXT_DATE}|${MONTH_YEAR}|${YEAR}))(?![\\p{L}\\p{N}])`,
  "dgiu",
);

/** Any full date: "12/03/1985", "12.03.85", "1er mars 1985". */
const FULL_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-])(?:(?<d>\\d{1,2})(?:er)?\\s*[/.\\-]\\s*(?<m>\\d{1,2})\\s*[/.\\-]\\s*(?<y>\\d{4}|\\d{2})|(?<td>\\d{1,2})(?:er)?\\s+(?<tm>${MONTHS})\\s+(?<ty>\\d{4}))(?![\\p{L}\\p{N}/])`,
  "giu",
);

/** A legal text or decision dated just before: "loi du 1er décembre 2008", "délibération n° 12 du 3/02/2005". */
const LEGAL_CUE =
  /(?:loi|d[ée]cret|arr[êe]t[ée]|circulaire|ordonnance|d[ée]lib[ée]ration|convention|vote|adopt[ée]e?s?|sign[ée]e?s?)(?:\s+n°\s*[\w\-/.]+)?\s+(?:du|le)\s+$/iu;

/** The four-digit year of a one- or two-digit-year date, reading "85" as 1985 and "23" as 2023. */
function fullYear(year: string, now: Date): number {
  const y = Number(year);
  if (year.length === 4) return y;
  const century = Math.floor(now.getFullYear() / 100) * 100;
  return y > now.getFullYear() % 100 ? century - 100 + y : century + y;
}

/** Birth dates after a cue. */
export const detectCuedBirthDates = (text: string): Finding[] => [
  ...findAll(text, CUED, "date de naissance", (m) => m.groups?.["on"] !== undefined, "on"),
  ...findAll(text, CUED, "date de naissance", (m) => m.groups?.["in"] !== undefined, "in"),
  ...findAll(text, CUED, "date de naissance", (m) => m.groups?.["dob"] !== undefined, "dob"),
];

/** Full dates old enough to be a birth date, unless they date a legal text. Run after the cued ones. */
export function detectOldDates(text: string, now: Date): Finding[] {
  const latest = now.getFullYear() - BIRTH_DATE_MIN_AGE_YEARS;
  return findAll(text, FULL_DATE, "date de naissance", (m) => {
    const g = m.groups ?? {};
    const numeric = g["y"] !== undefined;
    const day = Number(numeric ? g["d"] : g["td"]);
    const month = numeric ? Number(g["m"]) : 1;
    const year = fullYear((numeric ? g["y"] : g["ty"]) ?? "", now);
    if (day < 1 || day > 31 || month < 1 || month > 12) return false;
    // "1.2.08" is a section number more often than a date: a two-digit year needs slashes or dashes.
    if (numeric && g["y"]?.length === 2 && m[0].includes(".")) return false;
    if (year < 1900 || year > latest) return false;
    return !LEGAL_CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
  });
}
