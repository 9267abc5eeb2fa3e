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
  const shared = groups(labels).filter((g) => g.length > 1);
  const used = new Set(labels);
  for (const group of shared) {
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

/** A label cut to `max` characters: `head` of its first, `…`, the rest of its last (code points, not UTF-16 units). */
function cut(label: string, max: number, head = Math.ceil((max - 1) / 2)): string {
  const chars = [...label];
  if (chars.length <= max) return label;
  const keep = Math.max(1, max - 1);
  const h = Math.min(head, keep);
  return `${chars.slice(0, h).join('')}…${chars.slice(chars.length - (keep - h)).join('')}`;
}

/** Where to cut at `max` characters, most even first, then keeping more of the end (where 「（表3）#2」 tell labels apart), then of the beginning. */
function heads(max: number): number[] {
  const keep = Math.max(1, max - 1);
  const even = Math.ceil(keep / 2);
  const out = [even];
  for (let h = even - 1; h >= 1; h--) out.push(h);
  for (let h = even + 1; h <= keep; h++) out.push(h);
  return out;
}

/**
 * The labels as an axis shows them: each at most `max` characters where that keeps them distinct;
 * labels whose short forms would coincide are cut elsewhere, or left longer (up to the whole
 * label), so distinct labels stay distinct.
 */
export function axisLabels(labels: readonly string[], max: number): string[] {
  const out = labels.map((l) => cut(l, max));
  for (const group of groups(out)) {
    if (group.length < 2) continue;
    const taken = new Set(out.filter((_, i) => !group.includes(i)));
    const longest = Math.max(...group.map((i) => [...labels[i]].length));
    group.forEach((i) => (out[i] = labels[i])); // unless a shorter cut below tells them apart
    search: for (let m = max; m <= longest; m++) {
      for (const h of heads(m)) {
        const tried = group.map((i) => cut(labels[i], m, h));
        if (new Set(tried).size === tried.length && tried.every((t) => !taken.has(t))) {
          group.forEach((i, k) => (out[i] = tried[k]));
          break search;
        }
      }
    }
  }
  return out;
}

/** 'column': bars up, categories along the bottom; 'bar': bars across, categories down the side. */
export type ChartDirection = 'column' | 'bar';

/** Up to this many forms the bars stand up; more run across, one line per form, so every label has room. */
export const COLUMN_CHART_MAX_FORMS = 8;

/** Characters an axis label keeps (the pane is 350–440 px wide): rotated under columns, or beside bars across. */
export const AXIS_LABEL_CHARS: Readonly<Record<ChartDirection, number>> = { column: 6, bar: 10 };

export function chartDirection(forms: number): ChartDirection {
  return forms > COLUMN_CHART_MAX_FORMS ? 'bar' : 'column';
}
