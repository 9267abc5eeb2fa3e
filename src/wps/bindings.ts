/**
 * Each located form's budget block and indicator table, bound as a workbook-level hidden defined
 * name (`Names.Add('_jixiao_b<n>', "='Sheet'!$A$5:$I$9", false)`): ET moves a name's range with
 * its cells when rows are inserted, renames it with its sheet, and keeps it in .xlsx and .et.
 *
 * Ids are the Excel adapter's (core/bindingIds.ts: `jixiao:<sheet>:<n>:<part>`, the user's
 * `jixiao:<sheet>:user<n>:<part>`); a name cannot hold them (`:`, Chinese punctuation), so the
 * form map in the settings (SETTING_KEYS.bindings, the Excel adapter's key and shape, plus each
 * binding's `name`) says which name is which id. `list()` reads each name's RefersTo; a name
 * missing or referring to `#REF!` (its sheet or cells deleted) is `lost` in status().
 *
 * Semantics as src/excel/bindings.ts: bind() numbers the parts per sheet and part and replaces the
 * automatic bindings of the sheets it is given, leaving the user's.
 */
import { bindingId, isUserBinding, plainRange, userBindingId } from '../core/bindingIds';
import { HostError } from '../core/hostError';
import type { BindingsPort, BindingsStatus, FormBinding, SettingsStore } from '../core/port';
import { SETTING_KEYS } from '../core/workbookSettings';
import type { WpsContext } from './context';
import type { EtNames } from './et';
import { guarded } from './guard';
import { formatRefersTo, parseRefersTo } from './refs';

export const NAME_PREFIX = '_jixiao_b';

/** A binding as the form map keeps it: the range at binding time, and the defined name. */
export interface StoredBinding extends FormBinding {
  name: string;
}

/** `count` fresh names after the highest number the map uses (pure). */
export function allocateNames(saved: readonly { name: string }[], count: number): string[] {
  let top = 0;
  for (const b of saved) {
    const m = /^_jixiao_b(\d+)$/.exec(b.name);
    if (m) top = Math.max(top, Number(m[1]));
  }
  return Array.from({ length: count }, (_, i) => `${NAME_PREFIX}${top + i + 1}`);
}

function parseStored(stored: unknown): StoredBinding[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (b): b is StoredBinding =>
      !!b &&
      typeof b.id === 'string' &&
      typeof b.name === 'string' &&
      typeof b.sheet === 'string' &&
      typeof b.range === 'string' &&
      (b.part === 'budget' || b.part === 'indicators'),
  );
}

const publicOf = (b: StoredBinding): FormBinding => ({ id: b.id, sheet: b.sheet, part: b.part, range: b.range });

function deleteName(names: EtNames, name: string): void {
  try {
    names.Item(name).Delete();
  } catch {
    // already gone (deleted by the user, or never added): nothing to remove
  }
}

type WpsBindings = BindingsPort & { status(): Promise<BindingsStatus> };

export function createWpsBindings(ctx: WpsContext, settings: SettingsStore): WpsBindings {
  const saved = async () => parseStored(await settings.get<unknown>(SETTING_KEYS.bindings));
  const save = (list: StoredBinding[]) => settings.set(SETTING_KEYS.bindings, list);
  const names = () => ctx.workbook().Names;

  function add(all: EtNames, b: Omit<StoredBinding, 'range'> & { range: string }): StoredBinding {
    const range = plainRange(b.range);
    all.Add(b.name, formatRefersTo(b.sheet, range), false);
    return { ...b, range };
  }

  async function status(): Promise<BindingsStatus> {
    const list = await saved();
    if (list.length === 0) return { bound: [], lost: [] };
    const all = names();
    const bound: FormBinding[] = [];
    const lost: FormBinding[] = [];
    for (const b of list) {
      let where: ReturnType<typeof parseRefersTo> = null;
      try {
        where = parseRefersTo(all.Item(b.name).RefersTo);
      } catch {
        where = null; // the name was deleted
      }
      if (where) bound.push({ id: b.id, part: b.part, sheet: where.sheet, range: where.range });
      else lost.push(publicOf(b));
    }
    return { bound, lost };
  }

  return guarded<WpsBindings>({
    status,

    async list() {
      return (await status()).bound;
    },

    async bind(parts) {
      const before = await saved();
      const sheets = new Set(parts.map((p) => p.sheet));
      // The sheets named are bound afresh (a form may have gone); what the user bound stays.
      const replaced = (b: FormBinding) => sheets.has(b.sheet) && !isUserBinding(b.id);
      const kept = before.filter((b) => !replaced(b));
      const all = names();
      for (const b of before.filter(replaced)) deleteName(all, b.name);
      const fresh = allocateNames(kept, parts.length);
      const counters = new Map<string, number>();
      const bound = parts.map((p, i) => {
        const k = `${p.sheet}\u0000${p.part}`;
        const n = (counters.get(k) ?? 0) + 1;
        counters.set(k, n);
        return add(all, { ...p, id: bindingId(p.sheet, n, p.part), name: fresh[i] });
      });
      await save([...kept, ...bound]);
      return bound.map(publicOf);
    },

    async bindSelection(part) {
      const before = await saved();
      const sel = ctx.app.Selection;
      const sheet = sel?.Worksheet?.Name;
      if (!sel || typeof sheet !== 'string') throw new HostError('unknown', 'No cells are selected.');
      // a selection of several areas (`A1:B2,D4`): its first area
      const range = String(sel.Address(false, false)).split(',')[0];
      const taken = new Set(before.map((b) => b.id));
      let n = 1;
      while (taken.has(userBindingId(sheet, n, part))) n++;
      const [name] = allocateNames(before, 1);
      const b = add(names(), { id: userBindingId(sheet, n, part), sheet, part, range, name });
      await save([...before, b]);
      return publicOf(b);
    },

    async remove(ids) {
      if (ids.length === 0) return;
      const before = await saved();
      const gone = new Set(ids);
      const all = names();
      for (const b of before.filter((x) => gone.has(x.id))) deleteName(all, b.name);
      await save(before.filter((b) => !gone.has(b.id)));
    },
  });
}
