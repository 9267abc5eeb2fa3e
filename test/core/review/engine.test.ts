import { evaluateWorkbook, defaultOptions } from '../../../src/core/evaluate';
import type { Grid } from '../../../src/core/grid';
import { REVIEW_SHEET, draftComment, isUntouchedDraft, readRecord, recordSheet } from '../../../src/core/review';
import { gridOf, buildForm } from '../../support/buildForm';
import { put, recordRow, specGrid } from '../../support/specGrid';
import { parseA1 } from '../../../src/core/a1';

const cellAt = (g: Grid, a: string) => { const { row, col } = parseA1(a); return g.values[row]?.[col]; };
import { cellsWith, correctSpec, only, profile, QUAL, QUANT, withIndicator } from '../helpers';
import { built, c, form, options, reviewed } from './reviewed';

describe('复核 engine: totals, grade, differences', () => {
  test('a fresh record: every scored item and a （总体） row; 复核 equals 自评; no review finding', () => {
    const { review, made, ev } = reviewed();
    const f = review.forms[0];
    expect(f.items.map((i) => i.item.cell)).toEqual([c.budgetScore, ...built.at.indicatorScore.map((_, i) => c.score(i))]);
    expect(f.cell).toBe(c.totalScore);
    expect(f.reviewTotal?.toFixed(2)).toBe(f.selfTotal?.toFixed(2));
    expect(f.difference?.toFixed(2)).toBe('0.00');
    expect(ev.reviewFindings).toEqual([]);
    expect(made.drafted).toBe(1);
    // one row per item + （总体）, under the header row 3
    expect(made.spec.cells.filter((x) => /^D\d+$/.test(x.cell) && Number(x.cell.slice(1)) > 3)).toHaveLength(f.items.length + 1);
  });

  test('blank 复核得分 takes the 自评; typed ones count; the difference per item and in total', () => {
    const { review } = reviewed((_r, set) => {
      set(c.score(QUANT), 'G', 6);
      set(c.score(QUAL), 'G', 7.5);
    });
    const f = review.forms[0];
    const byCell = new Map(f.items.map((i) => [i.item.cell, i]));
    expect(byCell.get(c.score(QUANT))?.delta?.toFixed(2)).toBe('-4.00');
    expect(byCell.get(c.score(QUAL))?.delta?.toFixed(2)).toBe('-2.50');
    expect(f.changed).toBe(2);
    expect(f.difference?.toFixed(2)).toBe('-6.50');
    expect(f.reviewTotal?.toFixed(2)).toBe(f.selfTotal!.minus(6.5).toFixed(2));
  });
});

