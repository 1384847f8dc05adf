/**
 * Messages of the geo issues (15-minute service circle), in every locale. Logic emits codes and parameters; the
 * text lives here.
 *
 * @module
 */
import type { GeoIssueCode } from './issue-code.js';
import type { Locale } from '../locale.js';
import type { IssueMessageInput } from '../validation/messages.js';

/** A message for every geo issue code. */
export type GeoMessages = Readonly<Record<GeoIssueCode, (input: IssueMessageInput) => string>>;

const zhCN: GeoMessages = {
  required: ({ where, expected }) => `${where}:缺少必填字段(应为 ${expected ?? '?'}),该条未纳入计算`,
  invalid_type: ({ where, expected, received }) =>
    `${where}:类型不符,应为 ${expected ?? '?'},实为 ${received ?? '?'},该条未纳入计算`,
  too_small: ({ where, expected, received }) => `${where}:值过小,应 ${expected ?? '?'},实为 ${received ?? '?'},该条未纳入计算`,
  too_big: ({ where, expected, received }) => `${where}:值过大,应 ${expected ?? '?'},实为 ${received ?? '?'},该条未纳入计算`,
  duplicate_id: ({ where, params }) =>
    `${where}:编号 ${String(params?.['id'])} 重复(首次出现于 ${String(params?.['first'])}),该条未纳入计算`,
  unreadable_input: ({ where }) => `${where}:无法读取输入数据`,
  no_residences: ({ where }) => `${where}:没有可用的居住点,无法计算覆盖比例`,
  no_sites: ({ where }) => `${where}:没有可用的服务设施点,无法计算覆盖比例`,
  missing_location: ({ where, params }) => `${where}:服务中心 ${String(params?.['id'])} 没有位置坐标,未纳入服务圈计算`,
};

const en: GeoMessages = {
  required: ({ where, expected }) => `${where}: required field is missing (expected ${expected ?? '?'}); entry left out`,
  invalid_type: ({ where, expected, received }) =>
    `${where}: expected ${expected ?? '?'}, received ${received ?? '?'}; entry left out`,
  too_small: ({ where, expected, received }) =>
    `${where}: too small — must be ${expected ?? '?'}, received ${received ?? '?'}; entry left out`,
  too_big: ({ where, expected, received }) =>
    `${where}: too big — must be ${expected ?? '?'}, received ${received ?? '?'}; entry left out`,
  duplicate_id: ({ where, params }) =>
    `${where}: duplicate id ${String(params?.['id'])} (first at ${String(params?.['first'])}); entry left out`,
  unreadable_input: ({ where }) => `${where}: the input could not be read`,
  no_residences: ({ where }) => `${where}: no usable residence; the coverage shares cannot be computed`,
  no_sites: ({ where }) => `${where}: no usable service site; the coverage shares cannot be computed`,
  missing_location: ({ where, params }) =>
    `${where}: service centre ${String(params?.['id'])} has no location and is left out of the service circle`,
};

/**
 * Geo issue messages by locale.
 *
 * @example
 * ```ts
 * geoMessages.en.no_sites({ where: 'sites' });
 * //=> 'sites: no usable service site; the coverage shares cannot be computed'
 * ```
 */
export const geoMessages: Readonly<Record<Locale, GeoMessages>> = { 'zh-CN': zhCN, en };
