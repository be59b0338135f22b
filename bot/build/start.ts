/**
 * What `npm start` runs once built (dist/bot/start.cjs): loads the bot bundle, dist/bot/main.cjs, with V8's code
 * cache.
 *
 * Why: compiling the 6 MB bundle and running its dependencies' code for the first time were about a third of each
 * start. Node 22 caches compiled modules by itself (module.enableCompileCache); Node 20 does not, so the bundle is
 * compiled here as a script with `vm.Script`, and the code V8 compiled during a warm run is saved beside it
 * (main.cjs.cache) and handed back at the next start. V8 checks the cache against the source, its own version and
 * its flags, and ignores one that does not match: that start is as slow as without a cache, and writes it again.
 *
 * `--prime` (run by `npm run build`): starts the bot on a free port with a throw-away data folder, waits for its
 * warm-up, saves the cache and exits; does nothing when the cache in place still matches the bundle.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";

const dir = import.meta.dirname;
const bundle = join(dir, "main.cjs");
const cacheFile = `${bundle}.cache`;
const prime = process.argv.includes("--prime");

/** The cache beside the bundle, or undefined when there is none yet. */
function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") warn(`cannot read ${cacheFile}: ${String(error)}`);
    return undefined;
  }
}

function warn(message: string): void {
  process.stderr.write(`start: ${message}; the bot starts without the code cache, only slower\n`);
}

/** Saves what V8 compiled so far (written beside, then renamed: a reader never sees half a file). */
function writeCache(script: vm.Script): void {
  try {
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch (error) {
    warn(`cannot write ${cacheFile} (a read-only folder?): ${String(error)}`);
  }
}

const cachedData = readCache();
// The bundle is CommonJS: run as Node would run a module, in a function of exports, require, module…
const source = readFileSync(bundle, "utf8");
// No dynamic import() can run in such a script (Node's hook for it is experimental): the build checks that the
// bundle holds none (esbuild turns the sources' own into plain function calls).
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
const fresh = cachedData === undefined || script.cachedDataRejected === true;

if (prime && !fresh) process.exit(0);
let dataDir: string | null = null;
if (prime) {
  dataDir = mkdtempSync(join(tmpdir(), "bot-prime-"));
  Object.assign(process.env, { PORT: "0", DATA_DIR: dataDir, STORAGE: "lowdb", LOG_LEVEL: "silent" });
}

const module = { exports: {} as { warmed?: Promise<void> } };
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dir);

// Once warm, the functions the bot compiled while starting and warming up are in V8's hands: saved then.
void module.exports.warmed?.then(() => {
  if (fresh) writeCache(script);
  if (prime) {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  }
});
