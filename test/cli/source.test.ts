import { describe, expect, it } from 'vitest';
import { processIo } from '../../src/cli/io.js';
import { FatalInputError } from '../../src/cli/problem.js';
import { openSource } from '../../src/cli/source.js';
import { fixtures } from './helpers.js';

const io = processIo({ cwd: fixtures });

describe('openSource', () => {
  it('opens a file relative to the working directory, with its size, counting the bytes read', async () => {
    const source = await openSource('good.ndjson', io);
    let text = '';
    for await (const chunk of source.text) text += chunk;
    expect(source.size).toBe(Buffer.byteLength(text));
    expect(source.bytesRead()).toBe(source.size);
  });

  it('refuses a missing file and a directory', async () => {
    for (const [file, reason] of [
      ['nowhere.csv', 'ENOENT'],
      ['.', 'EISDIR'],
    ]) {
      const error = await openSource(file as string, io).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FatalInputError);
      expect((error as FatalInputError).problem).toEqual({ code: 'unreadable_file', location: { file }, params: { reason } });
    }
  });
});
