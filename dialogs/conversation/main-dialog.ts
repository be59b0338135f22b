import { ActivityTypes, CardFactory, type StatePropertyAccessor, type TurnContext } from "botbuilder";
import type { DialogState, WaterfallStepContext } from "botbuilder-dialogs";
import { DialogSet, DialogTurnStatus, WaterfallDialog } from "./dialog-classes.js";
import { readCardSubmit } from "../cards/card-submit.js";
import { ficheCard } from "../cards/fiche-card.js";
import { helpCard } from "../cards/help-card.js";
import { maskPersonalData } from "../privacy/mask-personal-data.js";
import { understand } from "../understand/understand.js";
import { CancelAndHelpDialog } from "./cancel-and-help-dialog.js";
import { readCommand } from "./commands.js";
import { FEEDBACK_DIALOG, FeedbackDialog } from "./feedback-dialog.js";
import { ORIENTATION_DIALOG, OrientationDialog } from "./orientation-dialog.js";
import { INTENT_KEY, type DialogDeps } from "./ports.js";
import { stepValues } from "./step-values.js";
import { readProfile, type UserProfile } from "./profile.js";
import { answerActivity } from "./reply.js";
import { catalogSummary } from "../answer/messages.js";
import { TERRITORY_DIALOG, TerritoryDialog } from "./territory-dialog.js";

export const MAIN_DIALOG = "mainDialog";

/** Intents that are not questions about the plans: they are never "unanswered questions" for the coordinator. */
const NOT_QUESTIONS = new Set(["aide", "salutation", "vide", "hors-sujet", "territoire"]);

/** The notice the bot gives, once, when a message holds personal data (Albert's usage rules are the model). */
export const PRIVACY_NOTICE =
  "Je n'ai pas besoin de données personnelles pour vous répondre : je les ai retirées de votre message et je ne les garde pas. Décrivez plutôt la situation (public, frein, territoire).";

/** The turn-state key under which botbuilder-dialogs' DialogStateManager keeps its configuration. */
const MEMORY_CONFIGURATION = "DialogStateManagerConfiguration";

/**
 * The root dialog: every message goes through the same pipeline as `npm run ask`. It routes card submissions
 * (feedback, a fiche's details, an example question), commands (territoire, orientation, aide), asks the
 * territory once when a question needs one, then answers and keeps unanswered questions for the coordinator.
 */
export class MainDialog extends CancelAndHelpDialog {
  constructor(
    private readonly deps: DialogDeps,
    private readonly profile: StatePropertyAccessor<UserProfile>,
  ) {
    super(MAIN_DIALOG, deps.catalog);
    this.addDialog(new TerritoryDialog(deps.catalog, profile));
    this.addDialog(new OrientationDialog(deps, profile));
    this.addDialog(new FeedbackDialog(deps));
    this.addDialog(new WaterfallDialog(`${MAIN_DIALOG}.steps`, [this.route.bind(this), this.answer.bind(this)]));
    this.initialDialogId = `${MAIN_DIALOG}.steps`;
  }

