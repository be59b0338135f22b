import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ADMIN_SNAPSHOT_URL, allEpcis, communesOf, snapshotDepartementCodes } from "../../../knowledge/territories/admin-data.js";
import { serializeAdminSnapshot } from "../../../knowledge/territories/admin-snapshot.js";
import { buildAdminSnapshot } from "../../../knowledge/territories/build-admin-snapshot.js";

describe("admin snapshot", () => {
  it("matches the installed @etalab/decoupage-administratif and the key rules (else: npx tsx knowledge/territories/build-admin-snapshot.ts)", () => {
    const written = readFileSync(ADMIN_SNAPSHOT_URL, "utf8");
    expect(written === serializeAdminSnapshot(buildAdminSnapshot())).toBe(true);
  }, 30_000);

  it("holds every current commune by département, and the EPCI with their départements", () => {
    expect(snapshotDepartementCodes()).toHaveLength(101);
    const total = snapshotDepartementCodes().reduce((sum, code) => sum + communesOf(code).codes.length, 0);
    expect(total).toBeGreaterThan(34_000);
    const ille = communesOf("35");
    const rennes = ille.codes.indexOf("35238");
    expect([ille.names[rennes], ille.keys[rennes], (ille.populations[rennes] ?? 0) > 200_000]).toEqual(["Rennes", "rennes", true]);
    const epcis = allEpcis();
    const lacq = epcis.codes.indexOf("200039204");
    expect([epcis.names[lacq], epcis.types[lacq], epcis.departements[lacq]]).toEqual(["CC de Lacq-Orthez", "CC", ["64"]]);
    expect(communesOf("99").codes).toEqual([]);
  });
});
