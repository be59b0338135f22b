import type { StatePropertyAccessor } from "botbuilder";
import type { FoundChoice, PromptValidatorContext, WaterfallStepContext } from "botbuilder-dialogs";
import { ChoicePrompt, ListStyle, WaterfallDialog } from "./dialog-classes.js";
import type { Catalog, Departement } from "../../knowledge/model/index.js";
import { findDepartementInText, departementByCode } from "../../knowledge/territories/departements.js";
import { resolvePlace } from "../../knowledge/territories/places.js";
import { CancelAndHelpDialog } from "./cancel-and-help-dialog.js";
import { readProfile, type UserProfile } from "./profile.js";

export const TERRITORY_DIALOG = "territoryDialog";
const PROMPT = "territoryPrompt";
const ALL = "Tous les départements";

/** The départements a catalog covers, as choice labels "Côtes-d'Armor (22)". */
function choices(catalog: Catalog): string[] {
  const seen = new Map<string, string>();
  for (const p of catalog.plans) seen.set(p.departement.code, p.departement.name);
  return [...[...seen].sort((a, b) => a[0].localeCompare(b[0])).map(([code, name]) => `${name} (${code})`), ALL];
}

/** A territory typed rather than picked: a département by name or number, or a commune or EPCI. */
export function territoryFromText(text: string): Departement | null {
  const named = findDepartementInText(text) ?? (/^\s*(\d{2,3}|2[ab])\s*$/i.test(text) ? departementByCode(text.trim()) : null);
  if (named) return named;
  return resolvePlace(text.trim())?.departement ?? null;
}

/**
 * Asks the référent's département once (choices: the départements covered, or a commune typed freely) and keeps
 * it in user state. Returns the département, or null for "all départements".
 */
export class TerritoryDialog extends CancelAndHelpDialog {
  constructor(
    catalog: Catalog,
    private readonly profile: StatePropertyAccessor<UserProfile>,
  ) {
    super(TERRITORY_DIALOG, catalog);
    const prompt = new ChoicePrompt(PROMPT, async (p: PromptValidatorContext<FoundChoice>) => {
      // A commune or a département typed instead of a button is an answer too.
      return p.recognized.succeeded || territoryFromText(p.context.activity.text ?? "") !== null;
    });
    prompt.style = ListStyle.heroCard;
    this.addDialog(prompt);
    this.addDialog(new WaterfallDialog(`${TERRITORY_DIALOG}.steps`, [this.ask.bind(this), this.save.bind(this)]));
    this.initialDialogId = `${TERRITORY_DIALOG}.steps`;
  }

  private async ask(step: WaterfallStepContext) {
    return step.prompt(PROMPT, {
      prompt: "Dans quel département travaillez-vous ? Choisissez, ou tapez votre commune.",
      retryPrompt: "Je n'ai pas reconnu ce territoire. Choisissez un département ou tapez le nom de votre commune.",
      choices: choices(this.catalog),
    });
  }

  private async save(step: WaterfallStepContext) {
    const found = step.result as FoundChoice | undefined;
    const text = step.context.activity.text ?? "";
    let home: Departement | null;
    if (found && typeof found.value === "string" && found.value !== ALL) home = departementByCode(found.value.match(/\((\w+)\)$/)?.[1] ?? "");
    else if (found?.value === ALL) home = null;
    else home = territoryFromText(text);
    const profile = readProfile(await this.profile.get(step.context, readProfile({})));
    await this.profile.set(step.context, { ...profile, home, territoryAsked: true });
    await step.context.sendActivity(home ? `C'est noté : ${home.name} (${home.code}). Tapez « territoire » pour en changer.` : "C'est noté : je chercherai dans tous les départements.");
    return step.endDialog(home);
  }
}
