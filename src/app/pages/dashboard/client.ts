// /dashboard in the browser: signs in (ANALYST/ADMIN), then fetches the codegen'd operations and draws the
// charts with chart.js (bundled by esbuild; nothing from a CDN).
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import {
  DashboardImagesDocument,
  DashboardImportsDocument,
  DashboardInsightsDocument,
  DashboardSpendingDocument,
  type DashboardImagesQuery,
  type DashboardImportsQuery,
  type DashboardInsightsQuery,
  type DashboardSpendingQuery,
} from '../generated/operations';
import type { Dictionary } from '../client/i18n';
import { byId, h, startShell, type Shell } from '../client/shell';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  DoughnutController,
  ArcElement,
  Legend,
  Tooltip,
);

const DICTIONARY: Dictionary = {
  title: { ko: '포트폴리오 대시보드', en: 'Portfolio dashboard' },
  loginHint: {
    ko: '분석가(ANALYST) 또는 관리자(ADMIN) 계정으로 로그인하세요.',
    en: 'Sign in with an ANALYST or ADMIN account.',
  },
  summary: { ko: '요약', en: 'Summary' },
  kpiCustomers: { ko: '고객 수', en: 'Customers' },
  kpiSpending: { ko: '최근 분기 카드 사용액', en: 'Card spending, latest quarter' },
  kpiHealth: { ko: '평균 재무건강 점수', en: 'Average health score' },
  kpiImports: { ko: '가져오기', en: 'Imports' },
  spendingTitle: { ko: '분기·업종별 카드 사용액', en: 'Card spending by quarter and category' },
  healthTitle: { ko: '재무건강 점수 분포', en: 'Health-score distribution' },
  stagesTitle: { ko: '생애주기 분포', en: 'Life-stage distribution' },
  importsTitle: { ko: '가져오기 이력과 품질', en: 'Import history and quality' },
  imagesTitle: { ko: '서류 이미지 판정', en: 'Document image verdicts' },
  imagesNote: {
    ko: '사용 가능 {usable}건 · 재업로드 필요 {reupload}건 (모델 {model})',
    en: '{usable} usable · {reupload} to re-upload (model {model})',
  },
  imagesOff: { ko: '이미지 판정이 꺼져 있습니다.', en: 'Image scoring is off.' },
  noSpending: { ko: '분기 데이터가 없습니다.', en: 'No quarterly data yet.' },
  partialQuarter: { ko: '{quarter} (진행 중)', en: '{quarter} (to date)' },
  partialNote: {
    ko: '{quarter}는 아직 끝나지 않은 분기로, 오늘까지의 사용액입니다 (옅은 막대).',
    en: '{quarter} has not ended yet: its bars (lighter) show spending to date.',
  },
  noImports: { ko: '가져오기 기록이 없습니다.', en: 'No imports yet.' },
  colCreated: { ko: '시작', en: 'Started' },
  colTarget: { ko: '대상', en: 'Target' },
  colFile: { ko: '파일', en: 'File' },
  colStatus: { ko: '상태', en: 'Status' },
  colRead: { ko: '읽은 행', en: 'Rows read' },
  colBad: { ko: '오류 행', en: 'Bad rows' },
  colInserted: { ko: '적재', en: 'Inserted' },
  colDuplicate: { ko: '중복', en: 'Duplicates' },
  colQuality: { ko: '품질', en: 'Quality' },
  refresh: { ko: '새로 고침', en: 'Refresh' },
  updated: { ko: '갱신: {time}', en: 'Updated {time}' },
  loading: { ko: '불러오는 중…', en: 'Loading…' },
  HEALTHY: { ko: '건강 (80+)', en: 'Healthy (80+)' },
  COPING: { ko: '보통 (40–79)', en: 'Coping (40–79)' },
  VULNERABLE: { ko: '취약 (<40)', en: 'Vulnerable (<40)' },
  customers: { ko: '고객', en: 'customers' },
  healthNote: {
    ko: '{quarter} · 평가 {evaluated}명 / 전체 {population}명{sampled} · 점수 없음 {unscored}명',
    en: '{quarter} · {evaluated} of {population} customers evaluated{sampled} · {unscored} without a score',
  },
  sampledMark: { ko: ' (표본)', en: ' (sample)' },
  inserted: { ko: '적재', en: 'Inserted' },
  duplicate: { ko: '중복', en: 'Duplicates' },
  bad: { ko: '오류', en: 'Bad' },
  qualityLine: {
    ko: '빈 칸 {missing} · 범위 밖 {outOfRange}',
    en: 'blank cells {missing} · out of range {outOfRange}',
  },
  shiftLine: {
    ko: 'PSI {quarter} 대 {previous}: {value} ({band})',
    en: 'PSI {quarter} vs {previous}: {value} ({band})',
  },
  SUCCEEDED: { ko: '완료', en: 'Succeeded' },
  FAILED: { ko: '실패', en: 'Failed' },
  RUNNING: { ko: '진행 중', en: 'Running' },
  QUEUED: { ko: '대기', en: 'Queued' },
};

