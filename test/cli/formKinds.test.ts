/**
 * `jixiao check` on a 部门整体支出 form and on a layout that suggests another profile: the JSON
 * says so per form, the text labels the department's form and prints one hint per file. The
 * locator marks no form so yet: these tests mark what it locates (test/support/formKinds).
 */
import * as path from 'path';
import { markLocatedForms } from '../support/formKinds';
import { anting, parseJson, run, tmpDir, writeWorkbook } from './helpers';

const dir = tmpDir();
const file = path.join(dir, 'unit.xlsx');
const PROJECT = '项目表';
const DEPARTMENT = '部门表';

beforeAll(async () => {
  // the department's form has a wrong grade: its findings are listed under its heading
  await writeWorkbook(file, [
    { name: PROJECT, forms: [{ spec: anting({ project: '项目甲' }) }] },
    { name: DEPARTMENT, forms: [{ spec: anting({ project: '部门乙', grade: '差' }) }] },
  ]);
});

afterEach(() => jest.restoreAllMocks());

const marked = () => markLocatedForms({ [DEPARTMENT]: { kind: 'department', suggestedProfile: 'sichuan', features: ['basicSpending'] } });

test('--json: kind, suggestedProfile and layout per form; parent per fund row', async () => {
  marked();
  const doc = parseJson((await run('check', file, '--json')).stdout);
  const forms = doc.files[0].forms;
  expect(forms.map((f: any) => [f.sheet, f.kind, f.suggestedProfile, f.layout])).toEqual([
    [PROJECT, 'project', 'standard', []],
    [DEPARTMENT, 'department', 'sichuan', ['basicSpending']],
  ]);
  for (const f of forms) expect(f.funds.every((x: any) => x.parent === null)).toBe(true);
});

test('the text: a 类型 column, 「部门整体」 before the department\'s name, one hint to --profile sichuan', async () => {
  marked();
  const r = await run('check', file);
  const lines = r.stdout.split('\n');
  expect(lines[2]).toMatch(/类型$/);
  expect(lines.find((l) => l.startsWith('项目甲'))).toMatch(/项目支出$/);
  expect(lines.find((l) => l.startsWith('部门乙'))).toMatch(/部门整体支出$/);
  expect(lines).toContain(`【${DEPARTMENT}】「部门整体」部门乙 (A1:I22)`);
  expect(lines.filter((l) => l.includes('--profile sichuan'))).toHaveLength(1);
  const en = await run('check', file, '--lang', 'en-US');
  expect(en.stdout.split('\n').filter((l) => l.includes('--profile sichuan'))).toHaveLength(1);
  expect(en.stdout).toContain(`【${DEPARTMENT}】[department-wide] 部门乙`);
});

test('no hint under the suggested profile; no 类型 column and no hint for project forms alone', async () => {
  marked();
  expect((await run('check', file, '--profile', 'sichuan')).stdout).not.toContain('--profile');
  jest.restoreAllMocks();
  const plain = await run('check', file);
  expect(plain.stdout).not.toContain('--profile');
  expect(plain.stdout).not.toContain('类型');
  expect(plain.stdout).not.toContain('部门整体');
});

test('a suggestion --profile does not take is no hint', async () => {
  markLocatedForms({ [DEPARTMENT]: { suggestedProfile: 'yunnan' } });
  expect((await run('check', file)).stdout).not.toContain('--profile');
});
