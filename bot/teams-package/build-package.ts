import { projectRoot } from "../../knowledge/project-root.js";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { zipSync } from "fflate";
import { z } from "zod";
import { formatIssues, guid, TeamsManifestSchema, type TeamsManifest } from "./manifest-schema.js";
import { readPngSize } from "./png.js";

/** The package's file name, written in the output folder. */
export const PACKAGE_FILE_NAME = "assistant-insertion-teams.zip";
/** appPackage/: manifest.template.json, color.png, outline.png. */
export const APP_PACKAGE_DIR = join(projectRoot(), "appPackage");
/** The icons of the package, with the sizes Teams requires. */
export const ICONS = { "color.png": { width: 192, height: 192 }, "outline.png": { width: 32, height: 32 } } as const;
/** Placeholders of the template, `${{NAME}}`. */
export const PLACEHOLDERS = ["BOT_ID", "PUBLIC_HOST", "APP_VERSION"] as const;

type Failure = { ok: false; error: string };

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1"]);
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const shown = (v: unknown): string => JSON.stringify(v);

const MISSING_BOT_ID = "MicrosoftAppId is missing: the Azure Bot registration's app id (a GUID)";
const MISSING_PUBLIC_URL = "PUBLIC_URL is missing: the bot's public https address, e.g. https://bot.departement.fr";

/** The values put in the template, checked by checkValues. */
export type PackageValues = {
  botId: string;
  /** PUBLIC_URL without its trailing slash. */
  publicUrl: string;
  /** The host name of PUBLIC_URL: `${{PUBLIC_HOST}}`. */
  host: string;
  version: string;
  /** True for localhost: a package for local tests only, Teams cannot reach it. */
  local: boolean;
};

/**
 * The bot id (a GUID), the public URL (https; http only for localhost, for local tests; no port except on localhost,
 * no query) and the version (semver). Messages name the environment variables the values come from (MicrosoftAppId,
 * PUBLIC_URL), since that is where an administrator fixes them.
 */
const ValuesSchema = z.object({
  botId: z.string({ error: MISSING_BOT_ID }).transform((raw, ctx) => {
    const id = raw.trim();
    const message =
      id === ""
        ? MISSING_BOT_ID
        : !guid.safeParse(id).success
          ? `MicrosoftAppId is not a GUID (${shown(id)}): use the Azure Bot registration's Microsoft App ID, e.g. 8f0c2d1e-5b7a-4c3d-9e21-0a1b2c3d4e5f`
          : null;
    if (message) ctx.addIssue({ code: "custom", message });
    return id;
  }),
  publicUrl: z
    .string({ error: MISSING_PUBLIC_URL })
    .trim()
    .transform((raw, ctx) => {
      const fail = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (raw === "") return fail(MISSING_PUBLIC_URL);
      const url = URL.canParse(raw) ? new URL(raw) : null;
      if (!url || (url.protocol !== "https:" && url.protocol !== "http:"))
        return fail(`PUBLIC_URL is not an http(s) URL (${shown(raw)}): give the bot's public https address, e.g. https://bot.departement.fr`);
      const local = LOCAL_HOSTS.has(url.hostname);
      if (url.protocol === "http:" && !local)
        return fail(`PUBLIC_URL must be https (${shown(raw)}): Teams opens https pages only (http is accepted for localhost, for local tests)`);
      if (url.port !== "" && !local)
        return fail(`PUBLIC_URL must not have a port (${shown(raw)}): Teams domains are host names, serve the bot on the https port 443`);
      if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "")
        return fail(`PUBLIC_URL must be a base address, without query, fragment or user name (${shown(raw)})`);
      return { publicUrl: url.href.replace(/\/+$/, ""), host: url.hostname, local };
    }),
  version: z
    .string()
    .trim()
    .regex(SEMVER, { error: (iss) => `version is not a semantic version (${shown(iss.input)}): use MAJOR.MINOR.PATCH, e.g. 1.0.0` }),
});

/** Checks the values; every problem is one line naming the variable. */
export function checkValues(values: { botId?: string | undefined; publicUrl?: string | undefined; version?: string | undefined }): { ok: true; values: PackageValues } | Failure {
  const parsed = ValuesSchema.safeParse({ botId: values.botId, publicUrl: values.publicUrl, version: values.version ?? defaultVersion() });
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => i.message).join("\n") };
  const { botId, publicUrl, version } = parsed.data;
  return { ok: true, values: { botId, version, ...publicUrl } };
}

