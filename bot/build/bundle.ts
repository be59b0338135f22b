/**
 * `npm run build`: bundles the bot (bot/main.ts and everything it imports, dependencies included) into one ES
 * module, dist/bot/main.js, with a source map. Why a bundle rather than tsc's file-per-module output: botbuilder
 * and botbuilder-dialogs are hundreds of CommonJS files, and resolving, reading and lexing each of them for ESM
 * interop took about 0.7 s of a 2.5 s start; one file starts in well under the 1.5 s target. Type checking stays
 * with `npm test` (tsc --noEmit).
 *
 * The bundle lives in dist/bot/ so that projectRoot() (which walks up to package.json) and require.resolve of the
 * adaptivecards script (served to the local chat page from node_modules) work as from the sources.
 */
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../knowledge/project-root.js";

const root = projectRoot();

// Files of an older file-per-module build would sit beside the bundle and confuse whoever looks in dist/.
for (const folder of ["bot", "dialogs", "knowledge"]) rmSync(join(root, "dist", folder), { recursive: true, force: true });

const result = await build({
  entryPoints: [join(root, "bot/main.ts")],
  outfile: join(root, "dist/bot/main.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  // Half the size: less to decode and compile at start (about 0.25 s); the source map gives the names back in stack
  // traces (NODE_OPTIONS=--enable-source-maps).
  minify: true,
  // CommonJS dependencies call require() for Node's modules: give the ES module bundle one.
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
  // restify's optional DTrace probes: a native addon it loads inside a try/catch, absent here.
  external: ["dtrace-provider"],
  logLevel: "warning",
});
if (result.errors.length > 0) process.exitCode = 1;
