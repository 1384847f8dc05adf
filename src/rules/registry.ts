/**
 * The registry of every rule, in the order reports list them.
 *
 * @module
 */
import type { Rule } from '../engine/types.js';
import { areaPerHouseholds } from './area.js';
import { centerFivePlusOne } from './center.js';
import { circleFifteenMinute } from './circle.js';
import { governanceGrid, governancePropertyTriad, governanceSixInOne, governanceStructure } from './governance.js';
import { accessRequired } from './access.js';
import { evaluationMandatory, evaluationResidentFeedback } from './evaluation.js';
import { hallMinItems, hallModes, hallOneStop, hallStaggeredHours } from './hall.js';
import { ledgerRationalize } from './ledger.js';
import { modelTemplate } from './model.js';
import { serviceSixPlusX } from './service.js';
import { signageFourPlaques } from './signage.js';
import { staffProfessionalization } from './staff.js';

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
  | typeof centerFivePlusOne
  | typeof governanceStructure
  | typeof governanceSixInOne
  | typeof governanceGrid
  | typeof governancePropertyTriad
  | typeof circleFifteenMinute
  | typeof staffProfessionalization
  | typeof areaPerHouseholds
  | typeof signageFourPlaques
  | typeof modelTemplate
  | typeof accessRequired
  | typeof ledgerRationalize
  | typeof evaluationMandatory
  | typeof evaluationResidentFeedback;

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
  centerFivePlusOne,
  governanceStructure,
  governanceSixInOne,
  governanceGrid,
  governancePropertyTriad,
  circleFifteenMinute,
  staffProfessionalization,
  areaPerHouseholds,
  signageFourPlaques,
  modelTemplate,
  accessRequired,
  ledgerRationalize,
  evaluationMandatory,
  evaluationResidentFeedback,
] satisfies readonly DefaultRule[]);
