/**
 * Ranges of East Asian Wide and Fullwidth characters (Unicode UAX #11): CJK ideographs,
 * kana, Hangul and full-width forms such as `：`. They take two terminal columns. Combining
 * marks and zero-width characters take none, and everything else takes one. The engine has
 * a fuller table in its formatter; this copy exists because `--help` aligns columns with it
 * and must not load the engine.
 */
const wideRanges: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

const zeroWidth = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]$/u;

export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (code < 0x1100) return zeroWidth.test(char) ? 0 : 1;
  if (zeroWidth.test(char)) return 0;
  return wideRanges.some(([low, high]) => code >= low && code <= high) ? 2 : 1;
}

/** Display width of a string in terminal columns. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Pads `text` with spaces on the right to `width` terminal columns. */
export function padToWidth(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - textWidth(text)));
}
