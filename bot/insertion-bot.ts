import {
  ActivityTypes,
  CardFactory,
  TeamsActivityHandler,
  TurnContext,
  type AppBasedLinkQuery,
  type ConversationState,
  type MessagingExtensionAttachment,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type StatePropertyAccessor,
  type UserState,
} from "botbuilder";
import { z } from "zod";
import { ficheCard } from "../dialogs/cards/fiche-card.js";
import { readProfile } from "../dialogs/conversation/profile.js";
import { ficheFromLink, searchForExtension } from "../dialogs/teams/message-extension.js";
import type { FicheIndex } from "../knowledge/search/fiche-index.js";
import type { Fiche } from "../knowledge/model/index.js";
import type { DialogState } from "botbuilder-dialogs";
import type { Catalog } from "../knowledge/model/index.js";
import { helpCard } from "../dialogs/cards/help-card.js";
import type { MainDialog } from "../dialogs/conversation/main-dialog.js";
import type { UserProfile } from "../dialogs/conversation/profile.js";
import { INTENT_KEY } from "../dialogs/conversation/ports.js";
import { RecentActivities } from "./recent-activities.js";

/** What the turn log says of a turn: no message text, ever. */
export interface TurnRecord {
  readonly requestId: string | undefined;
  readonly type: string;
  readonly intent: string | undefined;
  readonly ms: number;
}

/** How long a message may take before the bot shows that it is typing. */
export const TYPING_DELAY_MS = 500;

/** What the bot handler needs; built by the composition root (main.ts) or a test. */
export interface BotDeps {
  readonly catalog: Catalog;
  /** The search index, for the compose-box search and link previews. */
  readonly index: FicheIndex;
  /** The bot's public base URL: only its fiche links are unfurled. */
  readonly publicUrl: string;
  /** Told about minor failures (a typing indicator that could not be sent). Default: nothing. */
  readonly onWarning?: (message: string) => void;
  /** Told at the end of each turn: its ids, the intent answered and the latency (never the message text). */
  readonly onTurn?: (turn: TurnRecord) => void;
  readonly conversationState: ConversationState;
  readonly userState: UserState;
  readonly dialog: MainDialog;
}

/**
 * The Teams activity handler, kept thin: it strips the @mention, answers a resent activity once, welcomes once
 * per install, runs the root dialog and saves the state once per turn. The logic lives in dialogs/.
 */
export class InsertionBot extends TeamsActivityHandler {
  readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly profile: StatePropertyAccessor<UserProfile>;
  private readonly welcomed: StatePropertyAccessor<boolean>;
  private readonly recent = new RecentActivities();

