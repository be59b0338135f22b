import { z } from "zod";
import { parseData, validatedOnce } from "./validated-data.js";
import { DispositifSchema } from "../model/dispositif.js";
import { fold } from "../text/fold.js";
import dispositifsData from "./dispositifs.json" with { type: "json" };

/**
 * The seed of the dispositifs catalog: every scheme, tool or programme the plans rely on, with the names the
 * plans give it. Ingestion completes each seed with the départements and fiches that mention it (see
 * DispositifSchema in knowledge/model/dispositif.ts). The data lives in dispositifs.json.
 */

/** One token of at most 4 characters: such an alias is an acronym and must be written in capitals. */
const SHORT_ALIAS = /^[\p{L}\p{N}]{1,4}$/u;

/** A dispositif as seeded from dispositifs.json: the catalog entry without `departements` and `fiches`. */
export const DispositifSeedSchema = DispositifSchema.omit({ departements: true, fiches: true }).superRefine(
  (seed, ctx) => {
    for (const alias of seed.aliases) {
      const trimmed = alias.trim();
      if (SHORT_ALIAS.test(trimmed) && trimmed !== trimmed.toUpperCase()) {
        ctx.addIssue({
          code: "custom",
          message: `${seed.id}: short alias "${alias}" must be written in capitals (it only matches as a capitalised token)`,
        });
      }
    }
  },
);
export type DispositifSeed = z.infer<typeof DispositifSeedSchema>;

/** The seed list: distinct ids, and no alias shared by two dispositifs. */
export const DispositifSeedsSchema = z.array(DispositifSeedSchema).superRefine((seeds, ctx) => {
  const ids = new Set<string>();
  const aliases = new Map<string, string>();
  for (const seed of seeds) {
    if (ids.has(seed.id)) ctx.addIssue({ code: "custom", message: `duplicate dispositif id "${seed.id}"` });
    ids.add(seed.id);
    for (const alias of seed.aliases) {
      const key = fold(alias);
      const owner = aliases.get(key);
      if (owner !== undefined && owner !== seed.id) {
        ctx.addIssue({ code: "custom", message: `alias "${alias}" belongs to both ${owner} and ${seed.id}` });
      }
      aliases.set(key, seed.id);
    }
  }
});

/** Result of {@link parseDispositifSeeds}: the seeds, or a readable error. */
export type DispositifSeedsParseResult =
  | { readonly success: true; readonly seeds: readonly DispositifSeed[] }
  | { readonly success: false; readonly error: string };

/** Validates raw seed data (the content of dispositifs.json or a replacement). Never throws. */
export function parseDispositifSeeds(data: unknown): DispositifSeedsParseResult {
  const parsed = parseData(DispositifSeedsSchema, data);
  return parsed.success ? { success: true, seeds: parsed.value } : parsed;
}

const loadSeeds = validatedOnce(DispositifSeedsSchema, dispositifsData, "dispositifs: invalid dispositifs.json");

/**
 * The validated seeds of dispositifs.json, parsed once and shared (the same array on every call, so matchers
 * compiled for it are reused). Throws "dispositifs: ..." when the data file is invalid.
 */
export function loadDispositifSeeds(): readonly DispositifSeed[] {
  return loadSeeds();
}
