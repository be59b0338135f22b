import { allEpcis } from "../territories/admin-data.js";
import { epciKeyForms } from "../territories/epci-names.js";
import { fold } from "../text/fold.js";
import { opensOnFunctionWord } from "../text/function-words.js";
import { startsWithInstitution } from "./institutions.js";

/**
 * Splits list values (pilotes, partenaires, publics) into single entries: one per bullet, then at commas,
 * semicolons, " / " and " et " between names, but never inside parentheses, where plans put a service or a
 * list of sub-entities ("Conseil départemental 22 (service insertion et ESS)").
 */
export function splitEntities(values: readonly string[], options: { splitOnEt?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const raw of values) {
    const v = raw
      // Glyph noise before a value: punctuation and lone letters ("_ o . . et bénéficiaires"), not « y » (« y compris »).
      .replace(/^(?:[^A-Za-zÀ-ÿ0-9«(]+|[b-xz](?=[\s.]))+\s*(?:et\s+)?/, "")
      .replace(/^[-•>»▪✓\s]+/, "")
      .replace(/^[-•>»▪✓\s]+/, "")
      .trim();
    if (v === "") continue;
    let depth = 0;
    let current = "";
    const parts: string[] = [];
    for (let i = 0; i < v.length; i++) {
      const ch = v[i]!;
      if (ch === "(") depth++;
      if (ch === ")") depth = Math.max(0, depth - 1);
      // "Direction de l'emploi, du travail et des solidarités": a comma before "du", "de", "des" continues a name.
      const continuesName = ch === "," && /^,\s*(?:du|de|des|d'|et des|et du)\s/.test(v.slice(i, i + 10));
      // A dash between spaces separates an aside ("les trois opérateurs – Armada Production, …"); before a word in
      // lower case, and short, it names a part of the same body ("Département – pôles territoriaux des solidarités").
      const dash = (ch === "–" || ch === "—") && v[i - 1] === " " && !namesPart(v.slice(i + 1));
      if (depth === 0 && !continuesName && (dash || ch === "," || ch === ";" || (ch === "/" && v[i - 1] !== " " && /[A-ZÀ-Ý]/.test(v[i + 1] ?? "") && /[A-Za-zÀ-ÿ]$/.test(current)))) {
        parts.push(current);
        current = "";
        continue;
      }
      if (depth === 0 && options.splitOnEt !== false && v.startsWith(" et ", i) && /[A-ZÀ-Ý]/.test(v[i + 4] ?? "") === false && /^ et (?:la |le |les |l')?[A-ZÀ-Ý]/.test(v.slice(i))) {
        parts.push(current);
        current = "";
        i += 3;
        continue;
      }
      if (depth === 0 && options.splitOnEt !== false && /^ et (?:la |le |les |l')?[A-ZÀ-Ý]/.test(v.slice(i, i + 12)) && current.length > 2 && !bodyNameGoesOn(current, v.slice(i + 4))) {
        parts.push(current);
        current = "";
        i += 3;
        continue;
      }
      current += ch;
    }
    parts.push(current);
    for (const p of parts) {
      const clean = p
        .replace(/^(?:[^A-Za-zÀ-ÿ0-9«(]+|[b-xz](?=[\s.]))+\s*/, "")
        .replace(/^\s*(?:et|ou)\s+/i, "")
        // Sub-labels inside a partners block: "Financeurs : DDETS", "Au niveau local : EPCI".
        .replace(/^(?:[A-Za-zÀ-ÿ'/ -]{0,45}?(?:partenaires?|partenariat|financeurs?|financiers?|prescripteurs?|orienteurs?|organisme[^:]{0,40}|niveau \w+)[A-Za-zÀ-ÿ'/ -]{0,30})\s*:\s*/i, "")
        .replace(/^l'(?=[A-ZÀ-Ý])/, "")
        .replace(/^(?:la|le|les)\s+(?=[A-ZÀ-Ý])/, "")
        .replace(/\s*[:.–-]+\s*$/, "")
        .replace(/^etc\.?$/i, "")
        .replace(/\s+etc\.*$/i, "")
        .replace(/\.{2,}$/, "")
        .trim();
      // A long sentence is prose around the names, not a name: the fiche's text keeps it.
      if (clean.replace(/[^A-Za-zÀ-ÿ]/g, "").length >= 2 && clean.replace(/\([^)]*\)/g, "").split(/\s+/).length <= 22) out.push(clean);
    }
  }
  return [...new Set(out)];
}

/** The kind of body that opens a body's name ("Association Point Budget …", "Mission locale Sarthe …"). */
const BODY_KIND = /^(?:l'|la |le )?(?:association|mission locale|geiq|comité|fédération|union|collectif|fondation|centre|maison|réseau|atelier|chantier|régie|groupement|club|foyer|espace|plateforme|coopérative)\s+/i;

/**
 * Whether « et » goes on with a body's own name rather than start another body: "Association Point Budget Sèvre et
 * Gâtine", "Mission locale Sarthe et Loir", "GEIQ Vignes et Chais du Libournais". The name opens with a kind of body
 * in the singular (two bodies are listed under a plural: "associations Emmaüs et …"), « et » joins two capitalised
 * words, and what follows is not an institution of its own ("Mission locale Nord et France Travail").
 */
function bodyNameGoesOn(before: string, after: string): boolean {
  const name = before.trim();
  if (namesEpciAcrossEt(name, after)) return true;
  // The proper name after the kind is tested without the case-insensitive flag: with it, \p{Lu} takes any letter.
  const kind = name.match(BODY_KIND);
  return kind !== null && /^\p{Lu}/u.test(name.slice(kind[0].length)) && /\p{Lu}[\p{Ll}'-]+$/u.test(name) && /^\p{Lu}\p{Ll}/u.test(after) && !startsWithInstitution(after);
}

/** The names of EPCI with « et » in them ("thiers dore et montagne", "vienne et gartempe"), folded; read once. */
let epciNamesWithEt: readonly string[] | null = null;

/** Whether « et » between these two texts is inside an EPCI's name ("Thiers Dore" et "Montagne"). */
function namesEpciAcrossEt(before: string, after: string): boolean {
  epciNamesWithEt ??= [...new Set(allEpcis().keys.map((key) => epciKeyForms(key).core).filter((core) => core.includes(" et ")))];
  const left = ` ${fold(before).replace(/[^a-z0-9]+/g, " ").trim()}`;
  const right = `${fold(after).replace(/[^a-z0-9]+/g, " ").trim()} `;
  return epciNamesWithEt.some((name) => {
    const at = name.indexOf(" et ");
    return left.endsWith(` ${name.slice(0, at)}`) && right.startsWith(`${name.slice(at + 4)} `);
  });
}

/** Words that carry a sentence on, beyond the function words of opensOnFunctionWord. */
const SENTENCE_GOES_ON = /^(?:depuis|dans|sous|selon|mais|notamment|ainsi|afin|lorsque|quand|si)\b/;

/** After a dash: a few words in lower case up to the next comma or the end, the name of a part of a body. */
function namesPart(after: string): boolean {
  const segment = after.split(/[,;.]/)[0]!.trim();
  // A preposition or a conjunction there goes on with a sentence ("– depuis de nombreuses années"), not a name.
  return /^[a-zà-ÿ]/.test(segment) && !opensOnFunctionWord(segment) && !SENTENCE_GOES_ON.test(segment) && segment.split(/\s+/).length <= 6;
}
