import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../project-root.js";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { AdminSnapshotSchema, SnapshotCommunesSchema } from "./admin-snapshot.js";

/** Where the admin snapshot lives (written by build-admin-snapshot.ts). */
export const ADMIN_SNAPSHOT_URL = pathToFileURL(join(projectRoot(), "knowledge", "territories", "data", "admin-snapshot.json"));

/** The current communes of one département, column by column (same order in every column). */
export interface DepartementCommunes {
  readonly departement: string;
  readonly codes: readonly string[];
  readonly names: readonly string[];
  /** The lookup keys of the names, as `keyOf` gives them ("Saint-Malo" → "saint malo"). */
  readonly keys: readonly string[];
  readonly populations: readonly number[];
}

/** The EPCI, column by column; `departements[i]` lists the départements of EPCI i's members, main one first. */
export interface EpciColumns {
  readonly codes: readonly string[];
  readonly names: readonly string[];
  /** The lookup keys of the names without their parenthesised acronym ("CC Brocéliande Communauté" → "cc broceliande communaute"). */
  readonly keys: readonly string[];
  readonly types: readonly string[];
  readonly populations: readonly number[];
  readonly departements: readonly (readonly string[])[];
}

interface LoadedSnapshot {
  /** Communes by département, each checked with zod on first use. */
  readonly rawCommunes: Readonly<Record<string, unknown>>;
  readonly epcis: EpciColumns;
}

/** The whole file is checked at once, except the communes of each département, checked when first asked for. */
const ShallowSnapshotSchema = AdminSnapshotSchema.extend({ communes: z.record(z.string(), z.unknown()) });

let snapshot: LoadedSnapshot | undefined;
const communesByDepartement = new Map<string, DepartementCommunes>();

function fail(what: string, error: z.ZodError): never {
  throw new Error(`territories: ${what} in the admin snapshot is not as expected:\n${z.prettifyError(error)}`);
}

function loadSnapshot(): LoadedSnapshot {
  if (snapshot !== undefined) return snapshot;
  const result = ShallowSnapshotSchema.safeParse(JSON.parse(readFileSync(ADMIN_SNAPSHOT_URL, "utf8")));
  if (!result.success) fail("the file", result.error);
  snapshot = { rawCommunes: result.data.communes, epcis: result.data.epcis };
  return snapshot;
}

/** Codes of the départements that have communes, by code. */
export function snapshotDepartementCodes(): string[] {
  return Object.keys(loadSnapshot().rawCommunes).sort();
}

/** The current communes of one département (none for an unknown code). Checked once, then cached. */
export function communesOf(departement: string): DepartementCommunes {
  const cached = communesByDepartement.get(departement);
  if (cached !== undefined) return cached;
  const raw = loadSnapshot().rawCommunes[departement];
  let communes: DepartementCommunes = { departement, codes: [], names: [], keys: [], populations: [] };
  if (raw !== undefined) {
    const result = SnapshotCommunesSchema.safeParse(raw);
    if (!result.success) fail(`the communes of ${departement}`, result.error);
    communes = { departement, ...result.data };
  }
  communesByDepartement.set(departement, communes);
  return communes;
}

/** Every EPCI (about 1,250). */
export function allEpcis(): EpciColumns {
  return loadSnapshot().epcis;
}
