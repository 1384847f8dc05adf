/**
 * The Open Referral HSDS 3.0 objects that `toHsds` emits: the fields it fills, named as the specification names
 * them (snake_case). Every id is a UUID (see `hsdsId`). Each object passes the official schema of its kind, also
 * with `additionalProperties: false` set on every object.
 *
 * @module
 */
import type { ValidationIssue } from '../validation/issue.js';

/** HSDS `attribute`: links a taxonomy term (and optionally a value) to an object. */
export interface HsdsAttribute {
  /** The attribute's id. */
  readonly id: string;
  /** The id of the object described. */
  readonly link_id: string;
  /** The kind of that object: `organization`, `service`, `location` or `contact`. */
  readonly link_entity: 'organization' | 'service' | 'location' | 'contact';
  /** The term, one of the export's `taxonomyTerms`. */
  readonly taxonomy_term_id: string;
  /** The value, for terms that carry one (a count, a name, a date, `true`/`false`, a reason). */
  readonly value?: string;
}

/** HSDS `taxonomy`: the taxonomy the attribute terms come from. */
export interface HsdsTaxonomy {
  /** The taxonomy's id. */
  readonly id: string;
  /** Its name, in the export's locale. */
  readonly name: string;
  /** What it is for. */
  readonly description: string;
  /** Where it is documented. */
  readonly uri: string;
  /** Its version. */
  readonly version: string;
}

/** HSDS `taxonomy_term`: one term of the attribute taxonomy. */
export interface HsdsTaxonomyTerm {
  /** The term's id (the same in every locale). */
  readonly id: string;
  /** The term's code, e.g. `station.health`; stable across versions. */
  readonly code: string;
  /** Its name, in the export's locale. */
  readonly name: string;
  /** What it means, with the unit of its value where it has one. */
  readonly description: string;
  /** The id of the parent term (the group), for member and fact terms. */
  readonly parent_id?: string;
  /** The taxonomy's code, `community-standards`. */
  readonly taxonomy: string;
  /** The taxonomy's id. */
  readonly taxonomy_id: string;
  /** ISO 639-1 code of `name` and `description`: `zh` or `en`. */
  readonly language: string;
}

/** HSDS `phone`: a voice number of a location or a contact. */
export interface HsdsPhone {
  /** The phone's id. */
  readonly id: string;
  /** The location it belongs to (a centre's phone). */
  readonly location_id?: string;
  /** The contact it belongs to (a staff member's work phone). */
  readonly contact_id?: string;
  /** The number as written in the record. */
  readonly number: string;
  /** Always `voice`. */
  readonly type: 'voice';
}

/** HSDS `address`: the physical address of a location. */
export interface HsdsAddress {
  /** The address's id. */
  readonly id: string;
  /** The location it belongs to. */
  readonly location_id: string;
  /** The record's one-line address. */
  readonly address_1: string;
  /** From the `address` option (default 昆山市). */
  readonly city: string;
  /** From the `address` option (default 江苏省). */
  readonly state_province: string;
  /** From the `address` option (default empty: unknown). */
  readonly postal_code: string;
  /** From the `address` option (default `CN`). */
  readonly country: string;
  /** Always `physical`. */
  readonly address_type: 'physical';
}

/** HSDS `schedule`: one weekly band (RRULE `FREQ=WEEKLY;BYDAY=…`) or one dated exception of a location. */
export interface HsdsSchedule {
  /** The schedule's id. */
  readonly id: string;
  /** The location it belongs to. */
  readonly location_id: string;
  /** For a dated exception: its date. */
  readonly valid_from?: string;
  /** For a dated exception: its date. */
  readonly valid_to?: string;
  /** For a dated exception: its date. */
  readonly dtstart?: string;
  /** UTC offset in hours: 8 for Asia/Shanghai. */
  readonly timezone: number;
  /** For special hours on a date: 1 (one occurrence). */
  readonly count?: number;
  /** `WEEKLY`, absent for a closed date. */
  readonly freq?: 'WEEKLY';
  /** Comma-separated RFC 5545 day codes, e.g. `MO,TU,WE,TH,FR`. */
  readonly byday?: string;
  /** `HH:MM:SS+08:00`. */
  readonly opens_at?: string;
  /** `HH:MM:SS+08:00` (a band closing at 24:00 closes at `23:59:59+08:00`). */
  readonly closes_at?: string;
  /** The schedule in words, in the export's locale. */
  readonly description: string;
  /** The exception's note, e.g. `国庆节`. */
  readonly notes?: string;
}