  constructor(private readonly deps: BotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>("dialogState");
    this.welcomed = deps.conversationState.createProperty<boolean>("welcomed");
    this.profile = deps.userState.createProperty<UserProfile>("profile");

    this.onMessage(async (context, next) => {
      if (!this.recent.firstTime(context.activity.id)) return;
      // In channels and group chats the message starts with "<at>Bot</at>": what follows is the question.
      TurnContext.removeRecipientMention(context.activity);
      if (context.activity.text) context.activity.text = context.activity.text.trim();
      await deps.dialog.run(context, this.dialogState);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient.id;
      const added = context.activity.membersAdded ?? [];
      const personal = (context.activity.conversation.conversationType ?? "personal") === "personal";
      // In a team or group chat, welcome when the bot itself joins, not at every new member.
      const botJoined = added.some((m) => m.id === botId);
      const userJoined = added.some((m) => m.id !== botId);
      if ((personal && userJoined) || (!personal && botJoined)) await this.welcome(context);
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  /** Sends the welcome card, once per conversation (install). */
  private async welcome(context: TurnContext): Promise<void> {
    if (await this.welcomed.get(context, false)) return;
    await this.welcomed.set(context, true);
    await context.sendActivity({ type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(helpCard(this.deps.catalog, true))] });
  }

  /** A fiche as a message-extension result: the full card, with a list preview. */
  private extensionAttachment(fiche: Fiche, version: "1.5" | "1.3" = "1.5"): MessagingExtensionAttachment {
    const plan = this.deps.catalog.plans.find((p) => p.id === fiche.planId);
    const card = CardFactory.adaptiveCard(ficheCard(fiche, plan, { version }));
    const preview = CardFactory.thumbnailCard(`Fiche ${fiche.number} · ${fiche.departement.name}`, fiche.title, undefined, undefined, { tap: { type: "invoke", title: fiche.title, value: { id: fiche.id } } });
    return { ...card, preview };
  }

  /** composeExtension/query: search fiches from the compose box (command searchFiches, parameter query). */
  override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const text = query.parameters?.find((p) => p.name === "query")?.value;
    const profile = readProfile(await this.profile.get(context, readProfile({})));
    const fiches = searchForExtension(this.deps.index, {
      query: typeof text === "string" ? text : "",
      home: profile.home,
      skip: query.queryOptions?.skip ?? 0,
      count: query.queryOptions?.count ?? 10,
    });
    return { composeExtension: { type: "result", attachmentLayout: "list", attachments: fiches.map((f) => this.extensionAttachment(f)) } };
  }

  /** composeExtension/selectItem: the full card of the fiche picked in the list. */
  override async handleTeamsMessagingExtensionSelectItem(context: TurnContext, value: unknown): Promise<MessagingExtensionResponse> {
    const picked = z.object({ id: z.string().max(120) }).safeParse(value);
    const fiche = picked.success ? this.deps.index.get(picked.data.id) : null;
    if (!fiche) return { composeExtension: { type: "message", text: "Cette fiche n'existe plus dans le catalogue." } };
    return { composeExtension: { type: "result", attachmentLayout: "list", attachments: [this.extensionAttachment(fiche)] } };
  }

  /** composeExtension/queryLink: a pasted fiche link unfurls into its card (Adaptive Card 1.3, Teams' preview limit). */
  override async handleTeamsAppBasedLinkQuery(_context: TurnContext, query: AppBasedLinkQuery): Promise<MessagingExtensionResponse> {
    const fiche = query.url ? ficheFromLink(this.deps.index, query.url, this.deps.publicUrl) : null;
    if (!fiche) return { composeExtension: { type: "result", attachmentLayout: "list", attachments: [] } };
    return { composeExtension: { type: "result", attachmentLayout: "list", attachments: [this.extensionAttachment(fiche, "1.3")] } };
  }

  /**
   * Runs the turn, then saves conversation and user state once. A message that takes more than half a second
   * gets a typing indicator (botbuilder's ShowTypingMiddleware is not used: its timer can fire after the turn
   * has ended and throws on the revoked context).
   */
  override async run(context: TurnContext): Promise<void> {
    const typing =
      context.activity.type === ActivityTypes.Message
        ? setTimeout(() => {
            context.sendActivity({ type: ActivityTypes.Typing }).catch((error: unknown) => {
              // Only an indicator: the answer itself is still sent, or reported by the turn-error handler.
              this.deps.onWarning?.(`typing indicator not sent: ${(error as Error).message}`);
            });
          }, TYPING_DELAY_MS)
        : undefined;
    const started = performance.now();
    try {
      // Both states read at once: on shared blob storage each read is a request, and the dialogs would otherwise
      // read them one after the other.
      await Promise.all([this.deps.conversationState.load(context), this.deps.userState.load(context)]);
      await super.run(context);
    } finally {
      clearTimeout(typing);
    }
    // Together, so that both changes join the same write of the state file.
    await Promise.all([this.deps.conversationState.saveChanges(context, false), this.deps.userState.saveChanges(context, false)]);
    const intent = context.turnState.get(INTENT_KEY) as string | undefined;
    this.deps.onTurn?.({ requestId: context.activity.id, type: context.activity.type, intent, ms: Math.round(performance.now() - started) });
  }
}
