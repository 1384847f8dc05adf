/**
 * Text of the command-line tool, in every locale: input problems, usage errors, help, and the words and
 * sentences of its text and HTML output. The CLI emits codes and numbers; the text lives here.
 *
 * @module
 */
import type { InputProblemCode } from './problem.js';
import type { UsageErrorCode } from './usage.js';
import type { Locale } from '../locale.js';
import { xlsxMessages } from '../xlsx/messages.js';

/** The workbook problems' messages, as `community-standards/xlsx` words them. */
function workbookMessages(locale: Locale) {
  const m = xlsxMessages[locale];
  return {
    too_large: m.too_large,
    inflates_too_large: m.inflates_too_large,
    too_many_parts: m.too_many_parts,
    too_many_rows: m.too_many_rows,
    too_many_cells: m.too_many_cells,
    not_a_workbook: m.not_a_workbook,
    unknown_sheet: m.unknown_sheet,
    no_header: m.no_header,
    formula_cell: m.formula_cell,
    error_cell: m.error_cell,
  };
}

/** Values a message reads. */
export type CliParams = Readonly<Record<string, unknown>>;

/** Counts a verdict reads. */
export interface VerdictInput {
  /** Records read. */
  readonly records: string;
  /** Invalid records (validate). */
  readonly invalid: number;
  /** Problems of severity error (input problems and invalid records' issues). */
  readonly errors: number;
  /** Failures at or above `--fail-on` (check). */
  readonly failing: number;
  /** Whether a file could not be read. */
  readonly fatal: boolean;
  /** The exit code. */
  readonly exitCode: number;
}

/** The CLI's text in one locale. */
export interface CliMessages {
  /** The message of every input problem. */
  readonly problems: Readonly<Record<InputProblemCode, (p: CliParams) => string>>;
  /** The message of every usage error. */
  readonly usage: Readonly<Record<UsageErrorCode, (p: CliParams) => string>>;
  /** `--help`. */
  readonly help: string;
  /** The progress bar's words. */
  readonly progress: { readonly records: (n: string) => string; readonly perSecond: (n: string) => string };
  /**
   * Column headings and single words of the CLI's own tables (those of a report, and severities, are in
   * `reportMessages`).
   */
  readonly words: Readonly<Record<
    | 'file' | 'format' | 'records' | 'valid' | 'invalid' | 'kind' | 'label' | 'dataset' | 'year' | 'programme'
    | 'projects' | 'funded' | 'granted' | 'parameter' | 'assumption' | 'agrees',
    string
  >>;
  /** Sentences of the text output of `validate`, `stats` and `explain` (those of `check` are in `reportMessages`). */
  readonly text: {
    readonly validateVerdict: (v: VerdictInput) => string;
    readonly statsVerdict: (v: VerdictInput & { matched: number; compared: number }) => string;
    readonly more: (n: number) => string;
    readonly welfare: string;
    readonly explainMeta: (severity: string, subject: string) => string;
    readonly explainParameters: (profile: string, asOf: string) => string;
    readonly range: (from: string | undefined, to: string | undefined) => string;
    readonly noParameters: string;
    readonly missingParameter: string;
    /** A streamed check whose input turned out not grouped by community: it is checked again as one dataset. */
    readonly notGrouped: (reason: string) => string;
    /** A streamed check that found one group holding most communities (an input ordered by kind). */
    readonly oneGroup: (communities: number) => string;
  };
}

const kindList = 'community, serviceCenter, staffMember, …';

