/**
 * Odd layouts from a built form (buildForm.ts): its head, budget block, 年度总体目标 rows and
 * indicator table moved apart — the indicator table above the budget block, beside it, far from
 * it, two forms interleaved — as real workbooks sometimes have them.
 */
import { CellValue } from '../../src/core/grid';
import { parseA1 } from '../../src/core/a1';
import { BuiltForm } from './buildForm';

export type FormPartName = 'head' | 'budget' | 'goal' | 'table';

/** The rows (0-based, inclusive) of each part of a built form. */
export function partsOf(b: BuiltForm): Record<FormPartName, [number, number]> {
  const rowOf = (text: string) => b.rows.findIndex((r) => r[0] === text);
  const budget = b.rows.findIndex((r) => r.includes('全年执行数'));
  const goal = rowOf('年度总体目标');
  const table = rowOf('一级指标');
  return { head: [0, budget - 1], budget: [budget, goal - 1], goal: [goal, table - 1], table: [table, b.rows.length - 1] };
}

/**
 * The form with each named part placed with its top-left at an A1 address (relative to where the
 * form is put on the sheet); parts not named are left out. Merges and `at` move along.
 */
export function rearrange(b: BuiltForm, place: Partial<Record<FormPartName, string>>): BuiltForm {
  const parts = partsOf(b);
  const moves = (Object.keys(place) as FormPartName[]).map((name) => {
    const [from, to] = parts[name];
    const at = parseA1(place[name] as string);
    return { from, to, dr: at.row - from, dc: at.col };
  });
  const move = (r: number, c: number): [number, number] | null => {
    const m = moves.find((x) => r >= x.from && r <= x.to);
    return m ? [r + m.dr, c + m.dc] : null;
  };
  const rows: CellValue[][] = [];
  b.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const to = move(r, c);
      if (!to) return;
      while (rows.length <= to[0]) rows.push([]);
      const line = rows[to[0]];
      while (line.length <= to[1]) line.push(null);
      line[to[1]] = v;
    }),
  );
  const width = Math.max(...rows.map((r) => r.length));
  for (const line of rows) while (line.length < width) line.push(null);
  const merges: BuiltForm['merges'] = [];
  for (const [r1, c1, r2, c2] of b.merges) {
    const a = move(r1, c1);
    const z = move(r2, c2);
    if (a && z) merges.push([a[0], a[1], z[0], z[1]]);
  }
  const at = (p: [number, number]) => (move(p[0], p[1]) ?? p) as [number, number];
  const rate = Object.fromEntries(Object.entries(b.at.rate).map(([k, p]) => [k, at(p)]));
  return {
    rows,
    merges,
    at: {
      rate,
      budgetScore: at(b.at.budgetScore),
      indicatorScore: b.at.indicatorScore.map(at),
      deviation: b.at.deviation.map(at),
      totalScore: at(b.at.totalScore),
      grade: at(b.at.grade),
    },
  };
}
