import { describe, expect, it } from "vitest";
import { flattenGridTables } from "../../../knowledge/ingest/grid-tables.js";

describe("flattenGridTables", () => {
  it("writes each row as one pipe row, cells wrapped over lines joined, list items set apart", () => {
    const table = [
      "+-----------------+----------------------------+",
      "| **Pilote(s)**   | -   Département de la      |",
      "|                 |     Vienne – Direction de  |",
      "|                 |     l'insertion            |",
      "|                 | -   France Travail         |",
      "+-----------------+----------------------------+",
      "texte après",
    ].join("\n");
    expect(flattenGridTables(table).split("\n")).toEqual([
      "",
      "| **Pilote(s)** | Département de la Vienne – Direction de l'insertion<br>France Travail |",
      "",
      "",
      "",
      "",
      "texte après",
    ]);
  });

  it("takes each row's columns from the border above it: a merged title row, a cell spanning two columns", () => {
    const table = [
      "+---------------------------------------------+",
      "| **FICHE 3.1 – Clauses sociales 2024**       |",
      "+=====================+=======================+",
      "| **Pilote(s)**       | Département           |",
      "+---------------------+-----------------------+",
      "| Budget 2024 sur deux colonnes de la table   |",
      "+---------------------------------------------+",
    ].join("\n");
    expect(flattenGridTables(table).split("\n").filter((l) => l !== "")).toEqual([
      "| **FICHE 3.1 – Clauses sociales 2024** |",
      "| **Pilote(s)** | Département |",
      "| Budget 2024 sur deux colonnes de la table |",
    ]);
  });

  it("leaves text without grid tables as it is", () => {
    const text = "Pilote : Département\n| a | b |\n+ une ligne";
    expect(flattenGridTables(text)).toBe(text);
  });
});
