/**
 * Golden: every indicator of the 7 real forms (test/fixtures/anting-2024.xlsx) gets a 「说明」
 * whose figures are the evaluation's, whose score is the published one, and whose 按规则评分
 * outcome is what the engine plans under scoreByRule.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { workbookToGrids } from '../support/exceljsGrids';
import { defaultOptions, evaluateWorkbook, WorkbookEvaluation } from '../../src/core/evaluate';
import { Decimal, format2 } from '../../src/core/decimal';
import { explainForm, explainIndicators } from '../../src/core/explain';

const dir = path.join(__dirname, '..', 'fixtures');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const data = require(path.join(dir, 'anting-2024.json')) as { projects: { name: string; indicators: (string | number)[][] }[] };

let ev: WorkbookEvaluation;
let byRule: WorkbookEvaluation;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'anting-2024.xlsx'));
  const grids = workbookToGrids(wb);
  ev = evaluateWorkbook(grids, defaultOptions());
  byRule = evaluateWorkbook(grids, defaultOptions({ scoreByRule: true }));
});

describe('golden: the 说明 of every indicator score of anting-2024.xlsx', () => {
  test.each(data.projects.map((p, i) => [p.name, i] as const))('%s', (_name, i) => {
    const fe = ev.forms[i];
    const published = data.projects[i].indicators;
    const xs = explainIndicators(fe, 'zh-CN');
    expect(xs).toHaveLength(published.length);
    const formText = new Map(explainForm(fe, 'en-US').filter((e) => e.kind === 'indicatorScore').map((e) => [e.cell, e.text]));
    xs.forEach((x, j) => {
      const ind = fe.indicators[j];
      const [, , name, , , weight, score] = published[j];
      expect([x.name, x.cell, x.kind]).toEqual([name, ind.row.score?.cell, ind.kind]);
      // the figures are the evaluation's, and the score is the published one
      expect([x.figures.weight, x.figures.score, x.figures.counted].map((d) => d && format2(d))).toEqual([format2(ind.weight!), format2(ind.counted!), format2(ind.counted!)]);
      expect([format2(x.figures.weight!), format2(x.figures.counted!)]).toEqual([weight, score].map((v) => format2(new Decimal(String(v)))));
      expect(x.rules).toEqual([x.kind === 'quantitative' ? 'R3' : 'R4']);
      if (x.kind === 'quantitative') {
        expect(format2(x.figures.rule!)).toBe(format2(ind.suggested!));
        expect(x.byRule.outcome).toBe('same'); // the published scores are the rule's
      } else {
        expect([x.case, x.tier, x.outOfBand, x.byRule.outcome]).toEqual(['tier', 'met', false, 'qualitative']);
      }
      expect(x.text).toContain(format2(x.figures.counted!));
      expect(formText.get(x.cell)).toContain(format2(x.figures.counted!));
    });
    // and the engine agrees that 按规则评分 writes no indicator score here
    expect(byRule.forms[i].plan.filter((e) => e.kind === 'indicatorScore')).toEqual([]);
  });
});
