// Column widths of characters as xterm.js (Unicode 6 tables) lays them out,
// so the line editor's cursor arithmetic agrees with the screen: CJK and
// full-width forms take two columns, combining marks none.

const wide: [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

const zero: [number, number][] = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0xfe00, 0xfe0f],
];

function inRanges(cp: number, ranges: [number, number][]): boolean {
  for (const [a, b] of ranges) if (cp >= a && cp <= b) return true;
  return false;
}

export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (inRanges(cp, zero)) return 0;
  return inRanges(cp, wide) ? 2 : 1;
}

export function stringWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/**
 * Where text leaves the cursor when written from column `startCol` of a
 * terminal `cols` wide, as an offset in cells from the start of that row.
 * A wide character that does not fit at the end of a row wraps whole,
 * leaving the last cell empty, as xterm does.
 */
export function advance(startCol: number, text: Iterable<string>, cols: number): number {
  let pos = startCol;
  for (const ch of text) {
    const w = charWidth(ch);
    if (w === 0) continue;
    const col = pos % cols;
    if (col + w > cols) pos += cols - col;
    pos += w;
  }
  return pos;
}
