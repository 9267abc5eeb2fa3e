/**
 * One fuzz case: a base package, XML-level mutations of its parts, entry-level mutations, byte
 * mutations of the zip, and the reader's limits (the defaults, or tight ones that make every size
 * bound reachable in milliseconds). Most cases keep the zip intact, so that they reach the core and
 * the patcher; about one in four breaks the package itself.
 */
import fc from 'fast-check';
import { DEFAULT_LIMITS, limitsWith, ReadLimits } from '../../src/xlsx/read';
import type { Base } from './bases';
import { applyBytes, applyParts, byteMutation, ByteMutation, partMutation, PartMutation } from './byteMutations';
import { applyXml, xmlMutation, XmlMutation } from './xmlMutations';
import { zipParts } from './zip';

export interface FuzzCase {
  base: number;
  xml: XmlMutation[];
  parts: PartMutation[];
  bytes: ByteMutation[];
  tight: boolean;
}

const some = <T>(arb: fc.Arbitrary<T>, max: number, none: number) =>
  fc.oneof({ weight: none, arbitrary: fc.constant<T[]>([]) }, { weight: 1, arbitrary: fc.array(arb, { minLength: 1, maxLength: max }) });

export function fuzzCase(baseCount: number): fc.Arbitrary<FuzzCase> {
  return fc.record({
    base: fc.nat(baseCount - 1),
    xml: fc.array(xmlMutation, { maxLength: 4 }),
    parts: some(partMutation, 2, 6),
    bytes: some(byteMutation, 2, 8),
    tight: fc.boolean(),
  });
}

/** Small enough that a bomb or a large sheet is refused (or cut) after a few kilobytes. */
const TIGHT: ReadLimits = limitsWith({ maxPartBytes: 512 * 1024, maxPackageBytes: 2 * 1024 * 1024, maxRatio: 50, ratioFloorBytes: 64 * 1024, maxCellsPerSheet: 300, maxGridArea: 4000, largeSheetCells: 200 });

export function limitsOf(c: FuzzCase): ReadLimits {
  return c.tight ? TIGHT : DEFAULT_LIMITS;
}

/** The case's package bytes: the base's own bytes when nothing is mutated (so the base is checked too). */
export function bytesOf(c: FuzzCase, bases: readonly Base[]): Uint8Array {
  const base = bases[c.base % bases.length];
  if (!c.xml.length && !c.parts.length && !c.bytes.length) return base.bytes;
  let parts = base.parts;
  for (const m of c.xml) parts = applyXml(parts, m);
  for (const m of c.parts) parts = applyParts(parts, m);
  let bytes = zipParts(parts);
  for (const m of c.bytes) bytes = applyBytes(bytes, m);
  return bytes;
}
