/**
 * The command line, parsed with `node:util`'s `parseArgs` and checked per command.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import type { Severity } from '../engine/types.js';
import type { Locale } from '../locale.js';
import type { RecordKind } from '../models/kinds.js';
import { toIsoDate } from '../profiles/as-of.js';
import { isRecordKind } from '../validation/validate-record.js';
import { inputFormats, isInputFormat, type InputFormat } from './format.js';
import { UsageFailure } from './usage.js';

/**
 * The commands.
 *
 * @example
 * ```ts
 * commandNames.includes('check'); //=> true
 * ```
 */
export const commandNames = ['validate', 'check', 'stats', 'schema', 'rules', 'explain', 'template', 'help'] as const;
/** A command's name. */
export type CommandName = (typeof commandNames)[number];
/** What `--output` can be. */
export type OutputKind = 'text' | 'json' | 'html' | 'ndjson' | 'xlsx';

/** A parsed, checked command line. */
export interface CliArgs {
  readonly command: CommandName;
  /** Files, or the kind (`schema`) or rule (`explain`). */
  readonly operands: readonly string[];
  readonly output: OutputKind;
  /** The page's file, for `--output html FILE`. */
  readonly htmlFile?: string;
  /** The workbook's file, for `--output xlsx FILE` (check) and `template --output FILE.xlsx`. */
  readonly xlsxFile?: string;
  readonly kind?: RecordKind;
  readonly format?: InputFormat;
  /** `--encoding gbk`: text files are GBK (GB18030); UTF-8 otherwise. */
  readonly encoding?: 'gbk';
  readonly profile?: string;
  /** `YYYY-MM-DD`. */
  readonly asOf?: string;
  readonly locale: Locale;
  /** How many problems and failures to list; default 20 in text, 1,000 in JSON and HTML. */
  readonly maxProblems?: number;
  readonly failOn: Severity;
  /** `--no-progress` turns the bar off. */
  readonly progress: boolean;
  /** `--force`: the HTML page may replace an existing file (never an input). */
  readonly force: boolean;
  /** `--jobs N` (check): how many worker threads check the groups of a grouped NDJSON input; 1 checks in-process. */
  readonly jobs?: number;
  /** `--findings` (check, `--output ndjson`): the findings written, `failures` (default) or `all`. */
  readonly findings?: 'failures' | 'all';
}

/** The outcome of parsing: a command to run, a request for help or the version. */
export type ParsedArgs =
  | { readonly type: 'run'; readonly args: CliArgs }
  | { readonly type: 'help'; readonly locale: Locale; /** Whether help was asked for (else no command was given). */ readonly asked: boolean }
  | { readonly type: 'version' };

