import * as z from 'zod';
import { MAX_NAME_LENGTH, IsoDate, FreeText } from './common.js';
import { recordModels } from './kinds.js';
import { DatasetProvenance } from './provenance.js';

/** The largest number of records of one kind that a `Dataset` accepts. */
export const MAX_RECORDS_PER_KIND = 10_000_000;

/**
 * 数据集说明: what a dataset is, as of when, and where its records come from.
 *
 * @example
 * ```ts
 * DatasetMeta.safeParse({ name: '昆山 2013', asOf: '2013-06-30' }).success; //=> true
 * ```
 */
export const DatasetMeta = z.strictObject({
  /** 名称: the dataset's name. */
  name: z.string().min(1).max(MAX_NAME_LENGTH).optional(),
  /** 截至日期: the date the records describe. */
  asOf: IsoDate.optional(),
  /** 来源: where the records come from (and what is synthetic). */
  source: FreeText.optional(),
  /** 字段来源: per record or per field, reported (with paragraph), inferred (with reasoning) or synthetic. */
  provenance: DatasetProvenance.optional(),
});
/** 数据集说明. */
export type DatasetMeta = z.infer<typeof DatasetMeta>;

const list = <T extends z.ZodType>(model: T) => z.array(model).max(MAX_RECORDS_PER_KIND).optional();

/**
 * 数据集 — a collection of records, each kind as an optional array under its plural. Records refer to one
 * another by id, like a normalised database.
 *
 * @example
 * ```ts
 * const result = validateDataset({ communities: [yanwu], serviceCenters: [yanwuCenter] });
 * if (result.ok) result.value.communities?.length; //=> 1
 * ```
 */
export const Dataset = z.strictObject({
  /** 数据集说明: metadata. */
  meta: DatasetMeta.optional(),
  /** 社区: communities. */
  communities: list(recordModels.community),
  /** 服务中心: service centres. */
  serviceCenters: list(recordModels.serviceCenter),
  /** 服务项目: service items. */
  serviceItems: list(recordModels.serviceItem),
  /** 设施: facilities. */
  facilities: list(recordModels.facility),
  /** 专职人员: staff members. */
  staffMembers: list(recordModels.staffMember),
  /** 社会组织: social organisations. */
  socialOrganizations: list(recordModels.socialOrganization),
  /** 共建单位: partner units. */
  partnerUnits: list(recordModels.partnerUnit),
  /** 志愿者: volunteers. */
  volunteers: list(recordModels.volunteer),
  /** 志愿服务: volunteer services. */
  volunteerServices: list(recordModels.volunteerService),
  /** 居民需求: resident needs. */
  residentNeeds: list(recordModels.residentNeed),
  /** 服务组织目录: provider listings. */
  providerListings: list(recordModels.providerListing),
  /** 准入申请: access requests. */
  accessRequests: list(recordModels.accessRequest),
  /** 台账: ledgers. */
  ledgers: list(recordModels.ledger),
  /** 牌子: plaques. */
  plaques: list(recordModels.plaque),
  /** 创建活动: creation activities. */
  creationActivities: list(recordModels.creationActivity),
  /** 公益项目: welfare projects. */
  welfareProjects: list(recordModels.welfareProject),
  /** 事件: service cases. */
  serviceCases: list(recordModels.serviceCase),
  /** 值班: duty shifts. */
  dutyShifts: list(recordModels.dutyShift),
  /** 网格: grids. */
  grids: list(recordModels.grid),
  /** 住宅区: residential estates. */
  residentialEstates: list(recordModels.residentialEstate),
  /** 物业管理会议: property meetings (workshops and joint meetings). */
  propertyMeetings: list(recordModels.propertyMeeting),
  /** 家庭: households. */
  households: list(recordModels.household),
});
/** 数据集 — a dataset of records. */
export type Dataset = z.infer<typeof Dataset>;
