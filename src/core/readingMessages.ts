/**
 * Messages of the findings about reading a file (issue 10): a file refused, a sheet cut or left
 * unread by the reader's bounds. A part of messages.ts's table, zh-CN and en-US side by side.
 */
import type { ParamValue } from './findings';

type Params = Record<string, ParamValue>;
type Template = (p: Params) => string;

const s = (v: ParamValue | undefined): string => (v === null || v === undefined ? '' : String(v));

export const READING_MESSAGES: Record<'FILE_UNREADABLE' | 'FILE_TOO_LARGE' | 'SHEET_CUT' | 'SHEET_NOT_READ', [Template, Template]> = {
  FILE_UNREADABLE: [(p) => `无法读取文件：${s(p.reason)}`, (p) => `the file cannot be read: ${s(p.reason)}`],
  FILE_TOO_LARGE: [(p) => `文件未读取：${s(p.reason)}`, (p) => `the file was not read: ${s(p.reason)}`],
  SHEET_CUT: [
    (p) =>
      p.reason === 'bounds'
        ? `工作表中有 ${s(p.limit)} 个单元格位于 Excel 的行列范围（1 048 576 行 × 16 384 列）之外，已忽略；请用 Excel 或 WPS 打开修复后另存`
        : `工作表过大，只读取到第 ${s(p.fromRow)} 行之前（上限 ${s(p.limit)} 个${p.reason === 'area' ? '行×列' : '单元格'}），其后的内容未检查；请删除多余的行列或拆分工作表后重试`,
    (p) =>
      p.reason === 'bounds'
        ? `${s(p.limit)} cells lie outside Excel's 1,048,576 rows × 16,384 columns and were ignored; open the file in Excel or WPS, let it repair, and save it again`
        : `the sheet is too large: only the rows above row ${s(p.fromRow)} were read (limit ${s(p.limit)} ${p.reason === 'area' ? 'rows × columns' : 'cells'}), the rest was not checked; delete surplus rows or columns, or split the sheet, and try again`,
  ],
  SHEET_NOT_READ: [
    (p) => `工作表有 ${s(p.cells)} 个单元格，其中没有自评表或汇总表的表头，未逐格读取`,
    (p) => `the sheet holds ${s(p.cells)} cells and no self-evaluation form or summary header, so it was not read cell by cell`,
  ],
};
