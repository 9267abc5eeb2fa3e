/**
 * Every way a package can be broken (issue 10): each refused with its own code and the part it
 * concerns, worded in one sentence per language by readErrorText — never a library's text.
 */
import { zipSync, strToU8 } from 'fflate';
import { fileProblemOf } from '../../../src/cli/load';
import { isReadError, readWorkbook, ReadError } from '../../../src/xlsx/read';
import { FileProblem, READ_ERROR_CODES, readErrorText } from '../../../src/xlsx/read/readErrorText';
import { fixtureBytes, fixtureParts, oleFile, partText, patchEntry, withParts } from './packages';

const SHEET = 'xl/worksheets/sheet2.xml';
const read = async (bytes: Uint8Array): Promise<ReadError> => {
  const out = await readWorkbook(bytes);
  if (!isReadError(out)) throw new Error('read, not refused');
  return { code: out.code, ...(out.part ? { part: out.part } : {}) };
};

const CASES: [string, () => Uint8Array, ReadError][] = [
  ['zero bytes', () => new Uint8Array(0), { code: 'empty' }],
  ['an .xls (or WPS .et) renamed', () => oleFile(false), { code: 'legacyBinary' }],
  ['a workbook with a password to open', () => oleFile(true), { code: 'encrypted' }],
  ['a .csv renamed', () => strToU8('项目名称,全年执行数\n安亭,758.02\n'), { code: 'textFile' }],
  ['binary that is no zip', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), { code: 'notZip' }],
  ['a download cut short', () => fixtureBytes().subarray(0, 12_000), { code: 'truncated' }],
  ['its end record only', () => fixtureBytes().subarray(fixtureBytes().length - 22), { code: 'truncated' }],
  ['deflate data garbled', () => garble(withParts({}), SHEET), { code: 'corruptZip', part: SHEET }],
  ['a CRC that does not match', () => patchEntry(withParts({}), SHEET, 'crc', 12345), { code: 'badCrc', part: SHEET }],
  ['compressed with bzip2 (method 12)', () => patchEntry(withParts({}), SHEET, 'method', 12), { code: 'unsupportedCompression', part: SHEET }],
  ['an .xlsb renamed', () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.bin': new Uint8Array(8) }), { code: 'binaryWorkbook' }],
  ['a .docx renamed', () => zipSync({ 'word/document.xml': strToU8('<w:document/>') }), { code: 'notWorkbook' }],
  ['no [Content_Types].xml', () => withParts({ '[Content_Types].xml': null }), { code: 'badContentTypes', part: '[Content_Types].xml' }],
  ['the workbook typed as a Word document', () => withParts({ '[Content_Types].xml': partText('[Content_Types].xml').replace(/spreadsheetml\.sheet\.main\+xml/, 'wordprocessingml.document.main+xml') }), { code: 'badContentTypes', part: '[Content_Types].xml' }],
  ['relationships that are no XML', () => withParts({ 'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="x' }), { code: 'brokenRelationships', part: 'xl/_rels/workbook.xml.rels' }],
  ['the workbook part missing', () => withParts({ 'xl/workbook.xml': null }), { code: 'missingPart', part: 'xl/workbook.xml' }],
  ['a listed sheet whose part is missing', () => withParts({ [SHEET]: null }), { code: 'missingPart', part: SHEET }],
  ['a sheet cut short mid-XML', () => withParts({ [SHEET]: partText(SHEET).slice(0, 3000) }), { code: 'badPart', part: SHEET }],
  ['shared strings cut short', () => withParts({ 'xl/sharedStrings.xml': partText('xl/sharedStrings.xml').slice(0, 900) }), { code: 'badPart', part: 'xl/sharedStrings.xml' }],
  ['a UTF-16 sheet', () => withParts({ [SHEET]: new Uint8Array(Buffer.from('\ufeff' + partText(SHEET), 'utf16le')) }), { code: 'badPart', part: SHEET }],
];

