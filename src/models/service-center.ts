import * as z from 'zod';
import {
  Address,
  Count,
  Fen,
  GeoPoint,
  Id,
  IdList,
  IsoDate,
  LocalTime,
  Name,
  Phone,
  SquareMetres,
  FreeText,
} from './common.js';
import { CenterKind, PremisesRoute, ServiceMode, StationKind, UpgradeWorks, Weekday } from './enums.js';

/** 营业时段: a band of opening hours on one day, `opens` before `closes` (local time, Asia/Shanghai). */
export const OpeningBand = z
  .strictObject({
    /** 开始: opening time `HH:mm`. */
    opens: LocalTime,
    /** 结束: closing time `HH:mm` (24:00 allowed), after `opens`. */
    closes: LocalTime,
  })
  .refine((band) => band.closes > band.opens, { message: 'closes must be after opens', path: ['closes'], params: { code: 'closes_not_after_opens' } });
/** 营业时段. */
export type OpeningBand = z.infer<typeof OpeningBand>;

/** 每周开放时间: one weekly band — a day of the week and a band of hours. A day may have several bands. */
export const WeeklyOpening = z
  .strictObject({
    /** 星期: the day of the week. */
    day: Weekday,
    /** 开始: opening time `HH:mm`. */
    opens: LocalTime,
    /** 结束: closing time `HH:mm`, after `opens`. */
    closes: LocalTime,
  })
  .refine((band) => band.closes > band.opens, { message: 'closes must be after opens', path: ['closes'], params: { code: 'closes_not_after_opens' } });
/** 每周开放时间. */
export type WeeklyOpening = z.infer<typeof WeeklyOpening>;

/** 特殊开放安排: an exception for one date — closed, or open only in the bands given. */
export const OpeningException = z.strictObject({
  /** 日期: the date, `YYYY-MM-DD`. */
  date: IsoDate,
  /** 开放时段: the bands that replace the weekly hours that day; empty or absent means closed. */
  bands: z.array(OpeningBand).max(24).optional(),
  /** 说明: why, e.g. `国庆节`. */
  note: FreeText.optional(),
});
/** 特殊开放安排. */
export type OpeningException = z.infer<typeof OpeningException>;

/** 用房面积: floor area for office, service and activity use (办公、服务、活动用房), in m². */
export const FloorArea = z.strictObject({
  /** 办公用房: office space, m². */
  office: SquareMetres.optional(),
  /** 服务用房: service space, m². */
  service: SquareMetres.optional(),
  /** 活动用房: activity space, m². */
  activity: SquareMetres.optional(),
  /** 合计: total when the split is not known (里厍: 500 m²), m². */
  total: SquareMetres.optional(),
});
/** 用房面积. */
export type FloorArea = z.infer<typeof FloorArea>;

/**
 * 提升工程: a centre's part in the service-centre upgrade programme (社区服务中心提升工程, from 2008: "市、区、镇财政先后
 * 拨付了3.4亿元资金用于新建、改扩建城乡200余个社区服务中心", paragraph 8).
 *
 * @example
 * ```ts
 * CenterUpgrade.parse({ year: 2010, works: 'rebuild-extend', fundsFen: 150_000_000 });
 * ```
 */
export const CenterUpgrade = z.strictObject({
  /** 年份: the year the works were funded (or done). */
  year: z.int().min(1900).max(2100),
  /** 建设方式: 新建 or 改扩建. */
  works: UpgradeWorks,
  /** 财政拨付资金 (分): the funds the city, district and town finances granted for it, in fen. */
  fundsFen: Fen.optional(),
});
/** 提升工程. */
export type CenterUpgrade = z.infer<typeof CenterUpgrade>;

/**
 * 社区服务中心 / 村公共服务中心 — a service centre. It may serve several communities (`communityIds`), and a
 * community may be served by several centres.
 *
 * @example
 * ```ts
 * ServiceCenter.parse({
 *   id: 'lishe-center', name: '里厍社区服务中心', kind: 'urban-community-service-center',
 *   communityIds: ['lishe'], floorArea: { office: 100, activity: 400 }, oneStopHall: true,
 * });
 * ```
 */
export const ServiceCenter = z.strictObject({
  /** 编号: the centre's id. */
  id: Id,
  /** 名称: the centre's name. */
  name: Name,
  /** 类别: 城市社区服务中心 or 村公共服务中心. */
  kind: CenterKind,
  /** 服务社区: the communities it serves (at least one). */
  communityIds: IdList.min(1),
  /** 用房面积: floor area by use, m². */
  floorArea: FloorArea.optional(),
  /** 占地面积: site area, m² (泾河村: 1000). */
  siteArea: SquareMetres.optional(),
  /** 建成年份: year built (泾河村: 2003). */
  builtYear: z.int().min(1900).max(2100).optional(),
  /** 投资额 (分): investment in fen (泾河村: 900万元 = 900000000 分). */
  investmentFen: Fen.optional(),
  /** 用房来源: which of the four routes of paragraph 8 gave the centre its premises. */
  premisesRoute: PremisesRoute.optional(),
  /** 提升工程: its part in the 2008 upgrade programme, if any. */
  upgrade: CenterUpgrade.optional(),
  /** "一站式"服务大厅: whether it has a one-stop service hall. */
  oneStopHall: z.boolean(),
  /** 服务模式: which of "一门式、一站式、一卡通" it practises. */
  serviceModes: z.array(ServiceMode).max(10).optional(),
  /** 站: the stations of the "5+1" model it runs. */
  stations: z.array(StationKind).max(20).optional(),
  /** 设施: its facilities (ids of `facility` records). */
  facilityIds: IdList.optional(),
  /** 服务项目: the service items offered in its hall (ids of `serviceItem` records). */
  serviceItemIds: IdList.optional(),
  /**
   * 服务项目清单不完整: `true` when `serviceItemIds` names only some of the items (the source lists a few and says
   * “等”, etc.). Counting rules then pass when the listed items already meet the threshold, and otherwise do not
   * apply — a partial list never fails. Absent or `false`: the list is complete.
   */
  serviceItemsPartial: z.boolean().optional(),
  /** 每周开放时间: weekly opening hours (several bands a day allowed), Asia/Shanghai. */
  openingHours: z.array(WeeklyOpening).max(100).optional(),
  /** 特殊开放安排: exceptions by date. */
  openingExceptions: z.array(OpeningException).max(1000).optional(),
  /** 专职工作人员数: number of full-time staff, where staff records are not kept. */
  staffCount: Count.optional(),
  /** 地址: address. */
  address: Address.optional(),
  /** 电话: phone. */
  phone: Phone.optional(),
  /** 位置: location (WGS84). */
  location: GeoPoint.optional(),
  /** 备注: notes. */
  notes: FreeText.optional(),
});
/** 社区服务中心 — a service centre record. */
export type ServiceCenter = z.infer<typeof ServiceCenter>;
