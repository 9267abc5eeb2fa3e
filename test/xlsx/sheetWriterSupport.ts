/** Shared by the sheet writer's tests: a results-like SheetSpec, package checks, XML well-formedness. */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import JSZip from 'jszip';
import type { SheetSpec, SpecCell } from '../../src/core/sheetSpec';
import { resolveTarget } from '../../src/xlsx/packageMap';

export const SIGNATURE = '由「绩效自评助手」生成，重新生成时整表覆盖，请勿在此表中填写内容';
export const RESULTS = '绩效自评结果';

/** The fixture's seven forms (sheets 2–8 of test/fixtures/anting-2024.xlsx). */
export const PROJECT_SHEETS = [
  '安亭城运日常运行费用',
  '一网统管网格案件应急处置费',
  '誉本建材市场综合整治安保费',
  '联勤队伍组建',
  '司法调解员费',
  '封闭式住宅小区智能安防设施二期',
  '安亭镇城市运行一网统管平台+安亭镇城运分中心平台开发建设',
];

export const BUDGET = ['100.00', '250.50', '80.00', '1200.00', '36.00', '500.00', '999.99'];
export const EXECUTED = ['95.00', '250.50', '40.00', '1100.00', '36.00', '0.00', '1000.10'];
export const RATE = ['95.00', '100.00', '50.00', '91.67', '100.00', '0.00', '100.01'];
export const SCORE = ['98.50', '100.00', '72.25', '95.00', '99.00', '60.00', '88.80'];

const text = (cell: string, t: string, style: SpecCell['style'], link?: SpecCell['link']): SpecCell => ({ cell, value: { type: 'text', text: t }, style, ...(link ? { link } : {}) });
const num = (cell: string, t: string, style: SpecCell['style']): SpecCell => ({ cell, value: { type: 'number', text: t }, style });
const blank = (cell: string, style: SpecCell['style']): SpecCell => ({ cell, value: { type: 'blank', text: '' }, style });

/**
 * Title A1, signature A2, headers in row 3, the seven forms in rows 4–10 (a link to each form's
 * sheet in column B; G4 is `=abc`, text), totals in row 11, a chart of 总分 and 执行率 over I3:S22.
 */
export function resultsSpec(name = RESULTS): SheetSpec {
  const headers = ['项目名称', '工作表', '全年预算数', '全年执行数', '执行率(%)', '总分', '备注'];
  const cells: SpecCell[] = [text('A1', `${name}（共 7 个项目）`, 'title'), text('A2', SIGNATURE, 'note')];
  headers.forEach((h, j) => cells.push(text(`${'ABCDEFG'[j]}3`, h, 'header')));
  PROJECT_SHEETS.forEach((sheet, i) => {
    const r = i + 4;
    cells.push(text(`A${r}`, `项目${i + 1}`, 'body'), text(`B${r}`, sheet, 'body', { sheet, cell: 'A1' }));
    cells.push(num(`C${r}`, BUDGET[i], 'body'), num(`D${r}`, EXECUTED[i], 'body'), num(`E${r}`, RATE[i], 'body'), num(`F${r}`, SCORE[i], 'body'));
    cells.push(i === 0 ? text('G4', '=abc', 'body') : i === 1 ? text('G5', ' 前后有空格 & <尖括号> ', 'body') : blank(`G${r}`, 'body'));
  });
  cells.push(text('A11', '合计', 'total'), blank('B11', 'total'), num('C11', '3166.49', 'total'), num('D11', '2521.60', 'total'), num('E11', '79.63', 'total'));
  cells.push(blank('F11', 'total'), blank('G11', 'total'));
  return {
    name,
    cells,
    columnWidths: [30, 40, 12, 12, 10, 8, 12],
    frozenRows: 3,
    chart: {
      title: '各项目总分与执行率',
      direction: 'column',
      categories: 'A4:A10',
      series: [
        { name: '总分', values: 'F4:F10' },
        { name: '执行率(%)', values: 'E4:E10' },
      ],
      from: 'I3',
      to: 'S22',
    },
    signatureCell: 'A2',
    signature: SIGNATURE,
  };
}

/** A small spec of another shape (no chart), for replacing. */
export function smallSpec(name = RESULTS, signature = SIGNATURE): SheetSpec {
  return {
    name,
    cells: [text('A1', '只有一行', 'title'), text('A2', signature, 'note'), text('A3', '项目', 'header'), num('B4', '1.50', 'body')],
    columnWidths: [20],
    frozenRows: 0,
    chart: null,
    signatureCell: 'A2',
    signature,
  };
}

