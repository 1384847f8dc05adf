import * as z from 'zod';
import { Id, FreeText } from './common.js';
import { recordKinds, type RecordKind } from './kinds.js';

/** Members of {@link ProvenanceSource}. */
export const provenanceSources = /* @__PURE__ */ Object.freeze(['reported', 'inferred', 'synthetic'] as const);
/** 来源类型: 报告所载 (reported, with its paragraph), 推断 (inferred, with the reasoning) or 合成 (synthetic). */
export const ProvenanceSource = z.enum(provenanceSources);
/** 来源类型. */
export type ProvenanceSource = z.infer<typeof ProvenanceSource>;

/**
 * 字段来源: where one field of one record (or the whole record, when `field` is absent) comes from — reported by
 * the source document (with the paragraph), inferred (with the reasoning), or synthetic.
 *
 * @example
 * ```ts
 * ProvenanceEntry.parse({ kind: 'serviceCenter', id: 'yushan-lishe-center', field: 'oneStopHall', source: 'inferred',
 *   reasoning: '报告第3段:100%的社区创设了“一站式”服务大厅' });
 * ```
 */
export const ProvenanceEntry = z
  .strictObject({
    /** 记录类别: the record's kind. */
    kind: z.enum(recordKinds as unknown as [RecordKind, ...RecordKind[]]),
    /** 记录编号: the record's id. */
    id: Id,
    /** 字段: the top-level field; absent for the whole record. */
    field: z.string().min(1).max(200).optional(),
    /** 来源类型: reported, inferred or synthetic. */
    source: ProvenanceSource,
    /** 段落: the paragraph of the source document (required when reported). */
    paragraph: z.int().min(1).max(10_000).optional(),
    /** 原文: the sentence quoted, exactly. */
    quote: FreeText.optional(),
    /** 推断理由: how the value was inferred (required when inferred), or why it is synthetic. */
    reasoning: FreeText.optional(),
  })
  .refine((e) => e.source !== 'reported' || e.paragraph !== undefined, {
    message: 'a reported value needs its paragraph',
    path: ['paragraph'],
  })
  .refine((e) => e.source !== 'inferred' || (e.reasoning !== undefined && e.reasoning.trim() !== ''), {
    message: 'an inferred value needs its reasoning',
    path: ['reasoning'],
  });
/** 字段来源. */
export type ProvenanceEntry = z.infer<typeof ProvenanceEntry>;

/**
 * 数据来源说明: the provenance of a dataset's records — entries per record or per field, and the provenance of
 * everything not listed (`default`).
 *
 * @example
 * ```ts
 * DatasetProvenance.parse({ default: 'synthetic', entries: [{ kind: 'community', id: 'yushan-jinghe', field: 'name', source: 'reported', paragraph: 2 }] });
 * ```
 */
export const DatasetProvenance = z.strictObject({
  /** 默认来源: the provenance of every record and field no entry covers. */
  default: ProvenanceSource.optional(),
  /** 条目: per record (no `field`) or per field; a field's entry wins over its record's. */
  entries: z.array(ProvenanceEntry).max(1_000_000),
});
/** 数据来源说明. */
export type DatasetProvenance = z.infer<typeof DatasetProvenance>;
