/**
 * The Node.js flags the bot runs with: `npm start` passes them (package.json, checked by a test), the build's
 * code-cache priming and the benchmarks start their processes with them.
 *
 * - `--max-old-space-size=512`: a heap limit per thread (the main thread and the answer thread each hold the
 *   knowledge base). Why: without a limit, V8 sizes the heap from the machine's memory (about 4 GB here) and then
 *   lets the old generation grow to up to four times what it holds before a full collection; a 5,000-fiche
 *   catalog (about 80 MB live) then peaked at 340–390 MB of RSS in one run out of five. Under a 512 MB limit V8
 *   grows it by at most about 1.4 times. 512 MB is several times what the bot holds at 5,000 fiches; raise it for
 *   a larger catalog.
 * - `--no-deprecation`: a dependency (restify) touches a deprecated Node API at every start; the warning says
 *   nothing an operator can act on.
 *
 * Also part of V8's code-cache check (bot/build/start.ts): the priming run must use the same flags as `npm start`.
 */
export const NODE_FLAGS: readonly string[] = ["--max-old-space-size=512", "--no-deprecation"];
