import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

/** Azure's rule for container names. */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The bot's configuration, read once from the environment (and `.env`); every field documented in .env.example. */
export const ConfigSchema = z
  .object({
    /** HTTP port. Default 3978, the Bot Framework's usual local port. 0 asks the system for a free port (the build's priming run). */
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    /** Public base URL of the bot, for fiche links. Default http://localhost:<PORT>. */
    PUBLIC_URL: optional.pipe(z.url({ protocol: /^https?$/, error: "PUBLIC_URL must be an http(s) URL" }).optional()),
    /** Folder of the state and records files. Default ./data. */
    DATA_DIR: z.string().trim().min(1).default("./data"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    MicrosoftAppType: optional.pipe(z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).optional()),
    MicrosoftAppId: optional,
    MicrosoftAppPassword: optional,
    MicrosoftAppTenantId: optional,
    /** "blobs" for state and records shared by several instances on Azure Blob Storage; default: lowdb files under DATA_DIR. */
    STORAGE: optional.pipe(z.enum(["lowdb", "blobs"]).optional()),
    /** With STORAGE=blobs: the storage account's connection string (account key or SAS that may create the container). */
    AZURE_STORAGE_CONNECTION_STRING: optional,
    /** With STORAGE=blobs: the container every instance shares; created at start-up if missing. */
    AZURE_STORAGE_CONTAINER: optional,
    /**
     * Threads that answer questions beside the one that serves HTTP: "auto" (default) is one when the machine
     * has two CPUs or more, none on one; 0 answers on the main thread.
     */
    ANSWER_THREADS: z.union([z.literal("auto"), z.coerce.number().int().min(0).max(8)]).default("auto"),
    /** Days feedback and unanswered questions are kept. Default 180. */
    RECORDS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  })
  .superRefine((c, ctx) => {
    const need = (cond: boolean, path: string, message: string): void => {
      if (cond) ctx.addIssue({ code: "custom", path: [path], message });
    };
    if (c.MicrosoftAppId) {
      const type = c.MicrosoftAppType ?? "MultiTenant";
      need(type !== "UserAssignedMSI" && !c.MicrosoftAppPassword, "MicrosoftAppPassword", "required with MicrosoftAppId (except for UserAssignedMSI)");
      need(type !== "MultiTenant" && !c.MicrosoftAppTenantId, "MicrosoftAppTenantId", `required when MicrosoftAppType is ${type}`);
    } else {
      need(c.MicrosoftAppPassword !== undefined, "MicrosoftAppId", "MicrosoftAppPassword is set but MicrosoftAppId is empty");
      need(c.MicrosoftAppType !== undefined && c.MicrosoftAppType !== "MultiTenant", "MicrosoftAppId", `MicrosoftAppType ${c.MicrosoftAppType} needs MicrosoftAppId`);
    }
    if (c.STORAGE === "blobs") {
      need(!c.AZURE_STORAGE_CONNECTION_STRING, "AZURE_STORAGE_CONNECTION_STRING", "required with STORAGE=blobs");
      need(!c.AZURE_STORAGE_CONTAINER, "AZURE_STORAGE_CONTAINER", "required with STORAGE=blobs");
      need(
        c.AZURE_STORAGE_CONTAINER !== undefined && !CONTAINER_NAME.test(c.AZURE_STORAGE_CONTAINER),
        "AZURE_STORAGE_CONTAINER",
        "an Azure container name: 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit",
      );
    }
  })
  .transform((c) => ({ ...c, PUBLIC_URL: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, "") }));
export type Config = z.infer<typeof ConfigSchema>;

/** True when Bot Framework credentials are configured (then the local chat page is off and auth is enforced). */
export function hasCredentials(config: Config): boolean {
  return config.MicrosoftAppId !== undefined;
}

/** Reads KEY=value lines of a .env file (no overrides of variables already set). Missing file: {}. */
export function readDotEnv(path = ".env"): Record<string, string> {
  if (!existsSync(path)) return {};
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const m = line.match(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/);
    if (m && !line.trim().startsWith("#")) out[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/, "$2");
  }
  return out;
}

/** Validates the configuration; the error lists every problem, one per line, naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): { ok: true; config: Config } | { ok: false; error: string } {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(config)"}: ${i.message}`);
  return { ok: false, error: `config: the environment is not valid (see .env.example):\n${lines.join("\n")}` };
}
