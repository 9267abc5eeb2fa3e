/** The ribbon's short result messages, in the pane's words (src/taskpane/i18n). */
import type { RibbonOutcome } from '../../commands/ribbonRecalc';
import type { Lang } from '../../core/messages';
import { describeError } from '../../taskpane/i18n/hostErrors';
import { RUN_RESULT } from '../../taskpane/i18n/runResult';

const TEXT = {
  title: ['绩效自评助手', '绩效自评助手'],
  done: ['一键重算完成。', 'Recalculation done.'],
  noForms: ['未找到绩效自评表。', 'No 绩效自评表 was found.'],
  forms: [(n: number) => `已检查 ${n} 张自评表。`, (n: number) => `${n} forms checked.`],
  skipped: [(n: number) => `${n} 个单元格未写入（工作表受保护或已更改）。`, (n: number) => `${n} cells were not written (protected or changed sheet).`],
  errors: [(n: number) => `仍有 ${n} 条错误，请打开助手查看。`, (n: number) => `${n} errors remain; open the assistant to see them.`],
  failed: ['一键重算未完成：', 'Recalculate all did not finish: '],
  paneFailed: ['无法打开任务窗格：', 'Could not open the task pane: '],
} as const;

/** navigator.language → the pane's two languages (zh-CN unless English). */
export function langOf(language: string | undefined): Lang {
  return (language ?? '').toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

export function outcomeText(o: RibbonOutcome, lang: Lang): string {
  const i = lang === 'zh-CN' ? 0 : 1;
  if (o.forms === 0) return `${TEXT.title[i]}\n${TEXT.noForms[i]}`;
  const lines = [TEXT.done[i], TEXT.forms[i](o.forms), o.written ? RUN_RESULT.written[i](o.written) : RUN_RESULT.nothingWritten[i]];
  if (o.skipped) lines.push(TEXT.skipped[i](o.skipped));
  if (o.errors) lines.push(TEXT.errors[i](o.errors));
  return `${TEXT.title[i]}\n${lines.join('\n')}`;
}

export function failureText(err: unknown, lang: Lang, what: 'recalc' | 'pane' = 'recalc'): string {
  const i = lang === 'zh-CN' ? 0 : 1;
  const d = describeError(err, lang);
  const head = what === 'pane' ? TEXT.paneFailed[i] : TEXT.failed[i];
  return `${TEXT.title[i]}\n${head}${d.message}${d.detail ? `\n(${d.detail})` : ''}`;
}
