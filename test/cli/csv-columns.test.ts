import { describe, expect, it } from 'vitest';
import { columnTypes, convertCell, requiredObjects } from '../../src/cli/csv-columns.js';

describe('columnTypes', () => {
  it('types each dotted column of a kind from its model', () => {
    const community = columnTypes('community');
    expect(community.get('id')).toEqual({ type: 'string' });
    expect(community.get('households')).toEqual({ type: 'json' });
    expect(community.get('households.resident')).toEqual({ type: 'number' });
    expect(community.get('gridBased')).toEqual({ type: 'boolean' });
    expect(community.get('governanceBodies')).toEqual({ type: 'list', item: { type: 'string' } });
    expect(community.get('location.lon')).toEqual({ type: 'number' });
    expect(community.has('colour')).toBe(false);
    const center = columnTypes('serviceCenter');
    expect(center.get('openingHours')).toEqual({ type: 'json' }); // a list of objects
    expect(center.get('floorArea.office')).toEqual({ type: 'number' });
  });

  it('lists the objects a record must have: a community’s households and population', () => {
    expect(requiredObjects('community')).toEqual(['households', 'population']);
    expect(requiredObjects('plaque')).toEqual([]);
  });
});

describe('convertCell', () => {
  it('reads numbers, or leaves the text for validation to report', () => {
    expect(convertCell('5000', { type: 'number' })).toBe(5000);
    expect(convertCell(' 1315.5 ', { type: 'number' })).toBe(1315.5);
    expect(convertCell('-3', { type: 'number' })).toBe(-3);
    expect(convertCell('1e3', { type: 'number' })).toBe(1000);
    expect(convertCell('5千', { type: 'number' })).toBe('5千');
    expect(convertCell('1,200', { type: 'number' })).toBe('1,200');
  });

  it('reads booleans in English and Chinese', () => {
    for (const yes of ['true', 'TRUE', 'yes', 'Y', '1', '是']) expect(convertCell(yes, { type: 'boolean' })).toBe(true);
    for (const no of ['false', 'No', 'n', '0', '否']) expect(convertCell(no, { type: 'boolean' })).toBe(false);
    expect(convertCell('maybe', { type: 'boolean' })).toBe('maybe');
  });

  it('splits lists on ";" (trimmed, empty items dropped), or reads a JSON array', () => {
    const list = { type: 'list', item: { type: 'string' } } as const;
    expect(convertCell('health; culture-sports;;', list)).toEqual(['health', 'culture-sports']);
    expect(convertCell('["a;b"]', list)).toEqual(['a;b']);
    expect(convertCell('1;2', { type: 'list', item: { type: 'number' } })).toEqual([1, 2]);
  });

  it('reads JSON cells, keeping text that is not JSON; an empty cell is an absent field', () => {
    expect(convertCell('{"lon":120.98,"lat":31.38}', { type: 'json' })).toEqual({ lon: 120.98, lat: 31.38 });
    expect(convertCell('{lon:1}', { type: 'json' })).toBe('{lon:1}');
    expect(convertCell('', { type: 'string' })).toBeUndefined();
    expect(convertCell(' ', { type: 'string' })).toBe(' ');
  });
});
