import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationState,
  type InvokeResponse,
  type TurnContext,
} from "botbuilder";
import type { Config } from "./config.js";
import { ConnectorCachingAuthentication } from "./connector-cache.js";
import type { Logger } from "./logger.js";

/**
 * The Bot Framework adapter. ConfigurationBotFrameworkAuthentication reads MicrosoftAppType, MicrosoftAppId,
 * MicrosoftAppPassword and MicrosoftAppTenantId: without an app id it accepts unauthenticated local traffic
 * (emulator mode); with one it rejects what the Bot Framework did not sign.
 */
export function createAdapter(config: Config, conversationState: ConversationState, logger: Logger): ActivityAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? "",
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? "",
    MicrosoftAppType: config.MicrosoftAppType ?? (config.MicrosoftAppId ? "MultiTenant" : ""),
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? "",
  });
  const adapter = new ActivityAdapter(new ConnectorCachingAuthentication(auth));
  adapter.onTurnError = async (context: TurnContext, error: Error) => onTurnError(context, error, conversationState, logger);
  return adapter;
}

/**
 * CloudAdapter, entered with an activity the server has already read and checked rather than with the HTTP
 * request and response.
 *
 * Why: CloudAdapter.process re-validates the request, the response and the whole activity with zod schemas and
 * sends through restify's formatter; under 500 turns a second that was a fifth of what a turn allocated on the
 * main thread, and the garbage collections it caused were the tail of the latency. The server checks the
 * activity's envelope itself (activity-envelope.ts), and what process does next is kept: authenticate, run the
 * turn, return the invoke response (the replies, with deliveryMode "expectReplies").
 */
export class ActivityAdapter extends CloudAdapter {
  /**
   * Authenticates the request's Authorization header (empty when there is none), runs `logic` for the activity
   * and returns what to answer: undefined is 200 with no body. Rejects with botframework-connector's
   * AuthenticationError when the token is refused.
   */
  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, withDates(activity), logic);
  }
}

/** The dates of an activity as CloudAdapter.process gives them to the turn: Date objects, the raw strings kept. */
function withDates(activity: Activity): Activity {
  const raw = activity as Activity & Record<string, unknown>;
  for (const [field, rawField] of [["timestamp", "rawTimestamp"], ["expiration", "rawExpiration"], ["localTimestamp", "rawLocalTimestamp"]] as const) {
    const value = raw[field];
    if (typeof value === "string") {
      raw[rawField] = value;
      raw[field] = new Date(value);
    }
  }
  return activity;
}

/** The one turn-error handler: log the error, apologise in French, reset the conversation so it cannot loop. */
export async function onTurnError(context: TurnContext, error: Error, conversationState: ConversationState, logger: Logger): Promise<void> {
  logger.error({ err: { message: error.message, stack: error.stack }, activityType: context.activity.type }, "turn failed");
  try {
    await context.sendActivity("Désolé, une erreur m'a empêché de répondre. Reformulez votre question ou tapez « aide ».");
    await conversationState.delete(context);
  } catch (secondary) {
    // The channel may be unreachable too: nothing more can be told to the user; the log keeps both errors.
    logger.error({ err: { message: (secondary as Error).message } }, "could not apologise after a turn error");
  }
}
