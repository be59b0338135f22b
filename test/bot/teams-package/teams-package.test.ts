import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { APP_PACKAGE_DIR, buildTeamsPackage, PACKAGE_FILE_NAME, renderManifest } from "../../../bot/teams-package/build-package.js";
import { main } from "../../../bot/teams-package/cli.js";
import { TeamsManifestSchema, type TeamsManifest } from "../../../bot/teams-package/manifest-schema.js";
import { readPngPixels, readPngSize } from "../../../bot/teams-package/png.js";

const BOT_ID = "8f0c2d1e-5b7a-4c3d-9e21-0a1b2c3d4e5f";
const PUBLIC_URL = "https://bot.departement.fr";
const template = readFileSync(join(APP_PACKAGE_DIR, "manifest.template.json"), "utf8");

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "teams-package-"));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function rendered(values = { botId: BOT_ID, publicUrl: PUBLIC_URL, version: "1.2.3" }): TeamsManifest {
  const r = renderManifest(template, values);
  if (!r.ok) throw new Error(r.error);
  return r.manifest;
}

describe("renderManifest", () => {
  it("fills every placeholder and gives a manifest the schema accepts", () => {
    const manifest = rendered();
    expect(TeamsManifestSchema.safeParse(manifest).success).toBe(true);
    expect(JSON.stringify(manifest)).not.toMatch(/\$\{\{/);
    expect(template).toMatch(/\$\{\{BOT_ID\}\}/);
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.version).toBe("1.2.3");
    expect(manifest.manifestVersion).toBe("1.17");
    expect(manifest.localizationInfo.defaultLanguageTag).toBe("fr-fr");
    expect(manifest.name.short).toBe("Assistant insertion");
    expect(manifest.permissions).toEqual(["identity", "messageTeamMembers"]);
    for (const url of Object.values(manifest.developer).filter((v) => v.startsWith("https:"))) expect(url).toMatch(/^https:\/\/bot\.departement\.fr\//);
  });

  it("declares the bot in the three scopes, with the commands aide, territoire, orientation, fiche in each", () => {
    const bot = rendered().bots![0]!;
    expect(bot.botId).toBe(BOT_ID);
    expect(bot.scopes.sort()).toEqual(["groupChat", "personal", "team"]);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
    for (const scope of bot.scopes) {
      const list = bot.commandLists!.find((l) => l.scopes.includes(scope));
      expect(list, scope).toBeDefined();
      expect(list!.commands.map((c) => c.title)).toEqual(expect.arrayContaining(["aide", "territoire", "orientation", "fiche"]));
    }
  });

  it("declares the searchFiches search with its query parameter, and link unfurling on the bot's host", () => {
    const [extension] = rendered().composeExtensions!;
    expect(extension!.botId).toBe(BOT_ID);
    const command = extension!.commands.find((c) => c.id === "searchFiches");
    expect(command).toMatchObject({ type: "query", initialRun: true, title: "Rechercher une fiche" });
    expect(command!.parameters.map((p) => p.name)).toEqual(["query"]);
    expect(extension!.messageHandlers).toEqual([{ type: "link", value: { domains: ["bot.departement.fr"] } }]);
  });

  it("sets validDomains to the host of PUBLIC_URL, even with a path or a trailing slash", () => {
    expect(rendered().validDomains).toEqual([new URL(PUBLIC_URL).host]);
    expect(rendered({ botId: BOT_ID, publicUrl: "https://Insertion.Exemple.FR/assistant/", version: "1.0.0" }).validDomains).toEqual(["insertion.exemple.fr"]);
  });

  it("accepts http://localhost for local tests, without the port in the domains", () => {
    const manifest = rendered({ botId: BOT_ID, publicUrl: "http://localhost:3978", version: "0.1.0" });
    expect(manifest.validDomains).toEqual(["localhost"]);
  });

  it("refuses a bad bot id, a missing or non-https PUBLIC_URL and a bad version, naming the variable", () => {
    const error = (values: { botId: string; publicUrl: string; version: string }) => {
      const r = renderManifest(template, values);
      return r.ok ? "" : r.error;
    };
    expect(error({ botId: "not-a-guid", publicUrl: PUBLIC_URL, version: "1.0.0" })).toBe(
      'MicrosoftAppId is not a GUID ("not-a-guid"): use the Azure Bot registration\'s Microsoft App ID, e.g. 8f0c2d1e-5b7a-4c3d-9e21-0a1b2c3d4e5f',
    );
    expect(error({ botId: "", publicUrl: PUBLIC_URL, version: "1.0.0" })).toBe("MicrosoftAppId is missing: the Azure Bot registration's app id (a GUID)");
    expect(error({ botId: BOT_ID, publicUrl: "", version: "1.0.0" })).toMatch(/^PUBLIC_URL is missing: /);
    expect(error({ botId: BOT_ID, publicUrl: "http://bot.departement.fr", version: "1.0.0" })).toMatch(/^PUBLIC_URL must be https/);
    expect(error({ botId: BOT_ID, publicUrl: "https://bot.departement.fr:8443", version: "1.0.0" })).toMatch(/^PUBLIC_URL must not have a port/);
    expect(error({ botId: BOT_ID, publicUrl: "bot.departement.fr", version: "1.0.0" })).toMatch(/^PUBLIC_URL is not an http\(s\) URL/);
    expect(error({ botId: BOT_ID, publicUrl: PUBLIC_URL, version: "1.0" })).toMatch(/^version is not a semantic version/);
    expect(error({ botId: "x", publicUrl: "", version: "1.0.0" }).split("\n")).toHaveLength(2);
  });

  it("reports a placeholder it does not know and a template that is not JSON", () => {
    const unknown = renderManifest(template.replace('"Assistant insertion"', '"${{APP_NAME}}"'), { botId: BOT_ID, publicUrl: PUBLIC_URL, version: "1.0.0" });
    expect(unknown.ok ? "" : unknown.error).toMatch(/unknown placeholder \$\{\{APP_NAME\}\}/);
    const broken = renderManifest(`${template},`, { botId: BOT_ID, publicUrl: PUBLIC_URL, version: "1.0.0" });
    expect(broken.ok ? "" : broken.error).toMatch(/not valid JSON/);
  });
});

describe("TeamsManifestSchema", () => {
  const issues = (patch: (m: TeamsManifest) => void): string => {
    const m = structuredClone(rendered());
    patch(m);
    const r = TeamsManifestSchema.safeParse(m);
    return r.success ? "" : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n");
  };

  it("holds Teams' limits: command titles, short description, domains, colours, misspelt fields", () => {
    expect(issues((m) => (m.bots![0]!.commandLists![0]!.commands[0]!.title = "x".repeat(33)))).toMatch(/bots\.0\.commandLists\.0\.commands\.0\.title: must be at most 32/);
    expect(issues((m) => (m.description.short = "x".repeat(81)))).toMatch(/description\.short/);
    expect(issues((m) => (m.validDomains = ["https://bot.departement.fr"]))).toMatch(/validDomains\.0: must be a host name/);
    expect(issues((m) => (m.validDomains = ["bot.departement.fr/fiches"]))).toMatch(/validDomains\.0/);
    expect(issues((m) => (m.accentColor = "blue"))).toMatch(/accentColor/);
    expect(issues((m) => (m.id = "123"))).toMatch(/^id: must be a GUID/);
    expect(issues((m) => Object.assign(m, { validDomain: [] }))).toMatch(/validDomain/);
    expect(issues((m) => (m.bots![0]!.commandLists![0]!.commands = Array.from({ length: 11 }, () => ({ title: "aide", description: "Aide" }))))).toMatch(/at most 10/);
  });
});

describe("buildTeamsPackage", () => {
  it("writes a zip with exactly manifest.json, color.png and outline.png at its root", () => {
    const outDir = tempDir();
    const built = buildTeamsPackage({ botId: BOT_ID, publicUrl: PUBLIC_URL, outDir });
    if (!built.ok) throw new Error(built.error);
    expect(built.zipPath).toBe(join(outDir, PACKAGE_FILE_NAME));
    const files = unzipSync(readFileSync(built.zipPath));
    expect(Object.keys(files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);

    const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
    expect(TeamsManifestSchema.safeParse(manifest).success).toBe(true);
    expect(manifest.version).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    expect(manifest.validDomains).toEqual(["bot.departement.fr"]);
    expect(readPngSize(files["color.png"]!)).toEqual({ width: 192, height: 192 });
    expect(readPngSize(files["outline.png"]!)).toEqual({ width: 32, height: 32 });
  });

  it("gives the same bytes for the same inputs", () => {
    const a = buildTeamsPackage({ botId: BOT_ID, publicUrl: PUBLIC_URL, version: "1.0.0", outDir: tempDir() });
    const b = buildTeamsPackage({ botId: BOT_ID, publicUrl: PUBLIC_URL, version: "1.0.0", outDir: tempDir() });
    if (!a.ok || !b.ok) throw new Error("build failed");
    expect(readFileSync(a.zipPath).equals(readFileSync(b.zipPath))).toBe(true);
  });

  it("refuses a bad bot id or an icon of the wrong size, and writes nothing", () => {
    const outDir = tempDir();
    const bad = buildTeamsPackage({ botId: "abc", publicUrl: PUBLIC_URL, outDir });
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/^MicrosoftAppId is not a GUID/) });

    const appPackageDir = tempDir();
    cpSync(APP_PACKAGE_DIR, appPackageDir, { recursive: true });
    cpSync(join(APP_PACKAGE_DIR, "outline.png"), join(appPackageDir, "color.png"));
    const wrongIcon = buildTeamsPackage({ botId: BOT_ID, publicUrl: PUBLIC_URL, outDir, appPackageDir });
    expect(wrongIcon.ok ? "" : wrongIcon.error).toMatch(/color\.png is 32x32: Teams needs 192x192/);
    expect(() => readFileSync(join(outDir, PACKAGE_FILE_NAME))).toThrow();
  });
});

