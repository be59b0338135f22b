import { fold } from "../../knowledge/text/fold.js";
import type { EvalQuestion } from "./question-set.js";

/** What a system returned for one question: fiche numbers in rank order, whether it answered, its text. */
export interface SystemOutput {
  readonly numbers: readonly string[];
  readonly answered: boolean;
  readonly text: string;
}

/** Figures over a group of questions. */
export interface Figures {
  n: number;
  answerable: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Share of expected strings found in the answer texts (answerable questions). */
  strings: number;
  noFiche: number;
  declined: number;
}

/** Two fiche numbers as the plan and the question set may print them ("1.1" and "1-1") are the same fiche. */
export const sameNumber = (a: string, b: string): boolean => fold(a).replace(/[-.]/g, ".") === fold(b).replace(/[-.]/g, ".");

/** Scores one group of questions. hit@k: an expected fiche among the first k shown; MRR on the first expected. */
export function score(items: ReadonlyArray<{ q: EvalQuestion; out: SystemOutput }>): Figures {
  const f: Figures = { n: items.length, answerable: 0, hit1: 0, hit3: 0, mrr: 0, strings: 0, noFiche: 0, declined: 0 };
  let expectedStrings = 0;
  let foundStrings = 0;
  for (const { q, out } of items) {
    if (q.expect_fiches.length === 0) {
      f.noFiche++;
      if (!out.answered) f.declined++;
      continue;
    }
    f.answerable++;
    const shown = out.answered ? out.numbers : [];
    const rank = shown.findIndex((n) => q.expect_fiches.some((e) => sameNumber(e, n)));
    if (rank === 0) f.hit1++;
    if (rank >= 0 && rank < 3) f.hit3++;
    if (rank >= 0) f.mrr += 1 / (rank + 1);
    const text = fold(out.text).replace(/\\/g, "");
    for (const s of q.expect_text) {
      expectedStrings++;
      if (text.includes(fold(s))) foundStrings++;
    }
  }
  const a = f.answerable || 1;
  f.hit1 /= a;
  f.hit3 /= a;
  f.mrr /= a;
  f.strings = expectedStrings ? foundStrings / expectedStrings : 1;
  return f;
}
