import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationState,
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
export function createAdapter(config: Config, conversationState: ConversationState, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? "",
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? "",
    MicrosoftAppType: config.MicrosoftAppType ?? (config.MicrosoftAppId ? "MultiTenant" : ""),
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? "",
  });
  const adapter = new CloudAdapter(new ConnectorCachingAuthentication(auth));
  adapter.onTurnError = async (context: TurnContext, error: Error) => onTurnError(context, error, conversationState, logger);
  return adapter;
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
