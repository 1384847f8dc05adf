/**
 * `community-standards/statistics` — City statistics: the report's table computed from records, and compared with the report.
 *
 * @packageDocumentation
 */
export * from './types.js';
export { cityStatistics, type CityStatisticsOptions } from './city-statistics.js';
export { compareWithReport, readAsReport, type ReportComparison } from './compare.js';
export { kunshan2013ReportFigures, type ReportFigures } from './report-figures.js';
export { share, average, wholePercent, countForPercent } from './fractions.js';
export { centerFloorArea, communitySpace } from './community-space.js';
export { oneStopShare, minItemsShare } from './hall-shares.js';
export { committeeStaff, isCommitteeMember, socialWorkersByLevel } from './staff-figures.js';
export { fundedCommunities, organizationsByType, welfareTallies } from './organization-figures.js';
export { formatStatistic, formatReportFigure } from './format.js';
export { premisesRouteCounts, upgradedCenters, type PremisesRouteCounts } from './premises-figures.js';
export { openFacilitiesByCommunity, type OpenFacilitiesOfCommunity } from './open-facilities.js';
export { professionalizationRate, type ProfessionalizationOptions, type ProfessionalizationRate } from '../standards/staff/rule.js';
