import { describe, expect, it } from "vitest";
import { maskingNotice } from "../../../dialogs/privacy/masking-notice.js";

describe("maskingNotice", () => {
  it("says nothing when nothing was masked", () => {
    expect(maskingNotice([])).toBeNull();
  });
  it("names what was masked, in French", () => {
    expect(maskingNotice(["téléphone"])).toContain("le numéro de téléphone :");
    expect(maskingNotice(["NIR", "e-mail", "adresse"])).toContain("le numéro de sécurité sociale, l'adresse e-mail et l'adresse :");
  });
});
