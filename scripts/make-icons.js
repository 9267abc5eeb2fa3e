'use strict';
/**
 * Draws the add-in's icons into assets/: icon-16/32/64/80/128.png. Deterministic (same bytes on
 * every run); no dependencies: the PNG encoder is zlib + CRC32 below.
 *
 * The motif: a teal rounded tile (finance green), a white 自评表 sheet with a teal grid, and a
 * gold badge with a check mark (checked and recalculated). Geometry is designed on a 32-unit grid
 * and scaled; 16 px has its own pixel-aligned layout so that the lines stay crisp.
 *
 * recalc-16/32/80.png are the 一键重算 button's: the same tile with a white circular arrow around a
 * gold dot.
 *
 *   node scripts/make-icons.js                 writes assets/icon-*.png and assets/recalc-*.png
 *   node scripts/make-icons.js --preview FILE  also writes a preview sheet (each size, and each
 *                                              size enlarged ×8 without smoothing)
 *   node scripts/make-icons.js --check         exits 1 when assets/ differ from what it would draw
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
/** The 一键重算 ribbon button: the sizes a ribbon button uses. */
const RECALC_SIZES = [16, 32, 80];
const ASSETS = path.resolve(__dirname, '..', 'assets');

// ---------------------------------------------------------------------------------------------
// PNG encoding (RGBA, 8 bits per channel, filter 0 … 4 chosen per row like most encoders do).

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** @param {number} w @param {number} h @param {Uint8Array} rgba */
function encodePng(w, h, rgba) {
  const stride = w * 4;
  const raw = Buffer.alloc((stride + 1) * h);
  const prevRow = new Uint8Array(stride);
  const candidate = Buffer.alloc(stride);
  for (let y = 0; y < h; y++) {
    const row = rgba.subarray(y * stride, (y + 1) * stride);
    const prev = y ? rgba.subarray((y - 1) * stride, y * stride) : prevRow;
    let best = null;
    let bestScore = Infinity;
    for (let f = 0; f <= 4; f++) {
      let score = 0;
      for (let i = 0; i < stride; i++) {
        const a = i >= 4 ? row[i - 4] : 0;
        const b = prev[i];
        const c = i >= 4 ? prev[i - 4] : 0;
        const pred = f === 0 ? 0 : f === 1 ? a : f === 2 ? b : f === 3 ? (a + b) >> 1 : paeth(a, b, c);
        const v = (row[i] - pred) & 0xff;
        candidate[i] = v;
        score += v < 128 ? v : 256 - v;
      }
      if (score < bestScore) {
        bestScore = score;
        best = Buffer.from(candidate);
        best.filter = f;
      }
    }
    raw[y * (stride + 1)] = best.filter;
    best.copy(raw, y * (stride + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Shapes as inside-tests on a point (x, y) in pixel units; coverage by supersampling.

const hex = (s) => [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16));
const COLORS = {
  tileTop: hex('#17A085'),
  tileBottom: hex('#0B6B59'),
  sheet: hex('#FFFFFF'),
  header: hex('#CDEFE6'),
  grid: hex('#0E7C66'),
  badge: hex('#FFC233'),
  check: hex('#0A4F43'),
};

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = x < x0 + r ? x0 + r : x > x1 - r ? x1 - r : x;
    const cy = y < y0 + r ? y0 + r : y > y1 - r ? y1 - r : y;
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
const pixels = (list) => {
  const set = new Set(list.map(([x, y]) => `${x},${y}`));
  return (x, y) => set.has(`${Math.floor(x)},${Math.floor(y)}`);
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** A polyline of width w with round joins and caps. */
function polyline(points, w) {
  const r2 = (w / 2) ** 2;
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r2) return true;
    }
    return false;
  };
}

function triangle([ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy, x, y) => (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
}

/** A ring of mid radius r and width w from angle `from` to `to` (degrees, clockwise on screen). */
function arc(cx, cy, r, w, from, to) {
  return (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    if (d < r - w / 2 || d > r + w / 2) return false;
    let a = (Math.atan2(y - cy, x - cx) * 180) / Math.PI;
    while (a < from) a += 360;
    return a <= to;
  };
}

/** An arrowhead at angle `at` of a circle (cx, cy, r), pointing clockwise. */
function arrowhead(cx, cy, r, at, length, halfWidth) {
  const t = (at * Math.PI) / 180;
  const [nx, ny] = [Math.cos(t), Math.sin(t)]; // radial
  const [tx, ty] = [-ny, nx]; // clockwise tangent (y down)
  const [px, py] = [cx + r * nx, cy + r * ny];
  return triangle([px + tx * length, py + ty * length], [px + nx * halfWidth, py + ny * halfWidth], [px - nx * halfWidth, py - ny * halfWidth]);
}

const tileColorFor = (size) => (y) => {
  const t = y / size;
  return COLORS.tileTop.map((c, i) => c + (COLORS.tileBottom[i] - c) * t);
};

/** The 一键重算 icon: a clockwise circular arrow around a gold dot. */
function recalcLayers(size) {
  const tileColor = tileColorFor(size);
  if (size === 16) {
    return [
      [roundRect(0, 0, 16, 16, 3), tileColor],
      [arc(8, 8, 4.6, 2, -30, 250), COLORS.sheet],
      [arrowhead(8, 8, 4.6, 250, 3.2, 2.8), COLORS.sheet],
      [pixels([[7, 7], [8, 7], [7, 8], [8, 8]]), COLORS.badge],
    ];
  }
  const u = size / 32;
  const s = (v) => v * u;
  const c = s(16);
  return [
    [roundRect(0, 0, size, size, s(6.5)), tileColor],
    [arc(c, c, s(9), s(3.4), -30, 248), COLORS.sheet],
    [arrowhead(c, c, s(9), 248, s(6), s(5.2)), COLORS.sheet],
    [circle(c, c, s(3.6)), COLORS.badge],
  ];
}

/** Layers (shape, colour or colour function of y) for one size. */
function layers(size) {
  const tileColor = tileColorFor(size);
  const both = (f, g) => (x, y) => f(x, y) && g(x, y);
  if (size === 16) {
    // Pixel-aligned: 1 px lines on whole pixels, badge 8 px wide.
    const tile = roundRect(0, 0, 16, 16, 3);
    return [
      [tile, tileColor],
      [rect(2, 2, 12, 12), COLORS.sheet],
      [rect(2, 2, 12, 5), COLORS.header],
      [rect(2, 5, 12, 6), COLORS.grid],
      [rect(2, 8, 12, 9), COLORS.grid],
      [rect(5, 5, 6, 12), COLORS.grid],
      [both(circle(11.5, 11.5, 5), tile), tileColor],
      [circle(11.5, 11.5, 4), COLORS.badge],
      // The check as a 2 px pixel staircase: crisper than an antialiased stroke at this size.
      [pixels([[14, 9], [13, 10], [14, 10], [9, 11], [12, 11], [13, 11], [9, 12], [10, 12], [11, 12], [12, 12], [10, 13], [11, 13]]), COLORS.check],
    ];
  }
  const u = size / 32;
  const s = (v) => v * u;
  const line = Math.max(1, Math.round(s(1)));
  const snap = (v) => Math.round(s(v));
  const gx0 = snap(5);
  const gy0 = snap(5);
  const gx1 = snap(24);
  const gy1 = snap(24);
  const hy = snap(10); // header band bottom
  const rows = [hy, snap(14.5), snap(19)];
  const col = snap(11);
  const tile = roundRect(0, 0, size, size, s(6.5));
  const shapes = [
    [tile, tileColor],
    [roundRect(gx0, gy0, gx1, gy1, s(1.2)), COLORS.sheet],
    [rect(gx0, gy0 + s(1.2) / 2, gx1, hy), COLORS.header],
    [roundRect(gx0, gy0, gx1, gy0 + s(2.4), s(1.2)), COLORS.header],
  ];
  for (const y of rows) shapes.push([rect(gx0, y, gx1, y + line), COLORS.grid]);
  shapes.push([rect(col, hy, col + line, gy1), COLORS.grid]);
  shapes.push([rect(snap(17.5), hy, snap(17.5) + line, gy1), COLORS.grid]);
  shapes.push(
    // The ring that separates the badge from the sheet, clipped to the tile.
    [both(circle(s(23.5), s(23.5), s(8.6)), tile), tileColor],
    [circle(s(23.5), s(23.5), s(7)), COLORS.badge],
    [polyline([[s(19.9), s(23.7)], [s(22.5), s(26.3)], [s(27.2), s(21)]], s(2.3)), COLORS.check],
  );
  return shapes;
}

/** Renders with n×n samples per pixel; colours are blended in sRGB (fine for flat shapes). */
function render(size, n = 8, motif = layers) {
  const out = new Uint8Array(size * size * 4);
  const ls = motif(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = px + (sx + 0.5) / n;
          const y = py + (sy + 0.5) / n;
          let col = null;
          for (const [inside, color] of ls) {
            if (inside(x, y)) col = typeof color === 'function' ? color(y) : color;
          }
          if (col) {
            r += col[0];
            g += col[1];
            b += col[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return out;
}

/** Every size side by side on white, then each enlarged ×8 (nearest neighbour), for review. */
function previewSheet(images) {
  const zoom = 8;
  const gap = 8;
  const w = images.reduce((s, im) => s + im.size * zoom + gap, gap);
  const h = gap + 128 + gap + 128 * zoom + gap;
  const px = new Uint8Array(w * h * 4).fill(255);
  const put = (x, y, src, si) => {
    const a = src[si + 3] / 255;
    const di = (y * w + x) * 4;
    for (let c = 0; c < 3; c++) px[di + c] = Math.round(src[si + c] * a + 255 * (1 - a));
  };
  let x0 = gap;
  for (const im of images) {
    for (let y = 0; y < im.size; y++) for (let x = 0; x < im.size; x++) put(x0 + x, gap + y, im.rgba, (y * im.size + x) * 4);
    for (let y = 0; y < im.size * zoom; y++) {
      for (let x = 0; x < im.size * zoom; x++) {
        put(x0 + x, gap + 128 + gap + y, im.rgba, (Math.floor(y / zoom) * im.size + Math.floor(x / zoom)) * 4);
      }
    }
    x0 += im.size * zoom + gap;
  }
  return encodePng(w, h, px);
}

function main() {
  const images = [
    ...SIZES.map((size) => ({ size, name: `icon-${size}.png`, rgba: render(size) })),
    ...RECALC_SIZES.map((size) => ({ size, name: `recalc-${size}.png`, rgba: render(size, 8, recalcLayers) })),
  ];
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { size, name, rgba } of images) {
    const file = path.join(ASSETS, name);
    const png = encodePng(size, size, rgba);
    if (check) {
      const same = fs.existsSync(file) && fs.readFileSync(file).equals(png);
      if (!same) {
        stale++;
        process.stderr.write(`${path.relative(process.cwd(), file)} differs from scripts/make-icons.js\n`);
      }
    } else {
      fs.mkdirSync(ASSETS, { recursive: true });
      fs.writeFileSync(file, png);
      process.stdout.write(`${path.relative(process.cwd(), file)} ${png.length} bytes\n`);
    }
  }
  const p = process.argv.indexOf('--preview');
  if (p >= 0 && process.argv[p + 1]) {
    fs.writeFileSync(process.argv[p + 1], previewSheet(images));
    process.stdout.write(`preview: ${process.argv[p + 1]}\n`);
  }
  if (check && stale) process.exitCode = 1;
}

if (require.main === module) main();
module.exports = { encodePng, crc32, render, layers, recalcLayers, SIZES, RECALC_SIZES };
