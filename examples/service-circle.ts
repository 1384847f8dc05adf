/**
 * `npx tsx examples/service-circle.ts`: the 15-minute community service circle (15分钟社区服务圈) of an illustrative
 * neighbourhood — how many households reach their nearest service site on foot within 5, 10 and 15 minutes, with
 * Kunshan's walking speed and detour factor read from the profile — then the same with a new station placed
 * where the uncovered residences are (they come back as GeoJSON, ready for a map).
 *
 * The layout is illustrative (the report gives no coordinates): four residential blocks due north of a centre.
 */
import { serviceCircleCoverage, sitesFromServiceCenters, type Residence, type ServiceCircleCoverage } from '../src/geo/index.js';
import { kunshan, parameter } from '../src/index.js';

const AS_OF = '2013-06-30';
const minutes = parameter(kunshan, 'circle.minutes', AS_OF).value as number; // 15 (report, paragraph 3)
const walkingSpeed = parameter(kunshan, 'circle.walkingSpeed', AS_OF).value as number; // 60 m/min (assumption)
const detourFactor = parameter(kunshan, 'circle.detourFactor', AS_OF).value as number; // 1.25 (assumption)
const options = { minutes: [5, 10, minutes], walkingSpeed, detourFactor };

const CENTRE = { lon: 120.96, lat: 31.38 };

const { sites, issues: siteIssues } = sitesFromServiceCenters([
  { id: 'example-center', kind: 'urban-community-service-center', location: CENTRE },
  { id: 'old-center', kind: 'village-public-service-center' }, // no location: left out, with an issue
]);

const residences: Residence[] = [
  { id: 'block-a', location: { lon: 120.96, lat: 31.382 }, households: 120 },
  { id: 'block-b', location: { lon: 120.96, lat: 31.3835 }, households: 200 },
  { id: 'block-c', location: { lon: 120.96, lat: 31.386 }, households: 180 },
  { id: 'block-d', location: { lon: 120.96, lat: 31.388 }, households: 100 },
  { id: 'typo', location: { lon: 120.96, lat: 313.8 }, households: 50 }, // latitude out of range: an issue
];

function print(title: string, result: ServiceCircleCoverage): void {
  console.log(title);
  console.log(`  ${result.totalHouseholds} 户 / households in ${result.totalResidences} residences`);
  for (const c of result.circles) {
    const share = c.share === null ? '—' : `${(c.share * 100).toFixed(1)}%`;
    console.log(`  ≤ ${String(c.minutes).padStart(2)} min (${c.walkingMetres} m walk): ${String(c.households).padStart(3)} 户  ${share}`);
  }
  for (const r of result.residences) {
    console.log(`  ${r.id}: ${r.distanceMetres?.toFixed(1) ?? '—'} m to ${r.nearestSiteId ?? '—'}, ${r.walkingMinutes?.toFixed(2) ?? '—'} min`);
  }
}

console.log(`参数 / parameters (kunshan, ${AS_OF}): ${walkingSpeed} m/min, detour × ${detourFactor}, circle ${minutes} min`);
for (const issue of siteIssues) console.log(`! ${issue.message}`);

const before = serviceCircleCoverage(residences, sites, options);
for (const issue of before.issues) console.log(`! ${issue.message}`);
console.log();
print('一、现状 / As is', before);
console.log(`  uncovered (GeoJSON): ${JSON.stringify(before.uncovered.features.map((f) => f.geometry.coordinates))}`);

// Place a health station (卫生服务站) at the first uncovered residence's block, and measure again.
const gap = before.uncovered.features[0];
if (gap !== undefined) {
  const [lon, lat] = gap.geometry.coordinates;
  const after = serviceCircleCoverage(residences, [...sites, { id: 'new-health-station', location: { lon, lat }, kind: 'health' }], options);
  console.log();
  print('二、增设卫生服务站后 / With a new health station', after);
}
