import { describe, expect, it } from "vitest";
import { CHAT_MARKDOWN_SCRIPT } from "../../../bot/pages/chat-markdown-script.js";

const renderMarkdown = new Function(`${CHAT_MARKDOWN_SCRIPT}\nreturn renderMarkdown;`)() as (text: string) => string;

describe("chat page Markdown", () => {
  it("escapes HTML before anything else", () => {
    expect(renderMarkdown(`<script>alert(1)</script> "><img src=x onerror=alert(1)>`)).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>",
    );
  });

  it("renders bold, http(s) links in a new tab, and nothing for other schemes", () => {
    expect(renderMarkdown("**Fiche 16** – [voir la fiche](http://localhost:3978/fiches/a?x=1&y=2)")).toBe(
      '<p><strong>Fiche 16</strong> – <a href="http://localhost:3978/fiches/a?x=1&amp;y=2" target="_blank" rel="noopener noreferrer">voir la fiche</a></p>',
    );
    expect(renderMarkdown("[x](javascript:alert(1))")).not.toContain("<a");
    expect(renderMarkdown('[x](https://a.fr/"onmouseover="alert(1))')).not.toMatch(/href="[^"]*"on/);
  });

  it("splits paragraphs on blank lines, keeps line breaks and renders lists", () => {
    expect(renderMarkdown("Bonjour.\nLigne 2\n\n- un\n- **deux**\n\n1. premier\n2. second\nfin")).toBe(
      "<p>Bonjour.<br>Ligne 2</p><ul><li>un</li><li><strong>deux</strong></li></ul><ol><li>premier</li><li>second</li></ol><p>fin</p>",
    );
  });

  it("honours the backslash escapes the bot writes", () => {
    expect(renderMarkdown(String.raw`\*\*pas gras\*\* \[x\](http://a.fr) a\_b \<b\>`)).toBe(
      "<p>**pas gras** [x](http://a.fr) a_b &lt;b&gt;</p>",
    );
  });

  it("accepts empty and missing text", () => {
    expect(renderMarkdown("")).toBe("");
    expect(renderMarkdown(undefined as unknown as string)).toBe("");
  });
});
