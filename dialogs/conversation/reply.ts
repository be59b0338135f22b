import { ActivityTypes, CardFactory, type Activity } from "botbuilder";
import type { Catalog } from "../../knowledge/model/index.js";
import type { Answer } from "../answer/answer-types.js";
import { answerCard } from "../cards/answer-card.js";

/** Suggested replies Teams shows as buttons (it shows the first 3 only). */
export function suggestions(titles: readonly string[]): Partial<Activity>["suggestedActions"] {
  return { to: [], actions: titles.slice(0, 3).map((t) => ({ type: "imBack", title: t, value: t })) };
}

/** The message for an answer: its text (what `npm run ask` prints) and, when it shows fiches, the card. */
export function answerActivity(answer: Answer, catalog: Catalog): Partial<Activity> {
  const attachment = answerCard(answer, catalog);
  const activity: Partial<Activity> = { type: ActivityTypes.Message, text: answer.text, textFormat: "markdown" };
  if (attachment) activity.attachments = [CardFactory.adaptiveCard(attachment)];
  if (!answer.answered && answer.intent !== "aide" && answer.intent !== "salutation") activity.suggestedActions = suggestions(["aide", "orientation", "territoire"]);
  return activity;
}
