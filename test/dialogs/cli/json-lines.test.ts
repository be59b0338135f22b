import { z } from "zod";
import { describe, expect, it } from "vitest";
import { jsonLines } from "../../../dialogs/cli/json-lines.js";

describe("jsonLines", () => {
  it("parses each non-blank line, numbering lines as the file does, and says what is wrong with the others", () => {
    const schema = z.object({ q: z.string() });
    expect(jsonLines('{"q": "fiche 1"}\n\nnot json\n{"q": 2}\n', schema)).toEqual([
      { line: 1, ok: true, item: { q: "fiche 1" } },
      { line: 3, ok: false, reason: "not-json", error: "not a JSON line" },
      { line: 4, ok: false, reason: "schema", error: expect.any(String) },
    ]);
  });
});
