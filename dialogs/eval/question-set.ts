import { readFileSync } from "node:fs";
import { z } from "zod";

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

/** Reads a JSON-lines question set; a line that does not parse is an error naming the file and line. */
export function readQuestionSet(path: string): EvalQuestion[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, i }) => {
      const parsed = EvalQuestionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`eval: ${path}:${i + 1}: ${parsed.error.issues[0]?.message ?? "bad line"}`);
      return parsed.data;
    });
}
