/**
 * The words of the draft 复核意见 (./draft), zh-CN and en-US side by side. The draft written into
 * 「复核记录」 is always Chinese (the sheet belongs to the workbook); the pane may show either.
 */
import type { Lang } from '../messages';

export interface DraftWords {
  opening: (self: string, review: string, diff: string) => string;
  openingSame: (self: string) => string;
  gradeChanged: (from: string, to: string) => string;
  gradeKept: (grade: string) => string;
  changesHead: (n: number) => string;
  change: (n: number, name: string, self: string, review: string, delta: string) => string;
  reason: (comment: string) => string;
  becauseOf: (problems: string) => string;
  moreChanges: (n: number) => string;
  problemsHead: (errors: number, warnings: number) => string;
  problem: (title: string, count: number, cells: string) => string;
  noProblems: string;
  accepted: string;
  sep: string;
  end: string;
}

export const DRAFT_TEXT: Record<Lang, DraftWords> = {
  'zh-CN': {
    opening: (self, review, diff) => `经复核，该项目自评总分 ${self} 分，复核总分 ${review} 分，差异 ${diff} 分`,
    openingSame: (self) => `经复核，该项目自评总分 ${self} 分，复核未作调整`,
    gradeChanged: (from, to) => `，评价等级由「${from}」调整为「${to}」。`,
    gradeKept: (grade) => `，评价等级「${grade}」不变。`,
    changesHead: (n) => `复核调整 ${n} 项：`,
    change: (n, name, self, review, delta) => `${n}.「${name}」自评 ${self} 分，复核 ${review} 分（${delta}）`,
    reason: (comment) => `，复核意见：${comment}`,
    becauseOf: (problems) => `，自评表问题：${problems}`,
    moreChanges: (n) => `另有 ${n} 项调整见明细。`,
    problemsHead: (errors, warnings) => `自评表存在错误 ${errors} 处、需关注 ${warnings} 处：`,
    problem: (title, count, cells) => `${title} ${count} 处（${cells}）`,
    noProblems: '自评表未发现规则性错误。',
    accepted: '同意自评结果。',
    sep: '；',
    end: '。',
  },
  'en-US': {
    opening: (self, review, diff) => `Reviewed: self-evaluation total ${self}, review total ${review}, difference ${diff}`,
    openingSame: (self) => `Reviewed: self-evaluation total ${self}, no score changed`,
    gradeChanged: (from, to) => `; the grade changes from ${from} to ${to}. `,
    gradeKept: (grade) => `; the grade stays ${grade}. `,
    changesHead: (n) => `${n} scores changed: `,
    change: (n, name, self, review, delta) => `${n}. "${name}" ${self} → ${review} (${delta})`,
    reason: (comment) => `, reviewer: ${comment}`,
    becauseOf: (problems) => `, form problems: ${problems}`,
    moreChanges: (n) => `${n} more changes in the detail. `,
    problemsHead: (errors, warnings) => `The form has ${errors} errors and ${warnings} warnings: `,
    problem: (title, count, cells) => `${title} ×${count} (${cells})`,
    noProblems: 'No rule errors found on the form. ',
    accepted: 'The self-evaluation is accepted.',
    sep: '; ',
    end: '. ',
  },
};
