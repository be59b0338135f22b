import { z } from "zod";

/**
 * The Teams app manifest fields this app uses, with the limits of Microsoft's schema (v1.17), so that a package
 * Teams would reject fails here first. Objects are strict: a misspelt field ("validDomain") is an error, as it is
 * for Teams (the official schema has additionalProperties: false).
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** A host name, optionally with a leading "*." wildcard: no scheme, no port, no path. */
const DOMAIN = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export const guid = z.string().regex(GUID, "must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)");
export const domain = z
  .string()
  .max(2048)
  .regex(DOMAIN, "must be a host name such as bot.departement.fr: no scheme (https://), no port, no path");
const httpsUrl = z.string().max(2048).regex(/^https:\/\/[^\s/$.?#][^\s]*$/i, "must be an https:// URL");
const relativePath = z
  .string()
  .min(1)
  .max(2048)
  .refine((p) => !p.startsWith("/") && !/^[a-z]+:/i.test(p), "must be a file path inside the package, such as color.png");
const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const BOT_SCOPES = ["personal", "team", "groupChat"] as const;
const scopes = z
  .array(z.enum(BOT_SCOPES))
  .min(1)
  .max(3)
  .refine((s) => new Set(s).size === s.length, "must not repeat a scope");

const BotCommandSchema = z.strictObject({ title: text(32), description: text(128) });

const CommandListSchema = z.strictObject({
  scopes,
  commands: z.array(BotCommandSchema).min(1).max(10, "at most 10 commands per list"),
});

const BotSchema = z
  .strictObject({
    botId: guid,
    scopes,
    supportsFiles: z.boolean().optional(),
    isNotificationOnly: z.boolean().optional(),
    commandLists: z.array(CommandListSchema).max(3).optional(),
  })
  .superRefine((bot, ctx) => {
    const seen = new Set<string>();
    for (const [i, list] of (bot.commandLists ?? []).entries())
      for (const scope of list.scopes) {
        if (!bot.scopes.includes(scope)) ctx.addIssue({ code: "custom", path: ["commandLists", i, "scopes"], message: `scope ${scope} is not one of the bot's scopes` });
        if (seen.has(scope)) ctx.addIssue({ code: "custom", path: ["commandLists", i, "scopes"], message: `scope ${scope} has two command lists` });
        seen.add(scope);
      }
  });

const ParameterSchema = z.strictObject({
  name: z.string().min(1).max(64),
  title: text(32),
  description: text(128).optional(),
  inputType: z.enum(["text", "textarea", "number", "date", "time", "toggle", "choiceset"]).optional(),
});

const ComposeCommandSchema = z.strictObject({
  id: z.string().min(1).max(64),
  type: z.enum(["query", "action"]),
  title: text(32),
  description: text(128).optional(),
  initialRun: z.boolean().optional(),
  context: z.array(z.enum(["compose", "commandBox", "message"])).max(3).optional(),
  parameters: z.array(ParameterSchema).min(1).max(5),
});

const MessageHandlerSchema = z.strictObject({
  type: z.literal("link"),
  value: z.strictObject({ domains: z.array(domain).min(1) }),
});

const ComposeExtensionSchema = z.strictObject({
  botId: guid,
  commands: z
    .array(ComposeCommandSchema)
    .min(1)
    .max(10)
    .refine((c) => new Set(c.map((x) => x.id)).size === c.length, "command ids must be unique"),
  messageHandlers: z.array(MessageHandlerSchema).max(5).optional(),
});

export const TeamsManifestSchema = z
  .strictObject({
    $schema: z.url(),
    manifestVersion: z.string().regex(/^1\.\d+$/, "must be a released manifest version such as 1.17"),
    version: z.string().max(256).regex(SEMVER, "must be a semantic version such as 1.0.0"),
    id: guid,
    localizationInfo: z.strictObject({ defaultLanguageTag: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as fr-fr") }),
    developer: z.strictObject({
      name: text(32),
      websiteUrl: httpsUrl,
      privacyUrl: httpsUrl,
      termsOfUseUrl: httpsUrl,
    }),
    name: z.strictObject({ short: text(30), full: text(100) }),
    description: z.strictObject({ short: text(80), full: text(4000) }),
    icons: z.strictObject({ color: relativePath, outline: relativePath }),
    accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a #RRGGBB colour"),
    bots: z.array(BotSchema).max(1).optional(),
    composeExtensions: z.array(ComposeExtensionSchema).max(1).optional(),
    permissions: z.array(z.enum(["identity", "messageTeamMembers"])).optional(),
    validDomains: z.array(domain).max(16).optional(),
  })
  .superRefine((m, ctx) => {
    if (!m.$schema.includes(`/v${m.manifestVersion}/`))
      ctx.addIssue({ code: "custom", path: ["$schema"], message: `must be the schema of manifestVersion ${m.manifestVersion}` });
  });
export type TeamsManifest = z.infer<typeof TeamsManifestSchema>;

/** One line per problem, with the path of the field: "bots.0.commandLists.1.commands.0.title: must be at most 32 characters". */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.map(String).join(".") || "(manifest)"}: ${i.message}`).join("\n");
}