describe("the icons in appPackage/", () => {
  it("color.png is 192x192, opaque, on the manifest's accent colour, with a white glyph", () => {
    const png = readPngPixels(readFileSync(join(APP_PACKAGE_DIR, "color.png")))!;
    expect(png).not.toBeNull();
    expect([png.width, png.height]).toEqual([192, 192]);
    const hex = (o: number) => `#${[0, 1, 2].map((k) => png.rgba[o + k]!.toString(16).padStart(2, "0")).join("")}`.toUpperCase();
    expect(hex(0)).toBe(rendered().accentColor.toUpperCase());
    let white = 0;
    let seeThrough = 0;
    for (let i = 0; i < png.rgba.length; i += 4) {
      if (png.rgba[i + 3] !== 255) seeThrough++;
      if (png.rgba[i] === 255 && png.rgba[i + 1] === 255 && png.rgba[i + 2] === 255) white++;
    }
    expect(seeThrough).toBe(0);
    expect(white).toBeGreaterThan(192 * 192 * 0.05);
  });

  it("outline.png is 32x32, white only, on a transparent background", () => {
    const png = readPngPixels(readFileSync(join(APP_PACKAGE_DIR, "outline.png")))!;
    expect([png.width, png.height]).toEqual([32, 32]);
    let transparent = 0;
    let notWhite = 0;
    for (let i = 0; i < png.rgba.length; i += 4) {
      if (png.rgba[i + 3] === 0) transparent++;
      else if (png.rgba[i] !== 255 || png.rgba[i + 1] !== 255 || png.rgba[i + 2] !== 255) notWhite++;
    }
    expect(notWhite).toBe(0);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
    expect(transparent).toBeLessThan(32 * 32);
  });
});

