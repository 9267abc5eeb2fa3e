/**
 * The demo's bindings, kept in memory as Excel keeps them in the document: ids and numbering as
 * src/excel/bindings.ts makes them (core/bindingIds.ts). The demo never inserts rows, so a binding
 * keeps its range; none is ever lost.
 */
import { bindingId, BindingsPort, BindingsStatus, FormBinding, isUserBinding, userBindingId } from '../core';

export class DemoBindings implements BindingsPort {
  private bound: FormBinding[] = [];

  /** `selection`: the range the user has selected (for bindSelection). */
  constructor(private readonly selection: () => { sheet: string; range: string }) {}

  async bind(parts: Omit<FormBinding, 'id'>[]): Promise<FormBinding[]> {
    const sheets = new Set(parts.map((p) => p.sheet));
    const counters = new Map<string, number>();
    const made = parts.map((p) => {
      const k = `${p.sheet}\u0000${p.part}`;
      const n = (counters.get(k) ?? 0) + 1;
      counters.set(k, n);
      return { ...p, id: bindingId(p.sheet, n, p.part) };
    });
    const ids = new Set(made.map((b) => b.id));
    this.bound = this.bound.filter((b) => !ids.has(b.id) && !(sheets.has(b.sheet) && !isUserBinding(b.id)));
    this.bound.push(...made);
    return made.map((b) => ({ ...b }));
  }

  async list(): Promise<FormBinding[]> {
    return this.bound.map((b) => ({ ...b }));
  }

  async status(): Promise<BindingsStatus> {
    return { bound: await this.list(), lost: [] };
  }

  async bindSelection(part: 'budget' | 'indicators'): Promise<FormBinding> {
    const { sheet, range } = this.selection();
    const taken = new Set(this.bound.map((b) => b.id));
    let n = 1;
    while (taken.has(userBindingId(sheet, n, part))) n++;
    const b = { id: userBindingId(sheet, n, part), sheet, part, range };
    this.bound.push(b);
    return { ...b };
  }

  async remove(ids: string[]): Promise<void> {
    this.bound = this.bound.filter((b) => !ids.includes(b.id));
  }
}