const OPTIONS = {
  kind: { type: 'string', short: 'k' },
  format: { type: 'string', short: 'f' },
  encoding: { type: 'string' },
  output: { type: 'string', short: 'o' },
  profile: { type: 'string', short: 'p' },
  'as-of': { type: 'string' },
  locale: { type: 'string', short: 'l' },
  'max-problems': { type: 'string', short: 'n' },
  'fail-on': { type: 'string' },
  'no-progress': { type: 'boolean' },
  force: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  findings: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
type OptionName = keyof typeof OPTIONS;

/** `--no-progress` is accepted by every command (those that read no file have no bar to turn off). */
const READING: readonly OptionName[] = ['kind', 'format', 'encoding', 'no-progress'];
const ALLOWED: Readonly<Record<CommandName, readonly OptionName[]>> = {
  validate: [...READING, 'output', 'max-problems'],
  check: [...READING, 'output', 'profile', 'as-of', 'max-problems', 'fail-on', 'force', 'jobs', 'findings'],
  stats: [...READING, 'output', 'profile', 'as-of', 'max-problems', 'force'],
  schema: ['no-progress'],
  rules: ['output', 'no-progress'],
  explain: ['output', 'profile', 'as-of', 'no-progress'],
  template: ['output', 'force', 'no-progress'],
  help: [],
};
const LONG_OF_SHORT: Readonly<Record<string, OptionName>> = Object.fromEntries(
  Object.entries(OPTIONS).flatMap(([name, o]) => ('short' in o ? [[`-${o.short}`, name as OptionName]] : [])),
);

/**
 * A value that starts with a dash and a digit (`-n -1`) is joined to its option (`--max-problems=-1`), so that it
 * is refused as a bad value rather than taken for an option.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const name = a.startsWith('--') ? (a.slice(2) as OptionName) : LONG_OF_SHORT[a];
    const next = argv[i + 1];
    if (name !== undefined && OPTIONS[name]?.type === 'string' && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}
const OUTPUTS: Readonly<Record<CommandName, readonly OutputKind[]>> = {
  validate: ['text', 'json'],
  check: ['text', 'json', 'html', 'ndjson', 'xlsx'],
  stats: ['text', 'json', 'html'],
  schema: ['text'],
  rules: ['text', 'json'],
  explain: ['text', 'json'],
  template: ['xlsx'],
  help: ['text'],
};
const OPERANDS: Readonly<Record<CommandName, readonly [min: number, max: number, name: string]>> = {
  validate: [1, Number.POSITIVE_INFINITY, 'FILE'],
  check: [1, Number.POSITIVE_INFINITY, 'FILE'],
  stats: [1, Number.POSITIVE_INFINITY, 'FILE'],
  schema: [0, 1, 'KIND'],
  rules: [0, 0, ''],
  explain: [1, 1, 'RULE'],
  template: [0, Number.POSITIVE_INFINITY, 'KIND'],
  help: [0, 1, 'COMMAND'],
};

/**
 * `--output html FILE` and `--output xlsx FILE`: the file follows `html` or `xlsx`; take it out before `parseArgs`
 * sees it as an operand. `template --output FILE.xlsx` names the file directly.
 */
function takeOutputFile(argv: readonly string[]): { argv: string[]; htmlFile?: string; xlsxFile?: string } {
  const rest = [...argv];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--') break;
    for (const kind of ['html', 'xlsx'] as const) {
      const valueAt = a === `--output=${kind}` || a === `-o${kind}` ? i : (a === '--output' || a === '-o') && rest[i + 1] === kind ? i + 1 : -1;
      if (valueAt === -1) continue;
      const file = rest[valueAt + 1];
      if (file === undefined || file.startsWith('-')) throw new UsageFailure(kind === 'html' ? 'html_needs_file' : 'xlsx_needs_file', {});
      rest.splice(valueAt + 1, 1);
      return kind === 'html' ? { argv: rest, htmlFile: file } : { argv: rest, xlsxFile: file };
    }
  }
  if (rest.find((a) => !a.startsWith('-')) === 'template') {
    // `template --output FILE.xlsx`: the value of --output is the file.
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i] ?? '';
      const file = a === '--output' || a === '-o' ? rest[i + 1] : a.startsWith('--output=') ? a.slice(9) : undefined;
      if (file === undefined) continue;
      if (!/\.xlsx$/i.test(file)) throw new UsageFailure('xlsx_needs_file', {});
      rest.splice(i, a.startsWith('--output=') ? 1 : 2, '--output=xlsx');
      return { argv: rest, xlsxFile: file };
    }
  }
  return { argv: rest };
}

/**
 * The `--locale` value, read before anything else so that usage errors are in it.
 *
 * @param argv - the arguments
 * @returns `en` or `zh-CN` (the default, also for an invalid value)
 * @example
 * ```ts
 * localeOf(['frobnicate', '--locale', 'en']); //=> 'en'
 * ```
 */
export function localeOf(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = a === '--locale' || a === '-l' ? argv[i + 1] : a.startsWith('--locale=') ? a.slice(9) : undefined;
    if (value === 'en' || value === 'zh-CN') return value;
  }
  return 'zh-CN';
}

