/**
 * `npm run teams:package [-- --out DIR] [-- --app-version X.Y.Z]`: writes the Teams app package
 * (DIR/assistant-insertion-teams.zip, default ./dist) from MicrosoftAppId and PUBLIC_URL, read from the environment
 * or else from ./.env. Prints the zip's path on stdout; an error is one line naming the variable, exit code 1.
 */
import { isAbsolute, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { readDotEnv } from "../config.js";
import { buildTeamsPackage, PACKAGE_FILE_NAME } from "./build-package.js";

const USAGE = `usage: npm run teams:package [-- --out DIR] [--app-version X.Y.Z]
Writes DIR/${PACKAGE_FILE_NAME} (default DIR: ./dist) for Microsoft Teams, from MicrosoftAppId (the Azure Bot
registration's app id) and PUBLIC_URL (the bot's public https address), read from the environment or ./.env.`;

type Args = { outDir: string; version?: string; help: boolean };

/** Reads --out DIR (or --out=DIR), --app-version X.Y.Z and --help. */
export function parseArgs(argv: readonly string[]): { ok: true; args: Args } | { ok: false; error: string } {
  const args: Args = { outDir: "./dist", help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string | null => {
      const v = inline ?? argv[++i];
      return v === undefined || v === "" || (inline === undefined && v.startsWith("--")) ? null : v;
    };
    if (flag === "--help" || flag === "-h") args.help = true;
    else if (flag === "--out") {
      const v = value();
      if (v === null) return { ok: false, error: "--out needs a folder, e.g. --out dist" };
      args.outDir = v;
    } else if (flag === "--app-version") {
      const v = value();
      if (v === null) return { ok: false, error: "--app-version needs a version, e.g. --app-version 1.2.0" };
      args.version = v;
    } else return { ok: false, error: `unknown argument ${JSON.stringify(arg)} (see --help)` };
  }
  return { ok: true, args };
}

/** A variable from the environment, else from .env; an empty value counts as unset. */
function pick(env: Record<string, string | undefined>, dotEnv: Record<string, string>, name: string): string | undefined {
  const fromEnv = env[name]?.trim();
  if (fromEnv) return fromEnv;
  const fromFile = dotEnv[name]?.trim();
  return fromFile ? fromFile : undefined;
}

/** Runs the command; returns the exit code. */
export function main(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
  io: { out: (line: string) => void; err: (line: string) => void; dotEnvPath?: string } = { out: (l) => console.log(l), err: (l) => console.error(l) },
): number {
  const fail = (error: string): number => {
    for (const line of error.split("\n")) io.err(`teams:package: ${line}`);
    return 1;
  };
  const parsed = parseArgs(argv);
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.args.help) {
    io.out(USAGE);
    return 0;
  }
  const dotEnv = readDotEnv(io.dotEnvPath ?? ".env");
  const built = buildTeamsPackage({
    botId: pick(env, dotEnv, "MicrosoftAppId") ?? "",
    publicUrl: pick(env, dotEnv, "PUBLIC_URL") ?? "",
    ...(parsed.args.version ? { version: parsed.args.version } : {}),
    outDir: parsed.args.outDir,
  });
  if (!built.ok) return fail(built.error);
  const { values } = built;
  if (values.local) io.err(`teams:package: warning: PUBLIC_URL is ${values.publicUrl}: this package is for local tests, Teams cannot reach localhost`);
  io.err(`teams:package: app ${values.version} for bot ${values.botId}, domain ${values.host}`);
  const shortPath = relative(process.cwd(), built.zipPath);
  io.out(shortPath.startsWith("..") || isAbsolute(shortPath) ? built.zipPath : shortPath);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
