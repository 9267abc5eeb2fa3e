'use strict';
/**
 * Deterministic synthetic 项目支出绩效自评表 for the benchmark, laid out exactly as
 * test/support/buildForm.ts lays out the fixture's forms (9 columns, same rows, same merges):
 * title, (年度), 项目名称, 主管部门/实施单位, the budget header 年初预算数/全年预算数/全年执行数/分值/执行率(%)/得分,
 * 4 fund rows, 年度总体目标 (2 rows), the indicator header 一级指标…偏差原因分析及改进措施, N indicators
 * (≥ / ≤ / = quantitative and qualitative), 总分, 评分等级.
 *
 * Plain CommonJS (no TypeScript): the benchmark runs against the compiled core in dist/.
 */
const Decimal = require('decimal.js');

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const round2 = (d) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** mulberry32: seeded PRNG in [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function columnName(col) {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/col to A1. */
function toA1(row, col) {
  return columnName(col) + String(row + 1);
}

const LEVELS = [
  ['成本指标', '经济成本指标'],
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['效益指标', '社会效益指标'],
  ['效益指标', '可持续影响指标'],
  ['满意度指标', '服务对象满意度指标'],
];

/**
 * One indicator row [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因] with its weight.
 * Kinds rotate through ≥ / ≤ / = quantitative and qualitative; most are fully met.
 */
function indicator(rnd, i, weight) {
  const [l1, l2] = LEVELS[Math.min(LEVELS.length - 1, Math.floor((i * LEVELS.length) / 20))];
  const w = new D(weight);
  const met = rnd() < 0.85;
  switch (i % 4) {
    case 0: {
      const target = 80 + Math.floor(rnd() * 20);
      const actual = met ? target + Math.floor(rnd() * 10) : Math.floor(target * (0.5 + rnd() * 0.4));
      const score = met ? w : round2(new D(actual).div(target).times(w));
      return [[l1, l2, `覆盖率${i + 1}`, `≥${target}.00(%)`, `${actual}.00(%)`, weight, Number(score), met ? '' : '部分区域未覆盖，下年度加强'], score];
    }
    case 1: {
      const target = 1 + Math.floor(rnd() * 10);
      const actual = met ? target : target + 1 + Math.floor(rnd() * 5);
      const score = met ? w : round2(new D(target).div(actual).times(w));
      return [[l1, l2, `办结时间${i + 1}`, `≤${target}.00(工作日)`, `${actual}.00(工作日)`, weight, Number(score), met ? '' : '流程较长'], score];
    }
    case 2: {
      const target = 1 + Math.floor(rnd() * 50);
      const actual = met ? target : Math.floor(target * rnd());
      const score = met ? w : round2(new D(actual).div(target).times(w));
      return [[l1, l2, `完成数量${i + 1}`, `=${target}.00(个)`, `${actual}.00(个)`, weight, Number(score), met ? '' : '部分未完成'], score];
    }
    default: {
      const partial = !met;
      const score = partial ? round2(w.times('0.7')) : w;
      return [[l1, l2, `工作成效${i + 1}`, '有效改善', partial ? '部分达成指标并具有一定效果' : '达成指标', weight, Number(score), partial ? '效果有待提升' : ''], score];
    }
  }
}

/**
 * One form as rows + merges (form-relative, 0-based), like buildForm(). Output cells hold the
 * right figures most of the time, and stale or empty ones now and then (as real forms do).
 */
function makeForm(rnd, index, indicatorCount = 20) {
  const rows = [];
  const merges = [];
  const push = (r) => rows.push([...r, ...new Array(9).fill(null)].slice(0, 9));
  push(['项目支出绩效自评表']);
  merges.push([0, 0, 0, 8]);
  push(['(2024年度)']);
  merges.push([1, 0, 1, 8]);
  push(['项目名称', null, `合成项目${index + 1}(专项经费)`]);
  merges.push([2, 0, 2, 1], [2, 2, 2, 8]);
  push(['主管部门', null, '某区某镇人民政府', null, null, '实施单位', `某中心${(index % 37) + 1}`]);
  merges.push([3, 0, 3, 1], [3, 2, 3, 4], [3, 6, 3, 8]);
  const headerRow = rows.length;
  push(['项目资金\n(万元)', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率(%)', '得分', '']);

  // Funds in cents: total = current + carry + other for every amount column.
  const cents = (max) => Math.floor(rnd() * max);
  const parts = {
    current: [cents(5e6), 0, 0],
    carry: [rnd() < 0.2 ? cents(5e5) : 0, 0, 0],
    other: [rnd() < 0.3 ? cents(5e5) : 0, 0, 0],
  };
  for (const k of Object.keys(parts)) {
    const p = parts[k];
    p[1] = p[0] + (rnd() < 0.5 ? 0 : cents(1e5));
    p[2] = p[1] === 0 ? 0 : Math.floor(p[1] * (0.7 + rnd() * 0.3));
  }
  const total = [0, 1, 2].map((j) => parts.current[j] + parts.carry[j] + parts.other[j]);
  const amounts = { total, ...parts };
  const rateOf = (p) => (p[1] === 0 ? new D(0) : round2(new D(p[2]).div(p[1]).times(100)));
  const budgetWeight = new D(10);
  const totalRate = rateOf(total);
  const budgetScore = D.min(round2(totalRate.times(budgetWeight).div(100)), budgetWeight);
  const labels = { total: '年度资金总额', current: '其中：当年财政拨款', carry: '上年结转资金', other: '其他资金' };
  const stale = rnd() < 0.1;
  for (const k of ['total', 'current', 'carry', 'other']) {
    const a = amounts[k].map((c) => c / 100);
    const rate = rateOf(amounts[k]);
    const shownRate = stale && k === 'total' ? Number(rate.minus('0.01')) : rnd() < 0.05 ? null : Number(rate);
    const isTotal = k === 'total';
    push([null, labels[k], a[0], a[1], a[2], isTotal ? 10 : '-', shownRate, isTotal ? Number(budgetScore) : '-', '']);
  }
  merges.push([headerRow, 0, rows.length - 1, 0]);
  push(['年度总体目标', '预期目标', null, null, null, '实际完成情况']);
  push([null, `保障第${index + 1}号项目年度工作任务顺利完成。`, null, null, null, '已按计划完成年度工作任务。']);
  merges.push([rows.length - 2, 0, rows.length - 1, 0], [rows.length - 2, 1, rows.length - 2, 4], [rows.length - 2, 5, rows.length - 2, 8], [rows.length - 1, 1, rows.length - 1, 4], [rows.length - 1, 5, rows.length - 1, 8]);
  push(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  merges.push([rows.length - 1, 7, rows.length - 1, 8]);

  // Weights: 90 split over the indicators in whole cents.
  const base = Math.floor(9000 / indicatorCount);
  const weights = Array.from({ length: indicatorCount }, (_, i) => (base + (i < 9000 - base * indicatorCount ? 1 : 0)) / 100);
  let sum = budgetScore;
  let prev1 = '';
  let prev2 = '';
  let start1 = rows.length;
  let start2 = rows.length;
  for (let i = 0; i < indicatorCount; i++) {
    const [[l1, l2, name, target, actual, weight, score, dev], counted] = indicator(rnd, i, weights[i]);
    sum = sum.plus(counted);
    const r = rows.length;
    const new1 = l1 !== prev1;
    const new2 = new1 || l2 !== prev2;
    if (new1 && r - 1 > start1) merges.push([start1, 0, r - 1, 0]);
    if (new2 && r - 1 > start2) merges.push([start2, 1, r - 1, 1]);
    if (new1) start1 = r;
    if (new2) start2 = r;
    push([new1 ? l1 : null, new2 ? l2 : null, name, target, actual, weight, score, dev || null]);
    merges.push([r, 7, r, 8]);
    prev1 = l1;
    prev2 = l2;
  }
  if (rows.length - 1 > start1) merges.push([start1, 0, rows.length - 1, 0]);
  if (rows.length - 1 > start2) merges.push([start2, 1, rows.length - 1, 1]);
  const totalRow = rows.length;
  const grade = sum.gte(90) ? '优' : sum.gte(80) ? '良' : sum.gte(60) ? '中' : '差';
  push(['总分', null, null, null, null, 100, rnd() < 0.05 ? null : Number(sum)]);
  merges.push([totalRow, 0, totalRow, 4], [totalRow, 7, totalRow, 8]);
  push(['评分等级', null, grade]);
  merges.push([totalRow + 1, 0, totalRow + 1, 1], [totalRow + 1, 2, totalRow + 1, 8]);
  return { rows, merges, totalScore: Number(sum), grade };
}

/** A form placed at A1 of its own sheet, as the core's Grid (values in merge top-lefts only). */
function gridOfForm(sheet, form) {
  return {
    sheet,
    origin: 'A1',
    values: form.rows.map((r) => r.slice()),
    merges: form.merges.map(([r1, c1, r2, c2]) => `${toA1(r1, c1)}:${toA1(r2, c2)}`),
  };
}

function sheetName(i) {
  return `项目${String(i + 1).padStart(5, '0')}`;
}

/** `count` synthetic forms, one per Grid. Same seed, same grids. */
function syntheticGrids(count, { indicators = 20, seed = 20240101 } = {}) {
  const rnd = prng(seed);
  const grids = [];
  for (let i = 0; i < count; i++) grids.push(gridOfForm(sheetName(i), makeForm(rnd, i, indicators)));
  return grids;
}

/** An ExcelJS workbook with `count` sheets, one synthetic form each (values, merges, formats). */
function syntheticWorkbook(ExcelJS, count, { indicators = 20, seed = 20240202 } = {}) {
  const rnd = prng(seed);
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  const border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  for (let i = 0; i < count; i++) {
    const form = makeForm(rnd, i, indicators);
    const ws = wb.addWorksheet(sheetName(i));
    [12, 14, 24, 14, 14, 10, 10, 16, 16].forEach((w, c) => (ws.getColumn(c + 1).width = w));
    for (const [r1, c1, r2, c2] of form.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
    form.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        if (v !== null && !(cell.isMerged && cell.master !== cell)) cell.value = v;
        if (r >= 2) cell.border = border;
        if (typeof v === 'number') cell.numFmt = '0.00';
      });
    });
  }
  return wb;
}

module.exports = { prng, toA1, makeForm, gridOfForm, syntheticGrids, syntheticWorkbook, sheetName };
