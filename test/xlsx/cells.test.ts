import { describe, expect, it } from 'vitest';
import { excelSerialDate, readCell, textDate } from '../../src/xlsx/cells.js';
import { xlsxFields, type XlsxField } from '../../src/xlsx/fields.js';

const field = (kind: Parameters<typeof xlsxFields>[0], name: string): XlsxField => {
  const found = xlsxFields(kind).find((f) => f.name === name);
  if (found === undefined) throw new Error(name);
  return found;
};
const registered = field('community', 'households.registered');
const registeredOn = field('volunteer', 'registeredOn');
const receivedAt = field('serviceCase', 'receivedAt');
const kind = field('community', 'kind');
const bodies = field('community', 'governanceBodies');
const gridBased = field('community', 'gridBased');
const name = field('community', 'name');

describe('excelSerialDate', () => {
  it('reads the 1900 system, skipping Lotus’s phantom 29 February 1900', () => {
    // Worked out by hand: 2013-01-01 is serial 41275 (Excel's DATE(2013,1,1)); 30 June is 180 days later.
    expect(excelSerialDate(41455)?.toISOString()).toBe('2013-06-30T00:00:00.000Z');
    expect(excelSerialDate(1)?.toISOString()).toBe('1900-01-01T00:00:00.000Z');
    expect(excelSerialDate(59)?.toISOString()).toBe('1900-02-28T00:00:00.000Z');
    expect(excelSerialDate(60)).toBeUndefined();
    expect(excelSerialDate(61)?.toISOString()).toBe('1900-03-01T00:00:00.000Z');
    expect(excelSerialDate(41455.5)?.toISOString()).toBe('2013-06-30T12:00:00.000Z');
    expect(excelSerialDate(-1)).toBeUndefined();
  });
  it('reads the 1904 system from day 0', () => {
    expect(excelSerialDate(0, true)?.toISOString()).toBe('1904-01-01T00:00:00.000Z');
    // 2013-06-30 is 1,462 days earlier in the 1904 system than in the 1900 one.
    expect(excelSerialDate(41455 - 1462, true)?.toISOString()).toBe('2013-06-30T00:00:00.000Z');
  });
});

describe('textDate', () => {
  it.each([
    ['2013-06-30', '2013-06-30'],
    ['2013/6/30', '2013-06-30'],
    ['2013.6.3', '2013-06-03'],
    ['2013年6月30日', '2013-06-30'],
    ['２０１３年６月３０日', '2013-06-30'],
    ['20130630', '2013-06-30'],
    ['六月底', '六月底'],
  ])('%s → %s', (text, expected) => expect(textDate(text)).toBe(expected));
});

describe('readCell', () => {
  it('reads numbers stored as text, with full-width digits, spaces and thousands separators', () => {
    expect(readCell('１,６０３', registered).value).toBe(1603);
    expect(readCell(' 481 ', registered).value).toBe(481);
    expect(readCell('\u3000４８１\u3000', registered).value).toBe(481);
    expect(readCell('约500', registered).value).toBe('约500');
  });
  it('reads dates from serials, Date cells and text', () => {
    expect(readCell(41455, registeredOn).value).toBe('2013-06-30');
    expect(readCell(new Date(Date.UTC(2013, 5, 30)), registeredOn).value).toBe('2013-06-30');
    expect(readCell('2013年6月30日', registeredOn).value).toBe('2013-06-30');
  });
  it('reads date-times at China Standard Time unless the text says otherwise', () => {
    expect(readCell(new Date(Date.UTC(2013, 8, 29, 9, 30)), receivedAt).value).toBe('2013-09-29T09:30:00+08:00');
    expect(readCell('2013/9/29 9:30', receivedAt).value).toBe('2013-09-29T09:30:00+08:00');
    expect(readCell('2013-09-29T01:30:00Z', receivedAt).value).toBe('2013-09-29T01:30:00Z');
    expect(readCell(41546.5, receivedAt, { utcOffset: '+00:00' }).value).toBe('2013-09-29T12:00:00+00:00');
  });
  it('reads enumeration members by value or label, and lists split by Chinese separators', () => {
    expect(readCell('农村社区', kind).value).toBe('rural');
    expect(readCell('urban community', kind).value).toBe('urban');
    expect(readCell('rural', kind).value).toBe('rural');
    expect(readCell('社区党组织、社区居委会', bodies).value).toEqual(['party-organization', 'residents-committee']);
    expect(readCell('村委会；综合治理办公室', bodies).value).toEqual(['villagers-committee', 'governance-office']);
  });
  it('reads booleans in Chinese and ticks', () => {
    expect(readCell('是', gridBased).value).toBe(true);
    expect(readCell('否', gridBased).value).toBe(false);
    expect(readCell('√', gridBased).value).toBe(true);
    expect(readCell('maybe', gridBased).value).toBe('maybe');
  });
  it('reads a formula cell as its cached result, and flags it; an error cell as empty', () => {
    expect(readCell({ formula: 'E3', result: 481 }, registered)).toEqual({ value: 481, formula: 'E3' });
    expect(readCell({ sharedFormula: 'E3', result: '12' }, registered)).toEqual({ value: 12, formula: 'E3' });
    expect(readCell({ formula: 'E3' }, registered)).toEqual({ value: undefined, formula: 'E3' });
    expect(readCell({ error: '#N/A' }, registered)).toEqual({ value: undefined, error: '#N/A' });
  });
  it('reads rich text and empty cells', () => {
    expect(readCell({ richText: [{ text: '千灯' }, { text: '大潭村' }] }, name).value).toBe('千灯大潭村');
    expect(readCell('   ', name).value).toBeUndefined();
    expect(readCell(null, name).value).toBeUndefined();
  });
});
