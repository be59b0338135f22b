import { fold } from "../text/fold.js";

/** The part of a fiche a label opens. */
export type FieldKind =
  | "objectifs"
  | "contenu"
  | "actions"
  | "publics"
  | "pilotes"
  | "partenaires"
  | "indicateurs"
  | "resultats"
  | "calendrier"
  | "duree"
  | "budget"
  | "moyens"
  | "perspectives"
  | "bilan"
  | "contexte"
  | "territoire"
  | "intitule";

/** A label found at the start of a line or table cell. */
export interface LabelHit {
  readonly kind: FieldKind;
  /** The text after the label on the same line or cell, when it is a value (after ":", ">", a tab). */
  readonly rest: string;
  /** True when the label was written in capitals (the sidebar layout of OCR'd plans, where text that follows on
   * the same line usually belongs to the other column and is not the label's value). */
  readonly capitals: boolean;
}

/**
 * Label patterns, matched on folded text (no accents, lower case) at the start of a cell once bullets, heading
 * hashes and section numbers are removed. Each pattern must match the whole label, so that a sentence starting
 * with "Partenaires" in a paragraph is not taken for a label: labels are short and end the cell, or are followed
 * by ":" / ">" / a tab.
 */
const LABELS: ReadonlyArray<readonly [FieldKind, RegExp]> = [
  ["objectifs", /^(?:les |l')?objectifs? (?:de l'action|vises?|operationnels?|generaux|general|strategiques?|specifiques?|poursuivis|recherches)\b|^(?:les |l')?objectifs? ?vises?$|^objectifs?$|^finalites?$/],
  ["contenu", /^(?:contenu|description|presentation|descriptif) ?(?:de l'action|de laction|de l action|du projet)?(?: et realisation)?$|^modalites (?:de mise en oeuvre|d'intervention)$|^mise en oeuvre$|^deroulement$/],
  ["actions", /^actions? operationnelles?\b|^(?:les )?actions? (?:a mener|a mettre en oeuvre|prevues|envisagees)$|^plan d'actions?$|^etapes(?: de mise en oeuvre)?$/],
  ["publics", /^(?:les )?(?:beneficiaires|publics?|personnes) ?(?:de l'action|vises?|cibles?|concernes?|cible|beneficiaires?|prioritaires?)?$|^(?:cibles?|destinataires)$/],
  ["pilotes", /^(?:le |les )?(?:pilotes?|co-?pilotes?|pilotage|(?:co-?)?porteurs?|porteur de projet|porteurs du projet|responsables?|coordinat(?:eur|rice)s?|coordonnat(?:eur|rice)s?|chefs? de file|maitres? d'ouvrage|(?:service|direction)s? pilotes?)(?: (?:de l'action|du projet|de la fiche))?(?: ou co-?pilotes?)?(?: \(s\))?$|^pilote\(s\)/],
  ["partenaires", /^(?:les )?(?:partenaires?|partenariats?|acteurs|acteurs (?:associes|mobilises|concernes|impliques)|structures associees|operateurs?|financeurs?|co-?financeurs?)(?: (?:pressentis|associes|mobilises|impliques|et (?:co-?)?financ(?:eurs|iers)|financeurs|financiers|techniques|institutionnels|operationnels|a mobiliser|a associer))?$/],
  ["indicateurs", /^(?:les )?indicateurs?(?: (?:de suivi|d'evaluation|de resultats?|quantitatifs?|qualitatifs?|de realisation)(?: et (?:de suivi|d'evaluation|de resultats?|qualitatifs?|quantitatifs?))?)?(?:,? (?:et )?bilan(?: et projection)?)?$|^(?:modalites|criteres) d'evaluation$|^evaluation$/],
  ["resultats", /^(?:les |le )?resultats? attendus?\b/],
  ["calendrier", /^(?:phasage|echeances?|echeancier(?: previsionnel)?|calendrier(?: previsionnel| de mise en oeuvre| de realisation)?|planning|date de mise en (?:place|oeuvre)(?: de l'action)?|date de demarrage|periode de realisation|periode|delais?(?: de (?:mise en oeuvre|realisation))?)$/],
  ["duree", /^duree(?: de l'action)?$/],
  ["budget", /^(?:budget|cout|couts|financements?|moyens financiers|plan de financement|montants?|enveloppe(?: financiere)?)(?: (?:previsionnels?|estimes?|de l'action|global|total|alloues?))?$/],
  ["moyens", /^moyens(?: a mobiliser| humains| mobilises)?$/],
  ["perspectives", /^perspectives?\b/],
  ["bilan", /^bilan(?: d'execution)?\b/],
  // The situation a fiche answers ("Constat :", "Contexte et enjeux"): many fiches open with it, before any other
  // label, so it must be known for the marker above it to be seen as the fiche's heading.
  ["contexte", /^(?:les |le )?(?:constats?|contexte|enjeux|diagnostic(?: partage)?|problematiques?|elements de (?:contexte|diagnostic)|justification(?: de l'action)?|origine de l'action)(?: et (?:enjeux|constats?|objectifs?))?$/],
  // "Intitulé de l'action : …" in form-like fiches: the title, when no heading line gives it.
  ["intitule", /^(?:intitule|titre|nom)(?: de l'action| du projet| de la fiche(?:[- ]action)?)?$/],
  // "Territoire(s) concerné(s)": read by nothing yet, but it must close the field above it (publics, say).
  ["territoire", /^(?:territoires?|secteurs? geographiques?|perimetre)(?: (?:concernes?|d'intervention|couverts?|vises?))?$/],
];

/** OCR damage seen on capital labels ("BENEF|C|A|RES", "BENEFlClAlRES", "0BJECTIFS", "PARTENAIR ES"). */
function repairCapitals(cell: string): string {
  // Capitals, OCR reading some "I" as "l" or "|" ("PlLOTE", "BENEF|C|A|RES"): at least three real capitals.
  if (!/^[A-ZÀ-Ý0-9|'l ]{4,}/.test(cell) || (cell.match(/^[A-ZÀ-Ý0-9|'l ]+/)?.[0].replace(/[^A-ZÀ-Ý]/g, "").length ?? 0) < 3) return cell;
  const head = cell.match(/^[A-ZÀ-Ý0-9|l' ]{4,}?(?=\s[a-zà-ÿ]|\s[A-Z][a-z]|$|\s*[:>])/)?.[0] ?? cell;
  const fixed = head
    .replace(/\|/g, "I")
    .replace(/(?<=[A-Z])l(?=[A-Z])|(?<=[A-Z])l$/g, "I")
    .replace(/(?<=[A-Z])0|0(?=[A-Z])/g, "O")
    .replace(/\bPARTENAIR ES\b/g, "PARTENAIRES");
  return fixed + cell.slice(head.length);
}

/** Edit distance, for labels damaged beyond simple substitutions ("BENEHC'AlRES"). */
function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

const CAPITAL_WORDS: ReadonlyArray<readonly [FieldKind, string]> = [
  ["publics", "BENEFICIAIRES"],
  ["partenaires", "PARTENAIRES"],
  ["objectifs", "OBJECTIFS"],
  ["calendrier", "ECHEANCE"],
  ["indicateurs", "INDICATEURS"],
];

/**
 * Reads a label at the start of one table cell or line. Returns null when the cell does not open a field.
 * Leading bullets ("> ", "- ", "P " that OCR made of ">"), heading hashes and section numbers ("3. ") are skipped.
 */
export function readLabel(cellText: string): LabelHit | null {
  let cell = cellText.trim();
  // A label, with what may follow it on its line, is short; a long line is prose.
  if (cell.length > 160 || cell.length < 4) return null;
  // Markdown emphasis from a PDF-to-markdown conversion: "**Pilote(s)** : …", "__Partenaires__".
  cell = cell.replace(/^#{1,6}\s*/, "").replace(/^[>»•\-–]\s*/, "").replace(/^(\*\*|__)(.+?)\1/, "$2").replace(/^P\s+(?=[A-Z0-9]{4})/, "");
  cell = cell.replace(/^\d{1,2}\s?[.)]\s*(?=[A-Za-zÀ-ÿ])/, "").replace(/^\d{1,2}\s+(?=[A-Z][a-zé])/, "");
  cell = repairCapitals(cell);
  const capitals = /^[A-ZÀ-Ý0]{4,}/.test(cell);
  // Split the label from its value: at ":" or ">" or a run of capitals that ends.
  const split = cell.match(/^([^:>]{2,90}?)\s*(?::|>|$)\s*(.*)$/);
  const candidates: Array<readonly [string, string]> = [];
  if (split) candidates.push([split[1]!, split[2]!]);
  // "Contexte. Dans un département…", "Objectifs. Proposer…": a label closed by a full stop, a sentence after it.
  const stop = cell.match(/^([A-Za-zÀ-ÿ'() /-]{3,40}?)\.\s+(?=[A-ZÀ-Ý«"])(.*)$/);
  if (stop) candidates.push([stop[1]!, stop[2]!]);
  if (capitals) {
    const caps = cell.match(/^((?:[A-ZÀ-Ý0'’]+\s?){1,5}?)(?:\s+(.*))?$/);
    if (caps) candidates.push([caps[1]!.trim(), caps[2] ?? ""]);
    const firstWord = cell.match(/^([A-ZÀ-Ý'|]{5,})\b\s*(.*)$/);
    if (firstWord) candidates.push([firstWord[1]!, firstWord[2]!]);
  }
  for (const [label, rest] of candidates) {
    // "Public(s) visé(s)" → "public vise"; "Calendrier / échéances": either side may be the label.
    const key = fold(label).replace(/\s*:$/, "").replace(/[.]+$/, "").trim();
    const plain = key.includes("(") ? key.replace(/\((?:e|s|es|x|le|les)\)/g, "").replace(/\s+/g, " ").trim() : key;
    const forms = plain.includes(" / ") ? [key, plain, ...plain.split(" / ").map((p) => p.trim())] : plain === key ? [key] : [key, plain];
    for (const side of forms) {
      for (const [kind, pattern] of LABELS) {
        if (pattern.test(side)) return { kind, rest: rest.trim(), capitals };
      }
    }
    if (capitals) {
      const word = label.toUpperCase().replace(/[^A-Z]/g, "");
      for (const [kind, target] of CAPITAL_WORDS) {
        if (word.length >= target.length - 3 && distance(word, target) <= 3) return { kind, rest: rest.trim(), capitals };
      }
      if (/^PILOTES?$/.test(word)) return { kind: "pilotes", rest: rest.trim(), capitals };
      if (/^CONTENUDELA?C?TION$/.test(word)) return { kind: "contenu", rest: rest.trim(), capitals };
    }
    // A label whose first word is one letter off ("Partenalres :", "Pi1ote :", "Partenalres associés :"): OCR
    // damage in lower case too. The word is repaired and, in a longer label, the label read again.
    const [head = "", ...tail] = key.split(" ");
    const damaged = tail.length <= 3 && /:/.test(cell) && /^[a-z0-9|]{6,14}$/.test(head) ? head.replace(/[0-9|]/g, "l") : "";
    for (const [kind, target] of damaged ? OCR_WORDS : []) {
      if (damaged === target || distance(damaged, target) > (target.length >= 10 ? 2 : 1)) continue;
      if (tail.length === 0) return { kind, rest: rest.trim(), capitals };
      const repaired = [target, ...tail].join(" ");
      for (const [labelKind, pattern] of LABELS) if (pattern.test(repaired)) return { kind: labelKind, rest: rest.trim(), capitals };
    }
  }
  return null;
}

/** Label words OCR damages in lower case, folded (see readLabel). */
const OCR_WORDS: ReadonlyArray<readonly [FieldKind, string]> = [
  ["pilotes", "pilote"],
  ["pilotes", "pilotes"],
  ["partenaires", "partenaires"],
  ["publics", "beneficiaires"],
  ["objectifs", "objectifs"],
  ["calendrier", "calendrier"],
  ["calendrier", "echeancier"],
  ["indicateurs", "indicateurs"],
];
