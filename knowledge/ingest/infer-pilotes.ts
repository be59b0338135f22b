/**
 * Pilotes of a fiche with no pilote field (execution reports): who the text says carries the action ("portée
 * par", "pilotée par", "mise en œuvre par", "opérateur"), or who receives the participation that funds it.
 */
export function inferPilotes(text: string): string[] {
  const found: string[] = [];
  // A proper name: capitalised words (or acronyms), joined by "de", "du", "des", "d'", "pour", on one line.
  const word = String.raw`(?:[A-ZÀ-Ý0-9][\w'’À-ÿ&/-]*|emploi|locales?|insertion|d[ée]partementale?|sociale?|solidaire)`;
  const name = String.raw`((?:[Ll]'|[Ll]a |[Ll]e |[Ll]es )?[A-ZÀ-Ý][\w'’À-ÿ&/-]*(?:[ ]+(?:de la |du |des |de |d'|pour l'|pour )?${word}){0,5})`;
  const patterns = [
    new RegExp(String.raw`\b(?:port[ée]e?s?|pilot[ée]e?s?|men[ée]e?s?|coordonn[ée]e?s?|mise? en (?:œ|oe)uvre|r[ée]alis[ée]e?s?|assur[ée]e?s?|anim[ée]e?s?)[ ]+par[ ]+${name}`, "g"),
    new RegExp(String.raw`\b(?:[Oo]p[ée]rateur|[Pp]orteur(?: de projet)?|[Pp]ilote)[ ]*:[ ]*${name}`, "g"),
    new RegExp(String.raw`\b[Pp]articipations?[ ]+(?:vers[ée]es?[ ]+)?(?:à|a|au|aux)[ ]+${name}`, "g"),
  ];
  for (const p of patterns) {
    for (const m of text.matchAll(p)) {
      const n = m[1]!.replace(/^(?:[Ll]a|[Ll]es|[Ll]e) /, "").replace(/[.,;:]+$/, "").trim();
      if (n.replace(/[^A-Za-zÀ-ÿ]/g, "").length >= 2) found.push(n);
    }
  }
  // "participations versées aux associations : Pass Emploi (pays de St Malo) 68 000€ ; Eureka emplois services
  // (pays de Brocéliande) 22 500€ ; …": the operators an execution report pays, each before its place or amount.
  const paid = /\b[Pp]articipations?[ ]+(?:vers[ée]es?[ ]+)?(?:aux|à des)[ ]+(?:trois |deux |quatre )?(?:associations|structures|op[ée]rateurs|porteurs)[^:\n]{0,40}:[ ]*([^]{0,600}?)(?:\.\s*\n|\n\s*\n|\n#|$)/.exec(text);
  if (paid) {
    // The list may wrap onto the next lines ("Mission Locale du Pays de" / "Fougères 68 980€").
    for (const item of paid[1]!.replace(/\s*\n\s*/g, " ").split(/;/)) {
      const n = item.trim().match(/^([A-ZÀ-Ý][^()\d€]{2,60}?)\s*(?:\(|\d|$)/)?.[1]?.trim();
      if (n && n.split(/\s+/).length <= 6) found.push(n);
    }
  }
  // The Département as the subject that runs the action: "le Département porte", "le CD35 a mis en place".
  if (found.length === 0 && /\b(?:[Ll]e (?:D[ée]partement|CD ?\d{2,3})|[Ll]e [Cc]onseil d[ée]partemental)\s+(?:porte|pilote|a mis en place|met en (?:œ|oe)uvre|a lanc[ée]|finance|assure|coordonne)/.test(text)) {
    found.push("Conseil départemental");
  }
  return [...new Set(found)].slice(0, 6);
}

