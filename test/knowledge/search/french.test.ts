import { describe, expect, it } from "vitest";
import { stemFrench } from "../../../knowledge/search/french.js";

describe("stemFrench", () => {
  it("meets singular and plural, « -aux » as « -al » but « -eaux » as « -eau »", () => {
    expect(stemFrench("allocataires")).toBe(stemFrench("allocataire"));
    expect(stemFrench("sociaux")).toBe(stemFrench("social"));
    expect(stemFrench("nouveaux")).toBe(stemFrench("nouveau"));
    expect(stemFrench("réseaux".normalize("NFD").replace(/\p{M}/gu, ""))).toBe("reseau");
  });
});
