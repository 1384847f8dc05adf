/**
 * `community-standards/calculators` — Calculators: community work funds, public-welfare budgets, volunteer service points, the minimum living
 * allowance, the minimum wage and indicator arithmetic — pure functions over exact money (integer fen), each
 * result carrying a worked note (`explanation`) in every locale.
 *
 * @packageDocumentation
 */
export type { CalculatorIssue, CalculatorIssueCode } from './issue.js';
export { communityWorkFunds, type CommunityWorkFunds, type FundedCommunity, type WorkFundsOptions, type WorkFundsBase } from './community-work-funds.js';
export { cityWorkFunds, type CityWorkFunds } from './city-work-funds.js';
export { allocateWelfareBudget } from './welfare-budget.js';
export {
  shortfallPolicies,
  type ShortfallPolicy,
  type WelfareAllocation,
  type WelfareBudgetOptions,
  type WelfareDecision,
  type WelfareReason,
} from './welfare-types.js';
export {
  createPointsLedger,
  formatPoints,
  type LedgerUpdate,
  type PointsAccrual,
  type PointsCorrection,
  type PointsEntry,
  type PointsLedger,
  type PointsRedemption,
} from './points-ledger.js';
export { accruePoints, type PointsOptions } from './accrue-points.js';
export { redeemPoints, type RedemptionRequest } from './redeem-points.js';
export { correctPoints, type CorrectionRequest } from './correct-points.js';
export { pointsBalance, type PointsBalance, type PointsBalanceOptions } from './points-balance.js';
export { starLevel, type StarLevel, type StarLevelOptions } from './star-level.js';
export {
  subsistenceAllowance,
  type AllowanceOptions,
  type SubsistenceAllowance,
  type SubsistenceHousehold,
  type AllowanceBase,
} from './subsistence-allowance.js';
export { checkMinimumWage, type MinimumWageCheck, type MinimumWageOptions } from './minimum-wage.js';
export { featuredBrandBudget, type BrandBudget, type BrandBudgetOptions, type BrandBudgetYear } from './brand-budget.js';
export { previousFromGrowth, resolveGrowth, type GrowthRate, type PreviousFromGrowth } from './growth.js';
export {
  previousYearOf,
  indicatorValueText,
  type CityIndicator,
  type DerivedIndicator,
  type IndicatorChange,
  type IndicatorUnit,
  type IndicatorValue,
} from './city-indicator.js';
export { kunshanIndicators } from './kunshan-indicators.js';
export {
  centerUpgradeSpending,
  type CenterUpgradeOptions,
  type CenterUpgradeSpending,
  type UpgradeProgramme,
  type UpgradeRecords,
} from './center-upgrade.js';
export {
  registeredUnemploymentRate,
  REGISTERED_UNEMPLOYMENT_RATE_DEFINITION,
  type RegisteredUnemploymentInput,
  type RegisteredUnemploymentRate,
  type UnemploymentRateBase,
  type ReportedRate,
  type UnemploymentRateOptions,
  type UrbanEmployedComponents,
} from './unemployment-rate.js';
