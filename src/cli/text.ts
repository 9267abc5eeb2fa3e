/**
 * CLI-only text (finding messages come from core/messages): key → [zh-CN, en-US], one table per
 * concern (the usage in ./usageText, the review command's in ./reviewText), merged here.
 */
import { REVIEW_CLI_TEXT } from './reviewText';
import type { Lang, P, T } from './textTable';
import { USAGE_TEXT } from './usageText';

export type { Lang } from './textTable';

const TEXT = {
  ...USAGE_TEXT,
  ...REVIEW_CLI_TEXT,
  // --version (the name and number are not translated)
  versionLine: [(p) => `jixiao ${p.version}`, (p) => `jixiao ${p.version}`],
  versionUnknown: [() => '无法确定版本号（找不到本工具的 package.json）', () => 'the version is unknown (the package.json of this tool was not found)'],
  // usage errors
  noCommand: [() => '缺少命令（check、recalc、review 或 summary）', () => 'missing command (check, recalc, review or summary)'],
  unknownCommand: [(p) => `未知命令：${p.name}`, (p) => `unknown command: ${p.name}`],
  unknownOption: [(p) => `未知选项：${p.name}`, (p) => `unknown option: ${p.name}`],
  optionNotFor: [(p) => `选项 ${p.name} 不适用于 ${p.command}`, (p) => `option ${p.name} does not apply to ${p.command}`],
  missingValue: [(p) => `选项 ${p.name} 需要一个值`, (p) => `option ${p.name} needs a value`],
  noValueExpected: [(p) => `选项 ${p.name} 不接受值`, (p) => `option ${p.name} takes no value`],
  badArguments: [() => '无法解析命令行参数', () => 'the command line could not be parsed'],
  badLang: [(p) => `不支持的语言：${p.value}（可用：zh-CN、en-US）`, (p) => `unsupported language: ${p.value} (use zh-CN or en-US)`],
  noFiles: [() => '没有指定要检查的文件', () => 'no files given'],
  recalcOneFile: [() => 'recalc 只接受一个输入文件', () => 'recalc takes exactly one input file'],
  noOutput: [(p) => `${p.command} 需要用 -o OUT.xlsx 指定输出文件`, (p) => `${p.command} needs an output file: -o OUT.xlsx`],
  noSummaryFiles: [() => '没有指定要汇总的文件或目录', () => 'no files or folders to summarise'],
  unknownProfile: [(p) => `未知的评分口径：${p.name}（可用：${p.names}）`, (p) => `unknown profile: ${p.name} (available: ${p.names})`],
  badMaxPartMb: [
    (p) => `--max-part-mb 需要 1 到 4096 之间的数（单位 MB），而不是「${p.value}」`,
    (p) => `--max-part-mb takes a number of MB from 1 to 4096, not "${p.value}"`,
  ],
  // A usage error is one line, the problem then this hint, never the whole help.
  seeHelp: [(p) => `${p.problem}（运行 jixiao --help 查看用法）`, (p) => `${p.problem} (run jixiao --help for usage)`],
  // reading files
  cannotRead: [(p) => `无法读取 ${p.file}：${p.reason}`, (p) => `cannot read ${p.file}: ${p.reason}`],
  // check output
  fileHeading: [(p) => `文件：${p.file}`, (p) => `File: ${p.file}`],
  error: [() => '错误', () => 'error'],
  warning: [() => '警告', () => 'warning'],
  info: [() => '提示', () => 'info'],
  noForms: [() => '未找到项目支出绩效自评表', () => 'no self-evaluation form found'],
  departmentForm: [() => '「部门整体」', () => '[department-wide] '],
  profileHint: [(p) => `布局像${p.label}模板：可用 --profile ${p.name}`, (p) => `The layout looks like the ${p.label} template: try --profile ${p.name}`],
  fileFindings: [() => '文件级问题：', () => 'File-level findings:'],
  fileSummary: [
    (p) => `共 ${p.forms} 张自评表：错误 ${p.error} 条，警告 ${p.warning} 条，提示 ${p.info} 条`,
    (p) => `${p.forms} form(s): ${p.error} error(s), ${p.warning} warning(s), ${p.info} info`,
  ],
  totalSummary: [
    (p) => `合计 ${p.files} 个文件（${p.unreadable} 个无法读取），${p.forms} 张自评表：错误 ${p.error} 条，警告 ${p.warning} 条，提示 ${p.info} 条`,
    (p) => `${p.files} file(s) (${p.unreadable} unreadable), ${p.forms} form(s): ${p.error} error(s), ${p.warning} warning(s), ${p.info} info`,
  ],
  // recalc
  sameFile: [(p) => `输出文件 ${p.output} 与输入文件相同；${p.command} 从不修改输入文件`, (p) => `the output ${p.output} is the input file itself; ${p.command} never modifies its input`],
  outputIsDir: [(p) => `输出路径 ${p.output} 是一个目录`, (p) => `the output ${p.output} is a directory`],
  macroToXlsx: [
    (p) => `${p.file} 含有宏（vbaProject.bin），Excel 无法打开以 .xlsx 保存的含宏文件；请用 .xlsm 作输出文件`,
    (p) => `${p.file} contains macros (vbaProject.bin); Excel refuses such a file named .xlsx: use an .xlsm output`,
  ],
  plainToXlsm: [
    (p) => `${p.file} 不含宏，Excel 无法打开以 .xlsm 保存的普通工作簿；请用 .xlsx 作输出文件`,
    (p) => `${p.file} has no macros; Excel refuses a plain workbook named .xlsm: use an .xlsx output`,
  ],
  resultsSheetWritten: [(p) => `已写入工作表「${p.sheet}」（整表重新生成）。`, (p) => `The sheet "${p.sheet}" was written (regenerated whole).`],
  resultsSheetForeign: [
    (p) => `${p.file} 中已有名为「${p.sheet}」的工作表，但不是本助手生成的；未生成副本。请将该表改名后重试，或不加 --results-sheet。`,
    (p) => `${p.file} already has a sheet named "${p.sheet}" that this tool did not make; nothing was written. Rename it and try again, or leave out --results-sheet.`,
  ],
  // The patcher's or JSZip's own text stays out: it says nothing a person can act on.
  patchFailed: [
    (p) => `工作簿中有的部件无法按原样改写（内容不完整或格式不规范），未生成 ${p.output}；请在 Excel 或 WPS 中打开并另存后重试。`,
    (p) => `some part of the workbook cannot be rewritten as it is (incomplete or irregular markup), so ${p.output} was not written; open it in Excel or WPS, save it, and try again.`,
  ],
  verifyFailed: [(p) => `写入后的工作簿无法重新读取（${p.detail}），未生成 ${p.output}`, (p) => `the patched workbook could not be read back (${p.detail}); ${p.output} was not written`],
  written: [(p) => `已写入 ${p.output}：${p.count} 处改动`, (p) => `Wrote ${p.output}: ${p.count} change(s)`],
  writtenUnchanged: [(p) => `已写入 ${p.output}：无需改动（与原文件相同）`, (p) => `Wrote ${p.output}: nothing to change (identical to the input)`],
  fullCalcNote: [
    () => '已设置打开时完全重算（fullCalcOnLoad），Excel 打开文件时会刷新依赖这些单元格的公式。',
    () => 'fullCalcOnLoad is set: Excel recalculates every formula, including those that depend on these cells, when it opens the file.',
  ],
  skippedSheet: [(p) => `工作表「${p.sheet}」受保护，其重算结果未写入`, (p) => `sheet "${p.sheet}" is protected: its changes were not written`],
  refusedFormula: [(p) => `${p.at} 含有公式，未覆盖`, (p) => `${p.at} holds a formula and was not overwritten`],
  refusedNoSheet: [(p) => `${p.at}：在工作簿中找不到该工作表，未写入`, (p) => `${p.at}: the sheet was not found in the package; not written`],
  refusedBadValue: [(p) => `${p.at}：值「${p.value}」不是有效数字，未写入`, (p) => `${p.at}: "${p.value}" is not a valid number; not written`],
  remaining: [(p) => `重算后仍有：错误 ${p.error} 条，警告 ${p.warning} 条，提示 ${p.info} 条`, (p) => `Remaining after recalculation: ${p.error} error(s), ${p.warning} warning(s), ${p.info} info`],
  kind_rate: [() => '执行率', () => 'execution rate'],
  kind_budgetScore: [() => '预算执行得分', () => 'budget execution score'],
  kind_indicatorScore: [() => '指标得分', () => 'indicator score'],
  kind_totalScore: [() => '总分', () => 'total score'],
  kind_grade: [() => '评分等级', () => 'grade'],
  empty_value: [() => '（空）', () => '(empty)'],
  // check --issues-sheet
  issuesSheetOneFile: [
    (p) => `--issues-sheet 只能用于一个工作簿（现有 ${p.count} 个）；多个工作簿的问题清单请用 jixiao summary`,
    (p) => `--issues-sheet takes exactly one workbook (${p.count} given); for the findings of many, use jixiao summary`,
  ],
  issuesSheetWritten: [(p) => `已写入 ${p.output}：工作表「${p.sheet}」，${p.count} 条问题`, (p) => `Wrote ${p.output}: the sheet "${p.sheet}", ${p.count} finding(s)`],
  issuesSheetForeign: [
    (p) => `${p.file} 中已有名为「${p.sheet}」的工作表，但不是本助手生成的；未生成副本。请将该表改名后重试。`,
    (p) => `${p.file} already has a sheet named "${p.sheet}" that this tool did not make; nothing was written. Rename it and try again.`,
  ],
  // summary
  summaryNotXlsx: [(p) => `输出文件 ${p.output} 不是 .xlsx 文件；汇总表只写成 .xlsx`, (p) => `the output ${p.output} is not an .xlsx file; the summary is written as .xlsx only`],
  summaryIsInput: [(p) => `输出文件 ${p.output} 是输入文件之一；summary 从不修改输入文件`, (p) => `the output ${p.output} is one of the input files; summary never modifies its input`],
  noWorkbooksInDir: [(p) => `目录 ${p.dir} 中没有 .xlsx 或 .xlsm 文件`, (p) => `the folder ${p.dir} holds no .xlsx or .xlsm file`],
  nothingToSummarise: [() => '没有可汇总的文件，未写入汇总表', () => 'no files to summarise; nothing was written'],
  summaryWritten: [
    (p) => `已汇总 ${p.files} 个文件（${p.unreadable} 个无法读取），${p.forms} 个项目 → ${p.output}`,
    (p) => `Summarised ${p.files} file(s) (${p.unreadable} unreadable), ${p.forms} project(s) → ${p.output}`,
  ],
  summaryTotals: [
    (p) => `评分等级：优 ${p.优}，良 ${p.良}，中 ${p.中}，差 ${p.差}，未评级 ${p.ungraded}；总体执行率 ${p.rate}；错误 ${p.errors} 条，警告 ${p.warnings} 条`,
    (p) => `Grades: 优 ${p.优}, 良 ${p.良}, 中 ${p.中}, 差 ${p.差}, ungraded ${p.ungraded}; overall execution rate ${p.rate}; ${p.errors} error(s), ${p.warnings} warning(s)`,
  ],
  progressFiles: [(p) => `${p.done}/${p.total} 个文件`, (p) => `${p.done}/${p.total} files`],
  progressDone: [
    (p) => `已汇总 ${p.files} 个文件，${p.forms} 个项目 → ${p.output}（用时 ${p.time}）`,
    (p) => `Summarised ${p.files} file(s), ${p.forms} project(s) → ${p.output} (${p.time})`,
  ],
  internalError: [(p) => `内部错误：${p.detail}`, (p) => `internal error: ${p.detail}`],
} satisfies Record<string, [T, T]>;

export type TextKey = keyof typeof TEXT;

/** The scoring profiles as the hint names them (a name not listed is shown as it is). */
const PROFILE_LABELS: Record<string, [string, string]> = { standard: ['标准', 'standard'], linear: ['线性扣分', 'linear'], sichuan: ['四川', 'Sichuan'], guangxi: ['广西', 'Guangxi'] };

export function profileLabel(lang: Lang, name: string): string {
  return PROFILE_LABELS[name]?.[lang === 'en-US' ? 1 : 0] ?? name;
}

export function t(lang: Lang, key: TextKey, params: P = {}): string {
  const [zh, en] = TEXT[key] as [T, T];
  return (lang === 'en-US' ? en : zh)(params);
}

/** A usage error as written on stderr: one line naming the problem, with the hint to --help. */
export function usageErrorLine(lang: Lang, key: TextKey, params: P = {}): string {
  return `jixiao: ${t(lang, 'seeHelp', { problem: t(lang, key, params) })}\n`;
}

export function usage(lang: Lang, profiles: readonly string[]): string {
  return t(lang, 'usage').replace('{profiles}', profiles.join(', ')) + '\n';
}
