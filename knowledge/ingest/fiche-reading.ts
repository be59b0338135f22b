import type { ReadFields } from "./fields.js";

/** One fiche as read from a plan's text, before ids, links and vocabulary tags are added. */
export interface FicheReading extends ReadFields {
  number: string;
  title: string;
  axe: string | null;
  objectif: string | null;
  text: string;
  lineStart: number;
  lineEnd: number;
}
