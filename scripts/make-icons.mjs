// Draws the toolbar/store icons (a sweat drop on an orange disc) as PNGs, with no image
// library: the icons are simple enough to rasterise by hand, and this keeps them reproducible.
// Run: node scripts/make-icons.mjs  (writes public/icons/icon-{16,32,48,128}.png)
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y, size), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Coverage by 4x4 supersampling so small sizes stay smooth.
function icon(x, y, size) {
  let disc = 0;
  let drop = 0;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++) {
      const u = (x + (sx + 0.5) / 4) / size - 0.5;
      const v = (y + (sy + 0.5) / 4) / size - 0.5;
      if (u * u + v * v <= 0.25) disc++;
      // Drop: a circle at the bottom joined to a point at the top.
      const cy = 0.1;
      const r = 0.2;
      const inCircle = u * u + (v - cy) * (v - cy) <= r * r;
      const t = (v + 0.32) / (cy + 0.32);
      const inCone = v < cy && v > -0.32 && Math.abs(u) <= r * t;
      if (inCircle || inCone) drop++;
    }
  const a = disc / 16;
  const d = drop / 16;
  const [r, g, b] = [252 * (1 - d) + 255 * d, 82 * (1 - d) + 255 * d, 0 * (1 - d) + 255 * d];
  return [Math.round(r), Math.round(g), Math.round(b), Math.round(255 * a)];
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size, icon));
console.log('wrote public/icons/icon-{16,32,48,128}.png');
