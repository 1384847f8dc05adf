import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The library must answer the same whatever the host's time zone. `chinese-days` builds its tables at import
// time with the host's local date functions, so each zone is checked in a fresh process.
const probe = fileURLToPath(new URL('./fixtures/tz-probe.ts', import.meta.url));

// Worked out by hand: 2013-09-29 was a Sunday worked for National Day; 10-01 to 10-07 were holidays; 10-12 (Sat)
// was worked; 02-09 to 02-15 were the Spring Festival holiday and 02-16 (Sat) was worked.
const expected = {
  kinds: {
    '2013-09-28': 'weekend',
    '2013-09-29': 'makeup-workday',
    '2013-09-30': 'workday',
    '2013-10-01': 'holiday',
    '2013-10-07': 'holiday',
    '2013-10-08': 'workday',
    '2013-10-12': 'makeup-workday',
    '2013-02-08': 'workday',
    '2013-02-09': 'holiday',
    '2013-02-15': 'holiday',
    '2013-02-16': 'makeup-workday',
  },
  instantDate: '2013-09-30', // 16:30Z is 00:30 the next day in Shanghai
  openAt0830: true, // 00:30Z is 08:30 on Monday 2013-09-30 in Shanghai, the band's first minute
  sameDay: 0, // received 23:50, resolved 00:10 the next day
  gaps: ['2013-09-29:makeup-workday', '2013-09-30:workday', '2013-10-01:holiday'],
};

describe('independence from the host time zone', () => {
  it.each(['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Etc/GMT+12', 'Atlantic/Azores'])(
    'gives the same answers with TZ=%s',
    (zone) => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', probe], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual(expected);
    },
  );
});
