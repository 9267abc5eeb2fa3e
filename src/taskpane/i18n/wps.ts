/**
 * What the pane says differently inside WPS 表格: the same keys as the other tables, [中文, English],
 * used instead of theirs when the port reports `host: 'wps'` (strings.ts checks the keys and types).
 */
export const WPS_STRINGS = {
  connecting: ['正在连接 WPS 表格…', 'Connecting to WPS Spreadsheets…'],
  notInExcelTitle: ['请在 WPS 表格中打开', 'Open this in WPS Spreadsheets'],
  notInExcelBody: [
    '这是 WPS 加载项「绩效自评助手」的任务窗格，必须在 WPS 表格中打开（「开始」选项卡 →「绩效自评」→「打开助手」）。直接在浏览器中打开时无法读取工作簿。',
    'This is the task pane of the WPS add-in 绩效自评助手. Open it inside WPS Spreadsheets (Home tab → 绩效自评 → 打开助手); opened directly in a browser it cannot read any workbook.',
  ],
  capSettings: ['此 WPS 版本无法在工作簿中保存设置；本次设置在关闭任务窗格前有效。', 'This WPS cannot save settings in the workbook; they last until the pane is closed.'],
  capMarkers: ['此 WPS 版本不支持通过加载项设置数据有效性和条件格式，标记功能已停用。', 'This WPS does not let add-ins set data validation and conditional formats: markers are off.'],
  capBindings: ['此 WPS 版本无法保存区域名称，「重新识别」和区域绑定已停用；每次打开时会重新识别自评表。', 'This WPS cannot keep named ranges: binding is off; forms are detected again on every open.'],
  capEditEvents: ['此 WPS 版本不报告单元格修改，无法输入时检查；修改后请点击「检查」。', 'This WPS does not report cell edits: click Check after editing.'],
  capMerged: [
    '此 WPS 版本无法一次读出合并单元格，合并的一级/二级指标可能识别不全；建议升级 WPS Office。',
    'This WPS cannot report merged areas in one read: merged level-1/level-2 labels may be missed. Please update WPS Office.',
  ],
  capSheets: ['此 WPS 版本无法通过加载项添加超链接和图表：「生成汇总」只写入表格。', 'This WPS cannot add hyperlinks or charts from an add-in: 生成汇总 writes the table only.'],
  resultsChartSkipped: ['WPS 未能添加图表，已只写入表格。', 'WPS could not add the chart: only the table was written.'],
  issuesPrintSkipped: ['WPS 未能设置打印格式，按默认页面设置打印。', 'WPS could not set the page layout: the sheet prints with the default page setup.'],
} as const;

/** Host errors worded for WPS (the others are host-neutral already). */
export const WPS_HOST_MESSAGES = {
  payloadTooLarge: [
    '工作簿数据量超出 WPS 单次读取的上限。请将工作簿拆分为几个文件，或减少一个文件中的自评表数量后重试。',
    'The workbook is too large for one read from WPS. Split it into several files, or keep fewer forms per file, and try again.',
  ],
  requirementMissing: [
    '此 WPS 版本缺少所需功能。请将 WPS Office 更新到支持 JS 加载项的最新版本后重试。',
    'This version of WPS lacks a feature the add-in needs. Update WPS Office to a recent version with JS add-ins and try again.',
  ],
  generalException: [
    'WPS 暂时无法完成此操作。请先退出单元格编辑（按 Enter 或 Esc）再重试；如仍失败，请保存并重新打开工作簿。',
    'WPS could not complete the operation. Leave cell editing (press Enter or Esc) and try again; if it still fails, save and reopen the workbook.',
  ],
  accessDenied: [
    'WPS 拒绝了此操作：工作簿可能为只读或被他人锁定，或已有同名但非本助手生成的工作表。请检查后重试。',
    'WPS refused the operation: the workbook may be read-only or locked, or a sheet of that name exists that this add-in did not make. Check and try again.',
  ],
  notInExcel: [
    '此页面必须在 WPS 表格中打开（「开始」选项卡 →「绩效自评」→「打开助手」），并且需要先打开一个工作簿。',
    'This page must be opened inside WPS Spreadsheets (Home tab → 绩效自评 → 打开助手), with a workbook open.',
  ],
  cellEditMode: ['WPS 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。', 'WPS is in cell-edit mode. Press Enter or Esc to finish editing the cell, then try again.'],
  unknown: [
    'WPS 报告了未知错误。请重试；如仍失败，请保存工作簿并重新打开任务窗格。',
    'WPS reported an unknown error. Try again; if it still fails, save the workbook and reopen the task pane.',
  ],
} as const;
