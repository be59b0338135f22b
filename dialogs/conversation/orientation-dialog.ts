import type { StatePropertyAccessor } from "botbuilder";
import type { FoundChoice, WaterfallStepContext } from "botbuilder-dialogs";
import { ChoicePrompt, ListStyle, WaterfallDialog } from "./dialog-classes.js";
import { frenchList } from "../answer/format.js";
import { CancelAndHelpDialog } from "./cancel-and-help-dialog.js";
import type { DialogDeps } from "./ports.js";
import { stepValues } from "./step-values.js";
import { readProfile, type UserProfile } from "./profile.js";
import { answerActivity } from "./reply.js";
import { TERRITORY_DIALOG } from "./territory-dialog.js";

export const ORIENTATION_DIALOG = "orientationDialog";

/** The publics offered, with the words the search reads for each. */
export const PUBLICS: ReadonlyArray<readonly [string, string]> = [
  ["Jeune (moins de 26 ans)", "jeunes"],
  ["Famille monoparentale", "familles monoparentales"],
  ["Travailleur indépendant", "travailleurs indépendants"],
  ["Artiste", "artistes"],
  ["Personne réfugiée", "réfugiés"],
  ["Senior", "seniors"],
  ["Sans domicile", "personnes sans abri"],
  ["Allocataire du RSA", "allocataires du rSa"],
];

/** The freins offered, with the words the search reads for each. */
export const FREINS: ReadonlyArray<readonly [string, string]> = [
  ["Mobilité", "mobilité"],
  ["Garde d'enfants", "garde d'enfants"],
  ["Santé", "santé accès aux soins"],
  ["Logement", "logement"],
  ["Numérique", "numérique"],
  ["Langue", "apprentissage du français"],
  ["Formation", "formation"],
  ["Retour à l'emploi", "emploi insertion professionnelle"],
];

/**
 * "Quel dispositif pour mon allocataire ?": asks the public, then the main frein, then (once) the territory, and
 * recommends the fiches and the dispositifs they rely on. Never asks for anything that identifies the person.
 */
export class OrientationDialog extends CancelAndHelpDialog {
  constructor(
    private readonly deps: DialogDeps,
    private readonly profile: StatePropertyAccessor<UserProfile>,
  ) {
    super(ORIENTATION_DIALOG, deps.catalog);
    const prompt = new ChoicePrompt("orientationChoice");
    prompt.style = ListStyle.heroCard;
    this.addDialog(prompt);
    this.addDialog(new WaterfallDialog(`${ORIENTATION_DIALOG}.steps`, [this.askPublic.bind(this), this.askFrein.bind(this), this.askTerritory.bind(this), this.recommend.bind(this)]));
    this.initialDialogId = `${ORIENTATION_DIALOG}.steps`;
  }

  private async askPublic(step: WaterfallStepContext) {
    return step.prompt("orientationChoice", {
      prompt: "Cherchons ensemble. Quel est le public ? (sans nom ni détail personnel)",
      choices: PUBLICS.map(([label]) => label),
    });
  }

  private async askFrein(step: WaterfallStepContext) {
    stepValues(step)["public"] = (step.result as FoundChoice).index;
    return step.prompt("orientationChoice", { prompt: "Quel est le frein principal ?", choices: FREINS.map(([label]) => label) });
  }

  private async askTerritory(step: WaterfallStepContext) {
    stepValues(step)["frein"] = (step.result as FoundChoice).index;
    const profile = readProfile(await this.profile.get(step.context, readProfile({})));
    if (!profile.home && !profile.territoryAsked) return step.beginDialog(TERRITORY_DIALOG);
    return step.next();
  }

  private async recommend(step: WaterfallStepContext) {
    const profile = readProfile(await this.profile.get(step.context, readProfile({})));
    const publicWords = PUBLICS[stepValues(step)["public"] as number]?.[1] ?? "";
    const freinWords = FREINS[stepValues(step)["frein"] as number]?.[1] ?? "";
    const answer = await this.deps.ask(`${freinWords} pour les ${publicWords}`, { home: profile.home });
    const fallback = answer.answered ? answer : await this.deps.ask(freinWords, { home: profile.home });
    await step.context.sendActivity(answerActivity(fallback, this.deps.catalog));
    const dispositifs = this.deps.catalog.dispositifs.filter((d) => d.fiches.some((id) => fallback.fiches.some((f) => f.id === id)));
    if (dispositifs.length) await step.context.sendActivity(`Dispositifs cités par ces fiches : ${frenchList(dispositifs.map((d) => d.name), 8)}.`);
    if (!fallback.answered) {
      await this.deps.records.unanswered({ conversationId: step.context.activity.conversation.id, question: `orientation : ${publicWords} / ${freinWords}`, ...(profile.home ? { departement: profile.home.code } : {}) });
    }
    return step.endDialog();
  }
}
