import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/html-escape.js';
import { barChart, stackedBar } from '../../src/report/svg-charts.js';

const rects = (svg: string) => [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));

describe('stackedBar', () => {
  it('splits the width in proportion: 3 pass and 1 fail of 200 px are 150 and 50 px', () => {
    const svg = stackedBar(
      [
        { value: 3, colour: 'green', label: 'pass 3' },
        { value: 1, colour: 'red', label: 'fail 1' },
        { value: 0, colour: 'grey', label: 'n/a 0' },
      ],
      { width: 200, height: 14, title: 'hall.min-items', className: 'chart-rule' },
    );
    expect(rects(svg)).toEqual([
      [0, 0, 200], // background
      [0, 0, 150],
      [150, 0, 50],
    ]);
    expect(svg).toContain('class="chart chart-rule"');
    expect(svg).toContain('aria-label="hall.min-items"');
    expect(svg).toContain('data-total="4"');
  });

  it('draws only the background when there is nothing to count', () => {
    expect(rects(stackedBar([{ value: 0, colour: 'g', label: '' }], { width: 100, height: 10, title: 't' }))).toEqual([[0, 0, 100]]);
  });
});

describe('barChart', () => {
  it('draws bars from zero on one scale: 262 and 308 on a 330 px chart (220 px to plot, 110 for the labels)', () => {
    const svg = barChart(
      [
        { value: 262, colour: 'blue', label: 'computed', text: '262' },
        { value: 308, colour: 'grey', label: 'report', text: '308' },
      ],
      { width: 330, title: 'x', data: { id: 'hall.minItems' } },
    );
    expect(rects(svg)).toEqual([
      [0, 0, Math.round((262 / 308) * 220 * 10) / 10],
      [0, 16, 220],
    ]);
    expect(svg).toContain('data-id="hall.minItems"');
  });

  it('uses the maximum given (shares on 0–100)', () => {
    expect(rects(barChart([{ value: 50, colour: 'b', label: '', text: '50%' }], { width: 210, max: 100, title: 'x' }))).toEqual([[0, 0, 50]]);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
