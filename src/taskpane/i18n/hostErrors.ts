/**
 * Host failures (src/excel's HostError and its `code`, or any other Error) → a message in the UI
 * language that says what happened AND what to do. Duck-typed on `code` so that the task pane
 * never imports src/excel (the demo host and the tests raise plain `{ code, message }` objects).
 */
import type { Lang } from '../../core/messages';
import type { HostKind } from '../../core/port';
import { WPS_HOST_MESSAGES } from './wps';

export const HOST_ERROR_CODES = [
  'protected',
  'payloadTooLarge',
  'requirementMissing',
  'sheetDeleted',
  'itemNotFound',
  'generalException',
  'accessDenied',
  'notInExcel',
  'cellEditMode',
  'unknown',
] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

const HOST_MESSAGES: Record<HostErrorCode, [string, string]> = {
  protected: [
    '工作表受保护，请在「审阅」选项卡撤销工作表保护后重试。',
    'The worksheet is protected. Unprotect it on the Review tab (Unprotect Sheet) and try again.',
  ],
  payloadTooLarge: [
    '工作簿数据量超出 Excel 单次传输的上限。请将工作簿拆分为几个文件，或减少一个文件中的自评表数量后重试。',
    'The workbook is too large for one transfer from Excel. Split it into several files, or keep fewer forms per file, and try again.',
  ],
  requirementMissing: [
    '此 Excel 版本缺少所需功能。请使用 Microsoft 365 中的 Excel（Windows、Mac 或网页版），或将 Excel 更新到最新版本后重试（Excel 2016 须至少支持 ExcelApi 1.2）。',
    'This version of Excel lacks a feature the add-in needs. Use Excel from Microsoft 365 (Windows, Mac or the web), or update Excel and try again (Excel 2016 needs at least ExcelApi 1.2).',
  ],
  sheetDeleted: [
    '工作表已被删除或重命名。请在「设置」中点击「重新识别」，然后重试。',
    'A worksheet was deleted or renamed. Click “Detect again” in Settings, then try again.',
  ],
  itemNotFound: [
    '找不到所需的单元格、区域或绑定（可能已被删除）。请在「设置」中点击「重新识别」后重试。',
    'A cell, range or binding the add-in needs is gone (perhaps deleted). Click “Detect again” in Settings and try again.',
  ],
  generalException: [
    'Excel 暂时无法完成此操作。请先退出单元格编辑（按 Enter 或 Esc）再重试；如仍失败，请保存并重新打开工作簿。',
    'Excel could not complete the operation. Leave cell editing (press Enter or Esc) and try again; if it still fails, save and reopen the workbook.',
  ],
  accessDenied: [
    'Excel 拒绝了此操作：工作簿可能为只读、处于共享审阅模式或被他人锁定。请以可编辑方式打开工作簿后重试。',
    'Excel refused the operation: the workbook may be read-only, shared for review or locked by someone else. Open it for editing and try again.',
  ],
  notInExcel: [
    '此页面必须在 Excel 中打开（「开始」选项卡 →「绩效自评助手」），在浏览器中无法读取工作簿。',
    'This page must be opened inside Excel (Home tab → 绩效自评助手); a browser cannot read the workbook.',
  ],
  cellEditMode: [
    'Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。',
    'Excel is in cell-edit mode. Press Enter or Esc to finish editing the cell, then try again.',
  ],
  unknown: [
    'Excel 报告了未知错误。请重试；如仍失败，请保存工作簿并重新打开任务窗格。',
    'Excel reported an unknown error. Try again; if it still fails, save the workbook and reopen the task pane.',
  ],
};

const GENERIC: [string, string] = [
  '操作未完成。请重试；如仍失败，请关闭并重新打开任务窗格。',
  'The operation did not complete. Try again; if it still fails, close and reopen the task pane.',
];

const CHUNK: [string, string] = [
  '界面组件未能加载（网络可能中断）。请检查网络后点击「重新加载界面」或重试。',
  'Part of the task pane could not be loaded (the network may be down). Check the connection and reload or try again.',
];

export interface ErrorDescription {
  /** The host's code when the error came from the host, else null. */
  code: HostErrorCode | null;
  /** What happened and what to do, in the UI language. */
  message: string;
  /** The original message (for support), or null when there is nothing more to say. */
  detail: string | null;
}

function isHostCode(v: unknown): v is HostErrorCode {
  return typeof v === 'string' && (HOST_ERROR_CODES as readonly string[]).includes(v);
}

const BY_HOST: Record<HostKind, Partial<Record<HostErrorCode, readonly [string, string]>>> = { excel: {}, wps: WPS_HOST_MESSAGES };

function messageOf(code: HostErrorCode, host: HostKind): readonly [string, string] {
  return BY_HOST[host][code] ?? HOST_MESSAGES[code];
}

export function hostErrorMessage(code: HostErrorCode, lang: Lang, host: HostKind = 'excel'): string {
  return messageOf(code, host)[lang === 'zh-CN' ? 0 : 1];
}

/** Any rejection (HostError, Error, string, anything) → what to show. */
export function describeError(err: unknown, lang: Lang, host: HostKind = 'excel'): ErrorDescription {
  const i = lang === 'zh-CN' ? 0 : 1;
  const raw = err && typeof err === 'object' ? (err as { code?: unknown; message?: unknown; name?: unknown }) : null;
  const text = raw && typeof raw.message === 'string' ? raw.message : typeof err === 'string' ? err : err == null ? '' : String(err);
  const detail = text.trim() ? text.trim() : null;
  if (raw && isHostCode(raw.code)) return { code: raw.code, message: messageOf(raw.code, host)[i], detail };
  if (raw && (raw.name === 'ChunkLoadError' || /Loading (CSS )?chunk .* failed/i.test(text))) {
    return { code: null, message: CHUNK[i], detail };
  }
  return { code: null, message: GENERIC[i], detail };
}
