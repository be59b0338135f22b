import { readFileSync } from "node:fs";
import type { z } from "zod";

/** A JSON file read and validated, or one message naming the file and what is wrong with it. */
export type JsonFileRead<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Reads a JSON data file (manifest, corrections) and validates it. `what` prefixes schema errors ("manifest entry
 * does not parse"); every issue is listed with its path, so the coordinator knows which entry to fix.
 */
export function readJsonFile<S extends z.ZodType>(path: string, schema: S, what: string): JsonFileRead<z.infer<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    return { ok: false, error: `ingest: ${path}: not valid JSON (${(e as Error).message})` };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    return { ok: false, error: `ingest: ${path}: ${what}: ${details}` };
  }
  return { ok: true, value: parsed.data };
}
