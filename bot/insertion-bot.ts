import {
  ActivityTypes,
  CardFactory,
  TeamsActivityHandler,
  TurnContext,
  type ConversationState,
  type StatePropertyAccessor,
  type UserState,
} from "botbuilder";
import type { DialogState } from "botbuilder-dialogs";
import type { Catalog } from "../knowledge/model/index.js";
import { helpCard } from "../dialogs/cards/help-card.js";
import type { MainDialog } from "../dialogs/conversation/main-dialog.js";
import type { UserProfile } from "../dialogs/conversation/profile.js";
import { RecentActivities } from "./recent-activities.js";

/** What the bot handler needs; built by the composition root (main.ts) or a test. */
export interface BotDeps {
  readonly catalog: Catalog;
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

  /** Runs the turn, then saves conversation and user state once. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }
}
