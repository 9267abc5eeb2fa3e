import { MAX_TEXT, normaliseFormat, parseXmlSpreadsheet } from '../../src/wps/xmlSpreadsheet';
import { decodeEntities, scanTags } from '../../src/wps/xmlTags';

const doc = (styles: string, table: string, prefix = 'ss:') =>
  `<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n` +
  `<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">` +
  `<Styles>${styles}</Styles><Worksheet ${prefix}Name="S"><Table>${table}</Table></Worksheet></Workbook>`;

describe('parseXmlSpreadsheet', () => {
  it('reads merges and per-cell formats, ss:Index on rows and cells, styles by id', () => {
    const styles =
      '<Style ss:ID="Default" ss:Name="Normal"><NumberFormat/></Style>' +
      '<Style ss:ID="s21"><NumberFormat ss:Format="0.00%"/></Style>' +
      '<Style ss:ID="s22"><Alignment ss:Horizontal="Center"/><NumberFormat ss:Format="Percent"/></Style>' +
      '<Style ss:ID="s23" ss:Parent="s21"><Font/></Style>';
    const table =
      '<Row><Cell ss:MergeAcross="2"><Data ss:Type="String">项目支出绩效自评表</Data></Cell></Row>' +
      '<Row ss:Index="3"><Cell ss:StyleID="s21"><Data ss:Type="Number">0.5</Data></Cell><Cell ss:Index="3" ss:StyleID="s22"/></Row>' +
      '<Row><Cell ss:MergeDown="1" ss:StyleID="s23"/><Cell/></Row>' +
      '<Row><Cell ss:StyleID="s22"/></Row>'; // its first cell is B (A is covered by the merge above)
    const info = parseXmlSpreadsheet(doc(styles, table), 5, 3);
    expect(info).not.toBeNull();
    expect(info!.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 3, left: 0, bottom: 4, right: 0 },
    ]);
    expect(info!.formats).toEqual([
      [null, null, null],
      [null, null, null],
      ['0.00%', null, '0.00%'],
      ['0.00%', null, null],
      [null, '0.00%', null],
    ]);
  });

  it('tolerates no prefix, other prefixes, attribute order and single quotes', () => {
    const styles = `<x:Style ID='a'><x:NumberFormat Format='Fixed'/></x:Style>`;
    const table = `<x:Row x:Index="2"><x:Cell StyleID="a" MergeDown="1" Index="2" MergeAcross="1"/></x:Row>`;
    const text = doc(styles, table, '').replace('<Table>', '<x:Table>').replace('</Table>', '</x:Table>');
    const info = parseXmlSpreadsheet(text, 3, 3)!;
    expect(info.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(info.formats[1][1]).toBe('0.00');
  });

  it('maps named formats and General', () => {
    expect(normaliseFormat('Percent')).toBe('0.00%');
    expect(normaliseFormat('Fixed')).toBe('0.00');
    expect(normaliseFormat('Standard')).toBe('#,##0.00');
    expect(normaliseFormat('General')).toBeNull();
    expect(normaliseFormat('G/通用格式')).toBeNull();
    expect(normaliseFormat('0.0%')).toBe('0.0%');
    expect(normaliseFormat(null)).toBeNull();
    expect(normaliseFormat(7)).toBeNull();
  });

  it('decodes entities in formats', () => {
    const styles = '<Style ss:ID="m"><NumberFormat ss:Format="&quot;¥&quot;#,##0.00;&#x5143;"/></Style>';
    expect(parseXmlSpreadsheet(doc(styles, '<Row><Cell ss:StyleID="m"/></Row>'), 1, 1)!.formats[0][0]).toBe('"¥"#,##0.00;元');
    expect(decodeEntities('&amp;lt; &#0; &bogus;')).toBe('&lt; &#0; &bogus;');
  });

  it('ignores positions outside the range and keeps merges that reach past it', () => {
    const table = '<Row ss:Index="9"><Cell ss:StyleID="Default"/></Row><Row ss:Index="2"><Cell ss:Index="2" ss:MergeAcross="40"/></Row>';
    const info = parseXmlSpreadsheet(doc('', table), 2, 2)!;
    expect(info.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 41 }]);
    expect(info.formats).toEqual([[null, null], [null, null]]);
  });

  it('returns null for what is not XML Spreadsheet text, never throws', () => {
    const hostile: unknown[] = [undefined, null, 42, {}, '', 'garbage', '<Workbook><Worksheet>', '<<<>>>', '<Table', '<!-- <Table>', '<![CDATA[<Table>]]>'];
    for (const h of hostile) expect(parseXmlSpreadsheet(h, 3, 3)).toBeNull();
    expect(parseXmlSpreadsheet('x'.repeat(10), 3000, 3000)).toBeNull(); // over MAX_CELLS
    expect(MAX_TEXT).toBeGreaterThan(1e6);
  });

  it('survives truncated and garbled documents (what was read before the cut counts)', () => {
    const full = doc('<Style ss:ID="p"><NumberFormat ss:Format="0%"/></Style>', '<Row><Cell ss:MergeAcross="1" ss:StyleID="p"/></Row><Row><Cell ss:StyleID="p"/></Row>');
    for (let cut = 0; cut <= full.length; cut += 7) {
      const info = parseXmlSpreadsheet(full.slice(0, cut), 2, 2);
      if (info) expect(info.formats).toHaveLength(2);
    }
    const garbled = full.replace(/"/g, '').replace(/Index/g, 'Index="-4"');
    expect(() => parseXmlSpreadsheet(garbled, 2, 2)).not.toThrow();
    const weird = doc('', '<Row ss:Index="0"><Cell ss:Index="99999999999" ss:MergeDown="1e9" ss:MergeAcross="-1"/></Row><Row ss:Index="abc"/>');
    expect(parseXmlSpreadsheet(weird, 2, 2)).toEqual({ merges: [], formats: [[null, null], [null, null]] });
  });

  it('style parents that form a cycle end', () => {
    const styles = '<Style ss:ID="a" ss:Parent="b"/><Style ss:ID="b" ss:Parent="a"/>';
    expect(parseXmlSpreadsheet(doc(styles, '<Row><Cell ss:StyleID="a"/></Row>'), 1, 1)!.formats).toEqual([[null]]);
  });

  it('is bounded on large input', () => {
    const rows = Array.from({ length: 20000 }, (_, i) => `<Row><Cell ss:MergeDown="5000" ss:Index="${(i % 9) + 1}"/></Row>`).join('');
    const t0 = Date.now();
    const info = parseXmlSpreadsheet(doc('', rows), 20000, 9)!;
    expect(info.merges.length).toBe(20000);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('scanTags', () => {
  it('keeps > inside quoted attributes and drops prefixes', () => {
    const tags = [...scanTags('<a:b c:d="x>y" e=\'1\'/></a:b>', 10)];
    expect(tags.map((t) => [t.name, t.end, t.selfClosing, Object.fromEntries(t.attrs)])).toEqual([
      ['b', false, true, { d: 'x>y', e: '1' }],
      ['b', true, false, {}],
    ]);
  });
  it('stops at maxTags', () => {
    expect([...scanTags('<a/><a/><a/>', 2)]).toHaveLength(2);
  });
});
