/**
 * The search page of the documentation site: rules, parameters and record kinds found by any part of their id,
 * Chinese or English title, label, description or source sentence. Chinese is matched by substring (the site's API
 * search splits words on spaces, which Chinese text does not have). Runs in the page; the index is built from the
 * library's own registries.
 */
import { kunshan, national, recordKindLabels, recordKinds, rules, type Locale } from '../src/index.js';
import { applyTexts, byId, currentLocale, onLocaleChange } from './page.js';

/** The kinds of export the API report names. */
const API_KINDS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  'zh-CN': { function: '函数', class: '类', interface: '接口', type: '类型', const: '常量', 'const + type': '模式与类型', enum: '枚举' },
  en: { function: 'function', class: 'class', interface: 'interface', type: 'type', const: 'constant', 'const + type': 'schema and type', enum: 'enum' },
};

const texts = {
  'zh-CN': {
    docs: '文档',
    language: '语言',
    title: '搜索规则与参数',
    intro: '按编号、中文或英文名称、说明或报告原文查找规则、参数和记录类型,按名称查找本库导出的函数、类型和常量(API)。',
    query: '查找',
    count: (n: number, q: string) => (q === '' ? `共 ${n} 项` : `“${q}”:${n} 项`),
    kinds: { rule: '规则', parameter: '参数', kind: '记录类型', api: 'API' },
    api: (kind: string, entry: string) => `${API_KINDS['zh-CN'][kind] ?? kind},导入自 ${entry}`,
  },
  en: {
    docs: 'Documentation',
    language: 'Language',
    title: 'Search rules and parameters',
    intro: 'Find rules, parameters and record kinds by id, Chinese or English title, description or the report’s sentence, and the functions, types and constants the library exports (its API) by name.',
    query: 'Search',
    count: (n: number, q: string) => (q === '' ? `${n} entries` : `“${q}”: ${n} found`),
    kinds: { rule: 'rule', parameter: 'parameter', kind: 'record kind', api: 'API' },
    api: (kind: string, entry: string) => `${API_KINDS.en[kind] ?? kind} from ${entry}`,
  },
} as const;

/** One thing to find, with the page it links to. */
interface Entry {
  readonly kind: 'rule' | 'parameter' | 'kind' | 'api';
  readonly id: string;
  readonly title: { readonly 'zh-CN': string; readonly en: string };
  /** Further text searched (description, source sentence), shown as the excerpt. */
  readonly text: string;
  readonly href: string;
  /** The normalised text matched against. */
  readonly haystack: string;
}

/** Full-width letters and digits as ASCII, lower case: what a reader types matches however the text was written. */
const normalise = (s: string) => s.normalize('NFKC').toLowerCase();

function entry(kind: Entry['kind'], id: string, title: Entry['title'], text: string, href: string): Entry {
  return { kind, id, title, text, href, haystack: normalise([id, title['zh-CN'], title.en, text].join('\n')) };
}

/** Every rule, parameter (of both shipped profiles), record kind and export of the package. */
export function buildIndex(): Entry[] {
  const out: Entry[] = [];
  for (const rule of rules) out.push(entry('rule', rule.id, rule.title, rule.source.quote ?? '', `../documents/rules.${rule.id}.html`));
  const seen = new Set<string>();
  for (const profile of [kunshan, national]) {
    for (const [id, p] of Object.entries(profile.parameters)) {
      if (seen.has(id)) continue;
      seen.add(id);
      const text = [p.description?.['zh-CN'], p.description?.en, ...p.values.map((v) => v.citation?.quote)].filter((t) => t !== undefined).join(' ');
      out.push(entry('parameter', id, p.label, text, `../documents/parameters.${id}.html`));
    }
  }
  for (const kind of recordKinds) {
    const model = kind.charAt(0).toUpperCase() + kind.slice(1);
    out.push(entry('kind', kind, { 'zh-CN': recordKindLabels[kind]['zh-CN'], en: recordKindLabels[kind].en }, model, `../variables/index.${model}.html`));
  }
  for (const e of __API_INDEX__) {
    out.push(entry('api', e.name, { 'zh-CN': texts['zh-CN'].api(e.kind, e.entry), en: texts.en.api(e.kind, e.entry) }, '', `../${e.page}`));
  }
  return out;
}

/** Entries matching every space-separated term of the query, best first: id, then title, then any text. */
export function search(index: readonly Entry[], query: string): Entry[] {
  const typed = query.normalize('NFKC').split(/\s+/).filter((t) => t !== '');
  const terms = typed.map((t) => t.toLowerCase());
  if (terms.length === 0) return [...index];
  const score = (e: Entry) => {
    const id = normalise(e.id);
    const title = normalise(`${e.title['zh-CN']}\n${e.title.en}`);
    // An id as typed, case and all, first: `communityWorkFunds` the function before `CommunityWorkFunds` the type.
    const exact = typed.includes(e.id) ? 1 : 0;
    return exact + terms.reduce((s, t) => s + (id === t ? 8 : id.includes(t) ? 4 : title.includes(t) ? 2 : 1), 0);
  };
  return index
    .filter((e) => terms.every((t) => e.haystack.includes(t)))
    .map((e) => ({ e, s: score(e) }))
    .sort((a, b) => b.s - a.s || (a.e.id < b.e.id ? -1 : 1))
    .map(({ e }) => e);
}

function render(index: readonly Entry[], locale: Locale): void {
  const t = texts[locale];
  const query = byId<HTMLInputElement>('query').value;
  const found = search(index, query);
  byId('count').textContent = t.count(found.length, query.trim());
  const items = found.slice(0, 100).map((e) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = e.href;
    a.textContent = `${e.id} — ${e.title[locale]}`;
    const tag = document.createElement('span');
    tag.className = 'note';
    tag.textContent = ` [${t.kinds[e.kind]}] ${locale === 'en' ? e.title['zh-CN'] : e.title.en}`;
    li.append(a, tag);
    if (e.text !== '' && e.kind !== 'kind') {
      const p = document.createElement('div');
      p.className = 'note';
      p.textContent = e.text.length > 160 ? `${e.text.slice(0, 157)}…` : e.text;
      li.append(p);
    }
    return li;
  });
  byId('results').replaceChildren(...items);
}

function start(): void {
  const index = buildIndex();
  const input = byId<HTMLInputElement>('query');
  const initial = new URL(location.href).searchParams.get('q');
  if (initial !== null) input.value = initial;
  const draw = (locale: Locale) => {
    applyTexts(texts[locale]);
    render(index, locale);
  };
  input.addEventListener('input', () => render(index, currentLocale()));
  byId('search').addEventListener('submit', (event) => event.preventDefault());
  onLocaleChange(draw);
  draw(currentLocale());
}

start();
