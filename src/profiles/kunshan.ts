/**
 * The `kunshan` profile: every figure of the Kunshan survey report that a rule or calculator uses, each with its
 * paragraph, and our readings where the report is silent, each marked as an assumption. The parameters are kept
 * by standard family, each in `src/standards/<family>/kunshan.ts` (money and points in `./kunshan/money.ts`).
 *
 * @module
 */
import { buildProfile } from './build-profile.js';
import { accessParameters } from '../standards/access/kunshan.js';
import { areaParameters } from '../standards/area/kunshan.js';
import { brandParameters } from '../standards/brand/kunshan.js';
import { centerParameters } from '../standards/center/kunshan.js';
import { circleParameters } from '../standards/circle/kunshan.js';
import { employmentParameters } from '../standards/employment/kunshan.js';
import { evaluationParameters } from '../standards/evaluation/kunshan.js';
import { governanceParameters } from '../standards/governance/kunshan.js';
import { hallParameters } from '../standards/hall/kunshan.js';
import { ledgerParameters } from '../standards/ledger/kunshan.js';
import { modelParameters } from '../standards/model/kunshan.js';
import { propertyParameters } from '../standards/property/kunshan.js';
import { serviceParameters } from '../standards/service/kunshan.js';
import { signageParameters } from '../standards/signage/kunshan.js';
import { staffParameters } from '../standards/staff/kunshan.js';
import { moneyParameters } from './kunshan/money.js';
import { national } from './national.js';

/**
 * The Kunshan profile (昆山), the default of every check and calculator. It builds on {@link national}, so a
 * Kunshan check can also apply the national figures, which stay national (`ResolvedParameter.profile`).
 *
 * @example
 * ```ts
 * parameter(kunshan, 'hall.minServiceItems', '2013-06-30').value; //=> 20
 * parameter(kunshan, 'funding.communityWork', '2011-06-30').value; //=> 800000 (fen per 100 registered households)
 * parameter(kunshan, 'area.perHundredHouseholds', '2020-01-01').profile; //=> 'national'
 * ```
 */
export const kunshan = /* @__PURE__ */ buildProfile({
  extends: national,
  id: 'kunshan',
  name: { 'zh-CN': '昆山市', en: 'Kunshan' },
  newParameters: {
    ...hallParameters,
    ...serviceParameters,
    ...circleParameters,
    ...governanceParameters,
    ...staffParameters,
    ...centerParameters,
    ...areaParameters,
    ...signageParameters,
    ...modelParameters,
    ...accessParameters,
    ...ledgerParameters,
    ...evaluationParameters,
    ...propertyParameters,
    ...brandParameters,
    ...employmentParameters,
    ...moneyParameters,
  },
});
