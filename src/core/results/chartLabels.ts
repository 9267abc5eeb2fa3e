/**
 * The labels of the results chart, one per form and all distinct — a chart groups its bars by
 * label, so two forms with one label would become one bar group. Computed once here and used by
 * every chart: the pane's, the native chart of 「绩效自评结果」 (its categories are the sheet's
 * 图表标签 column) and the demo's imitation of it. Also: how an axis shortens long labels (still
 * distinct), and whether the bars run up (few forms) or across (many forms).
 */

/** The part of a project name a chart axis can show: 「其他专项工作经费(安亭城运日常运行费用)」 → 「安亭城运日常运行费用」. */
export function shortProjectName(name: string | null, fallback: string): string {
  const full = name?.trim();
  if (!full) return fallback;
  const inner = /[(（]([^()（）]+)[)）]\s*$/.exec(full);
  return (inner?.[1] ?? full).trim() || fallback;
}

export interface ChartLabelSource {
  project: string | null;
  sheet: string;
}

/** Groups the positions of equal strings (in order of first appearance). */
function groups(labels: readonly string[]): number[][] {
  const at = new Map<string, number[]>();
  labels.forEach((l, i) => at.set(l, [...(at.get(l) ?? []), i]));
  return [...at.values()];
}

/**
 * One distinct label per form, in the forms' order: the short project name (the sheet's name for a
 * form without one); where forms share it, the short name with the sheet's name (「专项经费（表3）」);
 * where that is still shared (forms on one sheet), a running number (「专项经费（表3）#2」).
 */
export function chartLabels(forms: readonly ChartLabelSource[]): string[] {
  const labels = forms.map((f) => shortProjectName(f.project, f.sheet));
  for (const group of groups(labels)) {
    if (group.length < 2) continue;
    for (const i of group) if (labels[i] !== forms[i].sheet) labels[i] = `${labels[i]}（${forms[i].sheet}）`;
  }
  const used = new Set(labels.filter((l, i) => labels.indexOf(l) === i && labels.lastIndexOf(l) === i));
  for (const group of groups(labels)) {
    if (group.length < 2) continue;
    let n = 0;
    for (const i of group) {
      let candidate: string;
      do candidate = `${labels[i]}#${++n}`;
      while (used.has(candidate));
      used.add(candidate);
      labels[i] = candidate;
    }
  }
  return labels;
}

/** A label cut to `max` characters: its beginning, `…`, and its end (code points, not UTF-16 units). */
function cut(label: string, max: number): string {
  const chars = [...label];
  if (chars.length <= max) return label;
  const keep = Math.max(1, max - 1);
  const head = Math.ceil(keep / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`;
}

/**
 * The labels as an axis shows them: each at most `max` characters where that keeps them distinct;
 * labels whose short forms would coincide get longer ones (up to the whole label), so distinct
 * labels stay distinct.
 */
export function axisLabels(labels: readonly string[], max: number): string[] {
  const limits = labels.map(() => max);
  const out = labels.map((l) => cut(l, max));
  for (;;) {
    const clash = groups(out).filter((g) => g.length > 1 && g.some((i) => out[i] !== labels[i]));
    if (clash.length === 0) return out;
    for (const g of clash) {
      for (const i of g) {
        limits[i]++;
        out[i] = cut(labels[i], limits[i]);
      }
    }
  }
}

/** 'column': bars up, categories along the bottom; 'bar': bars across, categories down the side. */
export type ChartDirection = 'column' | 'bar';

/** Up to this many forms the bars stand up; more run across, one line per form, so every label has room. */
export const COLUMN_CHART_MAX_FORMS = 8;

export function chartDirection(forms: number): ChartDirection {
  return forms > COLUMN_CHART_MAX_FORMS ? 'bar' : 'column';
}
