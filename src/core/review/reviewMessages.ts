/**
 * Messages of the review's findings (issue 14): a part of messages.ts's table, zh-CN and en-US
 * side by side. They are about a row of 「复核记录」 (or, REVIEW_ROW_MISSING, a cell of a form).
 */
import type { ParamValue } from '../findings';

type Params = Record<string, ParamValue>;
type Template = (p: Params) => string;

const s = (v: ParamValue | undefined): string => (v === null || v === undefined ? '' : String(v));
const project = (p: Params, zh: boolean) => (p.project ? (zh ? `「${s(p.project)}」` : `"${s(p.project)}"`) : zh ? '该表' : 'the form');

export type ReviewCode = 'REVIEW_SCORE_OVER_WEIGHT' | 'REVIEW_GRADE_CHANGED' | 'REVIEW_TOTAL_DIFFERS' | 'REVIEW_STALE' | 'REVIEW_ROW_MISSING';

export const REVIEW_MESSAGES: Record<ReviewCode, [Template, Template]> = {
  REVIEW_SCORE_OVER_WEIGHT: [
    (p) => (p.reason === 'negative' ? `「${s(p.name)}」的复核得分 ${s(p.score)} 为负数，按 0 分计` : `「${s(p.name)}」的复核得分 ${s(p.score)} 超过分值 ${s(p.weight)}，按分值计`),
    (p) => (p.reason === 'negative' ? `the review score ${s(p.score)} of "${s(p.name)}" is negative; 0 is counted` : `the review score ${s(p.score)} of "${s(p.name)}" exceeds its weight ${s(p.weight)}; the weight is counted`),
  ],
  REVIEW_GRADE_CHANGED: [
    (p) => `${project(p, true)}复核等级为「${s(p.reviewGrade)}」（复核总分 ${s(p.reviewTotal)}），自评为「${s(p.selfGrade)}」（${s(p.selfTotal)}）`,
    (p) => `${project(p, false)}: the review grade is ${s(p.reviewGrade)} (${s(p.reviewTotal)}), the self-evaluation's ${s(p.selfGrade)} (${s(p.selfTotal)})`,
  ],
  REVIEW_TOTAL_DIFFERS: [
    (p) => `${project(p, true)}复核总分 ${s(p.reviewTotal)} 与自评总分 ${s(p.selfTotal)} 相差 ${s(p.difference)} 分（阈值 ${s(p.threshold)}）`,
    (p) => `${project(p, false)}: the review total ${s(p.reviewTotal)} differs from the self-evaluation's ${s(p.selfTotal)} by ${s(p.difference)} (threshold ${s(p.threshold)})`,
  ],
  REVIEW_STALE: [
    (p) =>
      p.reason === 'duplicate'
        ? `复核记录中 ${s(p.sheet)}!${s(p.cell)} 有重复行，只计入第一行`
        : p.reason === 'notScoreCell'
        ? `复核记录指向的 ${s(p.sheet)}!${s(p.cell)} 已不是自评表的得分单元格；请刷新复核记录`
        : `${s(p.sheet)}!${s(p.cell)} 的自评得分已由 ${s(p.recorded) || '（空）'} 变为 ${s(p.current) || '（空）'}；请刷新复核记录`,
    (p) =>
      p.reason === 'duplicate'
        ? `the review record has more than one row for ${s(p.sheet)}!${s(p.cell)}; only the first counts`
        : p.reason === 'notScoreCell'
        ? `${s(p.sheet)}!${s(p.cell)}, named by the review record, is no longer a score cell of a form; refresh the record`
        : `the self score at ${s(p.sheet)}!${s(p.cell)} changed from ${s(p.recorded) || '(blank)'} to ${s(p.current) || '(blank)'}; refresh the record`,
  ],
  REVIEW_ROW_MISSING: [
    (p) => `「${s(p.name)}」在${s(p.record) || '复核记录'}中没有对应行；刷新复核记录后可填写复核得分`,
    (p) => `"${s(p.name)}" has no row in ${s(p.record) || 'the review record'}; refresh the record to review it`,
  ],
};

export const REVIEW_TITLES: Record<ReviewCode, readonly [string, string]> = {
  REVIEW_SCORE_OVER_WEIGHT: ['复核得分超过分值', 'Review scores over their weight'],
  REVIEW_GRADE_CHANGED: ['复核改变了评分等级', 'Grades changed by the review'],
  REVIEW_TOTAL_DIFFERS: ['复核总分与自评相差较大', 'Review totals far from the self-evaluation'],
  REVIEW_STALE: ['复核记录已过时', 'Review record out of date'],
  REVIEW_ROW_MISSING: ['复核记录缺少行', 'Items missing from the review record'],
};
