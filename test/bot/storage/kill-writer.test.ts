import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LowdbStorage } from "../../../bot/storage/lowdb-storage.js";

const root = join(import.meta.dirname, "../../..");

describe("a writer killed in the middle of its writes", () => {
  it("loses nothing it acknowledged, and the file reopens", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "kill-")), "state.json");
    // One node process (tsx as a loader, not its CLI, which would leave the writer running in a grandchild).
    const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "writer-child.ts"), path], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    const acked: string[] = [];
    let buffer = "";
    await new Promise<void>((done) => {
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) if (line.startsWith("ack ")) acked.push(line.slice(4));
        // Killed at once (SIGKILL: no cleanup), while writes are under way.
        if (acked.length >= 150 && !child.killed) {
          child.kill("SIGKILL");
          done();
        }
      });
    });
    await new Promise((r) => child.once("exit", r));
    const warnings: string[] = [];
    const reopened = await LowdbStorage.open(path, { onWarning: (m) => warnings.push(m) });
    const items = await reopened.read(acked);
    expect(warnings).toEqual([]);
    expect(acked.filter((key) => items[key] === undefined)).toEqual([]);
  }, 60_000);
});
