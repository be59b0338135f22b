import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ADMIN_SNAPSHOT_URL } from "./admin-data.js";
import { LIST_SEPARATOR, PACK_SEPARATOR, type PackedAdminSnapshot, serializeAdminSnapshot } from "./admin-snapshot.js";
import {
  DATA_PACKAGE,
  readPackageCommunes,
  readPackageDepartements,
  readPackageEpcis,
  readPackageVersion,
} from "./package-data.js";
import { keyOf } from "./tokenize.js";

/** The département of a commune code, from its first digits ("35238" → "35", "97411" → "974", "2A004" → "2A"). */
function departementOfCode(code: string): string {
  return code.startsWith("97") ? code.slice(0, 3) : code.slice(0, 2);
}

function pack(values: readonly (string | number)[]): string {
  for (const value of values) {
    if (String(value).includes(PACK_SEPARATOR)) throw new Error(`territories: "${value}" contains "${PACK_SEPARATOR}"`);
  }
  return values.join(PACK_SEPARATOR);
}

/** The key an EPCI is looked up by: its name without a parenthesised acronym ("CC des Vallons du Lyonnais (CCVL)"). */
export function epciKey(name: string): string {
  return keyOf(name.replace(/\([^)]*\)/g, " "));
}

/**
 * Builds the admin snapshot from the installed `@etalab/decoupage-administratif`: current communes of the 101
 * départements grouped by département, and EPCI with the départements of their members, the most populated first;
 * both sorted by code.
 */
export function buildAdminSnapshot(): PackedAdminSnapshot {
  const departementCodes = new Set(readPackageDepartements().map((departement) => departement.code));
  const communes = readPackageCommunes()
    .filter((commune) => departementCodes.has(commune.departement))
    .sort((a, b) => a.code.localeCompare(b.code));
  const departementOf = new Map(communes.map((commune) => [commune.code, commune.departement]));
  const byDepartement = new Map<string, typeof communes>();
  for (const commune of communes) {
    const list = byDepartement.get(commune.departement) ?? [];
    list.push(commune);
    byDepartement.set(commune.departement, list);
  }
  const grouped: PackedAdminSnapshot["communes"] = {};
  for (const [code, list] of byDepartement) {
    grouped[code] = {
      codes: pack(list.map((commune) => commune.code)),
      names: pack(list.map((commune) => commune.nom)),
      keys: pack(list.map((commune) => keyOf(commune.nom))),
      populations: pack(list.map((commune) => commune.population)),
    };
  }
  const epcis = [...readPackageEpcis()].sort((a, b) => a.code.localeCompare(b.code));
  const departements = epcis.map((epci) => {
    const weight = new Map<string, number>();
    for (const member of epci.membres) {
      const departement = departementOf.get(member.code) ?? departementOfCode(member.code);
      weight.set(departement, (weight.get(departement) ?? 0) + member.population + 1);
    }
    return [...weight].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code).join(LIST_SEPARATOR);
  });
  return {
    source: `${DATA_PACKAGE} ${readPackageVersion()}`,
    communes: grouped,
    epcis: {
      codes: pack(epcis.map((epci) => epci.code)),
      names: pack(epcis.map((epci) => epci.nom)),
      keys: pack(epcis.map((epci) => epciKey(epci.nom))),
      types: pack(epcis.map((epci) => epci.type)),
      populations: pack(epcis.map((epci) => epci.population)),
      departements: pack(departements),
    },
  };
}

/** Writes the snapshot file. Run after upgrading the package: `npx tsx knowledge/territories/build-admin-snapshot.ts`. */
function main(): void {
  const snapshot = buildAdminSnapshot();
  const path = fileURLToPath(ADMIN_SNAPSHOT_URL);
  writeFileSync(path, serializeAdminSnapshot(snapshot));
  console.log(`territories: wrote ${path} from ${snapshot.source}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
