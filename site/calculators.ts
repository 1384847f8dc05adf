/**
 * The calculators page of the documentation site: the community work funds for a household count and a date, and
 * the public-welfare budget allocated to a pasted list of projects — computed in the page by the library's own
 * calculators (bundled by scripts/build-site.ts), with their worked notes. No data leaves the page.
 */
import { allocateWelfareBudget, communityWorkFunds } from '../src/calculators/index.js';
import { explain, type Locale } from '../src/index.js';
import { formatMoney, parseMoney, type Money } from '../src/money/index.js';
import { applyTexts, byId, currentLocale, onLocaleChange } from './page.js';
import { tableOf } from './table.js';

const texts = {
  'zh-CN': {
    docs: '文档',
    language: '语言',
    title: '计算器',
    local: '全部计算在本页面内由本库完成,数据不会离开您的电脑。',
    date: '日期',
    compute: '计算',
    'funds.heading': '社区工作经费',
    'funds.intro': '按日期适用的标准计算:2012 年前每百户户籍人口 8000 元,2012 年起每百户常住人口 1.5 万元(报告第 7 段)。',
    'funds.resident': '常住户数',
    'funds.registered': '户籍户数',
    'welfare.heading': '公益项目预算分配',
    'welfare.intro': '每行一个项目:编号、名称、评审分、申请金额(如 200万元),以逗号或制表符分隔(可从 Excel 直接粘贴)。按评审分从高到低资助,预算不足时跳过放不下的项目。',
    'welfare.programme': '项目类别',
    'welfare.venture': '公益创投',
    'welfare.bidding': '社区公益服务招投标试点',
    'welfare.budget': '预算(留空则取标准)',
    'welfare.projects': '项目(每行一个:编号, 名称, 评审分, 申请金额)',
    'welfare.sample': 'a, 示例项目甲, 90, 200万元\nb, 示例项目乙, 80, 150万元\nc, 示例项目丙, 70, 100万元',
    badBudget: '预算无法识别',
    granted: (total: string, remainder: string) => `共资助 ${total},余额 ${remainder}`,
    head: ['排名', '编号', '名称', '评审分', '申请', '资助', '结果'],
    outcome: { funded: '全额资助', partial: '部分资助', unfunded: '未获资助', excluded: '未参加排序' },
  },
  en: {
    docs: 'Documentation',
    language: 'Language',
    title: 'Calculators',
    local: 'Everything is computed in this page by the library itself; no data leaves your computer.',
    date: 'Date',
    compute: 'Compute',
    'funds.heading': 'Community work funds',
    'funds.intro': 'By the standard in force at the date: before 2012, 8,000 yuan per 100 registered households; from 2012, 15,000 yuan per 100 resident households (report, paragraph 7).',
    'funds.resident': 'Resident households',
    'funds.registered': 'Registered households',
    'welfare.heading': 'Public-welfare budget allocation',
    'welfare.intro': 'One project per line: id, title, review score, amount requested (e.g. 200万元), separated by commas or tabs (paste straight from Excel). Projects are funded by score, highest first; one that no longer fits is skipped.',
    'welfare.programme': 'Programme',
    'welfare.venture': 'Public-welfare venture',
    'welfare.bidding': 'Community public-welfare bidding pilot',
    'welfare.budget': 'Budget (empty: the standard’s)',
    'welfare.projects': 'Projects (one per line: id, title, score, amount requested)',
    'welfare.sample': 'a, Example project A, 90, 200万元\nb, Example project B, 80, 150万元\nc, Example project C, 70, 100万元',
    badBudget: 'The budget is not an amount of money',
    granted: (total: string, remainder: string) => `${total} granted, ${remainder} left`,
    head: ['Rank', 'Id', 'Title', 'Score', 'Requested', 'Granted', 'Outcome'],
    outcome: { funded: 'funded in full', partial: 'funded in part', unfunded: 'not funded', excluded: 'not ranked' },
  },
} as const;

const yuanText = (money: Money | null, locale: Locale) => (money === null ? '—' : formatMoney(money, { unit: 'yuan', locale }));