const zhCN: CliMessages = {
  problems: {
    unreadable_file: ({ reason }) =>
      reason === 'ENOENT' ? '文件不存在' : reason === 'EISDIR' ? '不是文件' : reason === 'EACCES' ? '没有读取权限' : `无法读取(${String(reason)})`,
    not_utf8: ({ offset, guess, truncated }) =>
      guess === undefined
        ? `第 ${String(offset)} 字节不是有效的 UTF-8` +
          (truncated === true ? ':文件在一个字符的中间结束(可能没有完整写入或下载)' : ':文件可能已损坏,或混有其他编码的内容')
        : `不是 UTF-8 编码的文本(第 ${String(offset)} 字节)` +
          (guess === 'gb18030' ? ',看起来是 GBK/GB18030 编码(旧版 Excel 等常这样保存)' : ',看起来是 UTF-16 编码') +
          (guess === 'gb18030' ? '。可加 --encoding gbk 直接读取,或' : '。请') +
          `另存为 UTF-8 再试,例如:iconv -f ${guess === 'utf-16' ? 'UTF-16' : 'GB18030'} -t UTF-8 原文件 > 新文件`,
    not_gbk: () => '不是有效的 GBK/GB18030 编码:请确认文件的编码(不加 --encoding 时按 UTF-8 读取)',
    malformed_json_file: ({ detail }) => `不是有效的 JSON:${String(detail)}`,
    csv_needs_kind: () => '无法确定记录类型:请用 --kind 指定,或在表头加一列 $kind',
    malformed_line: ({ detail }) => `该行不是有效的 JSON(${String(detail)}),已跳过`,
    line_too_long: ({ length, max }) => `该行有 ${String(length)} 个字符,超过上限 ${String(max)},未读取,已跳过`,
    not_an_object: ({ received }) => `应为 JSON 对象,实为 ${String(received)},已跳过`,
    missing_kind: ({ hint }) =>
      '缺少 $kind,无法确定记录类型,已跳过;请用 --kind 指定' +
      (hint === undefined ? '' : `(字段 "kind": "${String(hint)}" 是记录自身的字段,不作记录类型;如指记录类型,请改名为 "$kind")`),
    unknown_kind: ({ kind }) => `$kind 的值 "${String(kind)}" 不是记录类型(${kindList};运行 community-standards schema 查看全部),已跳过`,
    kind_mismatch: ({ kind, expected }) => `$kind 为 ${String(kind)},与 --kind ${String(expected)} 不符,已跳过`,
    malformed_csv: ({ detail }) =>
      `CSV 格式错误:${
        detail === 'CSV_QUOTE_NOT_CLOSED'
          ? '引号未闭合(其后的内容都被读作这个单元格)'
          : detail === 'CSV_INVALID_CLOSING_QUOTE' || detail === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE'
            ? '右引号后还有字符'
            : detail === 'INVALID_OPENING_QUOTE'
              ? '未加引号的单元格中间出现引号'
              : String(detail)
      },已跳过`,
    field_count: ({ count, expected }) => `有 ${String(count)} 个单元格,表头有 ${String(expected)} 列,该行已跳过`,
    unknown_column: ({ column, position }) => `第 ${String(position)} 列 "${String(column)}" 不是该类记录的字段,整列已忽略`,
    duplicate_column: ({ column, position }) => `第 ${String(position)} 列 "${String(column)}" 与前面的列重名,已忽略`,
    unknown_dataset_key: ({ key }) => `"${String(key)}" 不是数据集的字段(应为 meta 或记录类型的复数,如 communities),已忽略`,
    duplicate_meta: () => '又一个不同的 meta,已忽略(保留第一个)',
    empty_input: () => '文件中没有记录',
    ...workbookMessages('zh-CN'),
  },
  usage: {
    unknown_command: ({ command }) => `没有 "${String(command)}" 这个命令`,
    unknown_option: ({ option }) => `没有 ${String(option)} 这个选项`,
    option_needs_value: ({ option }) => `选项 ${String(option)} 需要一个值`,
    option_not_for_command: ({ option, command }) => `选项 ${String(option)} 不适用于 ${String(command)} 命令`,
    missing_operand: ({ command, operand }) => `${String(command)} 命令缺少 ${String(operand)}`,
    too_many_operands: ({ command, extra }) => `${String(command)} 命令多了参数 "${String(extra)}"`,
    bad_value: ({ option, value, expected }) => `${String(option)} 的值 "${String(value)}" 无效,应为 ${String(expected)}`,
    output_not_for_command: ({ output, command }) => `${String(command)} 命令没有 --output ${String(output)}`,
    html_needs_file: () => '--output html 后面要写网页文件名,例如 --output html report.html',
    unknown_kind: ({ kind }) => `"${String(kind)}" 不是记录类型;运行 community-standards schema 查看全部`,
    unknown_rule: ({ rule, suggestions }) =>
      `没有规则 "${String(rule)}"` +
      (Array.isArray(suggestions) && suggestions.length > 0 ? `;是否要找:${suggestions.join('、')}` : ';运行 community-standards rules 查看全部'),
    unknown_format: ({ file }) => `无法从文件名判断 ${String(file)} 的格式:请用 --format json|ndjson|csv|xlsx 指定`,
    missing_as_of: () => '没有检查日期:请用 --as-of YYYY-MM-DD 指定,或在数据的 meta 中写 asOf',
    profile_unreadable: ({ file, reason }) => `无法读取标准文件 ${String(file)}:${String(reason)}`,
    profile_invalid: ({ file, detail }) => `标准文件 ${String(file)} 有误:${String(detail)}`,
    profile_value_invalid: ({ file, messages }) => `标准文件 ${String(file)} 有误:${String((messages as Readonly<Record<string, unknown>> | undefined)?.['zh-CN'])}`,
    cannot_compute: ({ detail }) => `无法计算:${String(detail)}`,
    cannot_write: ({ file, reason }) => `无法写入 ${String(file)}:${String(reason)}`,
    option_repeated: ({ option }) => `选项 ${String(option)} 只能给一次`,
    output_is_input: ({ file }) => `${String(file)} 是本次读取的输入文件,不能写入网页;请换一个文件名`,
    output_exists: ({ file }) => `${String(file)} 已存在,未写入;要替换它请加 --force`,
    xlsx_needs_file: () => '请给出工作簿的文件名:template --output 文件.xlsx,或 check --output xlsx 文件.xlsx',
  },
  help: `用法:community-standards <命令> [选项]

命令:
  validate FILE...          逐条校验记录(JSON、NDJSON、CSV),内存占用不随文件增大
  check FILE...             按标准检查数据集,按规则和严重程度汇总
  stats FILE...             由记录计算全市统计数,与调研报告的数字对照
  schema [KIND]             输出记录类型的 JSON Schema;不写 KIND 时列出全部类型
  rules                     列出全部规则
  explain RULE              说明一条规则:依据原文、所用参数及其取值
  template [KIND...] --output FILE.xlsx
                            写出可填写的 Excel 模板:每类记录一张表,中文表头、下拉列表,附昆山示例行

选项:
  -k, --kind KIND           没有 $kind 字段的记录的类型(CSV 的每一行、JSON 数组的元素)
  -f, --format FORMAT       json | ndjson | csv | xlsx(默认按扩展名判断)
      --encoding ENCODING   utf-8(默认)| gbk:文本文件(CSV、JSON、NDJSON)的编码
  -p, --profile PROFILE     kunshan(默认)| national | 标准文件(JSON)的路径
      --as-of DATE          检查日期 YYYY-MM-DD(默认取数据 meta 中的 asOf)
  -o, --output FORMAT       text(默认)| json | html FILE(check、stats)| ndjson(check:逐行输出不符合项,最后一行为汇总)
                            | xlsx FILE(check:报告写成工作簿)
  -n, --max-problems N      列出的问题和不符合项条数(文本默认 10,JSON/HTML 默认 1000)
      --fail-on SEVERITY    哪一级不符合使退出码为 1:error(默认)| warning | info
  -l, --locale LOCALE       zh-CN(默认)| en
      --no-progress         不显示进度条(非终端或设置了 CI 时本就不显示)
      --force               --output html 的文件已存在时替换它(输入文件永不被替换)
  -j, --jobs N              check:按社区分组的 NDJSON 输入用 N 个工作线程检查(默认为 CPU 核数;1 在本进程内检查)
      --findings WHICH      check --output ndjson 输出哪些检查结果:failures(默认,只输出不符合项)| all
  -h, --help                显示本帮助
  -v, --version             显示版本

退出码:0 无问题;1 有无效记录、格式错误的行或列,或(check)有达到 --fail-on 级别的不符合项;
        2 用法错误,或输入无法读取(文件不存在、不是 UTF-8、JSON 无法解析、标准文件有误)。
`,
  progress: { records: (n) => `${n} 条记录`, perSecond: (n) => `${n} 条/秒` },
  words: {
    file: '文件', format: '格式', records: '记录', valid: '有效', invalid: '无效', kind: '类型', label: '名称',
    dataset: '数据集', year: '年度', programme: '项目类别', projects: '申报', funded: '资助', granted: '资助金额(元)',
    parameter: '参数', assumption: '假设', agrees: '一致',
  },
  text: {
    validateVerdict: (v) =>
      v.fatal
        ? `✗ 有文件无法读取(退出码 ${v.exitCode})`
        : v.errors > 0
          ? `✗ ${v.records} 条记录中 ${v.invalid} 条无效,共 ${v.errors} 个问题(退出码 ${v.exitCode})`
          : `✓ ${v.records} 条记录全部有效(退出码 ${v.exitCode})`,
    statsVerdict: (v) =>
      `${v.matched === v.compared ? '✓' : '✗'} ${v.compared} 项报告数字中 ${v.matched} 项一致` +
      (v.errors > 0 ? `;${v.errors} 个输入问题(相关记录未计入)` : '') +
      `(退出码 ${v.exitCode})`,
    more: (n) => `…… 另有 ${n} 项未列出(--max-problems N 列出更多,--output json 输出机器可读的结果)`,
    welfare: '公益项目(按年度和类别)',
    explainMeta: (severity, subject) => `严重程度:${severity};检查对象:${subject}`,
    explainParameters: (profile, asOf) => `参数(标准:${profile};▶ 为 ${asOf} 有效的取值):`,
    range: (from, to) => (from === undefined && to === undefined ? '一直有效' : `${from ?? '……'} 至 ${to ?? '今'}`),
    noParameters: '本规则不读取参数。',
    missingParameter: '(该标准没有这个参数)',
    notGrouped: (reason) => `注意:输入并未按社区分组(${reason}),分组检查的结果不精确;改为把整个数据集作为一组重新检查(精确,内存随数据增长)`,
    oneGroup: (n) => `注意:输入未按社区分组,${n} 个社区作为一组检查(精确,内存随数据增长;按社区分组的写法见 docs/scale.md)`,
  },
};

