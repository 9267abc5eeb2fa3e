/**
 * The native chart of a sheet the add-in wrote (「绩效自评结果」), drawn over its cells as Excel
 * shows it: a clustered chart — columns up for a few forms, bars across (first category at the
 * top) for many, as ChartSpec.direction says — whose categories and series are ranges of the
 * sheet, read from the sheet's current values (edit a figure and the bar follows, as in Excel).
 * Every category label is drawn (shortened, still distinct), the whole label in the tooltip.
 */
import { useLayoutEffect, useState } from 'react';
import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { AXIS_LABEL_CHARS, axisLabels, CellValue, ChartSpec, parseRange, toA1 } from '../../core';
import { BarGroup, HorizontalBars, lineFor } from '../../taskpane/components/HorizontalBars';

const PALETTE = ['#0F6CBD', '#E0A800', '#6B8E23', '#A4262C'];

function columnValues(range: string, valueAt: (cell: string) => CellValue): CellValue[] {
  const r = parseRange(range);
  const out: CellValue[] = [];
  for (let row = r.top; row <= r.bottom; row++) out.push(valueAt(toA1(row, r.left)));
  return out;
}

/** The chart's groups from the sheet's cells: one per category cell, the axis label shortened (distinct), the whole label as tooltip. */
function groupsOf(chart: ChartSpec, valueAt: (cell: string) => CellValue): BarGroup[] {
  const names = columnValues(chart.categories, valueAt).map((v) => (v === null ? '' : String(v)));
  const labels = axisLabels(names, AXIS_LABEL_CHARS[chart.direction]);
  const series = chart.series.map((s) => columnValues(s.values, valueAt));
  return names.map((name, i) => ({
    name: labels[i],
    title: name,
    series: chart.series.map((s, j) => {
      const v = series[j][i];
      return { key: `s${j}`, legend: s.name, data: typeof v === 'number' ? v : 0, text: v === null ? '—' : String(v), color: PALETTE[j % PALETTE.length] };
    }),
  }));
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
  const data = groupsOf(chart, valueAt);
  const width = Math.max(300, box.width - 16);
  const height = Math.max(200, box.height - 40);
  return (
    <div className="sheet-chart" data-testid="sheet-chart" data-direction={chart.direction} role="figure" aria-label={chart.title} style={{ left: box.left, top: box.top, width: box.width, height: box.height }}>
      <FluentProvider theme={webLightTheme}>
        {chart.direction === 'bar' ? (
          <>
            <div className="sheet-chart-title">{chart.title}</div>
            <HorizontalBars data={data} title={chart.title} width={width} line={lineFor(data.length, height)} />
          </>
        ) : (
          <GroupedVerticalBarChart
            chartTitle={chart.title}
            data={data.map((g) => ({ name: g.name, series: g.series.map((s) => ({ key: s.key, legend: s.legend, data: s.data, color: s.color, xAxisCalloutData: g.title })) }))}
            hideLabels
            width={width}
            height={height}
            rotateXAxisLables
            hideTickOverlap={false}
          />
        )}
      </FluentProvider>
    </div>
  );
}
