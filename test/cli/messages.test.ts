import { describe, expect, it } from 'vitest';
import { inputProblemCodes } from '../../src/cli/problem.js';
import type { UsageErrorCode } from '../../src/cli/usage.js';
import { cliMessages } from '../../src/cli/messages.js';

const CJK = /[\u4e00-\u9fff]/;
const params = { reason: 'ENOENT', offset: 5, guess: 'gb18030', detail: 'x', received: 'array', hint: 'plaque', kind: 'k', expected: 'e', count: 1, column: 'c', position: 2, key: 'k', option: '--o', command: 'check', operand: 'FILE', extra: 'x', value: 'v', output: 'html', rule: 'r', suggestions: ['a'], file: 'f', asOf: 'd' };

describe('cliMessages', () => {
  it('words every input problem in Chinese and in English', () => {
    for (const code of inputProblemCodes) {
      const zh = cliMessages['zh-CN'].problems[code](params);
      const en = cliMessages.en.problems[code](params);
      expect(zh, code).toMatch(CJK);
      expect(en, code).not.toMatch(CJK);
      expect(en.length, code).toBeGreaterThan(5);
    }
  });

  it('words every usage error in both locales', () => {
    for (const code of Object.keys(cliMessages.en.usage) as UsageErrorCode[]) {
      expect(cliMessages['zh-CN'].usage[code](params), code).toMatch(CJK);
      expect(cliMessages.en.usage[code](params), code).not.toMatch(CJK);
    }
    expect(Object.keys(cliMessages['zh-CN'].usage).sort()).toEqual(Object.keys(cliMessages.en.usage).sort());
  });

  it('says how to convert GBK and UTF-16 files', () => {
    expect(cliMessages.en.problems.not_utf8({ offset: 0, guess: 'utf-16' })).toContain('iconv -f UTF-16 -t UTF-8');
    expect(cliMessages['zh-CN'].problems.not_utf8({ offset: 0, guess: 'gb18030' })).toContain('iconv -f GB18030 -t UTF-8');
  });

  it('lists the same commands and options in both helps', () => {
    const flags = (help: string) => [...help.matchAll(/--[a-z-]+/g)].map((m) => m[0]).sort();
    expect(flags(cliMessages['zh-CN'].help)).toEqual(flags(cliMessages.en.help));
  });
});
