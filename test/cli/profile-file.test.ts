import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/cli/profile-file.js';
import { UsageFailure } from '../../src/cli/usage.js';
import { kunshan, national, parameter } from '../../src/index.js';
import { fixtures } from './helpers.js';

async function failure(option: string): Promise<UsageFailure> {
  const error = await loadProfile(option, fixtures).catch((e: unknown) => e);
  if (error instanceof UsageFailure) return error;
  throw new Error('expected a UsageFailure');
}

describe('loadProfile', () => {
  it('names the built-in profiles, kunshan by default', async () => {
    expect(await loadProfile(undefined, fixtures)).toBe(kunshan);
    expect(await loadProfile('kunshan', fixtures)).toBe(kunshan);
    expect(await loadProfile('national', fixtures)).toBe(national);
  });

  it('derives a profile from a JSON file through defineProfile', async () => {
    const profile = await loadProfile('profile-more-items.json', fixtures);
    expect(profile.id).toBe('example-city');
    expect(profile.extends).toBe(kunshan);
    expect(parameter(profile, 'hall.minServiceItems', '2013-06-30').value).toBe(25);
    expect(parameter(profile, 'hall.requiredModes', '2013-06-30').value).toEqual(['one-door', 'one-stop', 'one-card']); // inherited
  });

  it('reports an unreadable file, bad JSON, a wrong shape and what defineProfile rejects', async () => {
    expect(await failure('nowhere.json')).toMatchObject({ code: 'profile_unreadable', params: { file: 'nowhere.json', reason: 'ENOENT' } });
    expect(await failure('broken.json')).toMatchObject({ code: 'profile_unreadable' });
    expect(await failure('records.json')).toMatchObject({ code: 'profile_invalid', params: { file: 'records.json' } });
    const typo = await failure('profile-bad.json');
    expect(typo.code).toBe('profile_invalid');
    expect(String(typo.params['detail'])).toBe('Profile "typo-city" changes parameter "hall.minItemz", which its base profile does not have.');
  });
});
