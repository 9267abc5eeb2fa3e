import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { workbookToGrids } from '../support/exceljsGrids';
import { format2OrNull } from '../../src/core/decimal';
import { evaluateWorkbook, WorkbookEvaluation } from '../../src/core/evaluate';
import { Grid } from '../../src/core/grid';
import { ExpectedFinding, ExpectedForm, ExpectedPlanEntry, FUND_KINDS, VARIANT_NAMES, VariantManifest, writeVariants } from './makeVariants';

let dir: string;
const manifests = new Map<string, VariantManifest>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-variants-'));
  for (const m of await writeVariants(dir)) manifests.set(m.name, m);
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function readGrids(file: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return workbookToGrids(wb);
}

const findingKey = (f: ExpectedFinding) => `${f.sheet}|${f.cell ?? '-'}|${f.code}`;
const planKey = (p: ExpectedPlanEntry) => `${p.sheet}|${p.cell}|${p.type}:${p.text}`;

/** The evaluation in the manifest's terms (sorted lists, two-decimal strings). */
function observed(ev: WorkbookEvaluation, sheets: string[]) {
  return {
    sheets,
    formCount: ev.forms.length,
    forms: ev.forms.map((f): ExpectedForm => {
      const total = f.funds.find((x) => x.kind === 'total');
      const rates = Object.fromEntries(FUND_KINDS.map((k) => [k, format2OrNull(f.funds.find((x) => x.kind === k)?.rate)])) as ExpectedForm['rates'];
      return {
        sheet: f.form.sheet,
        project: f.form.project ?? '',
        range: f.form.range,
        indicatorCount: f.indicators.length,
        rates,
        budgetScore: format2OrNull(f.budgetScore),
        totalScore: format2OrNull(f.totalScore),
        grade: f.grade,
        cells: {
          rate: total?.row.rate?.cell ?? '',
          budgetScore: total?.row.score?.cell ?? '',
          totalScore: f.form.totalScore?.cell ?? '',
          grade: f.form.grade?.cell ?? '',
        },
      };
    }),
    findings: ev.findings.map((f) => findingKey({ code: f.code, sheet: f.sheet, cell: f.cell })).sort(),
    plan: ev.plan.entries.map((p) => planKey({ sheet: p.sheet, cell: p.cell, type: p.after.type, text: p.after.text })).sort(),
    skippedSheets: [...ev.plan.skippedSheets].sort(),
  };
}

function expected(m: VariantManifest) {
  return {
    sheets: m.sheets,
    formCount: m.formCount,
    forms: m.forms,
    findings: m.findings.map(findingKey).sort(),
    plan: m.plan.map(planKey).sort(),
    skippedSheets: [...m.skippedSheets].sort(),
  };
}

test('every variant is written with a manifest', () => {
  expect([...manifests.keys()]).toEqual([...VARIANT_NAMES]);
  const onDisk = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as VariantManifest[];
  expect(onDisk.map((m) => m.name)).toEqual([...VARIANT_NAMES]);
  for (const m of manifests.values()) {
    expect(fs.existsSync(path.join(dir, m.file))).toBe(true);
    expect(m.formCount).toBe(m.forms.length);
  }
});

describe.each(VARIANT_NAMES.map((n) => [n]))('%s', (name) => {
  test('the engine finds what the manifest says', async () => {
    const m = manifests.get(name) as VariantManifest;
    const grids = await readGrids(path.join(dir, m.file));
    expect(grids.map((g) => g.sheet)).toEqual(m.sheets);
    const ev = evaluateWorkbook(grids);
    expect(observed(ev, grids.map((g) => g.sheet))).toEqual(expected(m));
    // Every planned write targets a cell without a formula, on a sheet that is not protected.
    const byName = new Map(grids.map((g) => [g.sheet, g]));
    for (const p of ev.plan.entries) {
      const g = byName.get(p.sheet) as Grid;
      expect(g.protected).not.toBe(true);
    }
    // A skipped (protected) sheet's forms carry no plan either.
    for (const f of ev.forms) if (m.skippedSheets.includes(f.form.sheet)) expect(f.plan).toEqual([]);
    // Figures are exactly two decimals wherever they are reported.
    for (const f of m.forms) {
      for (const v of [f.budgetScore, f.totalScore, ...Object.values(f.rates)]) if (v !== null) expect(v).toMatch(/^-?\d+\.\d{2}$/);
    }
  });
});

test('formula cells are never planned (v05)', async () => {
  const m = manifests.get('v05-formulas') as VariantManifest;
  const grids = await readGrids(path.join(dir, m.file));
  const ev = evaluateWorkbook(grids);
  const formulaCells = new Set<string>();
  for (const f of ev.forms) {
    for (const c of [...f.funds.flatMap((x) => [x.row.rate, x.row.score]), f.form.totalScore, f.form.grade, ...f.form.indicators.map((i) => i.score)]) {
      if (c?.formula) formulaCells.add(`${f.form.sheet}|${c.cell}`);
    }
  }
  expect(formulaCells.size).toBe(8);
  expect(ev.plan.entries.filter((p) => formulaCells.has(`${p.sheet}|${p.cell}`))).toEqual([]);
});

test('the generator is deterministic', async () => {
  const other = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-variants-again-'));
  try {
    const names = ['v03-stacked', 'v08-garbage'];
    const again = await writeVariants(other, { only: names });
    for (const m of again) {
      expect(m).toEqual(manifests.get(m.name));
      const a = await readGrids(path.join(dir, m.file));
      const b = await readGrids(path.join(other, m.file));
      expect(b).toEqual(a);
    }
  } finally {
    fs.rmSync(other, { recursive: true, force: true });
  }
});

// SPEC §2: notes sheets are skipped quietly, even when they mention the form by name.
test('a notes sheet that mentions 项目支出绩效自评表 is skipped quietly', () => {
  const notes: Grid = {
    sheet: '填报说明',
    origin: 'A1',
    values: [['项目支出绩效自评表填报说明'], ['1. 本说明适用于2024年度项目支出绩效自评表的填报。']],
    merges: [],
  };
  expect(evaluateWorkbook([notes]).findings).toEqual([]);
});
