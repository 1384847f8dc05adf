import { describe, expect, it } from 'vitest';
import { volunteeringByCommunity } from '../../src/interop/volunteering.js';

describe('volunteeringByCommunity', () => {
  it('counts volunteers by home and service where it was done, falling back to the volunteer’s home', () => {
    const facts = volunteeringByCommunity(
      [
        { id: 'v1', name: '甲', communityId: 'a' },
        { id: 'v2', name: '乙', communityId: 'b' },
        { id: 'v3', name: '丙' },
      ],
      [
        { id: 's1', volunteerId: 'v1', activity: 'x', date: '2013-05-01', hours: 2 },
        { id: 's2', volunteerId: 'v2', communityId: 'a', activity: 'x', date: '2013-05-02', hours: 1.5 },
        { id: 's3', volunteerId: 'v3', activity: 'x', date: '2013-05-03', hours: 4 }, // no community anywhere
        { id: 's4', volunteerId: 'nobody', communityId: 'c', activity: 'x', date: '2013-05-04', hours: 0.5 },
      ],
    );
    expect(Object.fromEntries(facts)).toEqual({
      a: { volunteers: 1, activities: 2, hours: 3.5 },
      b: { volunteers: 1, activities: 0, hours: 0 },
      c: { volunteers: 0, activities: 1, hours: 0.5 },
    });
  });

  it('counts a repeated id once', () => {
    const v = { id: 'v1', name: '甲', communityId: 'a' };
    const s = { id: 's1', volunteerId: 'v1', activity: 'x', date: '2013-05-01', hours: 2 };
    expect(volunteeringByCommunity([v, v], [s, s]).get('a')).toEqual({ volunteers: 1, activities: 1, hours: 2 });
  });
});
