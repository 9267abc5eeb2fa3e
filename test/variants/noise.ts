/** Seeded noise cells (numbers, words, booleans, dates, errors, lone labels) and random merges. */
import type { CellValue as XValue, Worksheet } from 'exceljs';

const NOISE_WORDS = [
  '说明', '附件', '备注', '第一季度', '第二季度', '计划', '张三', '李四', '办公室', '合同编号', '已审核', '待定',
  'N/A', 'TODO', 'abc', 'x-1', '12,3.4.5', '#REF!', '=1+1', '+86 21', '@home', '（空）', '——', '/', '0.0.0',
  '全年', '预算', '指标', '自评', '９９．４４', '1e5', 'NaN', 'Infinity', '一、', '（二）', '合 同', '\n',
];
/** Single form labels; at most one per row, so no row ever looks like a header. */
const LONE_LABELS = ['总分', '一级指标', '全年执行数', '评分等级', '年度资金总额', '得分', '分值', '执行率(%)', '三级指标'];
const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'];

function noiseValue(rnd: () => number, labelAllowed: boolean): { value: XValue; label: boolean } {
  const x = rnd();
  if (x < 0.3) return { value: Math.round((rnd() - 0.2) * 1e8) / 100, label: false };
  if (x < 0.4) return { value: Math.floor(rnd() * 1000), label: false };
  if (x < 0.6) return { value: NOISE_WORDS[Math.floor(rnd() * NOISE_WORDS.length)], label: false };
  if (x < 0.65) {
    const len = 1 + Math.floor(rnd() * 12);
    let s = '';
    for (let i = 0; i < len; i++) s += String.fromCharCode(rnd() < 0.5 ? 0x4e00 + Math.floor(rnd() * 0x5000) : 0x21 + Math.floor(rnd() * 0x5d));
    return { value: s, label: false };
  }
  if (x < 0.7) return { value: rnd() < 0.5, label: false };
  if (x < 0.76) return { value: { error: ERRORS[Math.floor(rnd() * ERRORS.length)] } as XValue, label: false };
  if (x < 0.79) return { value: new Date(Date.UTC(2020 + Math.floor(rnd() * 6), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))), label: false };
  if (x < 0.81 && labelAllowed) return { value: LONE_LABELS[Math.floor(rnd() * LONE_LABELS.length)], label: true };
  return { value: null, label: false };
}

/** Fills rows [top, top+rows) × cols [left, left+cols) with noise; a few merges on a lattice. */
export function fillNoise(ws: Worksheet, rnd: () => number, top: number, left: number, rows: number, cols: number, merges: boolean, labelsUntilRow: number): void {
  for (let r = top; r < top + rows; r++) {
    let labelUsed = r > labelsUntilRow;
    const row = ws.getRow(r);
    for (let c = left; c < left + cols; c++) {
      const { value, label } = noiseValue(rnd, !labelUsed);
      if (label) labelUsed = true;
      if (value !== null) row.getCell(c).value = value;
    }
  }
  if (!merges) return;
  // Merges on a lattice with step 3, each at most 2×2: never overlapping.
  for (let r = top; r + 1 < top + rows; r += 3) {
    for (let c = left; c + 1 < left + cols; c += 3) {
      const x = rnd();
      if (x < 0.15) ws.mergeCells(r, c, r, c + 1);
      else if (x < 0.25) ws.mergeCells(r, c, r + 1, c + 1);
      else if (x < 0.3) ws.mergeCells(r, c, r + 1, c);
    }
  }
}
