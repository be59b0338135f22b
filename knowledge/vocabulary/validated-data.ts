import { z } from "zod";

/** Validating a vocabulary data file: its value, or a readable error. Never throws. */
export type DataParse<T> = { readonly success: true; readonly value: T } | { readonly success: false; readonly error: string };

/** Validates raw data (the content of a JSON data file or a replacement) against its schema. */
export function parseData<T>(schema: z.ZodType<T>, data: unknown): DataParse<T> {
  const parsed = schema.safeParse(data);
  return parsed.success ? { success: true, value: parsed.data } : { success: false, error: z.prettifyError(parsed.error) };
}

/**
 * A loader for a shipped data file: validated on first call, then the same value on every call (so matchers
 * compiled for it are reused). Throws "<what>\n<details>" when the file is invalid: the project cannot run without it.
 */
export function validatedOnce<T>(schema: z.ZodType<T>, data: unknown, what: string): () => T {
  let cached: { value: T } | undefined;
  return () => {
    if (!cached) {
      const result = parseData(schema, data);
      if (!result.success) throw new Error(`${what}\n${result.error}`);
      cached = { value: result.value };
    }
    return cached.value;
  };
}
