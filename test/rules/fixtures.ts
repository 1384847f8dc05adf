import type { Finding, Report } from '../../src/index.js';

type Rec = Record<string, unknown>;

/** A minimal community record. */
export function community(id: string, extra: Rec = {}): Rec {
  return { id, name: id, kind: 'urban', model: 'old-town', households: {}, population: {}, governanceBodies: [], ...extra };
}

/** A minimal service centre record. */
export function center(id: string, communityIds: string[], extra: Rec = {}): Rec {
  return { id, name: id, kind: 'urban-community-service-center', communityIds, oneStopHall: true, ...extra };
}

/** A service item record. */
export function item(id: string, category = 'other', extra: Rec = {}): Rec {
  return { id, code: id, name: id, category, ...extra };
}

/** `n` items `<prefix>1` … `<prefix>n` of category `other`. */
export function items(prefix: string, n: number): Rec[] {
  return Array.from({ length: n }, (_, i) => item(`${prefix}${i + 1}`));
}

/** A full-time staff member. */
export function staff(id: string, communityId: string, extra: Rec = {}): Rec {
  return { id, name: id, communityId, roles: ['committee-member'], fullTime: true, ...extra };
}

/** The findings of a report as `[subject, item, outcome, code]` rows, for compact assertions. */
export function rows(report: Report): [string, string | undefined, Finding['outcome'], string][] {
  return report.findings.map((f) => [f.subject.id, f.item, f.outcome, f.code]);
}

/** The messages of a report's findings for one subject. */
export function messages(report: Report, subject?: string): string[] {
  return report.findings.filter((f) => subject === undefined || f.subject.id === subject).map((f) => f.message);
}
