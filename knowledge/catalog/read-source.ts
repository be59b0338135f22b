import { existsSync, readFileSync, statSync } from "node:fs";

/** A plan's text, or why it cannot be read. */
export type SourceRead = { ok: true; text: string } | { ok: false; error: string };

/**
 * Reads a plan's text file and refuses what is not one: a missing or empty file, a binary file (NUL bytes or
 * many control characters, e.g. a PDF given instead of its extracted text), or text that is not UTF-8.
 */
export function readSource(path: string): SourceRead {
  if (!existsSync(path)) return { ok: false, error: `ingest: ${path}: file not found` };
  if (!statSync(path).isFile()) return { ok: false, error: `ingest: ${path}: not a file` };
  const bytes = readFileSync(path);
  if (bytes.length === 0) return { ok: false, error: `ingest: ${path}: empty file; export the plan's text first` };
  const head = bytes.subarray(0, 65536);
  if (head.includes(0) || head.subarray(0, 5).toString("latin1") === "%PDF-") {
    return { ok: false, error: `ingest: ${path}: binary file (a PDF?); give the text extracted from the plan (pdftotext or OCR)` };
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  const control = (text.match(/[\u0001-\u0008\u000E-\u001F]/g) ?? []).length;
  if (replaced > text.length * 0.01 || control > text.length * 0.01) {
    return { ok: false, error: `ingest: ${path}: not UTF-8 text; convert it to UTF-8 (iconv -f latin1 -t utf-8)` };
  }
  if (text.trim().length < 200) return { ok: false, error: `ingest: ${path}: too short to hold fiches (${text.trim().length} characters); is it a plan?` };
  return { ok: true, text: text.replace(/^\uFEFF/, "") };
}
