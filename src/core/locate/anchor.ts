/**
 * The texts a locator starts from: a budget block's 执行数 header, an indicator table's 一级指标 /
 * 三级指标 header, a summary's 项目名称, a form's title, the add-in's results signature. A sheet
 * with none of them holds nothing the engine reads, so a reader may leave a large such sheet
 * unread (src/xlsx/read, issue 10) without changing any result.
 */
import { headerFields, isFormTitle, labelKey, mayBeLabel, normalizeText } from '../labels';
import { RESULTS_SHEET_SIGNATURE } from '../summary/summaryTable';

/** Whether some locator could start from this cell text. */
export function isAnchorText(text: string): boolean {
  if (text.length > 60 || !mayBeLabel(text)) return text.includes(RESULTS_SHEET_SIGNATURE);
  const key = labelKey(text);
  if (key === '项目名称' || isFormTitle(normalizeText(text))) return true;
  const fields = headerFields(key);
  return fields.includes('executed') || fields.includes('level1') || fields.includes('name');
}
