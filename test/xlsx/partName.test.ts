/** The local part-name helpers give what Node's path.posix gave for package part names. */
import { posix } from 'path';
import { joinPart, normalisePart, partBase, partDir } from '../../src/xlsx/partName';

const PARTS = ['xl/workbook.xml', 'book/s/one.xml', 'xl/worksheets/sheet1.xml', 'workbook.xml', 'a/b/c/d.xml'];
const TARGETS = ['worksheets/sheet1.xml', './worksheets/sheet1.xml', '../other/s.xml', '../../x.xml', 's//two.xml', 'a/./b/../c.xml'];

test('dirname / basename / join + normalize as path.posix, with the root folder as ""', () => {
  for (const part of PARTS) {
    expect(partDir(part) || '.').toBe(posix.dirname(part));
    expect(partBase(part)).toBe(posix.basename(part));
    expect(joinPart(partDir(part), '_rels', partBase(part) + '.rels')).toBe(posix.join(posix.dirname(part), '_rels', posix.basename(part) + '.rels'));
    for (const t of TARGETS) expect(joinPart(partDir(part), t)).toBe(posix.normalize(posix.join(posix.dirname(part), t)));
  }
  expect(joinPart(partDir(''), '_rels', partBase('') + '.rels')).toBe('_rels/.rels');
  expect(normalisePart('../a/../../b')).toBe(posix.normalize('../a/../../b'));
});
