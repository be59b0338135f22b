import { fixOcr } from "./ocr-fixes.js";

/**
 * Turns one extracted line into plain text: HTML cells and checkboxes, markdown emphasis and escapes, LaTeX
 * superscripts, typographic spaces and quotes. Tabs are kept, because they separate table cells that the readers
 * split on (and wide runs of spaces become tabs). The result keeps the same line number as the source line.
 */
export function cleanLine(raw: string): string {
  let s = raw.replace(/\r$/, "");
  if (s.trim() === "") return "";
  // `pdftotext -layout` aligns columns with runs of spaces where other extractors write a tab: a label and its
  // value ("Pilote            Département"), the cells of a table. Three spaces or more inside the source line
  // are a cell boundary (justified prose never spaces its words that far); the spaces that removing markup leaves
  // below are not.
  s = s.replace(/(\S)[ ]{3,}(?=\S)/g, "$1\t");
  // A markdown pipe table (PDF-to-markdown converters write fiches so): its rows become tab-separated cells, as
  // other extractors write tables, and its separator row goes.
  if (s.trimStart().startsWith("|")) s = pipeRow(s);
  // pandoc's heading attributes ("## Axe 1 {#axe-1}"), footnote calls ("RSA[^3]") and the marks of their notes.
  if (s.includes("{#") || s.includes("[^")) s = s.replace(/\s*\{#[^}]*\}\s*$/, "").replace(/\[\^[\w-]+\]:?/g, "");
  // Markup is rare: test for its characters once before running the rewrites that remove it.
  if (/[<&^*\\!]/.test(s)) s = cleanMarkup(s);
  s = s.replace(/[\u00a0\u202f\u2009]/g, " ");
  s = s.replace(/[’‘]/g, "'").replace(/""/g, '"');
  s = fixOcr(s);
  return s.replace(/[ ]{2,}/g, " ").replace(/[ ]+\t/g, "\t").replace(/\t[ ]+/g, "\t").trimEnd();
}

/** "| Pilote(s) | CD87 |" → "Pilote(s)\tCD87"; "|---|:--:|" → "". A line that is no table row is kept. */
function pipeRow(line: string): string {
  const t = line.trim();
  if (!/^\|.*\|$/.test(t)) return line;
  if (/^\|(?:\s*:?-{3,}:?\s*\|)+$/.test(t)) return "";
  return t
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())
    .join("\t");
}

/** HTML cells and checkboxes, LaTeX superscripts, markdown emphasis and escapes. */
function cleanMarkup(input: string): string {
  let s = input;
  // An HTML table row on its line ("<tr><td>Pilote(s)</td><td>CD87</td></tr>"): its cells become tab-separated.
  s = s.replace(/<\/t[dh]>\s*<t[dh]\b[^>]*>/gi, "\t").replace(/<\/?(?:table|thead|tbody|tr|td|th)\b[^>]*>/gi, "");
  // Line breaks inside a cell separate the items of a list (« Pôle emploi<br>missions locales… »), bulleted or
  // not; before a word that cannot start an item (« de », « et »…) the break only wraps a sentence.
  s = s.replace(/<br\s*\/?>\s*(?=[•\-▪]\s)/gi, "; ").replace(/\s*<[bB][rR]\s*\/?>\s*(?=(?:de|du|des|d'|et|à|au|aux|en|pour|par|sur|avec|la|le|les|l')\s)/gu, " ").replace(/\s*<[bB][rR]\s*\/?>\s*(?=\S)/gu, "; ");
  // Image placeholders of a converter ("![](_page_3_Picture_1.jpeg)").
  s = s.replace(/!\[[^\]]*\]\([^)]*\)/g, "");
  // Checkboxes: keep only which state is ticked ("☑ En cours"), the unticked ones are noise.
  s = s.replace(/<input\s+checked(?:="[^"]*")?\s+type="checkbox"\s*\/?>\s*([^<\t]*)/gi, "☑ $1");
  s = s.replace(/<input\s+type="checkbox"\s+checked(?:="[^"]*")?\s*\/?>\s*([^<\t]*)/gi, "☑ $1");
  s = s.replace(/<input\s+type="checkbox"\s*\/?>\s*([^<\t]*)/gi, "");
  s = s.replace(/<\/?(?:p|ul|ol|div|span)\b[^>]*>/gi, " ");
  s = s.replace(/<li\b[^>]*>/gi, " • ").replace(/<\/li>/gi, " ");
  s = s.replace(/<br\s*\/?>/gi, " ");
  s = s.replace(/<sup>\s*([^<]*)<\/sup>/gi, "$1");
  s = s.replace(/<\/?(?:b|i|strong|em|u|sub)>/gi, "");
  s = s.replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"');
  // LaTeX superscripts: "1 ^{er}" → "1er", "2 ^e" → "2e".
  s = s.replace(/\s?\^\{([^}]*)\}/g, "$1").replace(/\s?\^([a-z]{1,3})\b/g, "$1");
  // Markdown: bold/italic markers and backslash escapes; keep heading hashes (readers use them).
  // Bold glued between two words ("OPÉRATIONNEL**2-1 ...emploi****Action n° 15**") becomes a space, so that
  // the words it separated stay apart.
  s = s.replace(/(\S)\*{2,4}(?=[A-Za-zÀ-ÿ0-9])/g, "$1 ");
  // pandoc escapes the characters markdown would read ("\<", "\$", "\[", "\'").
  s = s.replace(/\\([<>$[\]_#~|'"`.-])/g, "$1");
  return s.replace(/\\\*/g, "•").replace(/\*\*/g, "").replace(/(^|[\s(])\*(?=\S)|(?<=\S)\*(?=[\s).,:;]|$)/g, "$1");
}
