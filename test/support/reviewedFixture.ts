/**
 * Makes test/fixtures/review/anting-2024.reviewed.xlsx: `jixiao review` on the bundled example,
 * then a reviewer's entries typed into 「复核记录」 with the repo's own cell patcher (only those
 * cells change; everything else keeps its bytes). Regenerate it with
 *   JIXIAO_WRITE_GOLDEN=1 npx jest test/cli/reviewGolden
 * (test/fixtures/review/README.md shows the expected figures worked out by hand).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bufferIo, main } from '../../src/cli/main';
import { gridsFromBytes, isReadError } from '../../src/cli/load';
import { OVERALL, REVIEW_COLUMNS, REVIEW_SHEET } from '../../src/core/review/recordColumns';
import { HEADER_ROW } from '../../src/core/results/tableSheet';
import { toA1 } from '../../src/core/a1';
import type { Grid } from '../../src/core/grid';
import type { PlanValue } from '../../src/core/writePlan';
import { openPackage, patchPackage } from '../../src/xlsx/xlsxPatch';

export const SOURCE = path.resolve(__dirname, '../../assets/anting-2024.xlsx');
export const REVIEWED = path.resolve(__dirname, '../fixtures/review/anting-2024.reviewed.xlsx');

/** One entry of the reviewer: the form's sheet and the item's 得分 cell (overall: the form's 总分 cell, its （总体） row). */
export interface ReviewEntry {
  sheet: string;
  cell: string;
  overall?: true;
  score?: number;
  /** '' clears the cell (the reviewer deleted the draft to have it written again). */
  comment?: string;
}

export const FORM1 = '安亭城运日常运行费用';
export const FORM2 = '一网统管网格案件应急处置费';
export const FORM3 = '誉本建材市场综合整治安保费';

export const ENTRIES: readonly ReviewEntry[] = [
  // 总分 99.95 → 92.95, still 优; its （总体） draft cleared, so the refresh writes a new one
  { sheet: FORM1, cell: 'G14', score: 10, comment: '完成率依据不足，扣 5 分' },
  { sheet: FORM1, cell: 'G20', score: 8, comment: '满意度调查样本不足' },
  { sheet: FORM1, cell: 'G21', overall: true, comment: '' },
  // 总分 97.88 → 80.88: 优 → 良; the reviewer's own overall comment
  { sheet: FORM2, cell: 'G13', score: 2, comment: '成本超出预算控制数' },
  { sheet: FORM2, cell: 'G16', score: 5 },
  { sheet: FORM2, cell: 'G23', score: 6, comment: '居民满意度无调查佐证' },
  { sheet: FORM2, cell: 'G24', overall: true, comment: '产出与效益指标佐证不足，复核等级调整为良。' },
  // 18 over the 分值 15: the 分值 counts (REVIEW_SCORE_OVER_WEIGHT); a comment without a score
  { sheet: FORM3, cell: 'G15', score: 18 },
  { sheet: FORM3, cell: 'G17', comment: '同意' },
];

const col = (key: 'reviewScore' | 'comment' | 'sheet' | 'cell' | 'indicator') => REVIEW_COLUMNS.findIndex((c) => c.key === key);

/** The 0-based row of 「复核记录」 naming this form cell (its （总体） row when `overall`). */
export function recordRowOf(record: Grid, sheet: string, cell: string, overall = false): number {
  const i = record.values.findIndex((r, k) => k >= HEADER_ROW && r[col('sheet')] === sheet && r[col('cell')] === cell && (r[col('indicator')] === OVERALL) === overall);
  if (i < 0) throw new Error(`no record row for ${sheet}!${cell}`);
  return i;
}

export async function recordOf(bytes: Uint8Array): Promise<{ grids: Grid[]; record: Grid }> {
  const grids = await gridsFromBytes(bytes);
  if (isReadError(grids)) throw new Error(grids.code);
  const record = grids.find((g) => g.sheet === REVIEW_SHEET);
  if (!record) throw new Error('no record');
  return { grids, record };
}

/** The reviewed workbook's bytes, made from `source` in a temporary folder. */
export async function makeReviewed(source = SOURCE): Promise<Uint8Array> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-golden-'));
  try {
    const fresh = path.join(dir, 'fresh.xlsx');
    const io = bufferIo();
    const code = await main(['review', source, '-o', fresh], io);
    if (code !== 0) throw new Error(`review exited ${code}: ${io.stderr()}`);
    const bytes = new Uint8Array(fs.readFileSync(fresh));
    const { record } = await recordOf(bytes);
    const patches: { sheet: string; cell: string; after: PlanValue }[] = [];
    for (const e of ENTRIES) {
      const row = recordRowOf(record, e.sheet, e.cell, e.overall === true);
      if (e.score !== undefined) patches.push({ sheet: REVIEW_SHEET, cell: toA1(row, col('reviewScore')), after: { type: 'number', text: String(e.score) } });
      if (e.comment !== undefined) patches.push({ sheet: REVIEW_SHEET, cell: toA1(row, col('comment')), after: e.comment === '' ? { type: 'blank', text: '' } : { type: 'text', text: e.comment } });
    }
    const patched = await patchPackage(await openPackage(bytes), bytes, patches);
    if (patched.refused.length > 0) throw new Error(`not patched: ${JSON.stringify(patched.refused)}`);
    return patched.bytes;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