/** The zip with the middle of `name`'s compressed data overwritten. */
function garble(zip: Uint8Array, name: string): Uint8Array {
  const out = new Uint8Array(zip);
  const at = Buffer.from(out.buffer).indexOf(Buffer.from(name)) + name.length + 40;
  for (let i = 0; i < 64; i++) out[at + i] = (i * 37) & 0xff;
  return out;
}

describe('a broken package is refused with its own reason and part', () => {
  test.each(CASES)('%s', async (_, bytes, expected) => {
    expect(await read(bytes())).toEqual(expected);
  });
});

describe('the file system (CLI): the system code decides, never its message', () => {
  test.each([
    ['ENOENT', { code: 'notFound' }],
    ['EISDIR', { code: 'isDirectory' }],
    ['EACCES', { code: 'noPermission' }],
    ['EPERM', { code: 'noPermission' }],
    ['EIO', { code: 'ioError', errno: 'EIO' }],
  ])('%s', (code, expected) => {
    expect(fileProblemOf(Object.assign(new Error(`${code}: some system text, open '/x'`), { code }))).toEqual(expected);
  });
});

describe('readErrorText: one sentence per reason and language, no library text', () => {
  const samples = (code: FileProblem['code']): FileProblem[] =>
    code === 'tooLarge'
      ? (['part', 'package', 'ratio', 'memory'] as const).map((kind) => ({ code, part: SHEET, limit: { kind, value: kind === 'ratio' ? 250 : 256 << 20 } }))
      : [{ code, part: SHEET, errno: 'EIO', detail: 'invalid distance too far back' }];
  const all = READ_ERROR_CODES.flatMap(samples);

  test.each(all.map((e) => [e.code + (e.limit ? `/${e.limit.kind}` : ''), e] as const))('%s', (_, e) => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const text = readErrorText(e, lang, { raiseOption: '--max-part-mb' });
      expect(text).not.toContain('invalid distance'); // the detail stays out
      expect(text).not.toMatch(/\n|undefined|NaN|\?\)/);
      expect(text.split(lang === 'zh-CN' ? '。' : /\.\s/).length).toBe(lang === 'zh-CN' ? 2 : 1); // one sentence
      if (lang === 'en-US') expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test('the size refusals name the part and the limit; only a host with the option offers it', () => {
    const e: FileProblem = { code: 'tooLarge', part: SHEET, limit: { kind: 'part', value: 256 << 20 } };
    expect(readErrorText(e, 'zh-CN', { raiseOption: '--max-part-mb' })).toMatch(new RegExp(`${SHEET}.*256 MB.*--max-part-mb`));
    expect(readErrorText(e, 'zh-CN')).not.toContain('--max-part-mb');
    expect(readErrorText({ code: 'tooLarge', part: SHEET, limit: { kind: 'ratio', value: 250 } }, 'en-US')).toContain('250:1');
  });

  test('every reader code has a sentence', () => {
    expect(new Set(READ_ERROR_CODES).size).toBe(READ_ERROR_CODES.length);
    expect(CASES.map(([, , e]) => e.code).every((c) => READ_ERROR_CODES.includes(c))).toBe(true);
  });
});

describe('XML entities: never expanded beyond the five predefined ones and character references', () => {
  test('billion laughs and an external entity read as their literal text, at once', async () => {
    const doctype = '<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol9 "&lol2;&lol2;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const sheet = partText(SHEET).replace(/^(<\?xml[^>]*\?>)/, `$1${doctype}`).replace(/<c r="A1"[^>]*\/>|<c r="A1"[^>]*>.*?<\/c>/, '<c r="A1" t="inlineStr"><is><t>&lol9;&xxe;&#99999999;&amp;</t></is></c>');
    const grids = await readWorkbook(withParts({ [SHEET]: sheet }));
    if (isReadError(grids)) throw new Error(grids.code);
    const g = grids.find((x) => x.sheet === grids[1].sheet)!;
    expect(g.values[0][0]).toBe('&lol9;&xxe;&#99999999;&');
  });
});

test('fixture parts are what the cases assume', () => {
  expect(Object.keys(fixtureParts())).toEqual(expect.arrayContaining([SHEET, 'xl/sharedStrings.xml', '[Content_Types].xml']));
});
