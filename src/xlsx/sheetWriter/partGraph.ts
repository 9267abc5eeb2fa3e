/**
 * The package as a graph of relationships, to find the parts only one part leads to: what goes
 * with a replaced sheet (its drawing, the drawing's charts, their rels, …) and nothing that
 * another part still uses.
 */
import type JSZip from 'jszip';
import { readXml } from '../packageMap';
import { parseRels, partNames, sourceOfRels, targetPart } from './opc';

/** Source part (lower case; the package itself is '') → the internal parts it targets (lower case). */
export async function relationshipGraph(zip: JSZip): Promise<Map<string, string[]>> {
  const edges = new Map<string, string[]>();
  for (const name of partNames(zip)) {
    const source = sourceOfRels(name);
    if (source === null) continue;
    const rels = parseRels((await readXml(zip.files[name])).text);
    const targets = rels.map((r) => targetPart(source, r)).filter((t): t is string => t !== null);
    edges.set(source.toLowerCase(), targets.map((t) => t.toLowerCase()));
  }
  return edges;
}

/** Every part reachable from `starts`, without going on through `blocked`. */
function reach(edges: Map<string, string[]>, starts: readonly string[], blocked: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length) {
    const p = queue.shift() as string;
    if (seen.has(p)) continue;
    seen.add(p);
    if (p !== blocked) queue.push(...(edges.get(p) ?? []));
  }
  return seen;
}

/**
 * The parts (lower case) reachable from `part` that nothing else reachable from the package root
 * uses: when `part` is replaced, they go with it.
 */
export function exclusiveParts(edges: Map<string, string[]>, part: string): Set<string> {
  const self = part.toLowerCase();
  const fromPart = reach(edges, edges.get(self) ?? [], self);
  const fromRoot = reach(edges, edges.get('') ?? [], self);
  return new Set([...fromPart].filter((p) => p !== self && !fromRoot.has(p)));
}
