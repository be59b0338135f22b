import type { Departement, Fiche } from "../../knowledge/model/index.js";
import type { FicheIndex } from "../../knowledge/search/fiche-index.js";
import { understand } from "../understand/understand.js";

/** Default and largest page of results of the search message extension (Teams asks for 25 at most). */
export const EXTENSION_PAGE = { count: 10, max: 25 } as const;

/** Options of searchForExtension. */
export interface ExtensionSearch {
  readonly query: string;
  readonly home: Departement | null;
  /** Teams' queryOptions.skip / count (paging); defaults 0 and EXTENSION_PAGE.count. */
  readonly skip?: number;
  readonly count?: number;
}

/**
 * Fiches for the compose-box search: an empty query lists the home territory's fiches (written ones first), a
 * number finds that fiche, words search the catalog. Unlike an answer in chat, results are shown even when
 * weak: the référent picks one. Fast: no dialog, no storage.
 */
export function searchForExtension(index: FicheIndex, request: ExtensionSearch): Fiche[] {
  const skip = Math.max(0, request.skip ?? 0);
  const count = Math.min(EXTENSION_PAGE.max, Math.max(1, request.count ?? EXTENSION_PAGE.count));
  const text = request.query.trim();
  let found: Fiche[];
  if (text === "") {
    found = index.catalog.fiches
      .filter((f) => !request.home || f.departement.code === request.home.code)
      .sort((a, b) => Number(a.empty) - Number(b.empty));
  } else {
    const u = understand(text, { home: request.home });
    const departements = u.territory ? [u.territory.code] : [];
    found = u.ficheNumber ? index.byNumber(u.ficheNumber, departements) : index.search(u.query, { departements, limit: skip + count }).map((h) => h.fiche);
  }
  return found.slice(skip, skip + count);
}

/**
 * The fiche a link points to: `<PUBLIC_URL>/fiches/<id>` (or `.json`), on the bot's own host only; null for any
 * other link.
 */
export function ficheFromLink(index: FicheIndex, url: string, publicUrl: string): Fiche | null {
  let parsed: URL;
  let base: URL;
  try {
    parsed = new URL(url);
    base = new URL(publicUrl);
  } catch {
    // Not a URL (Teams passes what the user pasted): nothing to unfurl.
    return null;
  }
  if (parsed.host !== base.host) return null;
  const m = parsed.pathname.match(/\/fiches\/([0-9a-z-]+?)(?:\.json)?\/?$/);
  return m ? index.get(m[1]!) : null;
}
