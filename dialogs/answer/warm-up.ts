import type { FicheIndex } from "../../knowledge/search/fiche-index.js";
import { ask } from "./ask.js";
import { ANALYSED_FICHES, passagesOf } from "./fiche-passages.js";
import { warmUpQuestions } from "./warm-up-questions.js";

/** Questions that go through every step of the pipeline: a commune, a fiche number, a public and a département. */
const QUESTIONS = ["qui pilote l'action sur la mobilité à Lannion ?", "fiche 12", "quels partenaires pour les jeunes dans le 35 ?"];

/** Options of the warm-up. */
export interface WarmUpOptions {
  /**
   * How many questions made from the catalog to ask (see warmUpQuestions). Default 400: V8 compiles the pipeline
   * as it runs, and with them the bench's p99 fell from about 7.4 to 5.4 ms (five paired runs; 1,000 did no
   * better).
   */
  readonly questions?: number;
  /**
   * False where another thread answers the questions: this one still understands them (the territory check), so
   * it asks the first few questions only, and neither the catalog's questions nor the fiches' passages. Default
   * true.
   */
  readonly answers?: boolean;
}

const MADE_QUESTIONS = 400;
const QUESTIONS_PER_STEP = 4;

/** How many fiches one warm-up step analyses: a few milliseconds, so that a server answers between steps. */
const FICHES_PER_STEP = 10;

/**
 * The work the answer pipeline otherwise does on first use, cut in short steps: the places index, the vocabulary
 * matchers and the compiled code paths (a few questions, then questions made from the catalog), then the passages
 * of each fiche (up to the number kept analysed), which the first answer quoting a fiche would pay for.
 */
export function warmUpSteps(index: FicheIndex, options: WarmUpOptions = {}): Array<() => void> {
  const steps: Array<() => void> = QUESTIONS.map((q) => () => void ask(q, {}, index));
  if (options.answers === false) return steps;
  const made = warmUpQuestions(index.catalog, options.questions ?? MADE_QUESTIONS);
  for (let i = 0; i < made.length; i += QUESTIONS_PER_STEP) {
    const batch = made.slice(i, i + QUESTIONS_PER_STEP);
    steps.push(() => {
      for (const { q, fiche } of batch) ask(q, { home: fiche.departement }, index);
    });
  }
  const fiches = index.catalog.fiches.slice(0, ANALYSED_FICHES);
  for (let i = 0; i < fiches.length; i += FICHES_PER_STEP) {
    const batch = fiches.slice(i, i + FICHES_PER_STEP);
    steps.push(() => {
      for (const f of batch) passagesOf(f.text);
    });
  }
  return steps;
}

/** Runs the whole warm-up at once (benchmarks, CLIs). */
export function warmUp(index: FicheIndex, options: WarmUpOptions = {}): void {
  for (const step of warmUpSteps(index, options)) step();
}

/**
 * Runs the warm-up one step per turn of the event loop, so that a server already listening answers meanwhile (a
 * question asked during the warm-up is answered, a few milliseconds slower). Resolves with its duration.
 */
export function warmUpInBackground(index: FicheIndex, options: WarmUpOptions = {}): Promise<number> {
  const started = performance.now();
  const steps = warmUpSteps(index, options);
  return new Promise((resolve) => {
    const next = (i: number): void => {
      if (i >= steps.length) return resolve(performance.now() - started);
      steps[i]!();
      setImmediate(next, i + 1);
    };
    setImmediate(next, 0);
  });
}
