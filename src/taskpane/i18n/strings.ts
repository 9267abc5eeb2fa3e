/**
 * Every UI string of the task pane, zh-CN and en-US side by side (one entry per line:
 * [中文, English]). Finding messages come from the core (formatFinding); host errors and what to
 * do about them are in ./hostErrors.ts.
 */
import type { Lang } from '../../core/messages';
import type { OutputKind } from '../../core/writePlan';
import type { SkipReason } from '../../core/port';

export type { Lang };

const TABLE = {
  appTitle: ['绩效自评助手', 'Performance self-evaluation assistant'],
  check: ['检查', 'Check'],
  recalcAll: ['一键重算', 'Recalculate all'],
  scoreByRule: ['按规则评分', 'Score by rule'],
  undo: ['撤销上次重算', 'Undo last recalculation'],
  settings: ['设置', 'Settings'],
  back: ['返回', 'Back'],
  dismiss: ['关闭', 'Dismiss'],
  loading: ['正在加载…', 'Loading…'],
  connecting: ['正在连接 Excel…', 'Connecting to Excel…'],
  notInExcelTitle: ['请在 Excel 中打开', 'Open this in Excel'],
  notInExcelBody: [
    '这是 Excel 加载项「绩效自评助手」的任务窗格，必须在 Excel 中打开（「开始」选项卡 →「绩效自评助手」）。直接在浏览器中打开时无法读取工作簿。',
    'This is the task pane of the Excel add-in 绩效自评助手. Open it inside Excel (Home tab → 绩效自评助手); opened directly in a browser it cannot read any workbook.',
  ],
  phaseReading: ['正在读取工作簿…', 'Reading the workbook…'],
  phaseEvaluating: [
    (sheets: number, forms: number) => `已读取 ${sheets} 张工作表 / 正在计算 ${forms} 张自评表`,
    (sheets: number, forms: number) => `Read ${sheets} sheets / evaluating ${forms} forms`,
  ],
  phaseLocating: [(sheets: number) => `已读取 ${sheets} 张工作表，正在识别自评表…`, (sheets: number) => `Read ${sheets} sheets; finding the forms…`],
  phaseWriting: [(n: number) => `正在写入 ${n} 个单元格…`, (n: number) => `Writing ${n} cells…`],
  phaseMarkers: ['正在更新标记…', 'Updating markers…'],
  phaseBindings: ['正在更新绑定…', 'Updating bindings…'],
  phaseBusy: ['正在处理…', 'Working…'],
  rechecking: [(sheets: string) => `正在复查：${sheets}`, (sheets: string) => `Re-checking: ${sheets}`],
  overviewTitle: ['自评表概览', 'Forms'],
  notChecked: ['尚未检查。点击「检查」或「一键重算」。', 'Not checked yet. Click Check or Recalculate all.'],
  noForms: ['未在工作簿中找到项目支出绩效自评表。', 'No 项目支出绩效自评表 was found in this workbook.'],
  formsCount: [(n: number) => `共 ${n} 张自评表`, (n: number) => `${n} forms`],
  colRate: ['执行率(%)', 'Rate (%)'],
  colBudgetScore: ['执行得分', 'Budget score'],
  colTotal: ['总分', 'Total'],
  colGrade: ['等级', 'Grade'],
  colIssues: ['问题', 'Issues'],
  issueCounts: [(e: number, w: number) => `错误 ${e} · 警告 ${w}`, (e: number, w: number) => `${e} errors · ${w} warnings`],
  showMore: [(n: number) => `再显示 ${n} 项`, (n: number) => `Show ${n} more`],
  explain: [(what: string) => `说明：${what}`, (what: string) => `Explain: ${what}`],
  noExplanation: ['此数值无法计算，原因见问题列表。', 'This figure cannot be computed; see the findings.'],
  resultRecalc: ['重算结果', 'Recalculation'],
  resultScoreByRule: ['按规则评分结果', 'Score by rule'],
  resultUndo: ['撤销结果', 'Undo'],
  written: [(n: number) => `已写入 ${n} 个单元格。`, (n: number) => `${n} cells written.`],
  nothingWritten: ['所有计算结果已是最新，未改动任何单元格。', 'Everything is up to date; no cell was changed.'],
  undone: [(n: number) => `已撤销：${n} 个单元格恢复为重算前的值。`, (n: number) => `Undone: ${n} cells restored to their earlier values.`],
  skippedSheets: [
    (sheets: string) => `以下工作表受保护，未写入：${sheets}。请在「审阅」选项卡撤销工作表保护后重试。`,
    (sheets: string) => `These sheets are protected and were not written: ${sheets}. Unprotect them (Review tab) and try again.`,
  ],
  skippedCells: [(n: number, why: string) => `${n} 个单元格未写入（${why}）。`, (n: number, why: string) => `${n} cells were not written (${why}).`],
  remaining: [
    (e: number, w: number, i: number) => `重算后仍有：错误 ${e} 条，警告 ${w} 条，提示 ${i} 条。`,
    (e: number, w: number, i: number) => `Still to fix: ${e} errors, ${w} warnings, ${i} notes.`,
  ],
  remainingAfterUndo: [
    (e: number, w: number, i: number) => `撤销后：错误 ${e} 条，警告 ${w} 条，提示 ${i} 条。`,
    (e: number, w: number, i: number) => `After the undo: ${e} errors, ${w} warnings, ${i} notes.`,
  ],
  markersKept: [(n: number) => `${n} 个单元格已有您自己的数据验证，保持不变。`, (n: number) => `${n} cells keep your own data validation.`],
  markersFailed: ['标记（数据验证、条件格式）未能更新：', 'Markers (data validation, conditional formats) were not updated: '],
  changesTitle: ['改动', 'Changes'],
  colCell: ['单元格', 'Cell'],
  colChange: ['原值 → 新值', 'Old → new'],
  colKind: ['类型', 'Kind'],
  empty: ['（空）', '(empty)'],
  findingsTitle: ['问题', 'Findings'],
  noFindings: ['没有问题。', 'No findings.'],
  noFindingsShown: ['所选类别下没有问题。', 'No findings of the selected kinds.'],
  sheetFindings: [(sheet: string) => `工作表「${sheet}」`, (sheet: string) => `Sheet "${sheet}"`],
  goTo: [(cell: string) => `转到 ${cell}`, (cell: string) => `Go to ${cell}`],
  previewTitle: ['按规则评分 — 预览', 'Score by rule — preview'],
  previewIntro: [
    '以下定量指标的得分将按规则（实际完成值与年度指标值之比）改写，总分和评分等级随之更新。确认后才会写入。',
    'The scores of these quantitative indicators will be rewritten by rule (actual against target); totals and grades follow. Nothing is written until you confirm.',
  ],
  previewNone: ['所有定量指标的得分已与规则一致，无需改动。', 'Every quantitative indicator already has its rule-based score.'],
  dependent: ['随之更新', 'Follows'],
  colIndicator: ['指标', 'Indicator'],
  confirmWrite: [(n: number) => `确认写入 ${n} 个单元格`, (n: number) => `Write ${n} cells`],
  cancel: ['取消', 'Cancel'],
  settingsTitle: ['设置', 'Settings'],
  profile: ['评分规则', 'Scoring profile'],
  reverseFormula: ['反向指标算法', 'Reverse indicators'],
  rateRounding: ['预算执行得分的取整', 'Budget score rounding'],
  lowExecution: ['执行率低于此值须填写原因（留空不检查）', 'Rate below which a reason is required (blank: off)'],
  overAchievement: ['实际值达到指标值的倍数须说明（如 1.3，留空不检查）', 'Actual/target ratio that needs a reason (e.g. 1.3; blank: off)'],
  notANumber: ['请输入数字，或留空。', 'Enter a number or leave it blank.'],
  language: ['界面语言', 'Language'],
  inlineCheck: ['输入时检查', 'Check while typing'],
  inlineCheckHint: ['修改单元格约 1 秒后自动复查该工作表（只检查，不写入）。', 'About 1 s after an edit the sheet is re-checked (nothing is written).'],
  markersGroup: ['标记', 'Markers'],
  clearMarkers: ['清除标记', 'Clear markers'],
  markersCleared: [(n: number) => `已清除 ${n} 个标记。`, (n: number) => `${n} markers removed.`],
  bindingsGroup: ['识别与绑定', 'Detection and bindings'],
  redetect: ['重新识别', 'Detect again'],
  redetected: [(n: number) => `已重新识别并绑定 ${n} 张自评表的预算表和指标表。`, (n: number) => `Detected and bound the budget block and indicator table of ${n} forms.`],
  rebound: [
    (n: number) => `已重新识别 ${n} 张自评表（绑定丢失或版式已变化）。`,
    (n: number) => `Detected ${n} forms again (their bindings were lost or the layout changed).`,
  ],
  bindBudget: ['绑定所选区域为预算表', 'Bind selection as budget block'],
  bindIndicators: ['绑定所选区域为指标表', 'Bind selection as indicator table'],
  bound: [(where: string, part: string) => `已将 ${where} 绑定为${part}。`, (where: string, part: string) => `${where} is now bound as the ${part}.`],
  partBudget: ['预算表', 'budget block'],
  partIndicators: ['指标表', 'indicator table'],
  savedInWorkbook: ['设置保存在工作簿中，下次打开此文件时沿用。', 'Settings are saved in the workbook and apply to whoever opens it next.'],
  capSettings: ['此 Excel 版本无法在工作簿中保存设置；本次设置在关闭任务窗格前有效。', 'This Excel cannot save settings in the workbook; they last until the pane is closed.'],
  capMarkers: ['此 Excel 版本不支持数据验证和条件格式（需要 ExcelApi 1.8），标记功能已停用。', 'This Excel does not support data validation and conditional formats (ExcelApi 1.8): markers are off.'],
  capBindings: ['此 Excel 版本不支持绑定（需要 ExcelApi 1.4），「重新识别」和区域绑定已停用；每次打开时会重新识别自评表。', 'This Excel does not support bindings (ExcelApi 1.4): binding is off; forms are detected again on every open.'],
  capEditEvents: ['此 Excel 版本不支持输入时检查（需要 ExcelApi 1.7）；修改后请点击「检查」。', 'This Excel cannot report edits (ExcelApi 1.7): click Check after editing.'],
  capMerged: [
    '此 Excel 版本无法读取合并单元格（需要 ExcelApi 1.13），合并的一级/二级指标可能识别不全；建议升级 Excel。',
    'This Excel cannot read merged areas (ExcelApi 1.13): merged level-1/level-2 labels may be missed. Please update Excel.',
  ],
  capSheets: [
    '此 Excel 版本（低于 ExcelApi 1.7）不支持超链接和图表：「生成汇总」只写入表格。',
    'This Excel (below ExcelApi 1.7) cannot add hyperlinks or charts: 生成汇总 writes the table only.',
  ],
  generateResults: ['生成汇总', 'Summary'],
  resultsTitle: ['绩效自评结果', 'Results'],
  resultsWritten: [
    (sheet: string) => `已写入工作表「${sheet}」（整表重新生成）。`,
    (sheet: string) => `Written to the sheet "${sheet}" (regenerated whole).`,
  ],
  resultsChartSkipped: ['此 Excel 版本无法添加图表，已只写入表格。', 'This Excel cannot add charts: only the table was written.'],
  resultsForeign: [
    (sheet: string) => `工作簿中已有名为「${sheet}」的工作表，但不是本助手生成的，未覆盖。请将该表改名后再点「生成汇总」。`,
    (sheet: string) => `The workbook already has a sheet named "${sheet}" that this add-in did not make; it was left alone. Rename it and click Summary again.`,
  ],
  resultsNoForms: ['没有可汇总的自评表。', 'There are no forms to summarise.'],
  resultsTotals: [
    (annual: string, executed: string, rate: string) => `合计：全年预算数 ${annual}，全年执行数 ${executed}，总体执行率 ${rate}%`,
    (annual: string, executed: string, rate: string) => `Total: budget ${annual}, executed ${executed}, overall rate ${rate} %`,
  ],
  gradeCounts: ['评分等级分布', 'Grades'],
  ungraded: ['未评级', 'No grade'],
  colProject: ['项目名称', 'Project'],
  colSheet: ['工作表', 'Sheet'],
  colAnnual: ['全年预算数', 'Budget'],
  colExecuted: ['全年执行数', 'Executed'],
  colIndicatorScore: ['指标得分', 'Indicators'],
  colErrors: ['错误', 'Errors'],
  colWarnings: ['警告', 'Warnings'],
  chartTitle: ['各项目总分与执行率', 'Total score and execution rate per project'],
  sortBy: [(col: string) => `按「${col}」排序`, (col: string) => `Sort by ${col}`],
  failed: [(action: string) => `「${action}」未完成`, (action: string) => `${action} did not complete`],
  details: ['详细信息：', 'Details: '],
  boundaryTitle: ['任务窗格出现意外错误', 'The task pane hit an unexpected error'],
  boundaryBody: [
    '工作簿未因此被改动。点击「重新加载界面」继续；如反复出现，请关闭并重新打开任务窗格。',
    'The workbook was not changed by this. Click Reload to continue; if it keeps happening, close and reopen the task pane.',
  ],
  reload: ['重新加载界面', 'Reload'],
} as const;

