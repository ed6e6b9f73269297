// /loans in the browser: signs in (ANALYST/ADMIN), shows the portfolio's stats cards, a searchable and filterable
// list of loans (50 per page with cursors) and a detail panel (schedule, repayments, refinance applications).
import {
  LoansPageDetailDocument,
  LoansPageListDocument,
  LoansPageScheduleCursorDocument,
  LoansPageStatsDocument,
  type LoanFilterInput,
  type LoanKind,
  type LoanStatus,
  type LoansPageDetailQuery,
  type LoansPageListQuery,
  type LoansPageScheduleCursorQuery,
} from '../generated/operations';
import type { Dictionary } from '../client/i18n';
import { byId, h, startShell, type Shell } from '../client/shell';
import { clearFaq, FAQ_DICTIONARY, loadFaq, renderFaq } from './faq-admin';

const PAGE_SIZE = 50;
const KINDS: readonly LoanKind[] = ['MORTGAGE', 'JEONSE', 'CREDIT', 'OVERDRAFT', 'CARD_LOAN', 'AUTO'];
const STATUSES: readonly LoanStatus[] = ['ACTIVE', 'CLOSED', 'WRITTEN_OFF'];

const DICTIONARY: Dictionary = {
  ...FAQ_DICTIONARY,
  title: { ko: '대출 포트폴리오', en: 'Loan portfolio' },
  loginHint: {
    ko: '분석가(ANALYST) 또는 관리자(ADMIN) 계정으로 로그인하세요.',
    en: 'Sign in with an ANALYST or ADMIN account.',
  },
  summary: { ko: '요약', en: 'Summary' },
  kpiCustomers: { ko: '전체 고객', en: 'Customers' },
  kpiLoans: { ko: '전체 대출', en: 'Loans' },
  kpiActive: { ko: '활성 대출', en: 'Active loans' },
  kpiAverage: { ko: '평균 대출금액', en: 'Average amount' },
  loansTitle: { ko: '대출 목록', en: 'Loans' },
  search: { ko: '고객 이름·이메일·대출번호', en: 'Customer name, e-mail or loan number' },
  kind: { ko: '종류', en: 'Kind' },
  status: { ko: '상태', en: 'Status' },
  lender: { ko: '금융회사', en: 'Lender' },
  delinquentOnly: { ko: '연체만', en: 'Delinquent only' },
  apply: { ko: '검색', en: 'Search' },
  all: { ko: '전체', en: 'All' },
  pages: { ko: '페이지', en: 'Pages' },
  prev: { ko: '이전', en: 'Previous' },
  next: { ko: '다음', en: 'Next' },
  close: { ko: '닫기', en: 'Close' },
  noLoans: { ko: '조건에 맞는 대출이 없습니다.', en: 'No loans match.' },
  count: { ko: '{total}건 중 {from}–{to}', en: '{from}–{to} of {total}' },
  balance: { ko: '잔액', en: 'Balance' },
  nextPayment: { ko: '다음 납입', en: 'Next payment' },
  noNextPayment: { ko: '납입 예정 없음', en: 'Nothing due' },
  current: { ko: '정상', en: 'Current' },
  overdue: { ko: '연체 {days}일', en: '{days} days overdue' },
  details: { ko: '상세', en: 'Details' },
  scheduleTitle: { ko: '상환 일정 (다음 12회)', en: 'Schedule (next 12)' },
  repaymentsTitle: { ko: '상환 내역', en: 'Repayments' },
  applicationsTitle: { ko: '대환 신청', en: 'Refinance applications' },
  noRepayments: { ko: '상환 내역이 없습니다.', en: 'No repayments yet.' },
  noApplications: { ko: '대환 신청이 없습니다.', en: 'No refinance applications.' },
  colNo: { ko: '회차', en: 'No.' },
  colDue: { ko: '납입일', en: 'Due' },
  colPayment: { ko: '납입액', en: 'Payment' },
  colPrincipal: { ko: '원금', en: 'Principal' },
  colInterest: { ko: '이자', en: 'Interest' },
  colBalance: { ko: '잔액', en: 'Balance' },
  colPaid: { ko: '납입', en: 'Paid' },
  colDate: { ko: '일자', en: 'Date' },
  colKind: { ko: '구분', en: 'Kind' },
  colAmount: { ko: '금액', en: 'Amount' },
  colPenalty: { ko: '연체이자', en: 'Penalty' },
  paidYes: { ko: '완료', en: 'Paid' },
  paidNo: { ko: '예정', en: 'Due' },
  paidOverdue: { ko: '연체', en: 'Overdue' },
  factCustomer: { ko: '고객', en: 'Customer' },
  factPrincipal: { ko: '대출금액', en: 'Principal' },
  factRate: { ko: '금리', en: 'Rate' },
  factTerm: { ko: '기간', en: 'Term' },
  factDates: { ko: '실행–만기', en: 'Disbursed – maturity' },
  factOverdue: { ko: '연체', en: 'Arrears' },
  termMonths: { ko: '{n}개월', en: '{n} months' },
  overdueFact: {
    ko: '{n}회차 {amount} 연체, 연체이자 {penalty}',
    en: '{n} instalments, {amount} overdue, penalty interest {penalty}',
  },
  loading: { ko: '불러오는 중…', en: 'Loading…' },
  MORTGAGE: { ko: '주택담보대출', en: 'Mortgage' },
  JEONSE: { ko: '전세자금대출', en: 'Jeonse loan' },
  CREDIT: { ko: '신용대출', en: 'Credit loan' },
  OVERDRAFT: { ko: '마이너스통장', en: 'Overdraft' },
  CARD_LOAN: { ko: '카드론', en: 'Card loan' },
  AUTO: { ko: '자동차대출', en: 'Auto loan' },
  ACTIVE: { ko: '활성', en: 'Active' },
  CLOSED: { ko: '상환 완료', en: 'Closed' },
  WRITTEN_OFF: { ko: '상각', en: 'Written off' },
  REGULAR: { ko: '정기 상환', en: 'Regular' },
  PARTIAL: { ko: '일부 상환', en: 'Partial' },
  PREPAYMENT: { ko: '중도상환', en: 'Prepayment' },
  FULL: { ko: '완제', en: 'Payoff' },
  SUBMITTED: { ko: '접수', en: 'Submitted' },
  REVIEWING: { ko: '심사 중', en: 'Reviewing' },
  APPROVED: { ko: '승인', en: 'Approved' },
  REJECTED: { ko: '거절', en: 'Rejected' },
  DISBURSED: { ko: '실행', en: 'Disbursed' },
  CANCELLED: { ko: '취소', en: 'Cancelled' },
  WITHDRAWN: { ko: '철회', en: 'Withdrawn' },
};

