/**
 * The registry of every rule, in the order reports list them.
 *
 * @module
 */
import type { Rule } from '../engine/types.js';
import { areaPerHouseholds } from './area/rule.js';
import { brandInCatalogue } from './brand/rule.js';
import { centerFivePlusOne } from './center/rule.js';
import { circleFifteenMinute } from './circle/rule.js';
import { governanceGrid, governancePropertyTriad, governanceSixInOne, governanceStructure } from './governance/rule.js';
import { accessRequired } from './access/rule.js';
import { employmentZeroEmploymentCleared } from './employment/rule.js';
import { evaluationMandatory, evaluationResidentFeedback } from './evaluation/rule.js';
import { hallMinItems, hallModes, hallOneStop, hallStaggeredHours } from './hall/rule.js';
import { ledgerRationalize } from './ledger/rule.js';
import { modelTemplate } from './model/rule.js';
import { propertyIntegrationPilot, propertyJointMeeting, propertyTriadWorkshop } from './property/rule.js';
import { serviceNeedsMatched, serviceSixPlusX } from './service/rule.js';
import { signageFourPlaques } from './signage/rule.js';
import { staffProfessionalization } from './staff/rule.js';

/**
 * A rule of the default set, with its own type (kind, result codes, id): `Extract<DefaultRule, { id: 'hall.min-items' }>`
 * is `hall.min-items`'s. {@link rules} holds exactly these.
 */
export type DefaultRule =
  | typeof hallOneStop
  | typeof hallMinItems
  | typeof hallModes
  | typeof hallStaggeredHours
  | typeof serviceSixPlusX
  | typeof brandInCatalogue
  | typeof serviceNeedsMatched
  | typeof centerFivePlusOne
  | typeof governanceStructure
  | typeof governanceSixInOne
  | typeof governanceGrid
  | typeof governancePropertyTriad
  | typeof propertyTriadWorkshop
  | typeof propertyJointMeeting
  | typeof propertyIntegrationPilot
  | typeof circleFifteenMinute
  | typeof staffProfessionalization
  | typeof areaPerHouseholds
  | typeof signageFourPlaques
  | typeof modelTemplate
  | typeof accessRequired
  | typeof ledgerRationalize
  | typeof evaluationMandatory
  | typeof evaluationResidentFeedback
  | typeof employmentZeroEmploymentCleared;

/**
 * Every rule the library ships, in report order. The documentation site and the CLI render it.
 *
 * @example
 * ```ts
 * rules.map((r) => r.id).includes('hall.min-items'); //=> true
 * ```
 */
export const rules: readonly Rule[] = /* @__PURE__ */ Object.freeze([
  hallOneStop,
  hallMinItems,
  hallModes,
  hallStaggeredHours,
  serviceSixPlusX,
  brandInCatalogue,
  serviceNeedsMatched,
  centerFivePlusOne,
  governanceStructure,
  governanceSixInOne,
  governanceGrid,
  governancePropertyTriad,
  propertyTriadWorkshop,
  propertyJointMeeting,
  propertyIntegrationPilot,
  circleFifteenMinute,
  staffProfessionalization,
  areaPerHouseholds,
  signageFourPlaques,
  modelTemplate,
  accessRequired,
  ledgerRationalize,
  evaluationMandatory,
  evaluationResidentFeedback,
  employmentZeroEmploymentCleared,
] satisfies readonly DefaultRule[]);
