/**
 * `community-standards/cli` — the command-line tool as a function: `run(argv, io)` returns the exit code, so that
 * other programs (and tests) can run it in-process. Node only. The executable is `community-standards`
 * (`dist/bin.js`); see docs/cli.md for the commands, the JSON output's shape and the exit codes.
 *
 * @module
 */
import { escapeControlCharacters } from '../control-characters.js';
import { isCommunityStandardsError } from '../errors.js';
import { cliMessages } from './messages.js';
import { localeOf, parseCliArgs, type CliArgs } from './args.js';
import { checkCommand, checkStreamedCommand, streams, summaryLine, type CheckResult } from './commands/check.js';
import type { Finding } from '../engine/types.js';
import type { ReportJSON } from '../report/json.js';
import { explainCommand, rulesCommand } from './commands/rules.js';
import { schemaCommand } from './commands/schema.js';
import { statsCommand } from './commands/stats.js';
import { statisticsOf } from './compute-statistics.js';
import { validateCommand } from './commands/validate.js';
import { templateCommand } from './commands/template.js';
import { ExitCode } from './exit-code.js';
import { processIo, type CliIo } from './io.js';
import { renderHtml } from '../report/html.js';
import { renderText } from '../report/text.js';
import { renderExplainText, renderRulesText } from './render/rules-text.js';
import { renderStatsHtml } from './render/stats-html.js';
import { renderStatsText } from './render/stats-text.js';
import { renderValidateText } from './render/validate-text.js';
import { UsageFailure } from './usage.js';
import { packageVersion } from './version.js';
import { checkOutputTarget, writeOutputFile, type OutputTarget } from './write-file.js';

export { ExitCode } from './exit-code.js';
export { processIo, type CliIo, type OutputStream } from './io.js';
export { inputProblemCodes, type InputProblemCode } from './problem.js';
export { inputFormats, type InputFormat } from './format.js';
export { renderProgress, type ProgressState } from './progress.js';
export * from './output.js';

/**
 * Runs the command line: parses `argv`, runs the command, writes the result to `io.stdout` (text, JSON, or — for
 * `--output html FILE` — the page to FILE and the text summary to stdout), usage errors to `io.stderr`, and the
 * progress bar to `io.stderr` when it is a terminal and `CI` is unset. Never calls `process.exit`.
 *
 * @param argv - the arguments after the executable, e.g. `['check', 'data.ndjson', '--output', 'json']`
 * @param io - what to use instead of the process's streams, environment, directory and clock
 * @returns the exit code: 0 clean, 1 problems in the data (invalid records, malformed lines, failures of the
 *   `--fail-on` severity), 2 a usage error or an input that cannot be read
 * @example
 * ```ts
 * let out = '';
 * const code = await run(['validate', 'communities.csv', '--kind', 'community', '--output', 'json'], {
 *   stdout: { write: (text: string) => (out += text) },
 * });
 * code; //=> 0
 * JSON.parse(out).totals; //=> { records: 308, valid: 308, invalid: 0 }
 * ```
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<ExitCode> {
  const env = safeText(processIo(io));
  const locale = localeOf(argv);
  try {
    const parsed = parseCliArgs(argv);
    if (parsed.type === 'version') {
      env.stdout.write(`${packageVersion()}\n`);
      return ExitCode.ok;
    }
    if (parsed.type === 'help') {
      (parsed.asked ? env.stdout : env.stderr).write(cliMessages[parsed.locale].help);
      return parsed.asked ? ExitCode.ok : ExitCode.usage;
    }
    return await execute(parsed.args, env);
  } catch (error) {
    if (error instanceof UsageFailure) {
      env.stderr.write(`community-standards: ${cliMessages[locale].usage[error.code](error.params)}\n`);
      return ExitCode.usage;
    }
    if (isCommunityStandardsError(error)) {
      env.stderr.write(`community-standards: ${error.message}\n`);
      return ExitCode.usage;
    }
    throw error;
  }
}

/**
 * The surroundings with every control character (but the line break) of what is written escaped: records, file
 * names and values reach the terminal only as visible text (JSON output escapes them itself, and HTML has its own
 * escaping). Cells of tables escape line breaks too (see renderTable).
 */
function safeText(io: CliIo): CliIo {
  const guard = (stream: CliIo['stdout']): CliIo['stdout'] => ({
    write: (text: string) => stream.write(escapeControlCharacters(text, true)),
    ...(stream.isTTY !== undefined && { isTTY: stream.isTTY }),
    ...(stream.columns !== undefined && { columns: stream.columns }),
  });
  return { ...io, stdout: guard(io.stdout), stderr: progressSafe(io.stderr, guard(io.stderr)) };
}

