/** What follows a fiche number when the line only refers to it: a gloss in brackets, a list of other fiches, or
 * another plan ("Fiche 2.4 du PTI 2017-2021 « Coup de pouce mobilité » : 1 240 aides versées"). */
export function isCrossReference(rest: string, period: string | undefined): boolean {
  const t = rest.trim();
  return /^[(;,]/.test(t) || /\bfiches?[- ]actions?\s*n\s?°/i.test(t) || ofAnotherPlan(t, period);
}

const PLAN_WORD = String.raw`(?:PDI|PTI|PDIE|PTLI|pacte|plan|programme)\b(?:\s+(?:d[ée]partemental|territorial)\w*)?(?:\s+d'insertion)?`;
/** "du précédent PDI", "de l'ancien programme", "du PTI antérieur". */
const EARLIER_PLAN = new RegExp(String.raw`^(?:du|de l'|de la)\s*(?:(?:pr[ée]c[ée]dent|ancien(?:ne)?|derni(?:er|[èe]re))\s+${PLAN_WORD}|${PLAN_WORD}\s*(?:pr[ée]c[ée]dent|ant[ée]rieur))`, "i");
/** "du PTI 2017-2021": a plan and its years. */
const DATED_PLAN = new RegExp(String.raw`^(?:du|de l'|de la)\s*${PLAN_WORD}\s*((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)\d\d))?`, "i");

/** That plan and its years before a fiche's title, with the colon or dash that ends them. */
const DATED_PLAN_PREFIX = new RegExp(String.raw`${DATED_PLAN.source}\s*[:.\-–—]?\s*`, "i");

/** A fiche's title without the plan's own name before it (« du PTI 2022-2025 : Garde d'enfants »). */
export function withoutPlanName(title: string): string {
  return title.replace(DATED_PLAN_PREFIX, "");
}

/** Whether the words after a fiche number place it in another plan: an earlier one by name, or one whose years lie
 * outside this plan's period (« du PDI 2023-2027 » in the 2023-2027 PDI is its own fiche; without a period, so is
 * any dated one). */
function ofAnotherPlan(text: string, period: string | undefined): boolean {
  if (EARLIER_PLAN.test(text)) return true;
  const dated = text.match(DATED_PLAN);
  const years = period?.match(/^(\d{4})(?:-(\d{4}))?$/);
  if (!dated || !years) return false;
  const [from, to] = [Number(dated[1]), Number(dated[2] ?? dated[1])];
  const [start, end] = [Number(years[1]), Number(years[2] ?? years[1])];
  return to < start || from > end;
}
