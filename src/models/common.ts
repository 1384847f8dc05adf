/**
 * Building blocks shared by the record models: ids, names, counts, dates, times and coordinates.
 *
 * Every limit here is a sanity bound on untrusted data (a 10 MB "name" is an error, not a name), not a standard.
 *
 * @module
 */
import * as z from 'zod';

/** Largest length accepted for an id. */
export const MAX_ID_LENGTH = 200;
/** Largest length accepted for a name or title. */
export const MAX_NAME_LENGTH = 500;
/** Largest length accepted for free text (notes, descriptions). */
export const MAX_TEXT_LENGTH = 10_000;
/** Largest number of entries accepted in a list field of one record. */
export const MAX_LIST_LENGTH = 10_000;

/** 编号: a record id, unique within its kind; 1–200 characters with no leading or trailing space. */
export const Id = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .regex(/^\S(?:.*\S)?$/);
/** 编号: a record id. */
export type Id = z.infer<typeof Id>;

/** 名称: a non-empty name or title, up to 500 characters. */
export const Name = z.string().min(1).max(MAX_NAME_LENGTH);
/** 名称. */
export type Name = z.infer<typeof Name>;

/** 说明: free text, up to 10,000 characters. */
export const FreeText = z.string().max(MAX_TEXT_LENGTH);

/** 数量: a count — a non-negative safe integer. */
export const Count = z.int().min(0);
/** 数量: a non-negative integer. */
export type Count = z.infer<typeof Count>;

/** 面积 (平方米): a non-negative finite area in m². */
export const SquareMetres = z.number().min(0).max(1e9);

/** 金额 (分): an amount of money in integer fen (1 元 = 100 分), non-negative. */
export const Fen = z.int().min(0);

/** 日期: a calendar date `YYYY-MM-DD` (ISO 8601), in Asia/Shanghai where it matters. */
export const IsoDate = z.iso.date();
/** 日期: `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDate>;

/** 时间点: an ISO 8601 date-time with an explicit offset, e.g. `2013-09-29T09:30:00+08:00`. */
export const IsoDateTime = z.iso.datetime({ offset: true });
/** 时间点: ISO 8601 with offset. */
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** 钟点: a local wall-clock time `HH:mm` (00:00–24:00) in Asia/Shanghai. */
export const LocalTime = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/);
/** 钟点: `HH:mm`. */
export type LocalTime = z.infer<typeof LocalTime>;

/** 坐标: a WGS84 point (longitude and latitude in degrees), as GeoJSON orders them: `lon` first. */
export const GeoPoint = z.strictObject({
  /** 经度: longitude in degrees, −180 to 180. */
  lon: z.number().min(-180).max(180),
  /** 纬度: latitude in degrees, −90 to 90. */
  lat: z.number().min(-90).max(90),
});
/** 坐标 (WGS84). */
export type GeoPoint = z.infer<typeof GeoPoint>;

/**
 * 户数: households counted two ways — 户籍 (registered) and 常住 (resident). Either may be absent when the
 * source does not give it (a figure is never invented); calculators that need a missing one say so.
 */
export const Households = z.strictObject({
  /** 户籍户数: registered-population households. */
  registered: Count.optional(),
  /** 常住户数: resident-population households. */
  resident: Count.optional(),
});
/** 户数 (户籍 / 常住). */
export type Households = z.infer<typeof Households>;

/** 人口: people counted two ways — 户籍 (registered) and 常住 (resident); either may be absent. */
export const Population = z.strictObject({
  /** 户籍人口: registered population. */
  registered: Count.optional(),
  /** 常住人口: resident population. */
  resident: Count.optional(),
});
/** 人口 (户籍 / 常住). */
export type Population = z.infer<typeof Population>;

/** 电话: a phone number as written (digits, spaces, `+`, `-`, parentheses), 3–40 characters. */
export const Phone = z.string().regex(/^[0-9+\-() ]{3,40}$/);

/**
 * The pattern of {@link Email}: zod's default e-mail pattern, with DNS labels that neither start nor end with a
 * hyphen and are at most 63 characters long (RFC 1035), so that JSON Schema validators that also assert
 * `format: "email"` (Ajv with ajv-formats, in its full or fast mode) accept exactly the same addresses.
 *
 * @example
 * ```ts
 * EMAIL_PATTERN.test('wang.li@ks.gov.cn'); //=> true
 * EMAIL_PATTERN.test('wang.li@ks-.gov.cn'); //=> false
 * ```
 */
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/**
 * 电子邮箱: an e-mail address, up to 320 characters, matching {@link EMAIL_PATTERN}.
 *
 * @example
 * ```ts
 * Email.safeParse('wang.li@ks.gov.cn').success; //=> true
 * Email.safeParse('wang.li@ks-.gov.cn').success; //=> false
 * ```
 */
export const Email = z.email({ pattern: EMAIL_PATTERN }).max(320);

/** 地址: a postal address as one line. */
export const Address = z.string().min(1).max(MAX_NAME_LENGTH);

/** 编号列表: a list of ids referring to other records (at most 10,000). */
export const IdList = z.array(Id).max(MAX_LIST_LENGTH);
