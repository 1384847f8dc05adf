import { describe, expect, it } from 'vitest';
import { padDisplay, renderTable } from '../../src/report/table.js';

describe('renderTable', () => {
  it('aligns by display width: a Chinese character takes two columns', () => {
    expect(renderTable(['规则', 'n'], [['hall.min-items', '3']], ['left', 'right'])).toEqual(['规则            n', '--------------  -', 'hall.min-items  3']);
    expect(padDisplay('社区', 6)).toBe('社区  ');
  });

  it('gives a column with no heading and no text no room: no double gap, no rule under nothing', () => {
    expect(renderTable(['', '', ''], [['✗', '', 'a.csv 文件不存在']])).toEqual(['', '-  ----------------', '✗  a.csv 文件不存在']);
  });

  it('keeps an empty column that has a heading', () => {
    expect(renderTable(['a', 'b'], [['1', '']])).toEqual(['a  b', '-  -', '1']);
  });
});