/** HSDS `contact`: a staff member of a community. */
export interface HsdsContact {
  /** The contact's id. */
  readonly id: string;
  /** The community's organization. */
  readonly organization_id: string;
  /** The centre they work at, when it is in the export. */
  readonly location_id?: string;
  /** Their name. */
  readonly name: string;
  /** Their roles, in the export's locale. */
  readonly title?: string;
  /** Work e-mail. */
  readonly email?: string;
  /** Work phone. */
  readonly phones?: readonly HsdsPhone[];
  /** Roles, certificate level, full-time status. */
  readonly attributes?: readonly HsdsAttribute[];
}

/** HSDS `service_area`: the 15-minute service circle around a centre, as a GeoJSON polygon. */
export interface HsdsServiceArea {
  /** The area's id. */
  readonly id: string;
  /** The service it belongs to. */
  readonly service_id: string;
  /** The circle's name, e.g. `里厍社区服务中心 15分钟社区服务圈`. */
  readonly name: string;
  /** How the radius was worked out. */
  readonly description: string;
  /** A GeoJSON Polygon geometry, serialised. */
  readonly extent: string;
  /** Always `geojson`. */
  readonly extent_type: 'geojson';
}

/** HSDS `organization`: a community (its committee) or a social organisation. */
export interface HsdsOrganization {
  /** The organization's id. */
  readonly id: string;
  /** The record's name. */
  readonly name: string;
  /** What it is, in the export's locale (and a community's notes). */
  readonly description: string;
  /** A social organisation's type. */
  readonly legal_status?: string;
  /** The year a social organisation was registered. */
  readonly year_incorporated?: number;
  /** `<baseUrl>/organizations/<id>`, when a base URL is given. */
  readonly uri?: string;
  /** A community's staff. */
  readonly contacts?: readonly HsdsContact[];
  /** What HSDS has no field for. */
  readonly attributes?: readonly HsdsAttribute[];
}

/** HSDS `service`: a service item as offered by one community. */
export interface HsdsService {
  /** The service's id. */
  readonly id: string;
  /** The providing community's organization, if any centre offers the item. */
  readonly organization_id?: string;
  /** The item's name. */
  readonly name: string;
  /** The item's description. */
  readonly description?: string;
  /** `<baseUrl>/services/<id>`, when a base URL is given. */
  readonly url?: string;
  /** Always `active`. */
  readonly status: 'active';
  /** Who it is for (its target groups), in the export's locale. */
  readonly eligibility_description?: string;
  /** The service circles of the centres offering it that have coordinates. */
  readonly service_areas?: readonly HsdsServiceArea[];
  /** Category, target groups, code, "6+X", brand. */
  readonly attributes?: readonly HsdsAttribute[];
}

/** HSDS `location`: a service centre, or the place of a community. */
export interface HsdsLocation {
  /** The location's id. */
  readonly id: string;
  /** Always `physical`. */
  readonly location_type: 'physical';
  /** The community's organization. */
  readonly organization_id?: string;
  /** The record's name. */
  readonly name: string;
  /** A centre's notes, or what a community location is. */
  readonly description?: string;
  /** WGS84 latitude. */
  readonly latitude?: number;
  /** WGS84 longitude. */
  readonly longitude?: number;
  /** The record's address. */
  readonly addresses?: readonly HsdsAddress[];
  /** A centre's phone. */
  readonly phones?: readonly HsdsPhone[];
  /** A centre's opening hours. */
  readonly schedules?: readonly HsdsSchedule[];
  /** What HSDS has no field for (stations, facilities, areas…). */
  readonly attributes?: readonly HsdsAttribute[];
}

/** HSDS `service_at_location`: a service offered at a centre. */
export interface HsdsServiceAtLocation {
  /** The link's id. */
  readonly id: string;
  /** The service. */
  readonly service_id: string;
  /** The centre's location. */
  readonly location_id: string;
}

/**
 * The result of `toHsds`: the HSDS objects by kind (the sub-objects — schedules, addresses, phones, contacts,
 * service areas, attributes — nested in their owners), and the validation issues of any records left out.
 */
export interface HsdsExport {
  /** Communities, then social organisations. */
  readonly organizations: readonly HsdsOrganization[];
  /** Service items, per providing community. */
  readonly services: readonly HsdsService[];
  /** Centres, then community places. */
  readonly locations: readonly HsdsLocation[];
  /** Services at centres, in the order of their services. */
  readonly serviceAtLocations: readonly HsdsServiceAtLocation[];
  /** The attribute taxonomy. */
  readonly taxonomies: readonly HsdsTaxonomy[];
  /** Its terms. */
  readonly taxonomyTerms: readonly HsdsTaxonomyTerm[];
  /** Problems of the input (from `validateDataset`); records with problems of their own are not exported. */
  readonly issues: readonly ValidationIssue[];
}
