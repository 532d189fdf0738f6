// Draws Brandline's toolbar icon (a green rounded square with a white rising line) as PNGs,
// so the icons are reproducible without an image editor. Run: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
// Coverage by 4x4 supersampling keeps small sizes smooth.
function icon(x0, y0, s) {
  let inside = 0, line = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) {
    const x = (x0 - 0.5 + (i + 0.5) / 4) / s, y = (y0 - 0.5 + (j + 0.5) / 4) / s;
    const r = 0.2, cx = Math.min(Math.max(x, r), 1 - r), cy = Math.min(Math.max(y, r), 1 - r);
    if (Math.hypot(x - cx, y - cy) <= r) {
      inside++;
      const pts = [[0.2, 0.7], [0.42, 0.5], [0.56, 0.6], [0.8, 0.3]];
      let d = Infinity;
      for (let k = 0; k < pts.length - 1; k++) d = Math.min(d, distToSegment(x, y, ...pts[k], ...pts[k + 1]));
      if (d < 0.065) line++;
    }
  }
  const a = inside / 16, l = inside ? line / inside : 0;
  const mix = (c1, c2) => Math.round(c1 * (1 - l) + c2 * l);
  return [mix(11, 255), mix(110, 255), mix(79, 255), Math.round(a * 255)];
}
mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size, icon));
console.log('icons written to public/icon/');
