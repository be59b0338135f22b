import { z } from "zod";

/** A fiche as an answer shows it (GUIDE §2 answer contract). */
export const AnsweredFicheSchema = z.object({
  id: z.string(),
  departement: z.object({ code: z.string(), name: z.string() }),
  number: z.string(),
  title: z.string(),
  url: z.string(),
  score: z.number(),
});
export type AnsweredFiche = z.infer<typeof AnsweredFicheSchema>;

/** The bot's answer to one question: what `npm run ask -- --json` prints and what Teams shows. */
export const AnswerSchema = z.object({
  q: z.string(),
  /** False when the bot says no fiche covers the question (or the message was not a question about the plans). */
  answered: z.boolean(),
  intent: z.string(),
  territory: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** Exactly what the bot writes in Teams (markdown, two newlines between paragraphs). */
  text: z.string(),
  fiches: z.array(AnsweredFicheSchema),
  /** Close fiches offered as "Vouliez-vous dire" when the bot declines (at most 3); not an answer. */
  suggestions: z.array(AnsweredFicheSchema),
  /** True when the fiches are the closest ones, not a clear answer (the text says so); absent otherwise. The
   * coordinator's report keeps these questions with the unanswered ones. */
  tentative: z.literal(true).optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;
