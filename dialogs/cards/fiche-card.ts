import type { Fiche, Plan } from "../../knowledge/model/index.js";
import { frenchList, planLabel } from "../answer/format.js";
import { card, cardText, facts, text, type AdaptiveCard, type CardElement } from "./adaptive-card.js";

/** Options of ficheCard. */
export interface FicheCardOptions {
  /** "1.3" for link previews (Teams' limit there), "1.5" elsewhere. Default "1.5". */
  readonly version?: "1.5" | "1.3";
}

/**
 * A fiche as a card: number, title, plan and département, pilotes, partenaires, publics, calendrier, budget,
 * source lines and a "Voir la fiche" link to its page.
 */
export function ficheCard(fiche: Fiche, plan: Plan | undefined, options: FicheCardOptions = {}): AdaptiveCard {
  return card(ficheElements(fiche, plan), [{ type: "Action.OpenUrl", title: "Voir la fiche", url: fiche.url }], options.version ?? "1.5", `Fiche ${fiche.number} : ${fiche.title}`);
}

/** The body of a fiche card, reused by the results card for its first fiche. */
export function ficheElements(fiche: Fiche, plan: Plan | undefined): CardElement[] {
  const body: CardElement[] = [
    text(`Fiche ${cardText(fiche.number)} · ${cardText(planLabel(plan))}`, { isSubtle: true, size: "Small", spacing: "None" }),
    text(cardText(fiche.title), { weight: "Bolder", size: "Medium" }),
  ];
  if (fiche.empty) body.push(text("Action annoncée dans le plan, pas encore rédigée.", { isSubtle: true }));
  const list = (values: readonly string[], max = 6): string | null => (values.length ? cardText(frenchList(values, max)) : null);
  const set = facts([
    ["Pilote", list(fiche.pilotes)],
    ["Partenaires", list(fiche.partenaires)],
    ["Public", list(fiche.publics, 4)],
    ["Calendrier", fiche.calendrier ? cardText(fiche.calendrier) : null],
    ["Budget", fiche.budget ? cardText(fiche.budget) : null],
    ["Territoires", list(fiche.territoires.map((t) => t.name))],
    ["Source", `${cardText(fiche.source.file)}, lignes ${fiche.source.lineStart} à ${fiche.source.lineEnd}`],
  ]);
  if (set) body.push(set);
  return body;
}
