/**
 * URLs written into `href` and `action` attributes: only absolute http(s) URLs and same-site paths pass, so a
 * `javascript:` or `data:` URL taken from a catalog or a configuration never reaches a link.
 */

/** The URL if it is an absolute http(s) URL or a same-site path ("/fiches/x"), otherwise undefined. */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^\/(?![/\\])/.test(trimmed)) return trimmed;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The base of the site's links: the public URL without its trailing slashes, or "" (links relative to the site's
 * root) when it is not an http(s) URL.
 */
export function siteBase(publicUrl: string): string {
  const base = publicUrl.trim().replace(/\/+$/, "");
  return /^https?:\/\//i.test(base) && safeHref(base) !== undefined ? base : "";
}

/** The fiche page's URL: `${publicUrl}/fiches/${id}` (the id is URL-encoded; `suffix` is e.g. ".json"). */
export function ficheUrl(publicUrl: string, ficheId: string, suffix = ""): string {
  return `${siteBase(publicUrl)}/fiches/${encodeURIComponent(ficheId)}${suffix}`;
}
