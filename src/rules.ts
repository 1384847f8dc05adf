/**
 * `community-standards/rules` — every rule of the default set as its own export, for hosts that run a chosen few
 * (`check(dataset, { rules: [hallMinItems, hallOneStop] })`), wrap one in their own rule, or read one rule's
 * declaration (its id, title, source sentence, parameters and result codes). The default set itself (`rules`),
 * `check`, `defineRule` and the engine stay in the main entry; `rules.find((r) => r.id === 'hall.min-items')` reaches
 * any rule from there too.
 *
 * @example
 * ```ts
 * import { check } from 'community-standards';
 * import { hallMinItems } from 'community-standards/rules';
 * const report = check(dataset, { rules: [hallMinItems], asOf: '2013-06-30' });
 * ```
 *
 * @packageDocumentation
 */
export { hallOneStop, hallMinItems, hallModes, hallStaggeredHours } from './standards/hall/rule.js';
export { brandInCatalogue } from './standards/brand/rule.js';
export { serviceSixPlusX, serviceNeedsMatched } from './standards/service/rule.js';
export { centerFivePlusOne } from './standards/center/rule.js';
export { governanceStructure, governanceSixInOne, governanceGrid, governancePropertyTriad } from './standards/governance/rule.js';
export { propertyTriadWorkshop, propertyJointMeeting, propertyIntegrationPilot } from './standards/property/rule.js';
export { circleFifteenMinute } from './standards/circle/rule.js';
export { staffProfessionalization } from './standards/staff/rule.js';
export { areaPerHouseholds } from './standards/area/rule.js';
export { signageFourPlaques } from './standards/signage/rule.js';
export { modelTemplate } from './standards/model/rule.js';
export { accessRequired } from './standards/access/rule.js';
export { ledgerRationalize } from './standards/ledger/rule.js';
export { evaluationMandatory, evaluationResidentFeedback } from './standards/evaluation/rule.js';
export { employmentZeroEmploymentCleared } from './standards/employment/rule.js';
