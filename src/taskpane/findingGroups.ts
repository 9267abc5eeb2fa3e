/**
 * The findings list as groups (pure, no React): by form — each form's errors and warnings, and
 * the notes of the whole workbook gathered by code at the end (an OCR'd workbook's 64
 * 「数字已从文本读取」 are one line, not 64) — or by code across the workbook. A group knows its
 * counts and whether it starts collapsed (notes do), so the panel only draws.
 */
import { compareFindings, countBySeverity, Finding, FindingCode, Severity, WorkbookEvaluation } from '../core';

export type GroupBy = 'form' | 'code';

export type GroupHead =
  | { kind: 'sheet'; sheet: string }
  | { kind: 'form'; sheet: string; project: string | null; range: string }
  | { kind: 'code'; code: FindingCode; severity: Severity };

export interface FindingGroup {
  key: string;
  head: GroupHead;
  findings: Finding[];
  counts: Record<Severity, number>;
  /** Notes start collapsed; errors and warnings are shown. */
  collapsed: boolean;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function group(key: string, head: GroupHead, findings: Finding[], collapsed: boolean): FindingGroup {
  return { key, head, findings, counts: countBySeverity(findings), collapsed };
}

/** Groups of one code each: errors first, then warnings, then notes; a larger group first within a severity. */
function byCode(findings: readonly Finding[], prefix: string): FindingGroup[] {
  const codes = new Map<FindingCode, Finding[]>();
  for (const f of findings) {
    const list = codes.get(f.code);
    if (list) list.push(f);
    else codes.set(f.code, [f]);
  }
  return [...codes.entries()]
    .map(([code, list]) => ({ code, list, severity: list[0].severity }))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.list.length - a.list.length || a.code.localeCompare(b.code))
    .map(({ code, list, severity }) => group(`${prefix}code:${code}`, { kind: 'code', code, severity }, list, severity === 'info'));
}

/**
 * The groups of the findings whose severity is shown. By form: sheet-level findings, then each
 * form's, errors first inside a group, notes left to the code groups at the end.
 */
export function findingGroups(ev: WorkbookEvaluation | null, by: GroupBy, shown: Readonly<Record<Severity, boolean>>): FindingGroup[] {
  if (!ev) return [];
  const visible = (f: Finding) => shown[f.severity];
  if (by === 'code') return byCode(ev.findings.filter(visible), '');
  const groups: FindingGroup[] = [];
  const notes: Finding[] = [];
  const take = (list: readonly Finding[]) => {
    const out: Finding[] = [];
    for (const f of list) if (visible(f)) (f.severity === 'info' ? notes : out).push(f);
    return out.sort(compareFindings);
  };
  for (const s of ev.sheets) {
    const own = take(s.findings);
    if (own.length) groups.push(group(`sheet:${s.sheet}`, { kind: 'sheet', sheet: s.sheet }, own, false));
    for (const f of s.forms) {
      const list = take(f.findings);
      if (!list.length) continue;
      const head: GroupHead = { kind: 'form', sheet: f.form.sheet, project: f.form.project ?? null, range: f.form.range };
      groups.push(group(`form:${f.form.sheet}!${f.form.range}`, head, list, false));
    }
  }
  return [...groups, ...byCode(notes, 'notes:')];
}

/**
 * The groups as drawn: collapsed ones show their head only; open ones at most `budget` findings in
 * all (the rest behind 「再显示」). `hidden`: findings of open groups left out by the budget.
 */
export function visibleFindings(groups: readonly FindingGroup[], open: (g: FindingGroup) => boolean, budget: number): { groups: { group: FindingGroup; open: boolean; findings: Finding[] }[]; hidden: number } {
  let left = budget;
  let hidden = 0;
  const out = groups.map((g) => {
    const isOpen = open(g);
    if (!isOpen) return { group: g, open: false, findings: [] };
    const findings = g.findings.slice(0, Math.max(0, left));
    hidden += g.findings.length - findings.length;
    left -= findings.length;
    return { group: g, open: true, findings };
  });
  return { groups: out, hidden };
}
