import { z } from "zod";

/** What a card's Action.Submit sends back (the activity's `value`), validated before the bot acts on it. */
export const CardSubmitSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("feedback"),
    vote: z.enum(["up", "down"]),
    ficheIds: z.array(z.string().max(120)).max(10),
    intent: z.string().max(40),
    q: z.string().max(500).optional(),
  }),
  z.object({ action: z.literal("ask"), q: z.string().min(1).max(500) }),
  z.object({ action: z.literal("fiche"), id: z.string().min(1).max(120) }),
  z.object({ action: z.literal("territoire") }),
  z.object({ action: z.literal("orientation") }),
]);
export type CardSubmit = z.infer<typeof CardSubmitSchema>;

/** Reads an activity's value as a card submission, or null when it is not one we sent. */
export function readCardSubmit(value: unknown): CardSubmit | null {
  const parsed = CardSubmitSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
