/**
 * `template [KIND...] --output FILE.xlsx`: a workbook to fill in, with an example row per kind from the Kunshan
 * data.
 *
 * @module
 */
import { kunshan2013 } from '../../datasets/kunshan2013.js';
import type { RecordKind } from '../../models/kinds.js';
import { kindOfSheet } from '../../xlsx/fields.js';
import type { CliArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { UsageFailure } from '../usage.js';
import { writeOutputFile } from '../write-file.js';

/**
 * The kinds a template is asked for: record kinds by name, plural or label (`community`, `社区`), each once.
 *
 * @param operands - the command's operands
 * @returns the kinds, in order (every kind when none is named)
 * @throws {@link UsageFailure} `unknown_kind` for a name that is no kind
 * @example
 * ```ts
 * templateKinds(['社区', 'serviceCenter']); //=> ['community', 'serviceCenter']
 * ```
 */
export function templateKinds(operands: readonly string[]): RecordKind[] | undefined {
  if (operands.length === 0) return undefined;
  const out: RecordKind[] = [];
  for (const name of operands) {
    const kind = kindOfSheet(name);
    if (kind === undefined) throw new UsageFailure('unknown_kind', { kind: name });
    if (!out.includes(kind)) out.push(kind);
  }
  return out;
}

/**
 * Writes the template: one sheet per kind asked for (every kind by default), the first record of each kind of
 * `kunshan2013()` as its example row.
 *
 * @param args - the parsed command line (`xlsxFile`, `--force`, the kinds)
 * @param io - the surroundings
 * @returns the file written
 * @throws {@link UsageFailure} for an unknown kind, or a file that exists (without `--force`) or cannot be written
 * @example
 * ```ts
 * await templateCommand(parseArgs(['template', '社区', '--output', 't.xlsx']), io); //=> 't.xlsx'
 * ```
 */
export async function templateCommand(args: CliArgs, io: CliIo): Promise<string> {
  const kinds = templateKinds(args.operands);
  const file = args.xlsxFile ?? '';
  const data = kunshan2013() as unknown as Record<string, unknown>;
  const rows = Object.fromEntries(Object.entries(data).map(([key, list]) => [key, Array.isArray(list) ? list.slice(0, 1) : []]));
  const { writeTemplate } = await import('../../xlsx/template.js');
  const bytes = await writeTemplate({ ...(kinds !== undefined && { kinds }), rows });
  await writeOutputFile({ file, cwd: io.cwd, inputs: [], force: args.force }, bytes);
  return file;
}