/** Names of output cells (WritePlan kinds), of skip reasons, of actions, of profiles. */
const NAMED = {
  kind: { rate: ['执行率', 'rate'], budgetScore: ['预算执行得分', 'budget score'], indicatorScore: ['指标得分', 'indicator score'], totalScore: ['总分', 'total'], grade: ['评分等级', 'grade'] },
  skip: { formula: ['含公式', 'formula'], protected: ['工作表受保护', 'protected sheet'], sheetMissing: ['工作表已不存在', 'sheet missing'], changedMeanwhile: ['期间已被修改', 'changed meanwhile'], sheetRefused: ['同表其他单元格被拒，整表未写入', 'another cell of the sheet was refused; the sheet was not written'] },
  severity: { error: ['错误', 'Errors'], warning: ['警告', 'Warnings'], info: ['提示', 'Notes'] },
  action: {
    start: ['打开任务窗格', 'Opening the pane'], check: ['检查', 'Check'], recalcAll: ['一键重算', 'Recalculate all'], scoreByRule: ['按规则评分', 'Score by rule'],
    undo: ['撤销上次重算', 'Undo'], select: ['转到单元格', 'Go to cell'], recheck: ['输入时检查', 'Check while typing'], markers: ['更新标记', 'Markers'],
    clearMarkers: ['清除标记', 'Clear markers'], redetect: ['重新识别', 'Detect again'], bindSelection: ['绑定所选区域', 'Bind selection'], settings: ['保存设置', 'Saving settings'],
    bindings: ['更新绑定', 'Updating bindings'],
    generateResults: ['生成汇总', 'Summary'],
  },
  profileName: { standard: ['标准（财政部）', 'Standard (Ministry of Finance)'], linear: ['反向指标线性扣分', 'Linear reverse indicators'], sichuan: ['四川', 'Sichuan'], guangxi: ['广西', 'Guangxi'] },
  reverse: { ratio: ['指标值 ÷ 实际值 × 分值', 'target ÷ actual × weight'], linear: ['线性扣分，超出一倍得 0 分', 'linear, 0 at twice the target'] },
  rounding: { 'two-step': ['先将执行率取两位小数，再算得分', 'round the rate first (two-step)'], 'single-step': ['用未取整的执行率算得分', 'from the unrounded rate (single-step)'] },
  lang: { 'zh-CN': ['中文', '中文'], 'en-US': ['English', 'English'] },
} as const;

