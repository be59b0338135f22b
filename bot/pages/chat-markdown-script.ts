/**
 * Browser source of `renderMarkdown(text)`, the chat page's small Markdown renderer for the bot's replies (the
 * subset Teams shows): HTML is escaped first, then backslash escapes, **bold**, [label](http...) links opening
 * in a new tab, "- " and "1. " list items, paragraphs split on blank lines and single line breaks. Written as
 * plain ES2017 so the page needs no build; tests evaluate it with `new Function`.
 */
export const CHAT_MARKDOWN_SCRIPT = String.raw`
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, function (c) {
    return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
  });
}

function renderMarkdownInline(escaped) {
  var out = escaped.replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s()]+)\)/g, function (m, label, url) {
    return '<a href="' + url + '" target="_blank" rel="noopener noreferrer">' + label + "</a>";
  });
  return out.replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, "<strong>$1</strong>");
}

function renderMarkdown(text) {
  var saved = [];
  var source = String(text === undefined || text === null ? "" : text)
    .replace(/\u0000/g, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\\([\\\x60*_{}\[\]()#+\-.!<>|~])/g, function (m, c) {
      saved.push(c);
      return "\u0000" + (saved.length - 1) + "\u0000";
    });
  var blocks = escapeHtml(source).split(/\n[ \t]*\n/);
  var html = [];
  blocks.forEach(function (block) {
    var lines = block.split("\n").filter(function (line) { return line.trim() !== ""; });
    var paragraph = [];
    var list = null;
    function flushParagraph() {
      if (paragraph.length > 0) html.push("<p>" + paragraph.join("<br>") + "</p>");
      paragraph = [];
    }
    function flushList() {
      if (list) html.push("<" + list.tag + ">" + list.items.join("") + "</" + list.tag + ">");
      list = null;
    }
    lines.forEach(function (line) {
      var bullet = /^\s*[-*\u2022]\s+(.*)$/.exec(line);
      var numbered = bullet ? null : /^\s*\d{1,3}[.)]\s+(.*)$/.exec(line);
      var item = bullet || numbered;
      if (item) {
        var tag = bullet ? "ul" : "ol";
        flushParagraph();
        if (list && list.tag !== tag) flushList();
        if (!list) list = { tag: tag, items: [] };
        list.items.push("<li>" + renderMarkdownInline(item[1]) + "</li>");
      } else {
        flushList();
        paragraph.push(renderMarkdownInline(line.trim()));
      }
    });
    flushParagraph();
    flushList();
  });
  return html.join("").replace(/\u0000(\d+)\u0000/g, function (m, i) {
    return escapeHtml(saved[Number(i)]);
  });
}
`;
