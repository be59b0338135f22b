import MiniSearch from "minisearch";
import type { Catalog } from "../../knowledge/model/index.js";
import type { SystemOutput } from "./metrics.js";

/**
 * The comparison point: plain minisearch with its defaults over the same fiches (title and text), filtered by
 * the question's département, top 3 shown, never declining. Its text is the titles and texts of what it shows.
 */
export function plainMinisearch(catalog: Catalog): (q: string, departement?: string) => SystemOutput {
  const ms = new MiniSearch<{ id: string; title: string; text: string; dep: string }>({ fields: ["title", "text"], storeFields: ["dep"] });
  ms.addAll(catalog.fiches.map((f) => ({ id: f.id, title: f.title, text: f.text, dep: f.departement.code })));
  const byId = new Map(catalog.fiches.map((f) => [f.id, f]));
  return (q, departement) => {
    const results = ms.search(q, departement ? { filter: (r) => r.dep === departement } : {}).slice(0, 3);
    const fiches = results.map((r) => byId.get(String(r.id))!);
    return { numbers: fiches.map((f) => f.number), answered: fiches.length > 0, text: fiches.map((f) => `${f.title}\n${f.text}`).join("\n") };
  };
}
