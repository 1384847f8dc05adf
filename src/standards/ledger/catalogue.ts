/**
 * The standard ledger catalogue (标准台账目录): the categories of ledger a community keeps and the fields of each
 * (spec §3.7). The report asks for "统一、合理、规范的标准" but does not print a catalogue, so the default below is
 * an assumption that a city replaces with its own (parameter `ledger.catalogue`).
 *
 * @module
 */
import { deepFrozen } from '../../deep-freeze.js';
import { ProfileDefinitionError } from '../../errors.js';
import type { LocalizedText } from '../../locale.js';
import type { ParamReader } from '../access/settings.js';

/** One category of the standard ledger catalogue. */
export interface LedgerCategory {
  /** Stable id, e.g. `social-assistance`; a ledger names it in `category`. */
  readonly id: string;
  /** Title in every locale, e.g. `社会救助台账`. */
  readonly title: LocalizedText;
  /** The fields a ledger of this category records. */
  readonly fields: readonly string[];
}

const category = (id: string, zh: string, en: string, fields: readonly string[]): LedgerCategory => ({ id, title: { 'zh-CN': zh, en }, fields });

/**
 * The default catalogue: nine categories covering the work the report assigns to communities (Party building,
 * self-governance, population, assistance, elderly and disabled care, employment and social security, health and
 * family planning, mediation, convenience services). An assumption, not Kunshan's official catalogue.
 *
 * @example
 * ```ts
 * ledgerCatalogueDefault.find((c) => c.id === 'social-assistance')?.fields.length; //=> 7
 * ```
 */
export const ledgerCatalogueDefault: readonly LedgerCategory[] = /* @__PURE__ */ deepFrozen(Object.freeze([
  category('party-building', '党建工作台账', 'Party-building ledger', ['党员姓名', '所在支部', '组织生活日期', '组织生活内容', '党费缴纳情况']),
  category('self-governance', '居民自治台账', 'Self-governance ledger', ['会议日期', '会议类型', '参加人数', '议题', '决议事项', '公开情况']),
  category('population', '人口信息台账', 'Population ledger', ['姓名', '性别', '身份证号', '户籍地址', '居住地址', '联系电话', '人口类别']),
  category('social-assistance', '社会救助台账', 'Social-assistance ledger', ['姓名', '身份证号', '户号', '家庭人口', '救助类别', '救助金额', '起始日期']),
  category('elderly-disability', '养老助残台账', 'Elderly and disability care ledger', ['姓名', '身份证号', '年龄', '服务类别', '服务内容', '服务日期']),
  category('employment-security', '就业和社会保障台账', 'Employment and social-security ledger', ['姓名', '身份证号', '就业状态', '参保险种', '登记日期']),
  category('health-family-planning', '卫生计生台账', 'Health and family-planning ledger', ['姓名', '身份证号', '婚育情况', '服务内容', '服务日期']),
  category('safety-mediation', '综治调解台账', 'Public-security and mediation ledger', ['事件类型', '当事人', '发生日期', '调解日期', '调解结果']),
  category('service-log', '便民服务台账', 'Convenience-service ledger', ['服务日期', '服务对象', '服务事项', '办理结果']),
]));

/**
 * Reads `ledger.catalogue` and checks its shape (a city supplies it as data).
 *
 * @param param - the parameter reader
 * @returns the categories
 * @throws {@link ProfileDefinitionError} when the value is not a list of `{ id, title: { 'zh-CN', en }, fields }`
 *   with distinct ids
 * @example
 * ```ts
 * readLedgerCatalogue((id) => parameter(kunshan, id, '2013-06-30'))[0]?.id; //=> 'party-building'
 * ```
 */
export function readLedgerCatalogue(param: ParamReader): readonly LedgerCategory[] {
  const id = 'ledger.catalogue';
  const value = param(id).value;
  const bad = (what: string): never => {
    throw new ProfileDefinitionError(`Parameter "${id}" must hold ${what}.`, { id });
  };
  if (!Array.isArray(value)) bad('a list of categories');
  const seen = new Set<string>();
  for (const entry of value as unknown[]) {
    const c = entry as Partial<Record<keyof LedgerCategory, unknown>> | null;
    if (c === null || typeof c !== 'object' || typeof c.id !== 'string' || c.id === '') bad('categories with an id');
    const { id: cid, title, fields } = c as { id: string; title?: unknown; fields?: unknown };
    const t = title as Partial<Record<string, unknown>> | null | undefined;
    if (t == null || typeof t !== 'object' || typeof t['zh-CN'] !== 'string' || typeof t['en'] !== 'string') bad(`a zh-CN and an en title for "${cid}"`);
    if (!Array.isArray(fields) || !fields.every((f) => typeof f === 'string')) bad(`a list of fields for "${cid}"`);
    if (seen.has(cid)) bad(`categories with distinct ids ("${cid}" twice)`);
    seen.add(cid);
  }
  return value as readonly LedgerCategory[];
}