/** Standard error lets the progress bar's own `\r` and erase-line through: it is drawn from numbers only. */
function progressSafe(raw: CliIo['stderr'], guarded: CliIo['stderr']): CliIo['stderr'] {
  const bar = /^\r[^\u0000-\u001f\u007f-\u009f]*\u001b\[K$/;
  return { ...guarded, write: (text: string) => (bar.test(text) ? raw.write(text) : guarded.write(text)) };
}

/** The workbook's target (`check --output xlsx FILE`), as the page's. */
function workbookTarget(args: CliArgs, io: CliIo): OutputTarget {
  return { ...pageTarget(args, io), file: args.xlsxFile ?? '' };
}

/** The page's target: its file, the inputs it must not replace (the data files and the profile file) and `--force`. */
function pageTarget(args: CliArgs, io: CliIo): OutputTarget {
  return {
    file: args.htmlFile ?? '',
    cwd: io.cwd,
    inputs: [...args.operands, ...(args.profile !== undefined ? [args.profile] : [])],
    force: args.force,
  };
}

async function execute(args: CliArgs, io: CliIo): Promise<ExitCode> {
  const json = (value: unknown) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  if (args.output === 'html') await checkOutputTarget(pageTarget(args, io));
  if (args.output === 'xlsx' && args.command === 'check') await checkOutputTarget(workbookTarget(args, io));
  switch (args.command) {
    case 'validate': {
      const output = await validateCommand(args, io);
      if (args.output === 'json') json(output);
      else io.stdout.write(renderValidateText(output));
      return output.exitCode;
    }
    case 'check': {
      const ndjson = args.output === 'ndjson';
      const write = (text: string) => io.stdout.write(text);
      if (streams(args)) {
        const streamed = await checkStreamedCommand(args, io, ndjson ? write : undefined);
        if (streamed !== undefined) {
          const { output, extra } = streamed;
          if (ndjson) write(summaryLine(output, extra));
          else io.stdout.write(renderText(output, { maxFailures: Number.POSITIVE_INFINITY, more: cliMessages[args.locale].text.more }));
          return output.run?.exitCode ?? ExitCode.usage;
        }
        // Not grouped after all: the lines written are void; a reader starts again at the `restart` line.
        if (ndjson) write(`${JSON.stringify({ type: 'restart', reason: 'not-grouped' })}\n`);
      }
      const onFinding = ndjson ? (f: Finding, at: { file: string; line?: number } | undefined) => write(findingLine(f, at)) : undefined;
      const result = await checkCommand(args, io, onFinding);
      if (ndjson) {
        write(summaryLine(result.output));
        return result.output.run?.exitCode ?? ExitCode.usage;
      }
      const { report } = result.output;
      // The JSON and the page show the city statistics of the same records too; nothing was checked (and there is no
      // page) when an input could not be read (exit 2).
      const output = args.output === 'text' || report === undefined ? result.output : { ...result.output, ...statisticsOf(result.input, { asOf: report.asOf, profile: result.profile, locale: args.locale }) };
      const more = cliMessages[args.locale].text.more;
      if (args.output === 'json') json(output);
      else io.stdout.write(renderText(output, { brief: args.output === 'html' || args.output === 'xlsx', maxFailures: Number.POSITIVE_INFINITY, more }));
      if (args.output === 'html' && report !== undefined) await writePage(args, io, renderHtml(output));
      if (args.output === 'xlsx' && report !== undefined) {
        // Loaded on first use: exceljs is large, and only this output needs it.
        const { renderXlsx } = await import('../xlsx/render.js');
        await writeOutputFile(workbookTarget(args, io), await renderXlsx(output));
        io.stdout.write(`→ ${args.xlsxFile ?? ''}\n`);
      }
      return output.run?.exitCode ?? ExitCode.usage;
    }
    case 'stats': {
      const output = await statsCommand(args, io);
      if (args.output === 'json') json(output);
      else io.stdout.write(renderStatsText(output));
      if (args.output === 'html') await writePage(args, io, renderStatsHtml(output));
      return output.exitCode;
    }
    case 'schema':
      io.stdout.write(schemaCommand(args.operands[0], args.locale));
      return ExitCode.ok;
    case 'rules': {
      const output = rulesCommand(args);
      if (args.output === 'json') json(output);
      else io.stdout.write(renderRulesText(output));
      return ExitCode.ok;
    }
    case 'explain': {
      const output = await explainCommand(args, io.cwd);
      if (args.output === 'json') json(output);
      else io.stdout.write(renderExplainText(output));
      return ExitCode.ok;
    }
    case 'template': {
      const file = await templateCommand(args, io);
      io.stdout.write(`→ ${file}\n`);
      return ExitCode.ok;
    }
    case 'help':
      io.stdout.write(cliMessages[args.locale].help);
      return ExitCode.ok;
  }
}

/** A finding as a line of `--output ndjson`: its parameters by id, and where its subject is. */
function findingLine(finding: Finding, at: { file: string; line?: number } | undefined): string {
  const parameters = (finding.parameters as readonly unknown[]).map((p) => (typeof p === 'string' ? p : (p as { id: string }).id));
  return `${JSON.stringify({ type: 'finding', ...finding, parameters, ...(at !== undefined && { file: at.file }), ...(at?.line !== undefined && { line: at.line }) })}\n`;
}

async function writePage(args: CliArgs, io: CliIo, page: string): Promise<void> {
  await writeOutputFile(pageTarget(args, io), page);
  io.stdout.write(`→ ${args.htmlFile ?? ''}\n`);
}
