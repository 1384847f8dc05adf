import * as z from 'zod';
import { Id, IsoDate, LocalTime } from './common.js';

/**
 * 值班 — a cadre's duty shift at a service centre ("每天安排一名村干部在服务中心值班").
 *
 * @example
 * ```ts
 * DutyShift.parse({ id: 'd1', serviceCenterId: 'jinghe-center', staffMemberId: 's1', date: '2013-10-01' });
 * ```
 */
export const DutyShift = z
  .strictObject({
    /** 编号: the shift's id. */
    id: Id,
    /** 服务中心: where. */
    serviceCenterId: Id,
    /** 值班人员: who (a staff member). */
    staffMemberId: Id,
    /** 日期: the day, `YYYY-MM-DD`. */
    date: IsoDate,
    /** 开始: start time `HH:mm` (absent: the whole opening day). */
    start: LocalTime.optional(),
    /** 结束: end time `HH:mm`, after `start`. */
    end: LocalTime.optional(),
  })
  .refine((s) => s.start === undefined || s.end === undefined || s.end > s.start, {
    message: 'end must be after start',
    params: { code: 'end_not_after_start' },
    path: ['end'],
  });
/** 值班 — a duty-shift record. */
export type DutyShift = z.infer<typeof DutyShift>;
