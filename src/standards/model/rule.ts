/**
 * The model-template rule (spec §2): a centre compared with the reference case of its model.
 *
 * @module
 */
import { kunshanReport } from '../../citation.js';
import type { RuleContext, RuleResult } from '../../engine/types.js';
import { ProfileDefinitionError } from '../../errors.js';
import { templateMessages, templateReasons } from './messages.js';
import type { CommunityModel } from '../../models/enums.js';
import type { ModelTemplateValue } from '../../profiles/parameter-types.js';
import type { ServiceCenter } from '../../models/service-center.js';
import type { ServiceItem } from '../../models/service-item.js';
import { findParameter } from '../../profiles/parameter.js';
import { defineRule } from '../../engine/define-rule.js';

/** A model's template: the reference case, its facility kinds and its services. */
type Template = ModelTemplateValue;

/** A service of a template: an item provides it when its category is one of `categories` or its name holds a keyword. */
type TemplateService = Template['services'][number];

const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The parameter holding a model's template: `model.template.<model in camelCase>`, e.g. `model.template.newRural`. */
function templateParameter(model: CommunityModel): string {
  return `model.template.${model.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`;
}

function readTemplate(id: string, value: unknown): Template {
  const t = value as Partial<Template> | null;
  const ok =
    typeof t === 'object' &&
    t !== null &&
    typeof t.referenceCase === 'string' &&
    strings(t.facilities) &&
    Array.isArray(t.services) &&
    t.services.every(
      (s) =>
        typeof s?.id === 'string' &&
        typeof s.name === 'string' &&
        (s.categories === undefined || strings(s.categories)) &&
        (s.keywords === undefined || strings(s.keywords))
    );
  if (!ok) throw new ProfileDefinitionError(`Parameter "${id}" must be { referenceCase, facilities, services }.`, { id });
  return t as Template;
}

/** A template's services with their keywords normalised (NFKC), made once per run and template. */
interface PreparedTemplate {
  readonly template: Template;
  readonly services: readonly { readonly service: TemplateService; readonly keywords: readonly string[] }[];
}

function prepare(id: string, value: unknown): PreparedTemplate {
  const template = readTemplate(id, value);
  return {
    template,
    services: template.services.map((service) => ({
      service,
      keywords: (service.keywords ?? []).filter((k) => k !== '').map((k) => k.normalize('NFKC')),
    })),
  };
}

function provides(item: ServiceItem, name: string, service: PreparedTemplate['services'][number]): boolean {
  return (service.service.categories ?? []).includes(item.category) || service.keywords.some((k) => name.includes(k));
}

/** The key of the rule's cache of normalised item names (per run). */
const ITEM_NAMES = Symbol('item names');

