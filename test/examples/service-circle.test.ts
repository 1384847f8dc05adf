/** Runs examples/service-circle.ts, so that the example never rots. */
import { describe, expect, it } from 'vitest';
import { runExample } from './run-example.js';

// A second method for the distances: every block is due north of the site it is measured to, so the great-circle
// distance is the meridian arc R·Δφ (no haversine needed), R = 6,371,008.8 m (the WGS84 mean radius).
const R = 6_371_008.8;
const arc = (degrees: number) => (R * degrees * Math.PI) / 180;
// Kunshan profile: 60 m/min walking, route = 1.25 × straight line.
const walk = (metres: number) => (metres * 1.25) / 60;

describe('examples/service-circle.ts', () => {
  const output = runExample('service-circle');
  const before = output.slice(output.indexOf('一、现状'), output.indexOf('二、'));
  const after = output.slice(output.indexOf('二、'));

  it('reads Kunshan’s parameters and reports the bad inputs instead of throwing', () => {
    expect(output).toContain('参数 / parameters (kunshan, 2013-06-30): 60 m/min, detour × 1.25, circle 15 min');
    expect(output).toContain('! serviceCenters[1].location:服务中心 old-center 没有位置坐标,未纳入服务圈计算');
    expect(output).toContain('! residences[4].location.lat:值过大,应 <= 90,实为 313.8,该条未纳入计算');
  });

  it('measures each block’s walk to the centre', () => {
    for (const [id, degrees] of [['block-a', 0.002], ['block-b', 0.0035], ['block-c', 0.006], ['block-d', 0.008]] as const) {
      const metres = arc(degrees);
      expect(before).toContain(`  ${id}: ${metres.toFixed(1)} m to example-center, ${walk(metres).toFixed(2)} min`);
    }
  });

  it('counts households within 5, 10 and 15 minutes', () => {
    // Walks: a 4.63, b 8.11, c 13.90, d 18.53 min. Households 120, 200, 180, 100 (600 in all; the bad entry is out).
    expect(before).toContain('600 户 / households in 4 residences');
    expect(before).toContain('≤  5 min (300 m walk): 120 户  20.0%'); // a
    expect(before).toContain('≤ 10 min (600 m walk): 320 户  53.3%'); // a + b
    expect(before).toContain('≤ 15 min (900 m walk): 500 户  83.3%'); // a + b + c
    expect(before).toContain('uncovered (GeoJSON): [[120.96,31.388]]'); // d, as [lon, lat]
  });

  it('covers everyone within 10 minutes once a station stands at block d', () => {
    // c is then 0.002° from the station (4.63 min), d 0; b stays with the centre (0.0035° vs 0.0045°).
    expect(after).toContain(`  block-c: ${arc(0.002).toFixed(1)} m to new-health-station, ${walk(arc(0.002)).toFixed(2)} min`);
    expect(after).toContain('  block-b: 389.2 m to example-center, 8.11 min');
    expect(after).toContain('≤  5 min (300 m walk): 400 户  66.7%'); // a + c + d
    expect(after).toContain('≤ 10 min (600 m walk): 600 户  100.0%');
  });
});
