import { describe, expect, it } from "vitest";
import { escapeHtml, html, rawHtml } from "../../../bot/pages/html.js";
import { ficheUrl, safeHref, siteBase } from "../../../bot/pages/safe-url.js";

describe("escapeHtml", () => {
  it("escapes the five special characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("html", () => {
  it("escapes interpolated text, keeps nested fragments and trusted markup", () => {
    const inner = html`<b>${"<i>"}</b>`;
    const out = html`<p title="${'"x"'}">${inner}${["<1>", 2]}${null}${false}${undefined}${rawHtml("<br>")}</p>`;
    expect(out.html).toBe('<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&lt;1&gt;2<br></p>');
    expect(String(out)).toBe(out.html);
  });
});

describe("safe URLs", () => {
  it("accepts http(s) and same-site paths only", () => {
    expect(safeHref("https://example.fr/a?b=1")).toBe("https://example.fr/a?b=1");
    expect(safeHref("/fiches/x")).toBe("/fiches/x");
    for (const bad of ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.example", "/\\evil", "vbscript:x", "nonsense"]) {
      expect(safeHref(bad)).toBeUndefined();
    }
  });

  it("builds fiche URLs on an http(s) base only", () => {
    expect(ficheUrl("https://bot.example.fr/", "22-pdi-2023-2027-1")).toBe("https://bot.example.fr/fiches/22-pdi-2023-2027-1");
    expect(ficheUrl("http://localhost:3978", "a b", ".json")).toBe("http://localhost:3978/fiches/a%20b.json");
    expect(siteBase("javascript:alert(1)//")).toBe("");
    expect(ficheUrl("javascript:alert(1)", "x")).toBe("/fiches/x");
  });
});
