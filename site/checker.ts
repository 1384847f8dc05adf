/**
 * The checker page of the documentation site: files dropped or chosen (JSON, NDJSON, CSV, .xlsx) — or the Kunshan
 * 2013 sample — checked as `community-standards check` checks them, in a Web Worker with a progress bar, and the
 * report rendered by the library's own `renderHtml`, each failure's explanation on request, and the report to
 * download as HTML, JSON and .xlsx. Nothing is uploaded: the page reads the files itself and sends nothing
 * anywhere.
 *
 * The same script is the worker: the page starts a worker from its own code (the page is one file, so the worker
 * cannot be fetched), and the code run in a worker answers check requests instead of drawing the page.
 */
import { explain, recordKindLabels, recordKinds, type Finding, type Locale, type RecordKind, type ResolvedParameter } from '../src/index.js';
import { kunshan2013 } from '../src/datasets/kunshan2013.js';
import { toNdjson } from '../src/datasets/ndjson.js';
import type { ReportJSON } from '../src/report/json.js';
import { renderHtml } from '../src/report/html.js';
import { reportView, viewOptions } from '../src/report/view.js';
import { cliMessages } from '../src/cli/messages.js';
import { applyTexts, byId, currentLocale, onLocaleChange } from './page.js';
import { LIMIT, runCheck, type CheckOutcome, type CheckProgress, type CheckRequest } from './checker/run-check.js';
import { uniqueNames } from './checker/unique-names.js';

/** The file name the sample is checked under: the name of the file the package ships. */
const SAMPLE_NAME = 'kunshan-2013.ndjson';


