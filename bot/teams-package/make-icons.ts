/**
 * Draws the Teams app icons into appPackage/: color.png (192x192, white "i" on the manifest's accent colour) and
 * outline.png (32x32, white "i" in a ring on a transparent background). The PNGs are checked in; run this only to
 * redraw them: `npx tsx bot/teams-package/make-icons.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { encodePng } from "./png.js";

const APP_PACKAGE_DIR = new URL("../../appPackage/", import.meta.url);

/** Signed shapes: true when the point is inside. */
type Shape = (x: number, y: number) => boolean;
const circle = (cx: number, cy: number, r: number): Shape => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx: number, cy: number, outer: number, inner: number): Shape => (x, y) => {
  const d = (x - cx) ** 2 + (y - cy) ** 2;
  return d <= outer * outer && d >= inner * inner;
};
const roundedRect = (x0: number, y0: number, x1: number, y1: number, r: number): Shape => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

/** Coverage of a pixel by the union of shapes, by 8x8 supersampling (anti-aliased edges). */
function coverage(shapes: Shape[], px: number, py: number): number {
  const n = 8;
  let inside = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const x = px + (i + 0.5) / n;
      const y = py + (j + 0.5) / n;
      if (shapes.some((s) => s(x, y))) inside++;
    }
  return inside / (n * n);
}

function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`make-icons: not a #RRGGBB colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** 192x192: the accent colour, opaque, with a white "i" (white blended over the background). */
export function drawColorIcon(accentColor: string): Buffer {
  const size = 192;
  const [r, g, b] = hexToRgb(accentColor);
  const glyph = [circle(96, 58, 17), roundedRect(81, 88, 111, 150, 7)];
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const a = coverage(glyph, x, y);
      const o = (y * size + x) * 4;
      rgba[o] = Math.round(r + (255 - r) * a);
      rgba[o + 1] = Math.round(g + (255 - g) * a);
      rgba[o + 2] = Math.round(b + (255 - b) * a);
      rgba[o + 3] = 255;
    }
  return encodePng(size, size, rgba);
}

/** 32x32: white only, transparent elsewhere (alpha carries the anti-aliasing), as Teams asks of outline icons. */
export function drawOutlineIcon(): Buffer {
  const size = 32;
  const glyph = [ring(16, 16, 15.5, 13.5), circle(16, 9.5, 2.25), roundedRect(14, 13.5, 18, 24, 1)];
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const o = (y * size + x) * 4;
      rgba[o] = rgba[o + 1] = rgba[o + 2] = 255;
      rgba[o + 3] = Math.round(255 * coverage(glyph, x, y));
    }
  return encodePng(size, size, rgba);
}

/** The accentColor of appPackage/manifest.template.json, so that the icon and the manifest agree. */
export function templateAccentColor(): string {
  const template = JSON.parse(readFileSync(new URL("manifest.template.json", APP_PACKAGE_DIR), "utf8")) as { accentColor?: unknown };
  if (typeof template.accentColor !== "string") throw new Error("make-icons: manifest.template.json has no accentColor");
  return template.accentColor;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL("color.png", APP_PACKAGE_DIR), drawColorIcon(templateAccentColor()));
  writeFileSync(new URL("outline.png", APP_PACKAGE_DIR), drawOutlineIcon());
  console.log(`make-icons: wrote ${fileURLToPath(new URL("color.png", APP_PACKAGE_DIR))} and outline.png`);
}
