import { isFormTitle, isRowLabel } from '../labels';
import { LabelIndex } from './labelIndex';

export interface Head {
  top: number;
  left: number;
  /** The form's title as written (项目支出绩效自评表, 部门整体支出绩效自评表 …), or null. */
  title: string | null;
  project: string | null;
  projectCell: string | null;
  department: string | null;
  unit: string | null;
  /** 部门名称/单位名称: what a department-wide form names where a project form names its project. */
  departmentName: string | null;
}

type HeadField = 'project' | 'department' | 'unit' | 'departmentName';
const FIELDS: HeadField[] = ['project', 'department', 'unit', 'departmentName'];

/**
 * Title, 项目名称 (or 部门名称), 主管部门 and 实施单位 above the budget block, between columns
 * `left` − 1 and `right` (forms side by side each read their own head).
 */
export function readHead(index: LabelIndex, searchTop: number, budgetRow: number, left: number, right: number): Head {
  const head: Head = { top: budgetRow, left: Infinity, title: null, project: null, projectCell: null, department: null, unit: null, departmentName: null };
  const from = Math.max(searchTop, budgetRow - 12);
  for (let row = from; row < budgetRow; row++) {
    for (const cell of index.row(row)) {
      if (cell.col < left - 1 || cell.col > right) continue;
      if (isFormTitle(cell.norm) && cell.norm.length <= 30) {
        head.top = Math.min(head.top, row);
        head.title ??= cell.norm;
        continue;
      }
      const which = FIELDS.find((f) => isRowLabel(cell.key, f));
      if (!which || head[which] !== null) continue;
      const found = index.valueRightOf(cell, right);
      head[which] = found ? found.text : null;
      if (which === 'project' || which === 'departmentName') {
        if (which === 'project') head.projectCell = found ? index.view.address(found.row, found.col) : null;
        head.top = Math.min(head.top, row);
        head.left = Math.min(head.left, cell.col);
      }
    }
  }
  return head;
}
