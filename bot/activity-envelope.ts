import { z } from "zod";

/**
 * The fields every incoming activity must have before the Bot Framework adapter sees it: what the adapter needs to
 * answer (service URL, conversation, sender). An activity without them gets 400 at once, rather than a turn that
 * fails, or waits on a reply address that does not exist.
 */
export const ActivityEnvelopeSchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(256).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  from: z.looseObject({ id: z.string().min(1).max(256) }),
  conversation: z.looseObject({ id: z.string().min(1).max(512) }),
  text: z.string().max(20_000).optional(),
  deliveryMode: z.enum(["normal", "expectReplies", "notification", "ephemeral"]).optional(),
});

/** Checks an incoming body; the error names the first missing or wrong field. */
export function checkActivity(body: unknown): { ok: true } | { ok: false; error: string } {
  const parsed = ActivityEnvelopeSchema.safeParse(body);
  if (parsed.success) return { ok: true };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: `activity: ${issue.path.join(".") || "(body)"}: ${issue.message}` };
}
