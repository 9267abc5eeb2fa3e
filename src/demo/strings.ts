/**
 * The demo page's own words (the task pane has its own table, src/taskpane/i18n). The page
 * imitates a Chinese Excel, so it speaks Chinese; the banner says what it is in both languages.
 */
export const demoText = {
  title: '绩效自评助手 · 演示',
  banner: '这是 Excel 的模拟器，仅用于试用「绩效自评助手」加载项：右侧是加载项真实的任务窗格，左侧的表格由浏览器在本机读取，不上传、不联网。公式不会重新计算。',
  bannerEn: 'A simulator of Excel for trying the add-in: the task pane on the right is the real one; the workbook is read in your browser, nothing is uploaded, formulas are not recalculated.',
  bannerWps:
    '这是 WPS 表格的模拟（?host=wps）：任务窗格通过 WPS 加载项的接口（src/wps）读写，左侧表格是其对象模型的模拟；标记和超链接只记录在模拟的对象模型中，不在表格中显示。',
  bannerWpsEn: 'A simulation of WPS Spreadsheets (?host=wps): the task pane reads and writes through the WPS add-in port (src/wps) over an imitation of its object model; markers and hyperlinks live only in that imitation.',
  open: '打开工作簿…',
  download: '下载工作簿',
  dropHere: '将 .xlsx 文件拖放到此处打开',
  loading: (name: string) => `正在读取 ${name}…`,
  loadFailed: (name: string) => `无法打开「${name}」：`,
  internalError: '读取时出了意外的错误（这是本页面的问题，不是文件的）；请刷新页面后重试。',
  noSheets: '工作簿中没有工作表。',
  fetchFailed: (status: number, text: string) => `演示服务器未能提供该文件（${status} ${text}）。`,
  downloadFailed: '无法生成下载文件：',
  notRewritable: '工作簿中有的部件无法按原样改写（内容不完整或格式不规范）；请在 Excel 或 WPS 中打开并另存后重试。',
  changedCells: (n: number) => (n ? `已修改 ${n} 个单元格` : '未修改'),
  formulaBar: '编辑栏',
  ok: '确定',
  refusedValidation: (max: string) => `此值与此单元格定义的数据验证限制不匹配：得分应在 0 到 ${max}（分值）之间。`,
  refusedProtected: '您试图更改的单元格或图表位于受保护的工作表中。若要进行更改，请取消工作表保护。',
  sheetNotRead: (cells: number) => `此工作表有 ${cells} 个单元格，其中没有自评表或汇总表的表头，未载入（加载项也不逐格读取它）。`,
  sheetCut: (fromRow: number | undefined) => `此工作表过大，只载入了${fromRow ? `第 ${fromRow} 行之前` : 'Excel 行列范围以内'}的内容（见加载项的提示）。`,
  rowsNotShown: (shown: number, more: number) => `仅显示前 ${shown} 行，另有 ${more} 行未显示（加载项仍读取全部内容）。`,
  exampleName: '示例：安亭镇 2024 年项目支出绩效自评表',
};
