// `node build/icons.mjs`: draws icons/icon-{16,32,48,128}.png, the toolbar and store icons.
// A white opening quotation mark over two lines of text on a brick-red tile: "the article and its
// quotes". The tile carries the contrast on light toolbars, the white mark on dark ones. Small sizes
// use a design snapped to a 16-pixel grid so the marks stay sharp. Plain Node: shapes are sampled
// 8 x 8 per pixel and written as PNG with zlib.
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const TILE = [204, 65, 37]; // #cc4125
const MARK = [255, 255, 255];
const SAMPLES = 8;

// Shapes are inside-tests in the design's own units.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
/** A stroke from a (radius ra) to b (radius rb) with round ends: the tail of a quotation mark. */
const taper = (ax, ay, ra, bx, by, rb) => (x, y) => {
  const vx = bx - ax, vy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const r = ra + (rb - ra) * t;
  return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= r * r;
};
/** One comma of an opening quotation mark, a "6": a ball with a tail that rises and bends right. */
const comma = (cx, cy, r) => {
  const ball = taper(cx, cy, r, cx, cy, r);
  const rise = taper(cx - r * 0.3, cy - r * 0.2, r * 0.8, cx - r * 0.2, cy - r * 1.45, r * 0.5);
  const bend = taper(cx - r * 0.2, cy - r * 1.45, r * 0.5, cx + r * 0.75, cy - r * 2.3, r * 0.24);
  return (x, y) => ball(x, y) || rise(x, y) || bend(x, y);
};

const DESIGNS = {
  // 16-unit grid, for 16 and 32 px: the quote mark above two whole-pixel lines.
  small: {
    units: 16,
    tile: roundRect(0, 0, 16, 16, 3.5),
    marks: [comma(4.8, 5.6, 1.8), comma(9.6, 5.6, 1.8), roundRect(3, 9, 13, 11, 1), roundRect(3, 13, 10, 15, 1)],
  },
  // 128-unit design, for 48 and 128 px: more lines, finer marks.
  large: {
    units: 128,
    tile: roundRect(4, 4, 124, 124, 26),
    marks: [comma(40, 52, 12.5), comma(72, 52, 12.5), roundRect(28, 74, 100, 84, 5), roundRect(28, 91, 100, 101, 5), roundRect(28, 108, 80, 116, 4)],
  },
};

function draw(size, design) {
  const scale = design.units / size;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let mark = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * scale;
          const y = (py + (sy + 0.5) / SAMPLES) * scale;
          if (!design.tile(x, y)) continue;
          tile++;
          if (design.marks.some((m) => m(x, y))) mark++;
        }
      }
      const i = (py * size + px) * 4;
      const m = tile ? mark / tile : 0;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(TILE[c] * (1 - m) + MARK[c] * m);
      rgba[i + 3] = Math.round((255 * tile) / (SAMPLES * SAMPLES));
    }
  }
  return png(size, rgba);
}

function png(size, rgba) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('icons', { recursive: true });
for (const [size, design] of [[16, 'small'], [32, 'small'], [48, 'large'], [128, 'large']]) {
  writeFileSync(`icons/icon-${size}.png`, draw(size, DESIGNS[design]));
}
