import { readLabel } from "./labels.js";
import { indentOf, type Line } from "./lines.js";

/** A label's second line is short: "l'action", "d'évaluation", "concerné(s)". */
const FRAGMENT = /^(?:[a-zà-ÿ(]|[dl]'[a-zà-ÿ])\S*(?: \S+){0,2}$/;

/**
 * Joins the labels that a two-column table wraps onto two lines once `pdftotext -layout` has flattened it:
 *
 *     Porteur(s) de            • Département – Direction de l'insertion et de
 *     l'action                   l'emploi (DIE)
 *
 * becomes the label "Porteur(s) de l'action" with the first value line, and the value line "l'emploi (DIE)".
 * Why: read apart, "Porteur(s) de" is no label, so the pilotes ran on as the value of the field above, and
 * "l'action" began the pilotes. The second line joins only when it is a short lower-case fragment aligned with the
 * label above it, and the two make a label that the first line alone is not (or a longer one: "Indicateurs" and
 * "d'évaluation"). Line numbers are kept; the lines are new objects, the input is not changed.
 */
export function joinWrappedLabels(lines: readonly Line[]): Line[] {
  const out = lines.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const first = out[i]!;
    const second = out[i + 1]!;
    const [head = "", ...values] = first.text.split("\t");
    const [tail = "", ...more] = second.text.split("\t");
    const label = head.trim();
    const fragment = tail.trim();
    // The label column: both lines start there, and at least one of them has a value beside it.
    if (label === "" || !FRAGMENT.test(fragment) || values.length + more.length === 0) continue;
    if (indentOf(first.raw) > 8 || Math.abs(indentOf(second.raw) - indentOf(first.raw)) > 2) continue;
    const joined = `${label} ${fragment}`;
    if (readLabel(joined) === null) continue;
    const alone = readLabel(label);
    if (alone !== null && alone.rest !== "") continue;
    out[i] = { ...first, text: [joined, ...values].join("\t") };
    out[i + 1] = { ...second, text: more.join("\t") };
    i++;
  }
  return out;
}
