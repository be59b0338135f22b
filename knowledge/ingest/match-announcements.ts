import type { Announcement } from "./announcements.js";
import type { Body } from "./split.js";
import { titleSimilarity } from "./similarity.js";

/** Matches bodies to announcements: by number, checking the title; numberless bodies by title, in order. */
export function matchAnnouncements(bodies: readonly Body[], anns: readonly Announcement[], bodyTitles: readonly string[]): Array<Announcement | null> {
  const used = new Set<Announcement>();
  const result: Array<Announcement | null> = bodies.map(() => null);
  const base = (n: string | null): string => (n ?? "").replace(/[-]/g, ".").replace(/(bis|ter)$/, "");
  bodies.forEach((b, k) => {
    if (b.number === null) return;
    const same = anns.filter((a) => a.number !== null && base(a.number) === base(b.number));
    if (same.length === 0) return;
    const scored = same.map((a) => ({ a, s: bodyTitles[k] ? titleSimilarity(bodyTitles[k]!, a.title) : 1 }));
    const exact = scored.filter((x) => x.a.number!.replace("-", ".") === b.number!.replace("-", "."));
    const variants = scored.filter((x) => !exact.includes(x));
    // "8.4" in a table may be another action than the body's 8.4, whose row is "8.4bis": trust the title.
    const bestVariant = variants.sort((x, y) => y.s - x.s)[0];
    const bestExact = exact.sort((x, y) => y.s - x.s)[0];
    const pick = bestExact && (bestExact.s >= 0.4 || !bestVariant || bestVariant.s <= bestExact.s) ? bestExact : bestVariant;
    if (pick) {
      // Every announcement of the same number and title (sommaire and list) is taken by this body; one of the same
      // number and another title announces another fiche (plans that number afresh in each axe).
      const alike = pick === bestExact ? exact.filter((x) => x === pick || x.s >= Math.min(0.5, pick.s)) : [pick];
      for (const x of alike) used.add(x.a);
      result[k] = alike[alike.length - 1]!.a;
    }
  });
  bodies.forEach((b, k) => {
    if (b.number !== null || !bodyTitles[k]) return;
    let best: Announcement | null = null;
    let bestScore = 0.5;
    for (const a of anns) {
      if (a.number === null || used.has(a) || a.index > b.start) continue;
      const s = titleSimilarity(bodyTitles[k]!, a.title);
      // Later announcements (the list just above the body) win ties over the sommaire.
      if (s > bestScore || (s === bestScore && best !== null && a.index > best.index)) {
        best = a;
        bestScore = s;
      }
    }
    if (best) {
      for (const a of anns) if (a.number === best.number) used.add(a);
      result[k] = best;
    }
  });
  return result;
}

