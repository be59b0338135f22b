import { z } from "zod";

/**
 * The part of `@etalab/decoupage-administratif` the territory matchers need, kept small and packed so that it loads
 * fast: parsing the package's own communes.json (8.6 MB) and epci.json (4 MB) takes 200 to 300 ms on a developer
 * machine, more than the whole ingestion budget. Here each column is one string of values separated by "|"
 * ("35001|35002|…"): one long string parses far faster than 35,000 short ones. The lookup keys of the names are
 * stored too (as `keyOf` gives them: "Saint-Aubin-d'Aubigné" → "saint aubin d aubigne"): folding 36,000 names at
 * every start would cost more than the rest of the index. `build-admin-snapshot.ts` writes the file from the
 * installed package, and a test checks that it still matches the package and the key rules.
 */

/** Separator of the values of a packed column (no name contains it). */
export const PACK_SEPARATOR = "|";
/** Separator of the départements of one EPCI inside its value ("35,56"). */
export const LIST_SEPARATOR = ",";

const column = z
  .string()
  .min(1)
  .transform((packed) => packed.split(PACK_SEPARATOR));
const integers = z
  .string()
  .regex(/^\d+(?:\|\d+)*$/, "integers separated by |")
  .transform((packed) => packed.split(PACK_SEPARATOR).map(Number));
const lists = z
  .string()
  .regex(/^[0-9AB]{2,3}(?:[,|][0-9AB]{2,3})*$/, "département codes separated by , and |")
  .transform((packed) => packed.split(PACK_SEPARATOR).map((list) => list.split(LIST_SEPARATOR)));

const sameLengths = (columns: readonly (readonly unknown[])[]): boolean =>
  columns.every((values) => values.length === columns[0]?.length);

/** The current communes of one département: INSEE codes, official names, lookup keys, municipal populations. */
export const SnapshotCommunesSchema = z
  .object({ codes: column, names: column, keys: column, populations: integers })
  .refine((c) => sameLengths([c.codes, c.names, c.keys, c.populations]), { message: "columns of different lengths" });

/**
 * The EPCI: SIREN codes, official names, lookup keys (of the name without its parenthesised acronym), types (CC,
 * CA, CU, METRO, MET69), total populations, and the départements of the member communes, the one holding most of
 * the population first.
 */
export const SnapshotEpcisSchema = z
  .object({ codes: column, names: column, keys: column, types: column, populations: integers, departements: lists })
  .refine((e) => sameLengths([e.codes, e.names, e.keys, e.types, e.populations, e.departements]), {
    message: "columns of different lengths",
  });

/** The snapshot file: communes by département code, and the EPCI. */
export const AdminSnapshotSchema = z.object({
  source: z.string(),
  communes: z.record(z.string(), SnapshotCommunesSchema),
  epcis: SnapshotEpcisSchema,
});

/** The snapshot as written in the file (packed columns). */
export type PackedAdminSnapshot = z.input<typeof AdminSnapshotSchema>;

/** The snapshot as text: one line per column, so that a change of the package shows as a short diff. */
export function serializeAdminSnapshot(snapshot: PackedAdminSnapshot): string {
  const object = (fields: Readonly<Record<string, string>>): string[] =>
    Object.entries(fields).map(([name, value], k, all) => `${JSON.stringify(name)}: ${JSON.stringify(value)}${k < all.length - 1 ? "," : ""}`);
  const lines: string[] = ["{", `"source": ${JSON.stringify(snapshot.source)},`, `"communes": {`];
  const departements = Object.keys(snapshot.communes).sort();
  departements.forEach((code, d) => {
    const communes = snapshot.communes[code];
    if (communes === undefined) return;
    lines.push(`${JSON.stringify(code)}: {`, ...object(communes), d < departements.length - 1 ? "}," : "}");
  });
  lines.push("},", `"epcis": {`, ...object(snapshot.epcis), "}", "}", "");
  return lines.join("\n");
}