describe('复核 findings', () => {
  test('REVIEW_SCORE_OVER_WEIGHT: above 分值 (the 分值 counts) or negative (0 counts), at the record cell', () => {
    const { ev, rec } = reviewed((_r, set) => {
      set(c.score(QUANT), 'G', 12);
      set(c.score(QUAL), 'G', -1);
    });
    expect(cellsWith(ev.findings, 'REVIEW_SCORE_OVER_WEIGHT')).toEqual([`G${recordRow(rec, c.score(QUAL)) + 1}`, `G${recordRow(rec, c.score(QUANT)) + 1}`]);
    expect(ev.findings.filter((f) => f.code === 'REVIEW_SCORE_OVER_WEIGHT').map((f) => [f.params.reason, f.params.score, f.params.weight])).toEqual([['negative', '-1.00', '10.00'], ['overWeight', '12.00', '10.00']]);
    const items = new Map(ev.review!.forms[0].items.map((i) => [i.item.cell, i.counted?.toFixed(2)]));
    expect([items.get(c.score(QUANT)), items.get(c.score(QUAL))]).toEqual(['10.00', '0.00']);
  });

  test('REVIEW_GRADE_CHANGED and REVIEW_TOTAL_DIFFERS at the （总体） row; the threshold is the profile\'s', () => {
    const edit = (_r: Grid, set: (cell: string, col: 'G', v: number) => void) => { set(c.score(QUANT), 'G', 2); set(c.score(QUAL), 'G', 4); };
    const { ev, rec, review } = reviewed(edit);
    const at = `G${recordRow(rec, c.totalScore, true) + 1}`;
    expect(only(ev.findings, 'REVIEW_GRADE_CHANGED')).toMatchObject({ cell: at, params: { selfGrade: '优', reviewGrade: '良' } });
    expect(only(ev.findings, 'REVIEW_TOTAL_DIFFERS')).toMatchObject({ cell: at, params: { difference: '-14.00', threshold: '5.00' } });
    expect(review.forms[0].reviewGrade).toBe('良');
    const lenient = evaluateWorkbook([form(), rec], defaultOptions({ profile: profile('standard', { reviewTotalDiffers: '15' }) }));
    expect(cellsWith(lenient.findings, 'REVIEW_TOTAL_DIFFERS')).toEqual([]);
  });

  test('a difference just under the threshold is no REVIEW_TOTAL_DIFFERS; at it, one', () => {
    expect(cellsWith(reviewed((_r, set) => set(c.score(QUANT), 'G', 5.01)).ev.findings, 'REVIEW_TOTAL_DIFFERS')).toEqual([]);
    expect(cellsWith(reviewed((_r, set) => set(c.score(QUANT), 'G', 5)).ev.findings, 'REVIEW_TOTAL_DIFFERS')).toHaveLength(1);
  });

  test('REVIEW_STALE: the form\'s 得分 changed since the record; a row naming no score cell', () => {
    const { rec } = reviewed();
    const changed = gridOf('S', [{ form: buildForm(withIndicator(correctSpec(), QUAL, { score: 9 })) }]);
    const ev = evaluateWorkbook([changed, rec], options);
    const stale = ev.findings.filter((f) => f.code === 'REVIEW_STALE');
    expect(stale.map((f) => [f.params.reason, f.params.cell, f.params.recorded, f.params.current])).toEqual([
      ['changed', c.score(QUAL), '10.00', '9.00'],
      ['changed', c.totalScore, expect.any(String), expect.any(String)],
    ]);
    put(rec, `B${recordRow(rec, c.score(QUANT)) + 1}`, 'A1');
    expect(evaluateWorkbook([form(), rec], options).findings.filter((f) => f.code === 'REVIEW_STALE').map((f) => [f.params.reason, f.params.cell])).toEqual([['notScoreCell', 'A1']]);
  });

  test('REVIEW_STALE for a duplicated row: the first row counts', () => {
    const { rec } = reviewed((_r, set) => set(c.score(QUANT), 'G', 6));
    const i = recordRow(rec, c.score(QUANT));
    rec.values.push([...rec.values[i]]);
    rec.values[rec.values.length - 1][6] = 1;
    const ev = evaluateWorkbook([form(), rec], options);
    expect(ev.findings.filter((f) => f.code === 'REVIEW_STALE').map((f) => [f.params.reason, f.params.cell, f.cell])).toEqual([['duplicate', c.score(QUANT), `F${rec.values.length}`]]);
    expect(ev.review!.forms[0].difference?.toFixed(2)).toBe('-4.00');
  });

  test('REVIEW_ROW_MISSING: an item without a record row, at its 得分 cell on the form (info)', () => {
    const { rec } = reviewed();
    rec.values.splice(recordRow(rec, c.score(QUAL)), 1);
    const ev = evaluateWorkbook([form(), rec], options);
    expect(only(ev.findings, 'REVIEW_ROW_MISSING')).toMatchObject({ sheet: 'S', cell: c.score(QUAL), severity: 'info' });
  });

  test('no record: review null, no review finding; a same-named sheet of the user\'s is no record', () => {
    const ev = evaluateWorkbook([form()], options);
    expect(ev.review).toBeNull();
    const { rec } = reviewed();
    put(rec, 'A2', '我的复核');
    expect(evaluateWorkbook([form(), rec], options).review).toBeNull();
    expect(rec.sheet).toBe(REVIEW_SHEET);
  });
});

describe('the draft 复核意见', () => {
  test('names the totals, the grade change, each change with its points, comment and the rule its row broke', () => {
    const spec = withIndicator(correctSpec(), QUANT, { actual: '80.00(%)', score: 10 }); // full score although not met
    const grids = [gridOf('S', [{ form: buildForm(spec) }])];
    const { review } = reviewed((_r, set) => { set(c.score(QUANT), 'G', 2); set(c.score(QUANT), 'H', '实际完成 80%，未达目标'); set(c.score(QUAL), 'G', 4); }, grids);
    const text = draftComment(review.forms[0]);
    const f = review.forms[0];
    expect(text).toContain(f.selfTotal!.toFixed(2));
    expect(text).toContain(f.reviewTotal!.toFixed(2));
    expect(text).toContain('−14.00');
    expect(text).toContain('「优」');
    expect(text).toContain('「良」');
    expect(text).toContain('−8.00');
    expect(text).toContain('实际完成 80%，未达目标');
    expect(text).toContain('未达成却得满分');
    expect(text).toContain(c.score(QUANT));
  });

  test('refresh: an untouched draft is replaced by the current one; an edited one is the reviewer\'s and kept', () => {
    const { rec } = reviewed();
    const at = `H${recordRow(rec, c.totalScore, true) + 1}`;
    const first = String(cellAt(rec, at));
    expect(isUntouchedDraft(first)).toBe(true);
    put(rec, `G${recordRow(rec, c.score(QUANT)) + 1}`, 2);
    const refresh = (r: Grid) => specGrid(recordSheet(evaluateWorkbook([form(), r], options).forms, readRecord(r), options, ['S'])!.spec);
    const again = String(cellAt(refresh(rec), at));
    expect(again).not.toBe(first);
    expect(again).toContain('−8.00');
    put(rec, at, `${first.slice(0, 10)}（已核）${first.slice(10)}`);
    expect(cellAt(refresh(rec), at)).toBe(`${first.slice(0, 10)}（已核）${first.slice(10)}`);
    put(rec, at, '同意。');
    expect(cellAt(refresh(rec), at)).toBe('同意。');
  });

  test('nothing changed, nothing wrong: the draft accepts the self-evaluation', () => {
    const text = draftComment(reviewed().review.forms[0]);
    expect(text).toContain('同意自评结果');
    expect(text).not.toContain('复核调整');
  });
});