function compare(center: ServiceCenter, model: CommunityModel, prepared: PreparedTemplate, context: RuleContext): RuleResult<keyof (typeof templateMessages)['zh-CN']>[] {
  const { data } = context;
  const { template } = prepared;
  const values = { model, referenceCase: template.referenceCase };
  const results: RuleResult<keyof (typeof templateMessages)['zh-CN']>[] = [];
  const item = (part: string) => `${model}:${part}`;
  if (center.facilityIds === undefined) {
    results.push({
      outcome: 'not-applicable',
      code: 'facilities-not-reported',
      item: item('facilities'),
      path: ['facilityIds'],
      values,
      expected: template.facilities,
    });
  } else {
    const have = new Set<string>(center.facilityIds.flatMap((id) => data.get('facility', id)?.kind ?? []));
    if (center.oneStopHall) have.add('one-stop-hall');
    const lacking = template.facilities.filter((f) => !have.has(f));
    results.push({
      outcome: lacking.length === 0 ? 'pass' : 'fail',
      code: lacking.length === 0 ? 'facilities-complete' : 'facilities-lacking',
      item: item('facilities'),
      path: ['facilityIds'],
      values: { ...values, lacking },
      expected: template.facilities,
      actual: template.facilities.filter((f) => have.has(f)),
    });
  }
  if (template.services.length === 0) return results;
  const expected = template.services.map((s) => s.id);
  if (center.serviceItemIds === undefined) {
    results.push({
      outcome: 'not-applicable',
      code: 'services-not-reported',
      item: item('services'),
      path: ['serviceItemIds'],
      values,
      expected,
    });
    return results;
  }
  const items = center.serviceItemIds.flatMap((id) => data.get('serviceItem', id) ?? []);
  // Item names normalised once per run: a city's catalogue is shared by its centres.
  const names = context.once(ITEM_NAMES, () => new Map<ServiceItem, string>());
  const nameOf = (i: ServiceItem) => {
    let name = names.get(i);
    if (name === undefined) names.set(i, (name = i.name.normalize('NFKC')));
    return name;
  };
  const lacking = prepared.services.filter((s) => !items.some((i) => provides(i, nameOf(i), s))).map((s) => s.service);
  if (lacking.length > 0 && center.serviceItemsPartial === true) {
    // A partial list that does not show a service says nothing about whether it is offered.
    results.push({
      outcome: 'not-applicable',
      code: 'services-partial',
      item: item('services'),
      path: ['serviceItemsPartial'],
      values: { ...values, lacking: lacking.map((s) => s.name) },
      expected,
      actual: template.services.filter((s) => !lacking.includes(s)).map((s) => s.id),
    });
    return results;
  }
  results.push({
    outcome: lacking.length === 0 ? 'pass' : 'fail',
    code: lacking.length === 0 ? 'services-complete' : 'services-lacking',
    item: item('services'),
    path: ['serviceItemIds'],
    values: { ...values, lacking: lacking.map((s) => s.name) },
    expected,
    actual: template.services.filter((s) => !lacking.includes(s)).map((s) => s.id),
  });
  return results;
}

/**
 * `model.template` (info) — compares a centre with the reference case of the model (四种模式) of the communities it
 * serves: which of the template's facilities (by facility kind; a centre with `oneStopHall` has the one-stop hall)
 * and services (by category or name keyword) it lacks. The templates are the profile parameters
 * `model.template.newRural` (千灯炎武社区), `model.template.pureRural` (千灯大潭村),
 * `model.template.ruralUrbanMixed` (泾河村) and `model.template.oldTown` (里厍社区). Findings have `item`
 * `<model>:facilities` and, when the template lists services, `<model>:services`; a centre serving communities of
 * several models is compared with each. Not applicable for a part the centre does not report, or a model without
 * a template (`other`), and for services a partial item list (`serviceItemsPartial`) does not show
 * (`services-partial`).
 *
 * > 据悉,这四种现行版本,将成为未来两年该市新建和改建的村(社区)公共服务中心的参照 (paragraph 2)
 *
 * @example
 * ```ts
 * // a pure-rural village centre with a clinic and a basketball court only:
 * finding.message; //=> '对照纯农村社区参照(千灯大潭村),缺少设施:室外运动器具、图书室、谈心室、居(村)委会办公用房'
 * ```
 */
export const modelTemplate = defineRule({
  id: 'model.template',
  title: { 'zh-CN': '对照四种模式的参照社区', en: 'Compared with the reference case of its model' },
  subject: 'serviceCenter',
  severity: 'info',
  source: kunshanReport(2, '这四种现行版本,将成为未来两年该市新建和改建的村(社区)公共服务中心的参照'),
  parameters: ['model.template.newRural', 'model.template.pureRural', 'model.template.ruralUrbanMixed', 'model.template.oldTown'],
  messages: templateMessages,
  reasons: templateReasons,
  check(center, context) {
    const models = [...new Set(center.communityIds.flatMap((id) => context.data.get('community', id)?.model ?? []))];
    if (models.length === 0) return { outcome: 'not-applicable', code: 'no-community', path: ['communityIds'] };
    return models.flatMap((model): RuleResult<keyof (typeof templateMessages)['zh-CN']>[] => {
      const id = templateParameter(model);
      if (findParameter(context.profile, id) === undefined) {
        return [
          { outcome: 'not-applicable', code: 'no-template', item: model, values: { model } },
        ];
      }
      const resolved = context.param(id);
      return compare(center, model, context.once(resolved, () => prepare(id, resolved.value)), context);
    });
  },
});
