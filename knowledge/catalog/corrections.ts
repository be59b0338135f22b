import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { FicheReading } from "../ingest/read-plan.js";
import { readJsonFile } from "./read-json-file.js";

/**
 * A value the text does not let the reader take (illegible OCR, a label lost in extraction), set by hand.
 * Each entry cites the file, the line that holds the evidence and why the reader cannot get it.
 */
export const CorrectionSchema = z.object({
  file: z.string().min(1),
  number: z.string().min(1),
  line: z.number().int().positive(),
  field: z.enum(["title", "pilotes", "partenaires", "publics", "calendrier", "budget"]),
  value: z.union([z.string(), z.array(z.string()), z.null()]),
  reason: z.string().min(10),
});
export type Correction = z.infer<typeof CorrectionSchema>;
export const CorrectionsSchema = z.object({ corrections: z.array(CorrectionSchema) });

/** Reads corrections.json beside the manifest ([] when there is none). */
export function loadCorrections(dir: string): { ok: true; corrections: Correction[] } | { ok: false; error: string } {
  const path = join(dir, "corrections.json");
  if (!existsSync(path)) return { ok: true, corrections: [] };
  const read = readJsonFile(path, CorrectionsSchema, "correction entry does not parse");
  return read.ok ? { ok: true, corrections: read.value.corrections } : read;
}

/** Applies the corrections of one file to its fiches; returns the ones that matched no fiche (stale entries). */
export function applyCorrections(file: string, fiches: FicheReading[], corrections: readonly Correction[]): Correction[] {
  const stale: Correction[] = [];
  for (const c of corrections) {
    if (c.file !== file) continue;
    const fiche = fiches.find((f) => f.number === c.number && c.line >= f.lineStart && c.line <= f.lineEnd);
    if (!fiche) {
      stale.push(c);
      continue;
    }
    const v = c.value;
    switch (c.field) {
      case "title":
        if (typeof v === "string") fiche.title = v;
        break;
      case "calendrier":
      case "budget":
        fiche[c.field] = typeof v === "string" ? v : null;
        break;
      default:
        fiche[c.field] = Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
    }
  }
  return stale;
}
