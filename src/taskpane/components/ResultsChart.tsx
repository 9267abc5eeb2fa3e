/**
 * 总分 and 执行率 per project, side by side (both on a 0–100 scale). One bar group per form,
 * labelled by the core's distinct chart label (core/results/chartLabels) shortened for the axis
 * (still distinct), the full project name in the tooltip. Up to COLUMN_CHART_MAX_FORMS forms the
 * bars stand up (@fluentui/react-charts — Microsoft's Fluent v9 chart library — in the lazy
 * results chunk, every axis label drawn, rotated); more forms run across, one line each, the chart
 * as tall as they need (./HorizontalBars). The chart only draws: its numbers are the two-decimal
 * figures of the core turned into plain numbers for the bars' heights.
 */
import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import { AXIS_LABEL_CHARS, axisLabels, ChartDirection, chartDirection, ChartedRow, format2OrNull } from '../../core';
import { BarGroup, HorizontalBars } from './HorizontalBars';

/** A figure for a bar's height (display only); 0 for a figure that cannot be computed. */
const height = (text: string | null): number => (text === null ? 0 : Number(text));

export interface ChartNames {
  total: string;
  rate: string;
  /** A group's tooltip (the i18n table's chartTooltip). */
  tooltip: (project: string, sheet: string) => string;
}

/** One group per form, in the forms' order: the axis label, the tooltip (project and sheet), the two bars. */
export function chartData(rows: readonly ChartedRow[], names: ChartNames, direction: ChartDirection = chartDirection(rows.length)): BarGroup[] {
  const labels = axisLabels(
    rows.map((r) => r.chartLabel),
    AXIS_LABEL_CHARS[direction],
  );
  return rows.map((r, i) => {
    const total = format2OrNull(r.totalScore);
    const rate = format2OrNull(r.rate);
    return {
      name: labels[i],
      title: names.tooltip(r.project ?? '—', r.sheet),
      series: [
        { key: 'total', legend: names.total, data: height(total), text: total ?? '—', color: tokens.colorBrandBackground },
        { key: 'rate', legend: names.rate, data: height(rate), text: rate ?? '—', color: tokens.colorPaletteMarigoldBackground3 },
      ],
    };
  });
}

export function ResultsChart({ rows, title, names }: { rows: readonly ChartedRow[]; title: string; names: ChartNames }) {
  const direction = chartDirection(rows.length);
  const data = chartData(rows, names, direction);
  return (
    <div data-testid="results-chart" data-direction={direction} role="figure" aria-label={title}>
      {direction === 'bar' ? <HorizontalBars data={data} title={title} /> : <ColumnChart data={data} title={title} />}
    </div>
  );
}

/** Few forms: Fluent's grouped columns; labels rotated and never hidden for overlapping, the full name in each bar's callout. */
function ColumnChart({ data, title }: { data: BarGroup[]; title: string }) {
  const groups = data.map((g) => ({ name: g.name, series: g.series.map((s) => ({ key: s.key, legend: s.legend, data: s.data, color: s.color, xAxisCalloutData: g.title })) }));
  return (
    <GroupedVerticalBarChart
      chartTitle={title}
      data={groups}
      height={300}
      width={400}
      yMaxValue={100}
      hideLegend={false}
      hideLabels
      rotateXAxisLables
      hideTickOverlap={false}
    />
  );
}
