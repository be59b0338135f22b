import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

/**
 * The project's root folder (the one holding package.json), found by walking up from this file. Data files are
 * resolved from it, so that the code finds them whether it runs from its TypeScript sources (tsx) or from the
 * bundle in dist/bot/.
 */
export function projectRoot(): string {
  if (root !== null) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("project-root: no package.json above knowledge/; run from the project's folder");
    dir = up;
  }
  root = dir;
  return root;
}
