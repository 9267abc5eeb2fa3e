/**
 * Byte-level mutations: of the package's entries before it is zipped (swapped data or names, a
 * part inflated into a bomb or padded, a duplicate entry, a missing one, a directory that lies
 * about a size or a CRC), and of the zip's bytes after (a download cut short, flipped bits).
 */
import fc from 'fast-check';
import { pack, Packed, Part } from './zip';

export type Bomb = 'ratio' | 'padded' | 'declaredHuge' | 'zeros';

export type PartMutation =
  | { kind: 'swapData'; a: number; b: number }
  | { kind: 'swapNames'; a: number; b: number }
  | { kind: 'inflate'; part: number; bomb: Bomb }
  | { kind: 'duplicate'; part: number; other: number }
  | { kind: 'drop'; part: number }
  | { kind: 'lie'; part: number; field: 'size' | 'crc' | 'method'; delta: number };

export type ByteMutation = { kind: 'truncate'; keep: number } | { kind: 'flip'; bits: [number, number][] };

const nat = fc.nat(10_000);
const fraction = fc.integer({ min: 1, max: 99_999 }).noBias().map((n) => n / 100_000);

export const partMutation: fc.Arbitrary<PartMutation> = fc.oneof(
  fc.record({ kind: fc.constant('swapData' as const), a: nat, b: nat }),
  fc.record({ kind: fc.constant('swapNames' as const), a: nat, b: nat }),
  fc.record({ kind: fc.constant('inflate' as const), part: nat, bomb: fc.constantFrom<Bomb>('ratio', 'padded', 'declaredHuge', 'zeros') }),
  fc.record({ kind: fc.constant('duplicate' as const), part: nat, other: nat }),
  fc.record({ kind: fc.constant('drop' as const), part: nat }),
  fc.record({ kind: fc.constant('lie' as const), part: nat, field: fc.constantFrom<'size' | 'crc' | 'method'>('size', 'crc', 'method'), delta: fc.integer({ min: -3, max: 3 }) }),
);

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  // Positions uniform in (0, 1): fast-check's bias toward small values would mostly hit the first
  // bytes (the zip's signature), and every such case would end as the same 'notZip'.
  fc.record({ kind: fc.constant('truncate' as const), keep: fraction }),
  fc.record({ kind: fc.constant('flip' as const), bits: fc.array(fc.tuple(fraction, fc.nat(7)), { minLength: 1, maxLength: 6 }) }),
);

const MIB = 1024 * 1024;
const utf8 = new TextEncoder();

/**
 * The bombs, packed once per process (deflating 17 MB costs ~100 ms): `ratio` passes the
 * ratio floor (16 MiB) at ~1000:1; `padded` is a valid worksheet padded with 2 MB of blanks;
 * `declaredHuge` says 300 MB in the directory; `zeros` is 1 MB of NULs (no XML at all).
 */
const bombs = new Map<Bomb, Packed>();
function bombOf(kind: Bomb, part: Part): Packed {
  if (kind === 'declaredHuge') {
    const p = pack(part.data);
    return { ...p, size: 300 * MIB };
  }
  let b = bombs.get(kind);
  if (!b) {
    if (kind === 'ratio') b = pack(new Uint8Array(17 * MIB).fill(0x20), 6);
    else if (kind === 'zeros') b = pack(new Uint8Array(MIB), 6);
    else b = pack(utf8.encode(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${' '.repeat(2 * MIB)}<row r="1"><c r="A1" t="inlineStr"><is><t>项目支出绩效自评表</t></is></c></row></sheetData></worksheet>`), 6);
    bombs.set(kind, b);
  }
  return b;
}

const files = (parts: Part[]) => parts.map((p, i) => i).filter((i) => !parts[i].name.endsWith('/'));

/** The entries with one mutation applied. */
export function applyParts(parts: Part[], m: PartMutation): Part[] {
  const idx = files(parts);
  if (!idx.length) return parts;
  const at = (k: number) => idx[k % idx.length];
  const out = parts.slice();
  switch (m.kind) {
    case 'swapData': {
      const [a, b] = [at(m.a), at(m.b)];
      out[a] = { ...parts[b], name: parts[a].name };
      out[b] = { ...parts[a], name: parts[b].name };
      return out;
    }
    case 'swapNames': {
      const [a, b] = [at(m.a), at(m.b)];
      out[a] = { ...parts[a], name: parts[b].name };
      out[b] = { ...parts[b], name: parts[a].name };
      return out;
    }
    case 'inflate': {
      const a = at(m.part);
      out[a] = { ...parts[a], packed: bombOf(m.bomb, parts[a]) };
      return out;
    }
    case 'duplicate': {
      const a = at(m.part);
      return [...out, { ...parts[at(m.other)], name: parts[a].name }];
    }
    case 'drop':
      out.splice(at(m.part), 1);
      return out;
    case 'lie': {
      const a = at(m.part);
      const p = parts[a].packed ?? pack(parts[a].data);
      const lied = m.field === 'size' ? { ...p, size: Math.max(0, p.size + (m.delta || 1)) } : m.field === 'crc' ? { ...p, crc: (p.crc ^ (1 << (m.delta + 3))) >>> 0 } : { ...p, method: [1, 9, 12, 14, 99, 0, 8][m.delta + 3] };
      out[a] = { ...parts[a], packed: lied };
      return out;
    }
  }
}

/** The zip's bytes with one mutation applied (a copy; the input is left alone). */
export function applyBytes(bytes: Uint8Array, m: ByteMutation): Uint8Array {
  if (m.kind === 'truncate') return bytes.slice(0, Math.floor(bytes.length * m.keep));
  const out = bytes.slice();
  for (const [where, bit] of m.bits) if (out.length) out[Math.floor(where * out.length)] ^= 1 << bit;
  return out;
}