const texts = {
  'zh-CN': {
    docs: '文档',
    language: '语言',
    title: '在线检查',
    local: '文件只在本页面内由本库读取和检查,不会上传,也不会离开您的电脑。',
    drop: '把文件拖到这里(JSON、NDJSON、CSV 或 .xlsx,可多个),或',
    choose: '选择文件',
    sample: '使用昆山 2013 年示例数据',
    profile: '标准',
    profileFile: '自定义标准文件(可选)',
    profileFileNote: '与命令行 --profile 文件格式相同的 JSON,在昆山或全国标准的基础上改动参数;选择后即作为所用标准。',
    ownProfile: (file: string) => `文件:${file}`,
    asOf: '检查日期',
    asOfNote: '留空则用数据 meta 中的 asOf。',
    encoding: '文本编码',
    kind: 'CSV 行的记录类型',
    kindFromFile: '由文件的 $kind 列说明',
    kindNote: 'CSV 表头没有 $kind 列时,选择各行的记录类型。',
    run: '检查',
    progress: '进度',
    result: '结果',
    download: '下载报告:',
    downloadSample: '下载示例数据',
    explainHint: '点击不符合项所在行的“说明”按钮,查看判断依据(规则、报告原文、参数及其出处)。',
    explanation: '判断说明',
    explain: '说明',
    explainLabel: (rule: string, id: string) => `说明:${rule},${id}`,
    chosen: (names: string) => `已选:${names}`,
    none: '请先选择文件,或使用示例数据。',
    reading: (file: string, records: number, share: string) => `正在读取 ${file}:${records.toLocaleString('zh-CN')} 条记录${share}`,
    checking: (records: number) => `正在检查 ${records.toLocaleString('zh-CN')} 条记录……`,
    done: (records: number) => `已检查 ${records.toLocaleString('zh-CN')} 条记录。`,
    unreadable: '文件无法读取,未作检查;问题见下方报告。',
    inPage: '(浏览器未能启动后台线程,改在页面内检查。)',
    failed: (message: string) => `检查未能完成:${message}`,
    unknownFormat: (file: string) => `无法从文件名判断 ${file} 的格式:文件名应以 .json、.ndjson、.jsonl、.csv 或 .xlsx 结尾。`,
    missingAsOf: '没有检查日期:请在上方选择日期,或在数据的 meta 中写 asOf。',
    badDate: (value: string) => `检查日期 ${value} 无效:应为 YYYY-MM-DD 格式的日期(0001–9999 年)。`,
    counts: {
      records: '记录',
      rules: '规则',
      pass: '✓ 符合',
      fail: '✗ 不符合',
      notApplicable: '· 不适用',
      error: '错误',
      warning: '警告',
      info: '提示',
      problems: '输入问题',
    },
  },
  en: {
    docs: 'Documentation',
    language: 'Language',
    title: 'Checker',
    local: 'The files are read and checked by the library inside this page: nothing is uploaded, and nothing leaves your computer.',
    drop: 'Drop files here (JSON, NDJSON, CSV or .xlsx; several at once), or',
    choose: 'Choose files',
    sample: 'Use the Kunshan 2013 sample',
    profile: 'Profile',
    profileFile: 'Profile file of your own (optional)',
    profileFileNote: 'JSON as the command line’s --profile FILE reads it, changing parameters of the Kunshan or national profile; once chosen, it is the profile used.',
    ownProfile: (file: string) => `File: ${file}`,
    asOf: 'Check as of',
    asOfNote: 'Leave empty for the asOf in the data’s meta.',
    encoding: 'Text encoding',
    kind: 'Record kind of CSV rows',
    kindFromFile: 'Given by the file’s $kind column',
    kindNote: 'When a CSV file’s header has no $kind column, choose the kind of its rows.',
    run: 'Check',
    progress: 'Progress',
    result: 'Result',
    download: 'Download the report:',
    downloadSample: 'Download the sample data',
    explainHint: 'Use the “Explain” button of a failure’s row to see why: the rule, the report’s sentence, and each parameter with its source.',
    explanation: 'Explanation',
    explain: 'Explain',
    explainLabel: (rule: string, id: string) => `Explain: ${rule}, ${id}`,
    chosen: (names: string) => `Chosen: ${names}`,
    none: 'Choose files first, or use the sample.',
    reading: (file: string, records: number, share: string) => `Reading ${file}: ${records.toLocaleString('en')} records${share}`,
    checking: (records: number) => `Checking ${records.toLocaleString('en')} records…`,
    done: (records: number) => `${records.toLocaleString('en')} records checked.`,
    unreadable: 'A file could not be read, so nothing was checked; the problem is in the report below.',
    inPage: '(The browser could not start a background thread; checked in the page instead.)',
    failed: (message: string) => `The check could not finish: ${message}`,
    unknownFormat: (file: string) => `Cannot tell the format of ${file} from its name: it should end in .json, .ndjson, .jsonl, .csv or .xlsx.`,
    missingAsOf: 'No date to check as of: choose one above, or set asOf in the data’s meta.',
    badDate: (value: string) => `The date ${value} is not valid: it should be a date YYYY-MM-DD (years 0001–9999).`,
    counts: {
      records: 'Records',
      rules: 'Rules',
      pass: '✓ pass',
      fail: '✗ fail',
      notApplicable: '· not applicable',
      error: 'Errors',
      warning: 'Warnings',
      info: 'Info',
      problems: 'Input problems',
    },
  },
} as const;

/** Messages between the page and its worker. */
type ToWorker = { readonly type: 'check'; readonly request: CheckRequest };
type FromWorker = { readonly type: 'progress'; readonly progress: CheckProgress } | { readonly type: 'done'; readonly outcome: CheckOutcome } | { readonly type: 'error'; readonly message: string };

const inWorker = typeof document === 'undefined';
if (inWorker) serveChecks();
else addEventListener('DOMContentLoaded', startPage);