const PALETTE = [
  '#1f5fbf',
  '#e8833a',
  '#2e9e5b',
  '#c2413b',
  '#7d5ab5',
  '#8c6d46',
  '#d66fb1',
  '#6f7c8a',
  '#b5a534',
  '#2bb3c0',
  '#94b8f0',
  '#f2b880',
  '#8fd1a8',
  '#e89a96',
  '#b9a3da',
  '#c9b59a',
];
const BAND_COLORS: Record<string, string> = { HEALTHY: '#2e9e5b', COPING: '#e8a33a', VULNERABLE: '#c2413b' };

interface DashboardData {
  spending: DashboardSpendingQuery['portfolioSpending'];
  insights: DashboardInsightsQuery['portfolioInsights'];
  imports: DashboardImportsQuery['imports'];
  images: DashboardImagesQuery['imageQualityStatistics'];
}

const charts = new Map<string, Chart>();

/** Draws (or redraws) a chart on a canvas and records how many non-zero values it shows (for tests). */
function draw(canvasId: string, config: ChartConfiguration): void {
  charts.get(canvasId)?.destroy();
  const canvas = byId<HTMLCanvasElement>(canvasId);
  const values = config.data.datasets.flatMap((d) => d.data as number[]);
  canvas.dataset.points = String(values.filter((v) => typeof v === 'number' && v !== 0).length);
  charts.set(canvasId, new Chart(canvas, config));
}