const en: CliMessages = {
  problems: {
    unreadable_file: ({ reason }) =>
      reason === 'ENOENT' ? 'no such file' : reason === 'EISDIR' ? 'not a file' : reason === 'EACCES' ? 'permission denied' : `cannot be read (${String(reason)})`,
    not_utf8: ({ offset, guess, truncated }) =>
      guess === undefined
        ? `invalid UTF-8 at byte ${String(offset)}` +
          (truncated === true ? ': the file ends inside a character (written or downloaded only in part?)' : ': the file is damaged, or mixes in text in another encoding')
        : `not UTF-8 text (at byte ${String(offset)})` +
          (guess === 'gb18030' ? '; it looks like GBK/GB18030, as old spreadsheets save it' : '; it looks like UTF-16') +
          (guess === 'gb18030' ? '. Read it as it is with --encoding gbk, or save' : '. Save') +
          ` it as UTF-8 and try again, e.g. iconv -f ${guess === 'utf-16' ? 'UTF-16' : 'GB18030'} -t UTF-8 in.csv > out.csv`,
    not_gbk: () => 'not valid GBK/GB18030: check the file’s encoding (without --encoding it is read as UTF-8)',
    malformed_json_file: ({ detail }) => `not valid JSON: ${String(detail)}`,
    csv_needs_kind: () => 'cannot tell the record kind: give --kind KIND or add a $kind column',
    malformed_line: ({ detail }) => `not valid JSON (${String(detail)}); line skipped`,
    line_too_long: ({ length, max }) => `${String(length)} characters, more than the limit of ${String(max)}; line skipped unread`,
    not_an_object: ({ received }) => `expected a JSON object, received ${String(received)}; skipped`,
    missing_kind: ({ hint }) =>
      'no $kind, so the record kind is unknown; skipped. Give --kind KIND' +
      (hint === undefined ? '' : ` (the field "kind": "${String(hint)}" is the record's own field, never its record kind; rename it "$kind" if it is meant as one)`),
    unknown_kind: ({ kind }) => `$kind "${String(kind)}" is not a record kind (${kindList}; run community-standards schema for all); skipped`,
    kind_mismatch: ({ kind, expected }) => `$kind is ${String(kind)}, not the --kind ${String(expected)} given; skipped`,
    malformed_csv: ({ detail }) =>
      `malformed CSV: ${
        detail === 'CSV_QUOTE_NOT_CLOSED'
          ? 'a quote is never closed (all that follows is read as that cell)'
          : detail === 'CSV_INVALID_CLOSING_QUOTE' || detail === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE'
            ? 'text after a closing quote'
            : detail === 'INVALID_OPENING_QUOTE'
              ? 'a quote inside a cell that does not start with one'
              : String(detail)
      }; row skipped`,
    field_count: ({ count, expected }) => `${String(count)} cells where the header has ${String(expected)}; row skipped`,
    unknown_column: ({ column, position }) => `column ${String(position)} "${String(column)}" is not a field of the record kind; the column is ignored`,
    duplicate_column: ({ column, position }) => `column ${String(position)} "${String(column)}" repeats an earlier column; ignored`,
    unknown_dataset_key: ({ key }) => `"${String(key)}" is not a dataset key (meta, or a record kind's plural such as communities); ignored`,
    duplicate_meta: () => 'another, different meta; ignored (the first is kept)',
    empty_input: () => 'no records in the file',
    ...workbookMessages('en'),
  },
  usage: {
    unknown_command: ({ command }) => `there is no command "${String(command)}"`,
    unknown_option: ({ option }) => `there is no option ${String(option)}`,
    option_needs_value: ({ option }) => `option ${String(option)} needs a value`,
    option_not_for_command: ({ option, command }) => `option ${String(option)} does not apply to ${String(command)}`,
    missing_operand: ({ command, operand }) => `${String(command)} needs ${String(operand)}`,
    too_many_operands: ({ command, extra }) => `${String(command)} takes no argument "${String(extra)}"`,
    bad_value: ({ option, value, expected }) => `invalid ${String(option)} "${String(value)}": expected ${String(expected)}`,
    output_not_for_command: ({ output, command }) => `${String(command)} has no --output ${String(output)}`,
    html_needs_file: () => '--output html needs the page’s file name, e.g. --output html report.html',
    unknown_kind: ({ kind }) => `"${String(kind)}" is not a record kind; run community-standards schema for all`,
    unknown_rule: ({ rule, suggestions }) =>
      `there is no rule "${String(rule)}"` +
      (Array.isArray(suggestions) && suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '; run community-standards rules for all'),
    unknown_format: ({ file }) => `cannot tell the format of ${String(file)} from its name: give --format json|ndjson|csv|xlsx`,
    missing_as_of: () => 'no date to check as of: give --as-of YYYY-MM-DD or set asOf in the data’s meta',
    profile_unreadable: ({ file, reason }) => `cannot read the profile file ${String(file)}: ${String(reason)}`,
    profile_invalid: ({ file, detail }) => `the profile file ${String(file)} is invalid: ${String(detail)}`,
    profile_value_invalid: ({ file, messages }) => `the profile file ${String(file)} is invalid: ${String((messages as Readonly<Record<string, unknown>> | undefined)?.['en'])}`,
    cannot_compute: ({ detail }) => `cannot compute: ${String(detail)}`,
    cannot_write: ({ file, reason }) => `cannot write ${String(file)}: ${String(reason)}`,
    option_repeated: ({ option }) => `option ${String(option)} may be given only once`,
    output_is_input: ({ file }) => `${String(file)} is an input of this run; the page is not written over it: choose another file name`,
    output_exists: ({ file }) => `${String(file)} exists and was left alone; add --force to replace it`,
    xlsx_needs_file: () => 'give the workbook’s file name: template --output FILE.xlsx, or check --output xlsx FILE.xlsx',
  },
  help: `Usage: community-standards <command> [options]

Commands:
  validate FILE...          validate records (JSON, NDJSON, CSV) one by one, in bounded memory
  check FILE...             check a dataset against the standards, summarised by rule and severity
  stats FILE...             compute the city statistics from the records, beside the survey report's figures
  schema [KIND]             print a record kind's JSON Schema; without KIND, list the kinds
  rules                     list the rules
  explain RULE              explain a rule: its source text, the parameters it reads and their values
  template [KIND...] --output FILE.xlsx
                            write an Excel template to fill in: a sheet per kind, Chinese headers, drop-down
                            lists, an example row from the Kunshan data

Options:
  -k, --kind KIND           the kind of records without a $kind field (CSV rows, JSON array elements)
  -f, --format FORMAT       json | ndjson | csv | xlsx (default: from the file's extension)
      --encoding ENCODING   utf-8 (default) | gbk: the encoding of text files (CSV, JSON, NDJSON)
  -p, --profile PROFILE     kunshan (default) | national | the path of a profile file (JSON)
      --as-of DATE          the date to check as of, YYYY-MM-DD (default: asOf in the data's meta)
  -o, --output FORMAT       text (default) | json | html FILE (check, stats) | ndjson (check: a finding a line, then the summary)
                            | xlsx FILE (check: the report as a workbook)
  -n, --max-problems N      how many problems and failures to list (text: 10, JSON/HTML: 1000)
      --fail-on SEVERITY    the least severity of a failure that makes the exit code 1: error (default) | warning | info
  -l, --locale LOCALE       zh-CN (default) | en
      --no-progress         no progress bar (there is none anyway off a terminal or under CI)
      --force               let --output html replace an existing file (never an input file)
  -j, --jobs N              check: worker threads checking a grouped NDJSON input by community (default: the cores; 1: in-process)
      --findings WHICH      which findings check --output ndjson writes: failures (default) | all
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 clean; 1 invalid records, malformed lines or columns, or (check) failures at --fail-on or worse;
            2 a usage error, or input that cannot be read (missing, not UTF-8, JSON that does not parse, a bad profile).
`,
  progress: { records: (n) => `${n} records`, perSecond: (n) => `${n} records/s` },
  words: {
    file: 'file', format: 'format', records: 'records', valid: 'valid', invalid: 'invalid', kind: 'kind', label: 'label',
    dataset: 'dataset', year: 'year', programme: 'programme', projects: 'projects', funded: 'funded',
    granted: 'granted (yuan)', parameter: 'Parameter', assumption: 'Assumption', agrees: 'agrees',
  },
  text: {
    validateVerdict: (v) =>
      v.fatal
        ? `✗ a file could not be read (exit code ${v.exitCode})`
        : v.errors > 0
          ? `✗ ${v.invalid} of ${v.records} records invalid, ${v.errors} problems in all (exit code ${v.exitCode})`
          : `✓ all ${v.records} records are valid (exit code ${v.exitCode})`,
    statsVerdict: (v) =>
      `${v.matched === v.compared ? '✓' : '✗'} ${v.matched} of the report's ${v.compared} figures match` +
      (v.errors > 0 ? `; ${v.errors} input problems (those records were left out)` : '') +
      ` (exit code ${v.exitCode})`,
    more: (n) => `… ${n} more not listed (--max-problems N lists more, --output json gives machine-readable results)`,
    welfare: 'Welfare projects by year and programme',
    explainMeta: (severity, subject) => `Severity: ${severity}; checks: ${subject}`,
    explainParameters: (profile, asOf) => `Parameters (profile ${profile}; ▶ marks the value in force on ${asOf}):`,
    range: (from, to) => (from === undefined && to === undefined ? 'always' : `${from ?? '…'} to ${to ?? 'now'}`),
    noParameters: 'The rule reads no parameter.',
    missingParameter: '(the profile has no such parameter)',
    notGrouped: (reason) => `note: the input is not grouped by community (${reason}), so the grouped check is not exact; checking it again as one dataset (exact; memory grows with the data)`,
    oneGroup: (n) => `note: the input is not grouped by community: ${n} communities were checked as one group (exact; memory grows with the data; docs/scale.md shows the grouped order)`,
  },
};

/**
 * The CLI's text, by locale.
 *
 * @example
 * ```ts
 * cliMessages.en.problems.field_count({ count: 3, expected: 9 }); //=> '3 cells where the header has 9; row skipped'
 * cliMessages['zh-CN'].severity.warning; //=> '警告'
 * ```
 */
export const cliMessages: Readonly<Record<Locale, CliMessages>> = { 'zh-CN': zhCN, en };
