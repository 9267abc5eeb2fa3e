import * as fs from 'fs';
import * as path from 'path';
import { addressIn } from '../support/buildForm';
import { addZipEntries, anting, parseJson, PNG_1X1, readWorkbook, run, sha256, tmpDir, withoutCells, writeWorkbook, zipEntries } from './helpers';

const dir = tmpDir();
const file = (name: string) => path.join(dir, name);

/** Sheet XML parts by sheet name (ExcelJS writes sheetN.xml in tab order). */
const part = (n: number) => `xl/worksheets/sheet${n}.xml`;

/** Cell references of every `<c>` in each row, to check column order. */
function rowsOf(xml: string): string[][] {
  return [...xml.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map((m) => [...m[1].matchAll(/<c r="([A-Z]+)\d+"/g)].map((c) => c[1]));
}

const colNum = (c: string) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

test('a formula in an output cell survives untouched and gives FORMULA_RESULT_DIFFERS', async () => {
  const input = file('formula.xlsx');
  await writeWorkbook(input, [
    {
      name: '公式',
      forms: [{ spec: anting({ rates: { total: 99.44, current: 99.45, carry: 0, other: 0 }, budgetScore: 9.95, grade: '优' }) }],
      setup: (ws, _wb, [form]) => {
        ws.getCell(addressIn('A1', form.at.totalScore)).value = { formula: 'SUM(G13:G20)+H6', result: 99.94 } as never;
        // shared formulas elsewhere on the sheet must not be mangled either
        ws.fillFormula('K13:K20', 'F13*2', [30, 30, 20, 20, 20, 20, 20, 20]);
      },
    },
  ]);
  const out = file('formula-out.xlsx');
  const r = await run('recalc', input, '-o', out, '--json');
  expect(r.code).toBe(0);
  const doc = parseJson(r.stdout);
  expect(doc.changes.map((c: any) => c.cell)).toEqual(['G6']);
  expect(doc.report.forms[0].findings).toEqual(
    expect.arrayContaining([expect.objectContaining({ code: 'FORMULA_RESULT_DIFFERS', cell: 'G21', severity: 'warning' })]),
  );
  const wb = await readWorkbook(out);
  const ws = wb.getWorksheet('公式')!;
  expect(ws.getCell('G21').formula).toBe('SUM(G13:G20)+H6');
  expect(ws.getCell('G21').result).toBe(99.94);
  expect(ws.getCell('K14').formula).toBe('F14*2');
  expect(ws.getCell('G6').value).toBe(99.45);
  const [a, b] = [await zipEntries(input), await zipEntries(out)];
  expect(withoutCells(b.get(part(1))!.toString(), ['G6'])).toBe(withoutCells(a.get(part(1))!.toString(), ['G6']));
  const check = await run('check', out, '--json');
  expect(parseJson(check.stdout).files[0].forms[0].findings.map((f: any) => f.code)).toContain('FORMULA_RESULT_DIFFERS');
});

test('output cells missing from the XML are inserted in column order, with the right values', async () => {
  const input = file('blank.xlsx');
  await writeWorkbook(input, [{ name: '空白', forms: [{ spec: anting() }] }]);
  const before = (await zipEntries(input)).get(part(1))!.toString();
  expect(before).not.toMatch(/<c r="G6"/);
  expect(before).not.toMatch(/<c r="H6"/);
  const out = file('blank-out.xlsx');
  const r = await run('recalc', input, '-o', out, '--json');
  expect(r.code).toBe(0);
  const doc = parseJson(r.stdout);
  expect(doc.changes.map((c: any) => `${c.cell}=${c.after.text}`)).toEqual(
    expect.arrayContaining(['G6=99.45', 'G7=99.45', 'G8=0.00', 'G9=0.00', 'H6=9.95', 'G21=99.95', 'C22=优']),
  );
  const xml = (await zipEntries(out)).get(part(1))!.toString();
  for (const cols of rowsOf(xml)) expect(cols.map(colNum)).toEqual([...cols.map(colNum)].sort((x, y) => x - y));
  const ws = (await readWorkbook(out)).getWorksheet('空白')!;
  expect(ws.getCell('G6').value).toBe(99.45);
  expect(ws.getCell('H6').value).toBe(9.95);
  expect(ws.getCell('G8').value).toBe(0);
  expect(ws.getCell('G21').value).toBe(99.95);
  expect(ws.getCell('C22').value).toBe('优');
  const again = await run('recalc', out, '-o', file('blank-out-2.xlsx'), '--json');
  expect(parseJson(again.stdout).changes).toEqual([]);
});

test('a wrong grade is rewritten as text (inline string), keeping the cell style', async () => {
  const input = file('grade.xlsx');
  await writeWorkbook(input, [
    {
      name: '等级',
      forms: [{ spec: anting({ rates: { total: 99.45, current: 99.45, carry: 0, other: 0 }, budgetScore: 9.95, totalScore: 99.95, grade: '良' }) }],
      setup: (ws) => {
        ws.getCell('C22').font = { bold: true, color: { argb: 'FFFF0000' } };
      },
    },
  ]);
  const out = file('grade-out.xlsx');
  const r = await run('recalc', input, '-o', out, '--json');
  expect(r.code).toBe(0);
  const doc = parseJson(r.stdout);
  expect(doc.changes).toEqual([{ sheet: '等级', cell: 'C22', kind: 'grade', before: '良', after: { type: 'text', text: '优' } }]);
  const xml = (await zipEntries(out)).get(part(1))!.toString();
  expect(xml).toMatch(/<c r="C22" s="\d+" t="inlineStr"><is><t>优<\/t><\/is><\/c>/);
  const [a, b] = [await readWorkbook(input), await readWorkbook(out)];
  expect(b.worksheets[0].getCell('C22').value).toBe('优');
  expect(b.worksheets[0].getCell('C22').style).toEqual(a.worksheets[0].getCell('C22').style);
  const check = await run('check', out, '--json');
  expect(parseJson(check.stdout).files[0].forms[0].findings.map((f: any) => f.code)).not.toContain('GRADE_MISMATCH');
});

test('a protected sheet is not written, and the output says so', async () => {
  const input = file('protected.xlsx');
  const stale = anting({ rates: { total: 99.44, current: 99.44, carry: 0, other: 0 }, budgetScore: 9.95, totalScore: 99.95, grade: '优' });
  await writeWorkbook(input, [
    { name: '开放', forms: [{ spec: stale }] },
    { name: '锁定', forms: [{ spec: stale }], setup: (ws) => ws.protect('', {}) },
  ]);
  const out = file('protected-out.xlsx');
  const r = await run('recalc', input, '-o', out, '--json');
  expect(r.code).toBe(0);
  const doc = parseJson(r.stdout);
  expect(doc.skippedSheets).toEqual(['锁定']);
  expect(doc.changes.every((c: any) => c.sheet === '开放')).toBe(true);
  expect(doc.changes.length).toBeGreaterThan(0);
  expect(doc.report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'SHEET_PROTECTED', sheet: '锁定' })]));
  const [a, b] = [await zipEntries(input), await zipEntries(out)];
  expect(b.get(part(2))!.equals(a.get(part(2))!)).toBe(true);
  const human = await run('recalc', input, '-o', file('protected-out-2.xlsx'));
  expect(human.stdout).toContain('工作表「锁定」受保护，其重算结果未写入');
});