function computeFunds(locale: Locale): void {
  const count = (id: string): number | undefined => {
    const text = byId<HTMLInputElement>(id).value.trim();
    return text === '' ? undefined : Number(text);
  };
  const households = { resident: count('funds-resident'), registered: count('funds-registered') };
  const asOf = byId<HTMLInputElement>('funds-date').value;
  const result = byId('funds-result');
  const note = byId('funds-note');
  result.classList.remove('problem');
  try {
    const funds = communityWorkFunds({ id: 'community', name: '—', households }, { asOf, locale });
    if (funds.ok) result.textContent = `${yuanText(funds.value, locale)} (${formatMoney(funds.value, { locale })})`;
    else {
      result.textContent = funds.issues.map((i) => i.message).join(' ');
      result.classList.add('problem');
    }
    note.textContent = explain(funds, { locale });
  } catch (error) {
    // A date with no standard in force, or a malformed date: said on the page, not thrown at the reader.
    result.textContent = error instanceof Error ? error.message : String(error);
    result.classList.add('problem');
    note.textContent = '';
  }
}

/** One pasted line as a project record; what cannot be read is passed on as it is, for the calculator to report. */
function readProject(line: string, index: number, programme: string, year: number): Record<string, unknown> {
  const [id = '', title = '', score = '', requested = ''] = line.split(/\t|,|,/).map((f) => f.trim());
  let requestedFen: unknown = requested;
  try {
    requestedFen = parseMoney(requested).fen;
  } catch {
    // left as text: the calculator excludes the project with an issue
  }
  const numeric = score !== '' && Number.isFinite(Number(score));
  return { id: id === '' ? `line-${index + 1}` : id, title, programme, year, score: numeric ? Number(score) : score, requestedFen };
}

function computeWelfare(locale: Locale): void {
  const t = texts[locale];
  const programme = byId<HTMLSelectElement>('welfare-programme').value;
  const asOf = byId<HTMLInputElement>('welfare-date').value;
  const budgetText = byId<HTMLInputElement>('welfare-budget').value.trim();
  const lines = byId<HTMLTextAreaElement>('welfare-projects').value.split(/\r?\n/).filter((l) => l.trim() !== '');
  const result = byId('welfare-result');
  const table = byId('welfare-table');
  const note = byId('welfare-note');
  result.classList.remove('problem');
  table.replaceChildren();
  note.textContent = '';
  let budget: Money | undefined;
  try {
    if (budgetText !== '') budget = parseMoney(budgetText);
  } catch {
    result.textContent = t.badBudget;
    result.classList.add('problem');
    return;
  }
  try {
    const year = Number(asOf.slice(0, 4));
    const projects = lines.map((line, i) => readProject(line, i, programme, year));
    const allocation = allocateWelfareBudget(projects, { programme: programme as 'venture', asOf, locale, ...(budget !== undefined && { budget }) });
    result.textContent = t.granted(yuanText(allocation.totalGranted, locale), yuanText(allocation.remainder, locale));
    const rows = allocation.decisions.map((d) => [
      d.rank === null ? '—' : String(d.rank),
      d.projectId,
      d.title,
      d.score === null ? '—' : String(d.score),
      yuanText(d.requested, locale),
      yuanText(d.granted, locale),
      d.issues.length > 0 ? d.issues.map((i) => i.message).join(' ') : t.outcome[d.outcome],
    ]);
    table.append(tableOf(t.head, rows, { numeric: [0, 3, 4, 5] }));
    note.textContent = explain(allocation, { locale });
  } catch (error) {
    // A date with no budget in force, or a malformed date: said on the page.
    result.textContent = error instanceof Error ? error.message : String(error);
    result.classList.add('problem');
  }
}

function start(): void {
  const projects = byId<HTMLTextAreaElement>('welfare-projects');
  const render = (locale: Locale) => {
    applyTexts(texts[locale]);
    if (projects.dataset['edited'] !== 'yes') projects.value = texts[locale]['welfare.sample'];
    computeFunds(locale);
    computeWelfare(locale);
  };
  projects.addEventListener('input', () => (projects.dataset['edited'] = 'yes'));
  byId('funds').addEventListener('submit', (event) => {
    event.preventDefault();
    computeFunds(currentLocale());
  });
  byId('welfare').addEventListener('submit', (event) => {
    event.preventDefault();
    computeWelfare(currentLocale());
  });
  onLocaleChange(render);
  render(currentLocale());
}

start();
