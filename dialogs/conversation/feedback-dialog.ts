import type { WaterfallStepContext } from "botbuilder-dialogs";
import { TextPrompt, WaterfallDialog } from "./dialog-classes.js";
import { fold } from "../../knowledge/text/fold.js";
import type { CardSubmit } from "../cards/card-submit.js";
import { CancelAndHelpDialog } from "./cancel-and-help-dialog.js";
import type { DialogDeps } from "./ports.js";
import { stepValues } from "./step-values.js";

export const FEEDBACK_DIALOG = "feedbackDialog";

/** 👍 is stored at once; 👎 asks what was missing (optional) before storing it. */
export class FeedbackDialog extends CancelAndHelpDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FEEDBACK_DIALOG, deps.catalog);
    this.addDialog(new TextPrompt("feedbackComment"));
    this.addDialog(new WaterfallDialog(`${FEEDBACK_DIALOG}.steps`, [this.askComment.bind(this), this.save.bind(this)]));
    this.initialDialogId = `${FEEDBACK_DIALOG}.steps`;
  }

  private async askComment(step: WaterfallStepContext) {
    const vote = step.options as Extract<CardSubmit, { action: "feedback" }>;
    stepValues(step)["vote"] = vote;
    if (vote.vote === "up") return step.next(null);
    return step.prompt("feedbackComment", { prompt: "Merci. Qu'est-ce qui manquait ? (facultatif : écrivez « non » pour passer ; pas de données personnelles)" });
  }

  private async save(step: WaterfallStepContext) {
    const vote = stepValues(step)["vote"] as Extract<CardSubmit, { action: "feedback" }>;
    const raw = typeof step.result === "string" ? step.result.trim() : "";
    const comment = raw && !/^(?:non|no|rien|passer|-)$/.test(fold(raw)) ? raw.slice(0, 500) : undefined;
    await this.deps.records.feedback({
      conversationId: step.context.activity.conversation.id,
      vote: vote.vote,
      ficheIds: vote.ficheIds,
      intent: vote.intent,
      ...(comment ? { comment } : {}),
    });
    await step.context.sendActivity(vote.vote === "up" ? "Merci pour votre retour 👍" : "Merci, votre remarque aidera le coordinateur à améliorer le catalogue.");
    return step.endDialog();
  }
}