/** In the worker: each request checked, its progress and outcome posted back. */
function serveChecks(): void {
  const post = (message: FromWorker) => (self as unknown as { postMessage(m: unknown): void }).postMessage(message);
  addEventListener('message', (event) => {
    const { request } = (event as MessageEvent<ToWorker>).data;
    runCheck(request, (progress) => post({ type: 'progress', progress })).then(
      (outcome) => post({ type: 'done', outcome }),
      (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  });
}

/** The page's own script (inlined by scripts/build-site.ts), for the worker. */
function ownScript(): string | undefined {
  const script = document.querySelector<HTMLScriptElement>('script[type="module"]:not([src])');
  return script?.textContent ?? undefined;
}

/**
 * Runs a check in a worker started from the page's own script, or in the page when no worker can start: when
 * `new Worker` throws, or the worker fails before it says anything (`inPage` then says so).
 */
async function check(request: CheckRequest, onProgress: (p: CheckProgress) => void): Promise<{ outcome: CheckOutcome; inPage: boolean }> {
  const inPage = async () => ({ outcome: await runCheck(request, onProgress), inPage: true });
  const source = ownScript();
  let worker: Worker | undefined;
  let url: string | undefined;
  try {
    if (source !== undefined && typeof Worker === 'function') {
      url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      worker = new Worker(url); // a classic worker: a page opened from a file (origin null) cannot start a module worker from a blob
    }
  } catch {
    worker = undefined;
  }
  if (worker === undefined) {
    if (url !== undefined) URL.revokeObjectURL(url);
    return inPage();
  }
  const started = worker;
  try {
    // `undefined`: the worker failed before its first message (it could not start); check in the page instead.
    const outcome = await new Promise<CheckOutcome | undefined>((resolve, reject) => {
      let heard = false;
      started.addEventListener('message', (event: MessageEvent<FromWorker>) => {
        heard = true;
        const message = event.data;
        if (message.type === 'progress') onProgress(message.progress);
        else if (message.type === 'done') resolve(message.outcome);
        else reject(new Error(message.message));
      });
      started.addEventListener('messageerror', () => reject(new Error('messageerror')));
      started.addEventListener('error', (event) => (heard ? reject(new Error(event.message)) : resolve(undefined)));
      started.postMessage({ type: 'check', request } satisfies ToWorker);
    });
    return outcome === undefined ? await inPage() : { outcome, inPage: false };
  } finally {
    started.terminate();
    if (url !== undefined) URL.revokeObjectURL(url);
  }
}

/** The files to check: as chosen or dropped, or the sample. */
interface Chosen {
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
  readonly sample: boolean;
}

function startPage(): void {
  let chosen: Chosen | undefined;
  let shown: ReportJSON | undefined;
  // Reading chosen files takes a moment: a check waits for the choice to be read.
  let choosing: Promise<void> = Promise.resolve();
  let running = false;
  // A check asked for while one runs (another file, the sample, another language): run once the current one ends.
  let again = false;
  let sample: { text: string; url: string } | undefined;
  /** A profile file chosen by the reader, as text (parsed where the check runs). */
  let ownProfile: { file: string; text: string } | undefined;
  const profiles = byId<HTMLSelectElement>('profile');
  const sayOwnProfile = () => {
    profiles.querySelector('option[value="file"]')?.remove();
    if (ownProfile !== undefined) profiles.append(new Option(t().ownProfile(ownProfile.file), 'file'));
  };
  const form = byId<HTMLFormElement>('checker');
  const input = byId<HTMLInputElement>('files');
  const drop = byId('drop');
  const status = byId('status');
  const working = byId('working');
  const result = byId('result');
  const progress = byId<HTMLProgressElement>('progress');
  const t = () => texts[currentLocale()];
  const sayChosen = () => {
    byId('chosen').textContent = chosen === undefined ? '' : t().chosen(chosen.files.map((f) => f.name).join(', '));
  };
  /** The sample's text (made once) and an address to download it from. */
  const sampleFile = () => {
    if (sample === undefined) {
      const text = toNdjson(kunshan2013());
      sample = { text, url: URL.createObjectURL(new Blob([text], { type: 'application/x-ndjson' })) };
    }
    return sample;
  };

  const choose = (list: FileList | readonly File[], then?: () => void) => {
    const files = [...list];
    if (files.length === 0) return;
    const names = uniqueNames(files.map((f) => f.name));
    const previous = choosing; // a check waits for every choice made before it, in order
    choosing = Promise.all(files.map(async (f, i) => ({ name: names[i] as string, bytes: new Uint8Array(await f.arrayBuffer()) }))).then(
      async (read) => {
        await previous;
        chosen = { files: read, sample: false };
        sayChosen();
        then?.();
      },
      (error: unknown) => {
        status.textContent = t().failed(error instanceof Error ? error.message : String(error));
      },
    );
  };
  input.addEventListener('change', () => {
    if (input.files !== null) choose(input.files);
  });
  const profileInput = byId<HTMLInputElement>('profile-file');
  profileInput.addEventListener('change', () => {
    const file = profileInput.files?.[0];
    if (file === undefined) return;
    const previous = choosing;
    choosing = file.text().then(
      async (text) => {
        await previous;
        ownProfile = { file: file.name, text };
        sayOwnProfile();
        profiles.value = 'file';
      },
      (error: unknown) => {
        status.textContent = t().failed(error instanceof Error ? error.message : String(error));
      },
    );
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    const files = event.dataTransfer?.files;
    if (files !== undefined) choose(files, () => void run());
  });
  byId('sample').addEventListener('click', () => {
    chosen = { files: [{ name: SAMPLE_NAME, bytes: new TextEncoder().encode(sampleFile().text) }], sample: true };
    sayChosen();
    void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });

  const onProgress = (p: CheckProgress) => {
    const m = t();
    if (p.phase === 'reading') {
      const share = p.totalBytes === undefined || p.totalBytes === 0 ? '' : ` (${Math.floor((p.bytes / p.totalBytes) * 100)}%)`;
      if (p.totalBytes !== undefined && p.totalBytes > 0) progress.value = p.bytes / p.totalBytes;
      status.textContent = m.reading(p.file, p.records, share);
    } else {
      progress.removeAttribute('value'); // the check is one step: the bar shows work without a share
      status.textContent = m.checking(p.records);
    }
  };

  /** No report on the page (after a check that could not be made): nothing stale to read or download. */
  const hideReport = () => {
    shown = undefined;
    result.hidden = true;
  };

  async function run(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    result.setAttribute('aria-busy', 'true');
    try {
      do {
        again = false;
        await choosing;
        await checkOnce();
      } while (again);
    } finally {
      running = false;
      result.removeAttribute('aria-busy');
    }
  }

  async function checkOnce(): Promise<void> {
    // What is checked is taken now: a choice made while it runs is checked next.
    const current = chosen;
    const m = t();
    if (current === undefined) {
      status.textContent = m.none;
      return;
    }
    working.hidden = false;
    progress.value = 0;
    status.textContent = '';
    const asOf = byId<HTMLInputElement>('as-of').value;
    const kind = byId<HTMLSelectElement>('kind').value;
    const request: CheckRequest = {
      files: current.files,
      profile: profiles.value === 'file' && ownProfile !== undefined ? ownProfile : profiles.value === 'national' ? 'national' : 'kunshan',
      locale: currentLocale(),
      ...(asOf !== '' && { asOf }),
      ...(kind !== '' && { kind: kind as RecordKind }),
      ...(byId<HTMLSelectElement>('encoding').value === 'gbk' && { encoding: 'gbk' as const }),
    };
    try {
      const { outcome, inPage } = await check(request, onProgress);
      if (!outcome.ok) {
        hideReport();
        const { code, params } = outcome;
        status.textContent = code === 'unknown_format' ? m.unknownFormat(String(params['file'])) : code === 'missing_as_of' ? m.missingAsOf : code === 'bad_value' ? m.badDate(String(params['value'])) : code.startsWith('profile_') ? cliMessages[currentLocale()].usage[code](params) : m.failed(code);
        return;
      }
      shown = outcome.output;
      show(outcome.output, current.sample ? sampleFile().url : undefined);
      const records = outcome.output.input?.records ?? 0;
      status.textContent = (outcome.output.report === undefined ? m.unreadable : m.done(records)) + (inPage ? ` ${m.inPage}` : '');
    } catch (error) {
      hideReport();
      status.textContent = m.failed(error instanceof Error ? error.message : String(error));
    } finally {
      working.hidden = true;
    }
  }

  const download = (content: BlobPart, type: string, extension: string) => {
    if (shown === undefined) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([content], { type }));
    a.download = `community-standards-check-${shown.report?.asOf ?? 'report'}.${extension}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
  };
  byId('download-html').addEventListener('click', () => {
    if (shown !== undefined) download(renderHtml(shown, { maxFailures: LIMIT }), 'text/html', 'html');
  });
  byId('download-json').addEventListener('click', () => {
    if (shown !== undefined) download(`${JSON.stringify(shown, null, 2)}\n`, 'application/json', 'json');
  });
  byId('download-xlsx').addEventListener('click', () => {
    if (shown === undefined) return;
    const output = shown;
    import('../src/xlsx/render.js')
      .then(async ({ renderXlsx }) => download(new Uint8Array(await renderXlsx(output)) as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'))
      .catch((error: unknown) => {
        status.textContent = t().failed(error instanceof Error ? error.message : String(error));
      });
  });

  const kinds = byId<HTMLSelectElement>('kind');
  const render = (locale: Locale) => {
    applyTexts(texts[locale]);
    sayChosen();
    const profile = profiles.value;
    sayOwnProfile();
    profiles.value = profile;
    // The kinds by their names in the page's language (the first option, “from the file”, is one of the texts).
    const selected = kinds.value;
    kinds.replaceChildren(kinds.options[0] as HTMLOptionElement, ...recordKinds.map((k) => new Option(`${recordKindLabels[k][locale]} (${k})`, k)));
    kinds.value = selected;
    // The report's words are those of its check: a new language is a new check (the files are still here), also
    // when the language changes while a check runs.
    if ((shown !== undefined || running) && chosen !== undefined && shown?.locale !== locale) void run();
  };
  onLocaleChange(render);
  render(currentLocale());
}

/** Shows a report: its counts, its page as `renderHtml` draws it, and an “Explain” button on each failure. */
function show(output: ReportJSON, sampleUrl: string | undefined): void {
  const m = texts[output.locale === 'en' ? 'en' : 'zh-CN'];
  byId('result').hidden = false;
  byId('explanation').hidden = true;
  const sampleLink = byId<HTMLAnchorElement>('download-sample');
  sampleLink.hidden = sampleUrl === undefined;
  if (sampleUrl !== undefined) {
    sampleLink.download = SAMPLE_NAME;
    sampleLink.href = sampleUrl;
  }
  for (const id of ['download-html', 'download-json', 'download-xlsx']) byId<HTMLButtonElement>(id).disabled = output.report === undefined;

  // The counts, as the command line's table sums them.
  const counts = byId('counts');
  counts.replaceChildren();
  const summary = output.report?.summary;
  const row = (key: string, label: string, value: number) => {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.dataset['count'] = key;
    dd.textContent = value.toLocaleString(output.locale);
    counts.append(dt, dd);
  };
  row('records', m.counts.records, output.input?.records ?? 0);
  if (summary !== undefined) {
    row('rules', m.counts.rules, output.report?.rules.length ?? 0);
    row('pass', m.counts.pass, summary.total.pass);
    row('fail', m.counts.fail, summary.total.fail);
    row('notApplicable', m.counts.notApplicable, summary.total.notApplicable);
    for (const severity of ['error', 'warning', 'info'] as const) row(severity, m.counts[severity], summary.bySeverity[severity]);
  }
  row('problems', m.counts.problems, output.input?.problems.total ?? 0);

  // The report's own page, in a shadow root: its style stays its own, and its text is the library's (escaped).
  const host = byId('report');
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const page = new DOMParser().parseFromString(renderHtml(output, { maxFailures: LIMIT }), 'text/html');
  const style = page.querySelector('style')?.textContent ?? '';
  root.innerHTML = `<style>${style}\n:host { display: block; } main { max-width: none; } button { font: inherit; }</style>${page.body.innerHTML}`;

  // The rows of the failures' table, in order: the view `renderHtml` drew them from, with the same options.
  const failures = reportView(output, viewOptions({ maxFailures: LIMIT }, LIMIT)).failures;
  const table = root.querySelector('table.failures');
  const headRow = table?.querySelector('thead tr');
  if (table === null || headRow === null || headRow === undefined) return;
  const th = document.createElement('th');
  th.scope = 'col';
  th.textContent = m.explain;
  headRow.append(th);
  table.querySelectorAll<HTMLTableRowElement>('tbody tr').forEach((tr, i) => {
    const finding = failures[i]?.finding;
    if (finding === undefined) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = m.explain;
    button.setAttribute('aria-label', m.explainLabel(finding.rule, finding.subject.id));
    button.addEventListener('click', () => showExplanation(output, finding as unknown as Finding));
    tr.insertCell().append(button);
  });
}

/** The explanation of a failure: its rule, the report's sentence and each parameter with its source. */
function showExplanation(output: ReportJSON, finding: Finding): void {
  const parameters = (output.report?.parameters ?? {}) as unknown as Readonly<Record<string, ResolvedParameter>>;
  let text: string;
  try {
    text = explain(finding, { locale: output.locale === 'en' ? 'en' : 'zh-CN', parameters });
  } catch {
    text = finding.message; // a finding the report could not explain still has its message
  }
  byId('explanation-text').textContent = text;
  byId('explanation').hidden = false;
  byId('explanation-heading').focus();
}
