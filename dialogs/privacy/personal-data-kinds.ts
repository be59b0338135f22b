/**
 * The kinds of personal data the bot masks, in the order they are reported. Each kind is also the French label
 * of its placeholder (`[NIR]`, `[téléphone]`…), so a masked message stays readable to the référent and the search.
 */
export const PERSONAL_DATA_KINDS = [
  "NIR",
  "IBAN",
  "e-mail",
  "téléphone",
  "numéro d'allocataire",
  "date de naissance",
  "adresse",
] as const;

/** One kind of personal data, e.g. "téléphone". */
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** The placeholder that replaces a value of this kind: "[téléphone]". */
export function placeholder(kind: PersonalDataKind): string {
  return `[${kind}]`;
}

/** A span of text, [start, end), holding a value of one kind. */
export interface Finding {
  start: number;
  end: number;
  kind: PersonalDataKind;
}

/**
 * Finds the values of one or more kinds in a text. `now` dates the text (a full date is a birth date when it is
 * old enough), injected so that tests do not age. Findings must not overlap.
 */
export type Detector = (text: string, now: Date) => Finding[];

/**
 * Findings of every match of a global regular expression. With `group`, only that named group is the value (a cue
 * such as "née le" stays in the text); the pattern then needs the `d` flag, for the group's position.
 */
export function findAll(
  text: string,
  pattern: RegExp,
  kind: PersonalDataKind,
  accept: (match: RegExpExecArray) => boolean = () => true,
  group?: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(pattern)) {
    if (!accept(match)) continue;
    if (group === undefined) {
      findings.push({ start: match.index, end: match.index + match[0].length, kind });
      continue;
    }
    const span = match.indices?.groups?.[group];
    if (span === undefined) throw new Error(`findAll: pattern ${pattern.source} needs the d flag and a group named ${group}`);
    findings.push({ start: span[0], end: span[1], kind });
  }
  return findings;
}
