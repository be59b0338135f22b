/**
 * Territories: recognising départements, communes, EPCI and named zones in users' questions and in plans.
 * Data: `@etalab/decoupage-administratif`, through a small snapshot (data/admin-snapshot.json, rebuilt with
 * `npx tsx knowledge/territories/build-admin-snapshot.ts` after upgrading the package).
 *
 * Limits: names are matched as written (no spelling tolerance beyond accents, case, hyphens, apostrophes,
 * "saint"/"st", a leading article and a plural "s" on département names); a commune named like an ordinary word
 * needs context (see place-guard.ts); zones are the "pays", "bassin", "CDAS" and "agence" a plan names, with no code.
 */
export { allDepartements, departementByCode, findDepartementInText, findDepartementMentions } from "./departements.js";
export type { DepartementCue, DepartementMention } from "./departements.js";
export { findPlacesInQuery, placeIndex, resolvePlace } from "./places.js";
export type { Place, PlaceMention, PlaceOptions } from "./places.js";
export { findTerritoiresInFiche } from "./fiche-territories.js";
