/**
 * The subset of Adaptive Cards (schema 1.5, Teams' limit; link previews render 1.3 at most) that the bot's cards
 * use, typed so that a card builder cannot produce an element Teams does not know.
 */
export type TextBlock = {
  type: "TextBlock";
  text: string;
  wrap?: boolean;
  weight?: "Bolder" | "Default";
  size?: "Small" | "Default" | "Medium" | "Large";
  isSubtle?: boolean;
  spacing?: "None" | "Small" | "Medium";
  maxLines?: number;
};
export type Fact = { title: string; value: string };
export type FactSet = { type: "FactSet"; facts: Fact[] };
export type OpenUrlAction = { type: "Action.OpenUrl"; title: string; url: string };
export type SubmitAction = { type: "Action.Submit"; title: string; data: Record<string, unknown> };
export type Action = OpenUrlAction | SubmitAction;
export type ActionSet = { type: "ActionSet"; actions: Action[] };
export type Container = { type: "Container"; items: CardElement[]; separator?: boolean; spacing?: "None" | "Small" | "Medium" | "Large"; style?: "emphasis" | "default" };
export type CardElement = TextBlock | FactSet | ActionSet | Container;

export type AdaptiveCard = {
  type: "AdaptiveCard";
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json";
  version: "1.5" | "1.3";
  body: CardElement[];
  actions?: Action[];
  /** Shown by clients that cannot render the card. */
  fallbackText?: string;
};

/** A card with the schema and version set. */
export function card(body: CardElement[], actions: Action[] = [], version: "1.5" | "1.3" = "1.5", fallbackText?: string): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version,
    body,
    ...(actions.length ? { actions } : {}),
    ...(fallbackText ? { fallbackText } : {}),
  };
}

/** A wrapped text block. */
export const text = (value: string, options: Omit<TextBlock, "type" | "text"> = {}): TextBlock => ({ type: "TextBlock", text: value, wrap: true, ...options });

/** Facts, leaving out the empty ones. */
export function facts(entries: ReadonlyArray<readonly [string, string | null | undefined]>): FactSet | null {
  const kept = entries.filter((e): e is readonly [string, string] => typeof e[1] === "string" && e[1].trim() !== "");
  return kept.length ? { type: "FactSet", facts: kept.map(([title, value]) => ({ title, value })) } : null;
}

/** Adaptive Cards text is markdown-like: keep the plan's words from turning into markup. */
export function cardText(value: string): string {
  return value.replace(/([\\*_[\]`>#])/g, "\\$1");
}

/** The MIME type Bot Framework uses for Adaptive Cards. */
export const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
