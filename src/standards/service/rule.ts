/**
 * The "6+X" service rule (spec §3.1): six standard services plus local featured ones.
 *
 * @module
 */
import { kunshanReport } from '../../citation.js';
import { needsMatchedMessages, needsMatchedReasons, sixPlusXMessages, sixPlusXReasons, type OpenNeed } from './messages.js';
import { assignNeeds } from '../../matching/assign.js';
import { listingOf, needOf, volunteerOf } from '../../matching/records.js';
import type { ServiceItem } from '../../models/service-item.js';
import { communityItems } from './community-items.js';
import { defineRule } from '../../engine/define-rule.js';

/** Whether an item provides a standard service: by its `standardService` id, or else by its category. */
function provides(item: ServiceItem, service: string): boolean {
  return item.standardService === service || item.category === service;
}

/**
 * `service.6x` — the community is offered the six standard services (`service.standardServices`, our reading: the
 * report does not list them) and at least `service.minFeatured` featured services (the "X"), counting the distinct
 * items of every centre that serves it. An item provides a standard service when its `standardService` id or its
 * category is that service's id. An item marked `featured` counts towards the "X" only, never towards the six (the
 * X comes in addition to them). Not applicable when no centre reports its items. When a centre's list is partial
 * (`serviceItemsPartial`), it passes if the listed items already show the six and the X, and is otherwise not
 * applicable (`partial-list`), never a failure. The finding's values carry the missing services' ids
 * (`values.missing`); its message names them.
 *
 * > 坚持“典型引领、带动全面、夯实基础、提升品牌”的工作思路,推行“6+X”的服务模式,发展社区志愿互助服务和特色品牌服务 (paragraph 3)
 *
 * @example
 * ```ts
 * // 泾河村: 水电服务 (convenience), 城管服务 (other), 计划生育服务 (family-planning), none featured:
 * finding.message; //=> '缺少标准服务:劳动就业、社会保险、慈善救助、社区养老、医疗卫生、文体教育;特色服务 0 项,少于 1 项'
 * ```
 */
export const serviceSixPlusX = defineRule({
  id: 'service.6x',
  title: { 'zh-CN': '“6+X”服务模式', en: 'The "6+X" service model' },
  subject: 'community',
  severity: 'warning',
  source: kunshanReport(3, '推行“6+X”的服务模式,发展社区志愿互助服务和特色品牌服务'),
  parameters: ['service.standardServices', 'service.minFeatured'],
  messages: sixPlusXMessages,
  reasons: sixPlusXReasons,
  check(community, context) {
    const standard = context.param('service.standardServices').value;
    const minFeatured = context.param('service.minFeatured').value;
    const expected = { standard, minFeatured };
    const offered = communityItems(community, context);
    if (offered === undefined) return { outcome: 'not-applicable', code: 'not-reported', expected };
    const items = offered.items;
    const regular = items.filter((i) => i.featured !== true);
    const featured = items.length - regular.length;
    const present = standard.filter((s) => regular.some((i) => provides(i, s)));
    const missingIds = standard.filter((s) => !present.includes(s));
    const actual = { standard: present, featured };
    const values = { missing: missingIds, featured, minFeatured };
    const enoughFeatured = featured >= minFeatured;
    if (missingIds.length === 0 && enoughFeatured) return { outcome: 'pass', code: 'complete', values, expected, actual };
    // A partial list that does not show all of it says nothing about what is missing.
    if (offered.partial) return { outcome: 'not-applicable', code: 'partial-list', values, expected, actual };
    const code = missingIds.length === 0 ? 'too-few-featured' : enoughFeatured ? 'missing-standard' : 'missing-both';
    return { outcome: 'fail', code, values, expected, actual };
  },
});

/** The key of the dataset's matching, computed once per run (`context.once`). */
const MATCHING = Symbol('service.needs-matched: matching');

/**
 * `service.needs-matched` — the needs recorded for the community (《社区居民需求目录》, `ResidentNeed`) are matched
 * to the organisations (《可承接服务项目的组织目录》, `ProviderListing`) and volunteers able to serve them: the
 * share met is at least `service.minNeedsMetShare` (our reading: every need). The matching is that of `matchNeeds`
 * (`community-standards/matching`), run once on the whole dataset (a provider serves several communities, so the
 * communities share its capacity), with `service.matchPriorityGroups` served first and providers outside the
 * community reaching a need within `service.matchMaxDistanceMetres`. The finding's values carry the count met, the
 * total, the share and each open need's id with its reason code (`values.open`). Not applicable when the community
 * records no need.
 *
 * > 以城乡居民服务需求为导向,建立《社区居民需求目录》及《可承接服务项目的组织目录》,健全供需对接 (paragraph 6)
 *
 * @example
 * ```ts
 * // Two needs of community a; one organisation serving a with room for one:
 * finding.message; //=> '需求目录 2 项中已对接 1 项(50%,应不低于 100%);未对接:n2(承接能力已满)'
 * ```
 */
export const serviceNeedsMatched = defineRule({
  id: 'service.needs-matched',
  title: { 'zh-CN': '居民需求供需对接', en: 'Residents’ needs matched to providers' },
  subject: 'community',
  severity: 'warning',
  source: kunshanReport(6, '建立《社区居民需求目录》及《可承接服务项目的组织目录》,健全供需对接'),
  parameters: ['service.matchPriorityGroups', 'service.matchMaxDistanceMetres', 'service.minNeedsMetShare'],
  messages: needsMatchedMessages,
  reasons: needsMatchedReasons,
  check(community, context) {
    const needs = context.data.byCommunity('residentNeed', community.id);
    if (needs.length === 0) return { outcome: 'not-applicable', code: 'no-needs' };
    const priorityGroups = context.param('service.matchPriorityGroups').value;
    const maxDistanceMetres = context.param('service.matchMaxDistanceMetres').value;
    const minShare = context.param('service.minNeedsMetShare').value;
    const open = context.once(MATCHING, () => {
      // The dataset is validated: its records are read as they are (what matchNeeds does after validating).
      const { data } = context;
      const records = data.all('residentNeed').map(needOf);
      const providers = [...data.all('providerListing').map(listingOf), ...data.all('volunteer').map(volunteerOf)];
      const needs = { records, entries: records.map((n) => ({ id: n.id, kept: true })) };
      const result = assignNeeds(needs, providers, { tiers: priorityGroups, maxDistanceMetres, locale: context.locale }, []);
      return new Map(result.unmet.map((u) => [u.needId, u.code]));
    });
    const openNeeds: OpenNeed[] = [];
    for (const need of needs) {
      const code = open.get(need.id);
      if (code !== undefined) openNeeds.push({ id: need.id, code });
    }
    const total = needs.length;
    const met = total - openNeeds.length;
    const share = met / total;
    const values = { met, total, share, minShare, open: openNeeds };
    const expected = { minShare };
    const actual = { met, total };
    if (share >= minShare) return { outcome: 'pass', code: 'met', values, expected, actual };
    return { outcome: 'fail', code: 'open', values, expected, actual };
  },
});
