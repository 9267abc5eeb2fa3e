import { FINDING_CODES, SEVERITY_OF } from '../../src/core/findings';
import { CATALOGUE } from './catalogue';
import { cellsWith, only, profile, run, correctSpec } from './helpers';

describe('every finding code: triggered at its cell, absent without the defect', () => {
  test('the catalogue covers every code but FILE_UNREADABLE and FILE_TOO_LARGE (emitted by the CLI)', () => {
    expect(CATALOGUE.map((s) => s.code).sort()).toEqual(FINDING_CODES.filter((c) => c !== 'FILE_UNREADABLE' && c !== 'FILE_TOO_LARGE').sort());
  });

  test.each(CATALOGUE.map((s) => [s.code, s] as const))('%s with the defect', (code, s) => {
    const findings = s.defect();
    expect(cellsWith(findings, code)).toEqual(s.cells);
    expect(findings.filter((x) => x.code === code).map((x) => x.severity)).toEqual(s.cells.map(() => s.severity));
    expect(SEVERITY_OF[code]).toBe(s.severity);
  });

  test.each(CATALOGUE.map((s) => [s.code, s] as const))('%s absent without the defect', (code, s) => {
    expect(cellsWith(s.clean(), code)).toEqual([]);
  });

  test('the negative cases are clean forms: no finding at all', () => {
    expect(CATALOGUE.flatMap((s) => s.clean().map((x) => `${s.code}: ${x.code}@${x.cell}`))).toEqual([]);
  });

  test('COLUMN_MISSING names the missing column; FORM_INCOMPLETE what is missing', () => {
    const byCode = Object.fromEntries(CATALOGUE.map((s) => [s.code, s]));
    expect(only(byCode.COLUMN_MISSING.defect(), 'COLUMN_MISSING').params).toEqual({ columns: 'indicator.deviation' });
    expect(only(byCode.FORM_INCOMPLETE.defect(), 'FORM_INCOMPLETE').params).toMatchObject({ missing: 'budget', found: 'indicators' });
    expect(only(byCode.SHEET_PROTECTED.defect(), 'SHEET_PROTECTED').params).toEqual({ cells: 7 });
    expect(only(byCode.BINDING_MISMATCH.defect(), 'BINDING_MISMATCH').params).toEqual({ part: 'budget', range: 'A30:H35' });
  });

  test('a profile option does not add findings to a clean form', () => {
    for (const name of ['standard', 'linear', 'sichuan', 'guangxi']) expect([name, run(correctSpec(), { profile: profile(name) }).findings]).toEqual([name, []]);
  });
});
