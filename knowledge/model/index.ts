export * from "./departement.js";
export * from "./plan.js";
export * from "./fiche.js";
export * from "./dispositif.js";
export * from "./catalog.js";