  /** Runs a turn: continues the active dialog, or starts this one. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    // botbuilder-dialogs builds its memory scopes and path resolvers anew at every turn (a service collection
    // each time: a tenth of a turn's CPU), though they keep nothing of their own (what they read is in the turn
    // state): built at the first turn, then handed to each turn under the key the library looks for.
    if (this.memoryConfiguration !== undefined) context.turnState.set(MEMORY_CONFIGURATION, this.memoryConfiguration);
    // Most turns are a question asked with no dialog under way and no territory to ask: they are answered here,
    // with the functions the waterfall's steps use, without building the dialog stack (botbuilder-dialogs' dialog
    // contexts and state managers were half of the main thread's work per turn).
    const stack = (await dialogState.get(context))?.dialogStack ?? [];
    const plain = stack.length === 0 ? await this.plainQuestion(context) : null;
    if (plain !== null) return this.answerQuestion(context, plain);
    const set = new DialogSet(dialogState);
    set.add(this);
    const dc = await set.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
    this.memoryConfiguration ??= context.turnState.get(MEMORY_CONFIGURATION) as unknown;
  }

  private memoryConfiguration: unknown;

  private async route(step: WaterfallStepContext) {
    const activity = step.context.activity;
    if (activity.value !== undefined && activity.value !== null) {
      const submit = readCardSubmit(activity.value);
      if (!submit) {
        await step.context.sendActivity("Je n'ai pas compris cette action. Tapez « aide » pour voir ce que je sais faire.");
        return step.endDialog();
      }
      switch (submit.action) {
        case "feedback":
          return step.beginDialog(FEEDBACK_DIALOG, submit);
        case "territoire":
          return step.beginDialog(TERRITORY_DIALOG);
        case "orientation":
          return step.beginDialog(ORIENTATION_DIALOG);
        case "fiche": {
          const fiche = this.deps.catalog.fiches.find((f) => f.id === submit.id);
          await step.context.sendActivity(
            fiche
              ? { attachments: [CardFactory.adaptiveCard(ficheCard(fiche, this.deps.catalog.plans.find((p) => p.id === fiche.planId)))] }
              : "Cette fiche n'existe plus dans le catalogue.",
          );
          return step.endDialog();
        }
        case "ask":
          return this.question(step, submit.q);
      }
    }
    if (activity.type !== ActivityTypes.Message) return step.endDialog();
    const command = readCommand(activity.text);
    if (command === "aide") {
      await step.context.sendActivity({ attachments: [CardFactory.adaptiveCard(helpCard(this.deps.catalog, false))] });
      return step.endDialog();
    }
    if (command === "territoire") return step.beginDialog(TERRITORY_DIALOG);
    if (command === "orientation") return step.beginDialog(ORIENTATION_DIALOG);
    if (command === "nouveautes") {
      await step.context.sendActivity(catalogSummary(this.deps.catalog));
      return step.endDialog();
    }
    if (command === "annuler") {
      await step.context.sendActivity("Il n'y a rien à annuler. Posez une question quand vous voulez.");
      return step.endDialog();
    }
    return this.question(step, activity.text ?? "");
  }

  /** Masks personal data, asks the territory once if the question needs it, then goes on to the answer. */
  private async question(step: WaterfallStepContext, raw: string) {
    const asked = await this.readQuestion(step.context, raw);
    stepValues(step)["question"] = asked.question;
    if (asked.needsTerritory) return step.beginDialog(TERRITORY_DIALOG);
    return step.next();
  }

  private async answer(step: WaterfallStepContext) {
    const question = stepValues(step)["question"] as string | undefined;
    if (question !== undefined) await this.answerQuestion(step.context, question);
    return step.endDialog();
  }

  /**
   * The question of a plain message (not a card submission, not a command) that needs no territory prompt, masked;
   * null for anything the dialogs must handle. Gives the privacy notice when due, as the question step does (the
   * notice is given once: a question that goes on to the territory prompt does not give it again).
   */
  private async plainQuestion(context: TurnContext): Promise<string | null> {
    const activity = context.activity;
    if (activity.type !== ActivityTypes.Message || (activity.value !== undefined && activity.value !== null)) return null;
    if (readCommand(activity.text) !== null) return null;
    const asked = await this.readQuestion(context, activity.text ?? "");
    return asked.needsTerritory ? null : asked.question;
  }

  /** Masks the personal data of a question (with the notice, once) and says whether its territory must be asked. */
  private async readQuestion(context: TurnContext, raw: string): Promise<{ question: string; needsTerritory: boolean }> {
    const masked = maskPersonalData(raw);
    const profile = readProfile(await this.profile.get(context, readProfile({})));
    if (masked.masked.length > 0 && !profile.privacyNoticeShown) {
      await context.sendActivity(PRIVACY_NOTICE);
      await this.profile.set(context, { ...profile, privacyNoticeShown: true });
    }
    // A known home (or a territory already asked) settles it without reading the question: the thread that answers
    // reads it anyway.
    if (profile.home || profile.territoryAsked) return { question: masked.text, needsTerritory: false };
    const u = understand(masked.text, { home: null });
    return { question: masked.text, needsTerritory: !NOT_QUESTIONS.has(u.intent) && u.territorySource === null };
  }

  /** Answers a (masked) question and keeps it for the coordinator when no fiche answers it. */
  private async answerQuestion(context: TurnContext, question: string): Promise<void> {
    const profile = readProfile(await this.profile.get(context, readProfile({})));
    const answer = await this.deps.ask(question, { home: profile.home });
    // For the turn log (bot/insertion-bot.ts): the intent, never the question.
    context.turnState.set(INTENT_KEY, answer.intent);
    await context.sendActivity(answerActivity(answer, this.deps.catalog));
    // Closest fiches only (tentative) is a gap in the catalog too: the coordinator sees those questions.
    if ((!answer.answered || answer.tentative === true) && !NOT_QUESTIONS.has(answer.intent)) {
      await this.deps.records.unanswered({
        conversationId: context.activity.conversation.id,
        question,
        ...(answer.territory ? { departement: answer.territory.code } : {}),
      });
    }
  }
}
