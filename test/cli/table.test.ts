import { renderTable } from '../../src/cli/table';
import { displayWidth, padEnd, padStart } from '../../src/cli/width';

test('CJK and full-width characters count as two columns', () => {
  expect(displayWidth('abc')).toBe(3);
  expect(displayWidth('执行率')).toBe(6);
  expect(displayWidth('执行率(%)')).toBe(9);
  expect(displayWidth('（２０２４）')).toBe(12);
  expect(displayWidth('评分等级：优')).toBe(12);
  expect(displayWidth('e\u0301')).toBe(1);
  expect(padEnd('优', 4)).toBe('优  ');
  expect(padStart('9.95', 8)).toBe('    9.95');
});

test('columns line up by display width', () => {
  const lines = renderTable(
    [
      { header: '工作表', align: 'left' },
      { header: '总分', align: 'right' },
      { header: '等级', align: 'left' },
    ],
    [
      ['安亭城运日常运行费用', '99.95', '优'],
      ['Sheet1', '100.00', '良'],
    ],
  );
  expect(lines).toEqual([
    '工作表                  总分  等级',
    '--------------------  ------  ----',
    '安亭城运日常运行费用   99.95  优',
    'Sheet1                100.00  良',
  ]);
});
