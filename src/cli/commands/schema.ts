/**
 * `schema [KIND]`: the JSON Schema of a record kind (or of a whole dataset), or the list of kinds.
 *
 * @module
 */
import type { Locale } from '../../locale.js';
import { cliMessages } from '../messages.js';
import { recordKindLabels, recordKinds } from '../../models/kinds.js';
import { toJSONSchema } from '../../schema/to-json-schema.js';
import { isRecordKind } from '../../validation/validate-record.js';
import { renderTable } from '../../report/table.js';
import { UsageFailure } from '../usage.js';

/**
 * Prints the JSON Schema (draft 2020-12) of a record kind, or of a dataset for `dataset`, as indented JSON; with
 * no kind, lists the kinds and their labels.
 *
 * @param kind - the kind, `dataset`, or `undefined` for the list
 * @param locale - the locale of the list's labels
 * @returns the text to print, ending with a line break
 * @throws {@link UsageFailure} `unknown_kind` for anything else
 * @example
 * ```ts
 * JSON.parse(schemaCommand('plaque', 'en')).$id; //=> 'https://unpkg.com/community-standards/schemas/plaque.json'
 * schemaCommand(undefined, 'zh-CN').includes('serviceCenter  服务中心'); //=> true
 * ```
 */
export function schemaCommand(kind: string | undefined, locale: Locale): string {
  if (kind === undefined) {
    const words = cliMessages[locale].words;
    const rows = [...recordKinds.map((k) => [k, recordKindLabels[k][locale]]), ['dataset', words.dataset]];
    return `${renderTable([words.kind, words.label], rows).join('\n')}\n`;
  }
  if (kind !== 'dataset' && !isRecordKind(kind)) throw new UsageFailure('unknown_kind', { kind });
  return `${JSON.stringify(toJSONSchema(kind), null, 2)}\n`;
}
