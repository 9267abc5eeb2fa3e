/**
 * Why a file cannot be read, in one sentence a person can act on (issue 10): the one table for the
 * CLI, the demo and the pane, zh-CN and en-US side by side. Never a library's text: a ReadError's
 * `detail` stays out of these sentences.
 */
import type { LimitKind } from './limits';
import type { ReadError, ReadErrorCode } from './types';

export type Lang = 'zh-CN' | 'en-US';

/** Reasons only a host with a file system has (the CLI). */
export type FileErrorCode = 'notFound' | 'isDirectory' | 'noPermission' | 'ioError';

export interface FileProblem extends Omit<ReadError, 'code'> {
  code: ReadErrorCode | FileErrorCode;
  /** ioError: the system's error code (EIO, ENOSPC…), not its message. */
  errno?: string;
}

export interface TextOptions {
  /** The host lets the user raise the size bounds (the CLI's --max-part-mb). */
  raiseOption?: string;
}

type Say = (e: FileProblem, o: TextOptions) => string;

const REPAIR_ZH = '请在 Excel 或 WPS 中打开（按提示修复）并另存为 .xlsx，或向发件人重新索取该文件';
const REPAIR_EN = 'open it in Excel or WPS (let it repair the file) and save it as .xlsx, or ask the sender for the file again';
const part = (e: FileProblem) => e.part ?? '?';
const mb = (bytes: number) => String(Math.round((bytes / (1024 * 1024)) * 10) / 10);

const TOO_LARGE: Record<LimitKind, [Say, Say]> = {
  part: [
    (e, o) => `其中的 ${part(e)} 解压后超过 ${mb(e.limit?.value ?? 0)} MB 的上限，不像是一份自评表工作簿，已停止读取；请删除多余的工作表或行列后另存${o.raiseOption ? `，确有需要可用 ${o.raiseOption} 调高上限` : ''}。`,
    (e, o) => `its part ${part(e)} inflates beyond the ${mb(e.limit?.value ?? 0)} MB limit, which no self-evaluation workbook needs, so reading stopped; delete the surplus sheets, rows or columns and save it again${o.raiseOption ? `, or raise the limit with ${o.raiseOption}` : ''}.`,
  ],
  package: [
    (e, o) => `工作簿解压后超过 ${mb(e.limit?.value ?? 0)} MB 的上限，已停止读取；请删除多余的工作表、图片或行列后另存${o.raiseOption ? `，确有需要可用 ${o.raiseOption} 调高单个部件的上限` : ''}。`,
    (e, o) => `the workbook inflates beyond the ${mb(e.limit?.value ?? 0)} MB limit, so reading stopped; delete the surplus sheets, pictures, rows or columns and save it again${o.raiseOption ? ` (${o.raiseOption} raises the limit of one part)` : ''}.`,
  ],
  memory: [
    (e) => `工作簿${e.part ? `中的 ${e.part} ` : ''}太大，超出了本机能为它分配的内存，已停止读取；请删除多余的工作表或行列后另存，或换一台内存更大的电脑。`,
    (e) => `the workbook${e.part ? `'s part ${e.part}` : ''} needs more memory than this computer can give it, so reading stopped; delete the surplus sheets, rows or columns and save it again, or use a computer with more memory.`,
  ],
  ratio: [
    (e) => `其中的 ${part(e)} 压缩比超过 ${e.limit?.value ?? 0}:1，是“压缩炸弹”式的异常文件而不是正常工作簿，已停止读取；请勿打开，并向发件人核实该文件。`,
    (e) => `its part ${part(e)} is compressed more than ${e.limit?.value ?? 0}:1, the mark of a zip bomb rather than a workbook, so reading stopped; do not open it, and check the file with its sender.`,
  ],
};

