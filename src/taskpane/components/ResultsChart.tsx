/**
 * 总分 and 执行率 per project, side by side (both on a 0–100 scale), with @fluentui/react-charts —
 * Microsoft's Fluent v9 chart library — in the lazy results chunk. The chart only draws: its numbers
 * are the two-decimal figures of the core turned into plain numbers for the bars' heights.
 */
import { GroupedVerticalBarChart, GroupedVerticalBarChartData } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import { format2OrNull, ResultRow } from '../../core';

/** The part of a project name a chart axis can show: 「其他专项工作经费(安亭城运日常运行费用)」 → 「安亭城运日常运行费用」. */
export function shortProjectName(name: string | null, fallback: string): string {
  if (!name) return fallback;
  const inner = /[(（]([^()（）]+)[)）]\s*$/.exec(name);
  return (inner?.[1] ?? name).trim();
}

/** A figure for a bar's height (display only); 0 for a figure that cannot be computed. */
const height = (text: string | null): number => (text === null ? 0 : Number(text));

export function chartData(rows: readonly ResultRow[], names: { total: string; rate: string }): GroupedVerticalBarChartData[] {
  return rows.map((r) => ({
    name: shortProjectName(r.project, r.sheet),
    series: [
      { key: 'total', legend: names.total, data: height(format2OrNull(r.totalScore)), color: tokens.colorBrandBackground },
      { key: 'rate', legend: names.rate, data: height(format2OrNull(r.rate)), color: tokens.colorPaletteMarigoldBackground3 },
    ],
  }));
}

export function ResultsChart({ rows, title, names }: { rows: readonly ResultRow[]; title: string; names: { total: string; rate: string } }) {
  const data = chartData(rows, names);
  return (
    <div data-testid="results-chart" role="figure" aria-label={title}>
      <GroupedVerticalBarChart chartTitle={title} data={data} height={260} width={400} yMaxValue={100} hideLegend={false} hideLabels wrapXAxisLables />
    </div>
  );
}
