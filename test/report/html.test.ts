import { describe, expect, it } from 'vitest';
import { renderHtml, toReportJSON } from '../../src/report/index.js';
import { smallReport, smallRules } from './small-report.js';

const hostileId = '<script>alert("x")</script>';
const hostileMessage = `Tom & Jerry's "hall" <b>bold</b>`;

describe('renderHtml', () => {
  it('is one page that loads nothing from elsewhere: no script, no link, no URL but the CSP’s own', () => {
    const page = renderHtml(smallReport());
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|https?:\/\/|\bsrc=/i);
    expect(page.match(/<html/g)).toHaveLength(1);
  });

  it('draws its charts as inline SVG: one for the severities, one bar per rule', () => {
    const page = renderHtml(smallReport());
    expect(page.match(/<svg /g)).toHaveLength(1 + 3);
    expect(page.match(/<svg class="chart chart-severity"/g)).toHaveLength(1);
    expect(page.match(/<svg class="chart chart-rule"/g)).toHaveLength(3);
    // hall.one-stop: 1 pass, 1 fail out of 2 — two segments of 110 px on the 220 px bar, over its background.
    const oneStop = /<tr data-rule="hall\.one-stop">.*?<\/tr>/.exec(page)?.[0] ?? '';
    expect([...oneStop.matchAll(/<rect x="([\d.]+)" y="0" width="([\d.]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['0', '220'],
      ['0', '110'],
      ['110', '110'],
    ]);
    // signage.four-plaques had nothing to check: its row is marked idle and its bar is the background alone.
    const idle = /<tr class="idle" data-rule="signage\.four-plaques">.*?<\/tr>/.exec(page)?.[0] ?? '';
    expect(idle.match(/<rect/g)).toHaveLength(1);
  });

  it('escapes every text of the report: a hostile community id and message show as text', () => {
    const page = renderHtml(smallReport(hostileId, hostileMessage));
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<b>bold</b>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('Tom &amp; Jerry&#39;s &quot;hall&quot; &lt;b&gt;bold&lt;/b&gt;');
    expect(page.match(/<script/gi)).toBeNull();
  });

  it('escapes the titles, the profile name and the file names of the JSON form too', () => {
    const page = renderHtml(
      toReportJSON(smallReport(), {
        profile: { id: 'p', name: '<i>x</i> & "y"' },
        rules: smallRules.map((r) => ({ ...r, title: `${r.title} <u>` })),
        input: { files: [{ file: 'a"<b>.ndjson', format: 'ndjson', readable: true, records: 3 }], records: 3, problems: { total: 0, errors: 0, warnings: 0, byCode: {}, items: [] } },
      }),
    );
    expect(page).not.toMatch(/<i>|<u>|<b>/);
    expect(page).toContain('&lt;i&gt;x&lt;/i&gt; &amp; &quot;y&quot;');
    expect(page).toContain('One-stop service hall &lt;u&gt;');
    expect(page).toContain('a&quot;&lt;b&gt;.ndjson');
  });

  it('lists the failures, the most severe first, each with its basis', () => {
    const page = renderHtml(smallReport());
    const rows = [...page.matchAll(/<tr data-basis="(\w+)"><td><span class="badge (\w+)">/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([
      ['figures', 'error'],
      ['readings', 'warning'],
    ]);
    expect(page).toContain('<p class="verdict fail">✗ 1 failures of severity error</p>');
  });

  it('shows the statistics of the JSON form beside the report’s figures, as inline SVG', () => {
    const page = renderHtml(
      toReportJSON(smallReport(), {
        statistics: [
          {
            id: 'hall.minItems', label: 'Communities with at least 20 items', unit: 'share', value: 0.5, text: '50.0% (1/2)', share: { numerator: 1, denominator: 2 },
            report: { value: 85, reading: 'whole-percent', text: '85%', citation: { document: 'report' } }, reading: 50, matches: false,
          },
        ],
      }),
    );
    expect(page.match(/<svg class="chart chart-figure" [^>]*data-id="hall\.minItems"/g)).toHaveLength(1);
    // A share is drawn on 0–100: 50 of the 220 px plot (330 − 110 for the text) is 110 px; the report's 85 is 187 px.
    const chart = /<svg class="chart chart-figure".*?<\/svg>/.exec(page)?.[0] ?? '';
    expect([...chart.matchAll(/<rect x="0" y="\d+" width="([\d.]+)"/g)].map((m) => m[1])).toEqual(['110', '187']);
    expect(page).toContain('<td class="mark no">✗</td>');
  });

  it('writes its own words in the locale asked for', () => {
    expect(renderHtml(smallReport(), { locale: 'zh-CN' })).toContain('<h1>社区公共服务标准检查报告</h1>');
    expect(renderHtml(smallReport())).toContain('<h1>Community public-service standards: check report</h1>');
  });
});
