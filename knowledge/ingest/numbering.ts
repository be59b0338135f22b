/** A section number opening a title: "1.2 Soutenir…", "2.1.3 – Former…" (two levels at least, so that a list's "1."
 * is not taken for a fiche number). */
export const LEADING_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s*[-–:]?\s+(?=[A-ZÀ-Ýa-zà-ÿ«"])/;

/** A number for a body that none gives: the acronym its title ends on ("…sortant de l'ASE" → "ASE"). */
export function numberFromTitle(title: string, taken: ReadonlySet<string>, k: number): string {
  const acronyms = title.match(/\b[A-Z]{2,6}\b/g) ?? [];
  const candidate = acronyms[acronyms.length - 1];
  if (candidate && !taken.has(candidate)) return candidate;
  return `sans-numero-${k + 1}`;
}

/**
 * Whether a plan numbers its fiches afresh in each axe ("Fiche action 1" under axe 1 and again under axe 2): every
 * body has a plain number under a numbered axe, each axe's numbers are distinct and start at 1, and some number
 * comes back in another axe. A plan numbered straight through with one number printed twice is not one.
 */
export function numbersRestartPerAxe(numbers: ReadonlyArray<string | null>, axeNumbers: ReadonlyArray<string | null>): boolean {
  const byAxe = new Map<string, number[]>();
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k];
    const axe = axeNumbers[k];
    if (n === null || n === undefined || axe === null || axe === undefined || !/^\d{1,3}$/.test(n)) return false;
    const list = byAxe.get(axe) ?? [];
    list.push(Number(n));
    byAxe.set(axe, list);
  }
  const all = [...byAxe.values()];
  if (all.some((list) => new Set(list).size !== list.length || Math.min(...list) !== 1)) return false;
  return new Set(all.flat()).size < numbers.length;
}
