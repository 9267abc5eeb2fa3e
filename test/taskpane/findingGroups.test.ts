/**
 * The findings list's groups (findingGroups.ts), pure: by form, errors and warnings per form and
 * the notes of the workbook gathered by code at the end, folded; by kind, one group per code,
 * errors first; the page budget of visibleFindings. Also the titles of the kinds (codeTitles.ts).
 */
import { CODE_TITLES, evaluateWorkbook, Finding, FindingCode, LANGS, PROFILES, SEVERITY_OF, WorkbookEvaluation } from '../../src/core';
import { findingGroups, visibleFindings } from '../../src/taskpane/findingGroups';
import { ANTING, antingSpec, notesSheet, WANGGE, wanggeSpec, workbook } from './forms';

const ALL = { error: true, warning: true, info: true };
const ev = evaluateWorkbook([...workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]), notesSheet()], { profile: PROFILES.standard });

const f = (code: FindingCode, sheet: string, cell: string | null): Finding => ({ code, severity: SEVERITY_OF[code], sheet, cell, params: {} });

/** A workbook evaluation of one sheet with one form holding `findings` (the rest taken from a real one). */
function withFindings(findings: Finding[]): WorkbookEvaluation {
  const form = { ...ev.forms[0], findings };
  return { ...ev, sheets: [{ sheet: form.form.sheet, forms: [form], findings: [] }], forms: [form], findings };
}

test('by form: each form with its errors and warnings; every note in a folded group of its code, at the end', () => {
  const groups = findingGroups(ev, 'form', ALL);
  const notes = groups.filter((g) => g.head.kind === 'code');
  expect(groups.slice(0, groups.length - notes.length).every((g) => g.head.kind !== 'code' && !g.collapsed)).toBe(true);
  expect(notes.every((g) => g.collapsed && g.findings.every((x) => x.severity === 'info'))).toBe(true);
  expect(groups.flatMap((g) => g.findings).length).toBe(ev.findings.length);
  // no note inside a form's group
  expect(groups.filter((g) => g.head.kind === 'form').flatMap((g) => g.findings).some((x) => x.severity === 'info')).toBe(false);
});

test.each([
  ['64 numbers read from text and 4 warnings: 4 lines and one folded line', [...Array.from({ length: 64 }, (_, i) => f('VALUE_RECOVERED', 'S', `E${i + 1}`)), ...Array.from({ length: 4 }, (_, i) => f('DEVIATION_MISSING', 'S', `H${i + 1}`))], ['form:', 'notes:code:VALUE_RECOVERED'], [4, 64]],
  ['an error and a warning of one form: one group, the error first', [f('DEVIATION_MISSING', 'S', 'H3'), f('SCORE_OVER_WEIGHT', 'S', 'G9')], ['form:'], [2]],
])('%s', (_, findings, keys, counts) => {
  const groups = findingGroups(withFindings(findings), 'form', ALL);
  expect(groups.map((g) => g.key.replace(/^form:.*/, 'form:'))).toEqual(keys);
  expect(groups.map((g) => g.findings.length)).toEqual(counts);
  if (keys.length === 1) expect(groups[0].findings[0].severity).toBe('error');
});

test('by kind: errors, then warnings, then notes; a larger group first; only notes folded', () => {
  const findings = [f('VALUE_RECOVERED', 'S', 'E1'), f('DEVIATION_MISSING', 'S', 'H1'), f('STALE_VALUE', 'S', 'G6'), f('STALE_VALUE', 'S', 'G7'), f('CELL_ERROR', 'S', 'E6')];
  const groups = findingGroups(withFindings(findings), 'code', ALL);
  expect(groups.map((g) => g.key)).toEqual(['code:CELL_ERROR', 'code:STALE_VALUE', 'code:DEVIATION_MISSING', 'code:VALUE_RECOVERED']);
  expect(groups.map((g) => g.collapsed)).toEqual([false, false, false, true]);
  expect(groups[1].counts).toEqual({ error: 0, warning: 2, info: 0 });
});

test('hidden severities leave no group behind', () => {
  const groups = findingGroups(ev, 'code', { error: true, warning: true, info: false });
  expect(groups.some((g) => g.findings.some((x) => x.severity === 'info'))).toBe(false);
  expect(findingGroups(ev, 'form', { error: false, warning: false, info: false })).toEqual([]);
});

test('visibleFindings: folded groups show their head only; open ones share the budget, the rest counted as hidden', () => {
  const findings = Array.from({ length: 30 }, (_, i) => f('DEVIATION_MISSING', 'S', `H${i + 1}`));
  const groups = [...findingGroups(withFindings(findings), 'form', ALL), ...findingGroups(withFindings(findings.slice(0, 5)), 'code', ALL)];
  const v = visibleFindings(groups, (g) => g.head.kind === 'form', 20);
  expect(v.groups.map((g) => [g.open, g.findings.length])).toEqual([
    [true, 20],
    [false, 0],
  ]);
  expect(v.hidden).toBe(10);
});

test('every finding code has a title in each language, distinct within a language', () => {
  for (const [i] of LANGS.entries()) {
    const titles = Object.values(CODE_TITLES).map((t) => t[i]);
    expect(titles.every((t) => t.trim().length > 0)).toBe(true);
    expect(new Set(titles).size).toBe(titles.length);
  }
  expect(Object.keys(CODE_TITLES).sort()).toEqual(Object.keys(SEVERITY_OF).sort());
});
