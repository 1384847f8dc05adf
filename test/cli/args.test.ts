import { describe, expect, it } from 'vitest';
import { localeOf, parseCliArgs } from '../../src/cli/args.js';
import { UsageFailure } from '../../src/cli/usage.js';

function failure(argv: string[]): { code: string; params: Record<string, unknown> } {
  try {
    parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageFailure) return { code: error.code, params: { ...error.params } };
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('parseCliArgs', () => {
  it('takes the file after `--output html`, so that it is not read as an input', () => {
    const parsed = parseCliArgs(['check', 'a.ndjson', '--output', 'html', 'report.html', '--as-of', '2013-06-30']);
    expect(parsed).toEqual({
      type: 'run',
      args: { command: 'check', operands: ['a.ndjson'], output: 'html', htmlFile: 'report.html', asOf: '2013-06-30', locale: 'zh-CN', failOn: 'error', progress: true, force: false },
    });
    expect(parseCliArgs(['stats', '--output=html', 'page.html', 'a.csv', '-k', 'community'])).toMatchObject({
      args: { operands: ['a.csv'], htmlFile: 'page.html', kind: 'community', output: 'html' },
    });
  });

  it('reads every option of validate and check', () => {
    expect(parseCliArgs(['validate', 'a', 'b', '-f', 'csv', '-k', 'plaque', '-n', '5', '--no-progress', '-l', 'en', '-o', 'json'])).toEqual({
      type: 'run',
      args: { command: 'validate', operands: ['a', 'b'], output: 'json', format: 'csv', kind: 'plaque', maxProblems: 5, locale: 'en', failOn: 'error', progress: false, force: false },
    });
    expect(parseCliArgs(['check', 'a', '--fail-on', 'info', '-p', 'national'])).toMatchObject({ args: { failOn: 'info', profile: 'national' } });
    expect(parseCliArgs(['check', 'a', '-o', 'ndjson', '--jobs', '3', '--findings', 'all'])).toMatchObject({ args: { output: 'ndjson', jobs: 3, findings: 'all' } });
    expect(parseCliArgs(['check', 'a', '-j', '1'])).toMatchObject({ args: { jobs: 1 } });
  });

  it('accepts --no-progress on every command, and --force on the two that write a page', () => {
    for (const argv of [['validate', 'a'], ['check', 'a'], ['stats', 'a'], ['schema'], ['rules'], ['explain', 'hall.min-items']]) {
      expect(parseCliArgs([...argv, '--no-progress'])).toMatchObject({ type: 'run', args: { progress: false } });
    }
    expect(parseCliArgs(['check', 'a', '--force'])).toMatchObject({ args: { force: true } });
    expect(parseCliArgs(['stats', 'a', '--force'])).toMatchObject({ args: { force: true } });
  });

  it('answers --help, help, no command and --version', () => {
    expect(parseCliArgs(['--help'])).toEqual({ type: 'help', locale: 'zh-CN', asked: true });
    expect(parseCliArgs(['help', '--locale', 'en'])).toEqual({ type: 'help', locale: 'en', asked: true });
    expect(parseCliArgs([])).toEqual({ type: 'help', locale: 'zh-CN', asked: false });
    expect(parseCliArgs(['-v'])).toEqual({ type: 'version' });
  });

  it.each([
    [['frobnicate'], 'unknown_command', { command: 'frobnicate' }],
    [['validate', 'a', '--colour'], 'unknown_option', { option: '--colour' }],
    [['validate', 'a', '--kind'], 'option_needs_value', { option: '--kind' }],
    [['validate', 'a', '--profile', 'national'], 'option_not_for_command', { option: '--profile', command: 'validate' }],
    [['validate'], 'missing_operand', { command: 'validate', operand: 'FILE' }],
    [['explain', 'a', 'b'], 'too_many_operands', { command: 'explain', extra: 'b' }],
    [['validate', 'a', '--output', 'html', 'x.html'], 'output_not_for_command', { output: 'html', command: 'validate' }],
    [['check', 'a', '--output', 'html'], 'html_needs_file', {}],
    [['check', 'a', '--output', 'xml'], 'bad_value', { option: '--output', value: 'xml', expected: 'text, json, html, ndjson, xlsx' }],
    [['check', 'a', '--as-of', '2013-02-30'], 'bad_value', { option: '--as-of', value: '2013-02-30', expected: 'YYYY-MM-DD' }],
    [['check', 'a', '--locale', 'fr'], 'bad_value', { option: '--locale', value: 'fr', expected: 'zh-CN, en' }],
    [['check', 'a', '--fail-on', 'fatal'], 'bad_value', { option: '--fail-on', value: 'fatal', expected: 'error, warning, info' }],
    [['check', 'a', '--max-problems=-1'], 'bad_value', { option: '--max-problems', value: '-1', expected: '0, 1, 2, …' }],
    // a negative number after its option is the option's (bad) value, not an option of its own
    [['check', 'a', '--max-problems', '-1'], 'bad_value', { option: '--max-problems', value: '-1', expected: '0, 1, 2, …' }],
    [['check', 'a', '-n', '-1'], 'bad_value', { option: '--max-problems', value: '-1', expected: '0, 1, 2, …' }],
    [['check', 'a', '--as-of', '-2013-06-30'], 'bad_value', { option: '--as-of', value: '-2013-06-30', expected: 'YYYY-MM-DD' }],
    [['check', 'a', '--as-of', '2013-06-30', '--as-of', '2014-06-30'], 'option_repeated', { option: '--as-of' }],
    [['check', 'a', '-p', 'kunshan', '--profile=national'], 'option_repeated', { option: '--profile' }],
    [['check', 'a', '-n', '3', '-n', '4'], 'option_repeated', { option: '--max-problems' }],
    [['check', 'a', '--jobs', '0'], 'bad_value', { option: '--jobs', value: '0', expected: '1, 2, 3, …' }],
    [['check', 'a', '--jobs', 'all'], 'bad_value', { option: '--jobs', value: 'all', expected: '1, 2, 3, …' }],
    [['check', 'a', '--findings', 'passes'], 'bad_value', { option: '--findings', value: 'passes', expected: 'failures, all' }],
    [['validate', 'a', '--jobs', '2'], 'option_not_for_command', { option: '--jobs', command: 'validate' }],
    [['validate', 'a', '--output', 'ndjson'], 'output_not_for_command', { output: 'ndjson', command: 'validate' }],
    [['validate', 'a', '--force'], 'option_not_for_command', { option: '--force', command: 'validate' }],
    [['validate', 'a', '--format', 'xls'], 'bad_value', { option: '--format', value: 'xls', expected: 'json, ndjson, csv, xlsx' }],
    [['validate', 'a', '--kind', 'communities'], 'unknown_kind', { kind: 'communities' }],
  ])('%j is a usage error %s', (argv, code, params) => {
    expect(failure(argv)).toEqual({ code, params });
  });

  it('reads the locale before anything else, for the usage errors', () => {
    expect(localeOf(['frobnicate', '--locale', 'en'])).toBe('en');
    expect(localeOf(['x', '--locale=en'])).toBe('en');
    expect(localeOf(['x', '--locale', 'fr'])).toBe('zh-CN');
  });
});
