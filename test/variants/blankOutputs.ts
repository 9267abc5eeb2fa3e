/** v06: output cells emptied (styles kept); blankOutputs is shared with v07. */
import type { Worksheet } from 'exceljs';
import { setValue } from './cells';
import { Expect } from './expect';
import { FixtureForm, outputCells } from './fixtureScan';
import { inPlace, VariantDef } from './variant';

export const blankOutputsVariant: VariantDef = {
  name: 'v06-blank-outputs',
  description:
    'All output cells (执行率 of the 4 fund rows, 得分, 总分, 评分等级) emptied on 安亭城运日常运行费用 and 联勤队伍组建, styles kept → ' +
    'planned writes with the expected figures (numbers) and grade (text), no findings there.',
  async build(ctx) {
    const e = inPlace(ctx);
    for (const ff of [ctx.forms[0], ctx.forms[3]]) blankOutputs(ctx.fixture.worksheets[ff.index], ff, e);
    return { wb: ctx.fixture, expect: e };
  },
};

/** Empties every output cell of a form (keeping styles): 执行率 ×4, 得分, 总分, 评分等级. */
export function blankOutputs(ws: Worksheet, ff: FixtureForm, e: Expect): void {
  for (const out of outputCells(ff)) {
    setValue(ws, out.cell, null);
    e.noFinding(ff.sheet, out.cell);
    e.planned(ff.sheet, out.cell, out.kind === 'grade' ? 'text' : 'number', out.expected);
  }
}
