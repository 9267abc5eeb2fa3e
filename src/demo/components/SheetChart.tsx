/**
 * The native chart of a sheet the add-in wrote (「绩效自评结果」), drawn over its cells as Excel
 * shows it: a clustered column chart whose categories and series are ranges of the sheet, read
 * from the sheet's current values (edit a figure and the bar follows, as in Excel).
 */
import { useLayoutEffect, useState } from 'react';
import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CellValue, ChartSpec, parseRange, toA1 } from '../../core';

const PALETTE = ['#0F6CBD', '#E0A800', '#6B8E23', '#A4262C'];

function columnValues(range: string, valueAt: (cell: string) => CellValue): CellValue[] {
  const r = parseRange(range);
  const out: CellValue[] = [];
  for (let row = r.top; row <= r.bottom; row++) out.push(valueAt(toA1(row, r.left)));
  return out;
}

export function SheetChart({ chart, valueAt, table }: { chart: ChartSpec; valueAt: (cell: string) => CellValue; table: HTMLTableElement | null }) {
  const [box, setBox] = useState<{ left: number; top: number; width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const from = table?.querySelector<HTMLElement>(`td[data-cell="${chart.from}"]`);
    const to = table?.querySelector<HTMLElement>(`td[data-cell="${chart.to}"]`);
    if (!from || !to) return setBox(null);
    const base = { left: table?.offsetLeft ?? 0, top: table?.offsetTop ?? 0 };
    setBox({ left: base.left + from.offsetLeft, top: base.top + from.offsetTop, width: to.offsetLeft + to.offsetWidth - from.offsetLeft, height: to.offsetTop + to.offsetHeight - from.offsetTop });
  }, [chart, table]);
  if (!box) return null;
  const names = columnValues(chart.categories, valueAt).map((v) => (v === null ? '' : String(v)));
  const series = chart.series.map((s) => columnValues(s.values, valueAt));
  const data = names.map((name, i) => ({
    name,
    series: chart.series.map((s, j) => ({ key: `s${j}`, legend: s.name, data: typeof series[j][i] === 'number' ? (series[j][i] as number) : 0, color: PALETTE[j % PALETTE.length] })),
  }));
  return (
    <div className="sheet-chart" data-testid="sheet-chart" role="figure" aria-label={chart.title} style={{ left: box.left, top: box.top, width: box.width, height: box.height }}>
      <FluentProvider theme={webLightTheme}>
        <GroupedVerticalBarChart chartTitle={chart.title} data={data} hideLabels width={Math.max(300, box.width - 16)} height={Math.max(200, box.height - 40)} wrapXAxisLables />
      </FluentProvider>
    </div>
  );
}