/**
 * Parses and checks the command line: the command, its operands, and the options it accepts (any other is a
 * usage error). `--output html FILE` takes the file after `html`.
 *
 * @param argv - the arguments after the executable (`process.argv.slice(2)`)
 * @returns what to do
 * @throws {@link UsageFailure} for anything wrong with the command line
 * @example
 * ```ts
 * parseCliArgs(['check', 'a.ndjson', '--output', 'html', 'report.html']);
 * //=> { type: 'run', args: { command: 'check', operands: ['a.ndjson'], output: 'html', htmlFile: 'report.html', … } }
 * ```
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const locale = localeOf(argv);
  const { argv: taken, htmlFile, xlsxFile } = takeOutputFile(argv);
  const rest = joinNegativeValues(taken);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageFailure('option_needs_value', { option: /--[\w-]+/.exec(message)?.[0] ?? message });
    }
    throw new UsageFailure('unknown_option', { option: /'([^']+)'/.exec(message)?.[1] ?? message });
  }
  const { values, positionals, tokens } = parsed;
  if (values.version === true) return { type: 'version' };
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || OPTIONS[token.name as OptionName]?.type !== 'string') continue;
    if (seen.has(token.name)) throw new UsageFailure('option_repeated', { option: `--${token.name}` });
    seen.add(token.name);
  }
  const [name, ...operands] = positionals;
  if (values.help === true || name === undefined) return { type: 'help', locale, asked: values.help === true };
  if (!(commandNames as readonly string[]).includes(name)) throw new UsageFailure('unknown_command', { command: name });
  const command = name as CommandName;
  if (command === 'help') return { type: 'help', locale, asked: true };

  for (const option of Object.keys(values) as OptionName[]) {
    if (option === 'locale' || option === 'help' || option === 'version') continue;
    if (!ALLOWED[command].includes(option)) throw new UsageFailure('option_not_for_command', { option: `--${option}`, command });
  }
  const [min, max, operand] = OPERANDS[command];
  if (operands.length < min) throw new UsageFailure('missing_operand', { command, operand });
  if (operands.length > max) throw new UsageFailure('too_many_operands', { command, extra: operands[max] });

  if (command === 'template' && xlsxFile === undefined) throw new UsageFailure('xlsx_needs_file', {});
  const output = (values.output ?? 'text') as OutputKind;
  if (!['text', 'json', 'html', 'ndjson', 'xlsx'].includes(output)) throw new UsageFailure('bad_value', { option: '--output', value: output, expected: 'text, json, html, ndjson, xlsx' });
  if (!OUTPUTS[command].includes(output)) throw new UsageFailure('output_not_for_command', { output, command });
  if (values.locale !== undefined && values.locale !== 'zh-CN' && values.locale !== 'en') {
    throw new UsageFailure('bad_value', { option: '--locale', value: values.locale, expected: 'zh-CN, en' });
  }
  if (values.kind !== undefined && !isRecordKind(values.kind)) throw new UsageFailure('unknown_kind', { kind: values.kind });
  if (values.format !== undefined && !isInputFormat(values.format)) {
    throw new UsageFailure('bad_value', { option: '--format', value: values.format, expected: inputFormats.join(', ') });
  }
  const encoding = values.encoding?.toLowerCase();
  if (encoding !== undefined && !['utf-8', 'utf8', 'gbk', 'gb18030'].includes(encoding)) {
    throw new UsageFailure('bad_value', { option: '--encoding', value: values.encoding, expected: 'utf-8, gbk' });
  }
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'info') {
    throw new UsageFailure('bad_value', { option: '--fail-on', value: failOn, expected: 'error, warning, info' });
  }
  const max_ = values['max-problems'];
  if (max_ !== undefined && !/^\d{1,9}$/.test(max_)) throw new UsageFailure('bad_value', { option: '--max-problems', value: max_, expected: '0, 1, 2, …' });
  const jobs = values.jobs;
  if (jobs !== undefined && !/^0*[1-9]\d{0,3}$/.test(jobs)) throw new UsageFailure('bad_value', { option: '--jobs', value: jobs, expected: '1, 2, 3, …' });
  const findings = values.findings;
  if (findings !== undefined && findings !== 'failures' && findings !== 'all') throw new UsageFailure('bad_value', { option: '--findings', value: findings, expected: 'failures, all' });
  let asOf: string | undefined;
  if (values['as-of'] !== undefined) {
    try {
      asOf = toIsoDate(values['as-of']);
    } catch {
      throw new UsageFailure('bad_value', { option: '--as-of', value: values['as-of'], expected: 'YYYY-MM-DD' });
    }
  }
  return {
    type: 'run',
    args: {
      command,
      operands,
      output,
      ...(htmlFile !== undefined && { htmlFile }),
      ...(xlsxFile !== undefined && { xlsxFile }),
      ...(values.kind !== undefined && { kind: values.kind as RecordKind }),
      ...(values.format !== undefined && { format: values.format as InputFormat }),
      ...((encoding === 'gbk' || encoding === 'gb18030') && { encoding: 'gbk' as const }),
      ...(values.profile !== undefined && { profile: values.profile }),
      ...(asOf !== undefined && { asOf }),
      locale: (values.locale ?? locale) as Locale,
      ...(max_ !== undefined && { maxProblems: Number(max_) }),
      failOn,
      progress: values['no-progress'] !== true,
      force: values.force === true,
      ...(jobs !== undefined && { jobs: Number(jobs) }),
      ...(findings !== undefined && { findings }),
    },
  };
}
