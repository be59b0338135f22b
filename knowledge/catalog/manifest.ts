import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../project-root.js";
import { readJsonFile } from "./read-json-file.js";
import { z } from "zod";
import { DepartementSchema, PlanKindSchema } from "../model/index.js";

/** The folder of the shipped plans and their manifest. */
export const SOURCES_DIR = join(projectRoot(), "knowledge", "sources");

/** One plan in the manifest: which file holds it and what it is. */
export const ManifestEntrySchema = z.object({
  id: z.string().regex(/^[0-9a-z][0-9a-z-]*$/, "lower-case letters, digits and hyphens, e.g. 22-pdi-2023-2027"),
  departement: DepartementSchema,
  title: z.string().min(1),
  kind: PlanKindSchema,
  period: z.string().regex(/^\d{4}(-\d{4})?$/, "a year or two years, e.g. 2023-2027"),
  file: z.string().min(1).regex(/^[^/\\]+$/, "a file name in the sources folder, without a path"),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const ManifestSchema = z.object({ plans: z.array(ManifestEntrySchema).min(1) }).superRefine((m, ctx) => {
  const ids = new Set<string>();
  for (const p of m.plans) {
    if (ids.has(p.id)) ctx.addIssue({ code: "custom", message: `duplicate plan id ${p.id}` });
    ids.add(p.id);
  }
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** Reading the manifest: its entries, or one message that says what is wrong and where. */
export type ManifestRead = { ok: true; manifest: Manifest; dir: string } | { ok: false; error: string };

/** Reads and validates a manifest.json (default: the shipped one). */
export function loadManifest(dir: string = SOURCES_DIR): ManifestRead {
  const path = join(dir, "manifest.json");
  if (!existsSync(path)) return { ok: false, error: `ingest: ${path}: manifest not found; create it (see README "Add a plan")` };
  const read = readJsonFile(path, ManifestSchema, "manifest entry does not parse");
  return read.ok ? { ok: true, manifest: read.value, dir } : read;
}
