/**
 * The packages the fuzzer mutates, built once per process: two small ExcelJS workbooks made to
 * give the recalculation something to write (stale figures, a score above its weight, formulas,
 * shared formulas, a protected sheet, a notes sheet) and the real published fixture (8 sheets and
 * the 项目支出汇总表). Small packages keep a case to a few milliseconds.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { buildForm, FormSpec, IndicatorSpec } from '../support/buildForm';
import { Part, unzipParts } from './zip';

export interface Base {
  name: string;
  bytes: Uint8Array;
  /** Its parts in archive order (for the mutations that rezip). */
  parts: Part[];
}

const FIXTURE = path.resolve(__dirname, '../../assets/anting-2024.xlsx');

const INDICATORS: IndicatorSpec[] = [
  ['成本指标', '经济成本指标', '成本节约率', '≥0.00(%)', '0.56(%)', 15, 17],
  ['产出指标', '数量指标', '完成率', '=100.00(%)', '96.00(%)', 15, 15, ''],
  ['产出指标', '质量指标', '合格率', '≥95.00(%)', '100.00(%)', 10, -2],
  ['产出指标', '时效指标', '及时性', '及时', '部分达成指标并具有一定效果', 10, 10],
  ['效益指标', '社会效益指标', '投诉数', '≤3(次)', '5(次)', 10, 10, '原因说明'],
  ['效益指标', '社会效益指标', '处置时长', '<=2.00(工作日)', '１.５(工作日)', 10, '9.5'],
  ['效益指标', '生态效益指标', '覆盖率', '≥0.00(%)', '100.00(%)', 10, 10],
  ['满意度指标', '服务对象满意度指标', '满意度', '≥90.00(%)', '88.00(%)', 10, 9.99],
];

/** A form whose every output cell is stale: 执行率, 得分, 总分 and 评分等级 all get written. */
const STALE: FormSpec = {
  project: '城运日常运行费用',
  funds: { total: [752.94, 762.25, 758.02], current: [752.94, 762.25, 758.02], carry: [0, 0, 0], other: [0, 0, 0] },
  rates: { total: 99.44, current: '99.4', carry: 1, other: null },
  budgetWeight: 10,
  budgetScore: 9.94,
  indicators: INDICATORS,
  totalScore: 101,
  grade: '良',
};

function place(ws: ExcelJS.Worksheet, spec: FormSpec, row0 = 0, col0 = 0): ReturnType<typeof buildForm> {
  const form = buildForm(spec);
  form.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null) ws.getCell(row0 + i + 1, col0 + j + 1).value = v as ExcelJS.CellValue;
    }),
  );
  for (const [a, b, c, d] of form.merges) ws.mergeCells(row0 + a + 1, col0 + b + 1, row0 + c + 1, col0 + d + 1);
  return form;
}

async function small(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  place(wb.addWorksheet('自评表'), STALE);
  const notes = wb.addWorksheet('说明');
  notes.getCell('A1').value = '填表说明';
  notes.getCell('B2').value = 12.5;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function formulas(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('公式');
  const form = place(ws, { ...STALE, project: '公式项目' }, 2, 1);
  const [r, c] = form.at.totalScore;
  ws.getCell(r + 3, c + 2).value = { formula: 'SUM(H15:H22)+I8', result: 99.94 } as ExcelJS.CellValue;
  ws.fillFormula('L15:L22', 'G15*2', [30, 30, 20, 20, 20, 20, 20, 20]);
  ws.getCell('L24').value = { formula: 'L15:L16*2', result: 60, shareType: 'array', ref: 'L24:L25' } as ExcelJS.CellValue;
  const locked = wb.addWorksheet('锁定');
  place(locked, { ...STALE, project: '锁定项目', budgetScore: 1 });
  await locked.protect('', {});
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let cached: Promise<Base[]> | null = null;

/** The bases, built on first use (about half a second) and shared by every case of the process. */
export function bases(): Promise<Base[]> {
  cached ??= (async () => {
    const list: [string, Uint8Array][] = [
      ['small', await small()],
      ['formulas', await formulas()],
      ['fixture', new Uint8Array(fs.readFileSync(FIXTURE))],
    ];
    return list.map(([name, bytes]) => ({ name, bytes, parts: unzipParts(bytes) }));
  })();
  return cached;
}
