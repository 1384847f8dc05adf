/**
 * The parameter comparison page of the documentation site: what changed in a profile between two dates
 * (`diffDates`), and what differs between two profiles at a date (`diffProfiles`), each parameter with its value on
 * both sides and whether that value rests on the report or on our reading. Runs in the page.
 */
import { diffDates, diffProfiles, formatParameterValue, kunshan, national, type Locale, type ParameterDifference, type Profile, type ResolvedParameter } from '../src/index.js';
import { cliMessages } from '../src/cli/messages.js';
import { parseProfileFile } from '../src/cli/profile-spec.js';
import { UsageFailure } from '../src/cli/usage.js';
import { applyTexts, byId, currentLocale, onLocaleChange } from './page.js';
import { tableOf } from './table.js';

/** The selects that choose a profile. */
const SELECTS = ['dates-profile', 'profiles-before', 'profiles-after'] as const;

const texts = {
  'zh-CN': {
    docs: '文档',
    language: '语言',
    title: '参数比较',
    local: '全部计算在本页面内由本库完成,数据不会离开您的电脑。',
    'dates.heading': '同一配置,两个日期(例:2012-01-01 有什么变化)',
    'profiles.heading': '两个配置,同一日期',
    profile: '配置',
    from: '起',
    to: '止',
    before: '配置一',
    after: '配置二',
    date: '日期',
    compare: '比较',
    count: (n: number) => (n === 0 ? '没有差别。' : `${n} 个参数不同。`),
    head: ['参数', '变化', '之前', '之后'],
    change: { added: '新增', removed: '不再适用', changed: '改变' },
    fact: '报告',
    reading: '推定',
    ownFile: '添加自定义标准文件',
    ownNote: '与命令行 --profile 文件格式相同的 JSON。添加后可在下方选择,并与它所基于的标准比较。',
    added: (id: string, base: string | undefined) => (base === undefined ? `已添加标准 ${id},可在下方选择。` : `已添加标准 ${id}(基于 ${base}),下方比较的是两者在所选日期的差别。`),
  },
  en: {
    docs: 'Documentation',
    language: 'Language',
    title: 'Compare parameters',
    local: 'Everything is computed in this page by the library itself; no data leaves your computer.',
    'dates.heading': 'One profile, two dates (e.g. what changed on 2012-01-01)',
    'profiles.heading': 'Two profiles, one date',
    profile: 'Profile',
    from: 'From',
    to: 'To',
    before: 'First profile',
    after: 'Second profile',
    date: 'Date',
    compare: 'Compare',
    count: (n: number) => (n === 0 ? 'No difference.' : `${n} parameter${n === 1 ? '' : 's'} differ.`),
    head: ['Parameter', 'Change', 'Before', 'After'],
    change: { added: 'added', removed: 'no longer in force', changed: 'changed' },
    fact: 'report',
    reading: 'assumption',
    ownFile: 'Add a profile file of your own',
    ownNote: 'JSON as the command line’s --profile FILE reads it. Once added, choose it below; it is compared with the profile it builds on.',
    added: (id: string, base: string | undefined) =>
      base === undefined ? `Profile ${id} added; choose it below.` : `Profile ${id} added (it builds on ${base}); below, what differs between them at the date chosen.`,
  },
} as const;

function side(p: ResolvedParameter | undefined, locale: Locale): string {
  if (p === undefined) return '—';
  const t = texts[locale];
  const basis = p.assumption !== undefined ? t.reading : p.citation?.paragraph !== undefined ? `${t.fact} ¶${p.citation.paragraph}` : t.fact;
  return `${formatParameterValue(p, { locale })} (${p.profile}; ${basis})`;
}

function show(prefix: string, differences: readonly ParameterDifference[], locale: Locale): void {
  const t = texts[locale];
  byId(`${prefix}-result`).textContent = t.count(differences.length);
  const rows = differences.map((d) => [d.id, t.change[d.change], side(d.before, locale), side(d.after, locale)]);
  byId(`${prefix}-table`).replaceChildren(...(rows.length === 0 ? [] : [tableOf(t.head, rows, { link: (id) => `../documents/parameters.${id}.html` })]));
}

function run(prefix: 'dates' | 'profiles', locale: Locale, profiles: ReadonlyMap<string, Profile>): void {
  const value = (id: string) => byId<HTMLInputElement | HTMLSelectElement>(id).value;
  try {
    const differences =
      prefix === 'dates'
        ? diffDates(profiles.get(value('dates-profile')) ?? kunshan, { from: value('dates-from'), to: value('dates-to') })
        : diffProfiles(profiles.get(value('profiles-before')) ?? national, profiles.get(value('profiles-after')) ?? kunshan, { asOf: value('profiles-date') });
    show(prefix, differences, locale);
  } catch (error) {
    // A malformed date: said on the page.
    byId(`${prefix}-result`).textContent = error instanceof Error ? error.message : String(error);
    byId(`${prefix}-table`).replaceChildren();
  }
}

function start(): void {
  // The shipped profiles, and those the reader adds, by id.
  const profiles = new Map<string, Profile>([
    ['kunshan', kunshan],
    ['national', national],
  ]);
  const render = (locale: Locale) => {
    applyTexts(texts[locale]);
    run('dates', locale, profiles);
    run('profiles', locale, profiles);
  };
  for (const prefix of ['dates', 'profiles'] as const) {
    byId(prefix).addEventListener('submit', (event) => {
      event.preventDefault();
      run(prefix, currentLocale(), profiles);
    });
  }
  const own = byId<HTMLInputElement>('own-file');
  own.addEventListener('change', () => {
    const file = own.files?.[0];
    if (file === undefined) return;
    void file.text().then((text) => {
      const locale = currentLocale();
      const said = byId('own-result');
      let profile: Profile;
      try {
        profile = parseProfileFile(text, file.name);
      } catch (error) {
        if (!(error instanceof UsageFailure)) throw error;
        said.textContent = (cliMessages[locale].usage[error.code] as (p: Readonly<Record<string, unknown>>) => string)(error.params);
        return;
      }
      if (!profiles.has(profile.id)) for (const id of SELECTS) byId<HTMLSelectElement>(id).append(new Option(profile.id, profile.id));
      profiles.set(profile.id, profile);
      const base = profile.extends?.id;
      byId<HTMLSelectElement>('dates-profile').value = profile.id;
      if (base !== undefined) byId<HTMLSelectElement>('profiles-before').value = base;
      byId<HTMLSelectElement>('profiles-after').value = profile.id;
      said.textContent = texts[locale].added(profile.id, base);
      run('dates', locale, profiles);
      run('profiles', locale, profiles);
    });
  });
  onLocaleChange(render);
  render(currentLocale());
}

start();
