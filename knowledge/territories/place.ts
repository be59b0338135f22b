import type { Departement } from "../model/departement.js";

/** A commune or an EPCI, as the territory matchers return it. `code`: INSEE code of a commune, SIREN of an EPCI. */
export interface Place {
  readonly name: string;
  readonly type: "commune" | "epci";
  readonly code: string;
  /** The commune's département; for an EPCI, the département holding most of its population. */
  readonly departement: Departement;
}
