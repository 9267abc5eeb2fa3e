'use strict';
/**
 * Hostile workbooks for `npm run bench -- --only hostile` and the tests (issue 10), built from a
 * real package: a zip bomb (one worksheet part of N bytes of XML whitespace, ~1000:1) and a
 * workbook with a huge sheet of numbers beside its forms. Node's zlib compresses (C, fast enough
 * for 2 GiB of spaces); a minimal zip writer puts the entries back, so that the bomb's directory
 * tells its true size and CRC — the reader has to refuse it by its limits, not by a mismatch.
 */
const zlib = require('zlib');
const { unzipSync } = require('fflate');

/** Deflates `total` bytes made of `chunk` repeated, streaming (the input is never held whole). */
function deflateRepeated(head, chunk, total, tail) {
  const d = zlib.createDeflateRaw({ level: 9 });
  const out = [];
  d.on('data', (b) => out.push(b));
  let crc = zlib.crc32(head);
  d.write(head);
  let left = total - head.length - tail.length;
  while (left > 0) {
    const c = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = zlib.crc32(c, crc);
    d.write(c);
    left -= c.length;
  }
  crc = zlib.crc32(tail, crc);
  d.end(tail);
  return new Promise((resolve) => d.on('end', () => resolve({ data: Buffer.concat(out), crc, size: total })));
}

function u16(n) {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** entries: [{ name, data (deflated), crc, size }] → zip bytes (no zip64: parts under 4 GiB). */
function zipOf(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const common = Buffer.concat([u16(20), u16(0x800), u16(8), u16(0), u16(0x21), u32(e.crc), u32(e.data.length), u32(e.size), u16(name.length), u16(0)]);
    const local = Buffer.concat([u32(0x04034b50), common, name]);
    locals.push(local, e.data);
    central.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    offset += local.length + e.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(dir.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, dir, end]);
}

async function rebuilt(fixture, replace) {
  const files = unzipSync(new Uint8Array(fixture));
  const entries = [];
  for (const [name, bytes] of Object.entries(files)) {
    if (replace[name]) entries.push({ name, ...(await replace[name]()) });
    else entries.push({ name, data: zlib.deflateRawSync(bytes), crc: zlib.crc32(bytes), size: bytes.length });
  }
  for (const [name, make] of Object.entries(replace)) if (!files[name]) entries.push({ name, ...(await make()) });
  return zipOf(entries);
}

/** The fixture with xl/worksheets/sheet1.xml replaced by `bytes` of whitespace inside a worksheet. */
function bomb(fixture, bytes) {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const tail = Buffer.from('</sheetData></worksheet>');
  return rebuilt(fixture, { 'xl/worksheets/sheet1.xml': () => deflateRepeated(head, Buffer.alloc(1 << 20, 0x20), bytes, tail) });
}

/** The fixture with one more sheet (sheet part `name`) of `rows` rows × `cols` numbers. */
async function withBigSheet(fixture, rows, cols = 1) {
  const files = unzipSync(new Uint8Array(fixture));
  const dec = (n) => Buffer.from(files[n]).toString('utf8');
  const sheetXml = () => {
    const parts = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
    const letters = (c) => String.fromCharCode(65 + c);
    for (let r = 1; r <= rows; r++) {
      let row = `<row r="${r}">`;
      for (let c = 0; c < cols; c++) row += `<c r="${letters(c)}${r}"><v>${(r * 7 + c) % 100000}.25</v></c>`;
      parts.push(row + '</row>');
    }
    parts.push('</sheetData></worksheet>');
    return Buffer.from(parts.join(''));
  };
  const plain = (text) => async () => {
    const b = Buffer.from(text);
    return { data: zlib.deflateRawSync(b), crc: zlib.crc32(b), size: b.length };
  };
  const data = 'xl/worksheets/sheetBig.xml';
  const workbook = dec('xl/workbook.xml').replace('</sheets>', '<sheet name="数据" sheetId="999" r:id="rIdBig"/></sheets>');
  const rels = dec('xl/_rels/workbook.xml.rels').replace('</Relationships>', `<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheetBig.xml"/></Relationships>`);
  const types = dec('[Content_Types].xml').replace('</Types>', `<Override PartName="/${data}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
  return rebuilt(fixture, { 'xl/workbook.xml': plain(workbook), 'xl/_rels/workbook.xml.rels': plain(rels), '[Content_Types].xml': plain(types), [data]: plain(sheetXml()) });
}

module.exports = { bomb, withBigSheet, zipOf };
