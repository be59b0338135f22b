/**
 * HTML escaping and a tiny tagged template that escapes every interpolated value unless it is already
 * {@link SafeHtml}. Everything that comes from the catalog (plans carry HTML-looking fragments) goes through it.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes `& < > " '` so that the text is safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A fragment of markup that is already safe: built by {@link html} or explicitly trusted with {@link rawHtml}. */
export class SafeHtml {
  /** @param html markup that needs no further escaping */
  constructor(readonly html: string) {}

  /** The markup itself, so that a fragment can be written with `String(fragment)`. */
  toString(): string {
    return this.html;
  }
}

/** What {@link html} accepts: safe fragments, text to escape, numbers, lists; `null`, `undefined` and booleans
 * render nothing (so `cond && html\`...\`` works). */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

/** Renders one interpolated value: escaped text, or trusted markup as is. */
function renderValue(value: HtmlValue): string {
  if (value === null || value === undefined || typeof value === "boolean") return "";
  if (value instanceof SafeHtml) return value.html;
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return escapeHtml(value);
  return value.map(renderValue).join("");
}

/** Tagged template: the literal parts are trusted markup, every interpolated value is escaped (see {@link HtmlValue}). */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += renderValue(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Trusts a string as markup. Only for markup the code itself builds (styles, scripts), never for catalog data. */
export function rawHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
