/**
 * Kunshan parameters: Governance structure, staff, "5+1" stations, floor area, signage (spec §3.2–§3.5, §3.8) and the
 * templates of the four centre models (spec §2).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * Governance structure, staff, "5+1" stations, floor area, signage and the model templates — part of the `kunshan`
 * profile.
 *
 * @example
 * ```ts
 * Object.keys(centerParameters).length > 0; //=> true
 * ```
 */
export const centerParameters = {
  // §3.2 governance
  'governance.bodies': {
    label: { 'zh-CN': '“一支(委)一居一中心一办”', en: 'The bodies of "one branch, one committee, one centre, one office"' },
    unit: 'list',
    values: [
      {
        value: ['party-organization', 'committee', 'livelihood-service-center', 'governance-office'],
        citation: report(4, '在全市推广建立“一支(委)一居一中心一办”的社区管理服务模式'),
      },
    ],
  },
  'governance.sixInOneServices': {
    label: { 'zh-CN': '“六位一体”综合治理办公室服务', en: 'Services of the "six-in-one" governance office' },
    unit: 'list',
    values: [
      {
        value: ['policing', 'public-security', 'stability', 'mediation', 'petitions', 'legal-aid'],
        citation: report(4, '社区“六位一体”综合治理办公室提供警务、综治、维稳、调解、信访、法律援助等服务'),
      },
    ],
  },
  // §3.3 staff
  'staff.professionalised': {
    label: { 'zh-CN': '“职业化专业化”的认定', en: 'What counts as professionalised' },
    unit: 'record',
    description: assume('{ socialWorkerLevels, minEducation }:持证等级之一或学历不低于', '{ socialWorkerLevels, minEducation }: any of these certificates, or at least this education'),
    values: [
      {
        value: { socialWorkerLevels: ['junior', 'intermediate', 'senior'], minEducation: 'college' },
        citation: report(7, '职业化专业化水平达86%'),
        assumption: assume(
          '报告未定义“职业化专业化”;取持有任一等级社工证书或大专及以上学历。',
          'The report does not define "professionalised"; we count staff with a social-work certificate of any level or a college degree or above.',
        ),
      },
    ],
  },
  // §3.4 5+1
  'center.stations': {
    label: { 'zh-CN': '“5+1”中的五个站', en: 'The five stations of "5+1"' },
    unit: 'list',
    values: [
      {
        value: ['government-affairs', 'health', 'culture-sports', 'daily-life', 'social-organization'],
        citation: report(6, '试点推行设立政务受理站、卫生服务站、文体服务站、生活服务站及社会组织服务站'),
      },
    ],
  },
  'center.fivePlusOneStatus': {
    label: { 'zh-CN': '“5+1”的约束力', en: 'How binding "5+1" is' },
    unit: 'record',
    description: assume(
      '{ stations: "pilot" | "required", plusOne: "encouraged" | "required" }:五个站为试点目标或硬性要求,“+1”为鼓励或硬性要求;试点与鼓励未达到时仅作提示,硬性要求未达到时为警告',
      '{ stations: "pilot" | "required", plusOne: "encouraged" | "required" }: the five stations are a pilot target or a requirement, the "+1" an encouragement or a requirement; a pilot target or encouragement not met only informs, a requirement not met warns',
    ),
    values: [
      {
        value: { stations: 'pilot', plusOne: 'encouraged' },
        citation: report(6, '试点推行设立政务受理站、卫生服务站、文体服务站、生活服务站及社会组织服务站,为社区居民提供全方位服务,同时鼓励社区专职工作人员运用社会工作专业方法'),
      },
    ],
  },
  'center.plusOne': {
    label: { 'zh-CN': '“5+1”中的“1”', en: 'The "+1" of "5+1"' },
    unit: 'list',
    description: assume('站点编号;空列表表示不单独检查“1”', 'Station ids; an empty list checks no separate "+1"'),
    values: [
      {
        value: ['social-work'],
        citation: report(6, '同时鼓励社区专职工作人员运用社会工作专业方法为居民提供个性化、多样化服务'),
        assumption: assume(
          '报告在五个站之后述及社会工作专业服务,取其为“1”;另一读法以服务中心本身为“1”。',
          'The report names the professional social-work service after the five stations; we read it as the "+1". Another reading counts the centre itself.',
        ),
      },
    ],
  },
  // §3.5 area (city statistics, not minimums)
  'area.reportedAverageUrban': {
    label: { 'zh-CN': '城镇社区用房平均面积(报告数)', en: 'Average space of urban communities (reported)' },
    unit: 'square-metres',
    description: assume('全市统计数(“超过”),不是单个社区的下限', 'A city-wide statistic ("over"), not a minimum for one community'),
    values: [{ value: 1315, citation: report(8, '155个城镇社区办公、服务、活动用房平均面积超过1315平方米') }],
  },
  'area.reportedAverageRural': {
    label: { 'zh-CN': '农村社区用房平均面积(报告数)', en: 'Average space of rural communities (reported)' },
    unit: 'square-metres',
    description: assume('全市统计数(“超过”),不是单个社区的下限', 'A city-wide statistic ("over"), not a minimum for one community'),
    values: [{ value: 1274, citation: report(8, '153个农村社区办公、服务、活动用房平均面积超过1274平方米') }],
  },
  'area.householdBasis': {
    label: { 'zh-CN': '每百户用房面积的户数口径', en: 'Households counted for the area per 100 households' },
    unit: 'record',
    description: assume(
      "'resident-households'(常住户数)或 'registered-households'(户籍户数)",
      "'resident-households' or 'registered-households'",
    ),
    values: [
      {
        value: 'resident-households',
        basis: 'resident-households',
        citation: report(3, '逐步实现公共服务由户籍人口向常住人口全覆盖'),
        assumption: assume(
          '国家标准按“每百户居民”计,未说明户籍或常住;取常住户数,与昆山公共服务向常住人口全覆盖一致。缺少该口径户数的社区不作判断(不适用),不改用另一口径。',
          'The national figure is per 100 households of residents (每百户居民), without saying registered or resident; we take resident households, as Kunshan extends public services to the whole resident population. A community without that count is not judged (not applicable); the other count is never used instead.',
        ),
      },
    ],
  },
  // §3.8 signage
  'signage.allowedPlaques': {
    label: { 'zh-CN': '允许悬挂的牌子', en: 'Plaques a community may hang' },
    unit: 'list',
    description: assume(
      '[{ id, name, suffixes }]:牌名(规范化后)以某一后缀结尾即属该类;四类均须悬挂,每类一块',
      '[{ id, name, suffixes }]: a plaque whose (normalised) name ends with one of the suffixes is of that kind; each of the kinds must hang, one plaque each',
    ),
    values: [
      {
        value: [
          { id: 'party-organization', name: '社区党组织', suffixes: ['党组织', '党委', '党总支', '党支部', '社区委员会', '村委员会'] },
          { id: 'committee', name: '社区居委会', suffixes: ['居民委员会', '居委会', '村民委员会', '村委会'] },
          { id: 'service-center', name: '社区服务中心', suffixes: ['社区服务中心', '公共服务中心', '民生综合服务中心'] },
          { id: 'governance-office', name: '综合治理办公室', suffixes: ['综合治理办公室', '综治办'] },
        ],
        citation: report(5, '社区只悬挂社区党组织、社区居委会、社区服务中心、综合治理办公室四块牌子及“江苏社区”标志'),
        assumption: assume(
          '报告只给出四类牌子的类名;按牌名后缀归类(如“里厍社区居民委员会”属社区居委会,村委会、村公共服务中心视同),后缀表为我们的读法。',
          'The report names only the four kinds; we classify a plaque by the ending of its name (e.g. 里厍社区居民委员会 is the residents’ committee; a villagers’ committee or a village public service centre counts alike). The suffix lists are our reading.',
        ),
      },
    ],
  },
  'signage.mark': {
    label: { 'zh-CN': '统一标志', en: 'The common mark' },
    unit: 'list',
    description: assume(
      '[{ id, name, suffixes }]:允许悬挂、但不要求悬挂的标志',
      '[{ id, name, suffixes }]: marks a community may hang, but need not',
    ),
    values: [
      {
        value: [{ id: 'jiangsu-community', name: '“江苏社区”标志', suffixes: ['江苏社区', '江苏社区标志', '江苏社区标识'] }],
        citation: report(5, '四块牌子及“江苏社区”标志'),
        assumption: assume(
          '报告只说可挂“江苏社区”标志,未说必须悬挂;缺少标志不判为不符合。',
          'The report allows the 江苏社区 mark but does not require it; a community without it is not at fault.',
        ),
      },
    ],
  },
  // §2 model templates (the four reference cases)
  'model.template.newRural': {
    label: { 'zh-CN': '农村新型社区参照(千灯炎武社区)', en: 'New rural community template (千灯炎武社区)' },
    unit: 'record',
    description: assume(
      '{ referenceCase, facilities, services }:设施类别(FacilityKind)与服务(按类别 categories 或名称关键词 keywords 匹配)',
      '{ referenceCase, facilities, services }: facility kinds (FacilityKind) and services (matched by categories or name keywords)',
    ),
    values: [
      {
        value: {
          referenceCase: '千灯炎武社区',
          facilities: ['one-stop-hall', 'e-reading-room', 'activity-room', 'party-member-center', 'police-station', 'clinic', 'committee-office'],
          services: [{ id: 'convenience', name: '便民服务', categories: ['convenience'], keywords: ['便民'] }],
        },
        citation: report(2, '社区服务中心一楼为“一站式”便民服务大厅,提供各种便民服务;二楼有电子阅览室、活动室、党员活动中心、警务站、医务室,以及社区居委会'),
      },
    ],
  },
  'model.template.pureRural': {
    label: { 'zh-CN': '纯农村社区参照(千灯大潭村)', en: 'Purely rural community template (千灯大潭村)' },
    unit: 'record',
    description: assume('{ referenceCase, facilities, services }', '{ referenceCase, facilities, services }'),
    values: [
      {
        value: {
          referenceCase: '千灯大潭村',
          facilities: ['outdoor-fitness', 'basketball-court', 'clinic', 'library', 'counselling-room', 'committee-office'],
          services: [],
        },
        citation: report(2, '东侧一片空地上摆放着一些室外运动器具,还设有一个篮球场,两边房子内为功能设施,有医务室、图书室、谈心室,以及村委会等'),
      },
    ],
  },
  'model.template.ruralUrbanMixed': {
    label: { 'zh-CN': '农夹居社区参照(泾河村)', en: 'Rural–urban mixed community template (泾河村)' },
    unit: 'record',
    description: assume('{ referenceCase, facilities, services }', '{ referenceCase, facilities, services }'),
    values: [
      {
        value: {
          referenceCase: '泾河村',
          facilities: ['party-member-service-station', 'e-reading-room', 'audio-visual-room', 'gateball-court', 'open-air-stage'],
          services: [
            { id: 'utilities', name: '水电服务', keywords: ['水电'] },
            { id: 'urban-management', name: '城管服务', keywords: ['城管'] },
            { id: 'family-planning', name: '计划生育服务', categories: ['family-planning'], keywords: ['计划生育', '计生'] },
          ],
        },
        citation: report(2, '既拥有党员服务站、电子阅览室、电教室、室内灯光草坪门球场、露天戏台等内容丰富的业余活动场所,又具有水电服务、城管服务、计划生育服务等公共服务功能'),
      },
    ],
  },
  'model.template.oldTown': {
    label: { 'zh-CN': '老城区社区参照(里厍社区)', en: 'Old-town community template (里厍社区)' },
    unit: 'record',
    description: assume('{ referenceCase, facilities, services }', '{ referenceCase, facilities, services }'),
    values: [
      {
        value: { referenceCase: '里厍社区', facilities: ['committee-office', 'activity-room'], services: [] },
        citation: report(2, '100多平方米为社区居委会行政办公用房,其余是居民文体活动区域'),
        assumption: assume('取“居民文体活动区域”为活动室(activity-room)。', 'We read the residents’ cultural and sports space as an activity room (activity-room).'),
      },
    ],
  },
} satisfies ParameterSpecs;
