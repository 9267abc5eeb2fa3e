import * as fs from 'fs';
import * as path from 'path';
import expected from '../fixtures/anting-2024.expected.json';
import { columnsFor } from '../../src/core/results/columns';
import { FIXTURE, parseJson, run, tmpDir } from './helpers';

describe('jixiao check on the Anting fixture', () => {
  let json: any;
  let code: number;

  beforeAll(async () => {
    const r = await run('check', FIXTURE, '--json');
    code = r.code;
    json = parseJson(r.stdout);
  });

  test('exit 0, one file, 7 forms', () => {
    expect(code).toBe(0);
    expect(json.files).toHaveLength(1);
    expect(json.files[0].file).toBe(FIXTURE);
    expect(json.files[0].forms).toHaveLength(7);
  });

  test('figures equal anting-2024.expected.json', () => {
    const forms = json.files[0].forms;
    for (const exp of expected['anting-2024.xlsx']) {
      const form = forms.find((f: any) => f.sheet === exp.sheet);
      expect(form).toBeDefined();
      const rate = (kind: string) => form.funds.find((f: any) => f.kind === kind)?.rate;
      expect({
        sheet: form.sheet,
        project: form.project,
        rate: rate('total'),
        budgetScore: form.budgetScore,
        totalScore: form.totalScore,
        grade: form.grade,
        sourceRates: { current: rate('current'), carry: rate('carry'), other: rate('other') },
      }).toEqual({
        sheet: exp.sheet,
        project: exp.project,
        rate: exp.rate,
        budgetScore: exp.budgetScore,
        totalScore: exp.totalScore,
        grade: exp.grade,
        sourceRates: exp.sourceRates,
      });
    }
  });

  test('ROUNDING_DIFF on G6 of the two truncated sheets; no errors or warnings anywhere', () => {
    const forms = json.files[0].forms;
    for (const sheet of ['安亭城运日常运行费用', '一网统管网格案件应急处置费']) {
      const form = forms.find((f: any) => f.sheet === sheet);
      expect(form.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'ROUNDING_DIFF', cell: 'G6', severity: 'info' })]));
    }
    const all = [...json.files[0].findings, ...forms.flatMap((f: any) => f.findings)];
    expect(all.filter((f: any) => f.severity !== 'info')).toEqual([]);
    for (const f of all) expect(typeof f.message).toBe('string');
  });

  test('figures are two-decimal strings', () => {
    const form = json.files[0].forms[0];
    for (const v of [form.budgetWeight, form.budgetScore, form.totalScore, ...form.funds.flatMap((f: any) => [f.initial, f.annual, f.executed, f.rate])]) {
      expect(v).toMatch(/^-?\d+\.\d\d$/);
    }
  });
});

/** The table's header line: the 'cli' columns' headers in order, as a pattern. */
const headerLine = (lang: 'zh-CN' | 'en-US') =>
  new RegExp('^' + columnsFor('cli').map((c) => c.header[lang].replace(/[().%]/g, (x) => `\\${x}`)).join('\\s+'), 'm');

describe('human-readable output', () => {
  test('Chinese table with the figures, findings with cells and severities', async () => {
    const r = await run('check', FIXTURE);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('99.45');
    expect(r.stdout).toContain('优');
    expect(r.stdout).toMatch(headerLine('zh-CN'));
    expect(r.stdout).toMatch(/^\S.*99\.45\s+9\.95\s+99\.95\s+优$/m);
    expect(r.stdout).toMatch(/提示\s+G6\s+第6行 执行率 表中为 99\.44，重算为 99\.45/);
    expect(r.stdout).toContain('共 7 张自评表');
  });

  test('English with --lang en-US', async () => {
    const r = await run('check', FIXTURE, '--lang', 'en-US');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(headerLine('en-US'));
    expect(r.stdout).toMatch(/info\s+G6\s+row 6: execution rate shows 99\.44, recomputed 99\.45/);
    expect(r.stdout).toContain('99.45');
    expect(r.stdout).not.toContain('工作表');
  });

  test('--lang en-US also translates the JSON messages', async () => {
    const r = await run('check', '--lang=en-US', '--json', FIXTURE);
    const f = parseJson(r.stdout).files[0].forms[0].findings[0];
    expect(f.message).toMatch(/^row \d+: /);
  });
});

describe('several files, some unreadable', () => {
  const dir = tmpDir();
  const missing = path.join(dir, 'missing.xlsx');
  const notXlsx = path.join(dir, 'notes.xlsx');
  const empty = path.join(dir, 'empty.xlsx');
  const ole = path.join(dir, 'old.xls');
  const corrupt = path.join(dir, 'truncated.xlsx');
  beforeAll(() => {
    fs.writeFileSync(notXlsx, 'just some text\n');
    fs.writeFileSync(empty, '');
    fs.writeFileSync(ole, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    fs.writeFileSync(corrupt, fs.readFileSync(FIXTURE).subarray(0, 4000));
  });

  test('exit 2, JSON still reports every file, the readable one fully', async () => {
    const r = await run('check', '--json', missing, FIXTURE, notXlsx, empty, ole, corrupt);
    expect(r.code).toBe(2);
    const doc = parseJson(r.stdout);
    expect(doc.files.map((f: any) => f.file)).toEqual([missing, FIXTURE, notXlsx, empty, ole, corrupt]);
    expect(doc.files[1].forms).toHaveLength(7);
    expect(doc.files[1].error).toBeUndefined();
    for (const i of [0, 2, 3, 4, 5]) {
      const f = doc.files[i];
      expect(typeof f.error).toBe('string');
      expect(f.forms).toEqual([]);
      expect(f.findings).toEqual([
        { code: 'FILE_UNREADABLE', severity: 'error', sheet: '', cell: null, params: { reason: f.error }, message: `无法读取文件：${f.error}` },
      ]);
    }
    expect([0, 2, 3, 4, 5].map((i) => doc.files[i].errorCode)).toEqual(['notFound', 'textFile', 'empty', 'legacyBinary', 'truncated']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(`jixiao: 无法读取 ${missing}：${doc.files[0].error}`);
  });

  test('English reasons with --lang en-US', async () => {
    const r = await run('check', missing, ole, empty, '--lang', 'en-US');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot read ${missing}: the file does not exist`);
    expect(r.stderr).toContain(`cannot read ${ole}: it is a workbook in an old binary format`);
    expect(r.stderr).toContain(`cannot read ${empty}: the file is empty`);
    expect(r.stderr).not.toMatch(/[\u4e00-\u9fff]/);
    expect(r.stdout).toContain('3 file(s) (3 unreadable)');
  });

  test('a zip that is not a workbook', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const docx = path.join(dir, 'letter.xlsx');
    fs.writeFileSync(docx, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await run('check', docx, '--json');
    expect(r.code).toBe(2);
    expect(parseJson(r.stdout).files[0].errorCode).toBe('notWorkbook');
  });
});