describe("npm run teams:package (cli main)", () => {
  const run = (argv: string[], env: Record<string, string | undefined>, dotEnvPath = join(tempDir(), "none.env")) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(argv, env, { out: (l) => out.push(l), err: (l) => err.push(l), dotEnvPath });
    return { code, out, err };
  };

  it("names a missing variable in one line and exits 1", () => {
    const r = run([], { PUBLIC_URL });
    expect(r.code).toBe(1);
    expect(r.err).toEqual(["teams:package: MicrosoftAppId is missing: the Azure Bot registration's app id (a GUID)"]);
    expect(run([], { MicrosoftAppId: BOT_ID, PUBLIC_URL: "  " }).err).toEqual([expect.stringMatching(/^teams:package: PUBLIC_URL is missing: /)]);
    expect(run(["--bogus"], { MicrosoftAppId: BOT_ID, PUBLIC_URL }).err).toEqual([expect.stringMatching(/^teams:package: unknown argument "--bogus"/)]);
  });

  it("writes the zip in --out and prints its path", () => {
    const outDir = tempDir();
    const r = run(["--out", outDir, "--app-version", "2.0.1"], { MicrosoftAppId: BOT_ID, PUBLIC_URL });
    expect(r.code).toBe(0);
    expect(r.out).toEqual([join(outDir, PACKAGE_FILE_NAME)]);
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(r.out[0]!))["manifest.json"]));
    expect(manifest.version).toBe("2.0.1");
  });

  it("reads MicrosoftAppId and PUBLIC_URL from a .env file when the environment has none", () => {
    const dir = tempDir();
    const dotEnvPath = join(dir, ".env");
    writeFileSync(dotEnvPath, `# bot\nMicrosoftAppId=${BOT_ID}\nPUBLIC_URL="https://assistant.exemple.fr"\n`);
    const r = run([`--out=${dir}`], { MicrosoftAppId: "" }, dotEnvPath);
    expect(r.code).toBe(0);
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(r.out[0]!))["manifest.json"]));
    expect(manifest.validDomains).toEqual(["assistant.exemple.fr"]);
  });
});
