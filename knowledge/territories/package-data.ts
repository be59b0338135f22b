import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { z } from "zod";

/**
 * Readers of the data files of `@etalab/decoupage-administratif` (v6), each checked with zod and cut down to the
 * fields the territory matchers use. Départements and régions are small and read at run time; communes and EPCI
 * are read only to write the admin snapshot (see admin-snapshot.ts).
 */

const require = createRequire(import.meta.url);

/** Name of the package the data comes from. */
export const DATA_PACKAGE = "@etalab/decoupage-administratif";

function readPackageJson(file: string): unknown {
  return JSON.parse(readFileSync(require.resolve(`${DATA_PACKAGE}/${file}`), "utf8"));
}

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new Error(`territories: ${DATA_PACKAGE}/${file} is not as expected:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

const DepartementRowSchema = z.object({ code: z.string(), nom: z.string().min(1), zone: z.string(), typeLiaison: z.number().int().min(0).max(8).optional() });
const RegionRowSchema = z.object({ code: z.string(), nom: z.string().min(1) });
const CommuneRowSchema = z.object({
  code: z.string(),
  nom: z.string().min(1),
  type: z.string(),
  departement: z.string().optional(),
  population: z.number().optional(),
});
const EpciRowSchema = z.object({
  code: z.string(),
  nom: z.string().min(1),
  type: z.string(),
  populationTotale: z.number().optional(),
  membres: z.array(z.object({ code: z.string(), populationTotale: z.number().optional() })),
});

/** A département or région as the package names it. */
export interface PackageArea {
  readonly code: string;
  readonly nom: string;
  /** INSEE's "type de nom en clair": which article and "de" form the name takes (0 "de", 3 "de la", 4 "des"…). */
  readonly typeLiaison?: number;
}

/** Zones of the départements: metropolitan France and the five overseas départements ("drom"), not the "com". */
const DEPARTEMENT_ZONES: ReadonlySet<string> = new Set(["metro", "drom"]);

/**
 * Every département (101), in the package's order (by code). The package also lists the overseas collectivités
 * (975 Saint-Pierre-et-Miquelon, 987 Polynésie française…), which are not départements and are left out.
 */
export function readPackageDepartements(): PackageArea[] {
  const rows = parseOrThrow(z.array(DepartementRowSchema), readPackageJson("data/departements.json"), "data/departements.json");
  return rows
    .filter((row) => DEPARTEMENT_ZONES.has(row.zone))
    .map((row) => ({ code: row.code, nom: row.nom, ...(row.typeLiaison === undefined ? {} : { typeLiaison: row.typeLiaison }) }));
}

/** Every région (18). */
export function readPackageRegions(): PackageArea[] {
  return parseOrThrow(z.array(RegionRowSchema), readPackageJson("data/regions.json"), "data/regions.json");
}

/** A commune of today (type "commune-actuelle"), without the delegated, associated and municipal-district ones. */
export interface PackageCommune {
  readonly code: string;
  readonly nom: string;
  readonly departement: string;
  readonly population: number;
}

/** Every current commune (about 35,000). */
export function readPackageCommunes(): PackageCommune[] {
  const rows = parseOrThrow(z.array(CommuneRowSchema), readPackageJson("data/communes.json"), "data/communes.json");
  const communes: PackageCommune[] = [];
  for (const row of rows) {
    if (row.type !== "commune-actuelle" || row.departement === undefined) continue;
    communes.push({ code: row.code, nom: row.nom, departement: row.departement, population: row.population ?? 0 });
  }
  return communes;
}

/** An EPCI with its member communes' codes and populations. */
export interface PackageEpci {
  readonly code: string;
  readonly nom: string;
  readonly type: string;
  readonly population: number;
  readonly membres: readonly { readonly code: string; readonly population: number }[];
}

/** Every EPCI (about 1,250). */
export function readPackageEpcis(): PackageEpci[] {
  const rows = parseOrThrow(z.array(EpciRowSchema), readPackageJson("data/epci.json"), "data/epci.json");
  return rows.map((row) => ({
    code: row.code,
    nom: row.nom,
    type: row.type,
    population: row.populationTotale ?? 0,
    membres: row.membres.map((m) => ({ code: m.code, population: m.populationTotale ?? 0 })),
  }));
}

/** The installed package's version, read from its package.json. */
export function readPackageVersion(): string {
  const data = parseOrThrow(z.object({ version: z.string() }), readPackageJson("package.json"), "package.json");
  return data.version;
}
