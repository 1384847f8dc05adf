import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/datasets/generate.js';
import { InvalidOptionError, validateDataset } from '../../src/index.js';

describe('generateDataset', () => {
  it.each([
    [1, 1],
    [2, 5],
    [37, 42],
    [500, 7],
    [1000, -3],
  ])('gives a valid dataset of %i communities for seed %i', (communities, seed) => {
    const data = generateDataset({ communities, seed });
    expect(data.communities).toHaveLength(communities);
    const result = validateDataset(data);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('is deterministic for a seed, and differs between seeds', () => {
    expect(generateDataset({ communities: 50, seed: 9 })).toEqual(generateDataset({ communities: 50, seed: 9 }));
    expect(generateDataset({ communities: 50, seed: 9 })).not.toEqual(generateDataset({ communities: 50, seed: 10 }));
    expect(generateDataset({ communities: 20 })).toEqual(generateDataset({ communities: 20, seed: 1 }));
  });

  it('marks its data as synthetic', () => {
    expect(generateDataset({ communities: 3 }).meta?.source).toContain('synthetic');
  });

  it('throws InvalidOptionError for a count that is not an integer from 1 to 1,000,000, or a seed that is not an integer', () => {
    for (const communities of [0, -1, 1.5, 1_000_001, Number.NaN]) {
      expect(() => generateDataset({ communities })).toThrow(InvalidOptionError);
    }
    expect(() => generateDataset({ communities: 1, seed: 0.5 })).toThrow(InvalidOptionError);
  });
});