type Widen<T> = T extends string ? string : T;
type Table = typeof TABLE;
type NamedTable = typeof NAMED;
export type UiStrings = { [K in keyof Table]: Widen<Table[K][0]> } & {
  [G in keyof NamedTable]: { [K in keyof NamedTable[G]]: string };
};
export type ActionName = keyof NamedTable['action'];
export type { OutputKind, SkipReason };

const cache = new Map<Lang, UiStrings>();

/** The strings of one language. */
export function uiStrings(lang: Lang): UiStrings {
  const hit = cache.get(lang);
  if (hit) return hit;
  const i = lang === 'zh-CN' ? 0 : 1;
  const out: Record<string, unknown> = {};
  for (const [k, pair] of Object.entries(TABLE)) out[k] = (pair as readonly unknown[])[i];
  for (const [group, names] of Object.entries(NAMED)) {
    out[group] = Object.fromEntries(Object.entries(names).map(([k, pair]) => [k, (pair as readonly string[])[i]]));
  }
  cache.set(lang, out as UiStrings);
  return out as UiStrings;
}

/** Office.context.displayLanguage (or navigator.language) → UI language; Chinese by default. */
export function localeOf(displayLanguage: string | null | undefined): Lang {
  const l = (displayLanguage ?? '').toLowerCase();
  if (l.startsWith('en')) return 'en-US';
  return 'zh-CN';
}

export { hostErrorMessage, describeError } from './hostErrors';
export type { ErrorDescription } from './hostErrors';