export async function entries(zip: JSZip): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('nodebuffer'));
  return out;
}

export async function partText(zip: JSZip, name: string): Promise<string> {
  const f = zip.file(name);
  if (!f) throw new Error(`no part ${name}`);
  return f.async('string');
}

/** Attributes of every `<name …/>` start tag in xml, decoded (enough for these generated parts). */
export function tags(xml: string, name: string): Record<string, string>[] {
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], unescape(a[2])])),
  );
}

/**
 * What is wrong with a package's structure: relationships whose target part is missing, content
 * type overrides without a part, parts no relationship chain from the root reaches (orphans),
 * parts without a content type.
 */
export async function packageProblems(zip: JSZip): Promise<string[]> {
  const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
  const has = new Set(names.map((n) => n.toLowerCase()));
  const problems: string[] = [];
  const edges = new Map<string, string[]>();
  for (const n of names) {
    const m = /^(.*?)(?:^|\/)_rels\/([^/]*)\.rels$/.exec(n);
    if (!m) continue;
    const source = [m[1], m[2]].filter(Boolean).join('/');
    const targets = tags(await partText(zip, n), 'Relationship')
      .filter((r) => r.TargetMode !== 'External')
      .map((r) => resolveTarget(source, r.Target));
    for (const t of targets) if (!has.has(t.toLowerCase())) problems.push(`dangling: ${n} → ${t}`);
    if (source && !has.has(source.toLowerCase())) problems.push(`rels of a missing part: ${n}`);
    edges.set(source.toLowerCase(), targets.map((t) => t.toLowerCase()));
  }
  const ct = await partText(zip, '[Content_Types].xml');
  const overrides = tags(ct, 'Override').map((o) => o.PartName.replace(/^\//, '').toLowerCase());
  const defaults = tags(ct, 'Default').map((d) => d.Extension.toLowerCase());
  for (const o of overrides) if (!has.has(o)) problems.push(`override without part: ${o}`);
  const seen = new Set<string>();
  const queue = [...(edges.get('') ?? [])];
  while (queue.length) {
    const p = queue.shift() as string;
    if (seen.has(p)) continue;
    seen.add(p);
    queue.push(...(edges.get(p) ?? []));
  }
  for (const n of names) {
    const lower = n.toLowerCase();
    if (lower === '[content_types].xml' || /(^|\/)_rels\//.test(lower)) continue;
    if (!seen.has(lower)) problems.push(`orphan: ${n}`);
    if (!overrides.includes(lower) && !defaults.includes(lower.slice(lower.lastIndexOf('.') + 1))) problems.push(`no content type: ${n}`);
  }
  return problems;
}

/**
 * Why `xml` is not well-formed XML, or null: one root, tags balanced and properly nested,
 * attributes quoted and not repeated, entity references known. xmllint, where installed (CI's
 * .ci/run installs it), is asked as well.
 */
export function notWellFormed(xml: string): string | null {
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(body))) {
    if (stack.length === 0 && body.slice(last, m.index).trim() !== '') return `text outside the root at ${last}`;
    last = re.lastIndex;
    if (m[0] === '<') return `a stray or malformed tag at ${m.index}: ${body.slice(m.index, m.index + 60)}`;
    if (m[0].startsWith('&')) return `an unknown entity at ${m.index}`;
    if (!m[2]) continue;
    if (m[1] === '/') {
      if (stack.pop() !== m[2]) return `</${m[2]}> closes the wrong element at ${m.index}`;
      continue;
    }
    const names = [...m[3].matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) return `a repeated attribute in <${m[2]}>`;
    if (stack.length === 0 && ++roots > 1) return 'more than one root element';
    if (m[4] !== '/') stack.push(m[2]);
  }
  if (stack.length) return `<${stack[stack.length - 1]}> is not closed`;
  if (roots !== 1) return 'no root element';
  if (body.slice(last).trim() !== '') return 'text after the root';
  if (existsSync('/usr/bin/xmllint')) {
    try {
      execFileSync('/usr/bin/xmllint', ['--noout', '-'], { input: xml, stdio: ['pipe', 'ignore', 'pipe'] });
    } catch (e) {
      return `xmllint: ${String((e as { stderr?: Buffer }).stderr ?? e)}`;
    }
  }
  return null;
}
