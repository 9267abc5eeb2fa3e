/** @jest-environment jsdom */
/**
 * The results columns are declared once (src/core/results/columns.ts) and every output maps over
 * them: 「绩效自评结果」, `jixiao summary`'s sheet and JSON rows, `jixiao check`'s table and the
 * pane's table show exactly the columns of their view, in declaration order — and a column added
 * to the list shows up in all of them, with its header and its value.
 */
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import {
  batchModel, batchSheets, columnsFor, evaluateWorkbook, HEADER_ROW, Lang, plainRow, ResultColumn, resultsOf, resultsSheetSpec, ResultView, SheetSpec,
} from '../../src/core';
import { formsTable } from '../../src/cli/table';
import { I18nProvider } from '../../src/taskpane/i18n/I18nContext';
import ResultsPanel from '../../src/taskpane/components/ResultsPanel';
import { ANTING, antingSpec, WANGGE, wanggeSpec, workbook } from './forms';

const evaluation = evaluateWorkbook(workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]));
const model = resultsOf(evaluation);
const batch = batchModel([{ file: 'unit.xlsx', evaluation }]);

/** A column no view has today: the form's top-left cell. */
const ANCHOR: ResultColumn = {
  key: 'anchor',
  header: { 'zh-CN': '起始单元格', 'en-US': 'Anchor' },
  format: 'text',
  width: 24,
  value: (r) => `${r.sheet}:${r.anchor}`,
  views: ['sheet', 'batch', 'json', 'cli', 'pane'],
};

const headers = (columns: readonly ResultColumn[], lang: Lang) => columns.map((c) => c.header[lang]);

/** The header row of a table sheet, left to right. */
function sheetHeaders(spec: SheetSpec): string[] {
  const row = spec.cells.filter((c) => c.style === 'header' && new RegExp(`^[A-Z]+${HEADER_ROW}$`).test(c.cell));
  return row.map((c) => c.value.text);
}

/** The CLI table's header line, split where columns are two spaces apart. */
const cliHeaders = (columns: readonly ResultColumn[], lang: Lang) => formsTable(model.rows, lang, columns)[0].split(/ {2,}/);

function paneHeaders(columns: readonly ResultColumn[] | undefined, lang: Lang): string[] {
  const view = { model, sheet: '绩效自评结果', outcome: 'written' as const, replaced: false, chartSkipped: false };
  const { unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <ResultsPanel results={view} onSelect={() => undefined} onDismiss={() => undefined} columns={columns} />
      </I18nProvider>
    </FluentProvider>,
  );
  const table = screen.getByRole('table');
  const out = within(table).getAllByRole('columnheader').map((h) => h.textContent ?? '');
  const firstRow = within(table).getAllByRole('row').find((r) => r.hasAttribute('data-result'));
  lastPaneRow = firstRow?.textContent ?? '';
  unmount();
  return out;
}
let lastPaneRow = '';

const withAnchor = (view: ResultView) => [...columnsFor(view), ANCHOR];

describe('every output shows its view of the declared columns, in order', () => {
  test('「绩效自评结果」 and the summary sheet (in Chinese)', () => {
    expect(sheetHeaders(resultsSheetSpec(model))).toEqual(headers(columnsFor('sheet'), 'zh-CN'));
    expect(sheetHeaders(batchSheets(batch)[0])).toEqual(headers(columnsFor('batch'), 'zh-CN'));
    expect(resultsSheetSpec(model).columnWidths).toEqual(columnsFor('sheet').map((c) => c.width));
  });

  test.each(['zh-CN', 'en-US'] as const)('the CLI table and the pane table in %s', (lang) => {
    expect(cliHeaders(columnsFor('cli'), lang)).toEqual(headers(columnsFor('cli'), lang));
    expect(paneHeaders(undefined, lang)).toEqual(headers(columnsFor('pane'), lang));
  });
});

describe('a column declared once appears in all outputs', () => {
  test('sheets: its header last, its value in each form row', () => {
    const spec = resultsSheetSpec(model, withAnchor('sheet'));
    expect(sheetHeaders(spec).at(-1)).toBe('起始单元格');
    expect(spec.columnWidths.at(-1)).toBe(24);
    const summary = batchSheets(batch, withAnchor('batch'))[0];
    expect(sheetHeaders(summary).at(-1)).toBe('起始单元格');
    const texts = (s: SheetSpec) => s.cells.map((c) => c.value.text);
    for (const s of [spec, summary]) expect(texts(s)).toEqual(expect.arrayContaining([`${ANTING}:A1`, `${WANGGE}:A1`]));
  });

  test('the summary JSON rows: its key and value', () => {
    const json = withAnchor('json');
    const row = plainRow(json, batch.rows[0], 0);
    expect(Object.keys(row)).toEqual(json.map((c) => c.key));
    expect(row.anchor).toBe(`${ANTING}:A1`);
  });

  test.each(['zh-CN', 'en-US'] as const)('the CLI and pane tables in %s', (lang) => {
    expect(cliHeaders(withAnchor('cli'), lang).at(-1)).toBe(ANCHOR.header[lang]);
    expect(formsTable(model.rows, lang, withAnchor('cli'))[2]).toMatch(new RegExp(`${ANTING}:A1$`));
    expect(paneHeaders(withAnchor('pane'), lang).at(-1)).toBe(ANCHOR.header[lang]);
    expect(lastPaneRow).toMatch(new RegExp(`${ANTING}:A1$`));
  });
});