type ListResult = LoansPageListQuery['loans'];
type LoanRow = ListResult['edges'][number]['node'];
type Detail = Extract<NonNullable<LoansPageDetailQuery['node']>, { loanNumber: string }>;

interface PageRequest {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

const state: {
  search: string;
  filter: LoanFilterInput;
  page: PageRequest;
  list?: ListResult;
  offset: number;
  detail?: Detail;
} = { search: '', filter: {}, page: { first: PAGE_SIZE }, offset: 0 };

const won = (shell: Shell, amount: string) =>
  shell.i18n.lang === 'ko'
    ? `${Number(amount).toLocaleString('ko-KR')}원`
    : `₩${Number(amount).toLocaleString('en-US')}`;

function fillSelect(shell: Shell, id: string, values: readonly string[]): void {
  const select = byId<HTMLSelectElement>(id);
  const chosen = select.value;
  select.replaceChildren(
    h('option', { value: '' }, shell.i18n.t('all')),
    ...values.map((v) => h('option', { value: v }, shell.i18n.t(v))),
  );
  select.value = chosen;
}

function badge(shell: Shell, loan: LoanRow): HTMLElement {
  const days = loan.delinquency.daysPastDue;
  if (loan.status !== 'ACTIVE')
    return h('span', { class: `badge status-${loan.status}` }, shell.i18n.t(loan.status));
  return days > 0
    ? h('span', { class: 'badge overdue' }, shell.i18n.t('overdue', { days }))
    : h('span', { class: 'badge ok' }, shell.i18n.t('current'));
}

function renderList(shell: Shell): void {
  const list = state.list;
  if (!list) return;
  const { i18n } = shell;
  const from = list.edges.length === 0 ? 0 : state.offset + 1;
  byId('loans-count').textContent = i18n.t('count', {
    total: list.totalCount.toLocaleString(),
    from,
    to: state.offset + list.edges.length,
  });
  byId('loans-empty').hidden = list.edges.length > 0;
  byId('loan-list').replaceChildren(
    ...list.edges.map(({ node: loan }) => {
      const next = loan.nextPayment;
      const open = h(
        'button',
        { type: 'button', class: 'secondary', 'data-open': loan.id },
        i18n.t('details'),
      );
      open.addEventListener('click', () => void showDetail(shell, loan.id, next?.number));
      return h(
        'li',
        { class: 'loan-card', 'data-loan': loan.loanNumber },
        h(
          'div',
          { class: 'loan-head' },
          h('strong', {}, loan.customer.name),
          h('span', { class: 'muted' }, loan.customer.email ?? ''),
          badge(shell, loan),
        ),
        h(
          'div',
          { class: 'loan-body' },
          h('span', {}, `${loan.loanNumber} · ${i18n.t(loan.kind)} · ${loan.lender}`),
          h('span', {}, `${i18n.t('balance')} ${won(shell, loan.balance.amount)}`),
          h(
            'span',
            {},
            next
              ? `${i18n.t('nextPayment')} ${next.dueDate} · ${won(shell, next.payment.amount)}`
              : i18n.t('noNextPayment'),
          ),
        ),
        h('div', { class: 'loan-actions' }, open),
      );
    }),
  );
  byId<HTMLButtonElement>('page-prev').disabled = !list.pageInfo.hasPreviousPage;
  byId<HTMLButtonElement>('page-next').disabled = !list.pageInfo.hasNextPage;
}

function cells(values: (string | number)[], numeric: readonly number[]): HTMLTableCellElement[] {
  return values.map((v, i) => h('td', numeric.includes(i) ? { class: 'num' } : {}, String(v)));
}

function renderDetail(shell: Shell): void {
  const d = state.detail;
  const panel = byId('loan-detail');
  if (!d) {
    panel.hidden = true;
    return;
  }
  const { i18n } = shell;
  panel.hidden = false;
  byId('detail-title').textContent = `${d.loanNumber} · ${i18n.t(d.kind)}`;
  const facts: [string, string][] = [
    ['factCustomer', `${d.customer.name}${d.customer.email ? ` (${d.customer.email})` : ''}`],
    ['factPrincipal', won(shell, d.principal.amount)],
    ['balance', won(shell, d.balance.amount)],
    ['factRate', `${(Number(d.annualRate) * 100).toFixed(2)}%`],
    ['factTerm', i18n.t('termMonths', { n: d.termMonths })],
    ['factDates', `${d.disbursedOn} – ${d.maturityOn}`],
    ['status', i18n.t(d.status)],
    [
      'factOverdue',
      d.delinquency.overdueInstallments > 0
        ? i18n.t('overdueFact', {
            n: d.delinquency.overdueInstallments,
            amount: won(shell, d.delinquency.overdueAmount.amount),
            penalty: won(shell, d.delinquency.penaltyInterest.amount),
          })
        : i18n.t('current'),
    ],
  ];
  byId('detail-facts').replaceChildren(
    ...facts.flatMap(([k, v]) => [h('dt', {}, i18n.t(k)), h('dd', {}, v)]),
  );
  byId('detail-schedule')
    .querySelector('tbody')!
    .replaceChildren(
      // The schedule starts at the next instalment due, so its first unpaid rows are the overdue ones.
      ...d.schedule.edges.map(({ node: i }, row) =>
        h(
          'tr',
          {},
          ...cells(
            [
              i.number,
              i.dueDate,
              won(shell, i.payment.amount),
              won(shell, i.principal.amount),
              won(shell, i.interest.amount),
              won(shell, i.remainingBalance.amount),
              i18n.t(i.paid ? 'paidYes' : row < d.delinquency.overdueInstallments ? 'paidOverdue' : 'paidNo'),
            ],
            [0, 2, 3, 4, 5],
          ),
        ),
      ),
    );
  const repayments = byId('detail-repayments').querySelector('tbody')!;
  repayments.replaceChildren(
    ...(d.repaymentHistory.length === 0
      ? [h('tr', {}, h('td', { colspan: '6', class: 'empty' }, i18n.t('noRepayments')))]
      : d.repaymentHistory.map((r) =>
          h(
            'tr',
            {},
            ...cells(
              [
                r.paidOn,
                i18n.t(r.kind),
                won(shell, r.amount.amount),
                won(shell, r.principal.amount),
                won(shell, r.interest.amount),
                won(shell, r.penalty.amount),
              ],
              [2, 3, 4, 5],
            ),
          ),
        )),
  );
  byId('detail-applications').replaceChildren(
    ...(d.refinanceApplications.length === 0
      ? [h('li', { class: 'empty' }, i18n.t('noApplications'))]
      : d.refinanceApplications.map((a) =>
          h(
            'li',
            {},
            h(
              'strong',
              {},
              `${a.product.lender} ${a.product.name} · ${i18n.t(a.status)} · ${won(shell, a.requestedAmount.amount)}`,
            ),
            h(
              'ol',
              { class: 'events' },
              ...a.events.map((e) =>
                h(
                  'li',
                  {},
                  `${new Date(e.at).toLocaleString(i18n.lang === 'ko' ? 'ko-KR' : 'en-US')} · ${
                    e.from ? `${i18n.t(e.from)} → ` : ''
                  }${i18n.t(e.to)}${e.reason ? ` · ${e.reason}` : ''}`,
                ),
              ),
            ),
          ),
        )),
  );
}

/** Largest page the API serves (`first`/`last` ≤ 100, src/common/pagination.ts). */
const MAX_PAGE = 100;

/**
 * The schedule connection's cursor after its first `count` instalments, as the API returns it (`pageInfo.endCursor`,
 * paging 100 at a time): the page after it starts at instalment count + 1. Cursors are the API's to make — the page
 * built one itself before (base64 of an internal key), which broke whenever their form changed.
 */
async function scheduleCursorAfter(shell: Shell, id: string, count: number): Promise<string | null> {
  let after: string | null = null;
  for (let left = count; left > 0;) {
    const size = Math.min(left, MAX_PAGE);
    const result: LoansPageScheduleCursorQuery = await shell.session.execute(
      LoansPageScheduleCursorDocument,
      {
        id,
        count: size,
        after,
      },
    );
    const { node } = result;
    const page = node && 'schedule' in node ? node.schedule.pageInfo : undefined;
    if (!page?.endCursor) return after;
    after = page.endCursor;
    left -= size;
    if (!page.hasNextPage) break;
  }
  return after;
}

/** The detail panel; its schedule starts at the next instalment due (the card's nextPayment), not the first. */
async function showDetail(shell: Shell, id: string, nextNumber?: number): Promise<void> {
  try {
    const scheduleAfter =
      nextNumber && nextNumber > 1 ? await scheduleCursorAfter(shell, id, nextNumber - 1) : null;
    const { node } = await shell.session.execute(LoansPageDetailDocument, { id, scheduleAfter });
    state.detail = node && 'loanNumber' in node ? node : undefined;
    shell.clearError();
    renderDetail(shell);
    byId('loan-detail').scrollIntoView({ block: 'start' });
  } catch (error) {
    shell.showError(shell.describe(error));
  }
}

async function loadList(shell: Shell): Promise<void> {
  document.body.dataset.state = 'loading';
  try {
    const { loans } = await shell.session.execute(LoansPageListDocument, {
      ...state.page,
      search: state.search || null,
      filter: state.filter,
    });
    state.list = loans;
    shell.clearError();
    renderList(shell);
    document.body.dataset.state = 'ready';
  } catch (error) {
    shell.showError(shell.describe(error));
    document.body.dataset.state = 'error';
  }
}

async function loadStats(shell: Shell): Promise<void> {
  try {
    const { loanStats, customers } = await shell.session.execute(LoansPageStatsDocument, {});
    const active = loanStats.byStatus.find((s) => s.key === 'ACTIVE')?.count ?? 0;
    byId('kpi-customers').textContent = customers.totalCount.toLocaleString();
    byId('kpi-loans').textContent = loanStats.total.count.toLocaleString();
    byId('kpi-active').textContent = active.toLocaleString();
    byId('kpi-average').textContent = won(shell, loanStats.total.averagePrincipal.amount);
  } catch (error) {
    shell.showError(shell.describe(error));
  }
}

function readFilters(): void {
  const kind = byId<HTMLSelectElement>('f-kind').value;
  const status = byId<HTMLSelectElement>('f-status').value;
  const lender = byId<HTMLInputElement>('f-lender').value.trim();
  state.search = byId<HTMLInputElement>('f-search').value.trim();
  state.filter = {
    ...(kind ? { kinds: [kind as LoanKind] } : {}),
    ...(status ? { statuses: [status as LoanStatus] } : {}),
    ...(lender ? { lender } : {}),
    ...(byId<HTMLInputElement>('f-delinquent').checked ? { delinquent: true } : {}),
  };
}

const shell = startShell({
  dictionary: DICTIONARY,
  storageKey: 'fingraph-loans-session',
  roles: ['ANALYST', 'ADMIN'],
  onSignedIn: (user, s) => {
    fillSelect(s, 'f-kind', KINDS);
    fillSelect(s, 'f-status', STATUSES);
    void loadStats(s);
    void loadList(s);
    void loadFaq(s, user.role);
  },
  onSignedOut: () => {
    state.list = undefined;
    state.detail = undefined;
    clearFaq();
  },
});
shell.i18n.onChange(() => {
  fillSelect(shell, 'f-kind', KINDS);
  fillSelect(shell, 'f-status', STATUSES);
  renderList(shell);
  renderDetail(shell);
  renderFaq(shell);
  if (state.list) void loadStats(shell);
});
byId<HTMLFormElement>('loan-filters').addEventListener('submit', (event) => {
  event.preventDefault();
  readFilters();
  state.page = { first: PAGE_SIZE };
  state.offset = 0;
  void loadList(shell);
});
byId('page-next').addEventListener('click', () => {
  const info = state.list?.pageInfo;
  if (!info?.endCursor) return;
  state.offset += state.list!.edges.length;
  state.page = { first: PAGE_SIZE, after: info.endCursor };
  void loadList(shell);
});
byId('page-prev').addEventListener('click', () => {
  const info = state.list?.pageInfo;
  if (!info?.startCursor) return;
  state.offset = Math.max(0, state.offset - PAGE_SIZE);
  state.page = { last: PAGE_SIZE, before: info.startCursor };
  void loadList(shell);
});
byId('detail-close').addEventListener('click', () => {
  const id = state.detail?.id;
  state.detail = undefined;
  renderDetail(shell);
  // Back to the card the detail was opened from (the panel sits below the 50 cards; on a phone closing it left
  // the reader at the pager, far from where they were).
  const opener = [...document.querySelectorAll<HTMLButtonElement>('.loan-card button[data-open]')].find(
    (b) => b.dataset.open === id,
  );
  opener?.scrollIntoView({ block: 'center' });
  opener?.focus({ preventScroll: true });
});
