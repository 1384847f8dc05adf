/**
 * The inputs of the determinism tests, shared by the test and by its child process (./determinism-child.ts), and
 * the report digest they compare.
 */
import { createHash } from 'node:crypto';
import { generateDataset, kunshan2013, referenceCommunities } from '../../src/datasets/index.js';
import { check, type Locale, type Report } from '../../src/index.js';

/** A generated dataset with a few records broken on purpose, so that reports carry validation issues too. */
function brokenDataset(): unknown {
  const data = structuredClone(generateDataset({ communities: 40, seed: 5 })) as Record<string, Record<string, unknown>[]>;
  const staff = data['staffMembers'] ?? [];
  if (staff[0] !== undefined) staff[0]['fullTime'] = 'yes';
  if (staff[3] !== undefined) staff[3]['communityId'] = 'nowhere';
  const centers = data['serviceCenters'] ?? [];
  if (centers[1] !== undefined) centers[1]['openingHours'] = [{ day: 'mon', opens: '17:00', closes: '08:30' }];
  data['communities']?.push(JSON.parse('{"id":"c1","name":"重复","kind":"urban","households":{},"__proto__":{"x":1}}') as Record<string, unknown>);
  return data;
}

/** Named datasets, each built afresh. */
export const determinismInputs: Readonly<Record<string, () => unknown>> = {
  'kunshan2013()': () => kunshan2013(),
  'referenceCommunities()': () => referenceCommunities(),
  'generateDataset(300, seed 11)': () => generateDataset({ communities: 300, seed: 11 }),
  'a generated dataset with broken records': brokenDataset,
};

/**
 * Runs `check` on a named input.
 *
 * @param name - a key of {@link determinismInputs}
 * @param locale - the message locale
 * @returns the report
 */
export function reportFor(name: string, locale: Locale): Report {
  const input = determinismInputs[name];
  if (input === undefined) throw new Error(`no input ${name}`);
  return check(input(), { asOf: '2013-06-30', locale });
}

/**
 * SHA-256 of the report's JSON.
 *
 * @param report - the report
 * @returns the hex digest
 */
export function digest(report: Report): string {
  return createHash('sha256').update(JSON.stringify(report)).digest('hex');
}
