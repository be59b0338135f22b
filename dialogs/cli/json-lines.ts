import type { z } from "zod";

/** One line of a JSON-lines file: its number in the file (blank lines counted) and its item, or why it is none:
 * no JSON at all, or JSON that is no item of the schema (`error`: the schema's first complaint). */
export type JsonLine<T> =
  | { readonly line: number; readonly ok: true; readonly item: T }
  | { readonly line: number; readonly ok: false; readonly reason: "not-json" | "schema"; readonly error: string };

/**
 * The non-blank lines of a JSON-lines text, each parsed and checked against a schema. A line that is no JSON, or
 * no item of the schema, is a value saying so (with the schema's first complaint): callers stop there or go on.
 */
export function jsonLines<T>(text: string, schema: z.ZodType<T>): Array<JsonLine<T>> {
  const out: Array<JsonLine<T>> = [];
  text.split("\n").forEach((raw, i) => {
    if (raw.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      out.push({ line: i + 1, ok: false, reason: "not-json", error: "not a JSON line" });
      return;
    }
    const parsed = schema.safeParse(json);
    out.push(parsed.success ? { line: i + 1, ok: true, item: parsed.data } : { line: i + 1, ok: false, reason: "schema", error: parsed.error.issues[0]?.message ?? "bad line" });
  });
  return out;
}
