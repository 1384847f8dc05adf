/**
 * Text of the command-line tool, in every locale: input problems, usage errors, help, and the words and
 * sentences of its text and HTML output. The CLI emits codes and numbers; the text lives here.
 *
 * @module
 */
import type { InputProblemCode } from './problem.js';
import type { UsageErrorCode } from './usage.js';
import type { Severity } from '../engine/types.js';
import type { Locale } from '../locale.js';

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
  /** Severities. */
  readonly severity: Readonly<Record<Severity, string>>;
  /** Column headings and single words. */
  readonly words: Readonly<Record<
    | 'file' | 'format' | 'records' | 'valid' | 'invalid' | 'total' | 'rule' | 'title' | 'severity' | 'subject' | 'pass'
    | 'fail' | 'notApplicable' | 'kind' | 'label' | 'dataset' | 'figure' | 'computed' | 'report' | 'location'
    | 'message' | 'year' | 'programme' | 'projects' | 'funded' | 'granted' | 'parameter' | 'source' | 'assumption'
    | 'agrees' | 'onFigures' | 'onReadings' | 'count' | 'reason',
    string
  >>;
  /** Sentences of the text and HTML output. */
  readonly text: {
    readonly heading: (p: { command: 'check' | 'stats'; files: string; records: string; asOf: string; profile: string }) => string;
    readonly validateVerdict: (v: VerdictInput) => string;
    readonly checkVerdict: (v: VerdictInput & { failOn: string; orWorse: boolean }) => string;
    readonly statsVerdict: (v: VerdictInput & { matched: number; compared: number }) => string;
    readonly bySeverity: (counts: string) => string;
    readonly noSubjects: (rules: string) => string;
    readonly failureBasis: (onFigures: string, onReadings: string) => string;
    readonly notApplicableReasons: string;
    readonly failures: (listed: number, total: number) => string;
    readonly problems: (listed: number, total: number) => string;
    readonly more: (n: number) => string;
    readonly welfare: string;
    readonly explainMeta: (severity: string, subject: string) => string;
    readonly explainParameters: (profile: string, asOf: string) => string;
    readonly range: (from: string | undefined, to: string | undefined) => string;
    readonly noParameters: string;
    readonly missingParameter: string;
  };
  /** The HTML page's own text. */
  readonly html: {
    readonly title: (command: 'check' | 'stats') => string;
    readonly byRule: string;
    readonly bySeverity: string;
    readonly notApplicable: string;
    readonly basisNote: string;
    readonly statistics: string;
    readonly statisticsNote: string;
    readonly failures: string;
    readonly problems: string;
    readonly noStatistics: (reason: string) => string;
    readonly generatedBy: string;
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
          `。请另存为 UTF-8 再试,例如:iconv -f ${guess === 'utf-16' ? 'UTF-16' : 'GB18030'} -t UTF-8 原文件 > 新文件`,
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
    unknown_format: ({ file }) => `无法从文件名判断 ${String(file)} 的格式:请用 --format json|ndjson|csv 指定`,
    missing_as_of: () => '没有检查日期:请用 --as-of YYYY-MM-DD 指定,或在数据的 meta 中写 asOf',
    profile_unreadable: ({ file, reason }) => `无法读取标准文件 ${String(file)}:${String(reason)}`,
    profile_invalid: ({ file, detail }) => `标准文件 ${String(file)} 有误:${String(detail)}`,
    profile_value_invalid: ({ file, messages }) => `标准文件 ${String(file)} 有误:${String((messages as Readonly<Record<string, unknown>> | undefined)?.['zh-CN'])}`,
    cannot_compute: ({ detail }) => `无法计算:${String(detail)}`,
    cannot_write: ({ file, reason }) => `无法写入 ${String(file)}:${String(reason)}`,
    option_repeated: ({ option }) => `选项 ${String(option)} 只能给一次`,
    output_is_input: ({ file }) => `${String(file)} 是本次读取的输入文件,不能写入网页;请换一个文件名`,
    output_exists: ({ file }) => `${String(file)} 已存在,未写入;要替换它请加 --force`,
  },
  help: `用法:community-standards <命令> [选项]

命令:
  validate FILE...          逐条校验记录(JSON、NDJSON、CSV),内存占用不随文件增大
  check FILE...             按标准检查数据集,按规则和严重程度汇总
  stats FILE...             由记录计算全市统计数,与调研报告的数字对照
  schema [KIND]             输出记录类型的 JSON Schema;不写 KIND 时列出全部类型
  rules                     列出全部规则
  explain RULE              说明一条规则:依据原文、所用参数及其取值

选项:
  -k, --kind KIND           没有 $kind 字段的记录的类型(CSV 的每一行、JSON 数组的元素)
  -f, --format FORMAT       json | ndjson | csv(默认按扩展名判断)
  -p, --profile PROFILE     kunshan(默认)| national | 标准文件(JSON)的路径
      --as-of DATE          检查日期 YYYY-MM-DD(默认取数据 meta 中的 asOf)
  -o, --output FORMAT       text(默认)| json | html FILE(check、stats)
  -n, --max-problems N      列出的问题和不符合项条数(文本默认 10,JSON/HTML 默认 1000)
      --fail-on SEVERITY    哪一级不符合使退出码为 1:error(默认)| warning | info
  -l, --locale LOCALE       zh-CN(默认)| en
      --no-progress         不显示进度条(非终端或设置了 CI 时本就不显示)
      --force               --output html 的文件已存在时替换它(输入文件永不被替换)
  -h, --help                显示本帮助
  -v, --version             显示版本

退出码:0 无问题;1 有无效记录、格式错误的行或列,或(check)有达到 --fail-on 级别的不符合项;
        2 用法错误,或输入无法读取(文件不存在、不是 UTF-8、JSON 无法解析、标准文件有误)。
`,
  progress: { records: (n) => `${n} 条记录`, perSecond: (n) => `${n} 条/秒` },
  severity: { error: '错误', warning: '警告', info: '提示' },
  words: {
    file: '文件', format: '格式', records: '记录', valid: '有效', invalid: '无效', total: '合计', rule: '规则',
    title: '标题', severity: '严重程度', subject: '对象', pass: '符合', fail: '不符合', notApplicable: '不适用',
    kind: '类型', label: '名称', dataset: '数据集', figure: '指标', computed: '计算值', report: '报告',
    location: '位置', message: '说明', year: '年度', programme: '项目类别', projects: '申报', funded: '资助',
    granted: '资助金额(元)', parameter: '参数', source: '依据', assumption: '假设', agrees: '一致',
    onFigures: '依据报告', onReadings: '依据解读', count: '项数', reason: '原因',
  },
  text: {
    heading: ({ command, files, records, asOf, profile }) =>
      `${command === 'check' ? '检查' : '统计'} ${files}:${records} 条记录,截至 ${asOf},标准:${profile}`,
    validateVerdict: (v) =>
      v.fatal
        ? `✗ 有文件无法读取(退出码 ${v.exitCode})`
        : v.errors > 0
          ? `✗ ${v.records} 条记录中 ${v.invalid} 条无效,共 ${v.errors} 个问题(退出码 ${v.exitCode})`
          : `✓ ${v.records} 条记录全部有效(退出码 ${v.exitCode})`,
    checkVerdict: (v) =>
      v.fatal
        ? `✗ 有文件无法读取(退出码 ${v.exitCode})`
        : v.failing > 0 || v.errors > 0
          ? `✗ ${[v.failing > 0 ? `${v.failing} 项“${v.failOn}”级${v.orWorse ? '及以上' : ''}的不符合` : '', v.errors > 0 ? `${v.errors} 个输入问题(相关记录未检查)` : ''].filter(Boolean).join(',')}(退出码 ${v.exitCode})`
          : `✓ 没有“${v.failOn}”级${v.orWorse ? '及以上' : ''}的不符合(退出码 ${v.exitCode})`,
    statsVerdict: (v) =>
      `${v.matched === v.compared ? '✓' : '✗'} ${v.compared} 项报告数字中 ${v.matched} 项一致` +
      (v.errors > 0 ? `;${v.errors} 个输入问题(相关记录未计入)` : '') +
      `(退出码 ${v.exitCode})`,
    bySeverity: (counts) => `不符合项按严重程度:${counts}`,
    noSubjects: (rules) => `数据中没有其检查对象的规则:${rules}`,
    failureBasis: (onFigures, onReadings) => `不符合项按依据:依据报告数字 ${onFigures} · 依据我们的解读(假设)${onReadings}`,
    notApplicableReasons: '不适用的原因:',
    failures: (listed, total) => (listed < total ? `不符合项(共 ${total} 项,列出前 ${listed} 项,按严重程度):` : `不符合项(共 ${total} 项):`),
    problems: (listed, total) => (listed < total ? `输入问题(共 ${total} 个,列出前 ${listed} 个):` : `输入问题(共 ${total} 个):`),
    more: (n) => `…… 另有 ${n} 项未列出(--max-problems N 列出更多,--output json 输出机器可读的结果)`,
    welfare: '公益项目(按年度和类别)',
    explainMeta: (severity, subject) => `严重程度:${severity};检查对象:${subject}`,
    explainParameters: (profile, asOf) => `参数(标准:${profile};▶ 为 ${asOf} 有效的取值):`,
    range: (from, to) => (from === undefined && to === undefined ? '一直有效' : `${from ?? '……'} 至 ${to ?? '今'}`),
    noParameters: '本规则不读取参数。',
    missingParameter: '(该标准没有这个参数)',
  },
  html: {
    title: (command) => (command === 'check' ? '社区公共服务标准检查报告' : '社区公共服务统计'),
    byRule: '按规则汇总',
    bySeverity: '不符合项按严重程度',
    notApplicable: '不适用的原因',
    basisNote: '“依据报告”的不符合项只用到报告(或所引标准)的数字;“依据解读”的不符合项至少用到一项标记为假设的参数,即我们对报告的解读。',
    statistics: '统计数与调研报告对照',
    statisticsNote: '每项上一条为由记录计算的值,下一条为报告的数字,各项自零起画、各用各的比例尺(比例项为 0–100%);✓ 表示按报告的写法一致。',
    failures: '不符合项',
    problems: '输入问题',
    noStatistics: (reason) => `无法计算统计数:${reason}`,
    generatedBy: '由 community-standards 生成;本页不加载任何外部资源。',
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
          `. Save it as UTF-8 and try again, e.g. iconv -f ${guess === 'utf-16' ? 'UTF-16' : 'GB18030'} -t UTF-8 in.csv > out.csv`,
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
    unknown_format: ({ file }) => `cannot tell the format of ${String(file)} from its name: give --format json|ndjson|csv`,
    missing_as_of: () => 'no date to check as of: give --as-of YYYY-MM-DD or set asOf in the data’s meta',
    profile_unreadable: ({ file, reason }) => `cannot read the profile file ${String(file)}: ${String(reason)}`,
    profile_invalid: ({ file, detail }) => `the profile file ${String(file)} is invalid: ${String(detail)}`,
    profile_value_invalid: ({ file, messages }) => `the profile file ${String(file)} is invalid: ${String((messages as Readonly<Record<string, unknown>> | undefined)?.['en'])}`,
    cannot_compute: ({ detail }) => `cannot compute: ${String(detail)}`,
    cannot_write: ({ file, reason }) => `cannot write ${String(file)}: ${String(reason)}`,
    option_repeated: ({ option }) => `option ${String(option)} may be given only once`,
    output_is_input: ({ file }) => `${String(file)} is an input of this run; the page is not written over it: choose another file name`,
    output_exists: ({ file }) => `${String(file)} exists and was left alone; add --force to replace it`,
  },
  help: `Usage: community-standards <command> [options]

Commands:
  validate FILE...          validate records (JSON, NDJSON, CSV) one by one, in bounded memory
  check FILE...             check a dataset against the standards, summarised by rule and severity
  stats FILE...             compute the city statistics from the records, beside the survey report's figures
  schema [KIND]             print a record kind's JSON Schema; without KIND, list the kinds
  rules                     list the rules
  explain RULE              explain a rule: its source text, the parameters it reads and their values

Options:
  -k, --kind KIND           the kind of records without a $kind field (CSV rows, JSON array elements)
  -f, --format FORMAT       json | ndjson | csv (default: from the file's extension)
  -p, --profile PROFILE     kunshan (default) | national | the path of a profile file (JSON)
      --as-of DATE          the date to check as of, YYYY-MM-DD (default: asOf in the data's meta)
  -o, --output FORMAT       text (default) | json | html FILE (check, stats)
  -n, --max-problems N      how many problems and failures to list (text: 10, JSON/HTML: 1000)
      --fail-on SEVERITY    the least severity of a failure that makes the exit code 1: error (default) | warning | info
  -l, --locale LOCALE       zh-CN (default) | en
      --no-progress         no progress bar (there is none anyway off a terminal or under CI)
      --force               let --output html replace an existing file (never an input file)
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 clean; 1 invalid records, malformed lines or columns, or (check) failures at --fail-on or worse;
            2 a usage error, or input that cannot be read (missing, not UTF-8, JSON that does not parse, a bad profile).
`,
  progress: { records: (n) => `${n} records`, perSecond: (n) => `${n} records/s` },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  words: {
    file: 'file', format: 'format', records: 'records', valid: 'valid', invalid: 'invalid', total: 'total', rule: 'rule',
    title: 'title', severity: 'severity', subject: 'subject', pass: 'pass', fail: 'fail', notApplicable: 'n/a',
    kind: 'kind', label: 'label', dataset: 'dataset', figure: 'figure', computed: 'computed', report: 'report',
    location: 'where', message: 'message', year: 'year', programme: 'programme', projects: 'projects', funded: 'funded',
    granted: 'granted (yuan)', parameter: 'Parameter', source: 'Source', assumption: 'Assumption', agrees: 'agrees',
    onFigures: 'on figures', onReadings: 'on readings', count: 'count', reason: 'reason',
  },
  text: {
    heading: ({ command, files, records, asOf, profile }) =>
      `${command === 'check' ? 'Check of' : 'Statistics of'} ${files}: ${records} records, as of ${asOf}, profile ${profile}`,
    validateVerdict: (v) =>
      v.fatal
        ? `✗ a file could not be read (exit code ${v.exitCode})`
        : v.errors > 0
          ? `✗ ${v.invalid} of ${v.records} records invalid, ${v.errors} problems in all (exit code ${v.exitCode})`
          : `✓ all ${v.records} records are valid (exit code ${v.exitCode})`,
    checkVerdict: (v) =>
      v.fatal
        ? `✗ a file could not be read (exit code ${v.exitCode})`
        : v.failing > 0 || v.errors > 0
          ? `✗ ${[v.failing > 0 ? `${v.failing} failures of severity ${v.failOn}${v.orWorse ? ' or worse' : ''}` : '', v.errors > 0 ? `${v.errors} input problems (those records were not checked)` : ''].filter(Boolean).join('; ')} (exit code ${v.exitCode})`
          : `✓ no failure of severity ${v.failOn}${v.orWorse ? ' or worse' : ''} (exit code ${v.exitCode})`,
    statsVerdict: (v) =>
      `${v.matched === v.compared ? '✓' : '✗'} ${v.matched} of the report's ${v.compared} figures match` +
      (v.errors > 0 ? `; ${v.errors} input problems (those records were left out)` : '') +
      ` (exit code ${v.exitCode})`,
    bySeverity: (counts) => `Failures by severity: ${counts}`,
    noSubjects: (rules) => `Rules with nothing to check in the data: ${rules}`,
    failureBasis: (onFigures, onReadings) => `Failures by basis: ${onFigures} on the report’s figures · ${onReadings} on our readings (assumptions)`,
    notApplicableReasons: 'Why not applicable:',
    failures: (listed, total) => (listed < total ? `Failures (${total}; the first ${listed}, most severe first):` : `Failures (${total}):`),
    problems: (listed, total) => (listed < total ? `Input problems (${total}; the first ${listed}):` : `Input problems (${total}):`),
    more: (n) => `… ${n} more not listed (--max-problems N lists more, --output json gives machine-readable results)`,
    welfare: 'Welfare projects by year and programme',
    explainMeta: (severity, subject) => `Severity: ${severity}; checks: ${subject}`,
    explainParameters: (profile, asOf) => `Parameters (profile ${profile}; ▶ marks the value in force on ${asOf}):`,
    range: (from, to) => (from === undefined && to === undefined ? 'always' : `${from ?? '…'} to ${to ?? 'now'}`),
    noParameters: 'The rule reads no parameter.',
    missingParameter: '(the profile has no such parameter)',
  },
  html: {
    title: (command) => (command === 'check' ? 'Community public-service standards: check report' : 'Community public-service statistics'),
    byRule: 'By rule',
    bySeverity: 'Failures by severity',
    notApplicable: 'Why not applicable',
    basisNote: 'A failure “on figures” uses only the report’s (or a cited standard’s) figures; one “on readings” uses at least one parameter marked as an assumption — our reading of the report.',
    statistics: 'Statistics beside the survey report',
    statisticsNote: 'For each figure, the upper bar is the value computed from the records, the lower one the report’s; each figure is drawn from zero on its own scale (shares on 0–100%). ✓: they agree the way the report writes the figure.',
    failures: 'Failures',
    problems: 'Input problems',
    noStatistics: (reason) => `The statistics cannot be computed: ${reason}`,
    generatedBy: 'Made by community-standards; this page loads nothing from elsewhere.',
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