test('images, charts, custom XML and add-in settings are carried over byte for byte', async () => {
  const input = file('media.xlsx');
  await writeWorkbook(input, [
    {
      name: '图片',
      forms: [{ spec: anting({ rates: { total: 99.44, current: 99.45, carry: 0, other: 0 }, budgetScore: 9.95, totalScore: 99.95, grade: '优' }) }],
      setup: (ws, wb) => {
        ws.addImage(wb.addImage({ buffer: PNG_1X1 as never, extension: 'png' }), 'K2:L4');
      },
    },
  ]);
  await addZipEntries(
    input,
    {
      'xl/charts/chart1.xml': '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
      'customXml/item1.xml': '<jixiao profile="standard"/>',
      'xl/webextensions/webextension1.xml': '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{X}"/>',
    },
    { 'xl/charts/chart1.xml': 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml' },
  );
  const a = await zipEntries(input);
  expect([...a.keys()]).toEqual(expect.arrayContaining(['xl/media/image1.png', 'xl/drawings/drawing1.xml']));
  const out = file('media-out.xlsx');
  const r = await run('recalc', input, '-o', out, '--json');
  expect(r.code).toBe(0);
  expect(parseJson(r.stdout).changes.map((c: any) => c.cell)).toEqual(['G6']);
  const b = await zipEntries(out);
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [name, bytes] of a) {
    if (name === part(1)) expect(withoutCells(b.get(name)!.toString(), ['G6'])).toBe(withoutCells(bytes.toString(), ['G6']));
    else if (name !== 'xl/workbook.xml') expect([name, b.get(name)!.equals(bytes)]).toEqual([name, true]);
  }
  expect(b.get(part(1))!.toString()).toMatch(/<drawing r:id="rId\d+"\/>/);
  expect((await readWorkbook(out)).worksheets[0].getImages()).toHaveLength(1);
});

