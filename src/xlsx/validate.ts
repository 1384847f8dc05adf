/**
 * Validating the records of a workbook, each issue placed at its cell.
 *
 * @module
 */
import { resolveLocale } from '../locale.js';
import type { ValidationIssue } from '../validation/issue.js';
import { validateRecord } from '../validation/validate-record.js';
import { placeIssue } from './place.js';
import { readXlsx, type ReadXlsxOptions, type XlsxProblem, type XlsxRecord } from './read.js';

/** A validation issue of a record read from a sheet, at its cell. */
export interface XlsxIssue extends ValidationIssue {
  /** The sheet. */
  readonly sheet: string;
  /** The cell, e.g. `D12`. */
  readonly cell: string;
  /** The sheet and cell as Excel writes them: `社区!D12`. */
  readonly place: string;
}

/** What {@link validateXlsx} found. */
export interface XlsxValidation {
  /** Whether the workbook was read without error and every record is valid. */
  readonly ok: boolean;
  /** The records read. */
  readonly records: readonly XlsxRecord[];
  /** The problems met reading the workbook. */
  readonly problems: readonly XlsxProblem[];
  /** The validation issues of the records, in row order; each message names the field as the header does. */
  readonly issues: readonly XlsxIssue[];
}

/**
 * Reads a workbook ({@link readXlsx}) and validates each record against the model of its kind
 * (`validateRecord`); every issue names its cell and, in Chinese, its field by the header's label:
 * `社区!D12 户数.户籍:值过小,应 >= 0,实为 -1` is `${issue.place} ${issue.message}`. Checks across records (unique
 * ids, references) are `validateDataset`'s, on the `dataset` read.
 *
 * @param data - the workbook's bytes
 * @param options - as for {@link readXlsx}
 * @returns the records, the problems and the issues
 * @throws {@link index!InvalidOptionError} when `data` is not bytes
 * @example
 * ```ts
 * const result = await validateXlsx(bytes);
 * for (const issue of result.issues) console.log(`${issue.place} ${issue.message}`);
 * // 社区!D12 户数.户籍:值过小,应 >= 0,实为 -1
 * ```
 */
export async function validateXlsx(data: Uint8Array | ArrayBuffer, options: ReadXlsxOptions = {}): Promise<XlsxValidation> {
  const locale = resolveLocale(options.locale);
  const read = await readXlsx(data, options);
  const issues: XlsxIssue[] = [];
  for (const record of read.records) {
    const result = validateRecord(record.kind, record.value, { locale });
    if (result.ok) continue;
    for (const issue of result.issues) {
      const { place, cell, message } = placeIssue(issue, record, locale);
      issues.push({ ...issue, message, sheet: record.sheet, cell, place });
    }
  }
  const ok = issues.length === 0 && read.problems.every((p) => p.severity !== 'error');
  return { ok, records: read.records, problems: read.problems, issues };
}
