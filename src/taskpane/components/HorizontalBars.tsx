/**
 * Grouped bars across, one line per category, drawn as plain SVG: the results chart when there
 * are many forms (the pane's and the demo's imitation of 「绩效自评结果」's native bar chart).
 * @fluentui/react-charts has no grouped horizontal bar chart — its HorizontalBarChartWithAxis
 * stacks the points of one category end to end, which would add 总分 to 执行率. Every category
 * gets its line and its label (the labels are distinct: core/results/chartLabels), the chart is
 * as tall as its categories need, and each label and bar has the full name as its tooltip.
 */
import type { CSSProperties } from 'react';

export interface BarPoint {
  key: string;
  legend: string;
  /** The bar's length (display only). */
  data: number;
  /** The figure as the core shows it (two decimals), for the tooltip; `—` when missing. */
  text: string;
  color: string;
}

export interface BarGroup {
  /** The label on the axis (short, distinct). */
  name: string;
  /** The tooltip: the full name of what the line stands for. */
  title: string;
  series: BarPoint[];
}

/** A line per category (px) and its bars' share of it. */
export const LINE = 26;
const BAR_SHARE = 0.35;
const TOP = 28;
const BOTTOM = 24;
const LABEL_WIDTH = 128;
const RIGHT = 16;
const TICKS = 5;

/** The value axis' end: 100 (both series are on a 0–100 scale), more when a bar is longer. */
function axisMax(groups: readonly BarGroup[], max: number): number {
  const longest = Math.max(0, ...groups.flatMap((g) => g.series.map((s) => s.data)));
  return longest <= max ? max : Math.ceil(longest / 20) * 20;
}

/** How tall the chart is for `groups` lines of `line` px. */
export function barsHeight(groups: number, line = LINE): number {
  return TOP + groups * line + BOTTOM;
}

/** The line height that fits `groups` lines in `height` px (the demo's chart over its cells), between 12 and LINE. */
export function lineFor(groups: number, height: number): number {
  return Math.max(12, Math.min(LINE, (height - TOP - BOTTOM) / Math.max(1, groups)));
}

export interface HorizontalBarsProps {
  data: readonly BarGroup[];
  title: string;
  width?: number;
  /** The value axis' end unless a bar is longer. */
  max?: number;
  /** Height of a category's line (px). */
  line?: number;
}

export function HorizontalBars({ data, title, width = 400, max = 100, line = LINE }: HorizontalBarsProps) {
  const height = barsHeight(data.length, line);
  const bar = Math.max(4, line * BAR_SHARE);
  const end = axisMax(data, max);
  const plot = width - LABEL_WIDTH - RIGHT;
  const x = (v: number) => LABEL_WIDTH + (Math.max(0, v) / end) * plot;
  const legends = data[0]?.series ?? [];
  const ticks = Array.from({ length: TICKS + 1 }, (_, i) => (end / TICKS) * i);
  const text: CSSProperties = { fontSize: 11, fill: 'currentColor' };
  return (
    <svg data-testid="bars-across" role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }}>
      <g data-legend>
        {legends.map((s, i) => (
          <g key={s.key} transform={`translate(${LABEL_WIDTH + i * 110}, 8)`}>
            <rect width={10} height={10} style={{ fill: s.color }} />
            <text x={14} y={9} style={text}>
              {s.legend}
            </text>
          </g>
        ))}
      </g>
      {ticks.map((t) => (
        <g key={t} data-tick={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={height - BOTTOM} stroke="#E1DFDD" />
          <text x={x(t)} y={height - BOTTOM + 14} textAnchor="middle" style={text}>
            {t}
          </text>
        </g>
      ))}
      {data.map((g, i) => {
        const top = TOP + i * line;
        const first = top + (line - bar * g.series.length) / 2;
        return (
          <g key={g.name} data-group={g.name}>
            <title>{g.title}</title>
            <text data-axis-label x={LABEL_WIDTH - 6} y={top + line / 2 + 4} textAnchor="end" style={text}>
              <title>{g.title}</title>
              {g.name}
            </text>
            {g.series.map((s, j) => (
              <rect key={s.key} data-bar={s.key} x={LABEL_WIDTH} y={first + j * bar} width={Math.max(0, x(s.data) - LABEL_WIDTH)} height={bar - 1} style={{ fill: s.color }}>
                <title>{`${g.title}\n${s.legend} ${s.text}`}</title>
              </rect>
            ))}
          </g>
        );
      })}
      <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={TOP - 4} y2={height - BOTTOM} stroke="#8A8886" />
    </svg>
  );
}
