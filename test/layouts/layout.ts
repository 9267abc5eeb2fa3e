/**
 * The axes a generated form's layout is mixed from (README.md lists what each mimics). A Layout
 * is plain data, so fast-check prints a failing one in full; rendering is a pure function of it.
 */
import fc from 'fast-check';
import { Outputs } from './seed';

export interface Labels {
  weight: string;
  score: string;
  actual: string;
  target: string;
  deviation: string;
  goal: string;
}

export interface Layout {
  /** Indicator-table columns beyond the seed's. */
  nature: null | '指标性质' | '指标类型';
  /** 指标方向: an = target reads 正向 (`positive`) or stays blank (`blank`). */
  direction: null | 'positive' | 'blank';
  /** plain: `≥90.00(%)` in one cell; unitColumn: 计量单位 apart; split: 指标性质 | 指标值 | 度量单位. */
  target: 'plain' | 'unitColumn' | 'split';
  /** A number separated from its unit is written as a number (else as its text, `90.00`). */
  bareNumbers: boolean;
  criteria: boolean;
  completion: boolean;
  remark: null | 'blank' | 'text';
  /** Where each extra column goes among the columns after 三级指标 (taken modulo the slots). */
  slots: number[];
  /** 偏差原因 over two merged columns, as the seed. */
  deviationWide: boolean;
  labels: Labels;
  /** Budget block. */
  yuan: null | 'header' | 'above';
  /** 当年财政拨款 split into 一般公共预算 + 政府性基金预算: all in the first, or ‰ of each amount in the second. */
  children: null | 'whole' | number;
  unitOwn: boolean;
  rateRow: null | 'first' | 'last';
  /** Surroundings. */
  title: 'oneRow' | 'twoRows';
  attachment: boolean;
  filler: null | 'rows' | 'oneRow';
  contacts: boolean;
  signatures: boolean;
  note: boolean;
  /** The indicator header once more after ‰ of the indicator rows. */
  repeatHeader: null | number;
  /** Blank rows above / columns left of the form. */
  offset: [number, number];
  /** SUM formulas (with their results) in input cells: the total row's amounts, 总分's 分值. */
  formulas: boolean;
  outputs: Outputs;
}

export const SEED_LABELS: Labels = {
  weight: '分值',
  score: '得分',
  actual: '实际完成值',
  target: '年度指标值',
  deviation: '偏差原因分析及改进措施',
  goal: '年度总体目标',
};

/** The seed layout: every axis off. */
export const SEED_LAYOUT: Layout = {
  nature: null,
  direction: null,
  target: 'plain',
  bareNumbers: false,
  criteria: false,
  completion: false,
  remark: null,
  slots: [0, 0, 0, 0, 0, 0],
  deviationWide: true,
  labels: SEED_LABELS,
  yuan: null,
  children: null,
  unitOwn: false,
  rateRow: null,
  title: 'twoRows',
  attachment: false,
  filler: null,
  contacts: false,
  signatures: false,
  note: false,
  repeatHeader: null,
  offset: [0, 0],
  formulas: false,
  outputs: 'printed',
};

/** A sheet: one form, or two side by side (`sideBySide`). Projects are indexes into PROJECTS. */
export interface SheetLayout {
  forms: { project: number; layout: Layout }[];
}

export const SYNONYMS: { [K in keyof Labels]: readonly string[] } = {
  weight: ['分值', '权重', '分数'],
  score: ['得分', '自评得分'],
  actual: ['实际完成值', '完成值', '全年实际完成值'],
  target: ['年度指标值', '指标值', '年度目标值'],
  deviation: ['偏差原因分析及改进措施', '未完成原因分析', '偏差原因', '原因分析'],
  goal: ['年度总体目标', '年度目标', '总体目标'],
};

const labelsArb: fc.Arbitrary<Labels> = fc.record({
  weight: fc.constantFrom(...SYNONYMS.weight),
  score: fc.constantFrom(...SYNONYMS.score),
  actual: fc.constantFrom(...SYNONYMS.actual),
  target: fc.constantFrom(...SYNONYMS.target),
  deviation: fc.constantFrom(...SYNONYMS.deviation),
  goal: fc.constantFrom(...SYNONYMS.goal),
});

/** Each axis on or off independently, half the time each. */
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null, freq: 2 });

export const layoutArb: fc.Arbitrary<Layout> = fc.record({
  nature: maybe(fc.constantFrom('指标性质' as const, '指标类型' as const)),
  direction: maybe(fc.constantFrom('positive' as const, 'blank' as const)),
  target: fc.constantFrom('plain' as const, 'unitColumn' as const, 'split' as const),
  bareNumbers: fc.boolean(),
  criteria: fc.boolean(),
  completion: fc.boolean(),
  remark: maybe(fc.constantFrom('blank' as const, 'text' as const)),
  slots: fc.array(fc.nat({ max: 9 }), { minLength: 6, maxLength: 6 }),
  // shrinks towards the seed: wide, two title rows
  deviationWide: fc.boolean().map((b) => !b),
  labels: fc.oneof(fc.constant(SEED_LABELS), labelsArb),
  yuan: maybe(fc.constantFrom('header' as const, 'above' as const)),
  children: maybe(fc.oneof(fc.constant('whole' as const), fc.integer({ min: 1, max: 999 }))),
  unitOwn: fc.boolean(),
  rateRow: maybe(fc.constantFrom('first' as const, 'last' as const)),
  title: fc.constantFrom('twoRows' as const, 'oneRow' as const),
  attachment: fc.boolean(),
  filler: maybe(fc.constantFrom('rows' as const, 'oneRow' as const)),
  contacts: fc.boolean(),
  signatures: fc.boolean(),
  note: fc.boolean(),
  repeatHeader: maybe(fc.integer({ min: 1, max: 999 })),
  offset: fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 3 })),
  formulas: fc.boolean(),
  outputs: fc.constantFrom('printed' as const, 'blank' as const),
});

/** One form (usually) or two projects side by side, each with a layout of its own. */
export function sheetArb(projectCount: number): fc.Arbitrary<SheetLayout> {
  const project = fc.nat({ max: projectCount - 1 });
  return fc
    // side by side one time in four: it should not hide what the other axes do
    .tuple(project, layoutArb, fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.nat({ max: projectCount - 2 }), layoutArb) }))
    .map(([p, layout, second]) => ({
      forms: second ? [{ project: p, layout }, { project: (p + 1 + second[0]) % projectCount, layout: second[1] }] : [{ project: p, layout }],
    }));
}
