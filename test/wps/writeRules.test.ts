import { cellInput, needsTextMarker } from '../../src/wps/cellInput';
import { groupRuns } from '../../src/wps/runs';
import { OwnWrites } from '../../src/wps/events';

describe('groupRuns', () => {
  it('groups column neighbours, then row neighbours of the cells left', () => {
    const cells = ['G7', 'G6', 'G8', 'H10', 'C3', 'D3', 'E3', 'H12', 'G6'];
    const runs = groupRuns(cells.map((cell, i) => ({ cell, value: i })));
    expect(runs.map((r) => [r.address, r.values])).toEqual([
      ['G6:G8', [[8], [0], [2]]], // G6 given twice: the last value
      ['C3:E3', [[4, 5, 6]]],
      ['H10', [[3]]],
      ['H12', [[7]]],
    ]);
    expect(runs[0].cells).toEqual(['G6', 'G7', 'G8']);
  });
  it('normalises addresses and handles nothing', () => {
    expect(groupRuns([{ cell: '$A$1', value: 1 }]).map((r) => r.address)).toEqual(['A1']);
    expect(groupRuns([])).toEqual([]);
  });
});

describe('cellInput (text stays text)', () => {
  it('numbers as numbers of the exact text, blank as empty', () => {
    expect(cellInput({ type: 'number', text: '99.45' })).toBe(99.45);
    expect(cellInput({ type: 'blank', text: '' })).toBe('');
    expect(() => cellInput({ type: 'number', text: 'abc' })).toThrow(TypeError);
  });
  it('guards text ET would coerce with an apostrophe', () => {
    for (const t of ['=SUM(A1)', '+1', '-', '@x', "'quoted", '12', '1,234.5', '50%', '2024-1-1', '2024年1月', '12:30', 'TRUE', 'false', '#N/A', '#DIV/0!', '１２', ' 12 ', '(3)', '¥5'])
      expect([t, cellInput({ type: 'text', text: t })]).toEqual([t, `'${t}`]);
  });
  it('leaves other text alone', () => {
    for (const t of ['优', '良', '资金执行率低于预期', '', 'A1', '第1季度']) expect(needsTextMarker(t)).toBe(false);
  });
});

describe('OwnWrites', () => {
  it('drops events inside a recorded range, forgets it when covered whole or after the ttl', () => {
    let now = 0;
    const own = new OwnWrites(5000, () => now);
    own.add('S', 'G6:G9');
    expect(own.consume('S', 'G7')).toBe(true); // part of it: still remembered
    expect(own.consume('T', 'G7')).toBe(false); // another sheet
    expect(own.consume('S', 'G6:G10')).toBe(false); // reaches outside
    expect(own.consume('S', 'G6:G9')).toBe(true); // the whole: forgotten
    expect(own.consume('S', 'G6')).toBe(false);
    own.add('S', 'H1');
    now = 6000;
    expect(own.consume('S', 'H1')).toBe(false);
  });
  it('unreadable addresses are the user\'s', () => {
    const own = new OwnWrites();
    own.add('S', 'A1:B2');
    expect(own.consume('S', '1:1')).toBe(false);
    expect(own.consume('S', 'A1,B2')).toBe(true);
  });
});
