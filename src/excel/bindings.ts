/// <reference types="office-js" />
/**
 * Each located form's budget block and indicator table, bound as Excel range bindings
 * (`workbook.bindings.add(range, 'Range', id)`, ExcelApi 1.3; lookups by id with
 * `getItemOrNullObject`, ExcelApi 1.4). Excel moves a binding with its cells when rows are inserted
 * above or inside, so reopening the workbook finds the forms where they are now.
 *
 * Ids name the sheet, the form's ordinal on it and the part: `jixiao:<sheet>:<n>:budget` /
 * `jixiao:<sheet>:<n>:indicators`; a range the user bound (bindSelection) is
 * `jixiao:<sheet>:user<n>:<part>` and is left alone by bind(), which replaces only the automatic
 * bindings of the sheets it is given (core/bindingIds.ts). The form map (id, sheet, part, range at
 * binding time) is saved in the workbook settings under `jixiao.bindings`. `status()` reports which
 * saved bindings Excel no longer has (`lost`: a sheet deleted, the cells deleted…): the task pane
 * binds those forms again and says so.
 *
 * Sync counts: bind = 2 (which ids exist; delete + add + read the new ranges), list/status = 2
 * (which ids exist; their ranges), bindSelection = 2, remove = 2. Each then saves the settings
 * (`saveAsync`, not a sync).
 */
import { bindingId, isUserBinding, userBindingId } from '../core/bindingIds';
import type { BindingsPort, BindingsStatus, FormBinding } from '../core/port';
import { HostError } from './errors';
import { bareAddress, runBatch, sheetOfAddress } from './host';
import { createSettingsStore } from './settings';
import { AdapterEnv } from './state';

// Stored as SETTING_KEYS.bindings ('jixiao.bindings': the settings store adds the prefix); the ribbon reads it too.
export const BINDINGS_KEY = 'bindings';

type Part = FormBinding['part'];

export { bindingId, userBindingId };
export type { BindingsStatus };

export interface OfficeBindings extends BindingsPort {
  status(): Promise<BindingsStatus>;
}

function fromRangeAddress(id: string, part: Part, address: string, fallbackSheet: string): FormBinding {
  return { id, part, sheet: sheetOfAddress(address) || fallbackSheet, range: bareAddress(address) };
}

export function createBindings(env: AdapterEnv): OfficeBindings {
  const settings = createSettingsStore(env.host);
  const saved = async (): Promise<FormBinding[]> => (await settings.get<FormBinding[]>(BINDINGS_KEY)) ?? [];
  const save = (list: FormBinding[]) => settings.set(BINDINGS_KEY, list);
  const require14 = () => {
    if (!env.caps.bindings) throw new HostError('requirementMissing', 'Bindings need ExcelApi 1.4.');
  };

  /** Which of these ids Excel has (1 sync), as proxies for the next sync of the same batch. */
  async function existing(context: Excel.RequestContext, ids: string[]): Promise<Map<string, Excel.Binding>> {
    if (ids.length === 0) return new Map();
    const found = ids.map((id) => {
      const b = context.workbook.bindings.getItemOrNullObject(id);
      b.load('id');
      return { id, b };
    });
    await context.sync();
    return new Map(found.filter((f) => f.b.isNullObject !== true).map((f) => [f.id, f.b]));
  }

  async function status(): Promise<BindingsStatus> {
    require14();
    const list = await saved();
    if (list.length === 0) return { bound: [], lost: [] };
    return runBatch(env.host, async (context) => {
      const present = await existing(context, list.map((b) => b.id));
      const ranges = list.filter((b) => present.has(b.id)).map((b) => {
        const r = (present.get(b.id) as Excel.Binding).getRange();
        r.load('address');
        return { b, r };
      });
      await context.sync();
      return {
        bound: ranges.map(({ b, r }) => fromRangeAddress(b.id, b.part, r.address, b.sheet)),
        lost: list.filter((b) => !present.has(b.id)),
      };
    });
  }

  return {
    status,

    async list() {
      return (await status()).bound;
    },

    async bind(parts) {
      require14();
      const before = await saved();
      const sheets = new Set(parts.map((p) => p.sheet));
      const counters = new Map<string, number>();
      const wanted = parts.map((p) => {
        const k = `${p.sheet}\u0000${p.part}`;
        const n = (counters.get(k) ?? 0) + 1;
        counters.set(k, n);
        return { ...p, id: bindingId(p.sheet, n, p.part) };
      });
      // The sheets named are bound afresh: their old automatic bindings go (a form may have
      // disappeared); what the user bound stays.
      const replaced = (b: FormBinding) => sheets.has(b.sheet) && !isUserBinding(b.id);
      const stale = before.filter(replaced).map((b) => b.id);
      const ids = [...new Set([...stale, ...wanted.map((w) => w.id)])];
      const bound = await runBatch(env.host, async (context) => {
        const present = await existing(context, ids);
        for (const b of present.values()) b.delete();
        const added = wanted.map((w) => {
          const range = context.workbook.worksheets.getItem(w.sheet).getRange(w.range);
          const r = context.workbook.bindings.add(range, 'Range', w.id).getRange();
          r.load('address');
          return { w, r };
        });
        await context.sync();
        return added.map(({ w, r }) => fromRangeAddress(w.id, w.part, r.address, w.sheet));
      });
      await save([...before.filter((b) => !replaced(b)), ...bound]);
      return bound;
    },

    async bindSelection(part) {
      require14();
      const before = await saved();
      const bound = await runBatch(env.host, async (context) => {
        const sel = context.workbook.getSelectedRange();
        sel.load('address');
        await context.sync();
        const sheet = sheetOfAddress(sel.address);
        const taken = new Set(before.map((b) => b.id));
        let n = 1;
        while (taken.has(userBindingId(sheet, n, part))) n++;
        const id = userBindingId(sheet, n, part);
        const r = context.workbook.bindings.add(sel, 'Range', id).getRange();
        r.load('address');
        await context.sync();
        return fromRangeAddress(id, part, r.address, sheet);
      });
      await save([...before, bound]);
      return bound;
    },

    async remove(ids) {
      require14();
      if (ids.length === 0) return;
      const before = await saved();
      await runBatch(env.host, async (context) => {
        const present = await existing(context, ids);
        for (const b of present.values()) b.delete();
        await context.sync();
      });
      const gone = new Set(ids);
      await save(before.filter((b) => !gone.has(b.id)));
    },
  };
}
