/** A part's relationships (`_rels/<part>.rels`): id → type and target. */
import { resolveTarget } from '../packageMap';
import { TagScanner } from '../xml';

export interface Relationship {
  type: string;
  /** Resolved to a part path, except for an external target (kept as written). */
  target: string;
  external: boolean;
}

export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The `<Relationship>` elements of a .rels part's text, targets resolved against `part`. */
export function parseRelationships(part: string, xml: string | null): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (xml === null) return out;
  const s = new TagScanner(xml);
  while (s.next()) {
    if (s.closing || !s.is('Relationship')) continue;
    const id = s.attr('Id');
    if (id === undefined) continue;
    const external = s.attr('TargetMode') === 'External';
    const target = s.attr('Target') ?? '';
    out.set(id, { type: s.attr('Type') ?? '', target: external ? target : resolveTarget(part, target), external });
  }
  return out;
}

/** The first internal relationship whose type ends with `suffix` (e.g. `/styles`). */
export function byType(rels: Map<string, Relationship>, suffix: string): Relationship | undefined {
  for (const r of rels.values()) if (!r.external && r.type.endsWith(suffix)) return r;
  return undefined;
}
