/**
 * `rules` and `explain` as text.
 *
 * @module
 */
import { formatCitation } from '../../engine/explanation.js';
import { cliMessages } from '../messages.js';
import { recordKindLabels } from '../../models/kinds.js';
import type { ExplainOutput, RulesOutput } from '../output.js';
import { reportMessages } from '../../report/messages.js';
import { renderTable } from '../../report/table.js';

/**
 * Renders the rule registry as a table: id, severity, the kind it checks, title.
 *
 * @param output - the output of `rules`
 * @returns the text, ending with a line break
 * @example
 * ```ts
 * renderRulesText(rulesCommand({ locale: 'en' })).split('\n')[2];
 * //=> 'hall.one-stop                 error    community       One-stop service hall'
 * ```
 */
export function renderRulesText(output: RulesOutput): string {
  const r = reportMessages[output.locale];
  const w = r.words;
  const rows = output.rules.map((rule) => [rule.id, r.severity[rule.severity], recordKindLabels[rule.subject][output.locale], rule.title]);
  return `${renderTable([w.rule, w.severity, w.subject, w.title], rows).join('\n')}\n`;
}

/**
 * Renders one rule: id and title, severity and subject, its source (with the sentence of the report it encodes),
 * and each parameter with every dated value, its citation or assumption note, ▶ marking the value in force.
 *
 * @param output - the output of `explain`
 * @returns the text, ending with a line break
 * @example
 * ```ts
 * renderExplainText(output).split('\n')[0]; //=> 'hall.min-items — At least 20 service items'
 * ```
 */
export function renderExplainText(output: ExplainOutput): string {
  const { locale, rule } = output;
  const m = cliMessages[locale];
  const r = reportMessages[locale];
  const lines = [
    `${rule.id} — ${rule.title}`,
    m.text.explainMeta(r.severity[rule.severity], recordKindLabels[rule.subject][locale]),
    `${r.words.source}: ${formatCitation(rule.source, { locale })}`,
    '',
  ];
  if (output.parameters.length === 0) lines.push(m.text.noParameters);
  else lines.push(m.text.explainParameters(`${output.profile.name} (${output.profile.id})`, output.asOf));
  for (const p of output.parameters) {
    if (p.profile === null) {
      lines.push(`  ${p.id} ${m.text.missingParameter}`);
      continue;
    }
    lines.push(`  ${p.id} — ${p.label} (${p.profile})`);
    for (const v of p.values) {
      lines.push(`  ${v.inForce ? '▶' : ' '} ${m.text.range(v.from, v.to)}: ${v.text}`);
      if (v.citation !== undefined) lines.push(`      ${r.words.source}: ${formatCitation(v.citation, { locale })}`);
      if (v.assumption !== undefined) lines.push(`      ${m.words.assumption}: ${v.assumption}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
