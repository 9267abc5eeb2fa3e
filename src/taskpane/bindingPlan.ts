/**
 * The pure side of the pane's bindings (./bindings.ts talks to the host): what the located forms
 * call for against what is bound, and which of the user's bound ranges the evaluation found stale.
 */
import { FormBinding, parseRange, WorkbookEvaluation } from '../core';
import { isUserBinding, parseBindingId } from '../core/bindingIds';
import { bindingParts, plainRange } from './workbook';

export interface ReconcilePlan {
  /** Something is to be bound or removed. */
  needed: boolean;
  /** Sheets whose forms are bound again. */
  sheets: Set<string>;
  /** Binding ids to remove. */
  remove: string[];
  /** Forms bound again because their binding was lost or no longer matched. */
  rebound: number;
}

/**
 * What the forms call for against what is bound (`saved`, `lost`: the keeper's lists): sheets to
 * bind, ids to remove, forms lost/moved. `all` (重新识别): every form's sheet, every stale binding.
 */
export function reconcilePlan(ev: WorkbookEvaluation, savedAll: readonly FormBinding[] | null, lost: readonly FormBinding[], all: boolean): ReconcilePlan {
  const saved = (savedAll ?? []).filter((b) => !isUserBinding(b.id));
  const byId = new Map(saved.map((b) => [b.id, b]));
  const lostIds = new Set(lost.map((b) => b.id));
  const wanted = bindingParts(ev.forms);
  const wantedIds = new Set(wanted.map((w) => w.id));
  const sheets = new Set<string>(all ? wanted.map((w) => w.sheet) : []);
  const moved = new Set<string>();
  for (const w of wanted) {
    const b = byId.get(w.id);
    if (b && b.sheet === w.sheet && plainRange(b.range) === w.range) continue;
    sheets.add(w.sheet);
    const form = parseBindingId(w.id);
    if (b || lostIds.has(w.id)) moved.add(`${w.sheet}\u0000${form?.n}`);
  }
  const stale = saved.filter((b) => !wantedIds.has(b.id));
  for (const b of stale) if (wanted.some((w) => w.sheet === b.sheet)) sheets.add(b.sheet);
  // binding a sheet replaces the bindings its form map names, but not those named after its old
  // name (renamed); 重新识别 removes every stale one itself (the map may be behind Excel)
  const remove = stale.filter((b) => all || !sheets.has(b.sheet) || parseBindingId(b.id)?.sheet !== b.sheet).map((b) => b.id);
  // the form map forgets lost bindings of forms that are gone (and, 重新识别, the user's lost ones)
  const forget = (b: FormBinding) => (isUserBinding(b.id) ? all : !wantedIds.has(b.id) && !sheets.has(b.sheet));
  remove.push(...lost.filter(forget).map((b) => b.id));
  return { needed: sheets.size > 0 || remove.length > 0, sheets, remove, rebound: moved.size };
}

/** The user's bound ranges the evaluation found no table in (BINDING_MISMATCH). */
export function mismatched(ev: WorkbookEvaluation | null): { sheet: string; part: string; range: string }[] {
  return (ev?.findings ?? [])
    .filter((f) => f.code === 'BINDING_MISMATCH')
    .map((f) => ({ sheet: f.sheet, part: String(f.params.part), range: plainRange(String(f.params.range)) }));
}

/** Two A1 ranges share a cell (false when either is not a range). */
export function overlaps(a: string, b: string): boolean {
  try {
    const [p, q] = [parseRange(a), parseRange(b)];
    return p.top <= q.bottom && q.top <= p.bottom && p.left <= q.right && q.left <= p.right;
  } catch {
    return false;
  }
}
