import { ActivityTypes, CardFactory } from "botbuilder";
import type { DialogContext, DialogTurnResult } from "botbuilder-dialogs";
import { ComponentDialog, DialogTurnStatus } from "./dialog-classes.js";
import type { Catalog } from "../../knowledge/model/index.js";
import { helpCard } from "../cards/help-card.js";
import { readCommand } from "./commands.js";

/**
 * A dialog that lets "aide" and "annuler" interrupt any of its prompts (as core-bot's CancelAndHelpDialog):
 * help shows the help card and the prompt waits again; cancel ends every dialog.
 */
export class CancelAndHelpDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly catalog: Catalog,
  ) {
    super(id);
  }

  override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    return interrupted ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | null> {
    if (innerDc.context.activity.type !== ActivityTypes.Message) return null;
    const command = readCommand(innerDc.context.activity.text);
    if (command === "aide") {
      await innerDc.context.sendActivity({ attachments: [CardFactory.adaptiveCard(helpCard(this.catalog, false))] });
      return { status: DialogTurnStatus.waiting };
    }
    if (command === "annuler") {
      await innerDc.context.sendActivity("C'est annulé. Posez une autre question quand vous voulez.");
      return innerDc.cancelAllDialogs();
    }
    return null;
  }
}
