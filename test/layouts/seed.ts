/**
 * The seed data (test/fixtures/anting-2024.json) and what the seed layout shows of it: output
 * cells as published, or blank. Figures are derived here in integer hundredths, independently
 * of the engine, wherever the generator needs one (rates of rows the seed does not print).
 */
import * as path from 'path';
import { FormSpec, IndicatorSpec } from '../support/buildForm';

export type SeedFundKind = 'total' | 'current' | 'carry' | 'other';
export const SEED_FUND_KINDS: readonly SeedFundKind[] = ['total', 'current', 'carry', 'other'];
export type Triple = [number, number, number];
/** [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因] */
export type SeedIndicator = [string, string, string, string, string, number, number, string];

export interface SeedProject {
  id: number;
  name: string;
  funds: Record<SeedFundKind, Triple>;
  printed: { rate: string; budgetScore: string; total: string; grade: string; currentRate?: string; otherRate?: string };
  goal: string;
  achieved: string;
  indicators: SeedIndicator[];
}

interface SeedFile {
  year: number;
  department: string;
  unit: string;
  projects: SeedProject[];
}

const data = require(path.join(__dirname, '..', 'fixtures', 'anting-2024.json')) as SeedFile;

export const PROJECTS: readonly SeedProject[] = data.projects;
export const DEPARTMENT = data.department;
export const UNIT = data.unit;
/** The seed forms' 执行率 分值 (every published form has 10). */
export const BUDGET_WEIGHT = 10;

/** printed: the output cells hold the published figures; blank: they are empty. */
export type Outputs = 'printed' | 'blank';

/** An amount in hundredths (the seed's amounts have at most two decimals). */
export const centsOf = (amount: number): number => Math.round(amount * 100);

/** Hundredths as two-decimal text. */
export function centsText(c: number): string {
  const s = String(Math.abs(c)).padStart(3, '0');
  return `${c < 0 ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** R1 in integers: 全年执行数 ÷ 全年预算数 × 100, half up to 2 dp; 0 ÷ 0 = 0.00; null when not computable. */
export function rateOf(annualCents: number, executedCents: number): string | null {
  if (annualCents === 0) return executedCents === 0 ? '0.00' : null;
  const num = BigInt(executedCents) * 10000n;
  const den = BigInt(annualCents);
  return centsText(Number((num * 2n + den) / (2n * den)));
}

export interface SeedOutputs {
  rates: Record<SeedFundKind, number | null>;
  budgetScore: number | null;
  totalScore: number | null;
  grade: string | null;
}

/** The output cells as the published form shows them (rates it does not print: as computed). */
export function seedOutputs(p: SeedProject, outputs: Outputs): SeedOutputs {
  if (outputs === 'blank') return { rates: { total: null, current: null, carry: null, other: null }, budgetScore: null, totalScore: null, grade: null };
  const computed = (k: SeedFundKind) => {
    const r = rateOf(centsOf(p.funds[k][1]), centsOf(p.funds[k][2]));
    return r === null ? null : Number(r);
  };
  const rates = {
    total: Number(p.printed.rate),
    current: p.printed.currentRate !== undefined ? Number(p.printed.currentRate) : computed('current'),
    carry: computed('carry'),
    other: p.printed.otherRate !== undefined ? Number(p.printed.otherRate) : computed('other'),
  };
  return { rates, budgetScore: Number(p.printed.budgetScore), totalScore: Number(p.printed.total), grade: p.printed.grade };
}

/** The same data for test/support/buildForm, i.e. in the seed layout (the reference). */
export function seedSpec(p: SeedProject, outputs: Outputs): FormSpec {
  const o = seedOutputs(p, outputs);
  return {
    project: p.name,
    funds: { ...p.funds },
    rates: o.rates,
    budgetWeight: BUDGET_WEIGHT,
    budgetScore: o.budgetScore,
    indicators: p.indicators.map((r) => [...r] as IndicatorSpec),
    totalWeight: 100,
    totalScore: o.totalScore,
    grade: o.grade,
  };
}

/** A target or actual as the seed writes it: `≥90.00(%)`, `100.00(%)`, `=100%`; null for text. */
export interface Measure {
  cmp: string;
  number: string;
  unit: string;
}

const MEASURE_RE = /^(≥|≤|=|>|<)?(\d+(?:\.\d+)?)(?:\((.*)\)|(%))?$/;

export function measureOf(text: string): Measure | null {
  const m = MEASURE_RE.exec(text);
  return m ? { cmp: m[1] ?? '', number: m[2], unit: m[3] ?? m[4] ?? '' } : null;
}

/** 正向/反向 of a comparator (null: = or none). */
export function directionOf(cmp: string): '正向' | '反向' | null {
  if (cmp === '≥' || cmp === '>') return '正向';
  if (cmp === '≤' || cmp === '<') return '反向';
  return null;
}
