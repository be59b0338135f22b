import { parseArgs } from "node:util";
import { z } from "zod";

/** What `npm run ingest` was asked to do. */
export const IngestArgsSchema = z.object({
  json: z.boolean().default(false),
  file: z.string().min(1).optional(),
  departement: z.string().regex(/^(\d{2}|2[AB]|97\d)$/, "a département code such as 22 or 2A").optional(),
  title: z.string().min(1).optional(),
  period: z.string().regex(/^\d{4}(-\d{4})?$/, "a year or two years, e.g. 2024-2028").optional(),
  out: z.string().min(1).optional(),
  sources: z.string().min(1).optional(),
});
export type IngestArgs = z.infer<typeof IngestArgsSchema>;

/** Parses the command line; an error message names the option that is wrong. */
export function parseIngestArgs(argv: readonly string[]): { ok: true; args: IngestArgs } | { ok: false; error: string } {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        json: { type: "boolean" },
        file: { type: "string" },
        departement: { type: "string" },
        title: { type: "string" },
        period: { type: "string" },
        out: { type: "string" },
        sources: { type: "string" },
      },
      strict: true,
    }).values;
  } catch (e) {
    return { ok: false, error: `ingest: ${(e as Error).message}` };
  }
  const parsed = IngestArgsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, error: `ingest: ${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ")}` };
  if (parsed.data.file && !parsed.data.departement) return { ok: false, error: "ingest: --file needs --departement CODE (the plan's département)" };
  return { ok: true, args: parsed.data };
}
