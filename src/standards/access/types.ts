/**
 * The types of work access (工作准入, spec §3.6): list entries, decisions, their bases and issues.
 *
 * @module
 */
import type { Citation } from '../../citation.js';
import type { LocalizedText } from '../../locale.js';
import type { AccessApproval } from './model.js';
import type { Issue, ValidationIssue } from '../../validation/issue.js';

/**
 * One entry of the two lists of the burden-reduction programme ("两份清单"): an item of work, with its id,
 * title, the department responsible where known, and the text it rests on.
 */
export interface AccessListEntry {
  /** Stable id, e.g. `duty-3`; requests name it in `listEntryId`. */
  readonly id: string;
  /** Title in every locale; a request whose title equals it after normalisation matches it. */
  readonly title: LocalizedText;
  /** 责任部门: the department responsible, where the list names one. */
  readonly department?: string;
  /** Where the entry comes from (an article of law, a paragraph of the report, a city's official list). */
  readonly source: Citation;
}

/** Which of the two lists: 依法履行职责事项表 (`duties`) or 协助政府工作事项表 (`assist`). */
export type AccessListId = 'duties' | 'assist';

/** The decision on a request: the community's own duty, admitted, or refused. */
export type AccessDecisionKind = 'own-duty' | 'admitted' | 'refused';

/** How a request was matched to a list entry: by the entry id it names, or by its title after normalisation. */
export type MatchedBy = 'id' | 'title';

/** The rules a decision can rest on when it rests on neither a list entry nor approvals. */
export type AccessRuleId =
  | 'access.plaque-outside-four'
  | 'access.not-listed-not-approved'
  | 'access.review-required'
  | 'access.invalid-request';

/**
 * A list entry whose title (or id) a request of a kind other than a work task carries: the two lists describe
 * work, so it does not admit the request; it is only named in the reason.
 */
export interface SameTitleAs {
  /** The list. */
  readonly list: AccessListId;
  /** The entry's id. */
  readonly entryId: string;
  /** The entry's title in every locale. */
  readonly title: LocalizedText;
}

/**
 * A reading a decision rests on: a parameter whose value in force is marked as an assumption (for instance the
 * default 《协助政府工作事项表》, built from paragraph 6 because the report does not print the list). A city that
 * supplies its official list, without an assumption note, removes the reading.
 */
export interface AccessReading {
  /** The parameter, e.g. `access.assistList`. */
  readonly parameter: string;
  /** Its assumption note. */
  readonly assumption: LocalizedText;
}

/**
 * What a refusal for want of the joint review (市纪委、市民政局、市法制办公室) says: which bodies had to approve, which
 * did and which did not. Shared by the two refusals of {@link AccessBasis} that rest on it.
 *
 * @example
 * ```ts
 * const missing: MissingJointReview = {
 *   parameter: 'access.requiredApprovers',
 *   required: ['市纪委', '市民政局', '市法制办公室'],
 *   approvedBy: ['市民政局'],
 *   missing: ['市纪委', '市法制办公室'],
 * };
 * ```
 */
export interface MissingJointReview {
  /** The profile parameter naming the bodies required. */
  readonly parameter: string;
  /** The bodies whose approval is required. */
  readonly required: readonly string[];
  /** Those of them that approved. */
  readonly approvedBy: readonly string[];
  /** Those of them that did not. */
  readonly missing: readonly string[];
}

/** What a decision rests on: a list entry, the joint approval, or a rule. */
export type AccessBasis =
  | {
      /** A list entry. */
      readonly kind: 'list';
      /** Which list. */
      readonly list: AccessListId;
      /** The profile parameter holding the list. */
      readonly parameter: string;
      /** The entry. */
      readonly entry: AccessListEntry;
      /** How the request was matched to it. */
      readonly matchedBy: MatchedBy;
    }
  | {
      /** The joint approval of the review bodies. */
      readonly kind: 'approval';
      /** The profile parameter naming the bodies required. */
      readonly parameter: string;
      /** The bodies whose approval was required (all present). */
      readonly bodies: readonly string[];
      /** The approvals that counted, in request order, with canonical body names. */
      readonly approvals: readonly AccessApproval[];
    }
  | {
      /** A plaque outside the four a community may hang: always refused. */
      readonly kind: 'rule';
      /** The rule. */
      readonly rule: 'access.plaque-outside-four';
      /** The profile parameter listing the plaques. */
      readonly parameter: string;
      /** The plaques a community may hang. */
      readonly allowed: readonly string[];
      /** The marks it may also show (`“江苏社区”标志`). */
      readonly marks: readonly string[];
    }
  | (MissingJointReview & {
      /** On neither list and without the joint approval. */
      readonly kind: 'rule';
      /** The rule. */
      readonly rule: 'access.not-listed-not-approved';
    })
  | (MissingJointReview & {
      /**
       * A request of a kind other than a work task (an inspection, assessment, appraisal, training, plaque, stamp
       * or upgrade campaign) without the joint approval: the two lists describe work, so whatever its title it
       * needs the joint review.
       */
      readonly kind: 'rule';
      /** The rule. */
      readonly rule: 'access.review-required';
      /** The list entry its title (or entry id) names, which does not admit it. */
      readonly sameTitleAs?: SameTitleAs;
    })
  | {
      /** The request could not be read: see the issues. */
      readonly kind: 'rule';
      /** The rule. */
      readonly rule: 'access.invalid-request';
      /** How many issues. */
      readonly issueCount: number;
    };

/** A list entry whose title resembles the request's (one contains the other) but does not match it: never used. */
export interface NearMatch {
  /** The list. */
  readonly list: AccessListId;
  /** The entry's id. */
  readonly entryId: string;
  /** The entry's title in the decision's locale. */
  readonly title: string;
}

/** Codes of the access checks' own issues (shape problems are {@link ValidationIssue}s). */
export type AccessIssueCode = 'blank_field' | 'unknown_approver' | 'unknown_list_entry' | 'approval_after_as_of';

/** A problem with a request that the shape of the record does not catch. */
export type AccessIssue = Issue<AccessIssueCode>;

/** Any problem found in a request: a shape issue or an access issue. */
export type AccessRequestIssue = ValidationIssue | AccessIssue;

/** The result of `decideAccess`. */
export interface AccessDecision {
  /** Own duty, admitted or refused. */
  readonly decision: AccessDecisionKind;
  /** Why, as one sentence in the locale asked for. */
  readonly reason: string;
  /** What the decision rests on. */
  readonly basis: AccessBasis;
  /** Problems with the request (empty when none); an invalid request is refused. */
  readonly issues: readonly AccessRequestIssue[];
  /** Entries with a resembling title that were not matched (said so in the reason). */
  readonly nearMatches: readonly NearMatch[];
  /**
   * The readings the decision rests on: the parameters that decided it whose value is marked as an assumption
   * (said so in the reason). Empty when the decision rests on cited values only.
   */
  readonly readings: readonly AccessReading[];
}
