import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const tsx = join(root, "node_modules/.bin/tsx");
const run = (args: string[], env: Record<string, string>) => spawnSync(tsx, ["bot/cli/report.ts", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, ...env } });

describe("npm run report", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "report-"));

  it("prints the report of a bot that has recorded nothing yet", () => {
    const r = run([], { DATA_DIR: dataDir, STORAGE: "lowdb" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Avis 👎 : aucun/);
  });

  it("refuses an argument rather than ignore it", () => {
    const r = run(["--since", "2026-01-01"], { DATA_DIR: dataDir, STORAGE: "lowdb" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^report: unexpected argument "--since"; it takes none/);
  });
});