function render(shell: Shell, data: DashboardData): void {
  const { i18n } = shell;
  const locale = i18n.lang === 'ko' ? 'ko-KR' : 'en-US';
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale);
  const won = (amount: string | number) =>
    `${compact.format(Number(amount))}${i18n.lang === 'ko' ? '원' : ' KRW'}`;
  const common = { responsive: true, maintainAspectRatio: false, animation: false as const };

  // A quarter still running is labelled and drawn lighter, and the KPI shows the latest whole quarter, so that
  // spending to date never reads as a drop.
  const quarterLabel = (q: { quarter: string; complete: boolean }) =>
    q.complete ? q.quarter : i18n.t('partialQuarter', { quarter: q.quarter });

  // KPIs
  const latest = data.spending.quarters.at(-1);
  const latestWhole = data.spending.quarters.filter((q) => q.complete).at(-1) ?? latest;
  byId('kpi-customers').textContent = latest ? whole.format(latest.customers) : '–';
  byId('kpi-spending').textContent = latestWhole
    ? `${won(latestWhole.total.amount)} (${quarterLabel(latestWhole)})`
    : '–';
  byId('kpi-health').textContent =
    data.insights.averageHealthScore === null || data.insights.averageHealthScore === undefined
      ? '–'
      : String(data.insights.averageHealthScore);
  byId('kpi-imports').textContent = whole.format(data.imports.totalCount);

  // Spending: stacked bars, one dataset per category.
  const quarters = data.spending.quarters;
  byId('spending-empty').hidden = quarters.length > 0;
  const partial = quarters.find((q) => !q.complete);
  const partialNote = byId('spending-partial');
  partialNote.hidden = !partial;
  partialNote.textContent = partial ? i18n.t('partialNote', { quarter: partial.quarter }) : '';
  const narrow = window.matchMedia('(max-width: 600px)').matches;
  draw('chart-spending', {
    type: 'bar',
    data: {
      labels: quarters.map(quarterLabel),
      datasets: data.spending.categories.map((c, i) => ({
        label: i18n.lang === 'ko' ? c.nameKo : c.nameEn,
        backgroundColor: quarters.map((q) => PALETTE[i % PALETTE.length] + (q.complete ? '' : '59')),
        data: quarters.map((q) =>
          Number(q.byCategory.find((b) => b.categoryCode === c.code)?.amount.amount ?? 0),
        ),
      })),
    },
    options: {
      ...common,
      scales: {
        x: { stacked: true },
        y: { stacked: true, ticks: { callback: (v) => won(Number(v)) } },
      },
      plugins: {
        legend: { position: narrow ? 'bottom' : 'right' },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${won(Number(c.raw))}` } },
      },
    },
  });

  // Health score: histogram by ten-point bucket, coloured by band.
  const ins = data.insights;
  const bandOf = (from: number) => (from >= 80 ? 'HEALTHY' : from >= 40 ? 'COPING' : 'VULNERABLE');
  draw('chart-health', {
    type: 'bar',
    data: {
      labels: ins.healthScoreHistogram.map((b) => `${b.from}–${b.to}`),
      datasets: [
        {
          label: i18n.t('customers'),
          data: ins.healthScoreHistogram.map((b) => b.count),
          backgroundColor: ins.healthScoreHistogram.map((b) => BAND_COLORS[bandOf(b.from)]),
        },
      ],
    },
    options: {
      ...common,
      plugins: { legend: { display: false } },
      scales: { y: { ticks: { precision: 0 } } },
    },
  });
  const img = data.images;
  const byLabel = new Map<string, number>();
  for (const c of img.counts) byLabel.set(c.label, (byLabel.get(c.label) ?? 0) + c.count);
  byId('image-verdicts').replaceChildren(
    ...[...byLabel].map(([label, count]) =>
      h('li', { 'data-label': label }, h('strong', {}, label), ` ${whole.format(count)}`),
    ),
  );
  byId('images-note').textContent = img.enabled
    ? i18n.t('imagesNote', {
        usable: whole.format(img.usable),
        reupload: whole.format(img.reupload),
        model: `${img.modelName} ${img.modelVersion}`,
      })
    : i18n.t('imagesOff');
  const bands = byId('health-bands');
  bands.replaceChildren(
    ...ins.healthBands.map((b) =>
      h('li', { 'data-band': b.band }, h('strong', {}, i18n.t(b.band)), ` ${whole.format(b.count)}`),
    ),
  );
  byId('health-note').textContent = ins.quarter
    ? i18n.t('healthNote', {
        quarter: ins.quarter,
        evaluated: whole.format(ins.evaluated),
        population: whole.format(ins.population),
        sampled: ins.sampled ? i18n.t('sampledMark') : '',
        unscored: whole.format(ins.unscored),
      })
    : i18n.t('noSpending');

  // Life stages: doughnut.
  const stages = ins.lifeStages.filter((s) => s.count > 0);
  draw('chart-stages', {
    type: 'doughnut',
    data: {
      labels: stages.map((s) => (i18n.lang === 'ko' ? s.nameKo : s.nameEn)),
      datasets: [{ data: stages.map((s) => s.count), backgroundColor: stages.map((_, i) => PALETTE[i]) }],
    },
    options: { ...common, plugins: { legend: { position: narrow ? 'bottom' : 'right' } } },
  });

  // Imports: rows per import (inserted / duplicate / bad), newest last, and the table newest first.
  const imports = data.imports.edges.map((e) => e.node);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const chronological = [...imports].reverse();
  draw('chart-imports', {
    type: 'bar',
    data: {
      // Two short lines per bar (chart.js draws an array label as lines): the file's name, then when — a long
      // single label would be cut at the left edge on a phone.
      labels: chronological.map((imp) => [shorten(imp.fileName, 24), date.format(new Date(imp.createdAt))]),
      datasets: [
        {
          label: i18n.t('inserted'),
          data: chronological.map((imp) => imp.rowsInserted),
          backgroundColor: '#2e9e5b',
        },
        {
          label: i18n.t('duplicate'),
          data: chronological.map((imp) => imp.rowsDuplicate),
          backgroundColor: '#94b8f0',
        },
        { label: i18n.t('bad'), data: chronological.map((imp) => imp.rowsBad), backgroundColor: '#c2413b' },
      ],
    },
    options: { ...common, indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } } },
  });
  byId('imports-empty').hidden = imports.length > 0;
  byId('imports-rows').replaceChildren(
    ...imports.map((imp) => {
      const q = imp.quality;
      const quality: (string | Node)[] = [];
      if (q) {
        quality.push(
          i18n.t('qualityLine', {
            missing: whole.format(q.columns.reduce((s, c) => s + c.missing, 0)),
            outOfRange: whole.format(q.outOfRange.reduce((s, c) => s + c.count, 0)),
          }),
        );
        if (q.shift && q.shift.value !== null && q.shift.value !== undefined) {
          quality.push(
            h('br'),
            i18n.t('shiftLine', {
              quarter: q.shift.quarter,
              previous: q.shift.previousQuarter,
              value: q.shift.value.toFixed(3),
              band: q.shift.band ?? '–',
            }),
          );
        }
      }
      if (imp.failureReason) quality.push(...(quality.length > 0 ? [h('br')] : []), imp.failureReason);
      return h(
        'tr',
        { 'data-import': imp.id },
        h('td', {}, date.format(new Date(imp.createdAt))),
        h('td', {}, imp.target),
        h('td', { class: 'file' }, imp.fileName),
        h('td', { class: `status-${imp.status}` }, i18n.t(imp.status)),
        h('td', { class: 'num' }, whole.format(imp.rowsRead)),
        h('td', { class: 'num' }, whole.format(imp.rowsBad)),
        h('td', { class: 'num' }, whole.format(imp.rowsInserted)),
        h('td', { class: 'num' }, whole.format(imp.rowsDuplicate)),
        h('td', {}, ...quality),
      );
    }),
  );
}

let current: DashboardData | undefined;
let updatedAt: Date | undefined;

function showUpdated(shell: Shell): void {
  const { i18n } = shell;
  byId('updated').textContent = updatedAt
    ? i18n.t('updated', { time: updatedAt.toLocaleTimeString(i18n.lang === 'ko' ? 'ko-KR' : 'en-US') })
    : '';
}

async function load(shell: Shell): Promise<void> {
  const { session, i18n } = shell;
  document.body.dataset.state = 'loading';
  byId('updated').textContent = i18n.t('loading');
  // The first load can take seconds (portfolioInsights on a cold cache): say so at the top, not only in the
  // footer below the fold — a KPI still at '–' reads "불러오는 중…" until its figure comes.
  document.querySelectorAll<HTMLElement>('.kpi-value').forEach((kpi) => {
    if (kpi.textContent === '–') {
      kpi.textContent = i18n.t('loading');
      kpi.dataset.loading = 'true';
    }
  });
  try {
    const [spending, insights, imports, images] = await Promise.all([
      session.execute(DashboardSpendingDocument, { quarters: 8 }),
      session.execute(DashboardInsightsDocument, {}),
      session.execute(DashboardImportsDocument, { first: 20 }),
      session.execute(DashboardImagesDocument, {}),
    ]);
    current = {
      spending: spending.portfolioSpending,
      insights: insights.portfolioInsights,
      imports: imports.imports,
      images: images.imageQualityStatistics,
    };
    shell.clearError();
    document
      .querySelectorAll<HTMLElement>('.kpi-value[data-loading]')
      .forEach((kpi) => delete kpi.dataset.loading);
    render(shell, current);
    updatedAt = new Date();
    showUpdated(shell);
    document.body.dataset.state = 'ready';
  } catch (error) {
    byId('updated').textContent = '';
    document.querySelectorAll<HTMLElement>('.kpi-value[data-loading]').forEach((kpi) => {
      kpi.textContent = '–';
      delete kpi.dataset.loading;
    });
    shell.showError(shell.describe(error));
    document.body.dataset.state = 'error';
  }
}

const shell = startShell({
  dictionary: DICTIONARY,
  storageKey: 'fingraph-dashboard-session',
  roles: ['ANALYST', 'ADMIN'],
  onSignedIn: (_user, s) => void load(s),
  onSignedOut: () => {
    charts.forEach((c) => c.destroy());
    charts.clear();
    current = undefined;
    updatedAt = undefined;
  },
});
shell.i18n.onChange(() => {
  if (current) render(shell, current);
  showUpdated(shell);
});
byId('refresh').addEventListener('click', () => void load(shell));

/** At most `max` characters, the middle elided so the extension stays visible. */
function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - 1 - head)).join('')}`;
}
