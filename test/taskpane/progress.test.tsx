/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ProgressPanel } from '../../src/taskpane/components/ProgressPanel';
import { I18nProvider } from '../../src/taskpane/i18n/I18nContext';
import type { Busy } from '../../src/taskpane/sessionState';

function show(busy: Busy | null, rechecking: string[] = [], lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <ProgressPanel busy={busy} rechecking={rechecking} />
      </I18nProvider>
    </FluentProvider>,
  );
}

test('progress text and bar for a workbook with many forms', () => {
  show({ action: 'recalcAll', phase: 'evaluating', progress: { sheetsRead: 12, sheetsDone: 10, formsFound: 340 } });
  expect(screen.getByText('已读取 12 张工作表 / 正在计算 340 张自评表')).toBeInTheDocument();
  const bar = screen.getAllByRole('progressbar').find((el) => el.hasAttribute('aria-valuenow'));
  expect(bar).toHaveAttribute('aria-valuenow', String(10 / 12));
});

test('each phase says what is happening', () => {
  const { rerender } = show({ action: 'check', phase: 'reading' });
  expect(screen.getByText('正在读取工作簿…')).toBeInTheDocument();
  const wrap = (busy: Busy) => (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang="zh-CN">
        <ProgressPanel busy={busy} rechecking={[]} />
      </I18nProvider>
    </FluentProvider>
  );
  rerender(wrap({ action: 'check', phase: 'evaluating', progress: { sheetsRead: 3, sheetsDone: 0, formsFound: 0 } }));
  expect(screen.getByText('已读取 3 张工作表，正在识别自评表…')).toBeInTheDocument();
  rerender(wrap({ action: 'recalcAll', phase: 'writing', cells: 7 }));
  expect(screen.getByText('正在写入 7 个单元格…')).toBeInTheDocument();
  rerender(wrap({ action: 'recalcAll', phase: 'markers' }));
  expect(screen.getByText('正在更新标记…')).toBeInTheDocument();
});

test('nothing while idle, a quiet line while re-checking after an edit', () => {
  const { container } = show(null);
  expect(container.textContent).toBe('');
  show(null, ['安亭城运日常运行费用'], 'en-US');
  expect(screen.getByText('Re-checking: 安亭城运日常运行费用')).toBeInTheDocument();
});
