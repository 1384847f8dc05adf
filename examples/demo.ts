/**
 * `npm run demo`: the library's main job on the bundled Kunshan data — validate, check every rule, and print the
 * results readably.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderTable } from '../src/cli/table.js';
import { check, datasetKeys, formatPath, recordKindLabels, recordKinds, rules, validateDataset, type Report } from '../src/index.js';

const file = fileURLToPath(new URL('./data/reference-communities.json', import.meta.url));
const input: unknown = JSON.parse(readFileSync(file, 'utf8'));
const out: string[] = [];
const heading = (zh: string, en: string) => out.push('', `== ${zh} / ${en} ==`);

out.push('community-standards — 昆山社区公共服务标准 / Kunshan community public-service standards');

heading('一、数据校验', 'Validation');
const validation = validateDataset(input);
const data = input as Record<string, unknown[] | undefined>;
const counts = recordKinds
  .filter((k) => data[datasetKeys[k]] !== undefined)
  .map((k) => [`${recordKindLabels[k]['zh-CN']} / ${recordKindLabels[k].en}`, String(data[datasetKeys[k]]?.length ?? 0)]);
out.push(...renderTable(['记录 / records', 'n'], counts, ['left', 'right']));
if (validation.ok) out.push('✓ 全部记录通过校验 / all records are valid');
else for (const issue of validation.issues) out.push(`✗ ${formatPath(issue.path)} — ${issue.message}`);

heading('二、规则 × 社区', 'Rules × communities (✓ pass, ✗ fail, · not applicable)');
const report: Report = check(input, { asOf: '2013-06-30' });
out.push(...rulesByCommunity(report));
const t = report.summary.total;
out.push('', `合计 / total: ✓ ${t.pass}  ✗ ${t.fail}  · ${t.notApplicable}`);

heading('三、不符合项', 'Failures');
for (const f of report.findings.filter((x) => x.outcome === 'fail')) {
  out.push(`✗ [${f.rule}] ${f.subject.id}${f.item === undefined ? '' : ` / ${f.item}`}: ${f.message}`);
}

console.log(out.join('\n'));

/** One row per rule, one column per community; a centre's findings count for the communities it serves. */
function rulesByCommunity(report: Report): string[] {
  const communities = (data['communities'] as { id: string; name: string }[] | undefined) ?? [];
  const centers = (data['serviceCenters'] as { id: string; communityIds: string[] }[] | undefined) ?? [];
  const communitiesOf = (kind: string, id: string) =>
    kind === 'community' ? [id] : kind === 'serviceCenter' ? (centers.find((c) => c.id === id)?.communityIds ?? []) : [];
  const rows = rules.map((rule) => {
    const cells = communities.map((c) => {
      const outcomes = report.findings
        .filter((f) => f.rule === rule.id && communitiesOf(f.subject.kind, f.subject.id).includes(c.id))
        .map((f) => f.outcome);
      if (outcomes.length === 0) return '';
      if (outcomes.includes('fail')) return `✗${outcomes.filter((o) => o === 'fail').length > 1 ? outcomes.filter((o) => o === 'fail').length : ''}`;
      if (outcomes.includes('pass')) return '✓';
      return '·';
    });
    return [rule.id, ...cells];
  });
  return renderTable(['规则 / rule', ...communities.map((c) => c.name)], rows, ['left', ...communities.map(() => 'center' as const)]);
}
