/**
 * `npx tsx examples/derive-profile.ts`: derive a city's own profile from `kunshan` with `defineProfile`, change
 * one parameter — the floor area of community service facilities per 100 households (national standard: 30 m²)
 * — with dated values, and see the check of the same community change with it.
 *
 * The "Suzhou-like" figures are illustrative, not Suzhou's actual standard: every value a profile holds needs a
 * citation or an assumption note, so these carry a note saying so.
 */
import {
  check,
  defineProfile,
  isCommunityStandardsError,
  kunshan,
  parameter,
  type Dataset,
  type Profile,
} from '../src/index.js';

const ID = 'area.perHundredHouseholds';
const illustrative = { 'zh-CN': '示例数值,并非苏州实际标准', en: 'An illustrative figure, not Suzhou’s actual standard' };

const suzhouLike = defineProfile({
  extends: kunshan,
  id: 'suzhou-like',
  name: { 'zh-CN': '苏州(示例)', en: 'Suzhou-like (example)' },
  parameters: {
    [ID]: {
      unit: 'square-metres-per-100-households',
      values: [
        { from: '2016-01-01', to: '2019-12-31', value: 30, assumption: illustrative },
        { from: '2020-01-01', value: 40, assumption: illustrative },
      ],
    },
  },
});

// An illustrative community of 1,500 resident households whose centre has 500 m² (as large as 里厍社区's).
const dataset: Dataset = {
  communities: [
    {
      id: 'example',
      name: '示例社区',
      kind: 'urban',
      model: 'other',
      households: { resident: 1500 },
      population: {},
    },
  ],
  serviceCenters: [
    {
      id: 'example-center',
      name: '示例社区服务中心',
      kind: 'urban-community-service-center',
      communityIds: ['example'],
      floorArea: { total: 500 },
      oneStopHall: true,
    },
  ],
};

function show(profile: Profile, asOf: string): void {
  const p = parameter(profile, ID, asOf);
  const finding = check(dataset, { profile, asOf, rules: ['area.per-households'] }).findings[0];
  const mark = finding?.outcome === 'pass' ? '✓' : '✗';
  console.log(`${profile.id.padEnd(11)} ${asOf}  ${ID} = ${String(p.value)}(来自 ${p.profile})  ${mark} ${finding?.message ?? ''}`);
}

show(kunshan, '2020-06-30');
show(suzhouLike, '2019-06-30');
show(suzhouLike, '2020-06-30');

// Every value is traceable: the derived parameter carries its assumption note.
console.log();
console.log(`${ID} @ suzhou-like 2020: ${parameter(suzhouLike, ID, '2020-06-30').assumption?.en ?? ''}`);

// Misuse throws: a misspelt parameter id is an error, not a silently ignored change.
try {
  defineProfile({
    extends: kunshan,
    id: 'typo',
    name: { 'zh-CN': '拼写错误', en: 'Typo' },
    parameters: { 'area.perHundredHousehold': { values: [{ value: 40, assumption: illustrative }] } },
  });
} catch (error) {
  if (isCommunityStandardsError(error)) console.log(`${error.name} (${error.code}): ${error.message}`);
  else throw error;
}