const TEXT: Record<Exclude<FileProblem['code'], 'tooLarge'>, [Say, Say]> = {
  empty: [
    () => '文件为空（0 字节），多半是下载或复制没有完成；请重新获取该文件。',
    () => 'the file is empty (0 bytes), most likely an unfinished download or copy; get the file again.',
  ],
  legacyBinary: [
    () => '这是旧版二进制格式（.xls，或 WPS 的 .et）的工作簿；请在 Excel 或 WPS 中另存为 .xlsx 后再检查。',
    () => 'it is a workbook in an old binary format (.xls, or WPS’s .et); save it as .xlsx in Excel or WPS and check that.',
  ],
  encrypted: [
    () => '工作簿设置了打开密码（已加密），无法读取；请在 Excel 或 WPS 中取消打开密码并保存后再检查。',
    () => 'the workbook is encrypted with a password to open; remove the password in Excel or WPS, save, and check it again.',
  ],
  textFile: [
    () => '这是文本文件（如 .csv），不是 .xlsx 工作簿；请在 Excel 或 WPS 中打开并另存为 .xlsx。',
    () => 'it is a text file (such as .csv), not an .xlsx workbook; open it in Excel or WPS and save it as .xlsx.',
  ],
  notZip: [
    () => '这不是 .xlsx 工作簿（文件内容不是 Excel 的格式）；请确认选对了文件，或在 Excel 或 WPS 中另存为 .xlsx。',
    () => 'it is not an .xlsx workbook (its content is no Excel format); check that it is the right file, or save it as .xlsx in Excel or WPS.',
  ],
  truncated: [
    () => '文件不完整（末尾缺失），多半是下载、复制或邮件附件中断；请重新获取该文件。',
    () => 'the file is incomplete (its end is missing), most likely a download, copy or mail attachment cut short; get the file again.',
  ],
  corruptZip: [
    (e) => `文件已损坏（${e.part ? `${e.part} 的` : ''}压缩数据无法解开）；${REPAIR_ZH}。`,
    (e) => `the file is damaged (${e.part ? `the compressed data of ${e.part}` : 'its compressed data'} cannot be unpacked); ${REPAIR_EN}.`,
  ],
  badCrc: [
    (e) => `文件已损坏（${part(e)} 的校验和不符，内容在传输或保存中出了错）；${REPAIR_ZH}。`,
    (e) => `the file is damaged (the checksum of ${part(e)} does not match: it changed in transfer or saving); ${REPAIR_EN}.`,
  ],
  unsupportedCompression: [
    (e) => `文件中的 ${part(e)} 用了 Excel 不使用的压缩方式，多半是被其他软件重新打包过；请在 Excel 或 WPS 中另存为 .xlsx。`,
    (e) => `${part(e)} is compressed in a way Excel never uses, so another program repacked the file; save it as .xlsx in Excel or WPS.`,
  ],
  binaryWorkbook: [
    () => '这是 .xlsb 二进制工作簿；请在 Excel 中另存为 .xlsx 后再检查。',
    () => 'it is an .xlsb binary workbook; save it as .xlsx in Excel and check that.',
  ],
  notWorkbook: [
    () => '这个文件是压缩包，但里面没有 Excel 工作簿（可能是 .docx、.pptx 或普通 .zip）；请选择 .xlsx 文件。',
    () => 'the file is a zip package without an Excel workbook inside (perhaps a .docx, .pptx or plain .zip); choose the .xlsx file.',
  ],
  badContentTypes: [
    () => `文件缺少内容类型清单（[Content_Types].xml）或其中没有登记工作簿，Excel 也无法直接打开；${REPAIR_ZH}。`,
    () => `the file's content-type list ([Content_Types].xml) is missing or does not declare the workbook, so Excel cannot open it as is either; ${REPAIR_EN}.`,
  ],
  brokenRelationships: [
    (e) => `文件的关系表 ${part(e)} 已损坏，找不到工作簿的组成部分；${REPAIR_ZH}。`,
    (e) => `the relationships part ${part(e)} is damaged, so the workbook's parts cannot be found; ${REPAIR_EN}.`,
  ],
  missingPart: [
    (e) => `文件缺少 ${part(e)}（工作簿的组成部分），多半是被其他软件写坏了；${REPAIR_ZH}。`,
    (e) => `the file lacks ${part(e)}, a part of the workbook, so another program probably broke it; ${REPAIR_EN}.`,
  ],
  badPart: [
    (e) => `文件中的 ${part(e)} 内容不完整或格式错误（无法按 XML 解析）；${REPAIR_ZH}。`,
    (e) => `${part(e)} in the file is incomplete or malformed (it is no readable XML); ${REPAIR_EN}.`,
  ],
  notFound: [() => '文件不存在；请检查路径和文件名。', () => 'the file does not exist; check the path and the file name.'],
  isDirectory: [
    () => '这是一个文件夹，不是工作簿文件；请给出其中的 .xlsx 文件（jixiao summary 可以汇总整个文件夹）。',
    () => 'it is a folder, not a workbook file; give the .xlsx files in it (jixiao summary takes a whole folder).',
  ],
  noPermission: [
    () => '没有读取该文件的权限；请检查文件的权限，或先把它复制到自己的文件夹。',
    () => 'there is no permission to read the file; check its permissions, or copy it into a folder of your own first.',
  ],
  ioError: [
    (e) => `读取文件时系统出错${e.errno ? `（${e.errno}）` : ''}；请检查磁盘或网络位置后重试。`,
    (e) => `the system failed while reading the file${e.errno ? ` (${e.errno})` : ''}; check the disk or network location and try again.`,
  ],
};

/** The reason as one sentence in `lang`. */
export function readErrorText(e: FileProblem, lang: Lang, options: TextOptions = {}): string {
  const pair = e.code === 'tooLarge' ? TOO_LARGE[e.limit?.kind ?? 'part'] : TEXT[e.code];
  return pair[lang === 'zh-CN' ? 0 : 1](e, options);
}

/** Every code the table words (for tests: each has a sentence in both languages). */
export const READ_ERROR_CODES = Object.keys(TEXT).concat('tooLarge') as FileProblem['code'][];
