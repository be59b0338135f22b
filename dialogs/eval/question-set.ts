import { readFileSync } from "node:fs";
import { z } from "zod";
import { jsonLines } from "../cli/json-lines.js";

/** One evaluation question: what a référent types and what a good answer shows. */
export const EvalQuestionSchema = z.object({
  q: z.string(),
  departement: z.string().optional(),
  kind: z.string(),
  /** Fiche numbers a good answer shows, the best first; [] means the right answer is that no fiche covers it. */
  expect_fiches: z.array(z.string()),
  /** Strings (folded: lower case, no accents) a good answer's text contains. */
  expect_text: z.array(z.string()),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

/** Reads a JSON-lines question set. Throws an error naming the file (and the line) when the file cannot be read
 * or a line is not a question: a set with a bad line would give figures for other questions than meant. */
export function readQuestionSet(path: string): EvalQuestion[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`eval: ${path}: cannot read the question set (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return jsonLines(text, EvalQuestionSchema).map((l) => {
    if (l.ok) return l.item;
    const hint = l.reason === "not-json" ? `${l.error}; each line is {"q", "kind", "expect_fiches", "expect_text"}` : l.error;
    throw new Error(`eval: ${path}:${l.line}: ${hint}`);
  });
}
