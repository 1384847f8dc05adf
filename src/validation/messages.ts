/**
 * Messages of validation issues, in every locale. Logic emits codes and parameters; the text lives here.
 *
 * @module
 */
import type { Locale } from '../locale.js';
import type { ValidationIssueCode } from './issue.js';

/** What a message function receives: the rendered path and the issue's requirement and details. */
export interface IssueMessageInput {
  /** The path, rendered (`households.registered`). */
  readonly where: string;
  /** The requirement (e.g. `>= 0`). */
  readonly expected?: string | undefined;
  /** What was received. */
  readonly received?: string | undefined;
  /** Details. */
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

/** A message for every validation issue code. */
export type ValidationMessages = Readonly<Record<ValidationIssueCode, (input: IssueMessageInput) => string>>;

const list = (value: unknown): string => (Array.isArray(value) ? value.map(String).join(', ') : String(value));

const zhCN: ValidationMessages = {
  required: ({ where, expected }) => `${where}:缺少必填字段(应为 ${expected ?? '?'})`,
  invalid_type: ({ where, expected, received }) => `${where}:类型不符,应为 ${expected ?? '?'},实为 ${received ?? '?'}`,
  too_small: ({ where, expected, received }) => `${where}:值过小,应 ${expected ?? '?'},实为 ${received ?? '?'}`,
  too_big: ({ where, expected, received }) => `${where}:值过大,应 ${expected ?? '?'},实为 ${received ?? '?'}`,
  invalid_format: ({ where, expected, received }) =>
    `${where}:格式不符,应为 ${expected ?? '?'} 格式,实为 ${received ?? '?'}`,
  invalid_value: ({ where, expected, received }) => `${where}:取值无效 ${received ?? ''},应为以下之一:${expected ?? '?'}`,
  unrecognized_keys: ({ where, params }) => `${where}:含有未定义的字段 ${list(params?.['keys'])}`,
  invalid_combination: ({ where, params }) => {
    switch (params?.['rule']) {
      case 'closes_not_after_opens':
        return `${where}:结束时间应晚于开始时间`;
      case 'resolved_before_received':
        return `${where}:办结时间不得早于受理时间`;
      case 'end_not_after_start':
        return `${where}:值班结束时间应晚于开始时间`;
      case 'duplicate_entry_id':
        return `${where}:编号重复,每项的编号应各不相同`;
      case 'min_above_max':
        return `${where}:上限应不小于下限`;
      case 'not_ascending':
        return `${where}:应按从小到大的顺序排列`;
      default:
        return `${where}:字段组合无效`;
    }
  },
  unreadable_input: ({ where }) => `${where}:无法读取输入数据`,
  duplicate_id: ({ where, params }) =>
    `${where}:编号 ${String(params?.['id'])} 重复;保留首次出现的记录(${String(params?.['first'])}),本条未参与检查`,
  unresolved_reference: ({ where, params }) =>
    `${where}:引用的${String(params?.['kindLabel'] ?? params?.['kind'])} ${String(params?.['id'])} 不存在`,
  duplicate_service_item_code: ({ where, params }) =>
    `${where}:服务中心 ${String(params?.['serviceCenterId'])} 的服务项目代码 ${String(params?.['code'])} 重复`,
};

const en: ValidationMessages = {
  required: ({ where, expected }) => `${where}: required field is missing (expected ${expected ?? '?'})`,
  invalid_type: ({ where, expected, received }) => `${where}: expected ${expected ?? '?'}, received ${received ?? '?'}`,
  too_small: ({ where, expected, received }) => `${where}: too small — must be ${expected ?? '?'}, received ${received ?? '?'}`,
  too_big: ({ where, expected, received }) => `${where}: too big — must be ${expected ?? '?'}, received ${received ?? '?'}`,
  invalid_format: ({ where, expected, received }) =>
    `${where}: invalid format — expected ${expected ?? '?'}, received ${received ?? '?'}`,
  invalid_value: ({ where, expected, received }) => `${where}: invalid value ${received ?? ''}; expected one of: ${expected ?? '?'}`,
  unrecognized_keys: ({ where, params }) => `${where}: unknown field(s) ${list(params?.['keys'])}`,
  invalid_combination: ({ where, params }) => {
    switch (params?.['rule']) {
      case 'closes_not_after_opens':
        return `${where}: closing time must be after opening time`;
      case 'resolved_before_received':
        return `${where}: resolved before it was received`;
      case 'end_not_after_start':
        return `${where}: duty must end after it starts`;
      case 'duplicate_entry_id':
        return `${where}: duplicate id; each entry needs an id of its own`;
      case 'min_above_max':
        return `${where}: the maximum must not be below the minimum`;
      case 'not_ascending':
        return `${where}: must be in ascending order`;
      default:
        return `${where}: invalid combination of fields`;
    }
  },
  unreadable_input: ({ where }) => `${where}: the input could not be read`,
  duplicate_id: ({ where, params }) =>
    `${where}: duplicate id ${String(params?.['id'])}; the first record with it (${String(params?.['first'])}) is kept, this one is left out`,
  unresolved_reference: ({ where, params }) =>
    `${where}: refers to ${String(params?.['kindLabel'] ?? params?.['kind'])} ${String(params?.['id'])}, which is not in the dataset`,
  duplicate_service_item_code: ({ where, params }) =>
    `${where}: service centre ${String(params?.['serviceCenterId'])} offers two items with code ${String(params?.['code'])}`,
};

/**
 * Validation messages by locale.
 *
 * @example
 * ```ts
 * validationMessages.en.duplicate_id({ where: 'communities[1].id', params: { id: 'a', first: 'communities[0].id' } });
 * //=> 'communities[1].id: duplicate id a; the first record with it (communities[0].id) is kept, this one is left out'
 * ```
 */
export const validationMessages: Readonly<Record<Locale, ValidationMessages>> = { 'zh-CN': zhCN, en };
