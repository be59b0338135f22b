/**
 * `npm run build`: bundles the bot (bot/main.ts and everything it imports, dependencies included) into one
 * CommonJS file, dist/bot/main.cjs, with a source map, and its loader, dist/bot/start.cjs (bot/build/start.ts),
 * which `npm start` runs, and the answer threads' code, dist/bot/answer-worker.cjs; then primes the loader's V8
 * code cache (see start.ts).
 *
 * Why a bundle rather than tsc's file-per-module output: botbuilder and botbuilder-dialogs are hundreds of
 * CommonJS files, and resolving, reading and lexing each of them for ESM interop took about 0.7 s of a 2.5 s
 * start. Why CommonJS: V8's code cache is reachable for scripts (vm.Script) on Node 20, not for ES modules. Type
 * checking stays with `npm test` (tsc --noEmit).
 *
 * The bundle lives in dist/bot/ so that projectRoot() (which walks up to package.json) and require.resolve of the
 * adaptivecards script (served to the local chat page from node_modules) work as from the sources.
 */
import { build, type BuildOptions, type BuildResult } from "esbuild";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../knowledge/project-root.js";
import { NODE_FLAGS } from "./node-flags.js";

const root = projectRoot();
const out = join(root, "dist/bot");

// Files of older builds (an ES module bundle, tsc's file-per-module output) would sit beside the bundle and confuse
// whoever looks in dist/.
for (const old of ["main.js", "main.js.map"]) rmSync(join(out, old), { force: true });
for (const folder of ["dialogs", "knowledge"]) rmSync(join(root, "dist", folder), { recursive: true, force: true });

const common: BuildOptions = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // The sources are ES modules: in CommonJS, import.meta is the file's own __filename and __dirname.
  define: { "import.meta.url": "__import_meta_url", "import.meta.dirname": "__dirname" },
  banner: { js: 'var __import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
};

const results = await Promise.all([
  build({
    ...common,
    entryPoints: [join(root, "bot/main.ts")],
    outfile: join(out, "main.cjs"),
    metafile: true,
    sourcemap: true,
    // Half the size: less to decode and compile at start (about 0.25 s); the source map gives the names back in
    // stack traces (NODE_OPTIONS=--enable-source-maps).
    minify: true,
    // botbuilder-dialogs' prompts load the whole recognizers-text suite (number, date-time, units, sequences:
    // 2 MB) for one thing, the Culture constants, which the number recognizer they load anyway exports itself
    // (the suite re-exports them from it). Parsing and running the suite was about 0.15 s of every start.
    alias: { "@microsoft/recognizers-text-suite": "@microsoft/recognizers-text-number" },
    // restify's optional DTrace probes: a native addon it loads inside a try/catch, absent here.
    external: ["dtrace-provider"],
  }),
  // The answer threads' code (bot/answers/answer-threads.ts starts them): the knowledge base and the pipeline only.
  build({ ...common, entryPoints: [join(root, "bot/answers/answer-worker.ts")], outfile: join(out, "answer-worker.cjs"), sourcemap: true, minify: true }),
  build({ ...common, entryPoints: [join(root, "bot/build/start.ts")], outfile: join(out, "start.cjs") }),
]);
// start.cjs runs the bundle as a vm.Script, where import() cannot load anything.
const imported = runtimeImports(results[0]!);
if (results.some((r) => r.errors.length > 0)) {
  process.exitCode = 1;
} else if (imported.length > 0) {
  process.stderr.write(`build: the bundle would import() ${imported.join(", ")} at run time, which start.cjs cannot serve\n`);
  process.exitCode = 1;
} else {
  // A failed priming costs speed, not correctness: the first start writes the cache instead.
  const primed = spawnSync(process.execPath, [...NODE_FLAGS, join(out, "start.cjs"), "--prime"], { cwd: root, stdio: "inherit", timeout: 60_000 });
  if (primed.status !== 0) process.stderr.write("build: priming the code cache failed; the first start will write it\n");
}

/** The modules a bundle leaves to a dynamic import() at run time (esbuild inlines those it bundles). */
function runtimeImports(result: BuildResult): string[] {
  const inputs = Object.values(result.metafile?.inputs ?? {});
  return inputs.flatMap((input) => input.imports.filter((i) => i.kind === "dynamic-import" && i.external === true).map((i) => i.path));
}
