/**
 * @fluentui/react-charts in jest: the library ships ES modules (d3) that jest's CommonJS transform
 * cannot load. The pane's tests check what the pane gives the chart (its data), not d3's drawing —
 * the real chart is drawn in Chromium by the browser tests (test/e2e).
 */
import type { ReactElement } from 'react';

interface Point {
  key: string;
  legend: string;
  data: number;
  xAxisCalloutData?: string;
}

export function GroupedVerticalBarChart(props: { chartTitle?: string; data?: { name: string; series: Point[] }[] }): ReactElement {
  return (
    <div data-testid="chart-stub" data-title={props.chartTitle}>
      {(props.data ?? []).map((d) => (
        <span key={d.name} data-category={d.name} data-callout={d.series[0]?.xAxisCalloutData} data-values={d.series.map((s) => `${s.legend}=${s.data}`).join(';')} />
      ))}
    </div>
  );
}
