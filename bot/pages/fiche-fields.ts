import { html, type SafeHtml } from "./html.js";

/** Building blocks of the pages' label/value lists (`<dl class="fields">`). */

/** What a page says for a field the plan leaves empty. */
export const NOT_SPECIFIED = "Non précisé dans le plan";

/** One row of a field list. */
export function fieldRow(label: string, value: SafeHtml): SafeHtml {
  return html`<dt>${label}</dt><dd>${value}</dd>`;
}

/** "Non précisé dans le plan", styled as a missing value. */
export function missingValue(): SafeHtml {
  return html`<span class="missing">${NOT_SPECIFIED}</span>`;
}

/** A text value, or the "not specified" mention when it is null or blank. Line breaks are kept. */
export function textValue(value: string | null): SafeHtml {
  return value !== null && value.trim() !== "" ? html`<span class="prose">${value.trim()}</span>` : missingValue();
}

/** One item as plain text, several as a bulleted list, none as the "not specified" mention. */
export function listValue(items: readonly string[]): SafeHtml {
  if (items.length === 0) return missingValue();
  if (items.length === 1) return html`${items[0]}`;
  return html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/** Small labels (publics, thématiques), as a list for screen readers. */
export function tagList(labels: readonly string[]): SafeHtml {
  return html`<ul class="tags">${labels.map((label) => html`<li class="tag">${label}</li>`)}</ul>`;
}
