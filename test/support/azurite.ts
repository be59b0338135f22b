import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freeLoopbackPort } from "./free-port.js";

const root = join(import.meta.dirname, "../..");
/** Azurite's blob service, from node_modules (a devDependency): no global install, no docker. */
const BLOB_MAIN = join(root, "node_modules/azurite/dist/src/blob/main.js");
/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
const ACCOUNT = "devstoreaccount1";
const KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

/** A running Azurite blob service. */
export interface Azurite {
  readonly port: number;
  /** Its process id (for the benchmark's CPU accounting). */
  readonly pid: number;
  /** The connection string of its development account. */
  readonly connectionString: string;
  /** Kills it (SIGTERM, then SIGKILL after 5 s) and removes its workspace. */
  stop(): Promise<void>;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once("exit", () => done()));
}

/**
 * Starts Azurite's blob service on a free loopback port, in memory (working directory: a temporary folder, removed
 * on stop), telemetry off, and resolves once the port accepts connections (polled, `timeoutMs` at most).
 */
export async function startAzurite(timeoutMs = 60_000): Promise<Azurite> {
  const port = await freeLoopbackPort();
  const workspace = mkdtempSync(join(tmpdir(), "azurite-"));
  // In memory (it refuses --location then): the workspace is only its working directory, should it write anything.
  const args = [BLOB_MAIN, "--blobHost", "127.0.0.1", "--blobPort", String(port), "--inMemoryPersistence"];
  args.push("--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent");
  const child = spawn(process.execPath, args, { cwd: workspace, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited(child);
      clearTimeout(killer);
    }
    rmSync(workspace, { recursive: true, force: true });
  };
  const started = performance.now();
  while (!(await accepts(port))) {
    if (child.exitCode !== null || performance.now() - started > timeoutMs) {
      await stop();
      throw new Error(`azurite: not listening on 127.0.0.1:${port} after ${Math.round(performance.now() - started)} ms${stderr ? `: ${stderr.trim()}` : ""}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};BlobEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`;
  return { port, pid: child.pid!, connectionString, stop };
}
