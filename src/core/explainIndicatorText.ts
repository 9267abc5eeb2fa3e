/**
 * The sentences of an indicator's 「说明」 (./explainIndicator) in one language, words from the
 * explain table (./explainText). `rule`: the rule's arithmetic and what counts (the one-line
 * 「说明」 of a change list); `full`: also what 按规则评分 would write (the pane's indicator list).
 */
import { Decimal, format2, gt } from './decimal';
import type { IndicatorExplanation } from './explainIndicator';
import { explainText, SENTENCE_SEPARATOR } from './explainText';
import type { Tier } from './indicator';
import type { Lang } from './messages';

const n = (d: Decimal | null): string => (d ?? '').toString(); // as written on the sheet
const f2 = (d: Decimal | null): string => (d ? format2(d) : '');

export type ExplainDetail = 'rule' | 'full';

/** The tier word (达成 / met …): the UI's translation; the sheet's own text stays as written. */
export function tierName(tier: Tier, lang: Lang): string {
  return explainText(lang, `tier_${tier}`)();
}

/** 定量 · 正向, 定性 · 达成 …: the short tag of an indicator in the pane's list. */
export function indicatorTag(x: IndicatorExplanation, lang: Lang): string {
  const kind = explainText(lang, `kind_${x.kind}`)();
  if (x.direction) return `${kind} · ${explainText(lang, `direction_${x.direction}`)()}`;
  return x.tier ? `${kind} · ${tierName(x.tier, lang)}` : kind;
}

function ruleLine(x: IndicatorExplanation, lang: Lang): string {
  const say = <K extends Parameters<typeof explainText>[1]>(key: K) => explainText(lang, key);
  const { target: t, actual: a, ratio, weight: w, raw } = x.figures;
  const d = x.direction === 'equal' ? say('dir_equal')() : x.direction ? say(`dir_${x.direction}`)(x.comparator ?? '') : '';
  const s = f2(raw);
  const r = f2(ratio);
  switch (x.case) {
    case 'full': return say('full')(d, n(a), n(t), s);
    case 'zeroTarget': return say('zeroTarget')(d, n(a), s);
    case 'ratio': return say('ratio')(d, n(a), n(t), r, f2(w), s);
    case 'reverseFull': return say('reverseFull')(d, n(a), n(t), s);
    case 'reverseNoTarget': return say('reverseNoTarget')(d, n(t), n(a), s);
    case 'reverseRatio': return say('reverseRatio')(d, n(t), n(a), r, f2(w), s);
    case 'reverseLinear': return say('reverseLinear')(d, n(a), n(t), r, f2(w), s);
    case 'tier': {
      const tier = tierName(x.tier as Tier, lang);
      return say('tier')(x.actualText, tier, f2(x.figures.low), f2(x.figures.high), x.figures.highInclusive ? ']' : ')');
    }
    case 'unclassified': return say('unclassified')(x.actualText);
    case 'actualBlank': return say('actualBlank')();
    case 'noWeight': return say('noWeight')();
    case 'unreadable': return say('unreadable')();
  }
}

/** What counts in 总分: the sheet's score, capped (R5), or the rule score under 按规则评分. */
function countedLines(x: IndicatorExplanation, lang: Lang): string[] {
  const say = <K extends Parameters<typeof explainText>[1]>(key: K) => explainText(lang, key);
  const { weight: w, score, counted } = x.figures;
  if (x.case === 'unreadable' || counted === null) return [];
  if (x.scoredByRule) return [say('countedByRule')(f2(counted))];
  const out: string[] = [];
  if (x.cap) {
    const capped = x.cap.kind === 'overWeight' ? say('capOver')(f2(x.cap.from), f2(w), f2(x.cap.to)) : say('capNegative')(f2(x.cap.from), f2(x.cap.to));
    out.push(capped, x.cap.written ? say('capWritten')(f2(x.cap.to)) : say('capFormula')());
  } else if (score === null) out.push(say('scoreBlank')());
  else out.push(w === null ? say('sheetScoreNoWeight')(f2(score)) : say('sheetScore')(f2(score), f2(w)));
  if (x.outOfBand) out.push(say('outOfBand')(f2(counted)));
  if (x.fullNotMet) out.push(say('fullNotMet')());
  return out;
}

function byRuleLine(x: IndicatorExplanation, lang: Lang): string {
  const say = <K extends Parameters<typeof explainText>[1]>(key: K) => explainText(lang, key);
  const { outcome, before, value } = x.byRule;
  switch (outcome) {
    case 'write': return before === null ? say('byRuleWriteBlank')(f2(value)) : say('byRuleWrite')(f2(value), f2(before));
    case 'same': return say('byRuleSame')(f2(value));
    case 'qualitative': return say('byRuleQualitative')();
    case 'noWeight': return say('byRuleNoWeight')();
    case 'unreadable': return say('byRuleUnreadable')();
    case 'formula': return say('byRuleFormula')(f2(value));
    case 'noScoreCell': return say('byRuleNoScoreCell')(f2(value));
  }
}

/** The sentences of `x`, in order. */
export function indicatorSentences(x: IndicatorExplanation, lang: Lang, detail: ExplainDetail = 'full'): string[] {
  const say = <K extends Parameters<typeof explainText>[1]>(key: K) => explainText(lang, key);
  const first = [ruleLine(x, lang)];
  if (x.figures.negativeActual) first.unshift(say('negativeActual')(n(x.figures.negativeActual)));
  const { raw, rule } = x.figures;
  if (raw && rule && gt(raw, rule)) first.push(say('ruleCap')(f2(raw), f2(rule)));
  const lines = [...first, ...countedLines(x, lang)];
  if (detail === 'full') lines.push(byRuleLine(x, lang));
  return lines;
}

/** The explanation as one text. */
export function indicatorText(x: IndicatorExplanation, lang: Lang, detail: ExplainDetail = 'full'): string {
  return indicatorSentences(x, lang, detail).join(SENTENCE_SEPARATOR[lang]);
}