/** The app version by default: package.json's version. */
export function defaultVersion(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "1.0.0";
}

/**
 * The manifest: the template with `${{BOT_ID}}`, `${{PUBLIC_HOST}}` (the host of publicUrl) and `${{APP_VERSION}}`
 * replaced, parsed and checked against the manifest schema. Pure.
 */
export function renderManifest(
  template: string,
  values: { botId: string; publicUrl: string; version: string },
): { ok: true; manifest: TeamsManifest; values: PackageValues } | Failure {
  const checked = checkValues(values);
  if (!checked.ok) return checked;
  const v = checked.values;
  const replacements: Record<(typeof PLACEHOLDERS)[number], string> = { BOT_ID: v.botId, PUBLIC_HOST: v.host, APP_VERSION: v.version };
  const text = template.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(replacements, name) ? JSON.stringify(replacements[name as keyof typeof replacements]).slice(1, -1) : whole,
  );
  const left = text.match(/\$\{\{[^}]*\}\}/);
  if (left) return { ok: false, error: `manifest.template.json: unknown placeholder ${left[0]} (known: ${PLACEHOLDERS.map((p) => `\${{${p}}}`).join(", ")})` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `manifest.template.json is not valid JSON: ${(e as Error).message}` };
  }
  const manifest = TeamsManifestSchema.safeParse(json);
  if (!manifest.success) return { ok: false, error: `the manifest is not valid for Teams:\n${formatIssues(manifest.error)}` };
  return { ok: true, manifest: manifest.data, values: v };
}

/** A fixed date for the zip entries, so that the same inputs give the same bytes. */
const ZIP_MTIME = new Date("2024-01-01T00:00:00Z");

/**
 * Writes `<outDir>/assistant-insertion-teams.zip`: manifest.json, color.png and outline.png at the zip's root, the
 * upload Teams expects. Checks the values, the manifest and the icons' sizes first.
 */
export function buildTeamsPackage(options: {
  botId: string;
  publicUrl: string;
  version?: string;
  outDir: string;
  /** Folder of the template and icons. Default: appPackage/. */
  appPackageDir?: string;
}): { ok: true; zipPath: string; manifest: TeamsManifest; values: PackageValues } | Failure {
  const dir = options.appPackageDir ?? APP_PACKAGE_DIR;
  const templatePath = join(dir, "manifest.template.json");
  if (!existsSync(templatePath)) return { ok: false, error: `${templatePath} is missing` };
  const rendered = renderManifest(readFileSync(templatePath, "utf8"), { botId: options.botId, publicUrl: options.publicUrl, version: options.version ?? defaultVersion() });
  if (!rendered.ok) return rendered;

  const files: Record<string, Uint8Array> = { "manifest.json": new TextEncoder().encode(`${JSON.stringify(rendered.manifest, null, 2)}\n`) };
  for (const [name, size] of Object.entries(ICONS)) {
    const declared = name === "color.png" ? rendered.manifest.icons.color : rendered.manifest.icons.outline;
    if (declared !== name) return { ok: false, error: `the manifest's icon ${shown(declared)} should be ${name}` };
    const path = join(dir, name);
    if (!existsSync(path)) return { ok: false, error: `${path} is missing` };
    const bytes = readFileSync(path);
    const actual = readPngSize(bytes);
    if (!actual) return { ok: false, error: `${path} is not a PNG file` };
    if (actual.width !== size.width || actual.height !== size.height)
      return { ok: false, error: `${path} is ${actual.width}x${actual.height}: Teams needs ${size.width}x${size.height}` };
    files[name] = bytes;
  }

  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { mtime: ZIP_MTIME, level: 9 }]])));
  const outDir = resolve(options.outDir);
  const zipPath = join(outDir, PACKAGE_FILE_NAME);
  try {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(zipPath, zip);
  } catch (e) {
    return { ok: false, error: `cannot write ${zipPath}: ${(e as Error).message}` };
  }
  return { ok: true, zipPath, manifest: rendered.manifest, values: rendered.values };
}
