import { z } from "zod";
import { AnswerSchema } from "../../dialogs/answer/answer-types.js";

/** What the main thread sends an answer thread: one question, with the asker's home département code. */
export const AnswerRequestSchema = z.object({
  id: z.number().int(),
  question: z.string(),
  home: z.string().nullable(),
});
export type AnswerRequest = z.infer<typeof AnswerRequestSchema>;

/** What an answer thread sends back: it is ready, or the answer to a request, or why there is none. */
export const AnswerReplySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready") }),
  z.object({ type: z.literal("answer"), id: z.number().int(), answer: AnswerSchema }),
  z.object({ type: z.literal("error"), id: z.number().int(), message: z.string() }),
]);
export type AnswerReply = z.infer<typeof AnswerReplySchema>;

/** What an answer thread starts from: the same catalog and links as the main thread. */
export const AnswerThreadDataSchema = z.object({
  publicUrl: z.string(),
  catalogPath: z.string().optional(),
});
export type AnswerThreadData = z.infer<typeof AnswerThreadDataSchema>;
