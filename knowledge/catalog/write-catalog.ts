import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Catalog } from "../model/index.js";

/**
 * Writes the catalog atomically: to a temporary file in the same folder, then renamed over the old one, so that
 * a reader (or a crash) never sees half a catalog and a failed build leaves the previous catalog untouched.
 */
export function writeCatalogAtomically(path: string, catalog: Catalog): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${process.pid}.${Date.now()}.catalog.tmp`);
  try {
    writeFileSync(tmp, `${JSON.stringify(catalog, null, 1)}\n`, "utf8");
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
