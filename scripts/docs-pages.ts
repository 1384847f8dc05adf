/**
 * Builds the generated documentation pages — the rules catalogue and the parameters table — from the `rules`
 * registry and the shipped profiles, so that they cannot drift from the code. Used by scripts/write-docs.ts and by
 * the test that fails when the committed pages are stale.
 */
import { engineMessages } from '../src/engine/messages.js';
import { fenToYuanText } from '../src/engine/format-parameter.js';
import { formatCitation, kunshan, national, rules, recordKindLabels, type ParameterValue, type Profile } from '../src/index.js';
import { GENERATED, pageName, parameterIds } from './rule-pages.js';

/** The YAML front matter that makes typedoc nest the per-item pages under a page. */
const children = (folder: string, ids: readonly string[]) => ['---', 'children:', ...ids.map((id) => `  - ./${folder}/${pageName(id)}`), '---'];

// The slug GitHub and typedoc both give a heading like `hall.min-items`: lower case, punctuation but '-' dropped.
const anchor = (id: string) => id.toLowerCase().replace(/[^a-z0-9-]/g, '');
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function formatValue(unit: string, v: ParameterValue): string {
  const value = v.value;
  if (typeof value === 'number' && unit.startsWith('fen')) return `${fenToYuanText(value)} 元 (${value.toLocaleString('en')} fen)`;
  if (typeof value === 'number' && unit === 'ratio') return `${value * 100}%`;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : `\`${JSON.stringify(value)}\``;
}

function dates(v: ParameterValue): string {
  if (v.from === undefined && v.to === undefined) return 'always (no date given)';
  return `${v.from ?? '…'} – ${v.to ?? 'in force'}`;
}

/** The parameters page: every parameter of every shipped profile, its dated values and their sources. */
export function parametersPage(): string {
  const lines = [
    ...children('parameters', parameterIds()),
    GENERATED,
    '',
    '# Parameters / 参数',
    '',
    'Every number a rule or calculator uses, profile by profile, with the dates each value is in force and where it',
    'comes from. A value marked **assumption** is our reading where the source is silent; a city replaces any of them',
    'with `defineProfile` (see [Profiles and parameters](./profiles.md)). Money is in integer fen (1 元 = 100 分).',
    'Each parameter has its own page, with its values on a timeline and the rules that read it.',
  ];
  const profiles: Profile[] = [national, kunshan];
  for (const profile of profiles) {
    lines.push('', `## Profile \`${profile.id}\` — ${profile.name['zh-CN']} / ${profile.name.en}`, '');
    if (profile.extends !== undefined) lines.push(`Builds on \`${profile.extends.id}\`.`, '');
    for (const [id, definition] of Object.entries(profile.parameters).sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`### ${id}`, '', `${definition.label['zh-CN']} / ${definition.label.en} — unit \`${definition.unit}\` ([page](./parameters/${pageName(id)}))`, '');
      if (definition.description !== undefined) lines.push(`${definition.description['zh-CN']} / ${definition.description.en}`, '');
      lines.push('| in force | value | basis | source |', '|---|---|---|---|');
      for (const v of definition.values) {
        const source = [
          v.citation === undefined ? '' : formatCitation(v.citation, { locale: 'zh-CN' }),
          v.assumption === undefined ? '' : `**assumption**: ${v.assumption.en} / ${v.assumption['zh-CN']}`,
        ]
          .filter((s) => s !== '')
          .join('<br>');
        lines.push(`| ${dates(v)} | ${cell(formatValue(definition.unit, v))} | ${v.basis ?? ''} | ${cell(source)} |`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The rules catalogue: every rule with the Chinese sentence it encodes and the parameters it reads. */
export function rulesPage(): string {
  const words = engineMessages.en.words;
  const lines = [
    ...children('rules', rules.map((r) => r.id)),
    GENERATED,
    '',
    '# Rules catalogue / 规则目录',
    '',
    'Every rule `check()` runs, in report order, with the sentence of the source it encodes, the record kind it',
    'checks, its severity and the parameters it reads (see [Parameters](./parameters.md)). A rule reports every',
    'item it checks (each station, each plaque), and is *not applicable* where the data does not report what it needs.',
    'Each rule has its own page, with its parameters on a timeline and its conformance vectors as worked examples.',
    '',
    '| rule | title | subject | severity |',
    '|---|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${anchor(r.id)}) | ${r.title['zh-CN']} / ${r.title.en} | ${r.subject} | ${r.severity} |`),
  ];
  for (const rule of rules) {
    lines.push(
      '',
      `## ${rule.id}`,
      '',
      `**${rule.title['zh-CN']}** / ${rule.title.en} ([page](./rules/${pageName(rule.id)}))`,
      '',
      `- ${words.source}: ${formatCitation(rule.source, { locale: 'zh-CN' })}`,
      `- Subject: \`${rule.subject}\` (${recordKindLabels[rule.subject]['zh-CN']})`,
      `- Severity: \`${rule.severity}\``,
      `- Parameters: ${rule.parameters.length === 0 ? 'none' : rule.parameters.map((p) => `[\`${p}\`](./parameters.md#${anchor(p)})`).join(', ')}`,
      `- Message codes: ${Object.keys(rule.messages['zh-CN']).map((c) => `\`${c}\``).join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
