import { cleanLine } from "./clean-line.js";

/** One line of a plan: its 1-based number in the source file, the raw text and the cleaned text. */
export interface Line {
  readonly no: number;
  readonly raw: string;
  readonly text: string;
}

/** Splits a source text into cleaned, numbered lines. */
export function toLines(source: string): Line[] {
  return source.split("\n").map((raw, i) => ({ no: i + 1, raw, text: cleanLine(raw) }));
}

/** True when the line holds nothing but white space. */
export function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text.trim() === "";
}

/** How far a source line is indented: the columns of a `pdftotext -layout` page. */
export function indentOf(raw: string): number {
  return raw.length - raw.trimStart().length;
}
