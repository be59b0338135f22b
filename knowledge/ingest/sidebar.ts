import { fold } from "../text/fold.js";

// Lower-case words that belong inside an organisation's or a public's name, so that "Conseil départemental"
// or "Bénéficiaires du RSA" read as one name; any other lower-case word ends the sidebar fragment.
const NAME_WORDS = new Set(
  "de du des d la le les l et en a au aux pour sur departemental departementale departementaux regional regionale general locale locales local locaux insertion emploi uniques unique sociale social sociaux solidaire solidaires sectoriels sectoriel partenaires acteurs structures economique economiques territoire territoires territoriales territoriaux publics public associations associatives collectivites entreprises professionnels professionnelle services service referents precarite jeunes personnes beneficiaires allocataires rsa etc"
    .split(" "),
);

function isNameWord(word: string): boolean {
  if (/^[A-ZÀ-Ý]/.test(word) || /^[A-Z0-9/&'-]{2,}$/.test(word)) return true;
  return NAME_WORDS.has(fold(word).replace(/[^a-z]/g, ""));
}

/**
 * The sidebar part of a line where OCR spliced a narrow sidebar column and the main column together
 * ("Conseil départemental approche pluridisciplinaire." → "Conseil départemental"; "Personnes en précarité
 * Aussi, l'organisation…" → "Personnes en précarité"). Returns "" when the line holds no sidebar text.
 */
export function sidebarFragment(line: string, continuing: boolean): string {
  // Leading glyph noise: punctuation and one-letter tokens ("_ o . . et bénéficiaires du RSA").
  const t = line.trim().replace(/^(?:[^A-Za-zÀ-ÿ0-9«(]+|[b-z](?=\s))+\s*/, "");
  if (t.replace(/[^A-Za-zÀ-ÿ]/g, "").length < 3) return "";
  // An axe banner or its cut stubs ("Axe n°4", "< d'acc") belong to the page, not to the field.
  if (/^axe n\s*°?/i.test(t) || line.trim().startsWith("<")) return "";
  if (!continuing && /^[a-zà-ÿ]/.test(t)) return "";
  // A narrow column holds about 40 characters: a short line is all sidebar.
  if (t.length <= 40) return t;
  const words = t.split(/\s+/);
  // A capitalised word after two or more words starts the main column's sentence.
  for (let k = 2; k < words.length; k++) {
    if (/^[A-ZÀ-Ý][a-zà-ÿ]/.test(words[k]!) && words.slice(0, k).join(" ").length <= 40) {
      return words.slice(0, k).join(" ").replace(/[,;:]$/, "");
    }
  }
  if (!continuing && !/^[A-ZÀ-Ý]/.test(t)) return "";
  const kept: string[] = [];
  for (const w of words) {
    if (!isNameWord(w)) break;
    kept.push(w);
  }
  const fragment = kept.join(" ").replace(/\s+(?:de|du|des|d'|la|le|les|et|en|a|au|aux)$/i, "");
  // One capitalised word cut from a long line is the start of a main-column sentence ("Par ailleurs, …"),
  // unless it is an acronym (CAF, EPCI).
  if (!fragment.includes(" ") && !/^[A-Z]{2,}\b/.test(fragment)) return "";
  return fragment.length >= 3 && fragment.length <= 45 ? fragment : "";
}

// Words that open a sentence of the main column, never a name in the sidebar.
const OPENERS = /^(?:par ailleurs|aussi|ainsi|enfin|de plus|en effet|cependant|il s'agit|il est|afin|pour cela|pour ce faire|cette|ces|ce|un|une|il|elle|on|nous|dans|a travers|atravers|en lien|en outre|lors|grace)\b/;

/** The sidebar values of a section: short lines and the sidebar fragments of long ones, joined when they run on. */
export function sidebarValues(values: readonly string[]): string[] {
  const out: string[] = [];
  let continuing = false;
  for (const v of values) {
    const fragment = sidebarFragment(v, continuing);
    if (fragment === "" || OPENERS.test(fold(fragment))) {
      continuing = false;
      continue;
    }
    const last = out.length - 1;
    // A fragment that starts in lower case, or follows one ending with a comma or "et", continues the value.
    if (continuing && last >= 0 && (/^[a-zà-ÿ]/.test(fragment) || /(?:,|\bet|\bde|\bdu|\bdes)$/.test(out[last]!))) {
      out[last] = `${out[last]} ${fragment}`;
    } else {
      out.push(fragment);
    }
    continuing = true;
  }
  return out;
}