test('a macro workbook is refused as .xlsx (exit 2, nothing written) and written as .xlsm', async () => {
  const input = file('macro.xlsm');
  await writeWorkbook(input, [{ name: '宏', forms: [{ spec: anting({ rates: { total: 99.44 } }) }] }]);
  const vba = Buffer.from('not really VBA, but binary \x00\x01\x02');
  await addZipEntries(input, { 'xl/vbaProject.bin': vba });
  const hash = sha256(input);
  const refused = await run('recalc', input, '-o', file('macro-out.xlsx'));
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('vbaProject.bin');
  expect(refused.stderr).toContain('.xlsm');
  expect(fs.existsSync(file('macro-out.xlsx'))).toBe(false);
  const ok = await run('recalc', input, '-o', file('macro-out.xlsm'));
  expect(ok.code).toBe(0);
  expect((await zipEntries(file('macro-out.xlsm'))).get('xl/vbaProject.bin')!.equals(vba)).toBe(true);
  expect(sha256(input)).toBe(hash);
});

test('written, but error findings remain: exit 1', async () => {
  const input = file('funds.xlsx');
  await writeWorkbook(input, [
    { name: '资金', forms: [{ spec: anting({ funds: { total: [752.94, 762.25, 758.02], current: [700, 762.25, 758.02], carry: [0, 0, 0], other: [0, 0, 0] } }) }] },
  ]);
  const r = await run('recalc', input, '-o', file('funds-out.xlsx'), '--json');
  expect(r.code).toBe(1);
  const doc = parseJson(r.stdout);
  expect(doc.changes.length).toBeGreaterThan(0);
  expect(doc.report.forms[0].findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'FUNDS_SUM', severity: 'error' })]));
  expect(fs.existsSync(file('funds-out.xlsx'))).toBe(true);
});

test('--score-by-rule writes the suggested scores of quantitative indicators', async () => {
  const spec = anting();
  spec.indicators = spec.indicators.map((i) => (i[2] === '满意度' ? ['满意度指标', '服务对象满意度指标', '满意度', '≥90.00(%)', '81.00(%)', 10, 8, '原因'] : i));
  const input = file('rule.xlsx');
  await writeWorkbook(input, [{ name: '规则', forms: [{ spec }] }]);
  const plain = parseJson((await run('recalc', input, '-o', file('rule-plain.xlsx'), '--json')).stdout);
  expect(plain.changes.map((c: any) => c.kind)).not.toContain('indicatorScore');
  const byRule = parseJson((await run('recalc', input, '-o', file('rule-out.xlsx'), '--json', '--score-by-rule')).stdout);
  expect(byRule.changes).toEqual(expect.arrayContaining([expect.objectContaining({ cell: 'G20', kind: 'indicatorScore', after: { type: 'number', text: '9.00' } })]));
  expect((await readWorkbook(file('rule-out.xlsx'))).worksheets[0].getCell('G20').value).toBe(9);
});

test('recalc creates the output folder when it does not exist yet', async () => {
  const fs = await import('fs');
  const os = await import('os');
  const path = await import('path');
  const { main } = await import('../../src/cli/main');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-mkdir-'));
  const out = path.join(dir, 'a', 'b', 'out.xlsx');
  const chunks: string[] = [];
  const io = { out: (s: string) => chunks.push(s), err: (s: string) => chunks.push(s) };
  const code = await main(['recalc', 'test/fixtures/anting-2024.xlsx', '-o', out], io);
  expect(code).toBe(0);
  expect(fs.existsSync(out)).toBe(true);
  fs.rmSync(dir, { recursive: true, force: true });
});
