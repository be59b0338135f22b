import type { Catalog } from "../../knowledge/model/index.js";
import type { Answer } from "../answer/answer-types.js";
import { card, cardText, text, type Action, type AdaptiveCard, type CardElement } from "./adaptive-card.js";
import { ficheElements } from "./fiche-card.js";

/**
 * The card that goes with an answer: the best fiche in full, the others as openable lines, and 👍/👎 buttons
 * whose payload (validated by CardSubmitSchema) records which fiches were shown. Null when the answer shows no
 * fiche (a refusal or help text stands alone).
 */
export function answerCard(answer: Answer, catalog: Catalog): AdaptiveCard | null {
  const shown = answer.fiches.map((a) => catalog.fiches.find((f) => f.id === a.id)).filter((f) => f !== undefined);
  const [best, ...others] = shown;
  if (!best) return null;
  const planOf = (id: string) => catalog.plans.find((p) => p.id === id);
  const body: CardElement[] = [...ficheElements(best, planOf(best.planId))];
  body.push({ type: "ActionSet", actions: [{ type: "Action.OpenUrl", title: "Voir la fiche", url: best.url }] });
  for (const f of others) {
    body.push({
      type: "Container",
      separator: true,
      spacing: "Medium",
      items: [
        text(`Fiche ${cardText(f.number)} · ${cardText(f.departement.name)}`, { isSubtle: true, size: "Small" }),
        text(cardText(f.title), { weight: "Bolder" }),
        { type: "ActionSet", actions: [{ type: "Action.OpenUrl", title: "Voir la fiche", url: f.url }, { type: "Action.Submit", title: "Détails", data: { action: "fiche", id: f.id } }] },
      ],
    });
  }
  const feedback = (vote: "up" | "down", title: string): Action => ({
    type: "Action.Submit",
    title,
    data: { action: "feedback", vote, ficheIds: shown.map((f) => f.id), intent: answer.intent },
  });
  return card(body, [feedback("up", "👍 Utile"), feedback("down", "👎 Pas utile")], "1.5", `Fiche ${best.number} : ${best.title}`);
}
