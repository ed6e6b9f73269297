import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import {
  formatAnnualRate,
  formatDate,
  formatMonth,
  formatOrdinal,
  formatPercent,
  formatWon,
} from '../src/common/text/render';
import { MONTH_NAMES, phrase, renderingErrors } from '../src/modules/chat/counsel/render';
import { ASSUMED_LTV, ASSUMED_NEW_LOANS } from '../src/modules/chat/counsel/tools';
import { JEONSE_DEPOSIT_SHARE } from '../src/modules/chat/counsel/answers';
import { HEALTH_CURVES } from '../src/modules/insights';
import { lenderInEnglish, merchantDisplayName } from '../src/modules/topics';
import { brandOf } from '../src/modules/spending';
import Decimal from 'decimal.js';
import { addDays, addMonths, koreanDate, nextBusinessDay } from '../src/common/dates';
import { KOREAN_PUBLIC_HOLIDAYS } from '../src/common/korean-holidays';
import { escapeRegExp } from '../src/common/text/regexp';
import { DEMO, startTestApp, TestApp } from './support/app';
import { describeWithBrowser, launchBrowser } from './support/browser';

// The questions a worried customer asks, answered with their own figures (issue: "the counsellor answers the
// question the customer asked"). Each is sent over GraphQL as the demo customer to the offline counsellor on the
// demo portfolio; the figure the first sentence must carry is read from the API, as a client would. Then the
// same questions in /chat in Chromium, with the line under each answer in words (screenshots in test/.artifacts).

const ARTIFACTS = path.join(__dirname, '.artifacts');

/** The day an instalment is owed: a due date on a weekend or a Korean public holiday moves to the next business day. */
const owed = (date: string) => nextBusinessDay(date, new Set(KOREAN_PUBLIC_HOLIDAYS));

interface Loan {
  id: string;
  kind: string;
  status: string;
  nextPayment: { dueDate: string; payment: { amount: string }; interest: { amount: string } } | null;
  refinanceOffers: {
    best: string;
    stayWithCurrentLender: { monthlySaving: { amount: string } } | null;
    offers: { switchLender: { monthlySaving: { amount: string }; breakEvenMonth: number | null } }[];
  };
}

describe('the counsellor answers the question asked (demo customer, offline counsellor)', () => {
  let t: TestApp;
  let token: string;
  let loans: Loan[];

  beforeAll(async () => {
    t = await startTestApp({
      DEMO_SPENDING: 'true',
      CHAT_OFFLINE_TOKEN_DELAY_MS: '0',
      // Nearly 2,000 questions in under two minutes on the embedded database: the per-minute limit is not under test here.
      CHAT_MESSAGES_PER_MINUTE: '100000',
    });
    token = await t.login(DEMO.customer);
    const res = await t.request<{ me: { customer: { loans: Loan[] } } }>(
      `{ me { customer { loans { id kind status nextPayment { dueDate payment { amount } interest { amount } }
         refinanceOffers { best stayWithCurrentLender { monthlySaving { amount } }
           offers { switchLender { monthlySaving { amount } breakEvenMonth } } } } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    loans = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    expect(loans.length).toBeGreaterThan(0);
  });
  afterAll(() => t?.stop());

  async function ask(text: string, conversationId?: string) {
    const sent = await t.request<{
      sendChatMessage: { conversation?: { id: string }; assistantMessage?: { id: string }; message?: string };
    }>(
      `mutation ($text: String!, $c: ID) { sendChatMessage(input: { text: $text, conversationId: $c }) {
         ... on SendChatMessagePayload { conversation { id } assistantMessage { id } }
         ... on ChatLimitError { message } } }`,
      { text, c: conversationId ?? null },
      token,
    );
    const id = sent.data!.sendChatMessage.assistantMessage!.id;
    for (let i = 0; i < 400; i++) {
      const m = await t.request<{
        chatMessage: {
          status: string;
          text: string;
          topic: { topic: string; intent: string | null } | null;
          emotion: { label: string } | null;
        };
      }>(
        'query ($id: ID!) { chatMessage(id: $id) { status text topic { topic intent } emotion { label } } }',
        { id },
        token,
      );
      const msg = m.data!.chatMessage;
      if (msg.status !== 'STREAMING')
        return { ...msg, conversationId: sent.data!.sendChatMessage.conversation!.id };
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the answer did not finish');
  }

  const firstSentence = (text: string) => text.split('\n')[0];
  /**
   * The month's money left, answered on one basis (QA round 20): the usage line first — or, when the card bill due
   * this month leaves the month short, the shortfall first and this month's card use (`spent`, when given) as next
   * month's bill, with no money-left-to-spend line beside it.
   */
  const expectMoneyLeft = (text: string, usage: RegExp | string, spent?: string) => {
    const [first, second] = text.split('\n');
    if (/^(?:이번 달은 돈이 모자랄 수 있습니다|This month may come up short)/.test(first)) {
      expect(second).toMatch(
        /^이번 달 지금까지 카드로 쓴 [\d,]+원\(.+\)은 다음 달 카드값으로 나가니|^The ₩[\d,]+ you have put on your cards so far this month \(.+\) is billed next month/,
      );
      if (spent) expect(second).toContain(spent);
      expect(text).not.toMatch(/남은 돈은 약|하루 약 [\d,]+원씩|left this month:|a day\./);
    } else if (typeof usage === 'string') expect(first).toContain(usage);
    else expect(first).toMatch(usage);
  };

  /** The active loan whose next payment falls due first. */
  const nextDue = () =>
    loans
      .filter((l) => l.nextPayment)
      .sort((x, y) => x.nextPayment!.dueDate.localeCompare(y.nextPayment!.dueDate))[0];

  /** The credit score on file, read as a client would. */
  async function creditScore(): Promise<number> {
    const res = await t.request<{ me: { customer: { creditScore: number } } }>(
      '{ me { customer { creditScore } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.me.customer.creditScore;
  }

  /** The active loan's unpaid instalments in order, with the principal left after each, the balance and today's payoff, read as a client would. */
  async function unpaidRows() {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            balance: { amount: string };
            payoffQuote: { total: { amount: string } } | null;
            schedule: {
              edges: {
                node: {
                  number: number;
                  dueDate: string;
                  paid: boolean;
                  remainingBalance: { amount: string };
                };
              }[];
            };
          }[];
        };
      };
    }>(
      '{ me { customer { loans { status balance { amount } payoffQuote { total { amount } } schedule(first: 100) { edges { node { number dueDate paid remainingBalance { amount } } } } } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const loan = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!;
    return {
      balance: loan.balance.amount,
      payoff: loan.payoffQuote!.total.amount,
      rows: loan.schedule.edges
        .map((e) => e.node)
        .filter((r) => !r.paid)
        .sort((a, b) => a.number - b.number),
    };
  }
  /** loan.prepaymentEffect of an amount (after that many more instalments), read as a client would. */
  async function prepay(id: string, amount: string, afterInstallments = 0) {
    type M = { amount: string };
    const res = await t.request<{
      node: { prepaymentEffect: { paymentBefore: M; paymentAfter: M; monthlySaving: M; interestSaved: M } };
    }>(
      `query ($id: ID!, $a: Decimal!, $n: Int) { node(id: $id) { ... on Loan {
         prepaymentEffect(amount: $a, afterInstallments: $n) { paymentBefore { amount } paymentAfter { amount }
           monthlySaving { amount } interestSaved { amount } } } } }`,
      { id, a: amount, n: afterInstallments },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.node.prepaymentEffect;
  }

  /** The health score of a quarter (this quarter when none is given), read as a client would. */
  async function healthScoreOf(quarter?: string): Promise<{ quarter: string; score: number }> {
    const res = await t.request<{ me: { customer: { healthScore: { quarter: string; score: number } } } }>(
      `{ me { customer { healthScore${quarter ? `(quarter: "${quarter}")` : ''} { quarter score } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.me.customer.healthScore;
  }

  /** spendingSummary's total for the arguments given ('period: THIS_MONTH, merchant: "KT"'), read as a client would. */
  async function spentTotal(args: string): Promise<string> {
    const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      `{ me { customer { spendingSummary(${args}) { total { amount } } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.me.customer.spendingSummary.total.amount;
  }

  /** spendingSummary's purchase count for the arguments given, read as a client would. */
  async function spentCount(args: string): Promise<number> {
    const res = await t.request<{ me: { customer: { spendingSummary: { purchaseCount: number } } } }>(
      `{ me { customer { spendingSummary(${args}) { purchaseCount } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.me.customer.spendingSummary.purchaseCount;
  }

  /** The spendingSummary period of the latest October (the month some QA sentences name). */
  const october = () => {
    const back = (Number(today().slice(5, 7)) - 10 + 12) % 12;
    return back === 0
      ? 'period: THIS_MONTH'
      : back === 1
        ? 'period: LAST_MONTH'
        : `period: MONTHS_AGO, months: ${back}`;
  };

  /** spendingSummary's total, by-category part and largest merchants for the arguments given, read as a client would (QA rounds 20 and 21). */
  async function summary(args: string) {
    const res = await t.request<{
      me: {
        customer: {
          spendingSummary: {
            total: { amount: string };
            purchaseCount: number;
            byCategory: { category: { code: string }; amount: { amount: string } }[];
            byMerchant: { merchant: string; amount: { amount: string } }[];
          };
        };
      };
    }>(
      `{ me { customer { spendingSummary(${args}) { total { amount } purchaseCount byCategory { category { code } amount { amount } } byMerchant(first: 3) { merchant amount { amount } } } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.me.customer.spendingSummary;
  }
  const partOf = (s: Awaited<ReturnType<typeof summary>>, code: string) =>
    new Decimal(s.byCategory.find((c) => c.category.code === code)?.amount.amount ?? 0);

  /** customer.forecast(metric: SPENDING, horizon)'s points, read as a client would. */
  async function spendingForecast(horizon: number) {
    const f = await t.request<{
      me: { customer: { forecast: { points: { period: string; mean: { amount: string } }[] } | null } };
    }>(
      `query ($h: Int!) { me { customer { forecast(metric: SPENDING, horizon: $h) { points { period mean { amount } } } } } }`,
      { h: horizon },
      token,
    );
    expect(f.errors).toBeUndefined();
    return f.data!.me.customer.forecast!.points;
  }

  /** The customer's DSR as a bank's limit simulation computes it, and the cap, read as a client would. */
  async function bankDsr(): Promise<{ dsrBefore?: string; dsrCapRatio?: string }> {
    const sim = await t.request<{ simulateLoanLimit: { dsrBefore?: string; dsrCapRatio?: string } }>(
      `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
         ... on LoanLimitSimulation { dsrBefore dsrCapRatio } } }`,
      { input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS.CREDIT } },
      token,
    );
    return sim.data!.simulateLoanLimit;
  }

  /** Every node of one object's connection (a card's transactions, a loan's schedule), page by page. */
  async function allNodes<N>(id: string, on: 'Card' | 'Loan', field: string, fields: string): Promise<N[]> {
    type Page = { edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const out: N[] = [];
    for (let after: string | null = null; ;) {
      const res: { data?: { node: Record<string, Page> } | null } = await t.request<{
        node: Record<string, Page>;
      }>(
        `query ($id: ID!, $after: String) { node(id: $id) { ... on ${on} { ${field}(first: 100, after: $after) {
           edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } } } }`,
        { id, after },
        token,
      );
      const page = res.data!.node[field];
      out.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return out;
      after = page.pageInfo.endCursor;
    }
  }
  const today = () => koreanDate(new Date());
  /** Every transaction of the customer's cards (the fields asked), through the cards' own lists. */
  async function cardTransactions<N>(fields: string): Promise<N[]> {
    const cards = (
      await t.request<{ me: { customer: { cards: { id: string }[] } } }>(
        '{ me { customer { cards { id } } } }',
        {},
        token,
      )
    ).data!.me.customer.cards;
    const out: N[] = [];
    for (const c of cards) out.push(...(await allNodes<N>(c.id, 'Card', 'transactions', fields)));
    return out;
  }
  /** Every card transaction's merchant, time and amount, as a client reads them. */
  const charges = () =>
    cardTransactions<{ merchantName: string; occurredAt: string; amount: { amount: string } }>(
      'merchantName occurredAt amount { amount }',
    );
  /** The instalments the statement of `month` (YYYY-MM-01) carries (`portions`: each plan's k-th instalment, k months
   * after the purchase month, the amount ÷ months rounded down with the won left over on the first) and the instalment
   * purchases made in the month before (`deferred`), from the card transactions (cardBillOf's rule). */
  async function statementInstalments(month: string): Promise<{ portions: bigint; deferred: bigint }> {
    const monthsFrom = (a: string, b: string) =>
      (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
    let portions = 0n;
    let deferred = 0n;
    for (const n of await cardTransactions<{
      kind: string;
      instalmentMonths: number;
      occurredAt: string;
      amount: { amount: string };
    }>('kind instalmentMonths occurredAt amount { amount }')) {
      if (n.kind !== 'PURCHASE' || n.instalmentMonths < 2) continue;
      const amount = BigInt(n.amount.amount);
      const k = monthsFrom(koreanDate(new Date(n.occurredAt)), month);
      if (k === 1) deferred += amount;
      if (k < 1 || k > n.instalmentMonths) continue;
      const per = amount / BigInt(n.instalmentMonths);
      portions += k === 1 ? amount - per * BigInt(n.instalmentMonths - 1) : per;
    }
    return { portions, deferred };
  }
  /** The instalments the statement of `month` carries (one reader for the card21 and cardif blocks). */
  const portionsOn = async (month: string): Promise<bigint> => (await statementInstalments(month)).portions;
  /** The active jeonse loan with the fields asked, as a client reads it (one reader for the loan blocks). */
  async function activeJeonse<L>(fields: string): Promise<L> {
    const res = await t.request<{ me: { customer: { loans: ({ status: string; kind: string } & L)[] } } }>(
      `{ me { customer { loans { status kind ${fields} } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE' && l.kind === 'JEONSE')!;
  }

  /** The KST days a spending period covers, as spendingSummary reports them ("period: LAST_MONTH"). */
  async function periodDays(args: string): Promise<{ from: string; through: string }> {
    const res = await t.request<{ me: { customer: { spendingSummary: { from: string; through: string } } } }>(
      `{ me { customer { spendingSummary(${args}) { from through } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.me.customer.spendingSummary;
  }

  /**
   * The card bill of a statement month from the API: the month before's use (spendingSummary) less the instalment
   * purchases made in it, plus each plan's instalment on the statement — the k-th (k months after the purchase month)
   * is the amount ÷ months rounded down, the won left over on the first. `instalments` says whether any plan touches it.
   */
  async function cardBillOf(statementMonth: string): Promise<{ bill: bigint; instalments: boolean }> {
    const { portions, deferred } = await statementInstalments(statementMonth);
    const period = statementMonth.slice(0, 7) === today().slice(0, 7) ? 'LAST_MONTH' : 'THIS_MONTH';
    const use = BigInt(
      (
        await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
          `{ me { customer { spendingSummary(period: ${period}) { total { amount } } } } }`,
          {},
          token,
        )
      ).data!.me.customer.spendingSummary.total.amount,
    );
    return { bill: use - deferred + portions, instalments: portions > 0n || deferred > 0n };
  }
  /** The sentence a bill due this month leads with when instalments touch it. */
  const billDueSentence = (bill: bigint, lang: 'ko' | 'en') =>
    lang === 'ko'
      ? `이번 달 결제일에 청구되는 카드값은 약 ${formatWon(bill.toString(), 'ko')}입니다`
      : `The card bill due this month is about ${formatWon(bill.toString(), 'en')}`;
  /** The active loan's schedule rows (the demo customer has one active loan; 100 rows cover its term). */
  async function activeScheduleRows() {
    type Won = { amount: string };
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            schedule: {
              edges: {
                node: {
                  number: number;
                  dueDate: string;
                  paid: boolean;
                  payment: Won;
                  principal: Won;
                  interest: Won;
                };
              }[];
            };
          }[];
        };
      };
    }>(
      '{ me { customer { loans { status schedule(first: 100) { edges { node { number dueDate paid payment { amount } principal { amount } interest { amount } } } } } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.schedule.edges.map((e) => e.node);
  }
  /** The active loan's switch at an annual rate another lender quoted (`loan.refinanceAtRate`), read as a client would. */
  async function refinanceAt(rate: string) {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            refinanceAtRate: {
              current: { payment: { amount: string } };
              switchLender: { newPayment: { amount: string }; monthlySaving: { amount: string } };
            } | null;
          }[];
        };
      };
    }>(
      `query ($r: Decimal!) { me { customer { loans { status refinanceAtRate(annualRate: $r) {
         current { payment { amount } } switchLender { newPayment { amount } monthlySaving { amount } } } } } } }`,
      { r: rate },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.refinanceAtRate!;
  }
  /** Last week's Monday and Sunday (KST days). */
  const lastWeekDays = () => {
    const dow = (new Date(`${today()}T00:00:00Z`).getUTCDay() + 6) % 7;
    const day = (from: string, days: number) =>
      new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const monday = day(today(), -(dow + 7));
    return { monday, sunday: day(monday, 6) };
  };

  it('"다음 납입일이 언제고 얼마예요?" → the date and the amount of the next payment, first', async () => {
    const a = await ask('다음 납입일이 언제고 얼마예요?');
    expect(a.topic?.intent).toBe('NEXT_PAYMENT');
    const next = nextDue();
    const lead = firstSentence(a.text);
    expect(lead).toContain(formatDate(next.nextPayment!.dueDate, 'ko', today()));
    expect(lead).toContain(formatWon(next.nextPayment!.payment.amount, 'ko'));
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"그럼 신용점수 떨어지나요?" after a hardship question, "상환유예 하면 신용점수 떨어져요?", "will that hurt my credit score?" → what relief and lateness do to the score, first; then the next payment', async () => {
    const next = nextDue();
    const first = await ask('다음 달에 못 낼 것 같아요');
    const ko = await ask('그럼 신용점수 떨어지나요?', first.conversationId);
    const defer = await ask('상환유예 하면 신용점수 떨어져요?');
    for (const a of [ko, defer]) {
      expect(a.topic?.intent).toBe('HARDSHIP');
      expect(firstSentence(a.text)).toMatch(
        /^납입일 전에 금융회사와 합의한 상환유예·기한연장은 연체가 아니어서 그 자체로 연체 정보가 등록되지는 않습니다/,
      );
      expect(a.text).toContain('10만원 이상을 5영업일 이상 연체하면');
      expect(a.text).toContain(formatWon(next.nextPayment!.payment.amount, 'ko'));
      expect(a.text).toContain('신용회복위원회');
      expect(renderingErrors(a.text)).toEqual([]);
    }
    const lost = await ask('I lost my job');
    const en = await ask('will that hurt my credit score?', lost.conversationId);
    expect(en.topic?.intent).toBe('HARDSHIP');
    expect(firstSentence(en.text)).toMatch(
      /^A deferral or extension agreed with your lender before the due date is not a late payment/,
    );
    expect(en.text).toContain('₩100,000 or more for 5 business days');
    expect(en.text).toContain(formatWon(next.nextPayment!.payment.amount, 'en'));
    expect(renderingErrors(en.text)).toEqual([]);
  });

  it('QA round 2026-11-26: "좋아요" / "ok got it" → a short acknowledgement; "Is that good?" after the score → what counts as good; "이번달 이자 못내면 어떻게 돼요?" → the next instalment\'s penalty first; "상환 유예 신청 가능해요?" → yes, ask the lender before the due date', async () => {
    const next = nextDue();
    const due = formatDate(next.nextPayment!.dueDate, 'ko', today());
    const pay = await ask('다음 납입일 언제예요?');
    for (const q of ['좋아요', '네 알겠어요']) {
      const ack = await ask(q, pay.conversationId);
      expect({ q, text: ack.text }).toEqual({ q, text: '네! 더 궁금한 점이 있으면 언제든 물어보세요.' });
    }
    const okEn = await ask('ok got it');
    expect(okEn.text).toBe('Sure — ask me anything else about your loans or spending.');

    const score = await creditScore();
    const asked = await ask("What's my credit score?");
    const good = await ask('Is that good?', asked.conversationId);
    expect(good.topic?.intent).toBe('HEALTH_SCORE');
    // QA round 22 (shortfu): their own score judged first (was the general rule first, the verdict third).
    expect(firstSentence(good.text)).toMatch(
      new RegExp(`^(?:Yes|It is middling|Not yet)\\b.*\\b${score}\\b`),
    );
    expect(good.text).toMatch(/There is no single pass mark/);

    // QA round 26 (en2): with a day’s cost in won after the rate.
    const late = await ask('이번달 이자 못내면 어떻게 돼요?');
    expect(late.topic?.intent).toBe('ARREARS');
    expect(firstSentence(late.text)).toMatch(
      new RegExp(
        `^${due.replace(/[()]/g, '\\$&')} .+ 납입분 ${formatWon(next.nextPayment!.payment.amount, 'ko')}을 못 내시면 납입일 다음 날부터 그 금액에 연 [\\d.]+%의 연체이자가 날짜 수만큼 붙습니다 \\(하루 약 [\\d,]+원\\)\\.$`,
      ),
    );
    expect(late.text).toContain('10만원 이상을 5영업일 이상 연체하면');

    const defer = await ask('상환 유예 같은 거 신청 가능해요?');
    expect(defer.topic?.intent).toBe('HARDSHIP');
    expect(firstSentence(defer.text)).toMatch(
      new RegExp(
        `^네, ${due.replace(/[()]/g, '\\$&')} 납입일 전에 .+에 상환유예나 기한연장을 신청할 수 있습니다`,
      ),
    );
    // A deferral asked for carries no spending scenario ("소비가 많거나…" reads as blame here).
    expect(defer.text).not.toContain('소득에 비해 소비가');
    for (const a of [good, late, defer]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"대출 다 갚으려면 이자까지 총 얼마 내야 돼요?" → today\'s payoff first, then principal + the unpaid instalments\' interest on schedule', async () => {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            balance: { amount: string };
            payoffQuote: { total: { amount: string } };
            schedule: { edges: { node: { paid: boolean; interest: { amount: string } } }[] };
          }[];
        };
      };
    }>(
      '{ me { customer { loans { status balance { amount } payoffQuote { total { amount } } schedule(first: 100) { edges { node { paid interest { amount } } } } } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const loan = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!;
    const interest = loan.schedule.edges
      .filter((e) => !e.node.paid)
      .reduce((a, e) => a + BigInt(e.node.interest.amount), 0n);
    const onSchedule = (BigInt(loan.balance.amount) + interest).toString();
    const ko = await ask('대출 다 갚으려면 이자까지 총 얼마 내야 돼요?');
    expect(ko.topic?.intent).toBe('PAYOFF_QUOTE');
    expect(firstSentence(ko.text)).toContain(formatWon(loan.payoffQuote.total.amount, 'ko'));
    expect(ko.text).toContain(`모두 ${formatWon(onSchedule, 'ko')}을 내시게 됩니다`);
    const en = await ask('How much to pay off my loan including interest?');
    expect(firstSentence(en.text)).toContain(formatWon(loan.payoffQuote.total.amount, 'en'));
    expect(en.text).toContain(`it takes ${formatWon(onSchedule, 'en')} in all`);
    for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 2: "오늘 달러 환율 얼마예요?" / "Can you transfer 500k won to my mom?" → said honestly; "2천 갚으면 한달 얼마 내게 돼요?" → 20,000,000원 prepaid; "금리 몇프로에요" → their rate; "다음 납입일이랑 남은 잔액" → both; "I\'m furious, you charged me a late fee!!" → nothing overdue, first', async () => {
    const fx = await ask('오늘 달러 환율 얼마예요?');
    expect(fx.text).toMatch(/^환율 정보는 이 앱에 없어 알려드릴 수 없습니다/);
    const transfer = await ask('Can you transfer 500k won to my mom?');
    expect(transfer.text).toMatch(/^I can’t make transfers or payments from here/);
    const stock = await ask('삼성전자 주식 지금 사도 될까요?');
    expect(stock.text).toMatch(/^주식이나 코인의 시세와 투자 판단은 이 앱에서 안내해 드릴 수 없습니다/);

    const part = await ask('2천 갚으면 한달 얼마 내게 돼요?');
    expect(part.topic?.intent).toBe('PREPAYMENT_EFFECT');
    expect(firstSentence(part.text)).toMatch(/^20,000,000원을 지금 .+에 중도상환하면 월 납입액이/);

    const active = loans.find((l) => l.nextPayment)!;
    const figures = (
      await t.request<{ loan: { currentAnnualRate: string; balance: { amount: string } } }>(
        'query ($id: ID!) { loan(id: $id) { currentAnnualRate balance { amount } } }',
        { id: active.id },
        token,
      )
    ).data!.loan;
    const rate = await ask('금리 몇프로에요');
    expect(rate.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(rate.text)).toContain(`${(Number(figures.currentAnnualRate) * 100).toFixed(2)}%`);

    const both = await ask('다음 납입일이랑 남은 잔액 알려줘');
    expect(firstSentence(both.text)).toContain(formatWon(active.nextPayment!.payment.amount, 'ko'));
    expect(both.text.split('\n')[1]).toContain(`남은 원금은 ${formatWon(figures.balance.amount, 'ko')}`);

    const fee = await ask("I'm furious, you charged me a late fee!!");
    expect(fee.topic?.intent).toBe('ARREARS');
    expect(firstSentence(fee.text)).toBe('You have nothing overdue (₩0, no penalty interest).');
    for (const a of [fx, transfer, stock, part, rate, both, fee]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"1월 납입은요?" / "What\'s my January payment?" → that month\'s row of the open schedule, first', async () => {
    const next = nextDue();
    type Row = {
      number: number;
      dueDate: string;
      paid: boolean;
      payment: { amount: string };
    };
    const res = await t.request<{
      me: { customer: { loans: { id: string; schedule: { edges: { node: Row }[] } }[] } };
    }>(
      '{ me { customer { loans { id schedule(first: 100) { edges { node { number dueDate paid payment { amount } } } } } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const january = res
      .data!.me.customer.loans.find((l) => l.id === next.id)!
      .schedule.edges.map((e) => e.node)
      .find((r) => !r.paid && r.dueDate >= today() && r.dueDate.slice(5, 7) === '01')!;
    expect(january).toBeDefined();
    const ko = await ask('1월 납입은요?');
    expect(ko.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(ko.text)).toContain(
      `납입은 ${formatDate(january.dueDate, 'ko', today())}, ${formatWon(january.payment.amount, 'ko')}입니다`,
    );
    expect(firstSentence(ko.text)).toContain(`${january.number}회차`);
    const en = await ask("What's my January payment?");
    expect(firstSentence(en.text)).toContain(
      `is ${formatWon(january.payment.amount, 'en')}, due ${formatDate(january.dueDate, 'en', today())}`,
    );
    for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"Can I afford to refinance my mortgage?" → the best option for their loan: monthly saving, cost, break-even', async () => {
    const a = await ask('Can I afford to refinance my mortgage?');
    expect(a.topic?.intent).toBe('REFINANCE');
    const mortgage = loans.find((l) => l.kind === 'MORTGAGE');
    if (!mortgage) expect(firstSentence(a.text)).toBe('You have no active mortgage with us.');
    const savings = loans.flatMap((l) => [
      ...(l.refinanceOffers.stayWithCurrentLender
        ? [l.refinanceOffers.stayWithCurrentLender.monthlySaving.amount]
        : []),
      ...l.refinanceOffers.offers.map((o) => o.switchLender.monthlySaving.amount),
    ]);
    expect(savings.some((s) => a.text.includes(formatWon(s, 'en')))).toBe(true);
    expect(a.text).toMatch(/pays for itself in month \d+|never pays for its costs|would not save/);
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"How much can I borrow for a mortgage?" → a mortgage simulation (30 years), the limit and what binds it', async () => {
    const a = await ask('How much can I borrow for a mortgage?');
    expect(a.topic?.intent).toBe('LOAN_LIMIT');
    const sim = await t.request<{ simulateLoanLimit: { maxLoan: { amount: string } } }>(
      `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
         ... on LoanLimitSimulation { maxLoan { amount } } } }`,
      { input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS.MORTGAGE } },
      token,
    );
    const lead = firstSentence(a.text);
    expect(lead).toContain(formatWon(sim.data!.simulateLoanLimit.maxLoan.amount, 'en'));
    expect(lead).toContain('as a mortgage');
    expect(lead).toContain('360 months');
    expect(a.text).not.toContain('credit loan');
    expect(a.text).toMatch(/The limit is set by (the DSR cap|the loan-to-value cap|no binding limit)/);
  });

  it('a stated income is the limit\'s income, never the amount asked ("월급이 200만원인데…", "연봉 5천인데 주담대…", "I earn 60 million won a year…"); an income rise is the what-if ("연봉이 오르면…", "What if my income goes up 10%?")', async () => {
    /** The limit a client computes with the same inputs over GraphQL (simulateLoanLimit). */
    const limitOf = async (kind: 'CREDIT' | 'MORTGAGE', extra: Record<string, unknown> = {}) => {
      const sim = await t.request<{
        simulateLoanLimit: {
          maxLoan: { amount: string };
          annualIncome: { amount: string };
          scenarios: { key: string; maxLoan: { amount: string }; annualIncome: { amount: string } }[];
        };
      }>(
        `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
           ... on LoanLimitSimulation { maxLoan { amount } annualIncome { amount }
             scenarios { key maxLoan { amount } annualIncome { amount } } } } }`,
        { input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS[kind], ...extra } },
        token,
      );
      expect(sim.errors).toBeUndefined();
      return sim.data!.simulateLoanLimit;
    };
    const onFile = (
      await t.request<{ me: { customer: { annualIncome: { amount: string } | null } } }>(
        '{ me { customer { annualIncome { amount } } } }',
        {},
        token,
      )
    ).data!.me.customer.annualIncome;

    const monthly = await ask('월급이 200만원인데 대출 더 받을 수 있을까요?');
    expect(monthly.topic?.intent).toBe('LOAN_LIMIT');
    const at24m = await limitOf('CREDIT', { annualIncome: '24000000' });
    expect(firstSentence(monthly.text)).toBe(
      // Asked as yes or no ("대출 받을 수 있어요?"): 네 first (QA round 19).
      `네, 말씀하신 월 소득 2,000,000원(연 24,000,000원)을 기준으로 하면 신용대출은 최대 ${formatWon(at24m.maxLoan.amount, 'ko')}까지 가능한 것으로 계산됩니다 (60개월, 연 5.5%, 원리금균등상환 가정).`,
    );
    // The pay is not an amount asked for.
    expect(monthly.text).not.toContain('말씀하신 2,000,000원을');
    if (onFile)
      expect(monthly.text).toContain(`이 앱에 등록된 연소득은 ${formatWon(onFile.amount, 'ko')}이고`);

    const mortgage = await ask('연봉 5천인데 주담대 얼마까지 돼요?');
    const at50m = await limitOf('MORTGAGE', { annualIncome: '50000000' });
    expect(firstSentence(mortgage.text)).toMatch(
      new RegExp(
        `^말씀하신 연소득 50,000,000원을 기준으로 하면 주택담보대출은 최대 ${formatWon(at50m.maxLoan.amount, 'ko')}까지 가능한 것으로 계산됩니다 \\(360개월`,
      ),
    );
    expect(renderingErrors(mortgage.text)).toEqual([]);

    const en = await ask('I earn 60 million won a year, how much mortgage can I get?');
    const at60m = await limitOf('MORTGAGE', { annualIncome: '60000000' });
    expect(firstSentence(en.text)).toBe(
      `On the income you mention, ₩60,000,000 a year, you could borrow up to ${formatWon(at60m.maxLoan.amount, 'en')} as a mortgage (assuming 360 months at 4.2% a year, equal monthly instalments).`,
    );
    expect(en.text).not.toContain('Borrowing the ₩60,000,000');

    const whatIf = await limitOf('CREDIT', { scenarios: [{ id: 'INCOME', incomeChangeRatio: '0.10' }] });
    const raised = whatIf.scenarios[0];
    const more = formatWon(new Decimal(raised.maxLoan.amount).minus(whatIf.maxLoan.amount).toFixed(0), 'ko');
    const rise = await ask('연봉이 오르면 한도 얼마나 늘어요?');
    expect(rise.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(rise.text)).toBe(
      `연소득이 10% 늘면(${formatWon(whatIf.annualIncome.amount, 'ko')} → ${formatWon(raised.annualIncome.amount, 'ko')}) 신용대출 한도는 최대 ${formatWon(whatIf.maxLoan.amount, 'ko')}에서 ${formatWon(raised.maxLoan.amount, 'ko')}으로 ${more} 늘어납니다.`,
    );
    const enRise = await ask('What if my income goes up 10%?');
    expect(enRise.topic).toMatchObject({ topic: 'FINANCE', intent: 'LOAN_LIMIT' });
    expect(firstSentence(enRise.text)).toContain(
      `your credit loan limit goes from ${formatWon(whatIf.maxLoan.amount, 'en')} to ${formatWon(raised.maxLoan.amount, 'en')}`,
    );
  });

  it('a month named is that month ("10월에 식비 얼마 썼어?", "How much did I spend on travel in October?", "and the month before?"), read from spendingSummary(MONTHS_AGO)', async () => {
    const now = Number(today().slice(5, 7));
    const named = now === 1 ? 12 : now - 1; // last month, named
    const spent = async (months: number, category: string) => {
      const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
        `{ me { customer { spendingSummary(period: MONTHS_AGO, months: ${months}, category: "${category}") { total { amount } } } } }`,
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.me.customer.spendingSummary.total.amount;
    };
    const ko = await ask(`${named}월에 식비 얼마 썼어?`);
    expect(ko.topic?.intent).toBe('SPENDING');
    expect(firstSentence(ko.text)).toMatch(
      new RegExp(`^${named}월 식비 카드 지출은 ${formatWon(await spent(1, 'FOOD'), 'ko')}입니다`),
    );
    const months = MONTH_NAMES;
    const en = await ask(`How much did I spend on travel in ${months[named - 1]}?`);
    expect(firstSentence(en.text)).toContain(
      `You spent ${formatWon(await spent(1, 'TRAVEL'), 'en')} on travel in ${months[named - 1]}`,
    );
    const before = await ask('and the month before?', en.conversationId);
    const prev = named === 1 ? 12 : named - 1;
    expect(firstSentence(before.text)).toContain(
      `You spent ${formatWon(await spent(2, 'TRAVEL'), 'en')} on travel in ${months[prev - 1]}`,
    );
  });

  it('"신용대출 한도 얼마야?" → "기간을 10년으로 하면?" → "그럼 월 납입액은?" → what the limit costs a month (read from simulateLoanLimit and the level-payment formula); "이 점수면 대출 더 받을 수 있어?" → the limit and the score on file', async () => {
    const sim = await t.request<{ simulateLoanLimit: { maxLoan: { amount: string } } }>(
      `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) { ... on LoanLimitSimulation { maxLoan { amount } } } }`,
      { input: { lenderType: 'BANK', newLoan: { ...ASSUMED_NEW_LOANS.CREDIT, termMonths: 120 } } },
      token,
    );
    expect(sim.errors).toBeUndefined();
    const max = new Decimal(sim.data!.simulateLoanLimit.maxLoan.amount);
    // Level payment P·r / (1 − (1 + r)^−n), r = rate ÷ 12, truncated to the won (the default rounding).
    const r = new Decimal(ASSUMED_NEW_LOANS.CREDIT.annualRate).div(12);
    const payment = max
      .mul(r)
      .div(new Decimal(1).minus(r.plus(1).pow(-120)))
      .floor();
    const first = await ask('신용대출 한도 얼마야?');
    const ten = await ask('기간을 10년으로 하면?', first.conversationId);
    expect(firstSentence(ten.text)).toContain('120개월');
    const monthly = await ask('그럼 월 납입액은?', first.conversationId);
    expect(monthly.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(monthly.text)).toBe(
      `최대 한도인 ${formatWon(max.toFixed(0), 'ko')}을 120개월, ${formatAnnualRate(ASSUMED_NEW_LOANS.CREDIT.annualRate, 'ko')}, 원리금균등상환으로 빌리시면 한 달 납입액은 ${formatWon(payment.toFixed(0), 'ko')}입니다.`,
    );
    const score = await creditScore();
    const s1 = await ask('내 신용점수 몇점이야?');
    const more = await ask('이 점수면 대출 더 받을 수 있어?', s1.conversationId);
    expect(more.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(more.text)).toMatch(/최대 [\d,]+원까지 가능한 것으로 계산됩니다/);
    expect(more.text).toContain(`${score}점`);
  });

  it('"왜요?" / "why?" after a month\'s spending explains it against the month before (not this month\'s partial figure); after a payment, how its interest is worked out', async () => {
    const total = async (period: string, category?: string) => {
      const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
        `{ me { customer { spendingSummary(${period}${category ? `, category: "${category}"` : ''}) { total { amount } } } } }`,
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      return new Decimal(res.data!.me.customer.spendingSummary.total.amount);
    };
    const last = await total('period: LAST_MONTH');
    const before = await total('period: MONTHS_AGO, months: 2');
    const en = await ask('What did I spend last month?');
    const why = await ask('why?', en.conversationId);
    expect(why.topic?.intent).toBe('SPENDING');
    const gap = last.minus(before);
    expect(firstSentence(why.text)).toBe(
      `Your card spending last month is ${formatWon(last.toFixed(0), 'en')}: ${formatWon(gap.abs().toFixed(0), 'en')} ${gap.isPositive() ? 'more' : 'less'} than the month before last (${formatWon(before.toFixed(0), 'en')}).`,
    );
    const travelLast = await total('period: LAST_MONTH', 'TRAVEL');
    const travelBefore = await total('period: MONTHS_AGO, months: 2', 'TRAVEL');
    const ko = await ask('지난달 여행 얼마 썼어?');
    const koWhy = await ask('왜요?', ko.conversationId);
    expect(firstSentence(koWhy.text)).toContain(
      `지난달 여행 카드 지출은 ${formatWon(travelLast.toFixed(0), 'ko')}`,
    );
    expect(firstSentence(koWhy.text)).toContain(`지지난달 ${formatWon(travelBefore.toFixed(0), 'ko')}`);
    expect(koWhy.text).not.toContain('기록이 없어 비교할 수 없습니다');
    const pay = await ask('다음 납입액 얼마야?');
    const payWhy = await ask('왜 그렇게 많아?', pay.conversationId);
    expect(payWhy.topic?.intent).toBe('NEXT_PAYMENT');
    expect(payWhy.text).toMatch(/이자는 남은 원금 [\d,]+원(?:에| ×) 연 [\d.]+%/);
  });

  it('"지난달 해외 결제 총 얼마야?" → the month\'s overseas total from spendingSummary(locality: OVERSEAS), not a list', async () => {
    const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      '{ me { customer { spendingSummary(period: LAST_MONTH, locality: OVERSEAS) { total { amount } } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const a = await ask('지난달 해외 결제 총 얼마야?');
    expect(a.topic?.intent).toBe('SPENDING');
    expect(firstSentence(a.text)).toContain(
      formatWon(res.data!.me.customer.spendingSummary.total.amount, 'ko'),
    );
  });

  it('scams by messenger and by link: "엄마가 카톡으로 폰 고장났다고 돈 보내달래요" → don\'t send, call them; "I clicked a link in a delivery text" → the phone first, no "if you sent money" lead', async () => {
    const family = await ask('엄마가 카톡으로 폰 고장났다고 돈 보내달래요 보내도 되나?');
    expect(family.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(family.text)).toMatch(/^아직 보내지 마세요: .*메신저피싱/);
    expect(family.text).toContain('알고 있는 번호로 직접 전화해 확인하세요');
    expect(renderingErrors(family.text)).toEqual([]);
    const link = await ask(
      'I got a text saying my package is held and to click a link, I clicked it. what now?',
    );
    expect(link.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(link.text)).toMatch(
      /^If you clicked the link, a malicious app may be on your phone: turn off Wi-Fi/,
    );
    expect(link.text).toContain('pd.fss.or.kr');
    expect(link.text).not.toContain('next payment');
    // Money sent to a friend is no scam.
    const friend = await ask('친구한테 카톡으로 돈 보냈어요');
    expect(friend.topic?.intent).not.toBe('SUSPECTED_FRAUD');
  });

  it('a scam followed by "이미 50만원 보냈어요" is the victim\'s steps (never a prepayment of 500,000원); "Someone texted me pretending to be my son asking for gift cards" is messenger phishing; "What happens if rates go up to 5%?" is to 5 %; "Is tomorrow my loan payment day?" is answered yes or no', async () => {
    const first = await ask('아들이 카톡으로 문화상품권 사달래요');
    const sent = await ask('이미 50만원 보냈어요', first.conversationId);
    expect(sent.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(sent.text)).toMatch(/^돈을 보내셨다면 지금 바로 112/);
    expect(sent.text).not.toContain('중도상환');
    const son = await ask(
      'Someone texted me pretending to be my son asking for gift cards. What should I do?',
    );
    expect(firstSentence(son.text)).toMatch(/^Don’t send anything yet/);
    const rates = await ask('What happens if rates go up to 5%?');
    expect(rates.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(rates.text)).toMatch(/ to 5% a year, a month’s interest would be about ₩[\d,]+/);
    const tomorrow = await ask('Is tomorrow my loan payment day?');
    expect(firstSentence(tomorrow.text)).toMatch(/^(Yes|No): tomorrow /);
  });

  it('a self-harm follow-up is never chit-chat: the crisis lines, then the hardship answer they announce; a one-line answer with a worried tone promises nothing "below"', async () => {
    const first = await ask('빚 때문에 너무 힘들어요');
    const crisis = await ask('죽고 싶다는 생각도 들어요', first.conversationId);
    expect(crisis.topic).toMatchObject({ topic: 'FINANCE', intent: 'HARDSHIP' });
    expect(crisis.text).toMatch(/^지금 많이 힘드시다는 말씀이 마음에 걸립니다.+109/);
    expect(crisis.text).toContain('신용회복위원회');
    expect(crisis.text).not.toContain('일상 이야기');
    const worried = await ask('대출 만기가 언제예요? 너무 걱정돼요');
    expect(worried.emotion?.label).toBe('ANXIOUS');
    const lines = worried.text.split('\n').filter((l) => l.trim() !== '');
    const tone = lines.findIndex((l) => l.startsWith('걱정되시는 마음 이해합니다'));
    expect(tone).toBeGreaterThan(0);
    // "아래 내용을…" only where something follows it.
    if (lines[tone].includes('아래')) expect(lines.length).toBeGreaterThan(tone + 1);
  });

  it('credit score: "어떻게 하면 올릴 수 있어?" after the score → how to raise it, then the score; "Why did my credit score drop?" → no history held, the usual reasons and where to see them', async () => {
    const score = await creditScore();
    const first = await ask('내 신용점수 몇점이야?');
    const raise = await ask('어떻게 하면 올릴 수 있어?', first.conversationId);
    expect(raise.topic?.intent).toBe('HEALTH_SCORE');
    expect(firstSentence(raise.text)).toMatch(/^신용점수를 올리려면 대출·카드대금을 연체 없이 갚는 것이/);
    expect(raise.text).toContain(`등록된 신용점수는 1000점 만점에 ${score}점입니다.`);
    const drop = await ask('Why did my credit score drop?');
    expect(firstSentence(drop.text)).toMatch(/^This app does not hold your score’s history/);
    expect(drop.text).toContain(`Your credit score on file is ${score} out of 1,000.`);
  });

  it('"Can I get a car loan of 30 million won for 5 years? what would the monthly payment be" → that loan\'s instalment and the limit (a car loan), not the next payment of a loan held', async () => {
    const a = await ask(
      'Can I get a car loan of 30 million won for 5 years? what would the monthly payment be',
    );
    expect(a.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(a.text)).toMatch(
      // Asked as "Can I get …?": yes or no first, the instalment in the same sentence.
      /^(?:Yes|No): the ₩30,000,000 you asked about is .+; over 60 months at .+ it costs ₩[\d,]+ a month/,
    );
    expect(a.text).toContain('as a car loan');
  });

  it('"낼 대출금 빠져나가는 날이에요?" → yes or no for that day, then the next payment; "너 사람이야 AI야?" → an AI, said plainly; "전세대출 다른 은행으로 갈아타면 이득이에요?" → the switch first', async () => {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            lender: string;
            nextPayment: { dueDate: string; payment: { amount: string } } | null;
            refinanceOffers: {
              best: string;
              offers: { switchLender: { monthlySaving: { amount: string } } }[];
            } | null;
          }[];
        };
      };
    }>(
      '{ me { customer { loans { status lender nextPayment { dueDate payment { amount } } refinanceOffers { best offers { switchLender { monthlySaving { amount } } } } } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const active = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE' && l.nextPayment);
    const tomorrow = addDays(today(), 1);
    const dueTomorrow = active.filter((l) => l.nextPayment!.dueDate.slice(0, 10) === tomorrow);
    const a = await ask('낼 대출금 빠져나가는 날이에요?');
    expect(a.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(a.text)).toMatch(
      dueTomorrow.length ? /^네, 내일 / : /^아니요, 내일 .+에는 빠져나가는 대출 납입이 없습니다\.$/,
    );
    if (active.length) expect(a.text).toContain(formatWon(active[0].nextPayment!.payment.amount, 'ko'));
    expect(renderingErrors(a.text)).toEqual([]);

    const bot = await ask('너 사람이야 AI야?');
    expect(firstSentence(bot.text)).toMatch(/^저는 사람이 아니라 AI 금융 상담 도우미입니다/);
    const botEn = await ask('Am I talking to a real person?');
    expect(firstSentence(botEn.text)).toMatch(/^I’m not a person/);

    const offers = active.find((l) => l.refinanceOffers?.offers.length)?.refinanceOffers;
    const sw = await ask('전세대출 다른 은행으로 갈아타면 이득이에요?');
    expect(sw.topic?.intent).toBe('REFINANCE');
    if (offers?.best === 'STAY_REDUCED_RATE')
      expect(firstSentence(sw.text)).toMatch(
        new RegExp(
          `갈아타면 월 ${formatWon(offers.offers[0].switchLender.monthlySaving.amount, 'ko')}을 아끼지만 비용 `,
        ),
      );
    expect(sw.text).not.toMatch(/비용 0원, 1개월째에/);
  });

  it('"금리가 5%로 오르면 이자 얼마 내요?" → the loan at 5 % (not up by 5 %p), from its own rate; "집주인이 보증금 안 돌려주면 대출은요?" / "전세대출 만기에 어떻게 갚아요?" → the jeonse loan at the lease\'s end, then its balance', async () => {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            kind: string;
            rateType: string;
            annualRate: string;
            balance: { amount: string };
            maturityOn: string;
          }[];
        };
      };
    }>(
      '{ me { customer { loans { status kind rateType annualRate balance { amount } maturityOn } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const active = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    const to = await ask('금리가 5%로 오르면 이자 얼마나 내요?');
    expect(to.topic?.intent).toBe('NEXT_PAYMENT');
    if (active.length === 1 && active[0].rateType !== 'FIXED') {
      const l = active[0];
      const month = (r: string) => new Decimal(l.balance.amount).mul(r).div(12).floor();
      const then = month('0.05');
      const diff = then.minus(month(l.annualRate));
      expect(firstSentence(to.text)).toContain(
        `${formatAnnualRate(l.annualRate, 'ko')}에서 연 5%가 되면 한 달 이자는 약 ${formatWon(then.toFixed(0), 'ko')}으로, 지금(약 ${formatWon(month(l.annualRate).toFixed(0), 'ko')})보다 약 ${formatWon(diff.abs().toFixed(0), 'ko')} ${diff.gte(0) ? '늘어납니다' : '줄어듭니다'}`,
      );
    }
    expect(renderingErrors(to.text)).toEqual([]);

    const jeonse = active.find((l) => l.kind === 'JEONSE');
    const landlord = await ask('전세 만기때 집주인이 보증금 안돌려주면 대출은 어떻게 돼요?');
    expect(landlord.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(landlord.text)).toMatch(
      /^집주인이 보증금을 돌려주지 않아도 전세대출은 갚아야 할 빚으로 남습니다/,
    );
    expect(landlord.text).toContain('임차권등기명령');
    const end = await ask('전세대출 만기에 한번에 1억6900 어떻게 갚아요? 걱정돼요');
    expect(firstSentence(end.text)).toMatch(
      /^전세대출은 보통 만기에 집주인에게 돌려받는 전세보증금으로 한 번에 갚습니다/,
    );
    if (jeonse)
      expect(end.text).toContain(
        `남은 원금은 ${formatWon(jeonse.balance.amount, 'ko')}, 만기는 ${formatDate(jeonse.maturityOn, 'ko')}입니다`,
      );
    const en = await ask("My landlord won't return my deposit, what happens to my jeonse loan?");
    expect(firstSentence(en.text)).toMatch(
      /^Your jeonse loan is still owed even if the landlord does not return the deposit/,
    );
  });

  it('"다음 달에 못 낼 것 같아요" → next payment and arrears, penalty rate, and the real options with how to reach them', async () => {
    const a = await ask('다음 달에 못 낼 것 같아요');
    expect(a.topic?.intent).toBe('HARDSHIP');
    expect(firstSentence(a.text)).toMatch(/^다음 납입은 .+원이고, 지금 연체된 금액은/);
    for (const needle of [
      '상환유예',
      '채무조정',
      '신용회복위원회',
      '1600-5500',
      '서민금융진흥원',
      '1397',
      '연체이자',
    ])
      expect(a.text).toContain(needle);
    expect(a.text).not.toMatch(/카드 (소비|지출) 예측|COMBINATION|80% 확률 구간/);
    expect(a.text).not.toMatch(/승인됩니다|보장합니다/);
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"빚이 너무 많아서 잠이 안 와요" → finance counselling, read as anxious, with the options', async () => {
    const a = await ask('빚이 너무 많아서 잠이 안 와요');
    expect(a.topic?.topic).toBe('FINANCE');
    expect(a.topic?.intent).toBe('HARDSHIP');
    expect(a.emotion?.label).toBe('ANXIOUS');
    // Distress said without a question is met first, in the same sentence as the figures (QA round 4).
    const next = nextDue();
    expect(firstSentence(a.text)).toMatch(
      /^걱정이 많이 되실 텐데, 먼저 지금 상황부터 말씀드리면 다음 납입은/,
    );
    expect(firstSentence(a.text)).toContain(formatWon(next.nextPayment!.payment.amount, 'ko'));
    expect(a.text).toContain('혼자 떠안지 않으셔도 됩니다');
    expect(a.text).toContain('1397');
    // No spending-scenario lecture under a worry ("소득에 비해 소비가 많거나…").
    expect(a.text).not.toContain('소득에 비해');
    expect(renderingErrors(a.text)).toEqual([]);
    const en = await ask("I'm so stressed about money");
    expect(en.topic?.intent).toBe('HARDSHIP');
    expect(firstSentence(en.text)).toMatch(
      /^That sounds really stressful — first, where things stand: your next payment is/,
    );
    expect(firstSentence(en.text)).toContain(formatWon(next.nextPayment!.payment.amount, 'en'));
    // A question keeps its answer first.
    const asked = await ask('다음 달에 못 내면 어떻게 돼요?');
    expect(firstSentence(asked.text)).not.toMatch(/^걱정이 많이 되실 텐데/);
  });

  it('"I feel like a failure" → met with care and an offer of help, never "That\'s great to hear!"', async () => {
    const a = await ask('I feel like a failure');
    expect(a.text).toMatch(/^I’m sorry you’re feeling this way/);
    expect(a.text).not.toMatch(/great to hear|small talk/);
    const ko = await ask('요즘 너무 우울해요');
    expect(ko.text).toContain('혼자 떠안지 않으셔도');
  });

  it('answers follow-ups with the slots of the previous question ("지난달 식비" → "그럼 교통은요?")', async () => {
    const first = await ask('지난달 식비 얼마 썼어요?');
    expect(first.topic?.intent).toBe('SPENDING');
    const sum = async (category: string) =>
      (
        await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
          `query ($c: String) { me { customer { spendingSummary(period: LAST_MONTH, category: $c) { total { amount } } } } }`,
          { c: category },
          token,
        )
      ).data!.me.customer.spendingSummary.total.amount;
    expect(firstSentence(first.text)).toBe(
      `지난달 식비 카드 지출은 ${formatWon(await sum('FOOD'), 'ko')}입니다 ${firstSentence(first.text).split('입니다 ')[1]}`,
    );
    const second = await ask('그럼 교통은요?', first.conversationId);
    expect(second.topic?.intent).toBe('SPENDING');
    expect(firstSentence(second.text)).toContain(
      `지난달 교통 카드 지출은 ${formatWon(await sum('TRANSPORT'), 'ko')}`,
    );
  });

  it('"and the month before?" after last month\'s spending answers the month before last, from the API', async () => {
    const total = async (period: string, months: number | null) =>
      (
        await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
          `query ($p: SpendingPeriod!, $m: Int) { me { customer { spendingSummary(period: $p, months: $m, category: "SHOPPING") {
             total { amount } } } } }`,
          { p: period, m: months },
          token,
        )
      ).data!.me.customer.spendingSummary.total.amount;
    const first = await ask('How much did I spend on shopping last month?');
    expect(firstSentence(first.text)).toContain(formatWon(await total('LAST_MONTH', null), 'en'));
    const before = await ask('and the month before?', first.conversationId);
    expect(before.topic?.intent).toBe('SPENDING');
    expect(firstSentence(before.text)).toContain(formatWon(await total('MONTHS_AGO', 2), 'en'));
    expect(firstSentence(before.text)).toContain('the month before last');
    // The API's month two back is that calendar month's card transactions, refunds deducted.
    const sept = addMonths(today().slice(0, 7) + '-01', -2).slice(0, 7);
    let sum = 0n;
    for (const x of await cardTransactions<{
      occurredAt: string;
      kind: string;
      category: { code: string };
      amount: { amount: string };
    }>('occurredAt kind category { code } amount { amount }'))
      if (koreanDate(new Date(x.occurredAt)).startsWith(sept) && x.category.code === 'SHOPPING') {
        const a = BigInt(x.amount.amount);
        sum += x.kind === 'REFUND' && a > 0n ? -a : a; // net of refunds, whichever sign they are stored with
      }
    expect(await total('MONTHS_AGO', 2)).toBe(sum.toString());
    const ko = await ask('그 전 달은요?', before.conversationId);
    expect(firstSentence(ko.text)).toContain(formatWon(await total('MONTHS_AGO', 3), 'ko'));
  });

  it('"지난주에 얼마 썼어?" → last week\'s total (Monday to Sunday, KST), first; "and this week?" → this week\'s', async () => {
    const total = async (period: string) =>
      (
        await t.request<{
          me: { customer: { spendingSummary: { total: { amount: string }; from: string; through: string } } };
        }>(
          `query ($p: SpendingPeriod!) { me { customer { spendingSummary(period: $p) { total { amount } from through } } } }`,
          { p: period },
          token,
        )
      ).data!.me.customer.spendingSummary;
    // It answered with this month's spending (the week was not a period it knew).
    const last = await ask('지난주에 카드 얼마 썼어?');
    expect(last.topic?.intent).toBe('SPENDING');
    const lastWeek = await total('LAST_WEEK');
    expect(firstSentence(last.text)).toContain(
      `지난주 카드 지출은 ${formatWon(lastWeek.total.amount, 'ko')}`,
    );
    // The API's week: the Monday before this week's Monday to the Sunday after it, its card transactions net of
    // refunds, summed here from the cards' transaction lists.
    const { monday, sunday } = lastWeekDays();
    expect({ from: lastWeek.from, through: lastWeek.through }).toEqual({ from: monday, through: sunday });
    let sum = 0n;
    for (const x of await cardTransactions<{ occurredAt: string; kind: string; amount: { amount: string } }>(
      'occurredAt kind amount { amount }',
    )) {
      const day = koreanDate(new Date(x.occurredAt));
      if (day >= monday && day <= sunday) {
        const a = BigInt(x.amount.amount);
        sum += x.kind === 'REFUND' && a > 0n ? -a : a;
      }
    }
    expect(lastWeek.total.amount).toBe(sum.toString());
    const now = await ask('and this week?', last.conversationId);
    expect(now.topic?.intent).toBe('SPENDING');
    expect(firstSentence(now.text)).toContain(formatWon((await total('THIS_WEEK')).total.amount, 'en'));
    expect(firstSentence(now.text)).toContain('this week');
  });

  it('"어제 뭐 샀지?" / "오늘 결제한 거 있어?" → that day\'s card transactions, or that there were none, first', async () => {
    const byDay = new Map<string, number>();
    let latest = '';
    for (const x of await cardTransactions<{ occurredAt: string }>('occurredAt')) {
      const day = koreanDate(new Date(x.occurredAt));
      byDay.set(day, (byDay.get(day) ?? 0) + 1);
      if (day > latest) latest = day;
    }
    const yesterday = new Date(Date.parse(`${today()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    // It was general chat ("일상 이야기는 가볍게만…"): no card word in the question.
    const y = await ask('어제 뭐 샀지?');
    expect(y.topic?.intent).toBe('CARD_TRANSACTIONS');
    const n = byDay.get(yesterday) ?? 0;
    const dayKo = (iso: string) => `${Number(iso.slice(5, 7))}월 ${Number(iso.slice(8, 10))}일`;
    expect(firstSentence(y.text)).toMatch(
      new RegExp(
        `^어제\\(${dayKo(yesterday)} \\(.\\)\\) 카드 거래${n === 0 ? '가 없습니다' : ` ${Math.min(n, 5)}건입니다`}`,
      ),
    );
    // None that day: the last purchase is said after.
    if (n === 0)
      expect(y.text.split('\n')[1]).toMatch(new RegExp(`^가장 최근 카드 거래는 ${dayKo(latest)} `));
    // It listed the five latest transactions of any day, the newest days before.
    const d = await ask('오늘 결제한 거 있어?');
    const m = byDay.get(today()) ?? 0;
    expect(firstSentence(d.text)).toMatch(
      new RegExp(
        `^오늘\\(${dayKo(today())} \\(.\\)\\) 카드 거래${m === 0 ? '가 없습니다' : ` ${Math.min(m, 5)}건입니다`}`,
      ),
    );
    // A charge today the customer does not know: today's transactions first, then the flagged ones and the steps.
    const f = await ask('오늘 모르는 결제가 있어요');
    expect(f.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(f.text)).toMatch(
      new RegExp(
        `^오늘\\(${dayKo(today())} \\(.\\)\\) 카드 거래${m === 0 ? '가 없습니다' : ` ${Math.min(m, 5)}건입니다`}`,
      ),
    );
    expect(f.text).toContain('분실·도난 신고');
    // A week with purchases: its transactions, newest first, and how many.
    const { monday, sunday } = lastWeekDays();
    const inWeek = [...byDay]
      .filter(([day]) => day >= monday && day <= sunday)
      .reduce((a, [, k]) => a + k, 0);
    const w = await ask('지난주 결제 내역 보여줘');
    expect(w.topic?.intent).toBe('CARD_TRANSACTIONS');
    expect(firstSentence(w.text)).toMatch(
      new RegExp(
        `^지난주\\(${dayKo(monday)} \\(월\\) ~ ${dayKo(sunday)} \\(일\\)\\) 카드 거래${inWeek === 0 ? '가 없습니다' : ` ${Math.min(inWeek, 5)}건입니다`}`,
      ),
    );
    expect(latest).not.toBe('');
  });

  it('"이마트에서 얼마 썼어요?" counts 이마트, not 롯데하이마트, whose name holds it (API filter and answer)', async () => {
    const thisYear = today().slice(0, 4);
    let emart = 0n;
    let himart = 0;
    for (const n of await charges()) {
      const key = n.merchantName.toLowerCase().replace(/\s+/g, '');
      if (!koreanDate(new Date(n.occurredAt)).startsWith(thisYear)) continue;
      if (key.includes('하이마트')) himart++;
      else if (key.includes('이마트') || key.includes('e-mart')) emart += BigInt(n.amount.amount);
    }
    expect(himart).toBeGreaterThan(0); // the demo customer shopped at both this year
    const total = async (merchant: string) => {
      const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
        'query ($m: String) { me { customer { spendingSummary(period: THIS_YEAR, merchant: $m) { total { amount } } } } }',
        { m: merchant },
        token,
      );
      expect(res.errors).toBeUndefined();
      return BigInt(res.data!.me.customer.spendingSummary.total.amount);
    };
    expect(await total('이마트')).toBe(emart);
    expect(await total('하이마트')).toBeGreaterThan(0n);
    const a = await ask('올해 이마트에서 얼마 썼어요?');
    expect(a.topic?.intent).toBe('SPENDING');
    expect(firstSentence(a.text)).toContain(formatWon(emart.toString(), 'ko'));
  });

  it('"스타벅스에서 얼마 썼어요?" → that merchant\'s total, first; "그럼 스벅은요?" after a category question too', async () => {
    const merchantTotal = async (period: string, merchant: string) =>
      (
        await t.request<{
          me: { customer: { spendingSummary: { total: { amount: string }; merchant: string } } };
        }>(
          `query ($p: SpendingPeriod!, $m: String) { me { customer {
             spendingSummary(period: $p, merchant: $m) { merchant total { amount } } } } }`,
          { p: period, m: merchant },
          token,
        )
      ).data!.me.customer.spendingSummary;
    // The filter's total is the sum of that merchant's transactions, read page by page through the cards' own lists:
    // the brand under either spelling card networks use ("스타벅스 강남R점", "STARBUCKS COFFEE").
    const thisYear = today().slice(0, 4);
    let byHand = 0n;
    let english = 0;
    for (const n of await charges()) {
      const key = n.merchantName.toLowerCase().replace(/\s+/g, '');
      if (
        (key.includes('스타벅스') || key.includes('starbucks')) &&
        koreanDate(new Date(n.occurredAt)).startsWith(thisYear)
      ) {
        byHand += BigInt(n.amount.amount);
        if (key.includes('starbucks')) english++;
      }
    }
    expect(english).toBeGreaterThan(0); // the demo holds the brand under its English name too
    const year = await merchantTotal('THIS_YEAR', '스타벅스');
    expect(year.merchant).toBe('스타벅스');
    expect(BigInt(year.total.amount)).toBe(byHand);

    const a = await ask('올해 스타벅스에서 얼마 썼어요?');
    expect(a.topic?.intent).toBe('SPENDING');
    expect(firstSentence(a.text)).toContain(`스타벅스에서`);
    expect(firstSentence(a.text)).toContain(formatWon(year.total.amount, 'ko'));
    expect(firstSentence(a.text)).not.toContain('식비');

    const first = await ask('지난달 식비 얼마 썼어요?');
    const second = await ask('그럼 스벅은요?', first.conversationId);
    expect(second.topic?.intent).toBe('SPENDING');
    const lastMonth = await merchantTotal('LAST_MONTH', '스타벅스');
    expect(firstSentence(second.text)).toContain('지난달 스타벅스에서');
    expect(firstSentence(second.text)).toContain(formatWon(lastMonth.total.amount, 'ko'));
    expect(renderingErrors(second.text)).toEqual([]);

    const en = await ask('How much did I spend at Starbucks this year?');
    expect(firstSentence(en.text)).toContain(`${formatWon(year.total.amount, 'en')} at Starbucks`);
  });

  it('"지난달보다 이번 달에 더 많이 썼나요?" → both totals and the difference, first', async () => {
    const total = async (period: string) =>
      (
        await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
          `query ($p: SpendingPeriod!) { me { customer { spendingSummary(period: $p) { total { amount } } } } }`,
          { p: period },
          token,
        )
      ).data!.me.customer.spendingSummary.total.amount;
    const [now, before] = [BigInt(await total('THIS_MONTH')), BigInt(await total('LAST_MONTH'))];
    const gap = now > before ? now - before : before - now;
    const a = await ask('지난달보다 이번 달에 더 많이 썼나요?');
    expect(a.topic?.intent).toBe('SPENDING');
    const lead = firstSentence(a.text);
    expect(lead).toContain(formatWon(now.toString(), 'ko'));
    expect(lead).toContain(formatWon(before.toString(), 'ko'));
    if (gap > 0n) {
      expect(lead).toContain(formatWon(gap.toString(), 'ko'));
      expect(lead).toContain(now > before ? '많습니다' : '적습니다');
    }
    expect(renderingErrors(a.text)).toEqual([]);
    const en = await ask('Did I spend more this month than last month?');
    expect(firstSentence(en.text)).toContain(now > before ? 'more than last month' : 'less than last month');
  });

  it('"남은 이자 얼마예요?" → the interest of the unpaid instalments of their stored schedule, first', async () => {
    const ids = (
      await t.request<{ me: { customer: { loans: { id: string; status: string }[] } } }>(
        '{ me { customer { loans { id status } } } }',
        {},
        token,
      )
    ).data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    let total = 0n;
    for (const { id } of ids)
      for (const node of await allNodes<{ paid: boolean; interest: { amount: string } }>(
        id,
        'Loan',
        'schedule',
        'paid interest { amount }',
      ))
        if (!node.paid) total += BigInt(node.interest.amount);
    const a = await ask('남은 이자 얼마예요?');
    expect(a.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(a.text)).toContain(formatWon(total.toString(), 'ko'));
    expect(renderingErrors(a.text)).toEqual([]);
    // "What's the total cost of my loan?": the same interest with the principal left, in all.
    const balances = (
      await t.request<{ me: { customer: { loans: { status: string; balance: { amount: string } }[] } } }>(
        '{ me { customer { loans { status balance { amount } } } } }',
        {},
        token,
      )
    ).data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    const principal = balances.reduce((x, l) => x + BigInt(l.balance.amount), 0n);
    const cost = await ask("What's the total cost of my loan?");
    expect(cost.topic?.intent).toBe('LOAN_BALANCE');
    expect(cost.text.split('\n')[1]).toBe(
      `With the ${formatWon(principal.toString(), 'en')} of principal, ${formatWon((principal + total).toString(), 'en')} is still to pay in all.`,
    );
  });

  it('"중도상환수수료 얼마예요?" → today\'s prepayment fee on their loan, first (the payoff quote\'s)', async () => {
    const a = await ask('중도상환수수료 얼마예요?');
    expect(a.topic?.intent).toBe('PRODUCT_QUESTION');
    const largest = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            balance: { amount: string };
            payoffQuote: { prepaymentFee: { amount: string } };
          }[];
        };
      };
    }>(
      `{ me { customer { loans { status balance { amount } payoffQuote { prepaymentFee { amount } } } } } }`,
      {},
      token,
    );
    const loan = largest
      .data!.me.customer.loans.filter((l) => l.status === 'ACTIVE')
      .sort((x, y) => Number(BigInt(y.balance.amount) - BigInt(x.balance.amount)))[0];
    expect(firstSentence(a.text)).toContain(
      `중도상환수수료는 ${formatWon(loan.payoffQuote.prepaymentFee.amount, 'ko')}`,
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"연체 기록 있으면 신용점수 떨어지나요?" → how arrears reach the credit bureaus, first, then their own arrears', async () => {
    const a = await ask('연체 기록 있으면 신용점수 많이 떨어지나요?');
    expect(a.topic?.intent).toBe('ARREARS');
    expect(firstSentence(a.text)).toContain('5영업일');
    expect(a.text).toMatch(/연체된 금액/);
    const en = await ask('Will a late payment hurt my credit score?');
    expect(firstSentence(en.text)).toContain('5 business days');
  });

  it('job loss, a payment one cannot make and a card bill that came in high read as the customer means them', async () => {
    const fired = await ask('회사에서 잘렸어요. 대출금은 어떻게 하죠?');
    expect([fired.topic?.intent, fired.emotion?.label]).toEqual(['HARDSHIP', 'ANXIOUS']);
    // The income is what changed: no spending scenario ("소비가 많거나…") under a job loss.
    expect(fired.text).not.toContain('소비가 많거나');
    expect(fired.text).toContain('1397');
    const cant = await ask("I'm scared I can't make my next loan payment");
    expect([cant.topic?.intent, cant.emotion?.label]).toEqual(['HARDSHIP', 'ANXIOUS']);
    const bill = await ask('카드값이 너무 많이 나왔어요 ㅠㅠ');
    expect(bill.topic?.intent).toBe('SPENDING');
    // The bill that came is, with most card companies, last month's spending — with the instalments on its statement
    // (the tests below check the figure).
    expect(firstSentence(bill.text)).toMatch(
      /^이번 달(?:에 청구되는 카드값은 보통 지난달 사용분으로, 지난달 카드 지출은| 결제일에 청구되는 카드값은 약) [\d,]+원입니다/,
    );
  });

  it('"빚 때문에 너무 힘들어요. 죽고 싶어요" → the crisis lines (109, 1577-0199) first, then the debt options', async () => {
    const a = await ask('빚 때문에 너무 힘들어요. 죽고 싶어요');
    expect(firstSentence(a.text)).toContain('109');
    expect(a.text).toContain('1577-0199');
    expect(a.text.indexOf('109')).toBeLessThan(a.text.indexOf('1397'));
    expect(a.topic?.intent).toBe('HARDSHIP');
    // Said in general chat too, and in English; a plain hardship question gets no crisis lines.
    const alone = await ask('그냥 사라지고 싶어요');
    expect(firstSentence(alone.text)).toContain('109');
    const en = await ask("I can't pay my debts and I want to die");
    expect(firstSentence(en.text)).toContain('109');
    const plain = await ask('다음 달에 못 낼 것 같아요');
    expect(plain.text).not.toContain('109');
  });

  it('writes Korean particles from the figure before them and never shows an internal label', async () => {
    for (const q of [
      '신용대출 3천만원 가능할까요?',
      '저축을 어떻게 늘릴 수 있을까요?',
      '연체된 금액 있어요?',
      '제가 결제하지 않은 게 있어요',
    ]) {
      const a = await ask(q);
      expect({ q, errors: renderingErrors(a.text) }).toEqual({ q, errors: [] });
      expect(a.text).not.toMatch(/\(으\)로|제약 DSR|방법 COMBINATION|LEVEL_PAYMENT|OVERSPENDING|DSR_CAP/);
    }
  });

  it('"이번달 지출 예상 얼마야?" / "How much will I spend this month in total?" → spent so far plus the days left at this month\'s forecast, first', async () => {
    const day = today();
    const monthStart = `${day.slice(0, 7)}-01`;
    const res = await t.request<{
      me: {
        customer: {
          spendingSummary: { total: { amount: string } };
          forecast: { points: { period: string; mean: { amount: string } }[] } | null;
        };
      };
    }>(
      `{ me { customer { spendingSummary(period: THIS_MONTH) { total { amount } }
           forecast(metric: SPENDING, horizon: 2) { points { period mean { amount } } } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const point = res.data!.me.customer.forecast!.points.find((p) => p.period.startsWith(day.slice(0, 7)))!;
    expect(point).toBeDefined();
    const dayMs = 86_400_000;
    const nextStart = addMonths(monthStart, 1);
    const daysInMonth = Math.round((Date.parse(nextStart) - Date.parse(monthStart)) / dayMs);
    const daysLeft = Math.round((Date.parse(nextStart) - Date.parse(day)) / dayMs);
    // The month's mean spread over its days, rounded up (the pipeline's decimal arithmetic, in BigInt).
    const [whole, frac = ''] = point.mean.amount.split('.');
    const scale = 10n ** BigInt(frac.length);
    const meanScaled = BigInt(whole + frac);
    const num = (meanScaled < 0n ? 0n : meanScaled) * BigInt(daysLeft);
    const den = scale * BigInt(daysInMonth);
    const rest = (num + den - 1n) / den;
    const spent = BigInt(res.data!.me.customer.spendingSummary.total.amount);
    const total = rest + spent;
    const ko = await ask('이번달 지출 예상 얼마야?');
    expect(ko.topic?.intent).toBe('FORECAST');
    expect(firstSentence(ko.text)).toBe(
      `이번 달 카드 지출은 약 ${formatWon(total.toString(), 'ko')}으로 예상됩니다: 오늘까지 ${formatWon(spent.toString(), 'ko')}에 ` +
        `남은 ${daysLeft}일치 약 ${formatWon(rest.toString(), 'ko')}을 더한 금액입니다 ` +
        `(남은 날은 이번 달 예측 약 ${formatWon(point.mean.amount, 'ko')}을 날짜 수로 나눠 계산).`,
    );
    const en = await ask('How much will I spend this month in total?');
    expect(firstSentence(en.text)).toContain(`should come to about ${formatWon(total.toString(), 'en')}`);
    for (const x of [ko, en]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"다음 달 지출 얼마나 될까요?" → next calendar month\'s forecast, named, first; no filler, no empty scenario', async () => {
    const a = await ask('다음 달 지출 얼마나 될까요?');
    expect(a.topic?.intent).toBe('FORECAST');
    const nextMonth = addMonths(`${today().slice(0, 7)}-01`, 1);
    const f = await t.request<{
      me: { customer: { forecast: { points: { period: string; mean: { amount: string } }[] } | null } };
    }>(
      `{ me { customer { forecast(metric: SPENDING, horizon: 3) { points { period mean { amount } } } } } }`,
      {},
      token,
    );
    const point = f.data!.me.customer.forecast!.points.find((p) =>
      p.period.startsWith(nextMonth.slice(0, 7)),
    )!;
    expect(point).toBeDefined();
    const lead = firstSentence(a.text);
    expect(lead).toContain(formatMonth(nextMonth, 'ko'));
    expect(lead).toContain(formatWon(Math.round(Number(point.mean.amount)), 'ko'));
    expect(a.text).not.toMatch(
      /개월 뒤\(|\d{4}-\d{2}\)|정리해 드리겠습니다|판단할 데이터가 충분하지 않습니다/,
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"올해 말까지 지출 예상해줘" / "What will I spend for the rest of the year?" → each month to December and their sum, first', async () => {
    const now = today();
    const horizon = Math.min(12, 12 - Number(now.slice(5, 7)) + 2);
    const points = await spendingForecast(horizon);
    const ahead = points.filter(
      (p) => p.period.slice(0, 7) >= now.slice(0, 7) && p.period.slice(0, 4) === now.slice(0, 4),
    );
    expect(ahead.length).toBeGreaterThan(0);
    const sum = ahead.reduce((acc, p) => acc + Number(p.mean.amount), 0);
    const ko = await ask('올해 말까지 지출 예상해줘');
    expect(ko.topic?.intent).toBe('FORECAST');
    const lead = firstSentence(ko.text);
    expect(lead).toMatch(/^올해 말까지 월 카드 소비는 /);
    for (const p of ahead)
      expect(lead).toContain(
        `${formatMonth(p.period, 'ko')} 약 ${formatWon(Math.round(Number(p.mean.amount)), 'ko')}`,
      );
    expect(lead).toContain(`모두 약 ${formatWon(Math.round(sum), 'ko')}으로 예상됩니다`);
    const en = await ask('What will I spend for the rest of the year?');
    expect(firstSentence(en.text)).toMatch(
      /^To the end of the year, your monthly card spending is expected to be about ₩/,
    );
    expect(firstSentence(en.text)).toContain(`about ${formatWon(Math.round(sum), 'en')} in all`);
    for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"연체하면 이자 얼마나 붙어요?" with nothing late → the penalty rate a late payment would carry', async () => {
    const a = await ask('연체하면 이자 얼마나 붙어요?');
    expect(a.topic?.intent).toBe('ARREARS');
    const d = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            delinquency: { overdueAmount: { amount: string }; penaltyRate: string | null };
          }[];
        };
      };
    }>(
      `{ me { customer { loans { status delinquency { overdueAmount { amount } penaltyRate } } } } }`,
      {},
      token,
    );
    const active = d.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    if (active.some((l) => l.delinquency.overdueAmount.amount !== '0')) return; // the demo customer is current
    const rates = active.map((l) => l.delinquency.penaltyRate).filter((r): r is string => r !== null);
    expect(rates.length).toBeGreaterThan(0);
    // The rate a late payment carries is what was asked: first; then that nothing is late now.
    expect(rates.some((r) => firstSentence(a.text).includes(formatAnnualRate(r, 'ko')))).toBe(true);
    expect(a.text.split('\n')[1]).toContain('현재 연체된 금액은 없습니다');
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"제 신용점수는 왜 이렇게 낮아요?" → the credit score on file first (not only the health score), then what moves it', async () => {
    const a = await ask('제 신용점수는 왜 이렇게 낮아요?');
    expect(a.topic?.intent).toBe('HEALTH_SCORE');
    const me = await t.request<{ me: { customer: { creditScore: number } } }>(
      `{ me { customer { creditScore } } }`,
      {},
      token,
    );
    const score = me.data!.me.customer.creditScore;
    expect(firstSentence(a.text)).toBe(`등록된 신용점수는 1000점 만점에 ${score}점입니다.`);
    // "Is it low?" answered in the grades customers still think in: NICE's published conversion table (1등급
    // 900–1000, 2등급 870–899, 3등급 840–869, 4등급 805–839, 5등급 750–804, 6등급 665–749, 7등급 600–664, …).
    const table: [number, number, number][] = [
      [1, 900, 1000],
      [2, 870, 899],
      [3, 840, 869],
      [4, 805, 839],
      [5, 750, 804],
      [6, 665, 749],
      [7, 600, 664],
      [8, 515, 599],
      [9, 445, 514],
      [10, 0, 444],
    ];
    const [grade, from, to] = table.find(([, lo, hi]) => score >= lo && score <= hi)!;
    expect(a.text.split('\n')[1]).toBe(
      `예전 10등급으로 보면 NICE 환산표 기준 ${grade}등급(${from}~${to}점)으로, ${grade <= 3 ? '높은 편에 속합니다' : grade <= 6 ? '중간 구간입니다' : '낮은 편에 속합니다'}.`,
    );
    expect(a.text).toContain('금융 건강 점수');
    expect(renderingErrors(a.text)).toEqual([]);
    const en = await ask('Why is my credit score so low?');
    expect(firstSentence(en.text)).toBe(`Your credit score on file is ${score} out of 1,000.`);
    expect(en.text.split('\n')[1]).toContain(`grade ${grade} (${from}–${to})`);
  });

  it('"카드 분실했어요" → report it lost first (the card is stopped at once), then what looks unusual', async () => {
    const a = await ask('카드 분실했어요');
    expect(a.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(a.text)).toContain('분실·도난 신고');
    expect(a.text).toContain('60일');
    const en = await ask('Help, someone stole my card');
    expect(firstSentence(en.text)).toMatch(/^If your card is lost or stolen, report it now/);
  });

  it('"최근 카드 거래 10건" → each transaction on its day in Korea (a purchase at 00:30 KST is not the day before)', async () => {
    const all = await cardTransactions<{ occurredAt: string; amount: { amount: string } }>(
      'occurredAt amount { amount }',
    );
    const recent = all.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)).slice(0, 10);
    // The demo data has purchases between midnight and 09:00 in Korea, the hours where the UTC day is the day before.
    const early = all.filter((x) => koreanDate(new Date(x.occurredAt)) !== x.occurredAt.slice(0, 10));
    expect(early.length).toBeGreaterThan(0);
    const a = await ask('최근 카드 거래 10건 보여줘');
    expect(a.topic?.intent).toBe('CARD_TRANSACTIONS');
    const lines = a.text.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(recent.length);
    recent.forEach((x, i) => {
      expect(lines[i]).toContain(formatDate(koreanDate(new Date(x.occurredAt)), 'ko', today()));
      expect(lines[i]).toContain(formatWon(x.amount.amount, 'ko'));
    });
  });

  /**
   * The monthly card spending every answer reads (QA round 23 (spend23), one base): the last three complete months'
   * card spending ÷ 3, to the won (half up), from the API.
   */
  /** QA round 24 (spend24). The last three complete months as spendingSummary arguments (the monthly base). */
  function completeMonths(extra = ''): string {
    const first = `${today().slice(0, 7)}-01`;
    return `period: DATES, from: "${addMonths(first, -3)}", through: "${addDays(first, -1)}"${extra}`;
  }
  /** QA round 28 (ko28). "최근 3개월(8~10월)" / "the last 3 complete months (August to October)": those months named. */
  function completeMonthsPhrase(lang: 'ko' | 'en'): string {
    const first = `${today().slice(0, 7)}-01`;
    const a = Number(addMonths(first, -3).slice(5, 7));
    const b = Number(addDays(first, -1).slice(5, 7));
    return lang === 'ko'
      ? `최근 3개월(${a}~${b}월)`
      : `the last 3 complete months (${MONTH_NAMES[a - 1]} to ${MONTH_NAMES[b - 1]})`;
  }
  async function monthlyCard(): Promise<{ amount: bigint; total: string }> {
    const first = `${today().slice(0, 7)}-01`;
    const s = await summary(
      `period: DATES, from: "${addMonths(first, -3)}", through: "${addDays(first, -1)}"`,
    );
    const total = BigInt(s.total.amount) > 0n ? BigInt(s.total.amount) : 0n;
    return { amount: (total * 2n + 3n) / 6n, total: s.total.amount };
  }

  /**
   * What a month leaves, from the API: income ÷ 3 rounded down, the monthly card spending (`monthlyCard`: the last
   * three complete months ÷ 3 — QA round 23 (spend23), was the quarter's ÷ 3 rounded up), the next instalments.
   */
  async function monthlySurplus() {
    const res = await t.request<{
      me: {
        customer: {
          quarterlySpending: {
            complete: boolean;
            total: { amount: string };
            income: { amount: string } | null;
          }[];
        };
      };
    }>(
      '{ me { customer { quarterlySpending(last: 4) { complete total { amount } income { amount } } } } }',
      {},
      token,
    );
    const q = res.data!.me.customer.quarterlySpending.find((x) => x.complete)!;
    const income = BigInt(q.income!.amount) / 3n;
    const spending = (await monthlyCard()).amount;
    const debt = loans.reduce((a, l) => a + BigInt(l.nextPayment?.payment.amount ?? '0'), 0n);
    return { income, spending, debt, surplus: income - spending - debt };
  }

  it('"적금 들고 싶은데 한 달에 얼마 모을 수 있어요?" → what a month leaves, from their income, spending and loans, first', async () => {
    const { income, spending, debt, surplus } = await monthlySurplus();
    const a = await ask('적금 들고 싶은데 한 달에 얼마 모을 수 있을까요?');
    expect(a.topic?.intent).toBe('SAVINGS');
    // QA round 23 (spend23): the card spending is the last three complete months' (monthlyCard); with it the demo
    // customer's month leaves nothing, said as such.
    expect(firstSentence(a.text)).toBe(
      surplus > 0n
        ? `매달 약 ${formatWon(surplus.toString(), 'ko')}을 모을 수 있습니다: 월 소득 ${formatWon(income.toString(), 'ko')}에서 ` +
            `카드 지출 월 ${formatWon(spending.toString(), 'ko')}과 대출 납입 월 ${formatWon(debt.toString(), 'ko')}을 뺀 금액입니다.`
        : `지금은 매달 남는 돈이 없습니다: 월 소득 ${formatWon(income.toString(), 'ko')}보다 카드 지출 월 ${formatWon(spending.toString(), 'ko')}과 ` +
            `대출 납입 월 ${formatWon(debt.toString(), 'ko')}이 ${formatWon((-surplus).toString(), 'ko')} 더 많습니다.`,
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"대출 이자가 왜 이렇게 많이 나와요?" → why first (an interest-only loan\'s principal does not go down), how its interest is computed from their balance and rate, then the next instalment', async () => {
    const res = await t.request<{
      me: { customer: { loans: { status: string; balance: { amount: string }; annualRate: string }[] } };
    }>('{ me { customer { loans { status balance { amount } annualRate } } } }', {}, token);
    const loan = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!;
    const next = loans[0].nextPayment!;
    const a = await ask('대출 이자가 왜 이렇게 많이 나와요?');
    expect(a.topic?.intent).toBe('NEXT_PAYMENT');
    // The demo loan is interest only: the reason, with the interest of each month, first.
    expect(firstSentence(a.text)).toMatch(/원금이 줄지 않아/);
    expect(firstSentence(a.text)).toContain(formatWon(next.interest.amount, 'ko'));
    expect(a.text).toContain(
      `남은 원금 ${formatWon(loan.balance.amount, 'ko')} × ${formatAnnualRate(loan.annualRate, 'ko')} ÷ 12`,
    );
    expect(a.text).toContain(formatWon(next.payment.amount, 'ko'));
    expect(a.text).toMatch(/중도상환/);
    expect(renderingErrors(a.text)).toEqual([]);
    const en = await ask('Why is my interest so high?');
    expect(en.text).toMatch(/^Interest is the principal you still owe/m);
  });

  it('"자동이체 날짜 바꿔주세요" / "해외 결제 막아주세요" → where to do it first, then their own figures', async () => {
    const due = await ask('자동이체 날짜 바꿔주세요');
    expect(due.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(due.text)).toMatch(/^납입일\(자동이체일\) 변경은 .*신청하셔야 합니다/);
    expect(due.text.split('\n')[1]).toContain(formatWon(loans[0].nextPayment!.payment.amount, 'ko'));
    const block = await ask('해외 결제 막아주세요');
    expect(block.topic?.intent).toBe('CARD_TRANSACTIONS');
    expect(firstSentence(block.text)).toMatch(/^해외 결제 차단은 .*카드사 앱/);
    expect(block.text).toContain('(해외)');
    const en = await ask('Can you block overseas payments on my card?');
    expect(firstSentence(en.text)).toMatch(/^I can’t change card settings from here/);
    // A card limit is the card company's review, not a credit-loan simulation.
    const limit = await ask('카드 한도 올려주세요');
    expect(firstSentence(limit.text)).toMatch(/^카드 한도 상향은 .*카드사 앱이나 고객센터/);
    expect(limit.text).not.toMatch(/DSR|60개월/);
    for (const x of [due, block]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('QA round 2026-11-26: "이거 언제까지 갚아야 돼?" after a balance → its maturity; "며칠까지 괜찮아요?" after a missed payment → the bureaus\' thresholds; "그중에 제일 큰 결제" after a month → that month\'s largest; "내 카드 뭐 있어?" → the cards', async () => {
    const loan = loans.find((l) => l.kind === 'JEONSE') ?? loans[0];
    const res = await t.request<{ node: { maturityOn: string } }>(
      'query ($id: ID!) { node(id: $id) { ... on Loan { maturityOn } } }',
      { id: loan.id },
      token,
    );
    const balance = await ask('대출 잔액 얼마 남았어');
    const when = await ask('이거 언제까지 갚아야 되는거야', balance.conversationId);
    expect(when.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(when.text)).toContain(
      `만기는 ${formatDate(res.data!.node.maturityOn.slice(0, 10), 'ko', today())}`,
    );
    const cant = await ask('대출이자 못낼거같아요');
    const grace = await ask('며칠까지 괜찮아요?', cant.conversationId);
    expect(grace.topic?.intent).toBe('ARREARS');
    expect(firstSentence(grace.text)).toMatch(/^10만원 이상을 5영업일 이상 연체하면/);
    const cards = await ask('내 카드 뭐 있어?');
    expect(firstSentence(cards.text)).toMatch(/^지금 쓰고 계신 카드는 \d+장입니다/);
    // September's largest purchase, read from the cards' own transaction lists.
    const year = today().slice(0, 4);
    const month = Number(today().slice(5, 7)) > 9 ? `${year}-09` : `${Number(year) - 1}-09`;
    let largest: { amount: bigint; merchant: string } | null = null;
    for (const n of await charges()) {
      if (!koreanDate(new Date(n.occurredAt)).startsWith(month)) continue;
      const amount = BigInt(n.amount.amount);
      if (!largest || amount > largest.amount) largest = { amount, merchant: n.merchantName };
    }
    const sept = await ask('9월 카드 지출 알려줘');
    const top = await ask('그중에 제일 큰 결제 뭐였어', sept.conversationId);
    if (largest) {
      expect(firstSentence(top.text)).toContain(
        `“${largest.merchant}” ${formatWon(largest.amount.toString(), 'ko')}입니다`,
      );
      expect(firstSentence(top.text)).toContain('9월 1일');
    }
    for (const x of [when, grace, cards, top]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"대출 이자 1년에 총 얼마 내?" / "1년이면 총 얼마?" after a payment / "how much interest do I pay a year?" → the next twelve unpaid instalments\' interest summed, first', async () => {
    const year = (await activeScheduleRows()).filter((n) => !n.paid).slice(0, 12);
    const interest = year.reduce((a, n) => a + BigInt(n.interest.amount), 0n);
    const payment = year.reduce((a, n) => a + BigInt(n.payment.amount), 0n);
    const ko = await ask('대출 이자 1년에 총 얼마 내?');
    expect(ko.topic?.intent).toBe('REPAYMENT_SCHEDULE');
    expect(firstSentence(ko.text)).toContain(`이자는 모두 ${formatWon(interest.toString(), 'ko')}이고`);
    expect(firstSentence(ko.text)).toContain(`납입 합계는 ${formatWon(payment.toString(), 'ko')}입니다`);
    const monthly = await ask('대출이자 한달에 얼마씩 나가는거임?');
    const follow = await ask('1년이면 총 얼마?', monthly.conversationId);
    expect(firstSentence(follow.text)).toBe(firstSentence(ko.text));
    const en = await ask('how much interest do I pay a year?');
    expect(firstSentence(en.text)).toContain(`takes ${formatWon(interest.toString(), 'en')} in interest`);
    for (const x of [ko, follow, en]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"대출 받은지 얼마나 됐어" / "When did I take out my loan?" → the day it was paid out and the time since; "지난달 이자 냈지?" → the latest repayment; "일본여행에서 카드 얼마 긁었지" → a year of payments abroad', async () => {
    const res = await t.request<{ node: { disbursedOn: string } }>(
      'query ($id: ID!) { node(id: $id) { ... on Loan { disbursedOn } } }',
      { id: loans[0].id },
      token,
    );
    const on = res.data!.node.disbursedOn.slice(0, 10);
    const ko = await ask('대출 받은지 얼마나 됐어');
    expect(ko.topic?.intent).toBe('LOAN_BALANCE');
    expect(ko.text).toContain(`${formatDate(on, 'ko', today())}에 받으셔서`);
    const en = await ask('When did I take out my loan?');
    expect(en.text).toContain(`on ${formatDate(on, 'en', today())},`);
    const paid = await ask('지난달 이자 냈지?');
    expect(paid.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(paid.text)).toMatch(/마지막 납입은|기록된 상환이 없습니다|납입 기록이 없습니다/);
    const abroad = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      '{ me { customer { spendingSummary(period: LAST_N_MONTHS, months: 12, locality: OVERSEAS, channel: OFFLINE) { total { amount } } } } }',
      {},
      token,
    );
    expect(abroad.errors).toBeUndefined();
    // A trip: what was paid in shops abroad over the last 12 months.
    const trip = await ask('일본여행에서 카드 얼마 긁었지');
    expect(firstSentence(trip.text)).toContain(
      `최근 12개월 해외 매장 카드 지출은 ${formatWon(abroad.data!.me.customer.spendingSummary.total.amount, 'ko')}`,
    );
    for (const x of [ko, en, paid, trip]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"새벽에 결제된거 있어? 무서워" / "Any charges in the middle of the night?" → the payments made 00:00–05:59 KST with their times, newest first', async () => {
    const all = await charges();
    const kst = (iso: string) => new Date(Date.parse(iso) + 9 * 3_600_000).toISOString();
    const recent = all.sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt)).slice(0, 100);
    const night = recent.filter((n) => Number(kst(n.occurredAt).slice(11, 13)) < 6);
    const ko = await ask('새벽에 결제된거 있어? 무서워');
    expect(ko.topic?.intent).toBe('CARD_TRANSACTIONS');
    if (night.length) {
      const first = night[0];
      const at = kst(first.occurredAt);
      expect(firstSentence(ko.text)).toBe(
        // Five shown of more (or exactly five): "the latest five of them" (QA round 13).
        `${night.length >= 5 ? '새벽(0~6시) 카드 거래 중 최근 5건' : `최근 새벽(0~6시) 카드 거래 ${night.length}건`}입니다. 가장 최근은 ${formatDate(at.slice(0, 10), 'ko', today())} ` +
          `${Number(at.slice(11, 13))}시 ${Number(at.slice(14, 16))}분 “${first.merchantName}” ${formatWon(first.amount.amount, 'ko')}입니다.`,
      );
    } else expect(firstSentence(ko.text)).toMatch(/^최근 새벽\(0~6시\) 카드 거래가 없습니다/);
    expect(ko.text).toContain('카드 사용을 정지');
    const en = await ask('Any charges in the middle of the night?');
    expect(en.topic?.intent).toBe('CARD_TRANSACTIONS');
    expect(firstSentence(en.text)).toMatch(/late-night \(midnight to 6 a\.m\.\) card transactions/);
    for (const x of [ko, en]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"이번 달 카드값 얼마 나와?" / "다음달 카드값 얼마 나올거 같아" → the bill with its instalments: last month\'s use less the instalment purchases in it, plus the instalments on the statement', async () => {
    const thisMonth = `${today().slice(0, 7)}-01`;
    const due = await cardBillOf(thisMonth);
    const next = await cardBillOf(addMonths(thisMonth, 1));
    expect(due.instalments || next.instalments).toBe(true); // the demo customer has an instalment purchase
    const bill = await ask('이번 달 카드값 얼마 나와?');
    if (due.instalments) expect(bill.text).toContain(billDueSentence(due.bill, 'ko'));
    const ahead = await ask('다음달 카드값 얼마 나올거 같아');
    if (next.instalments)
      expect(firstSentence(ahead.text)).toContain(
        `다음 달에 청구될 카드값은 오늘까지 약 ${formatWon(next.bill.toString(), 'ko')}입니다`,
      );
    const en = await ask('ugh my card bill is huge this month, why??');
    if (due.instalments) expect(en.text).toContain(billDueSentence(due.bill, 'en'));
    for (const x of [bill, ahead, en]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('QA round 14: days said as such ("N월 1일부터 오늘까지", "최근 7일", "from November 1 to today") → spendingSummary(period: DATES) for those days; its bad input names the argument', async () => {
    const day = today();
    const monthStart = `${day.slice(0, 7)}-01`;
    const month = Number(day.slice(5, 7));
    const totalOf = async (args: string) => {
      const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
        `{ me { customer { spendingSummary(${args}) { total { amount } } } } }`,
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.me.customer.spendingSummary.total.amount;
    };
    const sinceFirst = await totalOf(`period: DATES, from: "${monthStart}"`);
    // From the first of the month to today is this month so far, both ways.
    expect(sinceFirst).toBe(await totalOf('period: THIS_MONTH'));
    const ko = await ask(`${month}월 1일부터 오늘까지 카드 얼마 썼어요?`);
    expect(ko.topic?.intent).toBe('SPENDING');
    expect(firstSentence(ko.text)).toContain(
      `${month}월 1일부터 오늘까지 카드 지출은 ${formatWon(sinceFirst, 'ko')}`,
    );
    const en = await ask(`how much did i spend from ${MONTH_NAMES[month - 1]} 1 to today`);
    expect(firstSentence(en.text)).toContain(
      `You spent ${formatWon(sinceFirst, 'en')} from ${MONTH_NAMES[month - 1]} 1 to today`,
    );
    const week = await totalOf(`period: DATES, from: "${addDays(day, -6)}", through: "${day}"`);
    const seven = await ask('최근 7일 동안 얼마 썼어?');
    expect(firstSentence(seven.text)).toContain(`최근 7일 카드 지출은 ${formatWon(week, 'ko')}`);
    // Bad input: coded, naming the argument.
    for (const [args, field] of [
      ['period: DATES', 'from'],
      [`period: DATES, from: "${day}", through: "${addDays(day, -1)}"`, 'through'],
      [`period: THIS_MONTH, from: "${monthStart}"`, 'from'],
      [`period: DATES, from: "${addMonths(day, -30)}"`, 'from'],
    ]) {
      const res = await t.request(
        `{ me { customer { spendingSummary(${args}) { total { amount } } } } }`,
        {},
        token,
      );
      const error = res.errors?.[0];
      expect({
        args,
        code: error?.extensions?.code,
        field: (error?.extensions?.fields as { field: string }[])?.[0]?.field,
      }).toEqual({
        args,
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    for (const x of [ko, en, seven]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('QA round 14: a saving pace towards a goal ("매달 50만원씩 모으면 1000만원 언제 모여요?", "what if 700k?"), an emergency fund of a stated size, a budget on the income said, and what is left of this month', async () => {
    const pace = await ask('매달 50만원씩 모으면 1000만원 언제 모여요?');
    expect(pace.topic?.intent).toBe('SAVINGS');
    // ⌈10,000,000 ÷ 500,000⌉ = 20 months; ⌈10,000,000 ÷ 700,000⌉ = 15.
    expect(firstSentence(pace.text)).toBe(
      '매달 500,000원씩 모으면 10,000,000원까지 20개월(1년 8개월)이 걸립니다 (이자 제외).',
    );
    const faster = await ask('70만원씩이면요?', pace.conversationId);
    expect(firstSentence(faster.text)).toBe(
      '매달 700,000원씩 모으면 10,000,000원까지 15개월(1년 3개월)이 걸립니다 (이자 제외).',
    );
    const en = await ask('if i put away 500k a month how long to reach 10 million');
    expect(en.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(en.text)).toBe(
      'Putting aside ₩500,000 a month, ₩10,000,000 takes 20 months (1 year and 8 months), before any interest.',
    );
    const fund = await ask('비상금 300만원 모으려면 얼마나 걸려요?');
    // QA round 23 (spend23): with nothing left over a month (monthlySurplus), that it can't be saved yet, first.
    expect(firstSentence(fund.text)).toMatch(
      (await monthlySurplus()).surplus > 0n
        ? /^매달 남는 약 [\d,]+원을 모두 모으면 3,000,000원까지 약 \d+개월/
        : /^지금 지출로는 3,000,000원을 모을 수 없습니다: 월 소득보다 매달 나가는 돈이 약 [\d,]+원 더 많습니다\./,
    );
    // The budget on the income said: 20 % of 2,500,000 saved first.
    const budget = await ask('월급 250만원인데 예산 어떻게 짜면 좋을까요?');
    // QA round 26 (ko3): the fixed outgoings (the charges repeated monthly) are taken first beside the loan.
    expect(firstSentence(budget.text)).toMatch(
      /^월 소득 2,500,000원으로 짠 한 달 예산: 대출 납입 [\d,]+원과 고정 지출 [\d,]+원\(.+\)을 먼저 떼면 [\d,]+원이 남고, 그중 저축 500,000원\(소득의 20%\)/,
    );
    expect(budget.text).toContain('말씀하신 월 소득 2,500,000원');
    // "이번달 예산 얼마 남았어요?": this month's card spending, not the budget's three months.
    const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      '{ me { customer { spendingSummary(period: THIS_MONTH) { total { amount } } } } }',
      {},
      token,
    );
    const spent = formatWon(res.data!.me.customer.spendingSummary.total.amount, 'ko');
    const left = await ask('이번달 예산 얼마 남았어요?');
    expectMoneyLeft(left.text, `이번 달 카드 지출 ${spent}`, spent);
    for (const x of [pace, faster, en, fund, budget, left]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('QA round 14, second pass: the interest explained and disputed, the day-late penalty asked as an amount, a quarter by its number, interest on a lump sum, "낼모래" with no payment, follow-ups bound to the answer just given', async () => {
    const active = await activeLoansWith(
      'kind repaymentMethod balance { amount } annualRate nextPayment { dueDate payment { amount } principal { amount } interest { amount } } delinquency { overdueAmount { amount } penaltyRate }',
    );
    const next = active.find((l) => l.nextPayment)!;
    const np = next.nextPayment! as NonNullable<typeof next.nextPayment> & {
      principal: { amount: string };
      interest: { amount: string };
    };
    // "이자 계산이 틀린 것 같은데요": how it is worked out (the demo loan is interest only), then where to have it checked.
    const dispute = await ask('이자 계산이 틀린 것 같은데요');
    expect(dispute.topic?.intent).toBe('NEXT_PAYMENT');
    const interest = formatWon(np.interest.amount, 'ko');
    if (np.principal.amount === '0')
      expect(firstSentence(dispute.text)).toMatch(
        new RegExp(
          `만기\\(.+\\)에 한 번에 갚는 방식이라 원금이 줄지 않아, 매달 .+ 이자 ${escapeRegExp(interest)}이 그대로 나옵니다`,
        ),
      );
    expect(dispute.text).toContain('금융감독원 민원(☎ 1332');
    const why = await ask('this is ridiculous why is my payment so high every month??');
    expect(why.topic?.intent).toBe('NEXT_PAYMENT');
    if (np.principal.amount === '0')
      expect(firstSentence(why.text)).toMatch(/in one sum at maturity .+so the principal does not go down/);
    // "how much is the penalty exactly" after a penalty question: a day late on the next instalment, to the won.
    const penaltyDay = new Decimal(next.nextPayment!.payment.amount)
      .mul(next.delinquency.penaltyRate!)
      .div(365)
      .floor()
      .toFixed(0);
    const first = await ask('is there a penalty if i miss a payment?');
    const exact = await ask('how much is the penalty exactly', first.conversationId);
    expect(exact.topic?.intent).toBe('ARREARS');
    expect(firstSentence(exact.text)).toContain(`about ${formatWon(penaltyDay, 'en')} of penalty interest`);
    // "how much did i spend in q3": July to September of this year (the latest such quarter), read as DATES.
    const year = Number(today().slice(0, 4)) - (Number(today().slice(5, 7)) < 10 ? 1 : 0);
    const q3 = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      `{ me { customer { spendingSummary(period: DATES, from: "${year}-07-01", through: "${year}-09-30") { total { amount } } } } }`,
      {},
      token,
    );
    const quarter = await ask('how much did i spend in q3');
    expect(firstSentence(quarter.text)).toContain(
      `You spent ${formatWon(q3.data!.me.customer.spendingSummary.total.amount, 'en')} in Q3 ${year}`,
    );
    // A lump sum's interest at the example 3 %: 10,000,000 × 3 % = 300,000 before tax, 253,800 after the 15.4 % tax.
    const deposit = await ask('if i put 10 million in a deposit for a year how much interest do i get');
    expect(deposit.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(deposit.text)).toMatch(
      /^Depositing ₩10,000,000 for 12 months .+₩300,000 before tax, about ₩253,800 after/,
    );
    const tax = await ask('1000만원 예금 넣으면 이자 얼마 받아요? 1년이요');
    const afterTax = await ask('세금 떼고요?', tax.conversationId);
    expect(afterTax.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(afterTax.text)).toContain('253,800원');
    // "낼모래 대출 이자 나가나?": no, unless the next payment falls on that day.
    const dayAfter = addDays(today(), 2);
    const soon = await ask('낼모래 대출 이자 나가나?');
    expect(soon.topic?.intent).toBe('NEXT_PAYMENT');
    if (owed(next.nextPayment!.dueDate) !== dayAfter)
      expect(firstSentence(soon.text)).toMatch(/^아니요, 모레/);
    // Follow-ups bound to the answer just given.
    const limit = await ask('how much can i borrow');
    const salary = await ask('with a salary of 60 million?', limit.conversationId);
    expect(salary.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(salary.text)).toMatch(
      /^On the income you mention, ₩60,000,000 a year, you could borrow/,
    );
    const switchQ = await ask('대출 갈아타는게 나을까요?');
    const which = await ask('둘 중에 뭐가 나아요?', switchQ.conversationId);
    expect(which.topic?.intent).toBe('REFINANCE');
    const maturity = await ask('만기 때 한번에 1억6900 갚아야 되는거에요?');
    const noMoney = await ask('그 돈 없으면 어떡해요', maturity.conversationId);
    expect(noMoney.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(noMoney.text)).toMatch(/^연장이 안 되면 .+ 한 번에 갚아야 하고/);
    const recs = await ask('any product recommendations for me?');
    expect(recs.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(recs.text)).toMatch(/^For you I’d suggest the /);
    for (const x of [dispute, why, exact, quarter, deposit, afterTax, soon, salary, which, noMoney, recs])
      expect(renderingErrors(x.text)).toEqual([]);
  });

  it('QA round 14, third pass (QA round 21: a shop with nothing this month says so first, then its last 12 months); two such shops compared over 12 months; delivery is the delivery apps; a spending forecast says which months it took as one-offs', async () => {
    const total = async (args: string) => {
      const res = await t.request<{
        me: { customer: { spendingSummary: { total: { amount: string }; purchaseCount: number } } };
      }>(`{ me { customer { spendingSummary(${args}) { total { amount } purchaseCount } } } }`, {}, token);
      expect(res.errors).toBeUndefined();
      return res.data!.me.customer.spendingSummary;
    };
    const month = await total('period: THIS_MONTH, merchant: "스타벅스"');
    const year = await total('period: LAST_N_MONTHS, months: 12, merchant: "스타벅스"');
    const starbucks = await ask('how much did i spend at starbucks');
    if (month.purchaseCount === 0 && year.purchaseCount > 0) {
      expect(firstSentence(starbucks.text)).toMatch(/^You have no card payments at Starbucks this month/);
      expect(firstSentence(starbucks.text)).toContain(
        `Over the last 12 months you spent ${formatWon(year.total.amount, 'en')} there`,
      );
    }
    const ediya = await total('period: LAST_N_MONTHS, months: 12, merchant: "이디야"');
    const ediyaMonth = await total('period: THIS_MONTH, merchant: "이디야"');
    const both = await ask('스타벅스랑 이디야 중에 어디 더 많이 썼어?');
    // "어디 더 많이 썼어?": which one first (the pair compared), the sum beside it.
    const [sb, ed] = [BigInt(year.total.amount), BigInt(ediya.total.amount)];
    if (month.purchaseCount === 0 && ediyaMonth.purchaseCount === 0 && sb !== ed) {
      const [more, less] = sb > ed ? [`스타벅스`, `이디야커피`] : [`이디야커피`, `스타벅스`];
      const gap = (sb > ed ? sb - ed : ed - sb).toString();
      expect(firstSentence(both.text)).toMatch(new RegExp(`^최근 12개월 ${more}[이가] `));
      expect(firstSentence(both.text)).toContain(
        `${less} ${formatWon((sb > ed ? ed : sb).toString(), 'ko')}보다 ${formatWon(gap, 'ko')} 많습니다 (합계 ${formatWon((sb + ed).toString(), 'ko')}`,
      );
    }
    // Delivery: the delivery apps (the demo customer has none), not all of eating out.
    const apps = await total('period: LAST_N_MONTHS, months: 12, merchant: "배달앱"');
    const delivery = await ask('배달음식 너무 많이 시켜먹는거 같은데 배달비 얼마 썼어요');
    expect(delivery.topic?.intent).toBe('SPENDING');
    if (apps.purchaseCount === 0)
      expect(firstSentence(delivery.text)).toMatch(
        /^이번 달 배달앱에서 카드로 결제하신 내역은 없습니다 .+ 최근 12개월에도 결제가 없습니다\./,
      );
    // The spending forecast: its one-off months, read as a client would, said under the figure.
    const f = await t.request<{
      me: { customer: { forecast: { oneOffMonths: string[]; oneOffCap: { amount: string } | null } | null } };
    }>(
      '{ me { customer { forecast(metric: SPENDING, horizon: 2) { oneOffMonths oneOffCap { amount } } } } }',
      {},
      token,
    );
    expect(f.errors).toBeUndefined();
    const oneOff = f.data!.me.customer.forecast!;
    const next = await ask('다음달 지출 얼마나 될까요');
    if (oneOff.oneOffMonths.length > 0)
      expect(next.text).toContain(
        `한 번뿐인 지출로 보고 한 달 약 ${formatWon(oneOff.oneOffCap!.amount, 'ko')}으로 낮춰 예측했습니다`,
      );
    else expect(next.text).not.toContain('한 번뿐인 지출');
    for (const x of [starbucks, both, delivery, next]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('QA round 14, fourth pass: "나 망한거죠?" / "am i going to be ok?" with nothing overdue → where they stand, not the relief ladder; a lost card\'s replacement and a fraud victim\'s money back', async () => {
    const next = nextDue();
    const ruined = await ask('너무 불안해요 빚이 1억7천이나 있는데 나 망한거죠?');
    expect(ruined.topic?.intent).toBe('HARDSHIP');
    expect(firstSentence(ruined.text)).toMatch(
      /^(?:.+ )?망하신 게 아닙니다: 지금 연체된 금액은 없고, 다음 납입은 /,
    );
    expect(firstSentence(ruined.text)).toContain(formatWon(next.nextPayment!.payment.amount, 'ko'));
    expect(ruined.text).not.toContain('개인워크아웃');
    expect(ruined.text).toContain('1397');
    const ok = await ask('im really anxious about money rn, am i going to be ok?');
    expect(ok.topic?.intent).toBe('HARDSHIP');
    expect(ok.text).toMatch(/you are not in trouble with your loans: nothing is overdue/);
    const lost = await ask('카드 잃어버렸어요 어떡해요');
    const reissue = await ask('분실신고 하면 재발급은 얼마나 걸려요?', lost.conversationId);
    expect(reissue.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(reissue.text)).toMatch(/^재발급은 분실·도난 신고 뒤 .+ 3~7일/);
    const used = await ask('someone used my card');
    const back = await ask('will i get my money back?', used.conversationId);
    expect(back.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(back.text)).toMatch(/^Yes, once you report it: .+60 days before/);
    for (const x of [ruined, ok, reissue, back]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('QA round 15: a day alone ("and on the 22nd?"), "지난 30일동안 쓴돈" (not a charge not made), a bare 만원 monthly saving, 세후 pay, the sum due at maturity with no money for it, the principal that stays', async () => {
    const day = today();
    const thirty = await ask('지난 30일동안 쓴돈');
    expect(thirty.topic?.intent).toBe('SPENDING');
    expect(firstSentence(thirty.text)).toContain(
      `최근 30일 카드 지출은 ${formatWon(await spendingBetween(addDays(day, -29), day), 'ko')}`,
    );
    // "and on the 22nd?": the latest 22nd up to today, alone.
    const d = Number(day.slice(8, 10)) >= 22 ? `${day.slice(0, 8)}22` : `${addMonths(day, -1).slice(0, 8)}22`;
    const yesterday = await ask('how much did i spend yesterday');
    const on22 = await ask('and on the 22nd?', yesterday.conversationId);
    expect(firstSentence(on22.text)).toContain(
      `You spent ${formatWon(await spendingBetween(d, d), 'en')} on ${MONTH_NAMES[Number(d.slice(5, 7)) - 1]} 22`,
    );
    // 300,000 a month for 24 months at the example 3 %: 300,000 × 0.03 × (24 × 25 / 2) / 12 = 225,000 before tax.
    const bare = await ask('월 30씩 적금 2년 들면 이자 얼마');
    expect(firstSentence(bare.text)).toMatch(/^매달 300,000원씩 24개월 적금에 넣으면 .+세전 225,000원/);
    const left = await ask('세후 200 받는데 이번달 얼마 남았어?');
    expectMoneyLeft(left.text, /^이번 달 남은 돈은 약 [\d,]+원입니다: 월 소득 2,000,000원에서/);
    if (left.text.startsWith('이번 달은 돈이 모자랄 수'))
      expect(left.text).toContain('월 소득 2,000,000원에서 빼면');
    const lump = await ask('2028년에 1억6900 한번에 갚아야 돼요? 그런 돈 없는데..');
    expect(lump.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(lump.text)).toMatch(/^연장이 안 되면 .+ 한 번에 갚아야 하고/);
    const flat = await ask('원금은 하나도 안 줄어요?');
    expect(flat.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(flat.text)).toMatch(/원금이 줄지 않아/);
    // A product named: its own rate, and the published instalment-savings formula on it — 월납입액 × 연이율 ×
    // n(n+1)/2 ÷ 12 before the 15.4 % interest tax (700,000 a month, n = 12: × 78 ÷ 12).
    const product = await ask('청년 희망 적금에 월 70만원씩 1년 넣으면 이자 얼마예요?');
    const said = /^청년 희망 적금\(연 ([\d.]+)%\)에 매달 700,000원씩 12개월 넣으면 .+세전 ([\d,]+)원/.exec(
      firstSentence(product.text),
    );
    expect(said).not.toBeNull();
    const gross = new Decimal(700_000).mul(said![1]).div(100).mul(78).div(12).floor();
    expect(said![2].replace(/,/g, '')).toBe(gross.toFixed(0));
    for (const x of [thirty, on22, bare, left, lump, flat, product])
      expect(renderingErrors(x.text)).toEqual([]);
  });

  it('QA round 15, second pass: what is still to pay after the interest paid so far, a penalty said to be charged, the limit after the credit score, repaying weighed against saving', async () => {
    const paid = await ask('how much interest have i paid on my loan so far');
    const left = await ask('and how much more will i pay in total until the end', paid.conversationId);
    expect(left.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(left.text)).toMatch(
      /^Over the \d+ instalments left on your .+ you will pay ₩[\d,]+ of interest/,
    );
    const charged = await ask('why did you charge me a 98 won penalty??');
    expect(charged.topic?.intent).toBe('ARREARS');
    expect(firstSentence(charged.text)).toBe('You have nothing overdue (₩0, no penalty interest).');
    const score = await ask('내 신용점수 몇점이에요?');
    const loan = await ask('이 점수면 대출 잘 나와요?', score.conversationId);
    expect(loan.topic?.intent).toBe('LOAN_LIMIT');
    expect(loan.text).toContain(`${await creditScore()}점`);
    const versus = await ask('should i pay off 5M early or keep it in savings');
    expect(versus.topic?.intent).toBe('PREPAYMENT_EFFECT');
    expect(firstSentence(versus.text)).toMatch(/^Repaying your .+ for certain and tax-free/);
    // One loan: no "a loan at a higher rate first" step.
    if (loans.length === 1) expect(versus.text).not.toContain('a loan at a higher rate');
    // "when is it due" after the card bill: the card's payment day, not the loan's; a brand printed in Hangul is said
    // in English ("Korean Air").
    const bill = await ask('how much is my card bill this month');
    expect(bill.text).not.toMatch(/“[^”]*[가-힣][^”]*” \d+ of \d+/);
    const due = await ask('when is it due', bill.conversationId);
    expect(firstSentence(due.text)).toMatch(
      /^Your card’s payment date is the one you chose with the card company/,
    );
    // "how much did i spend last month excluding travel": last month's total less its travel, from the API.
    const lastMonth = await categorySpending('MONTHS_AGO', 1);
    const travel = lastMonth.byCategory.find((c) => c.category.code === 'TRAVEL')?.amount.amount ?? '0';
    const without = await ask('how much did i spend last month excluding travel');
    expect(firstSentence(without.text)).toContain(
      `Leaving out travel, you spent ${formatWon((BigInt(lastMonth.total.amount) - BigInt(travel)).toString(), 'en')} last month`,
    );
    for (const x of [left, charged, loan, versus, bill, due, without])
      expect(renderingErrors(x.text)).toEqual([]);
  });

  it('QA round 16: a week and the parts of a month, a payoff on a day next year, the rest of a monthly budget, the DSR of the amount asked, a scam call asking for the OTP, a dispute after a charge', async () => {
    const day = today();
    // "N월 첫째주": days 1–7 of this month (through today when the week is still running).
    const m = Number(day.slice(5, 7));
    const week = await ask(`${m}월 첫째주에 얼마 썼어?`);
    expect(week.topic?.intent).toBe('SPENDING');
    expect(firstSentence(week.text)).toContain(
      `${m}월 1일부터 ${m}월 7일까지 카드 지출은 ${formatWon(await spendingBetween(`${day.slice(0, 8)}01`, `${day.slice(0, 8)}07`), 'ko')}`,
    );
    // "the second half?" after the first half of a month: that month's 16th to its end.
    const prev = addMonths(`${day.slice(0, 7)}-01`, -1);
    const name = MONTH_NAMES[Number(prev.slice(5, 7)) - 1];
    const first = await ask(`how much did i spend in the first half of ${name}`);
    const second = await ask('and the second half?', first.conversationId);
    expect(firstSentence(second.text)).toContain(
      `You spent ${formatWon(await spendingBetween(`${prev.slice(0, 8)}16`, addDays(addMonths(prev, 1), -1)), 'en')} from ${name} 16`,
    );
    // A payoff on 20 January next year: loan.payoffQuote(asOf) of that day.
    const jan20 = `${Number(day.slice(0, 4)) + 1}-01-20`;
    const quoted = await t.request<{
      me: { customer: { loans: { status: string; payoffQuote: { total: { amount: string } } | null }[] } };
    }>(
      'query ($d: LocalDate) { me { customer { loans { status payoffQuote(asOf: $d) { total { amount } } } } } }',
      { d: jan20 },
      token,
    );
    const owed = quoted.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.payoffQuote!.total.amount;
    const payoff = await ask('내년 1월 20일에 완납하면 총 얼마?');
    expect(payoff.topic?.intent).toBe('PAYOFF_QUOTE');
    expect(firstSentence(payoff.text)).toContain(`전액 상환하시려면 ${formatWon(owed, 'ko')}이 필요합니다`);
    const early = await ask('if i pay off my loan early how much?');
    const onJan20 = await ask('how much would that be on january 20?', early.conversationId);
    expect(firstSentence(onJan20.text)).toContain(`takes ${formatWon(owed, 'en')}`);
    // A monthly budget of 800,000: what is left of it after this month's card spending, over the days left.
    const spent = await spendingBetween(`${day.slice(0, 8)}01`, day);
    const end = addDays(addMonths(`${day.slice(0, 7)}-01`, 1), -1);
    const daysLeft = Math.round((Date.parse(end) - Date.parse(day)) / 86_400_000) + 1;
    const rest = 800_000n - BigInt(spent);
    const budget = await ask('이번달 남은 기간 하루에 얼마씩 써야 예산 안 넘어요? 한달 예산 80만원');
    if (rest > 0n)
      expect(firstSentence(budget.text)).toContain(
        `한 달 예산 800,000원 중 ${formatWon(rest.toString(), 'ko')}이 남아, 남은 ${daysLeft}일(오늘 포함, ` +
          `${end.slice(5, 7).replace(/^0/, '')}월 ${end.slice(8, 10).replace(/^0/, '')}일 (`,
      );
    if (rest > 0n)
      expect(firstSentence(budget.text)).toContain(
        `하루 약 ${formatWon((rest / BigInt(daysLeft)).toString(), 'ko')}까지 쓰시면 됩니다 (이번 달 카드 지출 ${formatWon(spent, 'ko')}).`,
      );
    // A budget of a given size: what is left of it this month, first.
    const million = await ask('이번달 예산 100만원인데 얼마 남았어?');
    if (1_000_000n > BigInt(spent))
      expect(firstSentence(million.text)).toMatch(
        new RegExp(
          `^한 달 예산 1,000,000원 중 ${formatWon((1_000_000n - BigInt(spent)).toString(), 'ko')}[이가] 남아`,
        ),
      );
    // A lost card named by its issuer: report it lost, first.
    const lost = await ask('i lost my woori card… not sure if stolen');
    expect(lost.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(lost.text)).toMatch(/lost/i);
    // ₩3,000,000 asked: the DSR with that amount (below the cap), not the limit's.
    const hospital = await ask('I need 3 million won for hospital bills, can I borrow that?');
    const dsr = /goes from ([\d.]+)% now to ([\d.]+)% with this loan/.exec(hospital.text);
    expect(dsr).not.toBeNull();
    if (/within your computed limit/.test(hospital.text)) expect(Number(dsr![2])).toBeLessThan(40);
    // The income a ₩200,000,000 mortgage needs (the simulation's RAISE_INCOME advice): that income, and the rise on the
    // income on file.
    const onFile = await t.request<{ me: { customer: { annualIncome: { amount: string } } } }>(
      '{ me { customer { annualIncome { amount } } } }',
      {},
      token,
    );
    const needed = await ask('how much do i need to earn to borrow 200 million for a mortgage?');
    expect(needed.topic?.intent).toBe('LOAN_LIMIT');
    const earn =
      /^To borrow ₩200,000,000 as a mortgage you would need an annual income of about ₩([\d,]+): ₩([\d,]+) more than now/.exec(
        firstSentence(needed.text),
      );
    expect(earn).not.toBeNull();
    const [need, more] = [earn![1], earn![2]].map((x) => BigInt(x.replace(/,/g, '')));
    expect((need - more).toString()).toBe(onFile.data!.me.customer.annualIncome.amount);
    // The card-spending deduction (조세특례제한법 제126조의2): this year's card spending against 25 % of the pay, 15 % of
    // what is above it within the ₩3,000,000 cap (pay up to ₩70,000,000).
    const year = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      '{ me { customer { spendingSummary(period: THIS_YEAR) { total { amount } } } } }',
      {},
      token,
    );
    const spentYear = BigInt(year.data!.me.customer.spendingSummary.total.amount);
    const pay = BigInt(onFile.data!.me.customer.annualIncome.amount);
    const threshold = pay / 4n;
    const deduction = await ask('신용카드 연말정산 소득공제 얼마나 받을 수 있어요?');
    expect(deduction.topic?.intent).toBe('PRODUCT_QUESTION');
    const cap = pay <= 70_000_000n ? 3_000_000n : 2_500_000n;
    const fifteen = ((spentYear - threshold) * 15n) / 100n;
    expect(firstSentence(deduction.text)).toContain(
      spentYear <= threshold
        ? `지금까지는 신용카드 소득공제가 없습니다: 올해 카드 사용액 ${formatWon(spentYear.toString(), 'ko')}`
        : `올해 신용카드 소득공제는 약 ${formatWon((fifteen < cap ? fifteen : cap).toString(), 'ko')}입니다`,
    );
    // A scam call asking for the one-time code: that it is a scam, first; a dispute after a charge: how to dispute it.
    const otp = await ask("someone called me from 'fingraph' asking for my OTP, should I give it?");
    expect(otp.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(otp.text)).toMatch(/one-time code: if they do, it is a scam/);
    const charge = await ask("there's a charge i don't recognise on my card, what is it?");
    const dispute = await ask('how do i dispute it?', charge.conversationId);
    expect(dispute.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(dispute.text)).toMatch(/^You dispute a card payment with the card company/);
    for (const x of [
      week,
      second,
      payoff,
      onJan20,
      budget,
      million,
      lost,
      hospital,
      needed,
      deduction,
      otp,
      dispute,
    ])
      expect(renderingErrors(x.text)).toEqual([]);
  });

  it('QA round 18: a week counted back, a month counted back, the last days of a month, two categories side by side, two quarters, an over-budget question, closing a card, what is owed on the card', async () => {
    const day = today();
    // "지지난주": Monday to Sunday of the week before last.
    const monday = addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) - 14);
    const twoWeeks = await ask('지지난주에 카드 얼마 썼어요?');
    expect(twoWeeks.topic?.intent).toBe('SPENDING');
    expect(firstSentence(twoWeeks.text)).toContain(
      `지지난주 카드 지출은 ${formatWon(await spendingBetween(monday, addDays(monday, 6)), 'ko')}`,
    );
    const weekBefore = await ask(
      'and the week before?',
      (await ask('what did i spend the week before last')).conversationId,
    );
    expect(firstSentence(weekBefore.text)).toContain(
      `You spent ${formatWon(await spendingBetween(addDays(monday, -7), addDays(monday, -1)), 'en')} 3 weeks ago`,
    );
    // "지난달 둘째주": days 8–14 of last month; "the last 2 weeks of <last month>": its last 14 days.
    const last = addMonths(`${day.slice(0, 7)}-01`, -1);
    const lastEnd = addDays(addMonths(last, 1), -1);
    const second = await ask('지난달 둘째주 얼마 썼어');
    expect(firstSentence(second.text)).toContain(
      `카드 지출은 ${formatWon(await spendingBetween(`${last.slice(0, 8)}08`, `${last.slice(0, 8)}14`), 'ko')}`,
    );
    const name = MONTH_NAMES[Number(last.slice(5, 7)) - 1];
    const tail = await ask(`the last 2 weeks of ${name}, how much did i spend`);
    expect(firstSentence(tail.text)).toContain(
      `You spent ${formatWon(await spendingBetween(addDays(lastEnd, -13), lastEnd), 'en')}`,
    );
    // Two categories side by side last month: which took more first, both totals, the sum.
    const cats = await categorySpending('MONTHS_AGO', 1);
    const of = (code: string) => cats.byCategory.find((c) => c.category.code === code)?.amount.amount ?? '0';
    const [food, shop] = [of('FOOD'), of('SHOPPING')];
    const pair = await ask('food vs shopping last month');
    expect(pair.topic?.intent).toBe('SPENDING');
    const [more, less] = BigInt(food) >= BigInt(shop) ? [food, shop] : [shop, food];
    expect(firstSentence(pair.text)).toContain(`${formatWon(more, 'en')} against ${formatWon(less, 'en')}`);
    expect(firstSentence(pair.text)).toContain(
      `${formatWon((BigInt(food) + BigInt(shop)).toString(), 'en')} together`,
    );
    // Two quarters: the later against the one before it, both named.
    const q = await ask('how does Q3 compare to Q2');
    expect(q.topic?.intent).toBe('SPENDING');
    const year = day.slice(0, 4);
    expect(firstSentence(q.text)).toContain(
      `Your card spending in Q3 ${year} is ${formatWon(await spendingBetween(`${year}-07-01`, `${year}-09-30`), 'en')}`,
    );
    expect(firstSentence(q.text)).toContain(
      `in Q2 ${year} (${formatWon(await spendingBetween(`${year}-04-01`, `${year}-06-30`), 'en')})`,
    );
    // "Am I over my budget?": answered yes or no about being over, never "yes, on track".
    const over = await ask('am i over my budget this month');
    expect(over.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(over.text)).toMatch(/^(No, you are not over budget|Yes, this month is over budget)/);
    // Closing a card: the card company's to do; the instalments left said first among what survives it.
    // (The principal left is the one "카드 할부 남은 거 얼마야?" gives, checked against the transactions below.)
    const left = /카드 할부로 남은 원금은 모두 ([\d,]+원)/.exec(
      (await ask('카드 할부 남은 거 얼마야?')).text,
    )?.[1];
    const close = await ask('카드 해지하고 싶어요');
    expect(close.topic?.intent).toBe('CARD_TRANSACTIONS');
    expect(firstSentence(close.text)).toContain('카드사 앱이나 고객센터');
    if (left) expect(close.text).toContain(`남은 할부 원금 ${left}`);
    // "what do i owe on my card": the card bill, not a fraud check.
    const owe = await ask('wat do i owe on my card rn');
    expect(owe.topic?.intent).toBe('SPENDING');
    expect(firstSentence(owe.text)).toMatch(/^The card bill due this month is about ₩[\d,]+/);
    // "3억 대출 가능해요?": yes or no first, the same verdict as the limit beside it.
    const yes = await ask('3억 대출 가능해요?');
    expect(yes.topic?.intent).toBe('LOAN_LIMIT');
    const verdict =
      /^(네|아니요), 말씀하신 300,000,000원은 계산된 한도\(최대 ([\d,]+)원\)(?: 안입니다|를 넘습니다)/.exec(
        firstSentence(yes.text),
      );
    expect(verdict).not.toBeNull();
    expect(verdict![1] === '네').toBe(BigInt(verdict![2].replace(/,/g, '')) >= 300_000_000n);
    for (const a of [twoWeeks, second, tail, pair, q, over, close, owe, yes])
      expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"이번 달 예산 안에서 쓰고 있어?" / "Am I on track with my budget this month?" → this month\'s card spending so far against the budget\'s spending share, first', async () => {
    const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      '{ me { customer { spendingSummary(period: THIS_MONTH) { total { amount } } } } }',
      {},
      token,
    );
    const spent = formatWon(res.data!.me.customer.spendingSummary.total.amount, 'ko');
    const ko = await ask('이번 달 예산 안에서 쓰고 있어?');
    expect(ko.topic?.intent).toBe('SAVINGS');
    // The spending budget is the one the budget line under it works out (its own test checks that figure).
    // QA round 26 (ko3): the budget line takes the fixed outgoings first; the card budget is they plus living.
    const parts = /고정 지출 ([\d,]+)원.*생활비 ([\d,]+)원입니다/.exec(ko.text)!;
    const budget = formatWon(
      new Decimal(parts[1].replace(/,/g, '')).plus(parts[2].replace(/,/g, '')).toFixed(0),
      'ko',
    );
    expect(firstSentence(ko.text)).toMatch(
      new RegExp(
        `(?:예산 안에서 쓰고 계십니다|예산보다 빠르게 쓰고 계십니다|예산을 넘었습니다).*${spent}.*고정 지출을 포함한 카드 예산 ${budget}`,
      ),
    );
    const en = await ask('Am I on track with my budget this month?');
    expect(firstSentence(en.text)).toMatch(
      /^(?:Yes, you are on track|You are spending faster|This month is over budget)/,
    );
    for (const x of [ko, en]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('QA round 4: a charge quoted in Hangul and as a round figure ("메리어트 73만원", "735k at some hotel") → that charge; "half a percent" → a 0.5-point rise; "is there a fee for that?", "is that high?", "where did most of it go?" as follow-ups; "wen is my nxt paymnt"', async () => {
    const all = await charges();
    const marriott = all
      .filter((n) => n.merchantName === 'MARRIOTT')
      .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))[0];
    expect(marriott).toBeDefined();
    const won = formatWon(marriott.amount.amount, 'ko');
    const scared = await ask('메리어트 73만원 이거 제가 쓴거 맞나요?? 무서워요');
    expect(scared.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(scared.emotion?.label).toBe('ANXIOUS');
    // QA round 22 (carefu): one charge matched is said with its day and place first ("was that me?").
    expect(firstSentence(scared.text)).toMatch(/^\d+월 \d+일 \(.\) 해외에서 “MARRIOTT”에서 결제된 /);
    expect(firstSentence(scared.text)).toContain(`${won}입니다`);
    const what = await ask('메리어트 결제 이거 뭐예요?');
    expect(what.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(what.text)).toContain(won);
    const unknown = await ask('theres a charge on my card i dont recognise');
    const hotel = await ask('it was like 735k at some hotel', unknown.conversationId);
    expect(hotel.topic?.intent).toBe('SUSPECTED_FRAUD');
    // QA round 22 (carefu): the one charge matched, exactly, with its day and place.
    expect(firstSentence(hotel.text)).toMatch(/^It’s ₩[\d,]+ at “MARRIOTT” abroad on /);
    expect(firstSentence(hotel.text)).toContain(formatWon(marriott.amount.amount, 'en'));

    const half = await ask('what happens if rates go up by half a percent');
    expect(firstSentence(half.text)).toMatch(/^If rates rise by 0\.5 percentage points/);

    const payoff = await ask('if i wanted to pay off everything today how much would that be');
    const fee = await ask('is there a fee for that?', payoff.conversationId);
    expect(fee.topic?.intent).toBe('PAYOFF_QUOTE');
    expect(firstSentence(fee.text)).toMatch(/prepayment fee/);

    const loan = nextDue();
    const rated = await t.request<{ me: { customer: { loans: { id: string; annualRate: string }[] } } }>(
      '{ me { customer { loans { id annualRate } } } }',
      {},
      token,
    );
    const annualRate = rated.data!.me.customer.loans.find((l) => l.id === loan.id)!.annualRate;
    const rate = await ask('whats my interest rate');
    const high = await ask('is that high?', rate.conversationId);
    expect(high.topic?.intent).toBe('REFINANCE');
    expect(firstSentence(high.text)).toContain(formatAnnualRate(annualRate, 'en'));

    const last = await ask('how much did i spend last month');
    const most = await ask('where did most of it go?', last.conversationId);
    expect(most.topic?.intent).toBe('SPENDING');
    expect(firstSentence(most.text)).toMatch(/^You spent the most last month on /);
    expect(firstSentence(most.text)).toContain(formatWon(await spentTotal('period: LAST_MONTH'), 'en'));

    const pin = await ask('someone called saying theyre from my bank and asked for my card pin');
    expect(firstSentence(pin.text)).toMatch(
      /^No bank, prosecutor, police officer or the FSS will ever ask you/,
    );

    const typo = await ask('wen is my nxt paymnt');
    expect(typo.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(typo.text)).toContain(formatWon(loan.nextPayment!.payment.amount, 'en'));
  });

  it('QA round 4 (Korean): "상환유예하면 그동안 이자는 더 붙어요?" → yes, with the next instalment\'s interest; "육아휴직… 미룰수 있나요?" → yes, ask before the due date; "월 예산 좀 짜주세요.. 막막하네요" → the budget', async () => {
    const next = nextDue();
    const interest = await ask('상환유예하면 그동안 이자는 더 붙어요?');
    expect(interest.topic?.intent).toBe('HARDSHIP');
    expect(firstSentence(interest.text)).toMatch(
      /^네, 상환유예나 기한연장을 해도 그동안 이자는 계속 붙습니다/,
    );
    expect(firstSentence(interest.text)).toContain(formatWon(next.nextPayment!.interest.amount, 'ko'));
    const leave = await ask('육아휴직 들어가는데 대출이자 좀 미룰수 있나요?');
    expect(firstSentence(leave.text)).toMatch(
      /^네, .+ 납입일 전에 .+ 상환유예나 기한연장을 신청할 수 있습니다/,
    );
    expect(firstSentence(leave.text)).toContain(formatDate(next.nextPayment!.dueDate, 'ko', today()));
    const budget = await ask('월 예산 좀 짜주세요.. 막막하네요');
    expect(budget.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(budget.text)).toMatch(/한 달 예산/);
    expect(renderingErrors(interest.text + leave.text + budget.text)).toEqual([]);
  });

  it('QA round 4: "지난달 해외에서 긁은거 빼면 얼마 썼어?" → last month at home; "지난달보다 얼마나 줄었어?" after 교통 → 교통 compared; "how much did i spend overseas on my japan trip" → the last 12 months in shops abroad', async () => {
    const home = await ask('지난달 해외에서 긁은거 빼면 얼마 썼어?');
    expect(home.topic?.intent).toBe('SPENDING');
    expect(firstSentence(home.text)).toMatch(/^지난달 국내 카드 지출은 /);
    expect(firstSentence(home.text)).toContain(
      formatWon(await spentTotal('period: LAST_MONTH, locality: DOMESTIC'), 'ko'),
    );
    const transport = await ask('이번달교통비얼마나옴');
    const less = await ask('지난달보다 얼마나 줄었어?', transport.conversationId);
    const [now, before] = [
      await spentTotal('period: THIS_MONTH, category: "TRANSPORT"'),
      await spentTotal('period: LAST_MONTH, category: "TRANSPORT"'),
    ];
    expect(firstSentence(less.text)).toContain(`이번 달 교통 카드 지출은 ${formatWon(now, 'ko')}`);
    expect(firstSentence(less.text)).toContain(formatWon(before, 'ko'));
    // A trip is what was paid in shops abroad (an overseas website's order from home is not the trip's).
    const trip = await ask('how much did i spend overseas on my japan trip');
    expect(firstSentence(trip.text)).toMatch(/abroad in store in the last 12 months/);
    expect(firstSentence(trip.text)).toContain(
      formatWon(
        await spentTotal('period: LAST_N_MONTHS, months: 12, locality: OVERSEAS, channel: OFFLINE'),
        'en',
      ),
    );
    const abroad = await ask('how much did i spend overseas');
    expect(firstSentence(abroad.text)).toContain(
      formatWon(await spentTotal('period: LAST_N_MONTHS, months: 12, locality: OVERSEAS'), 'en'),
    );
  });

  it('QA round 4: "제일 자주 가는 가게 어디야?" → the merchant with most purchases in the last 3 months, its count and amount', async () => {
    const { from, through } = await periodDays('period: LAST_N_MONTHS, months: 3');
    const all = await charges();
    const by = new Map<string, { count: number; amount: Decimal }>();
    for (const n of all) {
      const day = koreanDate(new Date(n.occurredAt));
      if (day < from || day > through) continue;
      // One merchant: a known brand whatever its spelling, else the name with case and spaces ignored.
      const key = brandOf(n.merchantName) ?? n.merchantName.replace(/ /g, '').toLowerCase();
      const m = by.get(key) ?? { count: 0, amount: new Decimal(0) };
      if (new Decimal(n.amount.amount).gt(0)) m.count++;
      m.amount = m.amount.plus(n.amount.amount);
      by.set(key, m);
    }
    const top = [...by.values()]
      .filter((m) => m.amount.gt(0))
      .sort((a, b) => b.count - a.count || b.amount.cmp(a.amount))[0];
    const a = await ask('제일 자주 가는 가게 어디야?');
    expect(a.topic?.intent).toBe('SPENDING');
    expect(firstSentence(a.text)).toMatch(/^최근 3개월 가장 자주 결제하신 곳은 /);
    expect(firstSentence(a.text)).toContain(`${top.count}건, ${formatWon(top.amount.toFixed(0), 'ko')}`);
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 4: "지난달에 제일 돈 많이 쓴 날이 언제야?" → that day, its total and its largest purchase', async () => {
    const { from, through } = await periodDays('period: LAST_MONTH');
    const all = await charges();
    const days = new Map<string, Decimal>();
    for (const n of all) {
      const day = koreanDate(new Date(n.occurredAt));
      if (day >= from && day <= through)
        days.set(day, (days.get(day) ?? new Decimal(0)).plus(n.amount.amount));
    }
    const [day, amount] = [...days.entries()].sort((a, b) => b[1].cmp(a[1]) || a[0].localeCompare(b[0]))[0];
    const a = await ask('지난달에 제일 돈 많이 쓴 날이 언제야?');
    expect(a.topic?.intent).toBe('SPENDING');
    expect(firstSentence(a.text)).toMatch(
      new RegExp(`^지난달 가장 많이 쓰신 날은 ${escapeRegExp(formatDate(day, 'ko', today()))}(으로|로) `),
    );
    expect(firstSentence(a.text)).toContain(formatWon(amount.toFixed(0), 'ko'));
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 4: "how much did i spend at starbucks" with nothing there this month → that this month has none, first (QA round 21; round 14 led with the 12 months), then the last 12 months there', async () => {
    const month = await spentTotal('period: THIS_MONTH, merchant: "스타벅스"');
    const year = await spentTotal('period: LAST_N_MONTHS, months: 12, merchant: "스타벅스"');
    const a = await ask('how much did i spend at starbucks');
    expect(a.topic?.intent).toBe('SPENDING');
    if (month === '0' && year !== '0') {
      expect(firstSentence(a.text)).toMatch(/^You have no card payments at Starbucks this month \(₩0, /);
      expect(firstSentence(a.text)).toContain(
        `Over the last 12 months you spent ${formatWon(year, 'en')} there`,
      );
    } else expect(firstSentence(a.text)).toContain(formatWon(month, 'en'));
  });

  it('QA round 6: "주말에 쓴 돈 얼마야" / "+평일은?" / "how much did i spend on weekends last month" → Saturdays and Sundays (KST) only, from the transactions', async () => {
    const all = await charges();
    /** Net spending of the KST days [from, through] on weekends (true) or weekdays (false), from the card lists. */
    const spent = (from: string, through: string, weekend: boolean) =>
      all
        .filter((n) => {
          const day = koreanDate(new Date(n.occurredAt));
          const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
          return day >= from && day <= through && (dow === 0 || dow === 6) === weekend;
        })
        .reduce((a, n) => a.plus(n.amount.amount), new Decimal(0))
        .toFixed(0);
    const month = await periodDays('period: THIS_MONTH');
    const weekend = await ask('주말에 쓴 돈 얼마야');
    expect(weekend.topic?.intent).toBe('SPENDING');
    expect(firstSentence(weekend.text)).toMatch(/^이번 달 주말 카드 지출은 /);
    expect(firstSentence(weekend.text)).toContain(formatWon(spent(month.from, month.through, true), 'ko'));
    expect(await spentTotal('period: THIS_MONTH, days: WEEKENDS')).toBe(
      spent(month.from, month.through, true),
    );
    const weekdays = await ask('평일은?', weekend.conversationId);
    expect(firstSentence(weekdays.text)).toMatch(/^이번 달 평일 카드 지출은 /);
    expect(firstSentence(weekdays.text)).toContain(formatWon(spent(month.from, month.through, false), 'ko'));
    const last = await periodDays('period: LAST_MONTH');
    const en = await ask('how much did i spend on weekends last month');
    expect(firstSentence(en.text)).toMatch(
      new RegExp(
        `^You spent ${escapeRegExp(formatWon(spent(last.from, last.through, true), 'en'))} on weekends last month`,
      ),
    );
    expect(renderingErrors(weekend.text + weekdays.text + en.text)).toEqual([]);
    // "한 달에 보통 얼마 써?": a month's average over the last three complete months (QA round 24, spend24: was the
    // last three months to date), not a product question.
    const usual = await ask('한 달에 보통 얼마 써?');
    expect(usual.topic?.intent).toBe('SPENDING');
    const three = await spentTotal(completeMonths());
    expect(firstSentence(usual.text)).toContain(
      formatWon(new Decimal(three).div(3).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), 'ko'),
    );
  });

  it('QA round 6: a home\'s price is not the loan ("집값 4억짜리 사려면 주담대 얼마나 나와요?" → the lower of the LTV\'s and the DSR\'s limits); "이번달 하루 평균" → the month so far over its days', async () => {
    const sim = await t.request<{
      simulateLoanLimit: {
        maxLoan: { amount: string };
        ltvLimit: { amount: string };
        dsrLimit: { amount: string };
      };
    }>(
      `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
         ... on LoanLimitSimulation { maxLoan { amount } ltvLimit { amount } dsrLimit { amount } } } }`,
      {
        input: {
          lenderType: 'BANK',
          newLoan: ASSUMED_NEW_LOANS.MORTGAGE,
          collateral: { value: '400000000', ltvRatio: ASSUMED_LTV },
        },
      },
      token,
    );
    expect(sim.errors).toBeUndefined();
    const { maxLoan, ltvLimit, dsrLimit } = sim.data!.simulateLoanLimit;
    const ko = await ask('집값 4억짜리 사려면 주담대 얼마나 나와요?');
    expect(ko.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(ko.text)).toMatch(
      new RegExp(
        `^집값 400,000,000원이면 주택담보대출은 최대 ${escapeRegExp(formatWon(maxLoan.amount, 'ko'))}까지`,
      ),
    );
    for (const v of [ltvLimit, dsrLimit]) expect(firstSentence(ko.text)).toContain(formatWon(v.amount, 'ko'));
    // Not "borrowing the 400,000,000원 you asked about".
    expect(ko.text).not.toMatch(/말씀하신 400,000,000원/);
    const en = await ask('i want to buy a 400 million won apartment, how much mortgage could i get');
    expect(firstSentence(en.text)).toMatch(
      new RegExp(
        `^For a ₩400,000,000 home you could borrow up to ${escapeRegExp(formatWon(maxLoan.amount, 'en'))}`,
      ),
    );
    const { from, through } = await periodDays('period: THIS_MONTH');
    const days = Math.round((Date.parse(through) - Date.parse(from)) / 86_400_000) + 1;
    const total = await spentTotal('period: THIS_MONTH');
    const daily = await ask('이번달 하루 평균 얼마 쓰고 있어요?');
    expect(daily.topic?.intent).toBe('SPENDING');
    expect(firstSentence(daily.text)).toBe(
      `이번 달 하루 평균 카드 지출은 약 ${formatWon(new Decimal(total).div(days).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), 'ko')}입니다: ` +
        `${days}일(${formatDate(from, 'ko', today())} ~ ${formatDate(through, 'ko', today())}) 동안 ${formatWon(total, 'ko')}, ` +
        `${(await spentCount('period: THIS_MONTH')).toString()}건입니다.`,
    );
    for (const a of [ko, en, daily]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 6: scams by text (a "pre-approved" loan, a fee first, a payment alert), jeonse fraud, a deferral that "wrecks my credit", anger and overwhelm, giving up', async () => {
    const offer = await ask("i got a text saying i'm pre-approved for a loan at 2.9%, is it legit?");
    expect(offer.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(offer.text)).toMatch(/^A real lender never asks for a fee, deposit/);
    const fee = await ask('대출 승인됐는데 보증금 먼저 입금하래요');
    expect(firstSentence(fee.text)).toMatch(/^정상적인 금융회사는 대출을 내주기 전에 수수료·보증금/);
    const alert = await ask('카드 복제된거 같아요 해외에서 결제 시도됐다고 문자 왔어요');
    expect(firstSentence(alert.text)).toMatch(
      /^결제가 됐다거나 해외 결제가 시도됐다며 전화번호나 링크를 주는 문자는/,
    );
    expect(alert.emotion?.label).toBe('ANXIOUS');
    // 전세사기: the deposit and the loan still owed, with its balance and maturity — not the phone-scam steps.
    const [jeonse] = (await activeLoansWith('kind balance { amount } maturityOn')).filter(
      (l) => (l as unknown as { kind: string }).kind === 'JEONSE',
    ) as unknown as { balance: { amount: string }; maturityOn: string }[];
    const fraud = await ask('전세사기 당한거 같아요 집주인이 연락이 안돼요');
    expect(fraud.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(fraud.text)).toMatch(
      /^집주인이 보증금을 돌려주지 않아도 전세대출은 갚아야 할 빚으로 남습니다/,
    );
    expect(fraud.text).toContain('임차권등기명령');
    expect(fraud.text).toContain(formatWon(jeonse.balance.amount, 'ko'));
    expect(fraud.text).toContain(formatDate(jeonse.maturityOn, 'ko'));
    expect(fraud.text).not.toMatch(/지급정지/);
    const then = await ask('그럼 대출은 어떻게 돼요?', fraud.conversationId);
    expect(then.topic?.intent).toBe('LOAN_BALANCE');
    expect(then.text).toContain(formatWon(jeonse.balance.amount, 'ko'));
    // "Yes: you can ask…" read as "yes, it will wreck it": the credit effect leads.
    const wreck = await ask('will deferring my payments wreck my credit');
    expect(firstSentence(wreck.text)).toMatch(
      /^A deferral or extension agreed with your lender before the due date is not a late payment/,
    );
    const stop = await ask('can i stop paying for 3 months while i look for work');
    expect(stop.topic?.intent).toBe('HARDSHIP');
    expect(firstSentence(stop.text)).toMatch(/^Yes: you can ask .+ for a deferral/);
    // An angry tail no longer makes it chit-chat.
    const angry = await ask('아니 이자가 왜이렇게 비싸요 진짜 짜증나네');
    expect(angry.topic?.intent).toBe('NEXT_PAYMENT');
    expect(angry.emotion?.label).toBe('FRUSTRATED');
    expect(angry.text).toMatch(/이자는 남은 원금 .+(?:에| ×) 연 .+%/);
    const overwhelmed = await ask('im overwhelmed. what do i do?');
    expect(overwhelmed.topic?.intent).toBe('HARDSHIP');
    expect(overwhelmed.emotion?.label).toBe('ANXIOUS');
    const givingUp = await ask('honestly i feel like giving up on everything, this debt is crushing me');
    expect(givingUp.text).toMatch(/^I am worried about what you wrote.+109/);
    for (const a of [offer, fee, alert, fraud, then, wreck, stop, angry, overwhelmed, givingUp])
      expect(renderingErrors(a.text)).toEqual([]);
  });

  it("QA round 6: a bare charge amount, a trip left out, when the loan ends, next month's spending, the month left, a wasted-interest worry, the auto-debit short, blocking use abroad", async () => {
    // "what's this 68,500 charge on my card": that amount's charges, the newest first, its brand said in English.
    const latest = (await charges())
      .filter((c) => c.amount.amount === '68500')
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))[0];
    const charge = await ask("what's this 68,500 charge on my card");
    expect(charge.topic?.intent).toBe('SUSPECTED_FRAUD');
    const brand = brandOf(latest.merchantName);
    expect(firstSentence(charge.text)).toContain(
      `₩68,500 at “${brand ? merchantDisplayName(brand, 'en') : latest.merchantName}”`,
    );
    expect(firstSentence(charge.text)).not.toMatch(/[가-힣]/);
    const trip = await ask('지난달에 일본에서 쓴거 빼면 얼마 썼어?');
    expect(firstSentence(trip.text)).toMatch(/^지난달 국내 카드 지출은 /);
    expect(firstSentence(trip.text)).toContain(
      formatWon(await spentTotal('period: LAST_MONTH, locality: DOMESTIC'), 'ko'),
    );
    const [loan] = (await activeLoansWith('maturityOn')) as unknown as { maturityOn: string }[];
    const ends = await ask('대출 다 갚으면 너무 홀가분할거같아요 ㅎㅎ 언제 끝나요?');
    expect(ends.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(ends.text)).toContain(`만기는 ${formatDate(loan.maturityOn, 'ko')}입니다`);
    const f = await t.request<{
      me: { customer: { forecast: { points: { period: string; mean: { amount: string } }[] } } };
    }>(
      '{ me { customer { forecast(metric: SPENDING, horizon: 3) { points { period mean { amount } } } } } }',
      {},
      token,
    );
    const nextMonth = addMonths(`${today().slice(0, 7)}-01`, 1).slice(0, 7);
    const point = f.data!.me.customer.forecast.points.find((p) => p.period.startsWith(nextMonth))!;
    const next = await ask('how much am i likely to spend next month');
    expect(next.topic?.intent).toBe('FORECAST');
    expect(firstSentence(next.text)).toContain(
      `next month (${formatMonth(point.period, 'en')}) is expected to be about ${formatWon(new Decimal(point.mean.amount).toFixed(0), 'en')}`,
    );
    const left = await ask('how much money do i have left for the rest of the month');
    expect(left.topic?.intent).toBe('SAVINGS');
    expectMoneyLeft(left.text, /^You have about ₩[\d,]+ left this month/);
    const [offers] = loans.filter((l) => l.refinanceOffers.stayWithCurrentLender);
    const wasted = await ask('대출이자 매달 나가는거 너무 아까운데 방법 없을까요');
    expect(wasted.topic?.intent).toBe('REFINANCE');
    if (offers)
      expect(wasted.text).toContain(
        formatWon(offers.refinanceOffers.stayWithCurrentLender!.monthlySaving.amount, 'ko'),
      );
    const short = await ask('자동이체 통장에 돈 부족하면 어떻게 돼요?');
    expect(short.topic?.intent).toBe('ARREARS');
    expect(short.text).toMatch(/연체이자/);
    const block = await ask('can i block my card from being used overseas');
    expect(firstSentence(block.text)).toMatch(
      /^I can’t change card settings from here: switch on the overseas-payment block/,
    );
    for (const a of [charge, trip, ends, next, left, wasted, short, block])
      expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 6: follow-ups — "+그럼 3천은?" after a prepayment, "+and how do i cut it?", "+평소보다 많은거 맞아요?", "+why so low?" after the score (the DSR named among what cost it most)', async () => {
    const [loan] = loans.filter((l) => l.kind === 'JEONSE');
    const effect = await t.request<{ node: { prepaymentEffect: { paymentAfter: { amount: string } } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Loan { prepaymentEffect(amount: "30000000") { paymentAfter { amount } } } } }`,
      { id: loan.id },
      token,
    );
    expect(effect.errors).toBeUndefined();
    const first = await ask('1000만원 먼저 갚으면 이자 얼마나 아껴요?');
    const more = await ask('그럼 3천은?', first.conversationId);
    expect(more.topic?.intent).toBe('PREPAYMENT_EFFECT');
    expect(firstSentence(more.text)).toMatch(/^30,000,000원을 /);
    expect(firstSentence(more.text)).toContain(
      formatWon(effect.data!.node.prepaymentEffect.paymentAfter.amount, 'ko'),
    );
    const groceries = await ask('how much did i spend on groceries this month');
    const cut = await ask('and how do i cut it?', groceries.conversationId);
    // QA round 28 (ko28): a cut reads the last three complete months, the savings answers' months.
    const three = await spentTotal(completeMonths(', category: "GROCERY"'));
    expect(firstSentence(cut.text)).toBe(
      `Over ${completeMonthsPhrase('en')} you spent about ${formatWon(new Decimal(three).div(3).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), 'en')} a month on groceries.`,
    );
    const food = await ask('지난달 식비 넘 많이 쓴듯..');
    const usual = await ask('평소보다 많은거 맞아요?', food.conversationId);
    // Since QA round 9 "평소" is a usual month: the three complete months before last month, averaged.
    const last = await spentTotal('period: LAST_MONTH, category: "FOOD"');
    const usualFood = (
      await Promise.all(
        [2, 3, 4].map((n) => spentTotal(`period: MONTHS_AGO, months: ${n}, category: "FOOD"`)),
      )
    )
      .reduce((a, v) => a.plus(v), new Decimal(0))
      .div(3)
      .toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    expect(firstSentence(usual.text)).toMatch(
      new RegExp(`^지난달 식비 카드 지출은 ${escapeRegExp(formatWon(last, 'ko'))}`),
    );
    expect(firstSentence(usual.text)).toContain(`한 달 평균 ${formatWon(usualFood.toFixed(0), 'ko')})`);
    // The score's drivers by points lost: the DSR (a quarter of the weight) before lighter ones it outscores.
    const h = await t.request<{
      me: {
        customer: {
          healthScore: { components: { name: string; score: number | null; weight: number; note: string }[] };
        };
      };
    }>('{ me { customer { healthScore { components { name score weight note } } } } }', {}, token);
    const scored = h.data!.me.customer.healthScore.components.filter((c) => c.score !== null);
    const top = [...scored].sort((a, b) => (100 - b.score!) * b.weight - (100 - a.score!) * a.weight)[0];
    const score = await ask('whats my financial health score');
    const low = await ask('why so low?', score.conversationId);
    for (const a of [score, low]) {
      expect(a.topic?.intent).toBe('HEALTH_SCORE');
      expect(a.text.split('\n')[2]).toBe(`- ${top.note}`);
    }
    for (const a of [more, cut, usual, score, low]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 6: "보너스 500" is 5,000,000원; "did my november loan payment go through?" → the ledger\'s last payment; a category with nothing this month → its 12 months; "상반기랑 하반기 중에" → both halves', async () => {
    const [loan] = loans.filter((l) => l.kind === 'JEONSE');
    const effect = await t.request<{ node: { prepaymentEffect: { paymentAfter: { amount: string } } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Loan { prepaymentEffect(amount: "5000000") { paymentAfter { amount } } } } }`,
      { id: loan.id },
      token,
    );
    const bonus = await ask('보너스 500 들어오는데 대출 갚는게 나을까요 적금이 나을까요');
    expect(bonus.text).toContain(`5,000,000원을 지금 `);
    expect(bonus.text).toContain(formatWon(effect.data!.node.prepaymentEffect.paymentAfter.amount, 'ko'));
    const history = await t.request<{
      node: { repaymentHistory: { paidOn: string; amount: { amount: string } }[] };
    }>(
      `query ($id: ID!) { node(id: $id) { ... on Loan { repaymentHistory { paidOn amount { amount } } } } }`,
      { id: loan.id },
      token,
    );
    expect(history.errors).toBeUndefined();
    const paid = [...history.data!.node.repaymentHistory].sort((a, b) => b.paidOn.localeCompare(a.paidOn))[0];
    const went = await ask('did my november loan payment go through?');
    expect(firstSentence(went.text)).toContain(
      `payment was ${formatWon(paid.amount.amount, 'en')} on ${formatDate(paid.paidOn, 'en', today())}`,
    );
    const twelve = await spentTotal('period: LAST_N_MONTHS, months: 12, category: "LEISURE"');
    if ((await spentTotal('period: THIS_MONTH, category: "LEISURE"')) === '0' && twelve !== '0') {
      const movies = await ask('영화 보는데 돈 얼마 썼어?');
      expect(firstSentence(movies.text)).toContain(`최근 12개월에는 `);
      expect(firstSentence(movies.text)).toContain(formatWon(twelve, 'ko'));
    }
    const halves = await ask('올 상반기랑 하반기 중에 언제 더 많이 썼어?');
    const [second, first] = [await spentTotal('period: SECOND_HALF'), await spentTotal('period: FIRST_HALF')];
    expect(firstSentence(halves.text)).toMatch(
      new RegExp(
        `^하반기 카드 지출은 ${escapeRegExp(formatWon(second, 'ko'))}으로, 상반기 ${escapeRegExp(formatWon(first, 'ko'))}보다`,
      ),
    );
    for (const a of [bonus, went, halves]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 7: a mistaken transfer, "want it all to end" (the crisis lines), "자주가는데" is not a share price, a fee asked before a loan by phone, a deposit at risk, peers in English, "2천 더 받으면"', async () => {
    const wrong = await ask('help i accidentally sent 500k to the wrong account');
    expect(wrong.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(wrong.text)).toMatch(/^If you sent money to the wrong account, ask your bank now/);
    expect(wrong.text).toContain('1588-0037');
    const end = await ask('whats the point anymore, i cant ever pay this off, i just want it all to end');
    expect(end.text).toMatch(/^I am worried about what you wrote.+109.+1577-0199/);
    expect(end.topic?.intent).toBe('HARDSHIP');
    const often = await ask('스타벅스 자주가는데 한달에 얼마 써요?');
    expect(often.topic?.intent).toBe('SPENDING');
    const three = await spentTotal('period: LAST_N_MONTHS, months: 3, merchant: "스타벅스"');
    expect(firstSentence(often.text)).toContain(
      formatWon(new Decimal(three).div(3).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), 'ko'),
    );
    expect(often.text).not.toMatch(/주식|코인/);
    const insurance = await ask(
      "a guy called saying i need to send 300k for 'insurance' before my loan gets released",
    );
    expect(firstSentence(insurance.text)).toMatch(/^A real lender never asks for a fee, deposit, insurance/);
    const deposit = await ask('im scared ill lose my jeonse deposit, landlord is sketchy');
    expect(deposit.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(deposit.text)).toMatch(
      /^Your jeonse loan is still owed even if the landlord does not return the deposit/,
    );
    const p = await t.request<{
      me: {
        customer: {
          peerComparison: {
            metrics: { metric: string; percentile: number; groupMedian: number | null }[];
          } | null;
        };
      };
    }>('{ me { customer { peerComparison { metrics { metric percentile groupMedian } } } } }', {}, token);
    const total = p.data!.me.customer.peerComparison?.metrics.find((m) => m.metric === 'TOTAL_SPEND');
    if (total?.groupMedian != null) {
      const peers = await ask('how do i compare to other people my age');
      expect(peers.topic?.intent).toBe('SPENDING');
      expect(firstSentence(peers.text)).toContain(
        `(median ${formatWon(new Decimal(total.groupMedian).toFixed(0), 'en')})`,
      );
    }
    // PMT(5.5 %/12, 60, 20,000,000), rounded to the won: the first instalment of the amount asked.
    const r = new Decimal('0.055').div(12);
    const pmt = new Decimal(20_000_000).times(r).div(new Decimal(1).minus(r.plus(1).pow(-60)));
    const more = await ask('신용대출 2천 더 받으면 한달에 얼마 늘어요?');
    expect(firstSentence(more.text)).toMatch(/^말씀하신 20,000,000원을 60개월/);
    expect(firstSentence(more.text)).toContain(
      `한 달 납입액은 ${formatWon(pmt.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), 'ko')}`,
    );
    // "can i afford a 1.5 million won laptop this month": against what the month leaves (the README's "left to spend"
    // answer's figure), not a 60-month loan.
    const left = await ask('how much do I have left to spend this month?');
    expectMoneyLeft(left.text, /^You have about ₩[\d,]+ left this month/);
    const { income, debt } = await monthlySurplus();
    const figure = formatWon(
      (income - debt - BigInt(await narrowedTotal('THIS_MONTH', {}))).toString(),
      'en',
    );
    const laptop = await ask('can i afford a 1.5 million won laptop this month');
    expect(laptop.topic?.intent).toBe('SAVINGS');
    // QA round 24 (plan24): in a month whose card bill already leaves it short, the purchase is weighed on that basis
    // alone (was "than the about ₩873,852 your month has left" beside "₩801,938 short").
    if (/^This month may come up short/.test(left.text))
      expect(firstSentence(laptop.text)).toMatch(/^No — this month has no room for a ₩1,500,000 purchase/);
    else expect(firstSentence(laptop.text)).toContain(`than the about ${figure} your month has left`);
    for (const a of [wrong, end, often, insurance, deposit, more, laptop])
      expect(renderingErrors(a.text)).toEqual([]);
  });

  it("QA round 8: a parent's debts (the heir's rules, not a flagged charge), a card's minimum payment (the bill it is part of), the phone every month, a month named ahead", async () => {
    const heir = await ask('아버지가 돌아가셨는데 빚이 있어요. 제가 갚아야 하나요?');
    expect(heir.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(heir.text)).toMatch(/^가족의 빚은 보증을 서거나 함께 빌린 게 아니라면/);
    expect(heir.text).toMatch(/3개월 안에 가정법원에 상속포기나 한정승인.+☎ 132/);
    const heirEn = await ask('my dad passed away and left debt, do i have to pay it');
    expect(firstSentence(heirEn.text)).toMatch(/^You do not have to pay a family member’s debts/);
    const now = today();
    const { bill, instalments } = await cardBillOf(now);
    const minimum = await ask('whats the minimum payment on my card');
    expect(minimum.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(minimum.text).toContain('this app does not hold it');
    const minimumKo = await ask('이번달 카드 최소결제금액 얼마예요?');
    expect(minimumKo.text).toContain('이 앱에는 없습니다');
    if (instalments) {
      expect(firstSentence(minimum.text)).toContain(billDueSentence(bill, 'en'));
      expect(firstSentence(minimumKo.text)).toContain(billDueSentence(bill, 'ko'));
    }
    const phone = await ask('how much do i pay for my phone every month');
    expect(phone.topic?.intent).toBe('SPENDING');
    // QA round 24 (spend24): the last three complete months.
    const three = await spentTotal(completeMonths(', category: "TELECOM"'));
    expect(firstSentence(phone.text)).toContain(
      formatWon(new Decimal(three).div(3).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), 'en'),
    );
    // "forecast for december": the next December (this month in December), first — read from forecast() with the
    // horizon the answer asks for (two steps past the month).
    const ahead = (12 - Number(now.slice(5, 7)) + 12) % 12;
    const f = await t.request<{
      me: { customer: { forecast: { points: { period: string; mean: { amount: string } }[] } | null } };
    }>(
      `query ($h: Int!) { me { customer { forecast(metric: SPENDING, horizon: $h) { points { period mean { amount } } } } } }`,
      { h: Math.min(12, ahead + 2) },
      token,
    );
    const december = f.data!.me.customer.forecast?.points.find((p) =>
      p.period.startsWith(`${now.slice(0, 4)}-12`),
    );
    const dec = await ask('forecast for december');
    expect(dec.topic?.intent).toBe('FORECAST');
    if (december)
      expect(firstSentence(dec.text)).toContain(
        `(${formatMonth(december.period, 'en')}) is expected to be about ${formatWon(new Decimal(december.mean.amount).toFixed(0), 'en')}`,
      );
    // "12월 카드값 얼마나 나올까요?" asked the month before: next month's bill (this month's spending so far), not the
    // December gone.
    const nextMonth = addMonths(`${now.slice(0, 7)}-01`, 1);
    const next = await cardBillOf(nextMonth);
    const named = await ask(`${Number(nextMonth.slice(5, 7))}월 카드값 얼마나 나올까요?`);
    expect(named.topic?.intent).toBe('SPENDING');
    expect(firstSentence(named.text)).toMatch(/^다음 달에 청구될 카드값은/);
    expect(firstSentence(named.text)).toContain(
      formatWon(next.instalments ? next.bill.toString() : await spentTotal('period: THIS_MONTH'), 'ko'),
    );
    for (const a of [heir, heirEn, minimum, minimumKo, phone, dec, named])
      expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 8: standing guarantee, the court\'s debt relief and "무조건 되죠?" (no), self-harm said without "die", a rate quoted "at", the next three payments, a day\'s average, the dearest thing bought, "먹는 데"', async () => {
    const guarantee = await ask('친구가 보증 서달라는데 서도 될까요');
    expect(guarantee.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(guarantee.text)).toMatch(
      /^보증을 서면 빌린 사람이 갚지 못할 때 그 빚을 보증한 금액까지 대신 갚아야/,
    );
    const rows = (await activeScheduleRows()).filter((r) => !r.paid);
    const next = rows[0];
    const certain = await ask('채무조정 신청하면 무조건 되는 거죠?');
    expect(certain.topic?.intent).toBe('HARDSHIP');
    expect(firstSentence(certain.text)).toMatch(/^아니요, 채무조정은 신청한다고 모두 받아들여지지 않습니다/);
    expect(certain.text).toContain(formatWon(next.payment.amount, 'ko'));
    expect(certain.text).toContain('1397');
    const court = await ask('개인회생 하면 어떻게 돼요?');
    expect(firstSentence(court.text)).toMatch(/^개인회생은 법원에 신청해 보통 3년\(최장 5년\)/);
    expect(court.text).toContain(formatWon(next.payment.amount, 'ko'));
    expect(court.text).not.toMatch(/소득에 비해 소비가 많거나/);
    const ending = await ask('i keep thinking about ending it all because of this loan');
    expect(ending.text).toMatch(/^I am worried about what you wrote.+109.+1577-0199/);
    const meant = await ask('i mean it. i dont want to be here', ending.conversationId);
    expect(meant.topic?.intent).toBe('HARDSHIP');
    expect(meant.text).toMatch(/^I am worried about what you wrote.+109.+1577-0199/);
    const q32 = await refinanceAt('0.032');
    const toss = await ask('toss says they can do my loan at 3.2%, should i switch');
    expect(firstSentence(toss.text)).toContain(
      `would cost ${formatWon(q32.switchLender.newPayment.amount, 'en')} a month instead of ${formatWon(q32.current.payment.amount, 'en')}`,
    );
    const three = await ask('앞으로 3번 내는 거 날짜랑 금액');
    expect(three.topic?.intent).toBe('REPAYMENT_SCHEDULE');
    for (const r of rows.slice(0, 3))
      expect(three.text).toContain(
        `${formatDate(r.dueDate, 'ko', today())} ${formatWon(r.payment.amount, 'ko')}`,
      );
    const { from, through } = await periodDays('period: THIS_MONTH');
    const days = Math.round((Date.parse(through) - Date.parse(from)) / 86_400_000) + 1;
    const daily = await ask('하루 평균 얼마 쓰고 있어요?');
    expect(daily.topic?.intent).toBe('SPENDING');
    expect(firstSentence(daily.text)).toContain(
      `약 ${formatWon(new Decimal(await spentTotal('period: THIS_MONTH')).div(days).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), 'ko')}`,
    );
    // The dearest purchase of this year (KST), read from the card transactions.
    const year = today().slice(0, 4);
    const purchases = (
      await cardTransactions<{ kind: string; occurredAt: string; amount: { amount: string } }>(
        'kind occurredAt amount { amount }',
      )
    ).filter((n) => n.kind === 'PURCHASE' && koreanDate(new Date(n.occurredAt)).startsWith(year));
    const dearest = await ask('이번 년도에 제일 비싸게 산 게 뭐예요');
    expect(dearest.topic?.intent).toBe('CARD_TRANSACTIONS');
    if (purchases.length) {
      const top = purchases.reduce((a, b) => (BigInt(b.amount.amount) > BigInt(a.amount.amount) ? b : a));
      expect(firstSentence(dearest.text)).toContain(`${formatWon(top.amount.amount, 'ko')}입니다`);
    }
    const food = await ask('지난 분기에 먹는 데 쓴 돈');
    expect(firstSentence(food.text)).toContain(
      `지난 분기 식비 카드 지출은 ${formatWon(await spentTotal('period: LAST_QUARTER, category: "FOOD"'), 'ko')}입니다`,
    );
    const cut = await ask('이자 너무 많이 내는 거 같은데 줄이는 방법');
    expect(cut.topic?.intent).toBe('REFINANCE');
    const late = await ask('if i miss the december payment by like a week');
    expect(late.topic?.intent).toBe('ARREARS');
    // balance due × penalty rate × 7 ÷ 365, rounded down (the arrears answer's own worked example).
    expect(firstSentence(late.text)).toMatch(
      new RegExp(
        `^If you pay your .+ instalment of ${escapeRegExp(formatWon(next.payment.amount, 'en'))} \\(due .+\\) 7 days late`,
      ),
    );
    for (const a of [guarantee, certain, court, meant, toss, three, daily, dearest, food, cut, late])
      expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 9: weekends against weekdays a day each, "+그럼 1년이면요?" after a month\'s savings, a housing-subscription account, the fees of a card payment abroad, the policy loans for low incomes', async () => {
    // The last three complete months (QA round 24, spend24: was the last three months to date), read as a client
    // would: each set of days' total ÷ its days (KST calendar).
    const { from, through } = await periodDays(completeMonths());
    let weekendDays = 0;
    let allDays = 0;
    for (let d = from; d <= through; d = addDays(d, 1), allDays++)
      if ([0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) weekendDays++;
    const perDay = (total: string, days: number) =>
      formatWon(new Decimal(total).div(days).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), 'ko');
    const weekends = await spentTotal(completeMonths(', days: WEEKENDS'));
    const weekdays = await spentTotal(completeMonths(', days: WEEKDAYS'));
    const days = await ask('주말이랑 평일 중에 언제 더 많이 써요?');
    expect(days.topic?.intent).toBe('SPENDING');
    expect(firstSentence(days.text)).toContain(
      `) 하루 평균 카드 지출은 주말 ${perDay(weekends, weekendDays)}, 평일 ${perDay(weekdays, allDays - weekendDays)}`,
    );
    expect(days.text).toContain(`주말 ${weekendDays}일 동안 ${formatWon(weekends, 'ko')}`);
    const daysEn = await ask('do i spend more on weekends?');
    expect(firstSentence(daysEn.text)).toContain(
      `averages ${formatWon(new Decimal(weekends).div(weekendDays).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), 'en')} a day on weekends`,
    );
    // "그럼 1년이면요?" after a month's savings: twelve of the same month, first.
    const { surplus } = await monthlySurplus();
    const month = await ask('한 달에 얼마 모을 수 있어요?');
    const year = await ask('그럼 1년이면요?', month.conversationId);
    expect(year.topic?.intent).toBe('SAVINGS');
    // QA round 23 (spend23): a month that leaves nothing (the last three complete months' card spending) says so.
    if (surplus > 0n)
      expect(firstSentence(year.text)).toBe(
        `매달 남는 약 ${formatWon(surplus.toString(), 'ko')}을 1년(12개월) 모으면 약 ${formatWon((surplus * 12n).toString(), 'ko')}이 됩니다 (이자 제외).`,
      );
    else expect(firstSentence(year.text)).toMatch(/^지금은 매달 남는 돈이 없습니다: /);
    const subscription = await ask('청약통장 해지하면 손해인가요?');
    expect(subscription.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(subscription.text)).toMatch(
      /^청약통장\(주택청약종합저축\)을 해지하면 그동안 쌓은 가입기간과 납입 회차가 사라져/,
    );
    const fees = await ask('해외 결제 수수료 얼마나 붙어요?');
    expect(fees.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(fees.text)).toMatch(/^해외에서 카드로 결제하면 결제액에 국제 브랜드 수수료/);
    expect(fees.text).toMatch(/원화로 결제하면\(해외원화결제, DCC\) 3~8%/);
    const policy = await ask('서민금융 정책대출 받을 수 있나요?');
    expect(policy.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(policy.text).toContain('서민금융진흥원(☎ 1397)');
    // Not a credit-loan simulation of the customer's limit.
    expect(policy.text).not.toMatch(/최대 [\d,]+원까지 가능/);
    // "티머니 결제 이상한데": that merchant's latest charge first ("티머니 교통카드" on the statement), then the flagged.
    const tmoney = (
      await cardTransactions<{ merchantName: string; occurredAt: string; amount: { amount: string } }>(
        'merchantName occurredAt amount { amount }',
      )
    )
      .filter((n) => n.merchantName.includes('티머니'))
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
    const strange = await ask('티머니 결제 이상한데');
    expect(strange.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(strange.text)).toContain('티머니');
    if (tmoney.length)
      // One charge matched: its day and place first (QA round 22, carefu); several: the latest after the count.
      expect(firstSentence(strange.text)).toMatch(
        new RegExp(
          `“${tmoney[0].merchantName}”(?:에서 결제된)? ${formatWon(tmoney[0].amount.amount, 'ko')}입니다`,
        ),
      );
    // "평소보다 이번 달에 많이 쓴 것 같아요": this month against the three complete months before it, a month's average.
    const before = await Promise.all([1, 2, 3].map((n) => spentTotal(`period: MONTHS_AGO, months: ${n}`)));
    const usualMonth = before
      .reduce((a, v) => a.plus(v), new Decimal(0))
      .div(3)
      .toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    const thisMonth = await spentTotal('period: THIS_MONTH');
    const usual = await ask('평소보다 이번 달에 많이 쓴 것 같아요');
    expect(usual.topic?.intent).toBe('SPENDING');
    expect(firstSentence(usual.text)).toContain(
      `이번 달 카드 지출은 ${formatWon(thisMonth, 'ko')}으로, 평소(`,
    );
    expect(firstSentence(usual.text)).toContain(
      `한 달 평균 ${formatWon(usualMonth.toFixed(0), 'ko')})보다 ${formatWon(new Decimal(thisMonth).minus(usualMonth).abs().toFixed(0), 'ko')}`,
    );
    // "I'm scared I'll lose my apartment" (was a product question about rates): whether their loans can cost the home.
    const apartment = await ask("I'm scared I'll lose my apartment");
    expect([apartment.topic?.intent, apartment.emotion?.label]).toEqual(['HARDSHIP', 'ANXIOUS']);
    expect(firstSentence(apartment.text)).toMatch(/^None of your loans is secured on a home/);
    // "내 대출 금리 다른 은행이랑 비교해줘" (was the loans' overview): their loan against the other lenders' offers.
    const shop = await ask('내 대출 금리 다른 은행이랑 비교해줘');
    expect(shop.topic?.intent).toBe('REFINANCE');
    // "리볼빙 하면 신용점수 떨어져요?" (was the score alone): what revolving does to it, then the score on file.
    const revolving = await ask('리볼빙 하면 신용점수 떨어져요?');
    expect(firstSentence(revolving.text)).toMatch(
      /^리볼빙\(일부결제금액이월\)을 쓰면 다음 달로 넘긴 카드값이 빚으로/,
    );
    // "제 DSR 얼마예요?": the ratio, and no spending scenario under it (spending is no part of a DSR).
    const dsr = await ask('제 DSR 얼마예요?');
    expect(firstSentence(dsr.text)).toMatch(/^고객님의 지금 DSR은 [\d.]+%입니다/);
    expect(dsr.text).not.toContain('소득에 비해 소비가');
    // "+what would my dsr be then" after an income cut in half: the same repayments over half the income, first.
    const { dsrBefore, dsrCapRatio } = await bankDsr();
    const cut = await ask('my income got cut in half');
    expect(cut.topic?.intent).toBe('HARDSHIP');
    expect(cut.emotion?.label).toBe('ANXIOUS');
    expect((await ask('월급이 반으로 줄었어요')).emotion?.label).toBe('ANXIOUS');
    const then = await ask('what would my dsr be then', cut.conversationId);
    expect(then.topic?.intent).toBe('PRODUCT_QUESTION');
    const pct = (r: Decimal.Value) => `${new Decimal(r).times(100).toFixed(1)}%`;
    expect(firstSentence(then.text)).toBe(
      `If your income halves, your DSR goes from ${pct(dsrBefore!)} to ${pct(new Decimal(dsrBefore!).div(0.5))} (as a bank's review computes it; the cap is ${pct(dsrCapRatio!)}${new Decimal(dsrBefore!).div(0.5).gt(dsrCapRatio!) ? ': above it a bank would not lend more, though your loans’ payments stay the same' : ''}).`,
    );
    const thirty = await ask('소득이 30% 줄면 DSR 얼마나 돼요?');
    expect(firstSentence(thirty.text)).toContain(
      `소득이 30% 줄면 DSR은 지금 ${pct(dsrBefore!)}에서 ${pct(new Decimal(dsrBefore!).div(0.7))}`,
    );
    for (const a of [
      days,
      daysEn,
      year,
      subscription,
      fees,
      policy,
      strange,
      usual,
      apartment,
      shop,
      revolving,
      dsr,
      then,
      thirty,
    ])
      expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 10: "매달 50만원씩 더 갚으면 언제 끝나요?" → loan.extraRepaymentEffect first; a job about to be lost → hardship, not a forecast; "이자만 먼저 낼 수 있나요?" → interest only', async () => {
    const [loan] = await activeLoansWith(
      `id kind maturityOn nextPayment { dueDate } extra: extraRepaymentEffect(monthlyExtra: "500000") {
         monthsSaved lastDueDateBefore lastDueDateAfter lastPaymentBefore { amount } lastPaymentAfter { amount }
         paymentBefore { amount } paymentWithExtra { amount } interestSaved { amount } extraTotal { amount }
         prepaymentFees { amount } }`,
    );
    const e = (
      loan as unknown as {
        extra: {
          monthsSaved: number;
          lastDueDateBefore: string;
          lastDueDateAfter: string;
          lastPaymentBefore: { amount: string };
          lastPaymentAfter: { amount: string };
          paymentBefore: { amount: string };
          paymentWithExtra: { amount: string };
          interestSaved: { amount: string };
          extraTotal: { amount: string };
          prepaymentFees: { amount: string };
        };
        maturityOn: string;
      }
    ).extra;
    // The loan's own dates: the last due date as it is is the maturity.
    expect(e.lastDueDateBefore).toBe((loan as unknown as { maturityOn: string }).maturityOn);
    const ko = await ask('매달 50만원씩 더 갚으면 언제 끝나요?');
    expect(ko.topic?.intent).toBe('PREPAYMENT_EFFECT');
    const en = await ask('if I pay 500,000 won extra each month, when will I be done?');
    expect(en.topic?.intent).toBe('PREPAYMENT_EFFECT');
    if (e.monthsSaved > 0) {
      expect(firstSentence(ko.text)).toContain(
        `${formatDate(e.lastDueDateAfter, 'ko', today())}에 다 갚게 되어`,
      );
      expect(firstSentence(en.text)).toContain(
        `is repaid on ${formatDate(e.lastDueDateAfter, 'en', today())}`,
      );
    } else {
      // Still at maturity (a bullet loan): the sum due then, before and after.
      expect(firstSentence(ko.text)).toContain(
        `만기는 ${formatDate(e.lastDueDateBefore, 'ko', today())} 그대로이고, 만기에 내실 금액이 ${formatWon(e.lastPaymentBefore.amount, 'ko')}에서 ${formatWon(e.lastPaymentAfter.amount, 'ko')}`,
      );
      expect(firstSentence(en.text)).toContain(
        `the last payment falls from ${formatWon(e.lastPaymentBefore.amount, 'en')} to ${formatWon(e.lastPaymentAfter.amount, 'en')}`,
      );
    }
    expect(ko.text).toContain(`이자는 모두 ${formatWon(e.interestSaved.amount, 'ko')} 줄어듭니다`);
    expect(ko.text).toContain(
      `다음 납입액 ${formatWon(e.paymentBefore.amount, 'ko')} → ${formatWon(e.paymentWithExtra.amount, 'ko')}`,
    );
    expect(en.text).toContain(`You pay ${formatWon(e.interestSaved.amount, 'en')} less interest in all`);
    // Follow-ups keep it every month: "+그럼 100만원이면요?" another extra, "+수수료는요?" its fees first.
    const more = await ask('그럼 100만원이면요?', ko.conversationId);
    expect(firstSentence(more.text)).toMatch(/^매달 1,000,000원씩 더 갚으/);
    const fees = await ask('수수료는요?', more.conversationId);
    expect(firstSentence(fees.text)).toMatch(
      /^(?:추가로 갚는 금액에 붙는 중도상환수수료는 없습니다|추가 상환분마다)/,
    );
    // "한 달에 200만원씩 갚으면 언제 끝나요?": 2,000,000 a month in all — the extra is what it adds to the instalment.
    const inAll = await ask('한 달에 200만원씩 갚으면 언제 끝나요?');
    expect(inAll.topic?.intent).toBe('PREPAYMENT_EFFECT');
    const res = await t.request<{ node: { extraRepaymentEffect: { monthlyExtra: { amount: string } } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Loan {
         extraRepaymentEffect(monthlyPayment: "2000000") { monthlyExtra { amount } } } } }`,
      { id: (loan as unknown as { id: string }).id },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(firstSentence(inAll.text)).toContain(
      `매달 2,000,000원씩(지금 납입액보다 ${formatWon(res.data!.node.extraRepaymentEffect.monthlyExtra.amount, 'ko')} 더)`,
    );
    // A one-off amount stays a one-off prepayment (maturity kept, the instalment re-amortised).
    const once = await ask('500만원 중도상환하면 어떻게 돼요?');
    expect(once.topic?.intent).toBe('PREPAYMENT_EFFECT');
    expect(once.text).not.toContain('매달');
    // A job about to be lost, next month (read as a forecast of next month): the payment (after a clause that meets
    // the worry, in the same sentence), then the options.
    for (const [q, lead] of [
      [
        '다음 달에 회사 그만두게 될 것 같은데 대출 어떡하죠?',
        /^일자리 문제로 많이 막막하실 텐데, 먼저 지금 상황부터 말씀드리면 다음 납입은 /,
      ],
      [
        "I'm going to lose my job next month, what should I do",
        /^I’m sorry you’re facing this with your job — first, where things stand: your next payment is /,
      ],
    ] as const) {
      const a = await ask(q);
      expect([q, a.topic?.intent, a.emotion?.label]).toEqual([q, 'HARDSHIP', 'ANXIOUS']);
      expect(firstSentence(a.text)).toMatch(lead);
      expect(a.text).toMatch(/1397/);
      expect(a.text).not.toMatch(/80%/);
    }
    // "이자만 먼저 낼 수 있나요?" (was hardship's list): whether the next instalment can be interest only, first.
    const interestOnly = await ask('이자만 먼저 낼 수 있나요?');
    expect(interestOnly.topic?.intent).toBe('NEXT_PAYMENT');
    // "어제 납입일이었는데 깜빡했어요" (was the next payment, read HOPEFUL): what is overdue first, read as a worry.
    const forgot = await ask('어제 납입일이었는데 깜빡했어요');
    expect([forgot.topic?.intent, forgot.emotion?.label]).toEqual(['ARREARS', 'ANXIOUS']);
    expect(firstSentence(forgot.text)).toMatch(/^현재 연체된 금액은/);
    // "how much do I spend on groceries per week?" (was this month's total): the last 3 months ÷ their days × 7.
    const { from: wFrom, through: wThrough } = await periodDays('period: LAST_N_MONTHS, months: 3');
    const groceries = await spentTotal('period: LAST_N_MONTHS, months: 3, category: "GROCERY"');
    const wDays = (Date.parse(`${wThrough}T00:00:00Z`) - Date.parse(`${wFrom}T00:00:00Z`)) / 86_400_000 + 1;
    const weekly = await ask('how much do I spend on groceries per week?');
    expect(firstSentence(weekly.text)).toContain(
      `averages about ${formatWon(new Decimal(groceries).times(7).div(wDays).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), 'en')} a week: ${formatWon(groceries, 'en')} over ${wDays} days`,
    );
    // "which category grew the most this quarter?" (was the quarter's largest categories): the largest rise against
    // last quarter, read from the two quarters' byCategory.
    const byCat = async (period: string) => {
      const r = await t.request<{
        me: {
          customer: {
            spendingSummary: { byCategory: { category: { code: string }; amount: { amount: string } }[] };
          };
        };
      }>(
        `{ me { customer { spendingSummary(period: ${period}) { byCategory { category { code } amount { amount } } } } } }`,
        {},
        token,
      );
      expect(r.errors).toBeUndefined();
      return new Map(
        r.data!.me.customer.spendingSummary.byCategory.map((c) => [
          c.category.code,
          new Decimal(c.amount.amount),
        ]),
      );
    };
    const [thisQ, lastQ] = [await byCat('THIS_QUARTER'), await byCat('LAST_QUARTER')];
    const rises = [...thisQ]
      .map(([code, v]) => [code, v.minus(lastQ.get(code) ?? 0)] as const)
      .filter(([, d]) => d.isPositive())
      .sort(([a, x], [b, y]) => y.comparedTo(x) || a.localeCompare(b));
    const grew = await ask('which category grew the most this quarter?');
    expect(grew.topic?.intent).toBe('SPENDING');
    if (rises.length)
      expect(firstSentence(grew.text)).toContain(
        `against last quarter is ${phrase('category', rises[0][0], 'en')}: up ${formatWon(rises[0][1].toFixed(0), 'en')}`,
      );
    else expect(firstSentence(grew.text)).toMatch(/^No category rose/);
    // "해외에서 쓴 카드값 얼마예요?" (was this month's card bill): spent abroad over the last 12 months.
    const abroad = await ask('해외에서 쓴 카드값 얼마예요?');
    expect(firstSentence(abroad.text)).toContain(
      `최근 12개월 해외 카드 지출은 ${formatWon(await spentTotal('period: LAST_N_MONTHS, months: 12, locality: OVERSEAS'), 'ko')}`,
    );
    // "결제 취소했는데 환불 언제 돼요?" (was only that no refund is on record): how long a cancellation takes, first.
    const refund = await ask('결제 취소했는데 환불 언제 돼요?');
    expect(firstSentence(refund.text)).toMatch(/^카드 결제를 취소하면 .*3~7영업일/);
    // "모르는 해외 결제가 있어요": the payments abroad before the flagged ones, read as a worry.
    const unknownAbroad = await ask('모르는 해외 결제가 있어요');
    expect([unknownAbroad.topic?.intent, unknownAbroad.emotion?.label]).toEqual([
      'SUSPECTED_FRAUD',
      'ANXIOUS',
    ]);
    expect(firstSentence(unknownAbroad.text)).toMatch(/해외 카드 거래/);
    // "I forgot to pay my loan this month" (was hardship's list): what is overdue first.
    const forgotEn = await ask('I forgot to pay my loan this month');
    expect([forgotEn.topic?.intent, forgotEn.emotion?.label]).toEqual(['ARREARS', 'ANXIOUS']);
    expect(firstSentence(forgotEn.text)).toMatch(/^You have nothing overdue|^Overdue/);
    // "제 대출 금리 언제 바뀌어요?" (was the base-rate outlook / the next payment): when their loan's rate changes next.
    const reset = await ask('제 대출 금리 언제 바뀌어요?');
    expect(reset.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(reset.text)).toMatch(
      /변동금리라 약정서에 정한 주기|다시 정해집니다|고정금리라 만기/,
    );
    // "can I get a lower rate if my credit score went up?" (was a credit-loan limit): the right to ask for a lower rate.
    const cut = await ask('can I get a lower rate if my credit score went up?');
    // Yes, on their loan at its rate, first (QA round 13); what the right is after it.
    expect(firstSentence(cut.text)).toMatch(
      /^Yes: you can ask .+ to cut the rate on your .+ \([\d.]+% a year now\)/,
    );
    expect(cut.text).toContain('The right to request a lower rate');
    // "노후 준비 어떻게 해야 돼요?" (was their loan's rate): the pension layers, the tax credit and where to see their own.
    const retirement = await ask('노후 준비 어떻게 해야 돼요?');
    expect(retirement.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(retirement.text)).toMatch(/^노후 준비는 보통 국민연금, 퇴직연금, 개인연금/);
    expect(retirement.text).toContain('100lifeplan.fss.or.kr');
    // "카드값 할부로 돌릴 수 있어요?" (was the instalment purchases already held): how a bill is turned into instalments.
    const conversion = await ask('카드값 할부로 돌릴 수 있어요?');
    expect(conversion.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(conversion.text)).toMatch(
      /^이미 일시불로 결제한 금액은 카드사 앱이나 고객센터에서 할부로 전환/,
    );
    // "why is my loan payment higher this month?" (was the next payment alone): how its interest is worked out.
    const higher = await ask('why is my loan payment higher this month?');
    expect(higher.text).toMatch(/^Interest is the principal you still owe/m);
    for (const a of [
      ko,
      en,
      more,
      fees,
      inAll,
      once,
      interestOnly,
      forgot,
      weekly,
      grew,
      abroad,
      refund,
      unknownAbroad,
      forgotEn,
      reset,
      cut,
      retirement,
      conversion,
      higher,
    ])
      expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 5: "+월평균으로는요?" after this year\'s total → the year so far over its months, the basis said', async () => {
    const { through } = await periodDays('period: THIS_YEAR');
    const months = Number(through.slice(5, 7));
    const year = await spentTotal('period: THIS_YEAR');
    const total = await ask('올해 들어 카드 총 얼마 썼나요?');
    const average = await ask('월평균으로는요?', total.conversationId);
    expect(average.topic?.intent).toBe('SPENDING');
    expect(firstSentence(average.text)).toContain(
      `평균 약 ${formatWon(new Decimal(year).div(months).toFixed(0), 'ko')}입니다: 올해 ${months}개월(`,
    );
    expect(firstSentence(average.text)).toContain(formatWon(year, 'ko'));
  });

  it('QA round 3: "이자 2프로 오르면" / "금리 0.25프로 내리면?" → the what-if of that size; "해외에서 쓴건?" after October → October abroad; "이번달 카드 결제 금액 얼마야" → the bill', async () => {
    const res = await t.request<{
      me: { customer: { loans: { status: string; rateType: string; balance: { amount: string } }[] } };
    }>('{ me { customer { loans { status rateType balance { amount } } } } }', {}, token);
    const moving = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE' && l.rateType !== 'FIXED');
    // principal × points ÷ 12, rounded down: 2 %p = ÷ 600, 0.25 %p = ÷ 4800
    const by = (per: bigint) => moving.reduce((a, l) => a + BigInt(l.balance.amount) / per, 0n);
    const up = await ask('이자 2프로 오르면 한달에 얼마 더 내야돼?');
    const down = await ask('금리 0.25프로 내리면?');
    if (moving.length) {
      expect(firstSentence(up.text)).toBe(
        `금리가 2%p 오르면 대출 이자는 한 달에 약 ${formatWon(by(600n).toString(), 'ko')} 늘어납니다 (남은 원금 × 2%p ÷ 12로 계산한 추정치).`,
      );
      expect(firstSentence(down.text)).toBe(
        `금리가 0.25%p 내리면 대출 이자는 한 달에 약 ${formatWon(by(4800n).toString(), 'ko')} 줄어듭니다 (남은 원금 × 0.25%p ÷ 12로 계산한 추정치).`,
      );
    }
    const back = (Number(today().slice(5, 7)) - 10 + 12) % 12;
    const october = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      `{ me { customer { spendingSummary(period: ${back === 0 ? 'THIS_MONTH' : `MONTHS_AGO, months: ${back}`}, locality: OVERSEAS) { total { amount } } } } }`,
      {},
      token,
    );
    expect(october.errors).toBeUndefined();
    const month = await ask('10월 카드 얼마 썼어');
    const abroad = await ask('해외에서 쓴건?', month.conversationId);
    expect(firstSentence(abroad.text)).toContain(
      `10월 해외 카드 지출은 ${formatWon(october.data!.me.customer.spendingSummary.total.amount, 'ko')}입니다`,
    );
    const bill = await ask('이번달 카드 결제 금액 얼마야');
    expect(bill.topic?.intent).toBe('SPENDING');
    const due = await cardBillOf(`${today().slice(0, 7)}-01`);
    if (due.instalments) expect(bill.text).toContain(billDueSentence(due.bill, 'ko'));
    for (const x of [up, down, abroad, bill]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"마지막 달에는 얼마 내?" / "만기때 한번에 얼마 갚아야돼?" / "What\'s my final payment?" → the schedule\'s last row: date, amount, split', async () => {
    const rows = await activeScheduleRows();
    const last = rows[rows.length - 1];
    const balance = await ask('대출 얼마 남았지');
    const ko = await ask('마지막 달에는 얼마 내?', balance.conversationId);
    expect(ko.topic?.intent).toBe('REPAYMENT_SCHEDULE');
    expect(firstSentence(ko.text)).toContain(
      `마지막 회차(${last.number}회차, ${formatDate(last.dueDate.slice(0, 10), 'ko', today())})에는 ${formatWon(last.payment.amount, 'ko')}을 내시게 됩니다 (원금 ${formatWon(last.principal.amount, 'ko')}, 이자 ${formatWon(last.interest.amount, 'ko')}`,
    );
    const lump = await ask('만기때 한번에 얼마 갚아야돼?');
    expect(firstSentence(lump.text)).toBe(firstSentence(ko.text));
    const en = await ask("What's my final payment?");
    expect(firstSentence(en.text)).toContain(`is ${formatWon(last.payment.amount, 'en')}`);
    for (const x of [ko, lump, en]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"모르는 결제가 있어요 68500원" → the charges of that amount first (newest of the last 100), said recurring when monthly', async () => {
    const all = (await charges())
      .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))
      .slice(0, 100);
    const same = all.filter((n) => n.amount.amount.replace('-', '') === '68500');
    const a = await ask('모르는 결제가 있어요 68500원');
    expect(a.topic?.intent).toBe('SUSPECTED_FRAUD');
    if (same.length) {
      const first = same[0];
      expect(firstSentence(a.text)).toBe(
        `${same.length >= 5 ? '68,500원 카드 거래 중 최근 5건' : `최근 68,500원 카드 거래 ${same.length}건`}입니다. 가장 최근은 ${formatDate(koreanDate(new Date(first.occurredAt)), 'ko', today())} “${first.merchantName}” 68,500원입니다.`,
      );
    } else expect(firstSentence(a.text)).toMatch(/^최근 68,500원 카드 거래가 없습니다/);
    expect(a.text).toContain('카드 사용을 정지');
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"금리가 오르면 제 이자는 얼마나 늘어나요?" → the monthly interest a 1%p rise adds to their loans whose rate can move', async () => {
    const res = await t.request<{
      me: { customer: { loans: { status: string; rateType: string; balance: { amount: string } }[] } };
    }>('{ me { customer { loans { status rateType balance { amount } } } } }', {}, token);
    const moving = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE' && l.rateType !== 'FIXED');
    const rise = moving.reduce((a, l) => a + BigInt(l.balance.amount) / 1200n, 0n);
    const a = await ask('금리가 오르면 제 이자는 얼마나 늘어나요?');
    expect(a.topic?.intent).toBe('LOANS_OVERVIEW');
    expect(firstSentence(a.text)).toBe(
      moving.length
        ? `금리가 1%p 오르면 대출 이자는 한 달에 약 ${formatWon(rise.toString(), 'ko')} 늘어납니다 (남은 원금 × 1%p ÷ 12로 계산한 추정치).`
        : '지금 상환 중인 대출은 모두 고정금리라 금리가 1%p 올라도 이자는 바뀌지 않습니다.',
    );
    // "금리 1프로 오르면" is the same one-point rise (it was read as the rate becoming 1 %); "0.5프로 떨어지면?" after it
    // is a half-point cut.
    const pro = await ask('금리 1프로 오르면 이자 얼마나 늘어');
    expect(firstSentence(pro.text)).toBe(firstSentence(a.text));
    const down = await ask('0.5프로 떨어지면?', pro.conversationId);
    if (moving.length)
      expect(firstSentence(down.text)).toBe(
        `금리가 0.5%p 내리면 대출 이자는 한 달에 약 ${formatWon(moving.reduce((x, l) => x + BigInt(l.balance.amount) / 2400n, 0n).toString(), 'ko')} 줄어듭니다 (남은 원금 × 0.5%p ÷ 12로 계산한 추정치).`,
      );
    for (const x of [a, pro, down]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"금리가 0.5%p 내리면 이자 얼마나 줄어요?" / "If the Bank of Korea cuts rates by 0.25%…" → the monthly interest a cut takes off their loans whose rate can move (principal × points ÷ 12)', async () => {
    const res = await t.request<{
      me: { customer: { loans: { status: string; rateType: string; balance: { amount: string } }[] } };
    }>('{ me { customer { loans { status rateType balance { amount } } } } }', {}, token);
    const moving = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE' && l.rateType !== 'FIXED');
    // principal × 0.5 % ÷ 12 and × 0.25 % ÷ 12, rounded down (the published simple-interest estimate)
    const cut = (per: bigint) => moving.reduce((a, l) => a + BigInt(l.balance.amount) / per, 0n);
    const ko = await ask('금리가 0.5%p 내리면 이자 얼마나 줄어요?');
    expect(firstSentence(ko.text)).toBe(
      moving.length
        ? `금리가 0.5%p 내리면 대출 이자는 한 달에 약 ${formatWon(cut(2400n).toString(), 'ko')} 줄어듭니다 (남은 원금 × 0.5%p ÷ 12로 계산한 추정치).`
        : '지금 상환 중인 대출은 모두 고정금리라 금리가 0.5%p 내려도 이자는 바뀌지 않습니다.',
    );
    expect(renderingErrors(ko.text)).toEqual([]);
    const en = await ask('If the Bank of Korea cuts rates by 0.25%, how much less interest will I pay?');
    expect(firstSentence(en.text)).toBe(
      moving.length
        ? `If rates fall by 0.25 percentage points, your loan interest goes down by about ${formatWon(cut(4800n).toString(), 'en')} a month (principal owed × 0.25 percentage points ÷ 12, an estimate).`
        : 'All your loans are at a fixed rate, so a cut of 0.25 percentage points does not change their interest.',
    );
  });

  it('"연봉이 2천만원으로 오르면 한도 얼마나 늘어요?" / "What if I get a raise to 3.5 million a month?" → today\'s limit against the one the income named gives (both from simulateLoanLimit)', async () => {
    const now = await creditLimitAt();
    const to20m = await creditLimitAt('20000000');
    const ko = await ask('연봉이 2천만원으로 오르면 한도 얼마나 늘어요?');
    expect(ko.topic?.intent).toBe('LOAN_LIMIT');
    const diff = new Decimal(to20m.maxLoan.amount).minus(now.maxLoan.amount);
    expect(diff.isZero()).toBe(false); // the demo customer's income on file is not 20,000,000원
    expect(firstSentence(ko.text)).toBe(
      `연소득이 20,000,000원으로 ${new Decimal(now.annualIncome.amount).lt(20000000) ? '늘면' : '줄면'}(지금 ${formatWon(now.annualIncome.amount, 'ko')}) 신용대출 한도는 최대 ${formatWon(now.maxLoan.amount, 'ko')}에서 ${formatWon(to20m.maxLoan.amount, 'ko')}으로 ${formatWon(diff.abs().toFixed(0), 'ko')} ${diff.gt(0) ? '늘어납니다' : '줄어듭니다'}.`,
    );
    expect(renderingErrors(ko.text)).toEqual([]);
    const to42m = await creditLimitAt('42000000');
    const en = await ask('What if I get a raise to 3.5 million a month? How much more could I borrow?');
    expect(firstSentence(en.text)).toContain(
      `If your income rises to ₩3,500,000 a month (₩42,000,000 a year; ${formatWon(now.annualIncome.amount, 'en')} a year now), your credit loan limit goes from ${formatWon(now.maxLoan.amount, 'en')} to ${formatWon(to42m.maxLoan.amount, 'en')}`,
    );
  });

  it('a payoff on a later day ("12월 31일에 대출 다 갚으면 얼마예요?", then "다음 달 말에 갚으면요?", "…on Dec 10?") is loan.payoffQuote(asOf: that day), against today\'s', async () => {
    const quote = async (asOf: string | null) => {
      const res = await t.request<{
        me: { customer: { loans: { status: string; payoffQuote: { total: { amount: string } } | null }[] } };
      }>(
        'query ($d: LocalDate) { me { customer { loans { status payoffQuote(asOf: $d) { total { amount } } } } } }',
        { d: asOf },
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.payoffQuote!.total.amount;
    };
    const day = today();
    const year = Number(day.slice(0, 4));
    const dec31 = `${year}-12-31`;
    // The last day of next month: the first of the month after next, less a day.
    const nextMonthEnd = addDays(addMonths(`${day.slice(0, 7)}-01`, 2), -1);
    const now = await quote(null);
    const a = await ask('12월 31일에 대출 다 갚으면 얼마예요?');
    expect(a.topic?.intent).toBe('PAYOFF_QUOTE');
    expect(firstSentence(a.text)).toMatch(/^12월 31일 \([월화수목금토일]\)에 /);
    expect(firstSentence(a.text)).toContain(
      `전액 상환하시려면 ${formatWon(await quote(dec31), 'ko')}이 필요합니다`,
    );
    expect(a.text).toContain(`오늘 갚으면 ${formatWon(now, 'ko')}`);
    const conv = await ask('오늘 대출 다 갚으면 얼마예요?');
    const later = await ask('다음 달 말에 갚으면요?', conv.conversationId);
    expect(firstSentence(later.text)).toContain(`${formatWon(await quote(nextMonthEnd), 'ko')}이 필요합니다`);
    const dec10 = `${day.slice(5) <= '12-10' ? year : year + 1}-12-10`;
    const en = await ask('What would it take to pay off my loan on Dec 10?');
    expect(firstSentence(en.text)).toContain(`takes ${formatWon(await quote(dec10), 'en')}`);
    // A day of the week: "이번 주 금요일" is this week's Friday (the coming one once it has passed), "next Monday"
    // next week's.
    const iso = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const thisFriday = addDays(day, 5 - iso >= 0 ? 5 - iso : 12 - iso);
    const nextMonday = addDays(day, 8 - iso);
    const fri = await ask('이번 주 금요일에 대출 다 갚으면 얼마예요?');
    expect(firstSentence(fri.text)).toContain(`${formatWon(await quote(thisFriday), 'ko')}이 필요합니다`);
    expect(firstSentence(fri.text)).toContain(formatDate(thisFriday, 'ko', day));
    const mon = await ask('How much would it take to pay off my loan next Monday?');
    expect(firstSentence(mon.text)).toContain(`takes ${formatWon(await quote(nextMonday), 'en')}`);
    for (const x of [a, later, en, fri, mon]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"how do I improve it?" / "어떻게 올려요?" after the health score → that score (from healthScore) and what pulled it down, not "no data"', async () => {
    const res = await t.request<{ me: { customer: { healthScore: { score: number | null } | null } } }>(
      '{ me { customer { healthScore { score } } } }',
      {},
      token,
    );
    const score = res.data!.me.customer.healthScore!.score!;
    const en = await ask("What's my financial health score?");
    const how = await ask('how do I improve it?', en.conversationId);
    expect(how.topic?.intent).toBe('HEALTH_SCORE');
    expect(firstSentence(how.text)).toMatch(
      new RegExp(
        // QA round 25 (left25a): the lever worth most points after the score (was "; to raise it, start with").
        `^Your financial health score for .+ is ${score} out of 100 \\(.+\\), and the biggest lever is`,
      ),
    );
    const ko = await ask('내 금융 건강 점수 몇 점이야?');
    const raise = await ask('어떻게 올려요?', ko.conversationId);
    expect(firstSentence(raise.text)).toMatch(
      new RegExp(`금융 건강 점수는 100점 만점에 ${score}점\\(.+\\)이고, 가장 많이 올릴 수 있는 건`),
    );
    expect(raise.text).toMatch(/다음 단계/);
    for (const a of [how, raise]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('a rate another lender quoted ("토스에서 대환대출 3.5%로 해준다는데 갈아타는 게 이득이야?", "신한은행은 3.2%라던데요?", "A bank offered me 3.3%…") → the switch at that rate from loan.refinanceAtRate, never "no such loan"', async () => {
    const q35 = await refinanceAt('0.035');
    // The new payment is the remaining schedule at 3.5 %: for an interest-only loan, balance × 3.5 % ÷ 12.
    const ko = await ask('토스에서 대환대출 3.5%로 해준다는데 갈아타는 게 이득이야?');
    expect(ko.topic?.intent).toBe('REFINANCE');
    expect(ko.text).not.toContain('없습니다.\n이용 중인');
    expect(firstSentence(ko.text)).toContain(
      `말씀하신 연 3.5%로 갈아타면 카카오뱅크 전세자금대출의 월 납입액은 ${formatWon(q35.current.payment.amount, 'ko')}에서 ${formatWon(q35.switchLender.newPayment.amount, 'ko')}으로 월 ${formatWon(q35.switchLender.monthlySaving.amount, 'ko')}씩 줄고`,
    );
    const q32 = await refinanceAt('0.032');
    const shinhan = await ask('신한은행은 3.2%라던데요? 갈아타면 얼마나 아껴요?');
    expect(firstSentence(shinhan.text)).toContain(
      `월 ${formatWon(q32.switchLender.monthlySaving.amount, 'ko')}씩 줄고`,
    );
    const q33 = await refinanceAt('0.033');
    const en = await ask('A bank offered me 3.3% to refinance, should I switch?');
    expect(firstSentence(en.text)).toContain(
      `would cost ${formatWon(q33.switchLender.newPayment.amount, 'en')} a month instead of ${formatWon(q33.current.payment.amount, 'en')}`,
    );
    for (const a of [ko, shinhan, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"전세 보증금 3억이면 전세대출 얼마까지 돼요?" → 80 % of the deposit named (the guarantee institutions\' rule), not a request for the deposit; "소득 대비 대출 비율이 얼마나 되나요?" (worried or not) → their DSR', async () => {
    const jeonse = await ask('전세 보증금 3억이면 전세대출 얼마까지 돼요?');
    expect(jeonse.topic?.intent).toBe('LOAN_LIMIT');
    // 300,000,000 × 80 % = 240,000,000
    expect(firstSentence(jeonse.text)).toBe(
      '전세보증금이 300,000,000원이면 전세자금대출은 보증금의 80%인 최대 240,000,000원까지 받을 수 있습니다.',
    );
    const { dsrBefore, dsrCapRatio } = await bankDsr();
    const pct = (v: string) => `${(Number(v) * 100).toFixed(1)}%`;
    for (const q of [
      '소득 대비 대출 비율이 얼마나 되나요?',
      '제가 대출을 너무 많이 받은 건 아닌지 걱정돼요. 소득 대비 대출 비율이 얼마나 되나요?',
    ]) {
      const a = await ask(q);
      expect(a.topic?.intent).toBe('PRODUCT_QUESTION');
      expect(a.text).toContain(
        `DSR은 ${pct(dsrBefore!)}입니다 (은행 대출 심사 기준, 한도 ${pct(dsrCapRatio!)})`,
      );
    }
    for (const a of [jeonse]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"다음 달 이자 좀 늦게 내도 되나요? 월급이 25일에 들어와서요" / "I get paid on the 25th, can I pay my loan a bit late?" → the penalty interest until that payday, from loan.delinquency(asOf: the payday)', async () => {
    const next = loans
      .filter((l) => l.nextPayment)
      .sort((a, b) => (a.nextPayment!.dueDate < b.nextPayment!.dueDate ? -1 : 1))[0];
    const due = owed(next.nextPayment!.dueDate);
    if (Number(due.slice(8)) >= 25) return; // the demo's instalment falls due before the 25th
    const payday = `${due.slice(0, 8)}25`;
    const res = await t.request<{
      me: { customer: { loans: { id: string; delinquency: { penaltyInterest: { amount: string } } }[] } };
    }>(
      `{ me { customer { loans { id delinquency(asOf: "${payday}") { penaltyInterest { amount } } } } } }`,
      {},
      token,
    );
    const penalty = res.data!.me.customer.loans.find((l) => l.id === next.id)!.delinquency.penaltyInterest
      .amount;
    const ko = await ask('다음 달 이자 좀 늦게 내도 되나요? 월급이 25일에 들어와서요');
    expect(ko.topic?.intent).toBe('ARREARS');
    expect(firstSentence(ko.text)).toContain(`월급날(25일)까지`);
    expect(firstSentence(ko.text)).toContain(`연체이자는 약 ${formatWon(penalty, 'ko')}입니다`);
    const en = await ask('I get paid on the 25th, can I pay my loan a bit late?');
    expect(en.topic?.intent).toBe('ARREARS');
    expect(firstSentence(en.text)).toContain(
      `on your payday (the 25th), about ${formatWon(penalty, 'en')} of penalty interest`,
    );
    for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"What is my next loan payment?" → "and the one after that?" → the open schedule\'s next two rows; the lender said in English, no Hangul in the sentence', async () => {
    const next = loans.filter((l) => l.nextPayment)[0];
    const rows = await allNodes<{ dueDate: string; payment: { amount: string }; paid: boolean }>(
      next.id,
      'Loan',
      'schedule',
      'dueDate paid payment { amount }',
    );
    const open = rows.filter((r) => !r.paid);
    const en = await ask('What is my next loan payment?');
    const after = await ask('and the one after that?', en.conversationId);
    expect(after.topic?.intent).toBe('NEXT_PAYMENT');
    const lender = (await activeLoansWith('id lender')).find((l) => l.id === next.id)!.lender;
    const lead = firstSentence(after.text);
    expect(lead).toContain(`The ${lenderInEnglish(lender)} `);
    expect(lead).toContain(`payment after that is ${formatWon(open[1].payment.amount, 'en')}, due `);
    expect(lead).toContain(formatDate(open[1].dueDate.slice(0, 10), 'en', today()));
    expect(lead).not.toMatch(/[가-힣]/);
    expect(firstSentence(en.text)).not.toMatch(/[가-힣]/);
    const ko = await ask('다음 납입일 언제예요?');
    const then = await ask('그 다음은요?', ko.conversationId);
    expect(firstSentence(then.text)).toContain(`${formatWon(open[1].payment.amount, 'ko')}입니다`);
  });

  it('a dated yes/no ("다음 달 17일이 이자 내는 날 맞죠?", "Is the 18th my payment date?") → yes or no first, with the real next due date from nextPayment', async () => {
    const next = loans.filter((l) => l.nextPayment)[0];
    const due = next.nextPayment!.dueDate.slice(0, 10);
    const dueDay = Number(due.slice(8));
    const wrong = dueDay === 1 ? 2 : dueDay - 1;
    const nextMonth = addMonths(`${today().slice(0, 7)}-01`, 1);
    const askedOn = `${nextMonth.slice(0, 8)}${String(wrong).padStart(2, '0')}`;
    const no = await ask(`다음 달 ${wrong}일이 이자 내는 날 맞죠?`);
    expect(no.topic?.intent).toBe('NEXT_PAYMENT');
    const lead = firstSentence(no.text);
    expect(lead.startsWith(`아니요, ${formatDate(askedOn, 'ko', today())}에는 대출 납입이 없습니다`)).toBe(
      true,
    );
    expect(lead).toContain(`납입일은 매달 ${dueDay}일이고, 다음은 ${formatDate(due, 'ko', today())}입니다.`);
    const yes = await ask(`Is the ${formatOrdinal(dueDay)} my payment date?`);
    expect(firstSentence(yes.text)).toMatch(/^Yes: /);
    for (const a of [no, yes]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"월급이 250만원인데 지금 대출 감당할 수 있을까요?" / "Can I afford my current loan on 3 million won a month?" → the loans held against that pay (the DSR of simulateLoanLimit(annualIncome)), not a new loan\'s limit', async () => {
    const dsrOn = async (annualIncome: string) => {
      const sim = await t.request<{ simulateLoanLimit: { dsrBefore: string; dsrCapRatio: string } }>(
        `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
           ... on LoanLimitSimulation { dsrBefore dsrCapRatio } } }`,
        { input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS.CREDIT, annualIncome } },
        token,
      );
      expect(sim.errors).toBeUndefined();
      return sim.data!.simulateLoanLimit;
    };
    const pct = (v: string) => `${(Number(v) * 100).toFixed(1)}%`;
    const at30m = await dsrOn('30000000');
    const ko = await ask('월급이 250만원인데 지금 대출 감당할 수 있을까요?');
    expect(ko.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(ko.text)).toBe(
      `말씀하신 월 소득 2,500,000원(연 30,000,000원)을 기준으로 지금 대출의 원리금 상환 비율(DSR)은 ${pct(at30m.dsrBefore)}로, 은행 기준 한도 ${pct(at30m.dsrCapRatio)} ${Number(at30m.dsrBefore) <= Number(at30m.dsrCapRatio) ? '안이라 갚아 나갈 수 있는 수준입니다' : '을 넘어 부담이 큰 편입니다'}.`,
    );
    expect(ko.text).not.toContain('최대');
    const at36m = await dsrOn('36000000');
    const en = await ask('Can I afford my current loan on 3 million won a month?');
    expect(firstSentence(en.text)).toContain(
      `the loans you have take ${pct(at36m.dsrBefore)} of your income a year (DSR)`,
    );
    for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('second QA round: "대출 연체된 거 있어요?" → nothing overdue first; "한국은행이 금리 내리면 제 이자도 줄어드나요?" → the cut\'s figure, not the outlook; "연봉 4천이면 지금 빚 괜찮은 수준이야?" → the DSR on that income; "카카오에서 3.9%라는데 바꿀까?" → the switch at 3.9 %', async () => {
    const overdue = await ask('대출 연체된 거 있어요?');
    expect(overdue.topic?.intent).toBe('ARREARS');
    if (loans.every((l) => l.status === 'ACTIVE'))
      expect(firstSentence(overdue.text)).toContain('현재 연체된 금액은 없습니다');
    const res = await t.request<{
      me: { customer: { loans: { status: string; rateType: string; balance: { amount: string } }[] } };
    }>('{ me { customer { loans { status rateType balance { amount } } } } }', {}, token);
    const moving = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE' && l.rateType !== 'FIXED');
    const cut = moving.reduce((a, l) => a + BigInt(l.balance.amount) / 1200n, 0n);
    const bok = await ask('한국은행이 금리 내리면 제 이자도 줄어드나요?');
    expect(bok.topic?.intent).toBe('LOANS_OVERVIEW');
    if (moving.length)
      expect(firstSentence(bok.text)).toBe(
        `금리가 1%p 내리면 대출 이자는 한 달에 약 ${formatWon(cut.toString(), 'ko')} 줄어듭니다 (남은 원금 × 1%p ÷ 12로 계산한 추정치).`,
      );
    const sim = await t.request<{ simulateLoanLimit: { dsrBefore: string } }>(
      `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) { ... on LoanLimitSimulation { dsrBefore } } }`,
      { input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS.CREDIT, annualIncome: '40000000' } },
      token,
    );
    const dsr = `${(Number(sim.data!.simulateLoanLimit.dsrBefore) * 100).toFixed(1)}%`;
    const ok = await ask('연봉 4천이면 지금 빚 괜찮은 수준이야?');
    expect(ok.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(ok.text)).toContain(
      `말씀하신 연소득 40,000,000원을 기준으로 지금 대출의 원리금 상환 비율(DSR)은 ${dsr}로`,
    );
    const sw = await ask('카카오에서 3.9%라는데 바꿀까?');
    expect(sw.topic?.intent).toBe('REFINANCE');
    expect(firstSentence(sw.text)).toMatch(/^말씀하신 연 3\.9%/);
    for (const a of [overdue, bok, ok, sw]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"비상금 얼마나 있어야 해요?" → three to six months of their own outgoings, first', async () => {
    const debt = loans.reduce((a, l) => a + BigInt(l.nextPayment?.payment.amount ?? '0'), 0n);
    // QA round 23 (spend23): the monthly card spending is the last three complete months' (was the quarter's ÷ 3).
    const monthly = (await monthlyCard()).amount + debt;
    const a = await ask('비상금 얼마나 있어야 해요?');
    expect(a.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(a.text)).toContain(
      `약 ${formatWon((monthly * 3n).toString(), 'ko')} ~ ${formatWon((monthly * 6n).toString(), 'ko')}`,
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"이번 달 카드값 못 낼 것 같아요" → last month\'s card spending (the bill), what a missed card payment costs, the options', async () => {
    const a = await ask('이번 달 카드값 못 낼 것 같아요');
    expect(a.topic?.intent).toBe('HARDSHIP');
    expect(a.emotion?.label).toBe('ANXIOUS');
    const due = await cardBillOf(`${today().slice(0, 7)}-01`);
    expect(firstSentence(a.text)).toMatch(
      due.instalments
        ? new RegExp(`^${billDueSentence(due.bill, 'ko')}`)
        : /^이번 달 결제일에 보통 청구되는 지난달 카드 이용액은 [\d,]+원입니다/,
    );
    expect(a.text).toContain('분할납부');
    expect(a.text).toContain('1600-5500');
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"전세대출 연장할 수 있나요?" → usually yes with the maturity (QA round 21), then how an extension is decided (never a promise)', async () => {
    const a = await ask('전세대출 연장할 수 있나요?');
    expect(a.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(a.text)).toMatch(
      /^네, 보통 연장할 수 있습니다: .*만기\(.+\) 전에 .*심사를 거쳐 연장됩니다/,
    );
    expect(a.text).toMatch(/만기는 .*이고, 남은 원금은 [\d,]+원입니다/);
    expect(a.text).toContain('심사');
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"언제 다 갚아요?" / "만기 언제예요?" / "when will my loan be paid off?" → the maturity date first, not a payoff quote', async () => {
    const res = await t.request<{
      me: { customer: { loans: { status: string; maturityOn: string; balance: { amount: string } }[] } };
    }>('{ me { customer { loans { status maturityOn balance { amount } } } } }', {}, token);
    const active = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    const last = [...active].sort((x, y) => y.maturityOn.localeCompare(x.maturityOn))[0];
    for (const q of ['언제 다 갚아요?', '대출 만기가 언제예요?', '대출 다 갚으려면 몇 년 더 남았어요?']) {
      const a = await ask(q);
      expect(a.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(a.text)).toContain(`만기는 ${formatDate(last.maturityOn, 'ko', today())}`);
      // The principal still follows, from the same loan line.
      expect(a.text).toContain(formatWon(last.balance.amount, 'ko'));
      expect(a.text).not.toContain('전액 상환하시려면');
      expect(renderingErrors(a.text)).toEqual([]);
    }
    const en = await ask('When will my loan be paid off?');
    expect(en.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(en.text)).toMatch(
      new RegExp(`matur\\w* on ${formatDate(last.maturityOn, 'en', today()).replace(/[()]/g, '\\$&')}`),
    );
    expect(renderingErrors(en.text)).toEqual([]);
    // "지금 다 갚으면 얼마예요?" stays a payoff quote: the amount today, not the maturity.
    const payoff = await ask('지금 다 갚으면 얼마예요?');
    expect(payoff.topic?.intent).toBe('PAYOFF_QUOTE');
  });

  it('"내 카드 한도 얼마야?" → the limit is the card company\'s (where to see it), then this month\'s card use, not a loan limit', async () => {
    const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      '{ me { customer { spendingSummary(period: THIS_MONTH) { total { amount } } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const ko = await ask('내 카드 한도 얼마야?');
    expect(ko.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(ko.text)).toContain('카드 이용 한도는 카드사가 정하고 관리하는 값');
    expect(ko.text).toContain(
      `이번 달 카드 이용액은 지금까지 ${formatWon(res.data!.me.customer.spendingSummary.total.amount, 'ko')}`,
    );
    expect(ko.text).not.toMatch(/신용대출은 최대|DSR/);
    expect(renderingErrors(ko.text)).toEqual([]);
    const en = await ask("What's my credit card limit?");
    expect(firstSentence(en.text)).toContain('card limit is set and held by the card company');
    expect(renderingErrors(en.text)).toEqual([]);
  });

  it('"지난 3개월 동안 제일 많이 쓴 데가 어디야?" → the largest category and its amount, first', async () => {
    const res = await t.request<{
      me: { customer: { spendingSummary: { byCategory: { amount: { amount: string } }[] } } };
    }>(
      '{ me { customer { spendingSummary(period: LAST_N_MONTHS, months: 3) { byCategory { amount { amount } } } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const top = [...res.data!.me.customer.spendingSummary.byCategory].sort((a, b) =>
      Number(BigInt(b.amount.amount) - BigInt(a.amount.amount)),
    )[0];
    const ko = await ask('지난 3개월 동안 제일 많이 쓴 데가 어디야?');
    expect(ko.topic?.intent).toBe('SPENDING');
    expect(firstSentence(ko.text)).toMatch(
      new RegExp(`^최근 3개월 가장 많이 쓰신 곳은 \\S+\\(${formatWon(top.amount.amount, 'ko')}\\)입니다`),
    );
    expect(renderingErrors(ko.text)).toEqual([]);
    const en = await ask('Where did I spend the most in the last 3 months?');
    expect(firstSentence(en.text)).toContain(`: ${formatWon(top.amount.amount, 'en')} (`);
    expect(renderingErrors(en.text)).toEqual([]);
  });

  type PeerMetric = { metric: string; value: number; percentile: number; groupMedian: number | null };
  /** The customer's peer comparison; the model is fitted by the refit the demo enqueues at start (waited for). */
  async function peerComparison(): Promise<{ groupSize: number; metrics: PeerMetric[] }> {
    for (let i = 0; i < 600; i++) {
      const res = await t.request<{
        me: { customer: { peerComparison: { groupSize: number; metrics: PeerMetric[] } | null } };
      }>(
        '{ me { customer { peerComparison { groupSize metrics { metric value percentile groupMedian } } } } }',
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      const p = res.data!.me.customer.peerComparison;
      if (p) return p;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('no peer model was fitted');
  }

  it('"또래보다 많이 쓰는 편이에요?" / "제 금융 점수 또래랑 비교하면?" → their figure and its place among similar customers, first', async () => {
    const p = await peerComparison();
    const metrics = p.metrics;
    const metric = (m: string) => metrics.find((x) => x.metric === m)!;
    const spend = metric('TOTAL_SPEND');
    const ko = await ask('또래보다 많이 쓰는 편이에요?');
    expect(ko.topic?.intent).toBe('SPENDING');
    const first = firstSentence(ko.text);
    expect(first).toContain(`카드 지출 ${formatWon(Math.round(spend.value).toString(), 'ko')}`);
    expect(first).toContain(`고객 ${p.groupSize}명 가운데`);
    expect(first).toContain(`더 많이 쓴 고객이 약 ${100 - Math.round(spend.percentile)}%`);
    expect(first).toContain(`중간값 ${formatWon(Math.round(spend.groupMedian!).toString(), 'ko')}`);
    expect(renderingErrors(ko.text)).toEqual([]);
    const en = await ask('Am I spending more than people like me?');
    expect(firstSentence(en.text)).toContain(
      `about ${100 - Math.round(spend.percentile)}% of them spent more and ${Math.round(spend.percentile)}% less`,
    );
    expect(renderingErrors(en.text)).toEqual([]);
    const health = metric('HEALTH_SCORE');
    const score = await ask('제 금융 점수 또래랑 비교하면 어때요?');
    expect(score.topic?.intent).toBe('HEALTH_SCORE');
    expect(firstSentence(score.text)).toContain(`금융 건강 점수 ${health.value}점`);
    expect(firstSentence(score.text)).toContain(
      `점수가 더 높은 고객이 약 ${100 - Math.round(health.percentile)}%`,
    );
    expect(renderingErrors(score.text)).toEqual([]);
  });

  it('"이번 달 이자만 내도 되나요?" → whether the next instalment is interest only already, else what unpaid principal costs', async () => {
    const l = loans.find((x) => x.nextPayment)!;
    const res = await t.request<{
      node: { nextPayment: { principal: { amount: string }; interest: { amount: string } } };
    }>(
      'query ($id: ID!) { node(id: $id) { ... on Loan { nextPayment { principal { amount } interest { amount } } } } }',
      { id: l.id },
      token,
    );
    expect(res.errors).toBeUndefined();
    const n = res.data!.node.nextPayment;
    const a = await ask('이번 달 이자만 내도 되나요?');
    expect(a.topic?.intent).toBe('NEXT_PAYMENT');
    if (n.principal.amount === '0')
      expect(firstSentence(a.text)).toMatch(
        new RegExp(`^네, .*원금 없이 이자 ${formatWon(n.interest.amount, 'ko')}만 내시면 됩니다`),
      );
    else {
      expect(firstSentence(a.text)).toContain(`원금 ${formatWon(n.principal.amount, 'ko')}`);
      expect(a.text).toContain('연체로 잡혀');
      expect(a.text).toContain('상환유예');
    }
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"상환일 하루 지나면 어떻게 돼요?" with nothing late → a day\'s penalty on the next instalment, nothing overdue now, when it reaches the credit bureaus', async () => {
    const a = await ask('대출 상환일 하루 지나면 어떻게 돼요?');
    expect(a.topic?.intent).toBe('ARREARS');
    // Since 2026-11-25 the day named is priced first (the ledger's delinquency that day, see the lateness test).
    expect(firstSentence(a.text)).toMatch(
      /을 하루 늦게 내시면 연체이자는 약 [\d,]+원입니다 \([\d,]+원 × 연 [\d.]+% × 1일 ÷ 365/,
    );
    expect(a.text).toContain('현재 연체된 금액은 없습니다');
    expect(a.text).toContain('10만원 이상을 5영업일 이상 연체하면');
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"매달 식비 얼마나 써?" / "how much do I spend on food every month?" → the last three complete months ÷ 3, first', async () => {
    // QA round 24 (spend24): the last three complete months (was the last three months to date).
    const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      `{ me { customer { spendingSummary(${completeMonths(', category: "FOOD"')}) { total { amount } } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const total = BigInt(res.data!.me.customer.spendingSummary.total.amount);
    // ÷ 3 to the won, half up.
    const average = ((total * 2n + 3n) / 6n).toString();
    const ko = await ask('매달 식비 얼마나 써?');
    expect(ko.topic?.intent).toBe('SPENDING');
    expect(firstSentence(ko.text)).toContain(`평균 약 ${formatWon(average, 'ko')}`);
    expect(firstSentence(ko.text)).toContain(formatWon(total.toString(), 'ko'));
    expect(renderingErrors(ko.text)).toEqual([]);
    const en = await ask('How much do I spend on food every month?');
    expect(firstSentence(en.text)).toContain(`averages about ${formatWon(average, 'en')} a month`);
    expect(renderingErrors(en.text)).toEqual([]);
  });

  it('"그 전 달은?" after a spending question is neutral: no tone line answers a mood the customer did not show', async () => {
    const first = await ask('지난달 카드 얼마 썼어?');
    const next = await ask('그 전 달은?', first.conversationId);
    expect(next.topic?.intent).toBe('SPENDING');
    expect(firstSentence(next.text)).toMatch(/^지지난달 카드 지출은 [\d,]+원입니다/);
    expect(next.emotion?.label).toBe('NEUTRAL');
    expect(next.text).not.toMatch(/힘드셨겠어요|걱정되시는|답답하셨을/);
  });

  it('"천만원 모으려면 얼마나 걸려요?" / "1년 안에 천만원 모으려면?" → the months it takes, or what each month needs, first', async () => {
    const { surplus } = await monthlySurplus();
    const a = await ask('천만원 모으려면 얼마나 걸려요?');
    expect(a.topic?.intent).toBe('SAVINGS');
    // QA round 23 (spend23): with the last three complete months' card spending the month may leave nothing: then
    // that the goal can't be saved yet, first.
    if (surplus > 0n)
      expect(firstSentence(a.text)).toContain(
        `10,000,000원까지 약 ${(10_000_000n + surplus - 1n) / surplus}개월`, // rounded up
      );
    else expect(firstSentence(a.text)).toContain(`지금 지출로는 10,000,000원을 모을 수 없습니다: 월 소득`);
    expect(renderingErrors(a.text)).toEqual([]);
    const need = (10_000_000n + 11n) / 12n;
    const b = await ask('1년 안에 천만원 모으려면 한 달에 얼마 모아야 돼?');
    expect(firstSentence(b.text)).toContain(
      `12개월 안에 10,000,000원을 모으려면 매달 ${formatWon(need.toString(), 'ko')}`,
    );
    expect(renderingErrors(b.text)).toEqual([]);
  });

  it('"예산 짜는 거 도와줘" / "help me make a budget" → income, loans, 20 % saved first and what is left for spending', async () => {
    const { income, debt } = await monthlySurplus();
    const save = (income * 2n) / 10n; // 20 %, rounded down
    const card = income - debt - save;
    expect(card).toBeGreaterThan(0n);
    // QA round 26 (ko3): the fixed outgoings (customer.recurringCharges) are taken first beside the loans.
    const rc = await t.request<{ me: { customer: { recurringCharges: { amount: { amount: string } }[] } } }>(
      '{ me { customer { recurringCharges { amount { amount } } } } }',
      {},
      token,
    );
    const fixed = rc.data!.me.customer.recurringCharges.reduce((a, c) => a + BigInt(c.amount.amount), 0n);
    const ko = await ask('예산 짜는 거 도와줘');
    expect(ko.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(ko.text)).toMatch(
      new RegExp(
        `^월 소득 ${formatWon(income.toString(), 'ko')}으로 짠 한 달 예산: 대출 납입 ${formatWon(debt.toString(), 'ko')}과 ` +
          `고정 지출 ${formatWon(fixed.toString(), 'ko')}\\(.+\\)을 먼저 떼면 ${formatWon((income - debt - fixed).toString(), 'ko')}이 남고, ` +
          `그중 저축 ${formatWon(save.toString(), 'ko')}\\(소득의 20%\\), 생활비 ${formatWon((card - fixed).toString(), 'ko')}입니다\\.$`,
      ),
    );
    expect(renderingErrors(ko.text)).toEqual([]);
    const en = await ask('Help me make a budget');
    expect(en.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(en.text)).toContain(`savings ${formatWon(save.toString(), 'en')} (20% of income)`);
    expect(renderingErrors(en.text)).toEqual([]);
  });

  it('"What\'s my debt to income ratio?" → their own DSR first (the DTI is at most that), then the terms', async () => {
    const { dsrBefore, dsrCapRatio } = await bankDsr();
    const pct = (v: string) => `${(Number(v) * 100).toFixed(1)}%`;
    const en = await ask("What's my debt to income ratio?");
    expect(en.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(en.text)).toContain(
      `is ${pct(dsrBefore!)} today (a bank's cap is ${pct(dsrCapRatio!)})`,
    );
    expect(renderingErrors(en.text)).toEqual([]);
    const ko = await ask('제 DTI 얼마예요?');
    expect(firstSentence(ko.text)).toContain(
      `고객님의 DSR(모든 대출의 1년 원리금 ÷ 연소득)은 지금 ${pct(dsrBefore!)}입니다`,
    );
    expect(renderingErrors(ko.text)).toEqual([]);
  });

  it('"카드 할부 남은 거 얼마야?" → the principal left on the card instalment plans, from their transactions, first', async () => {
    type Tx = { occurredAt: string; amount: { amount: string }; instalmentMonths: number; kind: string };
    const txs = await cardTransactions<Tx>('occurredAt amount { amount } instalmentMonths kind');
    const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
    // Equal principal, the won left over on the first instalment, billed from the month after the purchase month.
    let left = 0n;
    let plans = 0;
    for (const x of txs.filter((t) => t.kind === 'PURCHASE' && t.instalmentMonths >= 2)) {
      const n = x.instalmentMonths;
      const billed = Math.min(n, Math.max(0, month(today()) - month(koreanDate(new Date(x.occurredAt)))));
      if (billed === n) continue;
      const amount = BigInt(x.amount.amount);
      left += billed === 0 ? amount : (amount / BigInt(n)) * BigInt(n - billed);
      plans++;
    }
    const ko = await ask('카드 할부 남은 거 얼마야?');
    expect(ko.topic?.intent).toBe('CARD_TRANSACTIONS');
    if (plans === 0) expect(firstSentence(ko.text)).toBe('지금 갚고 계신 카드 할부는 없습니다.');
    else
      expect(firstSentence(ko.text)).toMatch(
        new RegExp(
          `^카드 할부로 남은 원금은 모두 ${formatWon(left.toString(), 'ko')}입니다 \\(${plans}건, 할부수수료 별도\\)`,
        ),
      );
    expect(ko.text).not.toContain('전세자금대출');
    expect(renderingErrors(ko.text)).toEqual([]);
    const en = await ask('Do I have any instalment purchases?');
    expect(en.topic?.intent).toBe('CARD_TRANSACTIONS');
    if (plans > 0)
      expect(firstSentence(en.text)).toContain(
        `${formatWon(left.toString(), 'en')} of card instalment principal left`,
      );
    expect(renderingErrors(en.text)).toEqual([]);
  });

  it('"카드 정지하고 싶어요" → where to stop the card first; "자동이체 실패하면?" → what a late payment costs', async () => {
    const stop = await ask('카드 정지하고 싶어요');
    expect(stop.topic?.intent).toBe('CARD_TRANSACTIONS');
    expect(firstSentence(stop.text)).toMatch(
      /^카드 정지는 이 앱에서 대신 할 수 없고, 카드사 앱의 카드 일시정지 메뉴나 24시간 고객센터/,
    );
    expect(renderingErrors(stop.text)).toEqual([]);
    const failed = await ask('자동이체 실패하면 어떻게 돼요?');
    expect(failed.topic?.intent).toBe('ARREARS');
    expect(failed.text).toMatch(/연 [\d.]+%의 연체이자/);
    expect(failed.text).toContain('10만원 이상을 5영업일 이상 연체하면');
    expect(renderingErrors(failed.text)).toEqual([]);
  });

  it('"카드값이 너무 많이 나왔어요" → the bill due this month is last month\'s spending: that total, first', async () => {
    const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      '{ me { customer { spendingSummary(period: LAST_MONTH) { total { amount } } } } }',
      {},
      token,
    );
    const a = await ask('카드값이 너무 많이 나왔어요');
    expect(a.topic?.intent).toBe('SPENDING');
    // With instalments on the statement, the bill is last month's use less the instalment purchases plus the
    // instalments (cardBillOf); without, last month's spending.
    const due = await cardBillOf(`${today().slice(0, 7)}-01`);
    expect(firstSentence(a.text)).toContain(
      due.instalments
        ? billDueSentence(due.bill, 'ko')
        : `지난달 카드 지출은 ${formatWon(res.data!.me.customer.spendingSummary.total.amount, 'ko')}입니다`,
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"Which loan should I pay off first?" → their loans by rate, highest first, first', async () => {
    const res = await t.request<{ me: { customer: { loans: { status: string; annualRate: string }[] } } }>(
      '{ me { customer { loans { status annualRate } } } }',
      {},
      token,
    );
    const active = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    const highest = [...active].sort((a, b) => Number(b.annualRate) - Number(a.annualRate))[0];
    const en = await ask('Which loan should I pay off first?');
    expect(en.topic?.intent).toBe('PREPAYMENT_EFFECT');
    expect(firstSentence(en.text)).toMatch(
      active.length === 1
        ? /is your only active loan, so there is no order to choose/
        : /^Repaying the highest-rate loan first/,
    );
    expect(firstSentence(en.text)).toContain(formatAnnualRate(highest.annualRate, 'en'));
    expect(renderingErrors(en.text)).toEqual([]);
  });

  it('"환불 들어온 거 있어?" → refunds only; "이번 달 제일 큰 지출이 뭐야?" → the largest of the month, first', async () => {
    type Tx = { occurredAt: string; amount: { amount: string }; kind: string };
    const txs = (await cardTransactions<Tx>('occurredAt amount { amount } kind')).sort(
      (a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt),
    );
    // The answers search the newest 100 transactions (TRANSACTION_SEARCH_DEPTH).
    const recent = txs.slice(0, 100);
    const refunds = recent.filter((x) => x.kind === 'REFUND');
    const ko = await ask('환불 들어온 거 있어?');
    expect(ko.topic?.intent).toBe('CARD_TRANSACTIONS');
    if (refunds.length === 0) expect(firstSentence(ko.text)).toMatch(/^최근 카드 환불이 없습니다/);
    else {
      const first = firstSentence(ko.text);
      expect(first).toMatch(
        new RegExp(`^최근 카드 환불 ${Math.min(5, refunds.length)}건입니다\\. 가장 최근은 `),
      );
      expect(first).toContain(formatDate(koreanDate(new Date(refunds[0].occurredAt)), 'ko', today()));
      expect(first).toContain(formatWon(refunds[0].amount.amount, 'ko'));
      // Every row a refund: a negative amount.
      for (const row of ko.text.split('\n').slice(1)) expect(row).toMatch(/ -[\d,]+원$/);
    }
    expect(renderingErrors(ko.text)).toEqual([]);
    const month = today().slice(0, 7);
    const thisMonth = recent.filter((x) => koreanDate(new Date(x.occurredAt)).startsWith(month));
    const largest = [...thisMonth].sort((a, b) =>
      Number(BigInt(b.amount.amount) - BigInt(a.amount.amount)),
    )[0];
    const big = await ask('이번 달 제일 큰 지출이 뭐야?');
    expect(['SPENDING', 'CARD_TRANSACTIONS']).toContain(big.topic?.intent);
    if (largest) {
      expect(firstSentence(big.text)).toMatch(/^이번 달\(.*\) 카드 거래 가운데 가장 큰 것은 /);
      expect(firstSentence(big.text)).toContain(formatWon(largest.amount.amount, 'ko'));
    }
    expect(renderingErrors(big.text)).toEqual([]);
    const en = await ask('Show my biggest purchases this month');
    if (largest) expect(firstSentence(en.text)).toContain(`is ${formatWon(largest.amount.amount, 'en')} at`);
    expect(renderingErrors(en.text)).toEqual([]);
  });

  it('"대출 연체되면 집 넘어가요?" → whether any of their loans is secured on a home, first, then their arrears', async () => {
    const res = await t.request<{ me: { customer: { loans: { status: string; kind: string }[] } } }>(
      '{ me { customer { loans { status kind } } } }',
      {},
      token,
    );
    const mortgage = res.data!.me.customer.loans.some((l) => l.status === 'ACTIVE' && l.kind === 'MORTGAGE');
    const a = await ask('대출 연체되면 집 넘어가요?');
    expect(a.topic?.intent).toBe('ARREARS');
    expect(firstSentence(a.text)).toContain(
      mortgage
        ? '집을 담보로 한 대출이라'
        : '집을 담보로 잡은 주택담보대출은 없어, 연체만으로 집이 경매에 넘어가지는 않습니다',
    );
    expect(a.text).toContain('연체된 금액');
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"원금 상환은 언제부터 시작돼요?" → when principal repayments start on their loan, first', async () => {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            repaymentMethod: string;
            maturityOn: string;
            balance: { amount: string };
          }[];
        };
      };
    }>('{ me { customer { loans { status repaymentMethod maturityOn balance { amount } } } } }', {}, token);
    const loan = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE')[0];
    const a = await ask('원금 상환은 언제부터 시작돼요?');
    expect(a.topic?.intent).toBe('REPAYMENT_SCHEDULE');
    if (loan.repaymentMethod === 'BULLET')
      expect(firstSentence(a.text)).toContain(
        `만기일시상환이라 원금 ${formatWon(loan.balance.amount, 'ko')}은 만기(${formatDate(loan.maturityOn, 'ko', today())})에 한 번에 갚고`,
      );
    else expect(firstSentence(a.text)).toMatch(/원금/);
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"조기상환할까요 적금 들까요?" → the rate a deposit must beat after the 15.4 % interest tax, from their loan\'s rate', async () => {
    const res = await t.request<{
      me: { customer: { loans: { status: string; annualRate: string; balance: { amount: string } }[] } };
    }>('{ me { customer { loans { status annualRate balance { amount } } } } }', {}, token);
    const largest = res
      .data!.me.customer.loans.filter((l) => l.status === 'ACTIVE')
      .sort((x, y) => Number(BigInt(y.balance.amount) - BigInt(x.balance.amount)))[0];
    // The published rule: interest income is taxed 14 % + 1.4 % local tax, so a deposit at r keeps r × 0.846.
    const breakEven = (Math.ceil((Number(largest.annualRate) / 0.846) * 10000) / 10000).toFixed(4);
    const a = await ask('대출 조기상환 하는 게 나을까요 적금 드는 게 나을까요?');
    expect(a.topic?.intent).toBe('PREPAYMENT_EFFECT');
    expect(firstSentence(a.text)).toContain(
      `예·적금 금리가 ${formatAnnualRate(breakEven, 'ko')}(이자소득세 15.4%를 떼고 ${formatAnnualRate(largest.annualRate, 'ko')})보다 낮다면 갚는 편이 유리합니다`,
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"내 대출 금리 몇 퍼센트예요?" / "What\'s the rate on my …?" → the rate they pay now, first, highest first', async () => {
    const res = await t.request<{
      me: { customer: { loans: { status: string; kind: string; annualRate: string }[] } };
    }>('{ me { customer { loans { status kind annualRate } } } }', {}, token);
    const active = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    const highest = [...active].sort((x, y) => Number(y.annualRate) - Number(x.annualRate))[0];
    const ko = await ask('내 대출 금리 몇 퍼센트예요?');
    expect(['LOAN_BALANCE', 'LOANS_OVERVIEW']).toContain(ko.topic?.intent);
    expect(firstSentence(ko.text)).toContain(formatAnnualRate(highest.annualRate, 'ko'));
    expect(renderingErrors(ko.text)).toEqual([]);
    const kind =
      highest.kind === 'MORTGAGE' ? 'mortgage' : highest.kind === 'JEONSE' ? 'jeonse loan' : 'loan';
    const en = await ask(`What's the interest rate on my ${kind}?`);
    expect(en.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(en.text)).toContain(formatAnnualRate(highest.annualRate, 'en'));
    expect(renderingErrors(en.text)).toEqual([]);
  });

  it('"5년 동안 3천만원 빌리면 한 달에 얼마 내요?" → the monthly instalment of that amount, first, then the limit', async () => {
    // The assumed credit loan is 5.5 % a year, level payments; PMT(5.5%/12, 60, 30,000,000) = 573,034.87 (the
    // annuity formula, as a spreadsheet's PMT gives it), truncated to the won by the default rounding.
    expect(ASSUMED_NEW_LOANS.CREDIT).toMatchObject({
      annualRate: '0.0550',
      repaymentMethod: 'LEVEL_PAYMENT',
    });
    const a = await ask('5년 동안 3천만원 빌리면 한 달에 얼마 내요?');
    expect(a.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(a.text)).toContain('한 달 납입액은 573,034원');
    expect(firstSentence(a.text)).toMatch(/계산된 한도\(최대 [\d,]+원\)(?: 안입니다|를 넘습니다)/);
    expect(renderingErrors(a.text)).toEqual([]);
    const en = await ask('If I borrow 20 million over 3 years, what is the monthly payment?');
    expect(en.topic?.intent).toBe('LOAN_LIMIT');
    // PMT(5.5%/12, 36, 20,000,000) = 603,918.04…
    expect(firstSentence(en.text)).toContain('costs ₩603,918 a month');
  });

  it('"What is my health score and how do I improve it?" → the score first, then a step for each indicator that cost it most (at most three)', async () => {
    const res = await t.request<{
      me: {
        customer: {
          healthScore: {
            score: number | null;
            components: { score: number | null; weight: number }[];
          } | null;
        };
      };
    }>('{ me { customer { healthScore { score components { score weight } } } } }', {}, token);
    const h = res.data!.me.customer.healthScore!;
    const scored = h.components.filter((c) => c.score !== null);
    const used = scored.reduce((a, c) => a + c.weight, 0);
    // Each indicator scored under 50, or costing the score 2 points or more ((100 − score) × its renormalised weight).
    const weak = Math.min(
      3,
      scored.filter((c) => c.score! < 50 || ((100 - c.score!) * c.weight) / used >= 2).length,
    );
    const a = await ask('What is my financial health score and how do I improve it?');
    expect(a.topic?.intent).toBe('HEALTH_SCORE');
    expect(firstSentence(a.text)).toContain(`is ${h.score} out of 100`);
    const steps = a.text.split('■ Next steps:')[1]?.split('\n\n')[0] ?? '';
    expect(steps.split('\n').filter((l) => /^\d+\. /.test(l)).length).toBe(weak);
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"DSR이 뭐예요?" / "what is a grace period?" → the definition first, then where the customer stands', async () => {
    const sim = await t.request<{ simulateLoanLimit: { dsrBefore?: string; dsrCapRatio?: string } }>(
      `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
         ... on LoanLimitSimulation { dsrBefore dsrCapRatio } } }`,
      { input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS.CREDIT } },
      token,
    );
    const dsr = await ask('DSR이 뭐예요?');
    expect(dsr.topic?.intent).toBe('PRODUCT_QUESTION');
    const before = sim.data!.simulateLoanLimit.dsrBefore!;
    expect(firstSentence(dsr.text)).toBe(
      `고객님의 지금 DSR은 ${(Number(before) * 100).toFixed(1)}%입니다 (은행 대출 심사 기준, 한도 ${(Number(sim.data!.simulateLoanLimit.dsrCapRatio) * 100).toFixed(1)}%).`,
    );
    expect(dsr.text).toContain(
      'DSR(총부채원리금상환비율)은 모든 대출의 1년 원리금 상환액을 연소득으로 나눈 비율입니다',
    );
    expect(renderingErrors(dsr.text)).toEqual([]);
    const grace = await ask('What is a grace period on a loan?');
    expect(firstSentence(grace.text)).toMatch(
      /^A grace period is the first stretch of a loan in which you pay interest only/,
    );
    const res = await t.request<{ me: { customer: { loans: { status: string; annualRate: string }[] } } }>(
      '{ me { customer { loans { status annualRate } } } }',
      {},
      token,
    );
    for (const l of res.data!.me.customer.loans.filter((x) => x.status === 'ACTIVE'))
      expect(grace.text).toContain(formatAnnualRate(l.annualRate, 'en'));
    const deposit = await ask('예금자보호 한도가 얼마예요?');
    expect(firstSentence(deposit.text)).toContain('최고 1억원까지');
  });

  it('"올해 대출 이자 얼마 냈어요?" → the interest of this year\'s recorded repayments, from repaymentHistory, first', async () => {
    const res = await t.request<{
      me: { customer: { loans: { repaymentHistory: { paidOn: string; interest: { amount: string } }[] }[] } };
    }>('{ me { customer { loans { repaymentHistory { paidOn interest { amount } } } } } }', {}, token);
    const year = today().slice(0, 4);
    const paid = res
      .data!.me.customer.loans.flatMap((l) => l.repaymentHistory)
      .filter((p) => p.paidOn.startsWith(`${year}-`));
    const total = paid.reduce((a, p) => a + BigInt(p.interest.amount), 0n);
    const a = await ask('올해 대출 이자 얼마 냈어요?');
    expect(['LOAN_BALANCE', 'LOANS_OVERVIEW']).toContain(a.topic?.intent);
    // Penalty interest, when any was paid, follows in brackets.
    expect(firstSentence(a.text)).toMatch(
      paid.length
        ? `${year}년에 내신 대출 이자는 모두 ${formatWon(total.toString(), 'ko')}입니다`
        : `${year}년에 기록된 대출 상환이 없어 낸 이자는 0원입니다.`,
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"대출 이자 연말정산 돼요?" → whether the deduction can reach each of their loans, with this year\'s interest paid', async () => {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            kind: string;
            repaymentHistory: { paidOn: string; interest: { amount: string } }[];
          }[];
        };
      };
    }>(
      '{ me { customer { loans { status kind repaymentHistory { paidOn interest { amount } } } } } }',
      {},
      token,
    );
    const year = today().slice(0, 4);
    const active = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    const a = await ask('대출 이자 연말정산 돼요?');
    expect(a.topic?.intent).toBe('PRODUCT_QUESTION');
    const lines = a.text.split('\n');
    for (const [i, l] of active.entries()) {
      const interest = l.repaymentHistory
        .filter((p) => p.paidOn.startsWith(`${year}-`))
        .reduce((s, p) => s + BigInt(p.interest.amount), 0n);
      const rule =
        l.kind === 'JEONSE'
          ? '주택임차차입금 원리금 상환액 공제'
          : l.kind === 'MORTGAGE'
            ? '장기주택저당차입금'
            : '공제 대상이 아닌';
      expect(lines[i]).toContain(rule);
      expect(lines[i]).toContain(
        `${year}년에 이 대출에 내신 이자는 ${formatWon(interest.toString(), 'ko')}입니다`,
      );
    }
    expect(a.text).toContain('소득세법 제52조');
    expect(renderingErrors(a.text)).toEqual([]);
    const en = await ask('Is my loan interest tax deductible?');
    expect(en.text).toContain('Income Tax Act, Article 52');
    expect(renderingErrors(en.text)).toEqual([]);
  });

  /** spendingSummary's total for a period, narrowed to abroad or online, as a client reads it. */
  async function narrowedTotal(period: string, filter: { locality?: string; channel?: string }) {
    const res = await t.request<{
      me: {
        customer: {
          spendingSummary: { total: { amount: string }; locality: string | null; channel: string | null };
        };
      };
    }>(
      `query ($p: SpendingPeriod!, $l: Locality, $c: SalesChannel) { me { customer {
         spendingSummary(period: $p, locality: $l, channel: $c) { total { amount } locality channel } } } }`,
      { p: period, l: filter.locality ?? null, c: filter.channel ?? null },
      token,
    );
    expect(res.errors).toBeUndefined();
    const s = res.data!.me.customer.spendingSummary;
    expect(s.locality).toBe(filter.locality ?? null);
    expect(s.channel).toBe(filter.channel ?? null);
    return s.total.amount;
  }

  it('"지난달 해외에서 쓴 돈 얼마야?" / "how much did I spend online last month?" → the total abroad / online, first', async () => {
    const abroad = await narrowedTotal('LAST_MONTH', { locality: 'OVERSEAS' });
    const online = await narrowedTotal('LAST_MONTH', { channel: 'ONLINE' });
    const all = await narrowedTotal('LAST_MONTH', {});
    // The demo's October has purchases abroad and online, and both are a part of the month, not all of it.
    expect(BigInt(abroad)).toBeGreaterThan(0n);
    expect(BigInt(online)).toBeGreaterThan(0n);
    expect(BigInt(abroad)).toBeLessThan(BigInt(all));
    const ko = await ask('지난달 해외에서 쓴 돈 얼마야?');
    expect(ko.topic?.intent).toBe('SPENDING');
    expect(firstSentence(ko.text)).toMatch(
      new RegExp(`^지난달 해외 카드 지출은 ${formatWon(abroad, 'ko')}입니다`),
    );
    const en = await ask('How much did I spend online last month?');
    expect(en.topic?.intent).toBe('SPENDING');
    expect(firstSentence(en.text)).toMatch(
      new RegExp(`^You spent ${formatWon(online, 'en')} online last month`),
    );
    for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"지난달 해외결제 얼마 나왔어?" / "지난달 온라인으로 결제한 금액 얼마예요?" / "온라인 결제 이번달 얼마나 했어요" → the total, never the length of a list', async () => {
    const cases: [string, string, { locality?: string; channel?: string }, string][] = [
      ['지난달 해외결제 얼마 나왔어?', 'LAST_MONTH', { locality: 'OVERSEAS' }, '지난달 해외'],
      ['지난달 온라인으로 결제한 금액 얼마예요?', 'LAST_MONTH', { channel: 'ONLINE' }, '지난달 온라인'],
      ['온라인 결제 이번달 얼마나 했어요', 'THIS_MONTH', { channel: 'ONLINE' }, '이번 달 온라인'],
    ];
    for (const [question, period, filter, scope] of cases) {
      const total = await narrowedTotal(period, filter);
      const a = await ask(question);
      expect(a.topic?.intent).toBe('SPENDING');
      expect(firstSentence(a.text)).toMatch(
        new RegExp(`^${scope} 카드 지출은 ${formatWon(total, 'ko')}입니다`),
      );
      expect(renderingErrors(a.text)).toEqual([]);
    }
  });

  it('two months set side by side ("6월이랑 7월 중에 언제 더 많이 썼어?", "Did I spend more in September or October?", "지난달에 지지난달보다 더 쓴 거예요?") compare those months by name, read from spendingSummary(MONTHS_AGO)', async () => {
    const month = Number(today().slice(5, 7));
    const ago = (m: number) => (month - m + 12) % 12;
    const spent = async (months: number) => {
      const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
        `{ me { customer { spendingSummary(period: MONTHS_AGO, months: ${months}) { total { amount } } } } }`,
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.me.customer.spendingSummary.total.amount;
    };
    const compared = (later: string, earlier: string, lang: 'ko' | 'en') => {
      const diff = new Decimal(later).minus(earlier);
      const gap = formatWon(diff.abs().toFixed(0), lang);
      return lang === 'ko'
        ? `${formatWon(later, 'ko')}으로, ${'%'} ${formatWon(earlier, 'ko')}보다 ${gap} ${diff.isPositive() ? '많습니다' : '적습니다'}.`
        : `${formatWon(later, 'en')}: ${gap} ${diff.isPositive() ? 'more' : 'less'} than`;
    };
    // Two months before this one and the one before it, named ("9월이랑 10월" in November).
    const m2 = ((month + 9) % 12) + 1; // two months ago
    const m1 = ((month + 10) % 12) + 1; // last month
    const [last, before] = [await spent(ago(m1)), await spent(ago(m2))];
    const ko = await ask(`${m2}월이랑 ${m1}월 중에 언제 더 많이 썼어?`);
    expect(ko.topic?.intent).toBe('SPENDING');
    expect(firstSentence(ko.text)).toBe(
      `${m1}월 카드 지출은 ${compared(last, before, 'ko').replace('%', `${m2}월`)}`,
    );
    const names = MONTH_NAMES;
    const en = await ask(`Did I spend more in ${names[m2 - 1]} or ${names[m1 - 1]}?`);
    expect(firstSentence(en.text)).toContain(
      `Your card spending in ${names[m1 - 1]} is ${compared(last, before, 'en')} in ${names[m2 - 1]}`,
    );
    const back = await ask('지난달에 지지난달보다 더 쓴 거예요?');
    expect(firstSentence(back.text)).toBe(
      `지난달 카드 지출은 ${compared(last, before, 'ko').replace('%', '지지난달')}`,
    );
    for (const a of [ko, en, back]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('rejects a locality or channel that is not one with a coded error naming the argument', async () => {
    const res = await t.request(
      '{ me { customer { spendingSummary(period: LAST_MONTH, locality: ABROAD) { total { amount } } } } }',
      {},
      token,
    );
    expect(res.errors?.[0].message).toMatch(/ABROAD/);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('"이번달 생활비 50만원으로 버틸 수 있을까?" / "can I get by on 300k won this month?" → the amount a day to the month\'s end against this month\'s card spending a day, first; "이번달 남은 돈 얼마예요?" is not the loan\'s balance', async () => {
    const res = await t.request<{
      me: { customer: { spendingSummary: { total: { amount: string }; from: string } } };
    }>('{ me { customer { spendingSummary(period: THIS_MONTH) { total { amount } from } } } }', {}, token);
    const day = today();
    const end = addDays(addMonths(`${day.slice(0, 7)}-01`, 1), -1);
    const dayMs = 86_400_000;
    const daysLeft = Math.round((Date.parse(end) - Date.parse(day)) / dayMs) + 1;
    const daysSoFar =
      Math.round((Date.parse(day) - Date.parse(res.data!.me.customer.spendingSummary.from)) / dayMs) + 1;
    const spent = BigInt(res.data!.me.customer.spendingSummary.total.amount);
    const usualPerDay = spent <= 0n ? 0n : (spent + BigInt(daysSoFar) - 1n) / BigInt(daysSoFar); // rounded up
    const usual = usualPerDay * BigInt(daysLeft);
    const ko = await ask('이번달 생활비 50만원으로 버틸 수 있을까?');
    expect(ko.topic?.intent).toBe('SAVINGS');
    const gap = 500_000n - usual;
    const perDay = 500_000n / BigInt(daysLeft);
    expect(firstSentence(ko.text)).toMatch(
      /^(?:네, 평소대로라면 충분해 보입니다|평소대로라면 약 [\d,]+원이 모자랄 수 있습니다): 500,000원이면/,
    );
    expect(firstSentence(ko.text)).toContain(
      `이번 달 남은 ${daysLeft}일(오늘 포함, ${formatDate(end, 'ko', day)}까지)`,
    );
    expect(firstSentence(ko.text)).toContain(`하루 약 ${formatWon(perDay.toString(), 'ko')}`);
    if (spent > 0n) {
      expect(firstSentence(ko.text)).toContain(`하루 평균 약 ${formatWon(usualPerDay.toString(), 'ko')}`);
      expect(firstSentence(ko.text)).toContain(
        gap >= 0n
          ? `약 ${formatWon(gap.toString(), 'ko')}이 남습니다`
          : `약 ${formatWon((-gap).toString(), 'ko')}이 모자랄 수`,
      );
    }
    expect(ko.text).toContain('카드 지출만 본 것');
    const en = await ask('can I get by on 300k won this month?');
    expect(en.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(en.text)).toContain(
      `about ${formatWon((300_000n / BigInt(daysLeft)).toString(), 'en')} a day`,
    );
    const left = await ask('이번달 남은 돈 얼마예요?');
    expect(left.topic?.intent).toBe('SAVINGS');
    expectMoneyLeft(left.text, /^이번 달 남은 돈은 약 [\d,]+원입니다|^이번 달은 이미 월 소득/);
    for (const x of [ko, en, left]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"이번 달 남은 돈 얼마야?" → a month\'s income less the loans and this month\'s card spending so far, first', async () => {
    const { income, debt } = await monthlySurplus();
    const spent = BigInt(await narrowedTotal('THIS_MONTH', {}));
    const left = income - debt - spent;
    expect(left).toBeGreaterThan(0n);
    const a = await ask('이번 달 남은 돈 얼마야?');
    expect(a.topic?.intent).toBe('SAVINGS');
    const lead =
      `이번 달 남은 돈은 약 ${formatWon(left.toString(), 'ko')}입니다: 월 소득 ${formatWon(income.toString(), 'ko')}에서 ` +
      `대출 납입 ${formatWon(debt.toString(), 'ko')}과 이번 달 카드 지출 ${formatWon(spent.toString(), 'ko')}을 뺀 금액입니다 (카드 지출은 `;
    if (a.text.startsWith('이번 달은 돈이 모자랄 수'))
      expectMoneyLeft(a.text, lead, formatWon(spent.toString(), 'ko'));
    else {
      expect(firstSentence(a.text).slice(0, lead.length)).toBe(lead);
      expect(a.text.split('\n')[1]).toMatch(
        /^이달 말까지 오늘을 포함해 \d+일 남아, 하루 약 [\d,]+원씩 쓸 수 있습니다\.$/,
      );
    }
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"변동금리 고정금리로 바꾸는 게 나아요?" → their loan\'s rate type and rate first, then the refinance comparison', async () => {
    const res = await t.request<{
      me: { customer: { loans: { status: string; rateType: string; currentAnnualRate: string }[] } };
    }>('{ me { customer { loans { status rateType currentAnnualRate } } } }', {}, token);
    const loan = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!;
    expect(loan.rateType).toBe('VARIABLE');
    const a = await ask('변동금리 고정금리로 바꾸는 게 나아요?');
    expect(a.topic?.intent).toBe('REFINANCE');
    expect(firstSentence(a.text)).toMatch(
      new RegExp(
        `은 지금 변동금리, ${formatAnnualRate(loan.currentAnnualRate, 'ko').replace('.', '\\.')}입니다\\.$`,
      ),
    );
    expect(a.text).toContain('고정금리로 바꾸려면 그런 금리의 대출로 갈아타야 합니다');
    const saving = loans[0].refinanceOffers.stayWithCurrentLender?.monthlySaving.amount;
    if (saving) expect(a.text).toContain(formatWon(saving, 'ko'));
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"지난번에 낸 대출금 얼마였어요?" / "did my last loan payment go through?" → the latest repayment, its date and split, first', async () => {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            repaymentHistory: {
              paidOn: string;
              amount: { amount: string };
              principal: { amount: string };
              interest: { amount: string };
            }[];
          }[];
        };
      };
    }>(
      '{ me { customer { loans { status repaymentHistory { paidOn amount { amount } principal { amount } interest { amount } } } } } }',
      {},
      token,
    );
    const history = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.repaymentHistory;
    expect(history.length).toBeGreaterThan(0);
    const last = history.reduce((a, r) => (r.paidOn >= a.paidOn ? r : a));
    const next = loans[0].nextPayment!;
    const ko = await ask('지난번에 낸 대출금 얼마였어요?');
    expect(ko.topic?.intent).toBe('NEXT_PAYMENT');
    const on = formatDate(last.paidOn, 'ko', today());
    expect(firstSentence(ko.text)).toMatch(
      new RegExp(
        `의 마지막 납입은 ${on.replace(/[()]/g, '\\$&')}에 낸 ${formatWon(last.amount.amount, 'ko')}이며, 원금 ${formatWon(last.principal.amount, 'ko')}, 이자 ${formatWon(last.interest.amount, 'ko')}으로 처리되었습니다\\.$`,
      ),
    );
    expect(ko.text.split('\n')[1]).toContain(
      `다음 납입은 ${formatDate(next.dueDate, 'ko', today())} ${formatWon(next.payment.amount, 'ko')}입니다`,
    );
    const en = await ask('Did my last loan payment go through?');
    expect(en.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(en.text)).toContain(
      `payment was ${formatWon(last.amount.amount, 'en')} on ${formatDate(last.paidOn, 'en', today())}`,
    );
    for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"대출 다 갚으면 신용점수 올라요?" / "does refinancing hurt my credit score?" → the effect first, then the score on file', async () => {
    const res = await t.request<{ me: { customer: { creditScore: number } } }>(
      '{ me { customer { creditScore } } }',
      {},
      token,
    );
    const score = res.data!.me.customer.creditScore;
    const payoff = await ask('대출 다 갚으면 신용점수 올라요?');
    expect(payoff.topic?.intent).toBe('HEALTH_SCORE');
    expect(firstSentence(payoff.text)).toMatch(/^대출을 갚아 빚이 줄면 신용점수에 도움이 됩니다/);
    expect(payoff.text.split('\n')[1]).toBe(`등록된 신용점수는 1000점 만점에 ${score}점입니다.`);
    // The bureau's score was asked about: fingraph's own health score is not in this answer.
    expect(payoff.text).not.toContain('금융 건강 점수');
    const refinance = await ask('does refinancing hurt my credit score?');
    expect(refinance.topic?.intent).toBe('HEALTH_SCORE');
    expect(firstSentence(refinance.text)).toMatch(/^Refinancing does not lower your credit score much/);
    expect(refinance.text).toContain(`Your credit score on file is ${score} out of 1,000.`);
    const inquiry = await ask('대출 한도 조회하면 신용점수 떨어지나요?');
    expect(firstSentence(inquiry.text)).toMatch(
      /^대출 금리나 한도를 조회하는 것만으로는 신용점수가 떨어지지 않습니다/,
    );
    for (const a of [payoff, refinance, inquiry]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"작년보다 지출 늘었어?" with no card spending on record last year → nothing to compare with, first, and this year\'s total', async () => {
    const last = await narrowedTotal('LAST_YEAR', {});
    const now = await narrowedTotal('THIS_YEAR', {});
    // The demo's card history starts this year.
    expect(last).toBe('0');
    const a = await ask('작년보다 지출 늘었어?');
    expect(a.topic?.intent).toBe('SPENDING');
    expect(firstSentence(a.text)).toMatch(
      new RegExp(
        `^작년에는 카드 결제 기록이 없어 비교할 수 없습니다: 올해 카드 지출은 ${formatWon(now, 'ko')}입니다`,
      ),
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"대출금 일부만 내도 돼요?" → the instalment is due in full; the rest becomes arrears at the penalty rate', async () => {
    const res = await t.request<{
      me: { customer: { loans: { status: string; delinquency: { penaltyRate: string | null } }[] } };
    }>('{ me { customer { loans { status delinquency { penaltyRate } } } } }', {}, token);
    const penaltyRate = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.delinquency
      .penaltyRate!;
    const next = loans[0].nextPayment!;
    const a = await ask('대출금 일부만 내도 돼요?');
    expect(a.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(a.text)).toMatch(
      new RegExp(
        `의 다음 납입액은 ${formatDate(next.dueDate, 'ko', today()).replace(/[()]/g, '\\$&')}에 ${formatWon(next.payment.amount, 'ko')}이며, 일부만 내시면 .*모자란 금액은 연체로 잡혀 ${formatAnnualRate(penaltyRate, 'ko').replace('.', '\\.')}의 연체이자가 붙습니다\\.$`,
      ),
    );
    expect(a.text).toContain('상환유예나 분할납부');
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"대출 연장 안 되면 어떡해요?" → the principal falls due at maturity, first, then how an extension is decided', async () => {
    const res = await t.request<{
      me: { customer: { loans: { status: string; maturityOn: string; balance: { amount: string } }[] } };
    }>('{ me { customer { loans { status maturityOn balance { amount } } } } }', {}, token);
    const loan = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!;
    const a = await ask('대출 연장 안 되면 어떡해요?');
    expect(firstSentence(a.text)).toContain(
      `연장이 안 되면 카카오뱅크 전세자금대출의 남은 원금 ${formatWon(loan.balance.amount, 'ko')}을 만기일 ${formatDate(loan.maturityOn.slice(0, 10), 'ko', today())}에 한 번에 갚아야 하고`,
    );
    expect(a.text).toContain('기한연장은 만기 전에');
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"이자 못 내면 어떻게 돼요?" / "I\'m scared I\'ll lose everything because of my debt" → arrears, and hardship', async () => {
    const a = await ask('이자 못 내면 어떻게 돼요?');
    expect(a.topic?.intent).toBe('ARREARS');
    expect(a.text).toContain('연체이자');
    const b = await ask("I'm scared I'll lose everything because of my debt");
    expect(b.topic?.intent).toBe('HARDSHIP');
    expect(b.text).toContain('1397');
    for (const x of [a, b]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"last month compared to the month before" → last month against the one before it, not this month against last', async () => {
    const last = await narrowedTotal('LAST_MONTH', {});
    const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      '{ me { customer { spendingSummary(period: MONTHS_AGO, months: 2) { total { amount } } } } }',
      {},
      token,
    );
    const before = res.data!.me.customer.spendingSummary.total.amount;
    const diff = BigInt(last) - BigInt(before);
    const a = await ask('How much did I spend last month compared to the month before?');
    expect(a.topic?.intent).toBe('SPENDING');
    expect(firstSentence(a.text)).toBe(
      `Your card spending last month is ${formatWon(last, 'en')}: ${formatWon((diff < 0n ? -diff : diff).toString(), 'en')} ${diff > 0n ? 'more' : 'less'} than the month before last (${formatWon(before, 'en')}).`,
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"What happens if I pay my loan off early?" → the payoff today, then the interest of the instalments left it saves', async () => {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            payoffQuote: { total: { amount: string }; interest: { amount: string } };
            schedule: { edges: { node: { paid: boolean; interest: { amount: string } } }[] };
          }[];
        };
      };
    }>(
      '{ me { customer { loans { status payoffQuote { total { amount } interest { amount } } schedule(first: 100) { edges { node { paid interest { amount } } } } } } } }',
      {},
      token,
    );
    const loan = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!;
    const left = loan.schedule.edges
      .filter((e) => !e.node.paid)
      .reduce((a, e) => a + BigInt(e.node.interest.amount), 0n);
    const a = await ask('What happens if I pay my loan off early?');
    expect(a.topic?.intent).toBe('PAYOFF_QUOTE');
    expect(firstSentence(a.text)).toContain(`takes ${formatWon(loan.payoffQuote.total.amount, 'en')}`);
    expect(a.text).toContain(
      `Closing it now saves the interest of the instalments left, about ${formatWon(left.toString(), 'en')}`,
    );
    // Net of the interest to date, which the next instalment would have carried, and the fee: no won counted twice.
    const feeRes = await t.request<{
      me: { customer: { loans: { status: string; payoffQuote: { prepaymentFee: { amount: string } } }[] } };
    }>('{ me { customer { loans { status payoffQuote { prepaymentFee { amount } } } } } }', {}, token);
    const fee = BigInt(
      feeRes.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.payoffQuote.prepaymentFee.amount,
    );
    const net = left - BigInt(loan.payoffQuote.interest.amount) - fee;
    if (net > 0n) expect(a.text).toContain(`about ${formatWon(net.toString(), 'en')} less in all`);
    const ko = await ask('지금 대출 다 갚으면 이자 얼마나 아껴요?');
    expect(ko.topic?.intent).toBe('PAYOFF_QUOTE');
    if (net > 0n)
      expect(firstSentence(ko.text)).toContain(`약 ${formatWon(net.toString(), 'ko')}을 아낍니다`);
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"Is my spending normal?" → where it stands among similar customers, first', async () => {
    const spend = (await peerComparison()).metrics.find((m) => m.metric === 'TOTAL_SPEND')!;
    const a = await ask('Is my spending normal?');
    expect(a.topic?.intent).toBe('SPENDING');
    expect(firstSentence(a.text)).toContain(
      `about ${100 - Math.round(spend.percentile)}% of them spent more and ${Math.round(spend.percentile)}% less`,
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  /** A spending summary's total and its categories, read as a client would. */
  /** simulateLoanLimit of the assumed bank credit loan, at the income on file or at `annualIncome`. */
  async function creditLimitAt(annualIncome?: string) {
    const sim = await t.request<{
      simulateLoanLimit: { maxLoan: { amount: string }; annualIncome: { amount: string } };
    }>(
      `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
         ... on LoanLimitSimulation { maxLoan { amount } annualIncome { amount } } } }`,
      {
        input: {
          lenderType: 'BANK',
          newLoan: ASSUMED_NEW_LOANS.CREDIT,
          ...(annualIncome ? { annualIncome } : {}),
        },
      },
      token,
    );
    expect(sim.errors).toBeUndefined();
    return sim.data!.simulateLoanLimit;
  }

  /** spendingSummary(period: DATES) of those two days (both included): its total in won. */
  async function spendingBetween(from: string, through: string): Promise<string> {
    const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      `{ me { customer { spendingSummary(period: DATES, from: "${from}", through: "${through}") { total { amount } } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.me.customer.spendingSummary.total.amount;
  }

  async function categorySpending(period: 'LAST_N_MONTHS' | 'MONTHS_AGO', months: number) {
    const res = await t.request<{
      me: {
        customer: {
          spendingSummary: {
            total: { amount: string };
            byCategory: { category: { code: string }; amount: { amount: string } }[];
          };
        };
      };
    }>(
      `{ me { customer { spendingSummary(period: ${period}, months: ${months}) { total { amount } byCategory { category { code } amount { amount } } } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.me.customer.spendingSummary;
  }

  it('"카드값 줄이는 방법 알려줘" → a month of the last three and its largest categories, a way to spend less on each', async () => {
    // QA round 28 (ko28): the last three complete months, the savings answers' months.
    const s = await summary(completeMonths());
    const perMonth = (v: string) => ((BigInt(v) * 2n + 3n) / 6n).toString(); // ÷ 3, half up
    const a = await ask('카드값 줄이는 방법 알려줘');
    expect(a.topic?.intent).toBe('SPENDING');
    expect(firstSentence(a.text)).toMatch(
      new RegExp(
        `^${escapeRegExp(completeMonthsPhrase('ko'))} 카드 지출은 한 달 평균 약 ${formatWon(perMonth(s.total.amount), 'ko')}이고, 가장 큰 업종은 `,
      ),
    );
    const top = [...s.byCategory].sort((x, y) =>
      Number(BigInt(y.amount.amount) - BigInt(x.amount.amount)),
    )[0];
    expect(a.text).toContain(`월 약 ${formatWon(perMonth(top.amount.amount), 'ko')}`);
    expect(a.text.split('\n').filter((l) => l.startsWith('- ')).length).toBe(
      Math.min(3, s.byCategory.length),
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"대출 갈아타면 수수료 얼마야?" / "what are the fees if I refinance?" → the cost of switching and its payback, first', async () => {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            refinanceOffers: {
              offers: {
                switchLender: {
                  totalCost: { amount: string };
                  monthlySaving: { amount: string };
                  breakEvenMonth: number | null;
                };
              }[];
            };
          }[];
        };
      };
    }>(
      '{ me { customer { loans { status refinanceOffers { offers { switchLender { totalCost { amount } monthlySaving { amount } breakEvenMonth } } } } } } }',
      {},
      token,
    );
    const top = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.refinanceOffers.offers[0]!
      .switchLender;
    const ko = await ask('대출 갈아타면 수수료 얼마야?');
    expect(ko.topic?.intent).toBe('REFINANCE');
    expect(firstSentence(ko.text)).toContain(
      `을 갈아타실 때 드는 비용은 ${formatWon(top.totalCost.amount, 'ko')}입니다`,
    );
    if (top.breakEvenMonth)
      expect(firstSentence(ko.text)).toContain(
        `월 ${formatWon(top.monthlySaving.amount, 'ko')}씩 아끼면 ${top.breakEvenMonth}개월째에 회수됩니다.`,
      );
    const en = await ask('What are the fees if I refinance?');
    expect(firstSentence(en.text)).toContain(`costs ${formatWon(top.totalCost.amount, 'en')}`);
    // "수수료 감안해도 이득?" asks whether it pays, not what it costs: the best option leads.
    const worth = await ask('갈아타면 중도상환수수료 감안해도 이득이야?');
    expect(firstSentence(worth.text)).not.toContain('갈아타실 때 드는 비용은');
    for (const a of [ko, en, worth]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"마이너스 통장 만들 수 있어요?" → the overdraft limit the DSR leaves (counted as a five-year credit loan)', async () => {
    const sim = await t.request<{ simulateLoanLimit: { maxLoan: { amount: string } } }>(
      `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
         ... on LoanLimitSimulation { maxLoan { amount } } } }`,
      { input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS.CREDIT } },
      token,
    );
    const a = await ask('마이너스 통장 만들 수 있어요?');
    expect(a.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(a.text)).toMatch(
      new RegExp(
        `^네, 마이너스통장은 DSR을 계산할 때 신용대출처럼 60개월 동안 나눠 갚는 것으로 보므로, 한도는 최대 ${formatWon(sim.data!.simulateLoanLimit.maxLoan.amount, 'ko')}까지`,
      ),
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"만기 연장하면 금리 올라가요?" / "내 대출 중에 제일 비싼 게 뭐야?" / "100만원만 급하게 필요해요" → extension, rates, a loan', async () => {
    const res = await t.request<{
      me: { customer: { loans: { status: string; currentAnnualRate: string }[] } };
    }>('{ me { customer { loans { status currentAnnualRate } } } }', {}, token);
    const rate = formatAnnualRate(
      res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.currentAnnualRate,
      'ko',
    );
    const ext = await ask('대출 만기 연장하면 금리 올라가요?');
    expect(ext.text).not.toContain('1%p 오르면');
    expect(ext.text).toContain(
      `연장하면 금리는 그때의 기준금리와 신용 상태로 다시 정해져, 지금의 ${rate}보다 오르거나 내릴 수 있습니다.`,
    );
    const dear = await ask('내 대출 중에 제일 비싼 게 뭐야?');
    expect(firstSentence(dear.text)).toContain(`의 지금 금리는 ${rate}`);
    const need = await ask('100만원만 급하게 필요해요');
    expect(need.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(need.text)).toMatch(/^말씀하신 1,000,000원을 /);
    for (const a of [ext, dear, need]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"카드 결제일 바꾸고 싶어요" → the card company changes it (not the lender), first', async () => {
    const a = await ask('카드 결제일 바꾸고 싶어요');
    expect(firstSentence(a.text)).toMatch(
      /^카드 결제일 변경은 이 앱에서 대신 할 수 없고, 카드사 앱이나 고객센터에서/,
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('answers a suspected fraud with the "not me" report step', async () => {
    const a = await ask('제가 결제하지 않은 게 있어요');
    expect(a.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(a.text).toContain("'내가 하지 않은 거래'로 신고하세요.");
    expect(a.text).not.toMatch(/reportTransactionNotMine|API:/);
  });

  type LateLoan = {
    id?: string;
    kind: string;
    status: string;
    balance: { amount: string };
    rateType: string;
    nextPayment: { dueDate: string; payment: { amount: string } } | null;
    delinquency: { overdueAmount: { amount: string }; penaltyRate: string | null };
    schedule?: { edges: { node: { dueDate: string; paid: boolean } }[] };
    lender: string;
    maturityOn?: string;
  };
  async function activeLoansWith(fields: string) {
    const res = await t.request<{ me: { customer: { loans: LateLoan[] } } }>(
      `{ me { customer { loans { status ${fields} } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
  }

  it('"하루 늦게 내면 연체이자 얼마예요?" / "if I pay a week late?" → the penalty the ledger shows on that day, first', async () => {
    const active = await activeLoansWith(
      'kind balance { amount } rateType nextPayment { dueDate payment { amount } } delinquency { overdueAmount { amount } penaltyRate }',
    );
    const next = active.find((l) => l.nextPayment)!;
    expect(next.delinquency.overdueAmount.amount).toBe('0'); // the demo customer is up to date
    for (const [question, days, lang] of [
      ['하루 늦게 내면 연체 이자 얼마예요?', 1, 'ko'],
      ['If I pay a week late, how much penalty will I pay?', 7, 'en'],
    ] as const) {
      const asOf = addDays(owed(next.nextPayment!.dueDate), days);
      // The ledger's own figure for that day, read as a client would …
      const res = await t.request<{
        me: {
          customer: { loans: { status: string; delinquency: { penaltyInterest: { amount: string } } }[] };
        };
      }>(
        `{ me { customer { loans { status delinquency(asOf: "${asOf}") { penaltyInterest { amount } } } } } }`,
        {},
        token,
      );
      const ledger = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE')[active.indexOf(next)];
      const penalty = ledger.delinquency.penaltyInterest.amount;
      // … and the published formula: 연체금액 × 연체이자율 × 연체일수 ÷ 365, truncated to the won.
      const formula = new Decimal(next.nextPayment!.payment.amount)
        .mul(next.delinquency.penaltyRate!)
        .mul(days)
        .div(365)
        .floor()
        .toFixed(0);
      expect(penalty).toBe(formula);
      const a = await ask(question);
      expect(a.topic?.intent).toBe('ARREARS');
      expect(firstSentence(a.text)).toContain(
        lang === 'ko'
          ? `연체이자는 약 ${formatWon(penalty, 'ko')}입니다`
          : `about ${formatWon(penalty, 'en')} of penalty interest`,
      );
      expect(firstSentence(a.text)).toContain(formatWon(next.nextPayment!.payment.amount, lang));
      expect(renderingErrors(a.text)).toEqual([]);
    }
  });

  it('"How late can I pay before it hurts my credit?" → how arrears reach the credit bureaus, first', async () => {
    const a = await ask('How late can I pay before it hurts my credit?');
    expect(a.topic?.intent).toBe('ARREARS');
    expect(firstSentence(a.text)).toMatch(
      /^Arrears of ₩100,000 or more for 5 business days or more are shared with the credit bureaus/,
    );
  });

  it('"지금 중도상환하면 수수료 얼마예요?" → the prepayment fee of repaying it today, first (no example amount)', async () => {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            balance: { amount: string };
            payoffQuote: { prepaymentFee: { amount: string } } | null;
          }[];
        };
      };
    }>(
      '{ me { customer { loans { status balance { amount } payoffQuote { prepaymentFee { amount } } } } } }',
      {},
      token,
    );
    const largest = res
      .data!.me.customer.loans.filter((l) => l.status === 'ACTIVE')
      .sort((x, y) => Number(BigInt(y.balance.amount) - BigInt(x.balance.amount)))[0];
    const a = await ask('지금 중도상환하면 수수료 얼마예요?');
    expect(a.topic?.intent).toBe('PREPAYMENT_EFFECT');
    expect(firstSentence(a.text)).toContain(
      `중도상환수수료는 ${formatWon(largest.payoffQuote!.prepaymentFee.amount, 'ko')}입니다`,
    );
    expect(a.text).not.toContain('예를 들어');
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"Will my rate go up next year?" → what a rise does to the customer\'s own variable-rate loans, before the outlook', async () => {
    const active = await activeLoansWith('kind balance { amount } rateType');
    const moving = active.filter((l) => l.rateType !== 'FIXED');
    expect(moving.length).toBeGreaterThan(0);
    // principal owed × 1 %p ÷ 12, truncated, per loan — the estimate the answer calls one.
    const perMonth = moving.reduce((a, l) => a + BigInt(l.balance.amount) / 1200n, 0n).toString();
    const a = await ask('Will my rate go up next year?');
    expect(a.topic?.intent).toBe('FORECAST');
    expect(firstSentence(a.text)).toMatch(/^A change in rates reaches your /);
    expect(a.text.split('\n')[1]).toContain(
      `your loan interest goes up by about ${formatWon(perMonth, 'en')} a month`,
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"가장 돈 많이 쓴 가게 어디야?" / "Which shops do I spend the most at?" → the merchants, largest first', async () => {
    const res = await t.request<{
      me: {
        customer: {
          spendingSummary: {
            from: string;
            through: string;
            total: { amount: string };
            byMerchant: {
              merchant: string;
              amount: { amount: string };
              count: number;
              share: string | null;
            }[];
          };
        };
      };
    }>(
      '{ me { customer { spendingSummary(period: THIS_MONTH) { from through total { amount } byMerchant(first: 3) { merchant amount { amount } count share } } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const s = res.data!.me.customer.spendingSummary;
    // The API's ranking against the card transactions themselves: net by merchant (a known brand whatever its
    // spelling, else the name with case and spaces ignored).
    const merchantOf = (name: string) => brandOf(name) ?? name.toLowerCase().replace(/\s+/g, '');
    const rows = await cardTransactions<{
      merchantName: string;
      amount: { amount: string };
      occurredAt: string;
    }>('merchantName amount { amount } occurredAt');
    const net = new Map<string, bigint>();
    for (const r of rows) {
      const day = koreanDate(new Date(r.occurredAt));
      if (day < s.from || day > s.through) continue;
      const key = merchantOf(r.merchantName);
      net.set(key, (net.get(key) ?? 0n) + BigInt(r.amount.amount));
    }
    const ranked = [...net.entries()].filter(([, v]) => v > 0n).sort((x, y) => Number(y[1] - x[1]));
    expect(s.byMerchant.map((m) => [merchantOf(m.merchant), BigInt(m.amount.amount)])).toEqual(
      ranked.slice(0, 3),
    );
    const top = s.byMerchant[0];
    // A known brand is said by its name in the answer's language ("LG유플러스" / "LG U+").
    const said = (lang: 'ko' | 'en') => {
      const brand = brandOf(top.merchant);
      return brand ? merchantDisplayName(brand, lang) : top.merchant;
    };
    const ko = await ask('가장 돈 많이 쓴 가게 어디야?');
    expect(ko.topic?.intent).toBe('SPENDING');
    expect(firstSentence(ko.text)).toContain(
      `이번 달 가장 많이 쓰신 곳은 “${said('ko')}”(${formatWon(top.amount.amount, 'ko')})입니다`,
    );
    const en = await ask('Which shops do I spend the most at?');
    expect(firstSentence(en.text)).toContain(
      `You spent the most this month at “${said('en')}”: ${formatWon(top.amount.amount, 'en')}`,
    );
    for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"구독료 매달 얼마 나가?" / "What subscriptions am I paying for?" → the charges repeated monthly, their total first', async () => {
    const res = await t.request<{
      me: {
        customer: {
          recurringCharges: {
            category: { code: string };
            amount: { amount: string };
            months: number;
            usualDay: number;
            lastChargedOn: string;
            merchants: string[];
          }[];
        };
      };
    }>(
      '{ me { customer { recurringCharges { category { code } amount { amount } months usualDay lastChargedOn merchants } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const charges = res.data!.me.customer.recurringCharges;
    // The rule, applied to the card transactions themselves: purchases of the last six months (this one included),
    // one category and amount, once a month, in ≥ 3 months, on days ≤ 5 apart.
    const rows = await cardTransactions<{
      kind: string;
      amount: { amount: string };
      occurredAt: string;
      category: { code: string };
      merchantName: string;
    }>('kind amount { amount } occurredAt category { code } merchantName');
    const from = addMonths(`${today().slice(0, 7)}-01`, -5);
    const groups = new Map<string, string[]>();
    for (const r of rows) {
      const day = koreanDate(new Date(r.occurredAt));
      if (r.kind !== 'PURCHASE' || BigInt(r.amount.amount) <= 0n || day < from || day > today()) continue;
      const key = `${r.category.code}|${r.amount.amount}`;
      groups.set(key, [...(groups.get(key) ?? []), day]);
    }
    const expected = [...groups.entries()]
      .filter(([, days]) => {
        const months = new Set(days.map((d) => d.slice(0, 7)));
        const dom = days.map((d) => Number(d.slice(8)));
        return months.size === days.length && days.length >= 3 && Math.max(...dom) - Math.min(...dom) <= 5;
      })
      .map(([key, days]) => [key, days.length]);
    expect(charges.map((c) => [`${c.category.code}|${c.amount.amount}`, c.months])).toEqual(
      expected.sort((x, y) =>
        Number(BigInt(String(y[0]).split('|')[1]) - BigInt(String(x[0]).split('|')[1])),
      ),
    );
    expect(charges.length).toBeGreaterThan(0); // the demo's phone bill, billed under three names
    const total = charges.reduce((a, c) => a + BigInt(c.amount.amount), 0n).toString();
    const ko = await ask('구독료 매달 얼마 나가?');
    expect(ko.topic?.intent).toBe('SPENDING');
    expect(firstSentence(ko.text)).toBe(
      `매달 나가는 정기 결제는 ${charges.length}건이고, 한 달에 모두 ${formatWon(total, 'ko')}입니다.`,
    );
    expect(ko.text).toContain(`${charges[0].usualDay}일 무렵`);
    const en = await ask('What subscriptions am I paying for?');
    expect(firstSentence(en.text)).toContain(`${formatWon(total, 'en')} a month in all`);
    // "1년이면 얼마야?": the month's total × 12, first.
    const year = formatWon((BigInt(total) * 12n).toString(), 'ko');
    const yearly = await ask('1년이면 얼마야?', ko.conversationId);
    expect(yearly.topic?.intent).toBe('SPENDING');
    expect(firstSentence(yearly.text)).toBe(
      `매달 나가는 정기 결제 ${formatWon(total, 'ko')}은 1년이면 ${year}입니다 (한 달 × 12).`,
    );
    const enYear = await ask('how much is that a year?', en.conversationId);
    expect(firstSentence(enYear.text)).toContain(
      `come to ${formatWon((BigInt(total) * 12n).toString(), 'en')} a year`,
    );
    for (const a of [ko, en, yearly, enYear]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"카드 결제일이 언제예요?" / "When is my credit card bill due?" → the date is the card company\'s, then last month\'s bill', async () => {
    const res = await t.request<{ me: { customer: { spendingSummary: { total: { amount: string } } } } }>(
      '{ me { customer { spendingSummary(period: LAST_MONTH) { total { amount } } } } }',
      {},
      token,
    );
    const billed = res.data!.me.customer.spendingSummary.total.amount;
    const ko = await ask('카드 결제일이 언제예요?');
    expect(ko.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(ko.text)).toMatch(
      /^카드 결제일\(대금 납부일\)은 .*이 앱에는 등록되어 있지 않습니다/,
    );
    const due = await cardBillOf(`${today().slice(0, 7)}-01`);
    expect(ko.text.split('\n')[1]).toContain(
      due.instalments
        ? billDueSentence(due.bill, 'ko')
        : `지난달 카드 이용액은 ${formatWon(billed, 'ko')}입니다`,
    );
    expect(ko.text).not.toContain('대출');
    const en = await ask('When is my credit card bill due?');
    expect(firstSentence(en.text)).toMatch(
      /^Your card’s payment date is the one you chose with the card company/,
    );
    expect(en.text).toContain(due.instalments ? billDueSentence(due.bill, 'en') : formatWon(billed, 'en'));
    for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"월 30만원 적금 1년 들면 이자 얼마야?" / "1000만원 예금하면 이자 얼마?" → the interest after tax at the stated example rate, first', async () => {
    // 300,000 × 3 % ÷ 12 × (12 × 13 ÷ 2) = 58,500원 before tax, 9,009원 tax (15.4 %), 49,491원 after;
    // 10,000,000 × 3 % = 300,000원, 46,200원 tax, 253,800원 after — the formulas banks publish.
    const saving = await ask('월 30만원 적금 1년 들면 이자 얼마야?');
    expect(saving.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(saving.text)).toBe(
      '매달 300,000원씩 12개월 적금에 넣으면 연 3% 단리 기준 이자는 세전 58,500원, 이자소득세 15.4%(9,009원)를 빼면 약 49,491원입니다 (만기에 원금 3,600,000원과 함께 받습니다).',
    );
    expect(saving.text).toContain('예시 금리');
    const deposit = await ask('1000만원 예금하면 이자 얼마?');
    expect(firstSentence(deposit.text)).toContain(
      '세전 300,000원, 이자소득세 15.4%(46,200원)를 빼면 약 253,800원입니다',
    );
    for (const a of [saving, deposit]) {
      expect(a.text).not.toContain('■ 소득에 비해'); // no scenario block: it does not explain the answer
      expect(renderingErrors(a.text)).toEqual([]);
    }
  });

  it('"Why was I charged by AMAZON.COM?" → that merchant\'s transactions by name, before the flagged ones', async () => {
    const rows = await cardTransactions<{
      merchantName: string;
      amount: { amount: string };
      occurredAt: string;
    }>('merchantName amount { amount } occurredAt');
    const amazon = rows
      .filter((r) => r.merchantName === 'AMAZON.COM')
      .sort((x, y) => y.occurredAt.localeCompare(x.occurredAt));
    expect(amazon.length).toBeGreaterThan(0);
    const a = await ask('Why was I charged by AMAZON.COM?');
    expect(a.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(a.text)).toContain('“AMAZON.COM”');
    expect(firstSentence(a.text)).toContain(formatWon(amazon[0].amount.amount, 'en'));
    expect(a.text).not.toContain('name hidden');
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"이번 달 카드값 얼마 나와요?" → the bill due this month (last month\'s spending) first, then this month so far', async () => {
    const res = await t.request<{
      me: { customer: { now: { total: { amount: string } }; billed: { total: { amount: string } } } };
    }>(
      '{ me { customer { now: spendingSummary(period: THIS_MONTH) { total { amount } } billed: spendingSummary(period: LAST_MONTH) { total { amount } } } } }',
      {},
      token,
    );
    const { now, billed } = res.data!.me.customer;
    const a = await ask('이번 달 카드값 얼마 나와요?');
    expect(a.topic?.intent).toBe('SPENDING');
    expect(a.text.split('\n')[1]).toContain(`이번 달 카드 지출은 ${formatWon(now.total.amount, 'ko')}입니다`);
    const due = await cardBillOf(`${today().slice(0, 7)}-01`);
    expect(firstSentence(a.text)).toContain(
      due.instalments
        ? billDueSentence(due.bill, 'ko')
        : `이번 달 결제일에 청구되는 카드값은 보통 지난달 사용분으로 ${formatWon(billed.total.amount, 'ko')}입니다`,
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"Is my debt too high?" → their DSR against the cap; "빚이 너무 많아서 잠이 안 와요" stays a worry', async () => {
    const { dsrBefore, dsrCapRatio } = await bankDsr();
    const pct = (v: string) => `${(Number(v) * 100).toFixed(1)}%`;
    const en = await ask('Is my debt too high?');
    expect(en.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(en.text)).toBe(
      `Your DSR today is ${pct(dsrBefore!)} (as a bank's review computes it; the cap is ${pct(dsrCapRatio!)}).`,
    );
    const ko = await ask('빚이 많은 편인가요?');
    expect(firstSentence(ko.text)).toBe(
      `고객님의 지금 DSR은 ${pct(dsrBefore!)}입니다 (은행 대출 심사 기준, 한도 ${pct(dsrCapRatio!)}).`,
    );
    expect((await ask('빚이 너무 많아서 잠이 안 와요')).topic?.intent).toBe('HARDSHIP');
    for (const a of [en, ko]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"대출 받으면 신용점수 떨어져요?" / "현금서비스 받아도 될까요?" → what borrowing more does to the score; what a cash advance costs', async () => {
    const score = await creditScore();
    const loan = await ask('대출 받으면 신용점수 떨어져요?');
    expect(loan.topic?.intent).toBe('HEALTH_SCORE');
    expect(firstSentence(loan.text)).toMatch(
      /^새로 대출을 받으면 빚과 대출 건수가 늘어 신용점수가 한동안 내려갈 수 있고/,
    );
    expect(loan.text.split('\n')[1]).toBe(`등록된 신용점수는 1000점 만점에 ${score}점입니다.`);
    const cash = await ask('현금서비스 받아도 될까요?');
    expect(cash.topic?.intent).toBe('PRODUCT_QUESTION');
    // QA round 23 (care23): whether to take one is answered first (the verdict), what it is after.
    expect(firstSentence(cash.text)).toMatch(/^되도록 쓰지 않으시는 게 좋습니다: /);
    expect(cash.text.split('\n')[1]).toMatch(/^현금서비스\(단기카드대출\)와 카드론\(장기카드대출\)은 /);
    expect(cash.text).toContain('1397');
    const en = await ask('Should I take a cash advance?');
    expect(firstSentence(en.text)).toMatch(/^Better not, if you can avoid it: /);
    expect(en.text.split('\n')[1]).toMatch(
      /^A cash advance \(short-term card loan\) and a card loan are loans/,
    );
    for (const a of [loan, cash, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"Am I spending too much?" → among similar customers; "월급 들어오면 뭐부터 해야 돼요?" → the month\'s plan', async () => {
    const spend = (await peerComparison()).metrics.find((m) => m.metric === 'TOTAL_SPEND')!;
    const a = await ask('Am I spending too much?');
    expect(a.topic?.intent).toBe('SPENDING');
    expect(firstSentence(a.text)).toContain(
      `about ${100 - Math.round(spend.percentile)}% of them spent more and ${Math.round(spend.percentile)}% less`,
    );
    const payday = await ask('월급 들어오면 뭐부터 해야 돼요?');
    expect(payday.topic?.intent).toBe('SAVINGS');
    const budget = await ask('예산 짜는 거 도와줘');
    // The same plan as "help me make a budget" (its figures are tested above).
    expect(firstSentence(payday.text)).toBe(firstSentence(budget.text));
    for (const x of [a, payday]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"이자 낼 날이 며칠 남았어요?" / "How many days until my next payment?" → the days left and the date, first', async () => {
    const next = nextDue();
    const due = next.nextPayment!.dueDate;
    const days = Math.round(
      (Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today()}T00:00:00Z`)) / 86_400_000,
    );
    const ko = await ask('이자 낼 날이 며칠 남았어요?');
    expect(ko.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(ko.text)).toContain(
      days === 0
        ? `다음 납입일은 오늘(${formatDate(due, 'ko', today())})이고`
        : `다음 납입일인 ${formatDate(due, 'ko', today())}까지 오늘부터 ${days}일 남았고`,
    );
    const en = await ask('How many days until my next payment?');
    expect(firstSentence(en.text)).toContain(
      `due ${days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`}, on ${formatDate(due, 'en', today())}`,
    );
    for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"When will I be debt free?" → the maturity, first; "어떤 대출이 제일 이자가 높아?" → the rates, highest first', async () => {
    const active = await activeLoansWith('kind balance { amount } rateType');
    const a = await ask('When will I be debt free?');
    expect(a.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(a.text)).toMatch(/matur/i);
    const r = await ask('어떤 대출이 제일 이자가 높아?');
    expect(r.topic?.intent).toBe('LOANS_OVERVIEW');
    expect(active.length).toBeGreaterThan(0);
    expect(firstSentence(r.text)).toMatch(/연 [\d.]+%/);
    for (const x of [a, r]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"대출 원금 얼마나 갚았어요?" / "How much have I paid off so far?" → principal lent less principal left, first', async () => {
    const res = await t.request<{
      me: {
        customer: { loans: { status: string; principal: { amount: string }; balance: { amount: string } }[] };
      };
    }>('{ me { customer { loans { status principal { amount } balance { amount } } } } }', {}, token);
    const active = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    const first = active[0];
    const repaid = (BigInt(first.principal.amount) - BigInt(first.balance.amount)).toString();
    const ko = await ask('대출 원금 얼마나 갚았어요?');
    expect(ko.topic?.intent).toBe('LOAN_BALANCE');
    expect(ko.text).toContain(
      `지금까지 갚은 원금은 ${formatWon(repaid, 'ko')}으로, 빌린 ${formatWon(first.principal.amount, 'ko')}의 `,
    );
    const en = await ask('How much have I paid off so far?');
    expect(en.text).toContain(`Of the ${formatWon(first.principal.amount, 'en')} lent on your `);
    expect(en.text).toContain(`you have repaid ${formatWon(repaid, 'en')} of principal so far`);
    for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"대출 절반 갚으면 어떻게 돼요?" → that share of the principal left, prepaid; "넷플릭스 구독료 얼마 나가?" → that merchant first', async () => {
    const res = await t.request<{
      me: { customer: { loans: { status: string; balance: { amount: string } }[] } };
    }>('{ me { customer { loans { status balance { amount } } } } }', {}, token);
    const largest = res
      .data!.me.customer.loans.filter((l) => l.status === 'ACTIVE')
      .sort((x, y) => Number(BigInt(y.balance.amount) - BigInt(x.balance.amount)))[0];
    const half = (BigInt(largest.balance.amount) / 2n).toString();
    const effect = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            balance: { amount: string };
            prepaymentEffect: { paymentAfter: { amount: string } } | null;
          }[];
        };
      };
    }>(
      `{ me { customer { loans { status balance { amount } prepaymentEffect(amount: "${half}") { paymentAfter { amount } } } } } }`,
      {},
      token,
    );
    const after = effect.data!.me.customer.loans.find(
      (l) => l.balance.amount === largest.balance.amount,
    )!.prepaymentEffect!;
    const a = await ask('대출 절반 갚으면 어떻게 돼요?');
    expect(a.topic?.intent).toBe('PREPAYMENT_EFFECT');
    expect(firstSentence(a.text)).toContain(
      `남은 원금 ${formatWon(largest.balance.amount, 'ko')}의 50.0%인 ${formatWon(half, 'ko')}을 지금 `,
    );
    expect(firstSentence(a.text)).toContain(formatWon(after.paymentAfter.amount, 'ko'));
    const recurring = await t.request<{ me: { customer: { recurringCharges: { merchants: string[] }[] } } }>(
      '{ me { customer { recurringCharges { merchants } } } }',
      {},
      token,
    );
    // The demo customer pays no Netflix: said first, then the charges repeated monthly.
    expect(
      recurring
        .data!.me.customer.recurringCharges.flatMap((c) => c.merchants)
        .some((m) => /netflix|넷플릭스/i.test(m)),
    ).toBe(false);
    const n = await ask('넷플릭스 구독료 얼마 나가?');
    expect(firstSentence(n.text)).toBe('최근 6개월 카드 결제에서 넷플릭스 정기 결제는 보이지 않습니다.');
    expect(n.text.split('\n')[1]).toMatch(/^매달 나가는 정기 결제는 /);
    const m = await ask('How much interest do I pay each month?');
    expect(m.topic?.intent).toBe('NEXT_PAYMENT');
    for (const x of [a, n, m]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"예금 잔액 얼마야?" / "How much is in my account?" → the deposits on record (a quarter-end figure) or that none is held, first', async () => {
    const res = await t.request<{
      me: { customer: { quarterlySpending: { balances: { deposits: { amount: string } | null } | null }[] } };
    }>('{ me { customer { quarterlySpending(last: 8) { balances { deposits { amount } } } } } }', {}, token);
    expect(res.errors).toBeUndefined();
    const withBalance = res.data!.me.customer.quarterlySpending.find((q) => q.balances?.deposits);
    const ko = await ask('예금 잔액 얼마야?');
    expect(ko.topic?.intent).toBe('SAVINGS');
    if (withBalance)
      expect(firstSentence(ko.text)).toContain(
        `말 예금 잔액은 ${formatWon(withBalance.balances!.deposits!.amount, 'ko')}입니다.`,
      );
    else expect(firstSentence(ko.text)).toMatch(/^이 앱에는 고객님 통장의 잔액이 등록되어 있지 않습니다/);
    const en = await ask('How much is in my account?');
    expect(en.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(en.text)).toMatch(
      withBalance ? /^Your deposits stood at / : /^This app holds no balance of your bank accounts/,
    );
    for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"내 카드 몇 장이야?" / "What cards do I have?" → the open cards, each by issuer and product, first', async () => {
    const res = await t.request<{
      me: { customer: { cards: { productName: string; closedOn: string | null }[] } };
    }>('{ me { customer { cards { productName closedOn } } } }', {}, token);
    const cards = res.data!.me.customer.cards;
    const open = cards.filter((c) => !c.closedOn);
    const ko = await ask('내 카드 몇 장이야?');
    expect(ko.topic?.intent).toBe('CARD_TRANSACTIONS');
    expect(firstSentence(ko.text)).toMatch(new RegExp(`^지금 쓰고 계신 카드는 ${open.length}장입니다`));
    for (const c of cards) expect(ko.text).toContain(`“${c.productName}”`);
    const en = await ask('What cards do I have?');
    expect(firstSentence(en.text)).toMatch(new RegExp(`^You have ${open.length} cards? open`));
    for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"두 번 연체하면 어떻게 돼요?" / "What happens if I miss two payments?" → the ledger\'s arrears after the second, and the whole balance falling due', async () => {
    const active = await activeLoansWith(
      'kind balance { amount } nextPayment { dueDate payment { amount } } delinquency { penaltyRate } schedule(first: 100) { edges { node { dueDate paid } } }',
    );
    const next = active.find((l) => l.nextPayment)!;
    // The next two instalments not yet paid.
    const dues = next
      .schedule!.edges.map((e) => e.node)
      .filter((n) => !n.paid && n.dueDate >= next.nextPayment!.dueDate)
      .slice(0, 2)
      .map((n) => n.dueDate);
    expect(dues).toHaveLength(2);
    const asOf = addDays(owed(dues[1]), 1);
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            delinquency: { overdueAmount: { amount: string }; penaltyInterest: { amount: string } };
          }[];
        };
      };
    }>(
      `{ me { customer { loans { status delinquency(asOf: "${asOf}") { overdueAmount { amount } penaltyInterest { amount } } } } } }`,
      {},
      token,
    );
    const ledger = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE')[active.indexOf(next)]
      .delinquency;
    // Both instalments are overdue by then (the demo's are interest only, equal), the first for a month: the
    // published 연체금액 × 연체이자율 × 연체일수 ÷ 365 over both instalments, truncated to the won once (the ledger
    // accrues the arrears' penalty in one sum).
    expect(ledger.overdueAmount.amount).toBe(new Decimal(next.nextPayment!.payment.amount).mul(2).toFixed(0));
    const days = (from: string) => Math.round((Date.parse(asOf) - Date.parse(owed(from))) / 86_400_000);
    expect(ledger.penaltyInterest.amount).toBe(
      new Decimal(next.nextPayment!.payment.amount)
        .mul(next.delinquency.penaltyRate!)
        .mul(days(dues[0]) + days(dues[1]))
        .div(365)
        .floor()
        .toFixed(0),
    );
    const daily = formatWon(
      new Decimal(next.balance.amount).mul(next.delinquency.penaltyRate!).div(365).floor().toFixed(0),
      'ko',
    );
    const ko = await ask('두 번 연체하면 어떻게 돼요?');
    expect(ko.topic?.intent).toBe('ARREARS');
    expect(firstSentence(ko.text)).toContain(
      `연체금액은 ${formatWon(ledger.overdueAmount.amount, 'ko')}, 그때까지 붙는 연체이자는 약 ${formatWon(ledger.penaltyInterest.amount, 'ko')}입니다`,
    );
    expect(ko.text).toContain(`기한의 이익을 잃을 수 있습니다`);
    expect(ko.text).toContain(`남은 원금 ${formatWon(next.balance.amount, 'ko')} 전체`);
    expect(ko.text).toContain(`하루 약 ${daily}이 됩니다`);
    expect(renderingErrors(ko.text)).toEqual([]);
    const en = await ask('What happens if I miss two payments?');
    expect(en.topic?.intent).toBe('ARREARS');
    expect(firstSentence(en.text)).toContain(
      `${formatWon(ledger.overdueAmount.amount, 'en')} is overdue with about ${formatWon(ledger.penaltyInterest.amount, 'en')} of penalty interest`,
    );
    expect(en.text).toContain(`the whole ${formatWon(next.balance.amount, 'en')} left falls due at once`);
  });

  it('"보이스피싱 당한 것 같아요" / "I got scammed and sent money" → freeze the receiving account first; "대출 사기 문자를 받았어요" → what no lender asks, their own lenders to check with', async () => {
    for (const [question, lead] of [
      [
        '보이스피싱 당한 것 같아요',
        /^돈을 보내셨다면 지금 바로 112\(24시간\)나 돈을 보낸 은행·받은 은행의 고객센터에 전화해 사기 계좌의 지급정지를 요청하세요/,
      ],
      [
        'I think I got scammed on the phone and sent money',
        /^If you sent money, call 112 \(24 hours\) or the bank you sent it from or to right now/,
      ],
    ] as const) {
      const a = await ask(question);
      expect(a.topic?.intent).toBe('SUSPECTED_FRAUD');
      expect(a.emotion?.label).toBe('ANXIOUS');
      expect(a.text).toMatch(lead);
      expect(a.text).toMatch(/pd\.fss\.or\.kr/);
      expect(a.text).toMatch(/1332/);
      expect(renderingErrors(a.text)).toEqual([]);
    }
    const lenders = (await activeLoansWith('lender')).map((l) => l.lender);
    const a = await ask('대출 사기 문자를 받았어요');
    expect(a.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(a.text)).toMatch(/^금융회사·검찰·경찰·금융감독원은 전화나 문자로 돈을 옮기라고/);
    for (const name of lenders) expect(a.text).toContain(`${name}`);
    expect(a.text).toContain('fine.fss.or.kr');
    // A text announcing an approved loan is the classic bait: what no real lender does, first (QA round 6).
    const text = await ask('I got a text saying my loan was approved, is it real?');
    expect(text.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(text.text)).toMatch(/^A real lender never asks for a fee, deposit/);
    expect(text.text).toContain('fine.fss.or.kr');
    // Not a scam: buying a car ("차 사기 전에") is a loan question.
    expect((await ask('차 사기 전에 대출 알아보려고요')).topic?.intent).not.toBe('SUSPECTED_FRAUD');
  });

  it('"빚 때문에 죽고 싶어요" / "I want to end it all because of my debt" → the crisis lines first, read as despair, and no spending scenario under it', async () => {
    for (const [question, lines] of [
      ['빚 때문에 죽고 싶어요', '자살예방상담전화 ☎ 109'],
      ['I want to end it all because of my debt', 'suicide prevention line 109'],
    ] as const) {
      const a = await ask(question);
      expect(a.text.split('\n')[0]).toContain(lines);
      expect(a.emotion?.label).toBe('SAD');
      expect(a.text).not.toMatch(/소득에 비해 소비가|spending is high or rising/);
      expect(a.text).toMatch(/1397/);
    }
  });

  it('"중도상환수수료 언제부터 없어져요?" / "When does my prepayment fee go away?" → the day the fee ends for their loan, first', async () => {
    const a = await ask('중도상환수수료 언제부터 없어져요?');
    expect(a.topic?.intent).toBe('PRODUCT_QUESTION');
    // The demo's only active loan is a jeonse loan, for which the fee table has no rate: no fee at any time.
    const kinds = (await activeLoansWith('kind')).map((l) => l.kind);
    if (kinds.every((k) => k === 'JEONSE'))
      expect(firstSentence(a.text)).toMatch(
        /^저희 수수료 기준\(은행 평균 수수료율\)에는 전세자금대출의 수수료율이 없어 언제 갚아도 0원으로 계산됩니다/,
      );
    else expect(firstSentence(a.text)).toMatch(/중도상환수수료가 붙지 않/);
    const en = await ask('When does my prepayment fee go away?');
    expect(en.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(en.text)).toMatch(
      /no fee rate for a jeonse deposit loan|no prepayment fee since|there is no fee/,
    );
  });

  it('"Compare my spending this month to last month" → this month against last month, first', async () => {
    const res = await t.request<{
      me: { customer: { spendingSummary: { total: { amount: string } } } };
    }>('{ me { customer { spendingSummary(period: LAST_MONTH) { total { amount } } } } }', {}, token);
    expect(res.errors).toBeUndefined();
    const a = await ask('Compare my spending this month to last month');
    expect(a.topic?.intent).toBe('SPENDING');
    expect(firstSentence(a.text)).toMatch(
      /^Your card spending this month is ₩[\d,]+: ₩[\d,]+ (?:less|more) than last month/,
    );
    expect(firstSentence(a.text)).toContain(
      `(${formatWon(res.data!.me.customer.spendingSummary.total.amount, 'en')})`,
    );
  });

  it('"My card was declined, why?" / "왜 카드 결제가 안 되죠?" → the card company has the reason, the usual ones, and this month\'s card use', async () => {
    const res = await t.request<{
      me: { customer: { spendingSummary: { total: { amount: string } } } };
    }>('{ me { customer { spendingSummary(period: THIS_MONTH) { total { amount } } } } }', {}, token);
    expect(res.errors).toBeUndefined();
    const total = res.data!.me.customer.spendingSummary.total.amount;
    const en = await ask('My card was declined, why?');
    expect(en.topic?.intent).toBe('CARD_TRANSACTIONS');
    expect(firstSentence(en.text)).toMatch(/^Only the card company that declined the payment knows why/);
    expect(en.text).toContain(`Your card spending this month so far is ${formatWon(total, 'en')}`);
    const ko = await ask('왜 카드 결제가 안 되죠?');
    expect(ko.topic?.intent).toBe('CARD_TRANSACTIONS');
    expect(firstSentence(ko.text)).toMatch(/^카드 결제가 거절된 이유는 승인을 거절한 카드사만 알 수 있어/);
    expect(ko.text).toContain(`이번 달 카드 사용액은 지금까지 ${formatWon(total, 'ko')}입니다`);
    expect(renderingErrors(ko.text)).toEqual([]);
  });

  it('"대출 연장 가능할까요?" → the maturity and what an extension takes; "차 사기 전에 대출 알아보려고요" → a car loan\'s limit', async () => {
    const active = await activeLoansWith('maturityOn lender');
    const a = await ask('대출 연장 가능할까요?');
    expect(a.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(a.text)).toContain(formatDate(active[0].maturityOn!, 'ko'));
    expect(a.text).toContain(`기한연장은 만기 전에 ${active[0].lender}에 신청하셔야 하며`);
    const car = await ask('차 사기 전에 대출 알아보려고요');
    expect(car.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(car.text)).toMatch(/^자동차대출은 최대 [\d,]+원까지 가능한 것으로 계산됩니다/);
  });

  it('"Why did my spending go up?" / "지출이 왜 늘었어요?" → last month against the month before, and the categories that moved most', async () => {
    const [last, before] = [await categorySpending('MONTHS_AGO', 1), await categorySpending('MONTHS_AGO', 2)];
    const diff = new Decimal(last.total.amount).minus(before.total.amount);
    // The category that moved most in the total's direction, from the API's own breakdowns.
    const moved = new Map<string, Decimal>();
    for (const c of last.byCategory) moved.set(c.category.code, new Decimal(c.amount.amount));
    for (const c of before.byCategory)
      moved.set(c.category.code, (moved.get(c.category.code) ?? new Decimal(0)).minus(c.amount.amount));
    const top = [...moved]
      .filter(([, d]) => (diff.isPositive() ? d.isPositive() : d.isNegative()))
      .sort(([, x], [, y]) => y.abs().comparedTo(x.abs()))[0];
    const en = await ask('Why did my spending go up?');
    expect(en.topic?.intent).toBe('SPENDING');
    expect(firstSentence(en.text)).toContain(formatWon(last.total.amount, 'en'));
    expect(firstSentence(en.text)).toContain(`(${formatWon(before.total.amount, 'en')})`);
    if (top) expect(en.text).toContain(`${formatWon(top[1].abs().toFixed(0), 'en')}`);
    const ko = await ask('지출이 왜 늘었어요?');
    expect(firstSentence(ko.text)).toContain(formatWon(last.total.amount, 'ko'));
    if (top) expect(ko.text).toMatch(/가장 많이 (?:늘어난|줄어든) 업종: /);
    expect(renderingErrors(ko.text)).toEqual([]);
  });

  it('"이자가 너무 부담돼요" → the next payment and the hardship options, with what the best lower rate takes off each month', async () => {
    const next = loans.find((l) => l.nextPayment)!;
    const a = await ask('이자가 너무 부담돼요 어떻게 해야 할까요');
    expect(a.topic?.intent).toBe('HARDSHIP');
    expect(firstSentence(a.text)).toContain(formatWon(next.nextPayment!.payment.amount, 'ko'));
    const r = next.refinanceOffers;
    if (r.best === 'STAY_REDUCED_RATE')
      expect(a.text).toContain(
        `${formatWon(r.stayWithCurrentLender!.monthlySaving.amount, 'ko')} 줄어듭니다 (금리인하요구권으로`,
      );
    else if (r.best === 'SWITCH_LENDER')
      expect(a.text).toContain(
        `${formatWon(r.offers[0].switchLender.monthlySaving.amount, 'ko')} 줄어듭니다`,
      );
    expect(a.text).toMatch(/1397/);
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"신용카드 연체하면 어떻게 돼요?" → the card bill and what a missed card payment costs; "대출 받을 수 있을까요? 신용점수가 낮아요" → the limit, then the score on file', async () => {
    const res = await t.request<{
      me: { customer: { creditScore: number | null; spendingSummary: { total: { amount: string } } } };
    }>(
      '{ me { customer { creditScore spendingSummary(period: LAST_MONTH) { total { amount } } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const { creditScore, spendingSummary } = res.data!.me.customer;
    const card = await ask('신용카드 연체하면 어떻게 돼요?');
    expect(card.topic?.intent).toBe('ARREARS');
    const due = await cardBillOf(`${today().slice(0, 7)}-01`);
    expect(firstSentence(card.text)).toContain(
      due.instalments
        ? billDueSentence(due.bill, 'ko')
        : `이번 달 결제일에 보통 청구되는 지난달 카드 이용액은 ${formatWon(spendingSummary.total.amount, 'ko')}`,
    );
    expect(card.text).toContain('카드값을 결제일에 못 내면 카드사 연체이자가 붙고');
    expect(card.text).not.toContain('전세자금대출');
    const limit = await ask('대출 받을 수 있을까요? 신용점수가 낮아요');
    expect(limit.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(limit.text)).toMatch(/최대 [\d,]+원까지 가능한 것으로 계산됩니다/);
    if (creditScore !== null)
      // QA round 28 (lead): the score weighed for the loan, right after the limit.
      expect(limit.text.split('\n')[1]).toContain(`신용점수 ${creditScore}점은`);
  });

  it('"대출 상환 방식 바꿀 수 있어요?" → the lender\'s change of terms first, then their loan\'s own method', async () => {
    const active = await activeLoansWith('lender');
    const a = await ask('대출 상환 방식 바꿀 수 있어요?');
    expect(a.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(a.text)).toContain(
      `대출을 받은 ${active[0].lender}에 조건변경(상환방법 변경)을 신청하셔야`,
    );
    expect(a.text).toMatch(/고객님의 .+은 연 [\d.]+% .+입니다/);
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"적금 깨는 게 나을까요 대출 받는 게 나을까요?" → what each costs a year: the savings rate after the 15.4 % tax against a loan\'s rate', async () => {
    // 3 % × (1 − 0.154) = 2.538 % → 연 2.54%; the credit loan a limit question assumes, 5.5 %.
    const a = await ask('적금 깨는 게 나을까요 대출 받는 게 나을까요?');
    expect(a.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(a.text)).toBe(
      `적금을 깨면 잃는 것은 그 돈이 더 벌었을 이자(예시 연 3%, 이자소득세 15.4%를 빼면 연 2.54%)이고, 대출을 받으면 ${formatAnnualRate(ASSUMED_NEW_LOANS.CREDIT.annualRate, 'ko')} 안팎(신용대출 가정)의 이자를 내야 하므로, 같은 돈이라면 대개 적금을 깨는 쪽이 쌉니다.`,
    );
    expect(renderingErrors(a.text)).toEqual([]);
  });

  it('"How do I dispute a charge?" / "이의제기 어떻게 해요?" → the procedure first, then the flagged transactions; "Is it safe to keep money in this bank?" → deposit protection', async () => {
    const en = await ask('How do I dispute a charge?');
    expect(en.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(en.text)).toMatch(/^You dispute a card payment with the card company/);
    const ko = await ask('이의제기 어떻게 해요?');
    expect(firstSentence(ko.text)).toMatch(
      /^결제 이의제기는 카드사 앱이나 고객센터에서 해당 거래를 골라 신청합니다/,
    );
    expect(ko.text).toContain('할부항변권');
    expect(renderingErrors(ko.text)).toEqual([]);
    const points = await ask('카드 포인트 얼마 있어요?');
    expect(points.topic?.intent).toBe('CARD_TRANSACTIONS');
    expect(firstSentence(points.text)).toMatch(
      /^카드 포인트는 카드사가 관리해 이 앱에는 들어와 있지 않습니다/,
    );
    const safe = await ask('Is it safe to keep money in this bank?');
    expect(safe.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(safe.text).toContain('₩100 million');
  });

  it('"자동이체 계좌 바꾸고 싶어요" → the lender changes it (payinfo for the rest), then the next payment; "부채증명서 어떻게 떼요?" → each lender issues it, then every balance; "전세 옮길 때 대출 어떻게 해요?" → repay or move it, with its balance; "What\'s a good credit score?" → what counts, then the score on file', async () => {
    const res = await t.request<{
      me: {
        customer: {
          creditScore: number;
          loans: {
            status: string;
            kind: string;
            lender: string;
            balance: { amount: string };
            maturityOn: string;
            nextPayment: { dueDate: string; payment: { amount: string } } | null;
          }[];
        };
      };
    }>(
      '{ me { customer { creditScore loans { status kind lender balance { amount } maturityOn nextPayment { dueDate payment { amount } } } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const { creditScore, loans: all } = res.data!.me.customer;
    const active = all.filter((l) => l.status === 'ACTIVE');
    const next = active.find((l) => l.nextPayment)!;

    const debit = await ask('자동이체 계좌 바꾸고 싶어요');
    expect(debit.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(debit.text)).toContain(
      `대출을 받은 ${next.lender}의 앱·인터넷뱅킹이나 영업점에서 신청하시면 됩니다`,
    );
    expect(firstSentence(debit.text)).toContain('payinfo.or.kr');
    expect(debit.text).toContain(formatWon(next.nextPayment!.payment.amount, 'ko'));
    const cardDebit = await ask('카드값 결제 계좌 바꾸고 싶어요');
    expect(cardDebit.topic?.intent).toBe('CARD_TRANSACTIONS');
    expect(firstSentence(cardDebit.text)).toMatch(
      /^카드대금 결제계좌 변경은 이 앱에서 대신 할 수 없고, 카드사 앱이나/,
    );

    const total = active.reduce((sum, l) => sum.plus(l.balance.amount), new Decimal(0)).toFixed(0);
    const cert = await ask('부채증명서 어떻게 떼요?');
    expect(cert.topic?.intent).toBe('LOANS_OVERVIEW');
    expect(firstSentence(cert.text)).toMatch(
      /^부채증명서\(대출잔액증명서\)는 대출을 받은 금융회사가 발급합니다/,
    );
    for (const l of active) expect(firstSentence(cert.text)).toContain(l.lender);
    expect(cert.text).toContain(`남은 원금은 모두 ${formatWon(total, 'ko')}입니다`);
    const proof = await ask('I need proof of my loan balance');
    expect(firstSentence(proof.text)).toMatch(
      /^A certificate of your debts \(부채증명서\) is issued by each lender/,
    );
    expect(proof.text).toContain(formatWon(total, 'en'));

    const jeonse = active.find((l) => l.kind === 'JEONSE');
    const move = await ask('전세 옮길 때 대출 어떻게 해요?');
    expect(move.topic?.intent).toBe('LOAN_BALANCE');
    if (jeonse) {
      expect(firstSentence(move.text)).toContain(
        `${jeonse.lender}에 '목적물 변경'을 신청해 대출을 새 집으로 옮기는 것입니다`,
      );
      expect(move.text).toContain(
        `남은 원금은 ${formatWon(jeonse.balance.amount, 'ko')}, 만기는 ${formatDate(jeonse.maturityOn, 'ko')}입니다`,
      );
    } else expect(firstSentence(move.text)).toMatch(/^지금 상환 중인 전세자금대출은 없어/);
    expect(renderingErrors(move.text)).toEqual([]);

    const good = await ask("What's a good credit score?");
    expect(good.topic?.intent).toBe('HEALTH_SCORE');
    expect(firstSentence(good.text)).toMatch(
      /^There is no single pass mark .+NICE 870 or more, KCB 891 or more/,
    );
    expect(good.text).toContain(`Your credit score on file is ${creditScore} out of 1,000.`);
    // The bureau's score is the question: fingraph's own health score is left out.
    expect(good.text).not.toContain('financial health score');
  });

  it('a merchant of their own transactions named ("Why was I charged by DUTY FREE?", "MARRIOTT 결제 얼마였어?", "KT 요금") → its charges first; "넷플릭스 같은 정기결제 다 합치면?" → all of them', async () => {
    // What the counsellor searches: the newest 100 transactions of all the cards, read here as a client would.
    const recent = (await charges())
      .sort((x, y) => Date.parse(y.occurredAt) - Date.parse(x.occurredAt))
      .slice(0, 100);
    const at = (needle: string) =>
      recent.filter((n) => n.merchantName.toLowerCase().replace(/\s+/g, '').includes(needle));
    const dutyFree = at('dutyfree');
    expect(dutyFree.length).toBeGreaterThan(0); // the demo customer shopped duty free abroad

    const why = await ask('Why was I charged by DUTY FREE?');
    expect(why.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(why.text)).toBe(
      `Your recent card transactions at “Duty free” (${dutyFree.length}): the latest is ${formatWon(dutyFree[0].amount.amount, 'en')} at “DUTY FREE” on ${formatDate(koreanDate(new Date(dutyFree[0].occurredAt)), 'en', today())}.`,
    );
    expect(why.text).toContain('"Not me"');
    const ko = await ask('이 결제 뭐예요? 면세점에서 빠져나갔는데');
    expect(ko.topic?.intent).toBe('SUSPECTED_FRAUD');
    // QA round 25 (left25c): asked what it is, the charges identified first (their count and each), not the list.
    expect(firstSentence(ko.text)).toContain(
      dutyFree.length === 1
        ? `“DUTY FREE”에서 결제된 ${formatWon(dutyFree[0].amount.amount, 'ko')}입니다`
        : `“면세점” 결제는 최근 카드 거래 ${recent.length}건 중 ${dutyFree.length}건`,
    );
    if (dutyFree.length > 1)
      expect(firstSentence(ko.text)).toContain(
        `${formatDate(koreanDate(new Date(dutyFree[0].occurredAt)), 'ko', today())} ${formatWon(dutyFree[0].amount.amount, 'ko')}`,
      );

    // A merchant no brand list knows, found among their own merchants.
    const marriott = at('marriott');
    expect(marriott.length).toBeGreaterThan(0);
    const m = await ask('MARRIOTT 결제 얼마였어?');
    expect(m.topic?.intent).toBe('CARD_TRANSACTIONS');
    expect(firstSentence(m.text)).toContain(`“MARRIOTT” 최근 카드 거래 ${marriott.length}건입니다`);
    // Asked about as a charge not recognised: one charge there is its day, place and amount first (QA round 22,
    // carefu); more, the count, then the latest.
    const marriottLead =
      marriott.length === 1
        ? `“MARRIOTT”에서 결제된 ${formatWon(marriott[0].amount.amount, 'ko')}입니다`
        : `“MARRIOTT” 최근 카드 거래 ${marriott.length}건입니다`;
    expect(firstSentence(m.text)).toContain(formatWon(marriott[0].amount.amount, 'ko'));
    // The name alone, asked about ("…가 뭐죠?", "what is …?", a Korean question with the name after it): a charge
    // they do not recognise — its transactions first, in the language of the sentence.
    for (const q of ['MARRIOTT가 뭐죠?', '이 결제 뭐예요? MARRIOTT']) {
      const what = await ask(q);
      expect({ q, intent: what.topic?.intent }).toEqual({ q, intent: 'SUSPECTED_FRAUD' });
      expect(firstSentence(what.text)).toContain(marriottLead);
      expect(renderingErrors(what.text)).toEqual([]);
    }
    // Nothing there this month (no period named): when they last paid there, read from the API's newest rows.
    if ((await spentTotal('period: THIS_MONTH, merchant: "MARRIOTT"')) === '0') {
      const none = await ask('How much did I spend at Marriott?');
      expect(firstSentence(none.text)).toContain(
        `The latest was ${formatWon(marriott[0].amount.amount, 'en')} on ${formatDate(koreanDate(new Date(marriott[0].occurredAt)), 'en', today())}.`,
      );
    }
    const whatEn = await ask('what is MARRIOTT?');
    expect(whatEn.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(whatEn.text)).toContain(
      marriott.length === 1
        ? `It’s ${formatWon(marriott[0].amount.amount, 'en')} at “MARRIOTT”`
        : `Your recent card transactions at “MARRIOTT” (${marriott.length})`,
    );

    const kt = await spentTotal('period: THIS_MONTH, merchant: "KT"');
    const bill = await ask('KT 요금 얼마 나왔어?');
    expect(bill.topic?.intent).toBe('SPENDING');
    expect(firstSentence(bill.text)).toContain('KT');
    expect(firstSentence(bill.text)).toContain(formatWon(kt, 'ko'));

    // "넷플릭스 같은": an example of the kind, so every charge repeated monthly, summed (the API's rows).
    const recurring = (
      await t.request<{ me: { customer: { recurringCharges: { amount: { amount: string } }[] } } }>(
        '{ me { customer { recurringCharges { amount { amount } } } } }',
        {},
        token,
      )
    ).data!.me.customer.recurringCharges;
    const monthly = recurring.reduce((sum, c) => sum + BigInt(c.amount.amount), 0n).toString();
    const all = await ask('넷플릭스 같은 정기결제 다 합치면?');
    expect(all.topic?.intent).toBe('SPENDING');
    expect(firstSentence(all.text)).toBe(
      `매달 나가는 정기 결제는 ${recurring.length}건이고, 한 달에 모두 ${formatWon(monthly, 'ko')}입니다.`,
    );
    for (const x of [why, ko, m, bill, all]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"상반기에 카드 얼마 썼어?" / "H2 food spending?" → spendingSummary(period: FIRST_HALF / SECOND_HALF), first', async () => {
    const half = async (period: string, category?: string) =>
      (
        await t.request<{
          me: { customer: { spendingSummary: { from: string; through: string; total: { amount: string } } } };
        }>(
          `query ($p: SpendingPeriod!, $c: String) { me { customer {
             spendingSummary(period: $p, category: $c) { from through total { amount } } } } }`,
          { p: period, c: category ?? null },
          token,
        )
      ).data!.me.customer.spendingSummary;
    const first = await half('FIRST_HALF');
    const year = today().slice(0, 4);
    expect([first.from, first.through]).toEqual([
      `${year}-01-01`,
      today() < `${year}-07-01` ? today() : `${year}-06-30`,
    ]);
    const ko = await ask('상반기에 카드 얼마 썼어?');
    expect(ko.topic?.intent).toBe('SPENDING');
    expect(firstSentence(ko.text)).toMatch(
      new RegExp(`^상반기 카드 지출은 ${formatWon(first.total.amount, 'ko')}입니다`),
    );
    const food = await half('SECOND_HALF', 'FOOD');
    const en = await ask('H2 food spending?');
    expect(firstSentence(en.text)).toContain(
      `You spent ${formatWon(food.total.amount, 'en')} on eating out in the second half of the year`,
    );
    for (const x of [ko, en]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"저한테 맞는 적금 상품 있어요?" / "해외여행 자주 가는데 카드 바꾸는 게 나을까요" / "청년 적금 금리 몇프로에요?" / "looking to park 3m" → the house\'s products for them (customer.recommendations), first', async () => {
    const res = await t.request<{
      me: {
        customer: {
          age: number;
          recommendations: { productCode: string; kind: string; name: string; nameKo: string }[];
        };
      };
    }>('{ me { customer { age recommendations(first: 20) { productCode kind name nameKo } } } }', {}, token);
    expect(res.errors).toBeUndefined();
    const { recommendations: recs } = res.data!.me.customer;
    const savings = recs.find((r) => r.kind === 'SAVINGS')!;
    const card = recs.find((r) => r.kind === 'CARD')!;
    expect(savings).toBeDefined();
    expect(card).toBeDefined();
    const ko = await ask('저한테 맞는 적금 상품 있어요?');
    expect(ko.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(ko.text)).toContain(`고객님께는 ${savings.nameKo}`);
    const travel = await ask('해외여행 자주 가는데 카드 바꾸는 게 나을까요');
    expect(travel.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(travel.text)).toContain(card.nameKo);
    const named = await ask('청년 적금 금리 몇프로에요? 한달 최대 얼마 넣을 수 있어요?');
    expect(firstSentence(named.text)).toMatch(
      /^청년 희망 적금은 만 19–34세, 월 최대 70만원, 연 4\.5%입니다\./,
    );
    const park = await ask('do u guys have a savings account with good interest? looking to park 3m');
    expect(park.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(park.text)).toContain(savings.name);
    // ₩3,000,000 for 12 months at the term deposit's 3.3 %: ₩99,000 before the 15.4 % tax (₩15,246), ₩83,754 after.
    expect(park.text).toContain(
      'pays about ₩83,754 after tax over 12 months (₩99,000 before the 15.4% interest tax)',
    );
    for (const x of [ko, travel, named, park]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"다음달 19일이 토요일인데 그럼 언제 빠져나가요?" / "what if my payment date falls on a weekend?" → the day it is debited (the next business day), first', async () => {
    const l = nextDue();
    const due = l.nextPayment!.dueDate;
    const debit = owed(due);
    const ko = await ask('다음 납입일이 주말이면 언제 빠져나가요?');
    const en = await ask('what if my payment date falls on a weekend?');
    for (const x of [ko, en]) expect(x.topic?.intent).toBe('NEXT_PAYMENT');
    if (debit !== due) {
      expect(firstSentence(ko.text)).toContain(
        `다음 영업일인 ${formatDate(debit, 'ko', today())}에 출금됩니다`,
      );
      expect(firstSentence(en.text)).toContain(
        `is debited on ${formatDate(debit, 'en', today())}, the next business day`,
      );
    } else {
      // A business day: the rule, then the due date itself (QA round 26).
      expect(firstSentence(ko.text)).toContain(
        `영업일인 ${formatDate(due, 'ko', today())}에 그대로 출금됩니다`,
      );
      expect(firstSentence(en.text)).toContain(`due on ${formatDate(due, 'en', today())}, a business day`);
    }
    for (const x of [ko, en]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"한달 생활비 백만원으로 살 수 있을까요?" → against a usual month (the last 3 complete months ÷ 3), not the days left of this one', async () => {
    // QA round 23 (spend23): the one monthly card spending (monthlyCard; was the last three months to date, rounded up).
    const usual = new Decimal((await monthlyCard()).amount.toString());
    const gap = new Decimal(1_000_000).minus(usual);
    const ko = await ask('한달 생활비 백만원으로 살 수 있을까요?');
    expect(ko.topic?.intent).toBe('SAVINGS');
    // The usual month and the gap to it, in the first sentence (short or to spare, whichever the data gives).
    expect(firstSentence(ko.text)).toContain(formatWon(usual.toFixed(0), 'ko'));
    expect(firstSentence(ko.text)).toContain(formatWon(gap.abs().toFixed(0), 'ko'));
    expect(firstSentence(ko.text)).not.toContain('남은');
    expect(renderingErrors(ko.text)).toEqual([]);
  });

  it('"how much have I spent on coffee this year?" / "커피값 올해 얼마 썼어?" → the cafés (every coffee chain), not all of eating out', async () => {
    const [cafes, starbucks, ediya, food] = await Promise.all([
      spentTotal('period: THIS_YEAR, merchant: "카페"'),
      spentTotal('period: THIS_YEAR, merchant: "스타벅스"'),
      spentTotal('period: THIS_YEAR, merchant: "이디야커피"'),
      spentTotal('period: THIS_YEAR, category: "FOOD"'),
    ]);
    // The demo's cafés are its two coffee chains; eating out holds far more than them.
    expect(new Decimal(cafes).toFixed(0)).toBe(new Decimal(starbucks).plus(ediya).toFixed(0));
    expect(new Decimal(cafes).lt(food)).toBe(true);
    const en = await ask('how much have I spent on coffee this year?');
    expect(en.topic?.intent).toBe('SPENDING');
    expect(firstSentence(en.text)).toContain(`You spent ${formatWon(cafes, 'en')} at coffee shops this year`);
    const ko = await ask('커피값 올해 얼마 썼어?');
    expect(firstSentence(ko.text)).toContain(formatWon(cafes, 'ko'));
    expect(firstSentence(ko.text)).not.toContain(formatWon(food, 'ko'));
    for (const x of [ko, en]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"제 대출 금리 너무 높은 거 아니에요?" → their rate and how far above the lowest offer, first; "총 얼마였어요?" after a list → its total; "a few days late" → 3 days\' penalty; "hey, thanks" → thanks', async () => {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            annualRate: string;
            refinanceOffers: {
              stayWithCurrentLender: { annualRate: string } | null;
              offers: { switchLender: { annualRate: string } }[];
            };
          }[];
        };
      };
    }>(
      '{ me { customer { loans { status annualRate refinanceOffers { stayWithCurrentLender { annualRate } offers { switchLender { annualRate } } } } } } }',
      {},
      token,
    );
    const loan = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!;
    const rates = [
      loan.refinanceOffers.stayWithCurrentLender?.annualRate,
      ...loan.refinanceOffers.offers.map((o) => o.switchLender.annualRate),
    ].filter((r): r is string => r !== undefined);
    const lowest = Decimal.min(...rates);
    expect(lowest.lt(loan.annualRate)).toBe(true); // the demo loan can be had cheaper
    const gap = new Decimal(loan.annualRate).minus(lowest).mul(100).toFixed(2);
    const ko = await ask('제 대출 금리 너무 높은 거 아니에요?');
    expect(ko.topic?.intent).toBe('REFINANCE');
    expect(firstSentence(ko.text)).toContain(
      `금리는 지금 변동금리 ${formatAnnualRate(loan.annualRate, 'ko')}로, ${formatAnnualRate(lowest.toString(), 'ko')}까지 낮출 수 있어 ${gap}%p 높은 편입니다.`,
    );
    const en = await ask('Is my interest rate too high? Should I refinance?');
    expect(firstSentence(en.text)).toContain(
      `${gap} percentage points above the ${formatAnnualRate(lowest.toString(), 'en')} you could get now`,
    );

    // The list's total: abroad, "recent" read as the last 12 months (spendingSummary, as a client reads it).
    const abroad = await spentTotal('period: LAST_N_MONTHS, months: 12, locality: OVERSEAS');
    const list = await ask('해외에서 결제된 거 있어요?');
    expect(list.topic?.intent).toBe('CARD_TRANSACTIONS');
    const total = await ask('총 얼마였어요?', list.conversationId);
    expect(total.topic?.intent).toBe('SPENDING');
    expect(firstSentence(total.text)).toMatch(
      new RegExp(`^최근 12개월 해외 카드 지출은 ${formatWon(abroad, 'ko')}입니다`),
    );
    const enList = await ask('Did I make any purchases abroad?');
    const enTotal = await ask('how much in total?', enList.conversationId);
    expect(firstSentence(enTotal.text)).toContain(
      `You spent ${formatWon(abroad, 'en')} abroad in the last 12 months`,
    );

    // A few days late: three days of penalty interest on the next instalment (the loan's own ledger).
    const next = loans[0].nextPayment!;
    const late = (
      await t.request<{ node: { delinquency: { penaltyInterest: { amount: string } } } }>(
        `query ($id: ID!, $asOf: LocalDate!) { node(id: $id) { ... on Loan { delinquency(asOf: $asOf) { penaltyInterest { amount } } } } }`,
        { id: loans[0].id, asOf: addDays(owed(next.dueDate.slice(0, 10)), 3) },
        token,
      )
    ).data!.node.delinquency;
    const few = await ask('What happens if I pay a few days late?');
    expect(few.topic?.intent).toBe('ARREARS');
    expect(firstSentence(few.text)).toContain(
      `3 days late, about ${formatWon(late.penaltyInterest.amount, 'en')} of penalty interest`,
    );
    const lump = await ask('만기에 원금 한꺼번에 갚는 거예요?');
    expect(lump.topic?.intent).toBe('LOAN_BALANCE');
    const maturity = (
      await t.request<{ me: { customer: { loans: { status: string; maturityOn: string }[] } } }>(
        '{ me { customer { loans { status maturityOn } } } }',
        {},
        token,
      )
    ).data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.maturityOn;
    // Asked as a yes/no (since QA round 12): yes, with the maturity date and the principal in one sum.
    expect(firstSentence(lump.text)).toMatch(/^네, .+은 만기일시상환이라 /);
    expect(firstSentence(lump.text)).toContain(`${formatDate(maturity, 'ko', today())} 만기에`);
    expect(firstSentence(lump.text)).toContain('한 번에 갚고');
    // Next month's card bill: this month's spending so far, with most card companies (with the instalments on next
    // month's statement, cardBillOf).
    const thisMonth = await spentTotal('period: THIS_MONTH');
    const nextBill = await cardBillOf(addMonths(`${today().slice(0, 7)}-01`, 1));
    // Said either way ("나올 것 같아?" / "나올까요?"), in English too — not a forecast of next month's spending.
    const bills = [];
    for (const q of ['다음 달에 카드값 얼마 나올 것 같아?', '다음 달 카드값 얼마 나올까요?']) {
      const bill = await ask(q);
      expect({ q, intent: bill.topic?.intent }).toEqual({ q, intent: 'SPENDING' });
      expect(firstSentence(bill.text)).toMatch(
        new RegExp(
          nextBill.instalments
            ? `^다음 달에 청구될 카드값은 오늘까지 약 ${formatWon(nextBill.bill.toString(), 'ko')}입니다`
            : `^다음 달에 청구될 카드값은 보통 이번 달 사용분으로, 오늘까지 카드 지출은 ${formatWon(thisMonth, 'ko')}입니다`,
        ),
      );
      bills.push(bill);
    }
    const enBill = await ask('How much will my card bill be next month?');
    expect(enBill.topic?.intent).toBe('SPENDING');
    expect(firstSentence(enBill.text)).toContain(
      formatWon(nextBill.instalments ? nextBill.bill.toString() : thisMonth, 'en'),
    );
    bills.push(enBill);
    const thanks = await ask("hey, thanks, you've been really helpful");
    expect(thanks.text).toMatch(/^You’re welcome!/);
    for (const x of [ko, en, total, enTotal, few, lump, ...bills, thanks])
      expect(renderingErrors(x.text)).toEqual([]);
  });

  it('"중도상환하면 수수료 포함해서 총 얼마야?" / "Is there a penalty if I pay it off early?" → the fee and the payoff total it is part of, in the first sentence', async () => {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            balance: { amount: string };
            payoffQuote: { total: { amount: string }; prepaymentFee: { amount: string } };
          }[];
        };
      };
    }>(
      '{ me { customer { loans { status balance { amount } payoffQuote { total { amount } prepaymentFee { amount } } } } } }',
      {},
      token,
    );
    const active = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    expect(active).toHaveLength(1); // one loan: the quote is that loan's
    const q = active[0].payoffQuote;
    const ko = await ask('중도상환하면 수수료 포함해서 총 얼마야?');
    expect(ko.topic?.intent).toBe('PAYOFF_QUOTE');
    expect(firstSentence(ko.text)).toMatch(
      new RegExp(
        `^중도상환수수료는 ${formatWon(q.prepaymentFee.amount, 'ko')}이고, 이를 포함해 오늘\\(.+\\) 전액 상환하시려면 ${formatWon(q.total.amount, 'ko')}이 필요합니다`,
      ),
    );
    const en = await ask('Is there a penalty if I pay it off early?');
    expect(en.topic?.intent).toBe('PAYOFF_QUOTE');
    expect(firstSentence(en.text)).toMatch(
      q.prepaymentFee.amount === '0' ? /^There is no prepayment fee \(₩0\): / : /^The prepayment fee is ₩/,
    );
    expect(firstSentence(en.text)).toContain(`takes ${formatWon(q.total.amount, 'en')} in all`);
    for (const x of [ko, en]) expect(renderingErrors(x.text)).toEqual([]);
  });

  it('QA round 12: two shops together → their sum and each; "몇 번 갔어?" → the count first; "지난 분기보다 나아졌어요?" after the health score → both quarters; "why is it that number?" after the credit score → what makes it', async () => {
    const [emart, coupang] = await Promise.all([
      spentTotal('period: THIS_YEAR, merchant: "이마트"'),
      spentTotal('period: THIS_YEAR, merchant: "쿠팡"'),
    ]);
    const sum = new Decimal(emart).plus(coupang).toFixed(0);
    const en = await ask('how much at emart and coupang combined this year');
    expect(en.topic?.intent).toBe('SPENDING');
    for (const figure of [sum, emart, coupang])
      expect(firstSentence(en.text)).toContain(formatWon(figure, 'en'));
    expect(firstSentence(en.text)).toMatch(/^You spent \S+ at E-Mart and Coupang together this year/);
    const ko = await ask('이마트랑 쿠팡 중에 올해 어디서 더 많이 썼어요?');
    for (const figure of [sum, emart, coupang])
      expect(firstSentence(ko.text)).toContain(formatWon(figure, 'ko'));
    expect(firstSentence(ko.text)).toContain(
      `${formatWon(new Decimal(emart).minus(coupang).abs().toFixed(0), 'ko')} 많습니다`,
    );

    const visits = await spentCount('period: THIS_YEAR, merchant: "스타벅스"');
    expect(visits).toBeGreaterThan(2);
    const count = await ask('올해 스타벅스에 몇번 갔어요?');
    expect(firstSentence(count.text)).toContain(`스타벅스에서 ${visits}번 결제하셨습니다`);
    const times = await ask('how many times did i go to starbucks this year');
    expect(firstSentence(times.text)).toContain(`You paid at Starbucks ${visits} times this year`);

    const score = healthScoreOf;
    const now = await score();
    const [year, q] = now.quarter.split('Q').map(Number);
    const before = await score(q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`);
    const first = await ask('제 금융 건강 점수는 어때요?');
    const moved = await ask('지난 분기보다 나아졌어요?', first.conversationId);
    expect(moved.topic?.intent).toBe('HEALTH_SCORE');
    const d = now.score - before.score;
    expect(firstSentence(moved.text)).toContain(`${now.score}점`);
    expect(firstSentence(moved.text)).toContain(
      d === 0 ? `${before.score}점과 같습니다` : `${before.score}점보다 ${Math.abs(d)}점`,
    );

    const credit = await creditScore();
    const asked = await ask('whats my credit score');
    const why = await ask('why is it that number', asked.conversationId);
    expect(why.topic?.intent).toBe('HEALTH_SCORE');
    expect(firstSentence(why.text)).toContain(`Your ${credit} out of 1,000 is set by the credit bureaus`);
    for (const a of [en, ko, count, times, moved, why]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 12: "내년 카드 지출 예측해줘" → January–December next year summed, first; money keeping them up at night → the 24-hour line beside the figures; a rate outlook with no current data → no table of months past', async () => {
    const now = today();
    const year = Number(now.slice(0, 4));
    const horizon = Math.min(24, 26 - Number(now.slice(5, 7)));
    const points = await spendingForecast(horizon);
    const next = points.filter((p) => p.period.startsWith(`${year + 1}-`));
    expect(next).toHaveLength(12);
    const sum = next.reduce((acc, p) => acc.plus(Decimal.max(0, p.mean.amount)), new Decimal(0)).toFixed(0);
    const ko = await ask('내년 카드 지출 예측해줘');
    expect(ko.topic?.intent).toBe('FORECAST');
    expect(firstSentence(ko.text)).toContain(
      `내년(${year + 1}년) 카드 지출은 모두 약 ${formatWon(sum, 'ko')}`,
    );
    const en = await ask('forecast my card spending for next year');
    expect(firstSentence(en.text)).toContain(
      `Your card spending next year (${year + 1}) is expected to total about ${formatWon(sum, 'en')}`,
    );

    const mood = await ask('요즘 돈 때문에 너무 우울해요.. 잠도 안와요');
    expect(mood.topic?.intent).toBe('HARDSHIP');
    expect(mood.text.split('\n')[1]).toContain('정신건강위기상담전화 ☎ 1577-0199(24시간)');
    expect(firstSentence(mood.text)).toContain(formatWon(nextDue().nextPayment!.payment.amount, 'ko'));

    // Online against in shops: both of the API's totals, first.
    const [online, shops, onlineCount] = await Promise.all([
      spentTotal('period: THIS_YEAR, channel: ONLINE'),
      spentTotal('period: THIS_YEAR, channel: OFFLINE'),
      spentCount('period: THIS_YEAR, channel: ONLINE'),
    ]);
    const channels = await ask('how much did i spend online vs in store this year');
    expect(firstSentence(channels.text)).toContain(
      `You spent ${formatWon(online, 'en')} online (${onlineCount} transactions) and ${formatWon(shops, 'en')} in shops`,
    );
    // The lump sum at maturity: yes for a bullet loan, no for one repaid monthly — with the date and the sum.
    const held = await t.request<{
      me: { customer: { loans: { status: string; repaymentMethod: string; balance: { amount: string } }[] } };
    }>('{ me { customer { loans { status repaymentMethod balance { amount } } } } }', {}, token);
    const active = held.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    const maturity = await ask('대출만기가언제에요');
    const lump = await ask('만기때 한번에 다 갚아야돼요?', maturity.conversationId);
    expect(lump.topic?.intent).toBe('LOAN_BALANCE');
    if (active.length === 1) {
      expect(firstSentence(lump.text)).toMatch(
        active[0].repaymentMethod === 'BULLET' ? /^네, / : /^아니요, /,
      );
      expect(firstSentence(lump.text)).toContain(formatWon(active[0].balance.amount, 'ko'));
    }
    // "금리인하요구권 쓸수있나요?": yes, on their loan at its rate, first; "리볼빙 하는게 나을까요?": the advice first.
    const cut = await ask('금리인하요구권 쓸수있나요?');
    expect(firstSentence(cut.text)).toMatch(
      /^네, .+\(지금 연 [\d.]+%\)에 금리인하요구권을 신청하실 수 있습니다/,
    );
    const revolving = await ask('리볼빙 하는게 나을까요?');
    expect(firstSentence(revolving.text)).toMatch(/^리볼빙은 되도록 권하지 않습니다/);
    const rate = await ask('내년 기준금리 오를까요?');
    if (/^지금은 금리 전망을 드릴 수 없습니다/.test(rate.text)) {
      expect(rate.text).not.toContain('【예측 요약】');
      expect(rate.text).not.toContain('참고로');
    }
    for (const a of [ko, en, mood, rate, channels, lump, cut, revolving])
      expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 13: a greeting before the question is answered; "how many purchases this month" → the month\'s count, not the list\'s length; a list cut at five says it is the latest five; a text about a loan switch → the scam warning', async () => {
    const hello = await ask('안녕하세요, 대출이 얼마나 남았는지 알려주실 수 있을까요?');
    expect(hello.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(hello.text)).toMatch(/남은 원금은 [\d,]+원/);
    const [count, total] = await Promise.all([
      spentCount('period: THIS_MONTH'),
      spentTotal('period: THIS_MONTH'),
    ]);
    const many = await ask('how many purchases did I make this month');
    expect(firstSentence(many.text)).toContain(
      `You made ${count} transaction${count === 1 ? '' : 's'} this month, ${formatWon(total, 'en')} in all`,
    );
    const ko = await ask('카드 결제 몇 건이나 했어요 이번 달에?');
    expect(firstSentence(ko.text)).toContain(
      `이번 달 카드 결제는 ${count}건, 모두 ${formatWon(total, 'ko')}입니다`,
    );
    const list = await ask('이번달카드');
    if (count >= 5) expect(firstSentence(list.text)).toContain('카드 거래 중 최근 5건입니다');
    const sms = await ask('토스에서 대출 갈아타라는 문자가 왔어요');
    expect(sms.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(firstSentence(sms.text)).toMatch(/대출 사기/);
    for (const a of [hello, many, ko, list, sms]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('refuses bad input to the fields the answers read with a coded error naming the argument, never a 500', async () => {
    const cases: [string, string][] = [
      [
        '{ me { customer { spendingSummary(period: LAST_N_MONTHS, months: 99) { total { amount } } } } }',
        'months',
      ],
      [
        '{ me { customer { spendingSummary(period: MONTHS_AGO, months: 0) { total { amount } } } } }',
        'months',
      ],
      [
        '{ me { customer { spendingSummary(period: THIS_MONTH, category: "FO\\u0000OD") { total { amount } } } } }',
        'category',
      ],
      [
        '{ me { customer { spendingSummary(period: THIS_MONTH, category: "NOPE") { total { amount } } } } }',
        'category',
      ],
      [
        '{ me { customer { loans { prepaymentEffect(amount: "-5") { paymentAfter { amount } } } } } }',
        'amount',
      ],
      [
        '{ me { customer { loans { refinanceAtRate(annualRate: "3.5") { switchLender { newPayment { amount } } } } } } }',
        'annualRate',
      ],
      [
        '{ me { customer { loans { refinanceAtRate(annualRate: "0.035", upfrontFees: "-1") { switchLender { newPayment { amount } } } } } } }',
        'upfrontFees',
      ],
      [
        '{ me { customer { spendingSummary(period: THIS_MONTH, merchant: "  ") { total { amount } } } } }',
        'merchant',
      ],
      [
        `{ me { customer { spendingSummary(period: THIS_MONTH, merchant: "${'가'.repeat(61)}") { total { amount } } } } }`,
        'merchant',
      ],
      [
        '{ me { customer { loans { prepaymentEffect(amount: "999999999999999999") { paymentAfter { amount } } } } } }',
        'amount',
      ],
      [
        '{ me { customer { loans { extraRepaymentEffect(monthlyExtra: "0") { monthsAfter } } } } }',
        'monthlyExtra',
      ],
      [
        '{ me { customer { loans { extraRepaymentEffect(monthlyPayment: "1") { monthsAfter } } } } }',
        'monthlyPayment',
      ],
      ['{ me { customer { loans { extraRepaymentEffect { monthsAfter } } } } }', 'monthlyExtra'],
      [
        '{ me { customer { loans { extraRepaymentEffect(monthlyExtra: "999999999999999999") { monthsAfter } } } } }',
        'monthlyExtra',
      ],
      [
        '{ me { customer { spendingSummary(period: THIS_MONTH) { byMerchant(first: 0) { merchant } } } } }',
        'first',
      ],
      [
        '{ me { customer { spendingSummary(period: THIS_MONTH) { byMerchant(first: 21) { merchant } } } } }',
        'first',
      ],
    ];
    for (const [query, field] of cases) {
      const res = await t.request(query, {}, token);
      const error = res.errors?.[0] as
        { extensions?: { code?: string; fields?: { field: string }[] } } | undefined;
      expect({ query, code: error?.extensions?.code, field: error?.extensions?.fields?.[0]?.field }).toEqual({
        query,
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });

  describe('QA round 18: money going out, interest to a date', () => {
    type Row = Awaited<ReturnType<typeof activeScheduleRows>>[number];
    const sum = (rows: Row[], pick: (r: Row) => { amount: string }) =>
      rows.reduce((a, r) => a + BigInt(pick(r).amount), 0n);
    const won = (n: bigint, lang: 'ko' | 'en') => formatWon(n.toString(), lang);

    it('"대출이자랑 카드값 합치면 한달에 얼마?", "12월에 나갈 돈 총 얼마야" → the month\'s instalments (schedule rows due in it) plus the card bill due then (this month\'s bill; next month\'s = this month\'s use so far)', async () => {
      const thisMonth = `${today().slice(0, 7)}-01`;
      const nextMonth = addMonths(thisMonth, 1);
      const rows = await activeScheduleRows();
      const dueIn = (month: string) => rows.filter((r) => r.dueDate.slice(0, 7) === month.slice(0, 7));
      const now = { rows: dueIn(thisMonth), bill: (await cardBillOf(thisMonth)).bill };
      const next = { rows: dueIn(nextMonth), bill: (await cardBillOf(nextMonth)).bill };
      const lead = (x: typeof now, lang: 'ko' | 'en') => ({
        total: won(sum(x.rows, (r) => r.payment) + x.bill, lang),
        loans: won(
          sum(x.rows, (r) => r.payment),
          lang,
        ),
        interest: won(
          sum(x.rows, (r) => r.interest),
          lang,
        ),
        bill: won(x.bill, lang),
      });
      const ko = await ask('대출이자랑 카드값 합치면 한달에 얼마?');
      expect(ko.topic?.intent).toBe('SPENDING');
      const k = lead(now, 'ko');
      expect(firstSentence(ko.text)).toBe(
        `이번 달 나가는 돈은 ${k.total}입니다: 대출 납입 ${k.loans}(이자 ${k.interest})과 카드 결제 ${k.bill}.`,
      );
      const en = await ask('loan interest plus card bill per month total?');
      const e = lead(now, 'en');
      expect(firstSentence(en.text)).toBe(
        `Money going out this month comes to ${e.total}: ${e.loans} of loan payments (${e.interest} of it interest) and the ${e.bill} card bill.`,
      );
      const m = Number(nextMonth.slice(5, 7));
      const koNext = await ask(`${m}월에 나갈 돈 총 얼마야`);
      const kn = lead(next, 'ko');
      expect(firstSentence(koNext.text)).toBe(
        `${m}월에 나가는 돈은 지금까지 약 ${kn.total}입니다: 대출 납입 ${kn.loans}(이자 ${kn.interest})과 카드 결제 ${kn.bill}(이번 달 지금까지 쓴 금액 기준).`,
      );
      const enNext = await ask(
        `how much goes out in ${MONTH_NAMES[m - 1].toLowerCase()} in total, loan and card?`,
      );
      const en2 = lead(next, 'en');
      expect(firstSentence(enNext.text)).toBe(
        `Money going out in ${MONTH_NAMES[m - 1]} comes to about ${en2.total} so far: ${en2.loans} of loan payments (${en2.interest} of it interest) and a ${en2.bill} card bill (this month's spending so far).`,
      );
      for (const a of [ko, en, koNext, enNext]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"3월까지 이자 총 얼마?", "how much interest will i pay between now and march?", "내년에 내야 할 이자" → the unpaid instalments\' interest from today to that month\'s end, or in next calendar year', async () => {
      const day = today();
      const year = Number(day.slice(0, 4));
      // The next March (this one while it has not ended), to its last day.
      const marchEnd = `${Number(day.slice(5, 7)) > 3 ? year + 1 : year}-03-31`;
      const rows = (await activeScheduleRows()).filter((r) => !r.paid);
      const toMarch = rows.filter((r) => r.dueDate >= day && r.dueDate <= marchEnd);
      const nextYear = rows.filter((r) => r.dueDate.startsWith(`${year + 1}-`));
      const ko = await ask('3월까지 이자 총 얼마?');
      expect(ko.topic?.intent).toBe('REPAYMENT_SCHEDULE');
      expect(firstSentence(ko.text)).toContain(
        `까지 내실 대출 이자는 모두 ${won(
          sum(toMarch, (r) => r.interest),
          'ko',
        )}입니다 (${toMarch.length}회: `,
      );
      const en = await ask('how much interest will i pay between now and march?');
      expect(firstSentence(en.text)).toMatch(
        new RegExp(
          `^Between now and .+ you will pay ${escapeRegExp(
            won(
              sum(toMarch, (r) => r.interest),
              'en',
            ),
          )} of loan interest over ${toMarch.length} instalments? \\(`,
        ),
      );
      const koYear = await ask('내년에 내야 할 이자');
      expect(firstSentence(koYear.text)).toContain(
        `${year + 1}년 한 해 동안 내실 대출 이자는 모두 ${won(
          sum(nextYear, (r) => r.interest),
          'ko',
        )}입니다`,
      );
      const enYear = await ask('how much interest next year?');
      expect(firstSentence(enYear.text)).toContain(
        `In ${year + 1} you will pay ${won(
          sum(nextYear, (r) => r.interest),
          'en',
        )} of loan interest`,
      );
      for (const a of [ko, en, koYear, enYear]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describeWithBrowser('in /chat (Chromium)', () => {
    let browser: Browser;
    afterAll(() => browser?.close());

    it('asks the seven questions and shows each answer with a human line underneath (screenshots)', async () => {
      browser = await launchBrowser();
      for (const [name, viewport] of [
        ['1440', { width: 1440, height: 1000 }],
        ['390', { width: 390, height: 844 }],
      ] as const) {
        const p = await browser.newPage({ viewport, locale: 'ko-KR' });
        p.setDefaultTimeout(30_000);
        await p.goto(`${new URL(t.url).origin}/chat`);
        await p.locator('#login-submit').click();
        await p.locator('#composer').waitFor();
        const questions = [
          '다음 납입일이 언제고 얼마예요?',
          'Can I afford to refinance my mortgage?',
          'How much can I borrow for a mortgage?',
          '다음 달에 못 낼 것 같아요',
          '빚이 너무 많아서 잠이 안 와요',
        ];
        for (const [i, q] of questions.entries()) {
          await p.locator('#message-input').fill(q);
          await p.locator('#send').click();
          await p.waitForFunction(
            (n) => document.querySelectorAll('.message.ASSISTANT[data-status="COMPLETE"]').length >= n,
            i + 1,
          );
        }
        const metas = await p.locator('.message.ASSISTANT .meta .summary').allTextContents();
        expect(metas).toHaveLength(questions.length);
        for (const m of metas) {
          expect(m).toMatch(/[가-힣A-Za-z]/u);
          expect(m).not.toMatch(
            /\b[A-Z]+_[A-Z_]+\b|\b(FINANCE|ANXIOUS|NEUTRAL|OVERSPENDING|LOAN_LIMIT)\b|\d+%$/,
          );
        }
        expect(metas[0]).toContain('다음 납입');
        const width = await p.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(viewport.width);
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        await p.screenshot({ path: path.join(ARTIFACTS, `chat-questions-${name}.png`), fullPage: true });
        await p.close();
      }
    });
  });

  describe("QA round 18: what-ifs with the customer's numbers", () => {
    /** The active loan with the most principal left, its rate, and its best switch, read as a client would. */
    async function largestLoan() {
      const res = await t.request<{
        me: {
          customer: {
            loans: {
              status: string;
              balance: { amount: string };
              refinanceOffers: {
                offers: {
                  switchLender: {
                    monthlySaving: { amount: string };
                    totalCost: { amount: string };
                    lifetimeSaving: { amount: string };
                    prepaymentFee: { amount: { amount: string } } | null;
                  };
                }[];
              };
            }[];
          };
        };
      }>(
        `{ me { customer { loans { status balance { amount } refinanceOffers { offers { switchLender {
           monthlySaving { amount } totalCost { amount } lifetimeSaving { amount } prepaymentFee { amount { amount } } } } } } } } }`,
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      return res
        .data!.me.customer.loans.filter((l) => l.status === 'ACTIVE')
        .reduce((a, b) => (new Decimal(b.balance.amount).gt(a.balance.amount) ? b : a));
    }

    it('"금리 4.5%랑 3.9% 이자 차이 얼마?" / "the difference in interest between 4.5% and 3.9%" → each month\'s interest on the largest loan and the difference a month and a year, first', async () => {
      const l = await largestLoan();
      const at = (rate: string) =>
        new Decimal(l.balance.amount).mul(rate).div(12).toDecimalPlaces(0, Decimal.ROUND_DOWN);
      const [a, b] = [at('0.045'), at('0.039')];
      const diff = a.minus(b);
      const ko = await ask('금리 4.5%랑 3.9% 이자 차이 얼마?');
      expect(firstSentence(ko.text)).toContain(
        `한 달 이자는 연 4.5%일 때 약 ${formatWon(a.toFixed(0), 'ko')}, 연 3.9%일 때 약 ${formatWon(b.toFixed(0), 'ko')}으로, 차이는 한 달에 약 ${formatWon(diff.toFixed(0), 'ko')}, 1년이면 약 ${formatWon(diff.mul(12).toFixed(0), 'ko')}입니다.`,
      );
      expect(ko.text).toContain('추정치');
      expect(renderingErrors(ko.text)).toEqual([]);
      const en = await ask("what's the difference in interest between 4.5% and 3.9%?");
      expect(firstSentence(en.text)).toContain(
        `about ${formatWon(a.toFixed(0), 'en')} at 4.5% a year and about ${formatWon(b.toFixed(0), 'en')} at 3.9% a year: a difference of about ${formatWon(diff.toFixed(0), 'en')} a month, ${formatWon(diff.mul(12).toFixed(0), 'en')} a year.`,
      );
      expect(en.text).toContain('estimates');
    });

    it('"중도상환수수료 30만원이면 갈아타는게 이득?" / "if the early repayment fee is 300k…" / "수수료 1%면요?" → the best switch with that fee: yes or no first, the saving less the costs', async () => {
      const l = await largestLoan();
      const sw = l.refinanceOffers.offers[0]?.switchLender;
      expect(sw).toBeDefined();
      /** The switch with the fee stated in place of the one on file: what it saves before costs, the costs, the net. */
      const withFee = (fee: Decimal) => {
        const other = new Decimal(sw.totalCost.amount).minus(sw.prepaymentFee?.amount.amount ?? '0');
        const gross = new Decimal(sw.lifetimeSaving.amount).plus(sw.totalCost.amount);
        const costs = other.plus(fee);
        return { gross, costs, net: gross.minus(costs) };
      };
      const w = withFee(new Decimal(300_000));
      const ko = await ask('중도상환수수료 30만원이면 갈아타는게 이득?');
      expect(ko.topic?.intent).toBe('REFINANCE');
      const lead = firstSentence(ko.text);
      if (w.net.gt(0)) {
        expect(lead).toMatch(/^네, 중도상환수수료가 300,000원이어도 /);
        expect(lead).toContain(`${formatWon(w.net.toFixed(0), 'ko')} 이득입니다`);
      } else {
        expect(lead).toMatch(/^아니요, 중도상환수수료가 300,000원이면 /);
        expect(lead).toContain(
          `아끼는 ${formatWon(w.gross.toFixed(0), 'ko')}보다 비용 ${formatWon(w.costs.toFixed(0), 'ko')}`,
        );
        if (w.net.lt(0)) expect(lead).toContain(`${formatWon(w.net.abs().toFixed(0), 'ko')} 손해입니다`);
      }
      expect(renderingErrors(ko.text)).toEqual([]);
      const en = await ask('if the early repayment fee is 300k is switching still worth it?');
      expect(en.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(en.text)).toMatch(
        w.net.gt(0) ? /^Yes: even with a ₩300,000 prepayment fee/ : /^No: with a ₩300,000 prepayment fee/,
      );
      // "수수료 1%면요?" after a refinance question: 1 % of the balance owed.
      const first = await ask('대출 갈아타면 이득이야?');
      const pct = await ask('수수료 1%면요?', first.conversationId);
      expect(pct.topic?.intent).toBe('REFINANCE');
      const fee = new Decimal(l.balance.amount).div(100).toDecimalPlaces(0, Decimal.ROUND_DOWN);
      const p = withFee(fee);
      expect(firstSentence(pct.text)).toContain(
        `${p.net.gt(0) ? '네, 중도상환수수료가' : '아니요, 중도상환수수료가'} 1%(${formatWon(fee.toFixed(0), 'ko')})`,
      );
      if (p.net.lt(0))
        expect(firstSentence(pct.text)).toContain(`${formatWon(p.net.abs().toFixed(0), 'ko')} 손해입니다`);
    });

    it('"if i earned 25 million a year how much could i borrow?" / "연봉 3천으로 오르면 한도 얼마?" → the limit simulated with that income, not a ₩25M loan nor a +10 % rise', async () => {
      const now = await creditLimitAt();
      const at25 = await creditLimitAt('25000000');
      const en = await ask('if i earned 25 million a year how much could i borrow?');
      expect(en.topic?.intent).toBe('LOAN_LIMIT');
      expect(firstSentence(en.text)).toContain(
        `your credit loan limit goes from ${formatWon(now.maxLoan.amount, 'en')} to ${formatWon(at25.maxLoan.amount, 'en')}`,
      );
      expect(en.text).not.toContain('Borrowing the ₩25,000,000');
      const at30 = await creditLimitAt('30000000');
      const ko = await ask('연봉 3천으로 오르면 한도 얼마?');
      expect(firstSentence(ko.text)).toBe(
        `연소득이 30,000,000원으로 늘면(지금 ${formatWon(now.annualIncome.amount, 'ko')}) 신용대출 한도는 최대 ${formatWon(now.maxLoan.amount, 'ko')}에서 ${formatWon(at30.maxLoan.amount, 'ko')}으로 ${formatWon(new Decimal(at30.maxLoan.amount).minus(now.maxLoan.amount).toFixed(0), 'ko')} 늘어납니다.`,
      );
      expect(ko.text).not.toContain('10% 늘면');
    });
  });

  it('QA round 19: a debt forecast to the end of next year — the balance at its end first, no "between X and X" range, at most six months listed', async () => {
    type M = { amount: string };
    const res = await t.request<{
      me: {
        customer: {
          forecast: { points: { period: string; mean: M; lower80: M; upper80: M }[] };
        };
      };
    }>(
      '{ me { customer { forecast(metric: DEBT, horizon: 14) { points { period mean { amount } lower80 { amount } upper80 { amount } } } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const end = res.data!.me.customer.forecast.points.find((p) => p.period === '2027-12-01')!;
    const a = await ask('내년에 빚 얼마나 남을까요?');
    expect(a.topic?.intent).toBe('FORECAST');
    expect(firstSentence(a.text)).toContain(
      `내년(2027년) 말 대출 잔액은 약 ${formatWon(end.mean.amount, 'ko')}`,
    );
    // A range is said only where it has width.
    for (const m of a.text.matchAll(/80% (?:확률 구간|범위) ([\d,]+원) ~ ([\d,]+원)/g))
      expect(m[1]).not.toBe(m[2]);
    expect(a.text.split('\n').filter((l) => l.startsWith('- ')).length).toBeLessThanOrEqual(6);
    if (end.lower80.amount === end.upper80.amount) expect(a.text).toContain('(변동 없음)');
  });

  it('QA round 19 (card): last month’s card bill is the bill due last month, not last month’s spending; the card’s own rate; a card follow-up stays on the card', async () => {
    // The bill due last month is the use of the month before it (no instalment purchase was billed then in the demo).
    const billedLastMonth = await spentTotal('period: MONTHS_AGO, months: 2');
    const spentLastMonth = await spentTotal('period: LAST_MONTH');
    const ko = await ask('지난달 카드값 얼마였어?');
    expect(firstSentence(ko.text)).toContain(
      `지난달 결제일에 청구된 카드값은 ${formatWon(billedLastMonth, 'ko')}이었습니다`,
    );
    expect(ko.text).toContain(`지난달 카드 지출은 ${formatWon(spentLastMonth, 'ko')}입니다`);
    const en = await ask('how much was my card bill last month?');
    expect(firstSentence(en.text)).toContain(
      `The card bill due last month was ${formatWon(billedLastMonth, 'en')}`,
    );
    const bill = await ask('whats my card bill this month');
    const again = await ask('and last month?', bill.conversationId);
    expect(firstSentence(again.text)).toContain(formatWon(billedLastMonth, 'en'));
    const due = await ask('when do i have to pay it?', bill.conversationId);
    expect(due.topic?.intent).toBe('NEXT_PAYMENT');
    expect(due.text).not.toMatch(/put aside|save/);
    const min = await ask('can i pay just the minimum?', bill.conversationId);
    expect(min.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(min.text).toMatch(/minimum payment/i);
    expect(min.text).not.toContain(loans[0].nextPayment?.payment.amount ?? '-');

    const rate = await ask('카드 이자율 몇 프로야?');
    expect(rate.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(rate.text)).toContain('결제일에 청구된 금액을 모두 내면 이자가 붙지 않습니다');
    // Not the loan's rate.
    expect(rate.text).not.toMatch(/연 3\.77%|전세자금대출/);
  });

  it('QA round 19 (year of a month): "2028년 3월에 … 한번에 내야되는거에요?" is that month’s instalment of that year, the principal repaid in one sum', async () => {
    const loan = loans.find((l) => l.kind === 'JEONSE') ?? loans[0];
    const res = await t.request<{
      loan: {
        schedule: {
          edges: { node: { dueDate: string; payment: { amount: string }; principal: { amount: string } } }[];
        };
      };
    }>(
      'query ($id: ID!) { loan(id: $id) { schedule(first: 100) { edges { node { dueDate payment { amount } principal { amount } } } } } }',
      { id: loan.id },
      token,
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data!.loan.schedule.edges.map((e) => e.node);
    const last = rows[rows.length - 1];
    const [y, m] = [Number(last.dueDate.slice(0, 4)), Number(last.dueDate.slice(5, 7))];
    const a = await ask(`${y}년 ${m}월에 한번에 다 내야되는거에요?? 어떡해요`);
    expect(a.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(a.text)).toContain(`${y}년 ${m}월`);
    expect(firstSentence(a.text)).toContain(formatWon(last.payment.amount, 'ko'));
    if (new Decimal(last.principal.amount).gt(0))
      expect(a.text).toContain(`남은 원금 ${formatWon(last.principal.amount, 'ko')}`);
  });

  it('QA round 19 (own figures): the income on file first; "체크카드가 공제 더 많아요?" yes with this year’s spending against 25 % of pay', async () => {
    const now = await creditLimitAt();
    const income = await ask('내 소득 얼마로 되어있어요?');
    expect(income.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(income.text)).toContain(
      `등록된 연소득은 ${formatWon(now.annualIncome.amount, 'ko')}`,
    );
    const year = await spentTotal('period: THIS_YEAR');
    const debit = await ask('체크카드가 공제 더 많아요?');
    expect(debit.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(debit.text)).toMatch(/^네, 체크카드의 공제율은 30%로 신용카드\(15%\)의 두 배입니다/);
    expect(debit.text).toContain(`올해 카드 사용액 ${formatWon(year, 'ko')}`);
  });

  describe('QA round 19 (r19-loans): loan questions answered as asked', () => {
    /** simulateLoanLimit on the counsellor's assumed loan of a kind, as a client would ask it. */
    async function limitOf(input: Record<string, unknown>) {
      const sim = await t.request<{
        simulateLoanLimit: {
          maxLoan: { amount: string };
          dsrCapRatio: string;
          annualIncome: { amount: string };
        };
      }>(
        `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
           ... on LoanLimitSimulation { maxLoan { amount } dsrCapRatio annualIncome { amount } } } }`,
        { input },
        token,
      );
      expect(sim.errors).toBeUndefined();
      return sim.data!.simulateLoanLimit;
    }

    /** The active loans with their rate type, rate, and the refinance options the counsellor compares. */
    async function activeWithOffers() {
      const res = await t.request<{
        me: {
          customer: {
            loans: {
              status: string;
              rateType: string;
              annualRate: string;
              refinanceOffers: {
                stayWithCurrentLender: { annualRate: string } | null;
                offers: { switchLender: { annualRate: string; totalCost: { amount: string } } }[];
              };
            }[];
          };
        };
      }>(
        `{ me { customer { loans { status rateType annualRate refinanceOffers {
           stayWithCurrentLender { annualRate } offers { switchLender { annualRate totalCost { amount } } } } } } } }`,
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    }

    it('"2금융권에서는 얼마까지 빌릴 수 있어요?" / "how much could I borrow from a savings bank?" → the limit under the non-bank DSR cap, the bank one beside it', async () => {
      const nonBank = await limitOf({ lenderType: 'NON_BANK', newLoan: ASSUMED_NEW_LOANS.CREDIT });
      const bank = await limitOf({ lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS.CREDIT });
      const more = new Decimal(nonBank.maxLoan.amount).minus(bank.maxLoan.amount);
      const ko = await ask('2금융권에서는 얼마까지 빌릴 수 있어요?');
      expect(ko.topic?.intent).toBe('LOAN_LIMIT');
      if (more.gt(0))
        expect(firstSentence(ko.text)).toContain(
          `2금융권(저축은행·캐피탈 등)에서는 신용대출이 최대 ${formatWon(nonBank.maxLoan.amount, 'ko')}까지 가능한 것으로 계산됩니다: DSR 한도가 연소득의 ${formatPercent(nonBank.dsrCapRatio, 0)}로 은행(${formatPercent(bank.dsrCapRatio, 0)}, 최대 ${formatWon(bank.maxLoan.amount, 'ko')})보다 높아 ${formatWon(more.toFixed(0), 'ko')} 더 빌릴 수 있습니다`,
        );
      else
        expect(firstSentence(ko.text)).toContain(
          `은행과 같은 최대 ${formatWon(nonBank.maxLoan.amount, 'ko')}`,
        );
      expect(ko.text).toContain('2금융권 금리는 보통 은행보다 높아');
      expect(renderingErrors(ko.text)).toEqual([]);
      const en = await ask('how much could I borrow from a savings bank?');
      expect(firstSentence(en.text)).toContain(
        `At a second-tier lender (a savings bank, a capital company …) you could borrow up to ${formatWon(nonBank.maxLoan.amount, 'en')}`,
      );
      expect(firstSentence(en.text)).toContain(`up to ${formatWon(bank.maxLoan.amount, 'en')} at a bank`);
      // Asked as yes or no: the answer first.
      const yes = await ask('2금융권에서 대출 받을 수 있어요?');
      expect(firstSentence(yes.text)).toMatch(
        new Decimal(nonBank.maxLoan.amount).gt(0) ? /^네, 2금융권/ : /^아니요, /,
      );
    });

    it('"집 3억이면 대출 얼마 나와요?" / "if the house costs 300 million how much can I borrow?" → a mortgage against a ₩300M home (LTV and DSR), not a ₩300M loan', async () => {
      const sim = await limitOf({
        lenderType: 'BANK',
        newLoan: ASSUMED_NEW_LOANS.MORTGAGE,
        collateral: { value: '300000000', ltvRatio: ASSUMED_LTV },
      });
      const ko = await ask('집 3억이면 대출 얼마 나와요?');
      expect(ko.topic?.intent).toBe('LOAN_LIMIT');
      expect(firstSentence(ko.text)).toMatch(
        new RegExp(
          `^집값 300,000,000원이면 주택담보대출은 최대 ${escapeRegExp(formatWon(sim.maxLoan.amount, 'ko'))}까지`,
        ),
      );
      expect(ko.text).not.toContain('말씀하신 300,000,000원');
      const en = await ask('if the house costs 300 million how much can I borrow?');
      expect(firstSentence(en.text)).toMatch(
        new RegExp(
          `^For a ₩300,000,000 home you could borrow up to ${escapeRegExp(formatWon(sim.maxLoan.amount, 'en'))}`,
        ),
      );
      expect(en.text).not.toMatch(/^No:/);
    });

    it('"what if my salary is cut by 20%?" → the limit at 80 % of the income on file against today\'s', async () => {
      const now = await creditLimitAt();
      const cut = new Decimal(now.annualIncome.amount).mul('0.8').toFixed(0);
      const at80 = await creditLimitAt(cut);
      const en = await ask('what if my salary is cut by 20%?');
      expect(en.topic?.intent).toBe('LOAN_LIMIT');
      expect(firstSentence(en.text)).toBe(
        `If your income falls 20% (${formatWon(now.annualIncome.amount, 'en')} → ${formatWon(cut, 'en')} a year), your credit loan limit goes from ${formatWon(now.maxLoan.amount, 'en')} to ${formatWon(at80.maxLoan.amount, 'en')}, ${formatWon(new Decimal(now.maxLoan.amount).minus(at80.maxLoan.amount).toFixed(0), 'en')} less.`,
      );
    });

    it('"고정금리로 바꿀 수 있어요?" / "can I switch to a fixed rate?" → yes or no first with the loan\'s rate type and rate, and what a switch costs', async () => {
      const active = await activeWithOffers();
      const variable = active.find((l) => l.rateType !== 'FIXED');
      const ko = await ask('고정금리로 바꿀 수 있어요?');
      expect(ko.topic?.intent).toBe('REFINANCE');
      const en = await ask('can I switch to a fixed rate?');
      if (!variable) {
        expect(firstSentence(ko.text)).toContain('이미 고정금리');
        return;
      }
      expect(firstSentence(ko.text)).toMatch(
        new RegExp(
          `^네, .+은 지금 ${escapeRegExp(phrase('rateType', variable.rateType, 'ko'))}\\(${escapeRegExp(formatAnnualRate(variable.annualRate, 'ko'))}\\)지만 고정금리로 바꿀 수 있습니다: `,
        ),
      );
      const sw = variable.refinanceOffers.offers[0]?.switchLender;
      if (sw) expect(firstSentence(ko.text)).toContain(formatWon(sw.totalCost.amount, 'ko'));
      expect(renderingErrors(ko.text)).toEqual([]);
      expect(firstSentence(en.text)).toMatch(/^Yes: your .+ can move to a fixed rate/);
      // Said short ("고정으로"), the same answer; asked which is better, no yes or no.
      expect(firstSentence((await ask('고정으로 바꿀 수 있어요?')).text)).toBe(firstSentence(ko.text));
      expect(firstSentence((await ask('변동금리 고정금리로 바꾸는 게 나아요?')).text)).not.toMatch(/^네, /);
      expect(firstSentence(en.text)).toContain(formatAnnualRate(variable.annualRate, 'en'));
    });

    it('"금리 변경일 언제에요?" → when the loan\'s rate is set again (or that it is fixed), not the next payment', async () => {
      const [l] = await activeWithOffers();
      const ko = await ask('금리 변경일 언제에요?');
      expect(ko.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(ko.text)).not.toContain('다음 납입일');
      if (l.rateType === 'FIXED') expect(firstSentence(ko.text)).toContain('고정금리라');
      else if (l.rateType === 'VARIABLE') expect(firstSentence(ko.text)).toContain('다음 변경일은');
      else expect(firstSentence(ko.text)).toContain('다시 정해집니다');
      expect(firstSentence(ko.text)).toContain(formatAnnualRate(l.annualRate, 'ko'));
    });

    it('"is 3.77% a good rate?" / "3.77%면 괜찮은 금리예요?" → against the lowest rate on offer and their own loans\' rates, yes or no first', async () => {
      const [l] = await activeWithOffers();
      const rates = [
        l.refinanceOffers.stayWithCurrentLender?.annualRate,
        l.refinanceOffers.offers[0]?.switchLender.annualRate,
      ].filter((r): r is string => !!r);
      const lowest = Decimal.min(...rates);
      const gap = new Decimal('0.0377').minus(lowest);
      const ko = await ask('3.77%면 괜찮은 금리예요?');
      expect(ko.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(ko.text)).toContain(
        gap.gt(0)
          ? `아니요, 연 3.77%는 가장 좋은 금리는 아닙니다: 지금 고객님이 받을 수 있는 가장 낮은 금리 ${formatAnnualRate(lowest, 'ko')}보다 ${gap.mul(100).toFixed(2)}%p 높습니다.`
          : `네, 연 3.77%는 괜찮은 금리입니다`,
      );
      expect(firstSentence(ko.text)).toContain(`지금 금리(${formatAnnualRate(l.annualRate, 'ko')})`);
      const en = await ask('is 3.77% a good rate?');
      expect(en.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(en.text)).toMatch(
        gap.gt(0) ? /^No: 3\.77% a year is not the best/ : /^Yes: 3\.77% a year/,
      );
    });
  });

  describe('QA round 19 (r19-shops): three shops or more, shops by their usual names, dates that do not exist, yes or no', () => {
    it('"쿠팡이랑 배민이랑 롯데마트 합치면 얼마야?" → the sum of the three first, then each one (none dropped)', async () => {
      const names = ['쿠팡', '배달의민족', '롯데마트'];
      const totals = await Promise.all(names.map((m) => spentTotal(`period: THIS_MONTH, merchant: "${m}"`)));
      const sum = totals.reduce((a, b) => a.plus(b), new Decimal(0));
      const ko = firstSentence((await ask('쿠팡이랑 배민이랑 롯데마트 합치면 얼마야?')).text);
      expect(ko).toContain(`합쳐서 ${formatWon(sum, 'ko')}`);
      names.forEach((m, i) => expect(ko).toContain(`${m} ${formatWon(totals[i], 'ko')}`));
    });

    it('"how much at coupang, baemin and lotte mart last month?" → last month\'s sum and each of the three', async () => {
      const names = ['쿠팡', '배달의민족', '롯데마트'];
      const totals = await Promise.all(names.map((m) => spentTotal(`period: LAST_MONTH, merchant: "${m}"`)));
      const sum = totals.reduce((a, b) => a.plus(b), new Decimal(0));
      const en = firstSentence((await ask('how much at coupang, baemin and lotte mart last month?')).text);
      expect(en).toMatch(
        new RegExp(
          `^You spent ${escapeRegExp(formatWon(sum, 'en'))} at Coupang, Baemin and Lotte Mart together last month`,
        ),
      );
      names.forEach((m, i) =>
        expect(en).toContain(`${merchantDisplayName(m, 'en')} ${formatWon(totals[i], 'en')}`),
      );
    });

    it('"식비랑 쇼핑이랑 교통비 합치면?", "food, shopping and transport last month" → the three categories summed, then each', async () => {
      const codes = ['FOOD', 'SHOPPING', 'TRANSPORT'];
      for (const [question, period, lang] of [
        ['식비랑 쇼핑이랑 교통비 합치면?', 'THIS_MONTH', 'ko'],
        ['food, shopping and transport last month', 'LAST_MONTH', 'en'],
      ] as const) {
        const totals = await Promise.all(codes.map((c) => spentTotal(`period: ${period}, category: "${c}"`)));
        const sum = totals.reduce((a, b) => a.plus(b), new Decimal(0));
        const first = firstSentence((await ask(question)).text);
        expect(first).toContain(
          lang === 'ko' ? `합쳐서 ${formatWon(sum, 'ko')}` : `You spent ${formatWon(sum, 'en')} on `,
        );
        codes.forEach((c, i) =>
          expect(first).toContain(`${phrase('category', c, lang)} ${formatWon(totals[i], lang)}`),
        );
      }
    });

    it('"쿠팡이랑 SSG 중에 어디 더 많이 썼어?" → SSG is SSG.COM; a shop never used is 0원, not dropped', async () => {
      const [coupang, ssg] = await Promise.all([
        spentTotal('period: THIS_MONTH, merchant: "쿠팡"'),
        spentTotal('period: THIS_MONTH, merchant: "SSG.COM"'),
      ]);
      const ko = firstSentence((await ask('쿠팡이랑 SSG 중에 어디 더 많이 썼어?')).text);
      expect(ko).toContain(`SSG.COM ${formatWon(ssg, 'ko')}`);
      expect(ko).toContain(formatWon(coupang, 'ko'));
      const musinsa = await spentTotal('period: LAST_MONTH, merchant: "무신사"');
      const none = firstSentence((await ask('지난달 무신사에서 얼마 썼어?')).text);
      expect(none).toContain('무신사에서 카드로 결제하신 내역은 없습니다');
      expect(none).toContain(formatWon(musinsa, 'ko'));
    });

    it('"지난달 32일부터", "oct 32" → no such date, not day 2 or day 3', async () => {
      const today = (await periodDays('period: THIS_MONTH')).through;
      const fromDay2 = await spendingBetween(today.slice(0, 8) + '02', today);
      const ko = (await ask('지난달 32일부터 쓴 돈')).text;
      expect(firstSentence(ko)).toMatch(/^32일은 없는 날짜입니다/);
      expect(ko).not.toContain(formatWon(fromDay2, 'ko'));
      expect(firstSentence((await ask('2월 30일에 쓴 돈')).text)).toMatch(/^2월 30일은 없는 날짜입니다/);
      expect(firstSentence((await ask('spending since oct 32')).text)).toMatch(
        /^There is no such date as “oct 32”/,
      );
    });

    it('"이번 달 배달음식 10만원 넘었어?", "did I spend more than 500k on shopping last month?" → yes or no first, with the figure', async () => {
      const delivery = new Decimal(await spentTotal('period: THIS_MONTH, merchant: "배달앱"'));
      const ko = firstSentence((await ask('이번 달 배달음식 10만원 넘었어?')).text);
      expect(ko).toMatch(new RegExp(`^${delivery.gt(100000) ? '네' : '아니요'}, `));
      expect(ko).toContain(formatWon(delivery, 'ko'));
      expect(ko).toContain('100,000원');
      const shopping = new Decimal(await spentTotal('period: LAST_MONTH, category: "SHOPPING"'));
      const en = firstSentence((await ask('did I spend more than 500k on shopping last month?')).text);
      expect(en).toMatch(
        new RegExp(
          `^${shopping.gt(500000) ? 'Yes' : 'No'}: your card spending on shopping last month is ${escapeRegExp(formatWon(shopping, 'en'))}`,
        ),
      );
      expect(en).toContain(formatWon(shopping.minus(500000).abs(), 'en'));
    });

    it('"지난달보다 더 썼어?", "did i spend less than last month?" → 네/아니요, Yes/No first, both totals', async () => {
      const [now, before] = (
        await Promise.all([spentTotal('period: THIS_MONTH'), spentTotal('period: LAST_MONTH')])
      ).map((x) => new Decimal(x));
      const ko = firstSentence((await ask('지난달보다 더 썼어?')).text);
      expect(ko).toMatch(new RegExp(`^${now.gt(before) ? '네' : '아니요'}, 이번 달`));
      expect(ko).toContain(formatWon(now, 'ko'));
      expect(ko).toContain(formatWon(before, 'ko'));
      const en = firstSentence((await ask('did i spend less than last month?')).text);
      expect(en).toMatch(new RegExp(`^${now.lt(before) ? 'Yes' : 'No'}: `));
      expect(en).toContain(formatWon(now, 'en'));
    });
  });

  describe('QA round 19 (r19-followups): follow-ups that inherit the question before', () => {
    it('"대출 얼마 남았어요?" → "그럼 6개월 뒤엔?" / "and in 6 months?" → the principal left after six more instalments, with that day; past the maturity → nothing left', async () => {
      const { balance, rows } = await unpaidRows();
      expect(rows.length).toBeGreaterThan(6);
      const sixth = rows[5];
      const first = await ask('대출 얼마 남았어요?');
      const ko = await ask('그럼 6개월 뒤엔?', first.conversationId);
      expect(ko.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(ko.text)).toContain(formatDate(sixth.dueDate, 'ko', today()));
      expect(firstSentence(ko.text)).toContain(
        `남은 원금은 ${formatWon(sixth.remainingBalance.amount, 'ko')}입니다`,
      );
      expect(firstSentence(ko.text)).toContain(`지금 ${formatWon(balance, 'ko')}`);
      const en1 = await ask('how much is left on my loan?');
      const en = await ask('and in 6 months?', en1.conversationId);
      expect(en.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(en.text)).toContain(
        `After the next 6 instalments (${formatDate(sixth.dueDate, 'en', today())})`,
      );
      expect(firstSentence(en.text)).toContain(
        `${formatWon(sixth.remainingBalance.amount, 'en')} of principal left`,
      );
      const past = rows.length + 4;
      const beyond = await ask(`and in ${past} months?`, en.conversationId);
      expect(firstSentence(beyond.text)).toContain(formatDate(rows[rows.length - 1].dueDate, 'en', today()));
      expect(firstSentence(beyond.text)).toContain(`nothing is left in ${past} months`);
    });

    it('"1000만원 중도상환하면 이자 얼마나 줄어요?" → "그럼 6개월 뒤에 갚으면?" / "what if i do it in 6 months?" → the same prepayment on the sixth instalment\'s due day, against today\'s', async () => {
      const res = await t.request<{
        me: {
          customer: {
            loans: {
              status: string;
              now: { interestSaved: { amount: string } } | null;
              later: {
                asOf: string;
                interestSaved: { amount: string };
                paymentBefore: { amount: string };
                paymentAfter: { amount: string };
              } | null;
            }[];
          };
        };
      }>(
        `{ me { customer { loans { status
           now: prepaymentEffect(amount: "10000000") { interestSaved { amount } }
           later: prepaymentEffect(amount: "10000000", afterInstallments: 6) {
             asOf interestSaved { amount } paymentBefore { amount } paymentAfter { amount } } } } } }`,
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      const loan = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!;
      const { rows } = await unpaidRows();
      const later = loan.later!;
      const now = loan.now!;
      expect(later.asOf).toBe(rows[5].dueDate);
      const less = new Decimal(now.interestSaved.amount).minus(later.interestSaved.amount);
      expect(less.isPositive()).toBe(true);
      const first = await ask('1000만원 중도상환하면 이자 얼마나 줄어요?');
      const ko = await ask('그럼 6개월 뒤에 갚으면?', first.conversationId);
      expect(ko.topic?.intent).toBe('PREPAYMENT_EFFECT');
      expect(firstSentence(ko.text)).toContain(
        `6회 더 내신 뒤(${formatDate(later.asOf, 'ko', today())}) 10,000,000원을`,
      );
      expect(firstSentence(ko.text)).toContain(
        `남은 기간 이자는 ${formatWon(later.interestSaved.amount, 'ko')} 줄어듭니다`,
      );
      expect(firstSentence(ko.text)).toContain(
        `지금 갚을 때(${formatWon(now.interestSaved.amount, 'ko')})보다 ${formatWon(less.toString(), 'ko')} 적습니다`,
      );
      const en1 = await ask('if i prepay 10 million how much interest do i save?');
      const en = await ask('what if i do it in 6 months?', en1.conversationId);
      expect(en.topic?.intent).toBe('PREPAYMENT_EFFECT');
      expect(firstSentence(en.text)).toContain(
        `after the next 6 instalments (${formatDate(later.asOf, 'en', today())}) saves ${formatWon(later.interestSaved.amount, 'en')} of interest`,
      );
      expect(firstSentence(en.text)).toContain(
        `${formatWon(less.toString(), 'en')} less than prepaying now (${formatWon(now.interestSaved.amount, 'en')})`,
      );
      expect(firstSentence(en.text)).toContain(
        `from ${formatWon(later.paymentBefore.amount, 'en')} to ${formatWon(later.paymentAfter.amount, 'en')}`,
      );
    });

    it('loan.prepaymentEffect(afterInstallments): past the last instalment → null; out of range → a bad input', async () => {
      const { rows } = await unpaidRows();
      const past = await t.request<{
        me: { customer: { loans: { status: string; prepaymentEffect: unknown }[] } };
      }>(
        `{ me { customer { loans { status prepaymentEffect(amount: "1000000", afterInstallments: ${rows.length}) { asOf } } } } }`,
        {},
        token,
      );
      expect(past.errors).toBeUndefined();
      expect(past.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.prepaymentEffect).toBeNull();
      const bad = await t.request(
        '{ me { customer { loans { prepaymentEffect(amount: "1000000", afterInstallments: 121) { asOf } } } } }',
        {},
        token,
      );
      expect(bad.errors?.[0]?.message).toContain('afterInstallments');
    });

    it('"9월에 얼마 썼어?" → "그 전달은?" / "and the month before?" → August (the month before the one named)', async () => {
      const back = (Number(today().slice(5, 7)) - 8 + 12) % 12;
      const august = await spentTotal(
        back === 0 ? 'period: THIS_MONTH' : `period: MONTHS_AGO, months: ${back}`,
      );
      const first = await ask('9월에 얼마 썼어?');
      const ko = await ask('그 전달은?', first.conversationId);
      expect(firstSentence(ko.text)).toContain(`8월 카드 지출은 ${formatWon(august, 'ko')}입니다`);
      const en1 = await ask('how much did i spend in september?');
      const en = await ask('and the month before?', en1.conversationId);
      expect(firstSentence(en.text)).toContain(`You spent ${formatWon(august, 'en')} in August`);
    });

    it('"9월에 얼마 썼어?" → "그 다음 달은?" → October; "3분기에 얼마 썼어?" → "그 전 분기는?" / "and the quarter before?" → the second quarter', async () => {
      const back = (Number(today().slice(5, 7)) - 10 + 12) % 12;
      const october = await spentTotal(
        back === 0 ? 'period: THIS_MONTH' : `period: MONTHS_AGO, months: ${back}`,
      );
      const first = await ask('9월에 얼마 썼어?');
      const ko = await ask('그 다음 달은?', first.conversationId);
      expect(ko.topic?.intent).toBe('SPENDING');
      expect(firstSentence(ko.text)).toContain(`10월 카드 지출은 ${formatWon(october, 'ko')}입니다`);
      // The third quarter as the demo data has it (this year's, run in its fourth quarter).
      const year = today().slice(0, 4);
      const q2 = await spentTotal(`period: DATES, from: "${year}-04-01", through: "${year}-06-30"`);
      const q3 = await ask('3분기에 얼마 썼어?');
      const before = await ask('그 전 분기는?', q3.conversationId);
      expect(firstSentence(before.text)).toContain(
        `${year}년 2분기 카드 지출은 ${formatWon(q2, 'ko')}입니다`,
      );
      const en1 = await ask('how much did i spend in Q3?');
      const en = await ask('and the quarter before?', en1.conversationId);
      expect(firstSentence(en.text)).toContain(`You spent ${formatWon(q2, 'en')} in Q2 ${year}`);
    });

    it('"올해 여행에 얼마 썼어?" → "그 중에 호텔은?" / "how much of that was hotels?" → the hotels this year', async () => {
      const hotels = await spentTotal('period: THIS_YEAR, merchant: "호텔"');
      const first = await ask('올해 여행에 얼마 썼어?');
      const ko = await ask('그 중에 호텔은?', first.conversationId);
      expect(ko.topic?.intent).toBe('SPENDING');
      expect(firstSentence(ko.text)).toContain(
        `올해 호텔에서 쓰신 카드 금액은 ${formatWon(hotels, 'ko')}입니다`,
      );
      const en1 = await ask('how much did i spend on travel this year?');
      const en = await ask('how much of that was hotels?', en1.conversationId);
      expect(firstSentence(en.text)).toContain(`You spent ${formatWon(hotels, 'en')} at hotels this year`);
    });

    it('"이번 달 지출 얼마야?" → "작년 이맘때랑 비교하면?" / "compared to this time last year?" → this month so far against the same days a year back', async () => {
      const now = await spentTotal('period: THIS_MONTH');
      const from = addMonths(`${today().slice(0, 8)}01`, -12);
      const through = addMonths(today(), -12);
      const before = await spentTotal(`period: DATES, from: "${from}", through: "${through}"`);
      const first = await ask('이번 달 지출 얼마야?');
      const ko = await ask('작년 이맘때랑 비교하면?', first.conversationId);
      expect(ko.topic?.intent).toBe('SPENDING');
      const lead = firstSentence(ko.text);
      expect(lead).toContain(
        `작년 같은 기간(${formatDate(from, 'ko', today())} ~ ${formatDate(through, 'ko', today())})`,
      );
      expect(lead).toContain(formatWon(now, 'ko'));
      if (before === '0') expect(lead).toContain('카드 결제 기록이 없어 비교할 수 없습니다');
      else expect(lead).toContain(formatWon(before, 'ko'));
      const en1 = await ask('how much did i spend this month?');
      const en = await ask('compared to this time last year?', en1.conversationId);
      expect(en.topic?.intent).toBe('SPENDING');
      expect(firstSentence(en.text)).toContain(
        `the same days last year (${formatDate(from, 'en', today())} to ${formatDate(through, 'en', today())})`,
      );
      expect(firstSentence(en.text)).toContain(formatWon(now, 'en'));
    });
  });

  it('QA round 19 (money left, the score, terms): the card bill due this month beside the month’s money left; a card’s effect on the credit score; debit vs credit explained, not a card recommended', async () => {
    const left = await ask('이번달 남은 돈 얼마에요?');
    expect(left.topic?.intent).toBe('SAVINGS');
    // The bill due this month beside the money left, and what income less the loans and that bill leaves or lacks.
    const won = (v: string) => new Decimal(v.replace(/,/g, ''));
    const short =
      /^이번 달은 돈이 모자랄 수 있습니다: 이번 달 결제일에 통장에서 나가는 카드값 약 ([\d,]+)원\(지난달 사용분\)과 대출 납입 ([\d,]+)원(?:\(\d+월 \d+일 \(.\) (?:납입 완료|예정)\))?을 월 소득 ([\d,]+)원에서 빼면 ([\d,]+)원이 모자랍니다/.exec(
        left.text,
      );
    const aside =
      /카드값은 약 ([\d,]+)원\(지난달 사용분\)이라, 월 소득에서 대출 납입(?: [\d,]+원\(\d+월 \d+일 \(.\) (?:납입 완료|예정)\))?과 이 카드값을 빼면 ([\d,]+)원이 남습니다/.exec(
        left.text,
      );
    // Short: said first, on that basis alone (QA round 20); otherwise beside the money left. The arithmetic holds.
    if (short) {
      expect(won(short[4]).toFixed(0)).toBe(
        won(short[1]).plus(won(short[2])).minus(won(short[3])).toFixed(0),
      );
      expectMoneyLeft(left.text, '');
    } else {
      const head = /월 소득 ([\d,]+)원에서 대출 납입 ([\d,]+)원과/.exec(left.text)!;
      expect(head).not.toBeNull();
      const rest = won(head[1]).minus(won(head[2])).minus(won(aside![1]));
      expect(rest.gte(0)).toBe(true);
      expect(won(aside![2]).toFixed(0)).toBe(rest.toFixed(0));
    }
    const close = await ask('카드 해지하면 신용점수 떨어져요?');
    expect(close.topic?.intent).toBe('HEALTH_SCORE');
    expect(firstSentence(close.text)).toBe(
      '카드를 해지해도 신용점수가 크게 떨어지지는 않습니다. 다만 오래 쓴 카드나 하나뿐인 신용카드를 해지하면 신용거래 기간과 쓸 수 있는 한도가 줄어 약간 불리할 수 있으니, 연회비가 부담되지 않으면 오래된 카드는 남겨 두는 편이 낫습니다. 해지 전에 남은 할부와 자동이체를 정리하세요.',
    );
    expect(close.text).toContain(`등록된 신용점수는 1000점 만점에 ${await creditScore()}점입니다.`);
    const types = await ask('체크카드랑 신용카드 뭐가 나아요?');
    expect(types.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(types.text)).toMatch(/^체크카드는 통장에 있는 돈만큼/);
    expect(types.text).not.toContain('추천');
  });

  it('QA round 19 (follow-ups on the answer): "거치기간 있어요?" their loan’s terms first; "2% 오르면요?" after their rate is the rise on their loans; a jeonse deposit said again', async () => {
    const grace = await ask('거치기간 있어요?');
    expect(grace.topic?.intent).toBe('PRODUCT_QUESTION');
    expect(firstSentence(grace.text)).toMatch(/^고객님의 .+(?:거치기간 없음|거치기간 \d+개월)입니다\.$/);
    const rate = await ask('내 대출 금리 몇 프로예요?');
    const rise = await ask('2% 오르면요?', rate.conversationId);
    expect(rise.topic?.intent).toBe('LOANS_OVERVIEW');
    expect(rise.text).toMatch(/2%p/);
    const deposit = await ask('전세 보증금 3억이면 전세대출 얼마까지 돼요?');
    const again = await ask('2억이면요?', deposit.conversationId);
    expect(again.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(again.text)).toContain('전세보증금이 200,000,000원이면');
  });

  it('bad input (2026-11-28): a limit on a term no loan has says it cannot be worked out, never an empty answer', async () => {
    const a = await ask('99년 만기로 대출 한도 얼마?');
    expect(a.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(a.text)).toBe(
      '말씀하신 조건으로는 한도를 계산할 수 없습니다. 대출 종류와 기간(예: 주담대 30년, 신용대출 60개월)을 다시 알려 주시면 그 조건으로 계산해 드릴게요.',
    );
  });

  it('QA round 20 (lead): everything owed with the card, revolving’s cost on their bill, the payment six months on, a month not yet come, the repayments made, the loan number, the agreement and net worth', async () => {
    const ov = await t.request<{
      me: {
        customer: {
          loans: {
            status: string;
            loanNumber: string;
            lender: string;
            balance: { amount: string };
            repaymentHistory: {
              paidOn: string;
              amount: { amount: string };
              principal: { amount: string };
              interest: { amount: string };
              balanceAfter: { amount: string };
            }[];
            schedule: {
              edges: {
                node: { number: number; dueDate: string; paid: boolean; payment: { amount: string } };
              }[];
            };
          }[];
        };
      };
    }>(
      `{ me { customer { loans { status loanNumber lender balance { amount }
         repaymentHistory { paidOn amount { amount } principal { amount } interest { amount } balanceAfter { amount } }
         schedule(first: 100) { edges { node { number dueDate paid payment { amount } } } } } } } }`,
      {},
      token,
    );
    expect(ov.errors).toBeUndefined();
    const active = ov.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    const owed = active.reduce((a, l) => a + BigInt(l.balance.amount), 0n);
    const { bill } = await cardBillOf(today());
    // Everything owed with the card: the loans' principal left plus this month's bill, summed first — the debt, not
    // money "to pay" (QA round 24, spend24b: was "갚을 돈은 모두 약 …").
    const debt = await ask('내 빚 총 얼마야? 카드값까지');
    expect(debt.topic?.intent).toBe('LOANS_OVERVIEW');
    expect(firstSentence(debt.text)).toBe(
      `빚은 모두 약 ${formatWon((owed + bill).toString(), 'ko')}입니다: 대출 남은 원금 ${formatWon(owed.toString(), 'ko')}과 이번 달 카드값 약 ${formatWon(bill.toString(), 'ko')}.`,
    );
    const debtEn = await ask("what's my total debt including my card bill?");
    expect(firstSentence(debtEn.text)).toContain(
      `come to about ${formatWon((owed + bill).toString(), 'en')} in all`,
    );
    // Revolving's cost on their own bill: the usual 10 % minimum paid, the rest carried a month at 15–19.9 % a year.
    const what = await ask('리볼빙이 뭐야?');
    const cost = await ask('그럼 나는 얼마 들어?', what.conversationId);
    expect(cost.topic?.intent).toBe('PRODUCT_QUESTION');
    const minimum = (bill + 9n) / 10n;
    const carried = bill - minimum;
    const fee = (rate: number) => formatWon(((carried * BigInt(rate)) / 12_000n).toString(), 'ko');
    expect(firstSentence(cost.text)).toBe(
      `이번 달 카드값 약 ${formatWon(bill.toString(), 'ko')} 중 최소결제 10 %인 ${formatWon(minimum.toString(), 'ko')}만 내고 ${formatWon(carried.toString(), 'ko')}을 리볼빙으로 넘기면, 수수료가 연 15~19.9 %일 때 한 달에 약 ${fee(150)}~${fee(199)}이 붙어 다음 달 카드값에 더해집니다.`,
    );
    const costEn = await ask('how much would revolving cost me on this month’s bill?');
    expect(firstSentence(costEn.text)).toContain(
      `carrying ${formatWon(carried.toString(), 'en')} as revolving credit`,
    );
    // The payment six instalments after the next, with its date.
    const l = active.find((x) => x.schedule.edges.some((e) => !e.node.paid))!;
    const open = l.schedule.edges.map((e) => e.node).filter((n) => !n.paid);
    const next = await ask('다음 납입일 언제예요?');
    const six = await ask('그럼 6개월 뒤엔?', next.conversationId);
    expect(six.topic?.intent).toBe('NEXT_PAYMENT');
    if (open.length > 6)
      expect(firstSentence(six.text)).toContain(
        `${formatDate(open[6].dueDate, 'ko', today())}, ${formatWon(open[6].payment.amount, 'ko')}입니다`,
      );
    else expect(firstSentence(six.text)).toContain('6개월 뒤에는 낼 납입이 없습니다');
    const sixEn = await ask('and in 6 months?', (await ask('when is my next payment?')).conversationId);
    expect(sixEn.topic?.intent).toBe('NEXT_PAYMENT');
    expect(firstSentence(sixEn.text)).toMatch(/^6 months on, your .+ payment is ₩[\d,]+, due /);
    // The month after this one has not come (was the same month last year).
    const month = Number(today().slice(5, 7));
    const spent = await ask(`${month}월에 얼마 썼어?`);
    const after = await ask('그 다음 달은?', spent.conversationId);
    expect(after.topic?.intent).toBe('SPENDING');
    expect(firstSentence(after.text)).toMatch(
      new RegExp(`^${month === 12 ? 1 : month + 1}월은 아직 오지 않아 쓴 돈이 없습니다`),
    );
    expect(after.text).toContain(
      `이번 달 카드 지출은 ${formatWon(await spentTotal('period: THIS_MONTH'), 'ko')}`,
    );
    // The repayments made: the count and the newest first (not the schedule ahead).
    const made = l.repaymentHistory.slice().sort((a, b) => b.paidOn.localeCompare(a.paidOn));
    const history = await ask('상환내역 보여줘');
    expect(history.topic?.intent).toBe('LOANS_OVERVIEW');
    expect(firstSentence(history.text)).toMatch(new RegExp(`납입이 ${made.length}번 기록되어 있고`));
    expect(history.text.split('\n')[1]).toBe(
      `- ${formatDate(made[0].paidOn, 'ko', today())} ${formatWon(made[0].amount.amount, 'ko')} (원금 ${formatWon(made[0].principal.amount, 'ko')}, 이자 ${formatWon(made[0].interest.amount, 'ko')}; 남은 원금 ${formatWon(made[0].balanceAfter.amount, 'ko')})`,
    );
    const historyEn = await ask('show my repayment history');
    expect(firstSentence(historyEn.text)).toContain(`${made.length} payments recorded`);
    // The loan number, the agreement (the lender's document) and net worth (no assets held here).
    const number = await ask('내 대출번호 뭐야?');
    expect(firstSentence(number.text)).toContain(`대출번호는 ${l.loanNumber}입니다`);
    const numberEn = await ask("what's my loan number?");
    expect(firstSentence(numberEn.text)).toContain(`loan number ${l.loanNumber}`);
    const contract = await ask('대출 약정서 보여줘');
    expect(firstSentence(contract.text)).toMatch(/^대출거래약정서\(대출 계약서\)는 이 앱에 보관되지 않고/);
    expect(contract.text).toContain(`대출번호 ${l.loanNumber}`);
    const worth = await ask('내 순자산 얼마야?');
    expect(firstSentence(worth.text)).toContain(
      `부채는 대출 남은 원금 ${formatWon(owed.toString(), 'ko')}입니다`,
    );
    const worthEn = await ask("what's my net worth?");
    expect(firstSentence(worthEn.text)).toMatch(/^I can’t work out your net worth/);
    for (const a of [
      debt,
      debtEn,
      cost,
      costEn,
      six,
      sixEn,
      after,
      history,
      historyEn,
      number,
      contract,
      worth,
      worthEn,
    ])
      expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 20 (lead, follow-ups and tone): "그럼 어떻게 해요?" leads with the steps (how to apply for each option); "am i in financial trouble?" a verdict from the health band; a family member ill is met in one clause first; "freaking out" is worry', async () => {
    const offers = await ask('대출 갈아타면 이자 얼마 아껴?');
    const how = await ask('그럼 어떻게 해요?', offers.conversationId);
    expect(how.topic?.intent).toBe('REFINANCE');
    // QA round 22 (shortfu): the first step said as a sentence (a reply never opens with the steps' header).
    expect(firstSentence(how.text)).toMatch(
      /^먼저 이것부터 하세요: (?:금리를 낮춰 재약정하려면|다른 금융회사로 갈아타려면)/,
    );
    const howEn = await ask('what should i do?', (await ask('can i save by refinancing?')).conversationId);
    expect(firstSentence(howEn.text)).toMatch(/^First: /);
    const score = await t.request<{
      me: { customer: { healthScore: { score: number; band: string } | null } };
    }>('{ me { customer { healthScore { score band } } } }', {}, token);
    const hs = score.data!.me.customer.healthScore!;
    const verdict = {
      HEALTHY: 'No, you are in reasonable shape:',
      COPING: 'Not in trouble, but stretched:',
      VULNERABLE: 'Yes, things need attention:',
    }[hs.band]!;
    const trouble = await ask('am i in financial trouble? be honest');
    expect(trouble.topic?.intent).toBe('HEALTH_SCORE');
    expect(firstSentence(trouble.text)).toMatch(
      new RegExp(`^${verdict} your financial health score for .+ is ${hs.score} out of 100`),
    );
    const troubleKo = await ask('내 재정 상태 괜찮은 거야?');
    expect(troubleKo.topic?.intent).toBe('HEALTH_SCORE');
    expect(firstSentence(troubleKo.text)).toContain(`${hs.score}점`);
    const care = await ask('엄마가 아파서 병원비가 필요한데 대출 받을 수 있을까요');
    expect(care.topic?.intent).toBe('LOAN_LIMIT');
    expect(care.emotion?.label).toBe('ANXIOUS');
    expect(firstSentence(care.text)).toMatch(
      /^가족분이 아프셔서 마음이 많이 쓰이실 텐데, 필요한 것부터 말씀드릴게요\. .*[\d,]+원/,
    );
    const careEn = await ask('my mom is sick and i need money for the hospital, can i borrow?');
    expect(firstSentence(careEn.text)).toMatch(/^I’m sorry someone in your family is unwell; .*₩[\d,]+/);
    const freak = await ask('im freaking out about my loan');
    expect(freak.emotion?.label).toBe('ANXIOUS');
    for (const a of [how, howEn, trouble, troubleKo, care, careEn, freak])
      expect(renderingErrors(a.text)).toEqual([]);
  });

  describe('QA round 20 (card): the card’s own terms, its instalments, a card bill that cannot be paid, revolving judged', () => {
    /** The open card as the answers name it: the issuer, then the product without the issuer's name repeated. */
    async function ownCardOf(lang: 'ko' | 'en') {
      const res = await t.request<{
        me: {
          customer: {
            cards: {
              productName: string;
              closedOn: string | null;
              issuer: { nameKo: string; nameEn: string };
            }[];
          };
        };
      }>('{ me { customer { cards { productName closedOn issuer { nameKo nameEn } } } } }', {}, token);
      expect(res.errors).toBeUndefined();
      const c = res.data!.me.customer.cards.find((x) => !x.closedOn)!;
      const product = c.productName.startsWith(c.issuer.nameKo)
        ? c.productName.slice(c.issuer.nameKo.length).trim()
        : c.productName;
      const issuer = lang === 'ko' ? c.issuer.nameKo : c.issuer.nameEn;
      return { issuer, name: `${issuer} “${product}”` };
    }
    /** The card instalment plans still billed, from the transactions: principal left in all, and the plans' months. */
    async function instalmentsLeft() {
      type Tx = { occurredAt: string; amount: { amount: string }; instalmentMonths: number; kind: string };
      const txs = await cardTransactions<Tx>('occurredAt amount { amount } instalmentMonths kind');
      const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
      let left = 0n;
      const months: number[] = [];
      for (const x of txs.filter((tx) => tx.kind === 'PURCHASE' && tx.instalmentMonths >= 2)) {
        const n = x.instalmentMonths;
        const billed = Math.min(n, Math.max(0, month(today()) - month(koreanDate(new Date(x.occurredAt)))));
        if (billed === n) continue;
        const amount = BigInt(x.amount.amount);
        left += billed === 0 ? amount : (amount / BigInt(n)) * BigInt(n - billed);
        months.push(n);
      }
      return { left: left.toString(), months };
    }

    it('the annual fee: what fingraph does not hold and where it is, their card named — not the transactions, fraud or a loan', async () => {
      const ko = await ownCardOf('ko');
      for (const q of ['카드 연회비 얼마야?', '우리카드 연회비 얼마에요?']) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('PRODUCT_QUESTION');
        expect(firstSentence(a.text)).toBe(
          `고객님 카드(${ko.name})의 연회비는 카드사가 상품마다 정해 명세서로 청구하는 금액이라 이 앱에는 들어와 있지 않습니다: ${ko.issuer} 앱의 카드 정보(상품 안내)나 연회비가 청구된 달의 명세서에서 확인하세요.`,
        );
        expect(a.text).not.toMatch(/말씀하신 대출|전세자금대출/);
        expect(renderingErrors(a.text)).toEqual([]);
      }
      const en = await ownCardOf('en');
      for (const q of ["what's the annual fee on my card?", 'how much is the yearly fee for my woori card']) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('PRODUCT_QUESTION');
        expect(firstSentence(a.text)).toMatch(
          new RegExp(`^The annual fee on your ${escapeRegExp(en.name)} is set by the card company`),
        );
        expect(a.text).not.toMatch(/the loan you mentioned|jeonse|unusual/i);
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('interest-free instalments, the months, the fee: the card company’s, with their own plans and the fee on this month’s bill', async () => {
      const { left, months } = await instalmentsLeft();
      const ko = await ownCardOf('ko');
      const free = await ask('무이자 할부 돼?');
      expect(free.topic?.intent).toBe('PRODUCT_QUESTION');
      expect(firstSentence(free.text)).toMatch(
        new RegExp(
          `^고객님 카드\\(${escapeRegExp(ko.name)}\\)의 무이자 할부는 카드사가 가맹점·업종과 기간을 정해 여는 행사`,
        ),
      );
      if (months.length) {
        expect(free.text).toContain(`남은 원금은 모두 ${formatWon(left, 'ko')}`);
        expect(free.text).toContain(`${months[0]}개월 할부`);
      }
      expect(renderingErrors(free.text)).toEqual([]);
      for (const q of [
        'can i get interest-free instalments?',
        'can i split my purchase into installments with no interest?',
      ]) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('PRODUCT_QUESTION');
        expect(firstSentence(a.text)).toMatch(
          /^Interest-free instalments on your .+ are the card company’s promotions/,
        );
        if (months.length) expect(a.text).toContain(`${formatWon(left, 'en')} of principal left in all`);
      }
      const howLong = await ask('할부 몇 개월까지 돼?');
      expect(firstSentence(howLong.text)).toMatch(/^할부는 보통 2~12개월로 나눌 수 있고/);
      const howLongEn = await ask('how many months can i split a purchase?');
      expect(firstSentence(howLongEn.text)).toMatch(/^A purchase can usually be split over 2 to 12 months/);
      expect(howLongEn.text).not.toMatch(/latest|transactions/i);

      const { bill } = await cardBillOf(today());
      const fee = (r: string) =>
        formatWon(new Decimal(bill.toString()).times(r).div(12).times(7).div(2).floor().toFixed(0), 'ko');
      for (const q of ['할부전환 수수료 얼마야?', '할부 수수료율 몇 프로야']) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('PRODUCT_QUESTION');
        expect(firstSentence(a.text)).toContain('대체로 연 10~19.9%로 법정 최고금리 연 20%보다 낮습니다');
        if (bill > 0n)
          expect(a.text).toContain(
            `이번 달 카드값 약 ${formatWon(bill.toString(), 'ko')}을 6개월 할부로 전환하면`,
          );
        if (bill > 0n) expect(a.text).toContain(`모두 약 ${fee('0.1')}~${fee('0.199')}입니다`);
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('instalments running and what is left on them: the card’s plans, not the loan’s arrears or balance', async () => {
      const { left, months } = await instalmentsLeft();
      const a = await ask('do i have any instalments running?');
      expect(a.topic?.intent).toBe('CARD_TRANSACTIONS');
      const b = await ask('how much is left on it?', a.conversationId);
      expect(b.topic?.intent).toBe('CARD_TRANSACTIONS');
      for (const x of [a, b])
        if (months.length)
          expect(firstSentence(x.text)).toContain(
            `You have ${formatWon(left, 'en')} of card instalment principal left`,
          );
        else expect(firstSentence(x.text)).toBe('You have no card instalment purchases still being billed.');
    });

    it('a card bill that cannot be paid: the bill, what missing it costs, conversion and revolving on it — not the loan’s payment', async () => {
      const { bill } = await cardBillOf(today());
      const loanPayment = loans[0].nextPayment!.payment.amount;
      const skip = await ask("i think i'll have to skip the card payment this month");
      const cant = await ask('what if i cant?', skip.conversationId);
      const billed = await ask('whats my card bill this month');
      const cantPay = await ask('what if i cant pay it?', billed.conversationId);
      for (const a of [skip, cant, cantPay]) {
        expect(a.topic?.intent).toBe('HARDSHIP');
        expect(firstSentence(a.text)).toContain(billDueSentence(bill, 'en'));
        expect(a.text).toContain('₩100,000 or more unpaid for 5 business days is reported');
        expect(a.text).toMatch(/converting this month’s card bill .* into 6 monthly instalments/);
        expect(a.text).toMatch(/as revolving credit would cost about/);
        expect(a.text).not.toContain(formatWon(loanPayment, 'en'));
        expect(renderingErrors(a.text)).toEqual([]);
      }
      const ko = await ask('카드값 못 낼 것 같아요');
      expect(ko.topic?.intent).toBe('HARDSHIP');
      expect(firstSentence(ko.text)).toContain(billDueSentence(bill, 'ko'));
      expect(ko.text).not.toContain(formatWon(loanPayment, 'ko'));
      expect(renderingErrors(ko.text)).toEqual([]);
      const late = await ask('카드값 이번 달 못 내면 어떻게 돼?');
      expect(late.topic?.intent).toBe('ARREARS');
      expect(firstSentence(late.text)).toContain(billDueSentence(bill, 'ko'));
      expect(late.text).not.toContain(formatWon(loanPayment, 'ko'));
    });

    it('revolving’s cost judged against their loan’s rate; what revolving does to their credit score, with the score', async () => {
      const res = await t.request<{ me: { customer: { loans: { status: string; annualRate: string }[] } } }>(
        '{ me { customer { loans { status annualRate } } } }',
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      const rate = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.annualRate;
      const what = await ask('what is revolving');
      const cost = await ask('how much would that cost me', what.conversationId);
      const lot = await ask('is that a lot?', cost.conversationId);
      expect(lot.topic?.intent).toBe('PRODUCT_QUESTION');
      expect(firstSentence(lot.text)).toMatch(
        /^Yes, it is a lot: a revolving fee of 15–19\.9% a year is close to the legal maximum of 20%/,
      );
      expect(firstSentence(lot.text)).toContain(formatAnnualRate(rate, 'en'));
      expect(lot.text).toMatch(/as revolving credit would cost about/);
      const whatKo = await ask('리볼빙이 뭐야?');
      const costKo = await ask('그럼 나는 얼마 들어?', whatKo.conversationId);
      const lotKo = await ask('그게 많은 거예요?', costKo.conversationId);
      expect(firstSentence(lotKo.text)).toMatch(
        /^네, 적지 않은 비용입니다: 리볼빙 수수료 연 15~19\.9%는 법정 최고금리 연 20%에/,
      );
      expect(firstSentence(lotKo.text)).toContain(formatAnnualRate(rate, 'ko'));
      expect(renderingErrors(lotKo.text)).toEqual([]);

      const score = await creditScore();
      const s = await ask('whats my credit score');
      const drop = await ask('will it drop if i use revolving?', s.conversationId);
      expect(drop.topic?.intent).toBe('HEALTH_SCORE');
      expect(firstSentence(drop.text)).toMatch(
        /^Revolving carries part of your card bill to next month as debt/,
      );
      expect(drop.text).toContain(`Your credit score on file is ${score}`);
      const ko = await ask('리볼빙 쓰면 신용점수 떨어져요?');
      expect(ko.topic?.intent).toBe('HEALTH_SCORE');
      expect(ko.text).toContain(`${score}점`);
    });
  });

  describe('QA round 20 (spend): department stores by brand, a category cut, the bill with the trip abroad, follow-ups on spending', () => {
    it('"현대백화점에서 얼마 썼어?", "+롯데백화점은?", "hyundai dept store …", "+and lotte?" → each brand its own total, not the department stores together', async () => {
      const period = 'period: LAST_N_MONTHS, months: 12';
      const [hyundai, lotte, all] = await Promise.all([
        spentTotal(`${period}, merchant: "현대백화점"`),
        spentTotal(`${period}, merchant: "롯데백화점"`),
        spentTotal(`${period}, merchant: "백화점"`),
      ]);
      expect(new Decimal(hyundai).gt(0) && new Decimal(lotte).gt(0)).toBe(true); // the demo customer shops at both
      // QA round 21 (left20): a shop without a period is this month to date; with nothing there this month, its last
      // 12 months follow in the same sentence.
      const [hyundaiNow, lotteNow] = await Promise.all([
        spentTotal('period: THIS_MONTH, merchant: "현대백화점"'),
        spentTotal('period: THIS_MONTH, merchant: "롯데백화점"'),
      ]);
      const ko12 = (name: string, now: string, year: string) =>
        now === '0'
          ? [`이번 달 ${name}에서 카드로 결제하신 내역은 없습니다`, `${formatWon(year, 'ko')}입니다`]
          : [`이번 달 ${name}에서 쓰신 카드 금액은 ${formatWon(now, 'ko')}입니다`];
      const en12 = (name: string, now: string, year: string) =>
        now === '0'
          ? [
              `You have no card payments at ${name} this month`,
              `Over the last 12 months you spent ${formatWon(year, 'en')} there`,
            ]
          : [`You spent ${formatWon(now, 'en')} at ${name} this month`];
      const ko = await ask('현대백화점에서 얼마 썼어?');
      for (const part of ko12('현대백화점', hyundaiNow, hyundai))
        expect(firstSentence(ko.text)).toContain(part);
      const koLotte = await ask('롯데백화점은?', ko.conversationId);
      for (const part of ko12('롯데백화점', lotteNow, lotte))
        expect(firstSentence(koLotte.text)).toContain(part);
      const en = await ask('hyundai dept store how much did i spend there');
      for (const part of en12('Hyundai Department Store', hyundaiNow, hyundai))
        expect(firstSentence(en.text)).toContain(part);
      const enLotte = await ask('and lotte?', en.conversationId);
      for (const part of en12('Lotte Department Store', lotteNow, lotte))
        expect(firstSentence(enLotte.text)).toContain(part);
      // The kind alone stays every department store.
      const group = await ask('백화점에서 얼마 썼어?');
      expect(firstSentence(group.text)).toContain(formatWon(all, 'ko'));
      for (const x of [ko, koLotte, en, enLotte, group]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"쇼핑 30만원으로 줄이면 얼마 절약?", "식비 20만원으로 줄이면 얼마 아껴?", "외식비 10만원 줄이면 1년에 얼마 모여?", "if i cut food to 200k won a month …" → the saving against the last three complete months', async () => {
      const months = await Promise.all([3, 2, 1].map((m) => summary(`period: MONTHS_AGO, months: ${m}`)));
      const avgOf = (code: string) => months.reduce((a, m) => a.plus(partOf(m, code)), new Decimal(0)).div(3);
      const cap = new Decimal(300_000);
      const shopping = avgOf('SHOPPING');
      const save = Decimal.max(shopping.toDecimalPlaces(0).minus(cap), 0);
      const shop = await ask('쇼핑 30만원으로 줄이면 얼마 절약?');
      expect(shop.topic?.intent).toBe('SPENDING');
      expect(firstSentence(shop.text)).toContain(
        save.gt(0)
          ? `쇼핑을 월 300,000원으로 줄이면 한 달에 약 ${formatWon(save.toFixed(0), 'ko')}`
          : '쇼핑을 월 300,000원으로 줄여도 아껴지는 돈은 0원입니다',
      );
      expect(shop.text).toContain(`월평균이 약 ${formatWon(shopping.toDecimalPlaces(0).toFixed(0), 'ko')}`);
      const food = avgOf('FOOD').toDecimalPlaces(0);
      const foodCut = await ask('식비 20만원으로 줄이면 얼마 아껴?');
      expect(firstSentence(foodCut.text)).toMatch(
        food.gt(200_000)
          ? new RegExp(
              `^식비를 월 200,000원으로 줄이면 한 달에 약 ${escapeRegExp(formatWon(food.minus(200_000).toFixed(0), 'ko'))}`,
            )
          : /^식비를 월 200,000원으로 줄여도 아껴지는 돈은 0원입니다/,
      );
      expect(foodCut.text).toContain(`식비(외식·카페·배달) 월평균`);
      expect(foodCut.text).toContain(
        `장보기(월평균 약 ${formatWon(avgOf('GROCERY').toDecimalPlaces(0).toFixed(0), 'ko')})`,
      );
      const by = await ask('외식비 10만원 줄이면 1년에 얼마 모여?');
      if (food.gte(100_000)) {
        expect(firstSentence(by.text)).toContain('매달 100,000원씩 줄이면 1년에 1,200,000원이 모입니다');
        expect(by.text).toContain(`월평균은 약 ${formatWon(food.toFixed(0), 'ko')}`);
      } else
        expect(firstSentence(by.text)).toContain(
          `월평균 약 ${formatWon(food.toFixed(0), 'ko')}이라 매달 100,000원씩`,
        );
      // An amount above the average month: what can be cut at most, first (was a year's sum of ₩11,999,999,999,988).
      const huge = await ask('what if i cut eating out by 999999999999 won');
      expect(huge.topic?.intent).toBe('SPENDING');
      expect(firstSentence(huge.text)).toContain(
        `You spend only about ${formatWon(food.toFixed(0), 'en')} a month on eating out, so ₩999,999,999,999 a month cannot be cut: at most about ${formatWon(food.toFixed(0), 'en')} a month, ${formatWon(food.times(12).toFixed(0), 'en')} a year`,
      );
      expect(huge.text).not.toContain('₩11,999,999,999,988');
      const en = await ask('if i cut food to 200k won a month how much do i save?');
      expect(en.topic?.intent).toBe('SPENDING');
      expect(firstSentence(en.text)).toMatch(/^Cutting eating out to ₩200,000 a month saves/);
      expect(en.text).toContain(`averaged about ${formatWon(food.toFixed(0), 'en')} a month`);
      expect(en.text).toMatch(/Counting groceries|Even counting groceries/);
      for (const x of [shop, foodCut, by, en, huge]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"일본에서 카드 쓴 거 이번 달 카드값 얼마 나와?", "i used my card in japan, how much is my bill this month?" → the whole bill first, then its part abroad', async () => {
      const thisMonth = `${today().slice(0, 7)}-01`;
      const due = await cardBillOf(thisMonth);
      const abroad = await summary('period: LAST_MONTH, locality: OVERSEAS');
      for (const [question, lang] of [
        ['일본에서 카드 쓴 거 이번 달 카드값 얼마 나와?', 'ko'],
        ['해외에서 쓴 거 이번달 결제금액 얼마야', 'ko'],
        ['i used my card in japan, how much is my bill this month?', 'en'],
        ["what's my card bill this month? i used it in japan", 'en'],
      ] as const) {
        const a = await ask(question);
        expect(a.topic?.intent).toBe('SPENDING');
        if (due.instalments) expect(firstSentence(a.text)).toContain(billDueSentence(due.bill, lang));
        if (abroad.purchaseCount > 0)
          expect(a.text).toContain(
            lang === 'ko'
              ? `이 중 해외 사용분은 ${formatWon(abroad.total.amount, 'ko')}입니다`
              : `${formatWon(abroad.total.amount, 'en')} of it was spent abroad`,
          );
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('follow-ups: "+어느 가게요?" after a category, "+which store?", "+what was the biggest one?" and "+제일 많이 쓴 데는?" after spending abroad, "+why?" after the bill', async () => {
      const food = await summary('period: LAST_N_MONTHS, months: 3, category: "FOOD"');
      const q = await ask('최근 3개월 식비 얼마야');
      const which = await ask('어느 가게요?', q.conversationId);
      expect(which.topic?.intent).toBe('SPENDING');
      const top = food.byMerchant[0];
      expect(firstSentence(which.text)).toMatch(/^최근 3개월 식비 중 가장 많이 쓰신 곳은/);
      expect(firstSentence(which.text)).toContain(`(${formatWon(top.amount.amount, 'ko')})`);

      const last = await summary('period: LAST_MONTH');
      const lm = await ask('how much did i spend last month');
      await ask('why so much?', lm.conversationId);
      const store = await ask('which store?', lm.conversationId);
      expect(store.topic?.intent).toBe('SPENDING');
      expect(firstSentence(store.text)).toMatch(/^You spent the most last month at /);
      expect(firstSentence(store.text)).toContain(formatWon(last.byMerchant[0].amount.amount, 'en'));

      const abroad = await summary('period: LAST_N_MONTHS, months: 12, locality: OVERSEAS');
      const japan = await ask('how much did i spend in japan?');
      const biggest = await ask('what was the biggest one?', japan.conversationId);
      expect(biggest.topic?.intent).toBe('SPENDING');
      expect(biggest.text).toMatch(/^The largest of your overseas card transactions/);
      const ko = await ask('일본 여행 가서 얼마 썼어?');
      const most = await ask('제일 많이 쓴 데는?', ko.conversationId);
      expect(firstSentence(most.text)).toMatch(/^최근 12개월 해외 매장 중 가장 많이 쓰신 곳은/);
      expect(abroad.byMerchant.length).toBeGreaterThan(0);

      const thisMonth = `${today().slice(0, 7)}-01`;
      const due = await cardBillOf(thisMonth);
      const bill = await ask('my card bill is way too high this month wtf');
      const why = await ask('why?', bill.conversationId);
      expect(why.topic?.intent).toBe('SPENDING');
      // QA round 21 (card21): what made the bill leads; the bill follows.
      if (due.instalments) expect(why.text).toContain(billDueSentence(due.bill, 'en'));
      expect(firstSentence(why.text)).toContain(`you spent the most that month at `);
      expect(why.text).toContain(formatWon(last.byMerchant[0].amount.amount, 'en'));
      expect(why.text).not.toMatch(/less than last month/);

      const sept = await ask('how much did i spend on shopping in september');
      const so = await ask('why so much?', sept.conversationId);
      expect(so.text).toMatch(/You spent the most in September at /);
      for (const x of [which, store, biggest, most, why, so]) expect(renderingErrors(x.text)).toEqual([]);
    });
  });

  it('QA round 20 (lead, second pass): "신용점수 몇점이에요" is the bureau’s score (ours in one line); the month after a forecast; a late payment and the score is arrears; "돈이 너무 없어요" is the month’s money', async () => {
    const credit = await creditScore();
    const score = await ask('신용점수 몇점이에요');
    expect(firstSentence(score.text)).toBe(`등록된 신용점수는 1000점 만점에 ${credit}점입니다.`);
    expect(score.text).not.toMatch(/■ 다음 단계|점수에 가장 크게 영향을 준 것|■ 소득에 비해/);
    const hs = (
      await t.request<{ me: { customer: { healthScore: { score: number } | null } } }>(
        '{ me { customer { healthScore { score } } } }',
        {},
        token,
      )
    ).data!.me.customer.healthScore;
    if (hs) expect(score.text).toContain(`100점 만점에 ${hs.score}점`);
    const f = await t.request<{
      me: { customer: { forecast: { points: { period: string; mean: { amount: string } }[] } } };
    }>(
      '{ me { customer { forecast(metric: SPENDING, horizon: 6) { points { period mean { amount } } } } } }',
      {},
      token,
    );
    expect(f.errors).toBeUndefined();
    const inTwo = addMonths(`${today().slice(0, 7)}-01`, 2).slice(0, 7);
    const point = f.data!.me.customer.forecast.points.find((p) => p.period.startsWith(inTwo))!;
    const next = await ask('how much will i spend next month?');
    const after = await ask('and the month after?', next.conversationId);
    expect(after.topic?.intent).toBe('FORECAST');
    expect(firstSentence(after.text)).toContain(formatMonth(point.period, 'en'));
    expect(firstSentence(after.text)).toContain(formatWon(new Decimal(point.mean.amount).toFixed(0), 'en'));
    const late = await ask('will my credit score drop if i pay my loan late');
    expect(late.topic?.intent).toBe('ARREARS');
    const broke = await ask('돈이 너무 없어요ㅠㅠ');
    expect(broke.topic?.intent).toBe('SAVINGS');
    expect(firstSentence(broke.text)).toMatch(
      /^이번 달은 돈이 모자랄 수 있습니다|^이번 달 남은 돈은 약 [\d,]+원|^이번 달은 이미 월 소득/,
    );
    for (const a of [score, after, late, broke]) expect(renderingErrors(a.text)).toEqual([]);
  });

  /** QA round 20 (loans): the active jeonse loan's own figures, read as a client would. */
  const jeonseLoan = () =>
    activeJeonse<{
      repaymentMethod: string;
      balance: { amount: string };
      maturityOn: string;
      nextPayment: { payment: { amount: string }; principal: { amount: string } } | null;
      delinquency: { overdueAmount: { amount: string }; penaltyRate: string | null };
    }>(
      'repaymentMethod balance { amount } maturityOn nextPayment { payment { amount } principal { amount } } delinquency { overdueAmount { amount } penaltyRate }',
    );

  it('QA round 20 (loans): a longer term on an interest-only loan — no first, the payment its interest; a balance flat by design', async () => {
    const l = await jeonseLoan();
    expect(l.repaymentMethod).toBe('BULLET');
    const pay = l.nextPayment!.payment.amount;
    for (const q of [
      '대출 기간 늘리면 월 납입금 줄어요?',
      '대출 만기 연장하면 한달에 내는 돈 줄어들어요?',
      '납입 기간 늘리면 한달 부담 줄어?',
    ]) {
      const a = await ask(q);
      expect(a.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(a.text)).toMatch(/^아니요, /);
      expect(firstSentence(a.text)).toContain(formatWon(pay, 'ko'));
      expect(firstSentence(a.text)).toContain(formatWon(l.balance.amount, 'ko'));
      expect(a.text).not.toMatch(/중도상환|미리 갚으면/);
    }
    const en = await ask('if i extend my loan term will my monthly payment go down?');
    expect(firstSentence(en.text)).toMatch(/^No: /);
    expect(firstSentence(en.text)).toContain(formatWon(pay, 'en'));
    const why = await ask('why isnt my loan balance going down??');
    expect(firstSentence(why.text)).toContain('interest-only');
    expect(firstSentence(why.text)).toContain(formatWon(l.balance.amount, 'en'));
    expect(firstSentence(why.text)).toContain(formatDate(l.maturityOn, 'en'));
    const ahead = await ask('will my loan balance go down next year');
    expect(ahead.topic?.intent).toBe('FORECAST');
    expect(firstSentence(ahead.text)).toContain(
      `repaid in one sum at maturity (${formatDate(l.maturityOn, 'en')})`,
    );
    expect(ahead.text).not.toContain('review your repayment plan');
    const ko = await ask('대출 잔액 내년에 줄어들까?');
    expect(ko.text).not.toContain('상환 계획을 점검해 보세요');
    expect(ko.text).toContain('만기일시상환');
  });

  it('QA round 20 (loans): the jeonse deposit at the lease end and moving abroad, in English', async () => {
    const l = await jeonseLoan();
    const back = await ask('my lease ends next year, will i get my deposit back?');
    expect(back.topic?.intent).toBe('LOAN_BALANCE');
    expect(firstSentence(back.text)).toMatch(/landlord’s to return/);
    expect(back.text).toContain(formatWon(l.balance.amount, 'en'));
    expect(back.text).toContain(formatDate(l.maturityOn, 'en'));
    expect(back.text).not.toMatch(/\bsav(?:e|ing)\b/i);
    const again = await ask('will i get my jeonse deposit back when the lease ends');
    const cant = await ask('what if i cant?', again.conversationId);
    expect(firstSentence(cant.text)).toContain('still owed even if the landlord does not return the deposit');
    expect(cant.text).toContain('임차권등기명령');
    for (const q of [
      "i'm moving abroad, what happens to my jeonse loan?",
      'im moving overseas for work next year, do i have to repay the jeonse loan?',
    ]) {
      const a = await ask(q);
      expect(a.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(a.text)).toMatch(/^Moving abroad, you would normally repay/);
      expect(firstSentence(a.text)).toContain(formatWon(l.balance.amount, 'en'));
      expect(a.text).toMatch(/guarantee usually requires you to live in the home/);
      expect(a.text).not.toMatch(/prepaying/i);
    }
  });

  it('QA round 20 (loans): the DSR of a new loan of an amount first, from simulateLoanLimit; "+is that a lot?" judges it', async () => {
    const sim = await t.request<{
      simulateLoanLimit: {
        dsrBefore: string;
        dsrAfter: string;
        dsrCapRatio: string;
        maxLoan: { amount: string };
      };
    }>(
      `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
         ... on LoanLimitSimulation { dsrBefore dsrAfter dsrCapRatio maxLoan { amount } } } }`,
      { input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS.CREDIT } },
      token,
    );
    expect(sim.errors).toBeUndefined();
    const s = sim.data!.simulateLoanLimit;
    // The new loan's debt service scales with its amount on the same terms (the limit's share × amount ÷ limit).
    const dsrOf = (amount: string) =>
      new Decimal(s.dsrBefore)
        .plus(new Decimal(s.dsrAfter).minus(s.dsrBefore).times(amount).div(s.maxLoan.amount))
        .toDecimalPlaces(6, Decimal.ROUND_DOWN)
        .toFixed();
    const cap = formatPercent(s.dsrCapRatio, 0);
    const over = (amount: string) => new Decimal(dsrOf(amount)).gt(s.dsrCapRatio);
    for (const q of ['대출 받고 나면 DSR 얼마 돼요? 3천만원 빌리면', '3천만원 더 빌리면 DSR 몇프로야?']) {
      const a = await ask(q);
      expect(a.topic?.intent).toBe('LOAN_LIMIT');
      expect(firstSentence(a.text)).toMatch(
        new RegExp(
          `^30,000,000원을 빌리시면 DSR은 지금 ${escapeRegExp(formatPercent(s.dsrBefore))}에서 ${escapeRegExp(formatPercent(dsrOf('30000000')))}(?:이|가) 됩니다: 은행 한도 ${escapeRegExp(cap)}(?:을|를) ${over('30000000') ? '넘습니다' : '넘지 않습니다'}\\.$`,
        ),
      );
      if (q.startsWith('3천')) {
        const ten = await ask('그럼 1천만원이면?', a.conversationId);
        expect(firstSentence(ten.text)).toContain(
          `DSR은 지금 ${formatPercent(s.dsrBefore)}에서 ${formatPercent(dsrOf('10000000'))}`,
        );
      }
    }
    for (const q of [
      'what would my DSR be if i borrowed 30 million won?',
      'if i take a 30m loan whats my dsr',
    ]) {
      const a = await ask(q);
      expect(firstSentence(a.text)).toBe(
        `Borrowing ₩30,000,000 would take your DSR from ${formatPercent(s.dsrBefore)} to ${formatPercent(dsrOf('30000000'))}: ${over('30000000') ? 'over' : 'within'} a bank's ${cap} cap.`,
      );
      // The limit after it.
      expect(a.text).toContain(formatWon(s.maxLoan.amount, 'en'));
      if (q.startsWith('if')) {
        const lot = await ask('is that a lot?', a.conversationId);
        expect(lot.topic?.intent).toBe('LOAN_LIMIT');
        expect(firstSentence(lot.text)).toMatch(over('30000000') ? /^Yes: .* over a bank's/ : /^No: /);
        expect(firstSentence(lot.text)).toContain(formatPercent(dsrOf('30000000')));
      }
    }
  });

  it('QA round 20 (loans): a few days late (yes, with a day’s cost), what is owed now, closing next month, a credit loan’s rate', async () => {
    const l = await jeonseLoan();
    const rate = l.delinquency.penaltyRate!;
    const perDay = formatWon(
      new Decimal(l.nextPayment!.payment.amount).mul(rate).div(365).floor().toFixed(0),
      'en',
    );
    const late = await ask('my salary is late this month, can i pay the loan a few days later?');
    expect(late.topic?.intent).toBe('ARREARS');
    expect(firstSentence(late.text)).toMatch(/^You can, but it counts as late/);
    expect(firstSentence(late.text)).toContain(`about ${perDay} of penalty interest a day`);
    expect(late.text).toMatch(/₩100,000 or more for 5 business days/);
    const now = await ask('how much extra do i owe now?', late.conversationId);
    expect(now.topic?.intent).toBe('ARREARS');
    expect(l.delinquency.overdueAmount.amount).toBe('0');
    expect(firstSentence(now.text)).toBe('You have nothing overdue (₩0, no penalty interest).');
    expect(now.text).toContain(`about ${perDay} a day`);
    expect(now.text).not.toMatch(/prepaying/i);
    // Asked in Korean with no number of days: yes, but as arrears, a day's cost first.
    const ko = await ask('월급이 늦어서 대출 며칠 늦게 내도 돼요?');
    expect(ko.topic?.intent).toBe('ARREARS');
    expect(firstSentence(ko.text)).toMatch(/^늦게 내실 수는 있지만 납입일 다음 날부터 연체가 되어/);
    expect(firstSentence(ko.text)).toContain(
      `하루 약 ${formatWon(new Decimal(l.nextPayment!.payment.amount).mul(rate).div(365).floor().toFixed(0), 'ko')}씩`,
    );
    expect(ko.text).toContain('5영업일');

    const day = today();
    const onDay = addMonths(day, 1);
    const q = await t.request<{
      me: {
        customer: {
          loans: { status: string; kind: string; payoffQuote: { total: { amount: string } } | null }[];
        };
      };
    }>(
      'query ($d: LocalDate) { me { customer { loans { status kind payoffQuote(asOf: $d) { total { amount } } } } } }',
      { d: onDay },
      token,
    );
    expect(q.errors).toBeUndefined();
    const owedThen = q.data!.me.customer.loans.find((x) => x.status === 'ACTIVE')!.payoffQuote!.total.amount;
    const close = await ask('i want to close my loan next month, how much will it be?');
    expect(close.topic?.intent).toBe('PAYOFF_QUOTE');
    expect(firstSentence(close.text)).toContain(`takes ${formatWon(owedThen, 'en')}`);

    const credit = await ask('신용대출 금리 얼마나 나올까요');
    expect(credit.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(credit.text)).toContain(
      `신용대출 금리는 금융회사가 신용점수와 소득을 심사해 정하므로 미리 정해진 값은 없고, 한도 계산에는 ${formatAnnualRate(ASSUMED_NEW_LOANS.CREDIT.annualRate, 'ko')}`,
    );
    expect(credit.text).not.toContain('금리 전망');
  });

  it('QA round 20 (loans): a jeonse top-up — the loan held now, then the raised deposit’s 80 % less it', async () => {
    const l = await jeonseLoan();
    const ask1 = await ask('전세 보증금 올려달래요 얼마까지 대출 더 돼요?');
    expect(ask1.topic?.intent).toBe('LOAN_LIMIT');
    expect(firstSentence(ask1.text)).toContain(`${formatWon(l.balance.amount, 'ko')}입니다`);
    const three = await ask('보증금 3억이면요?', ask1.conversationId);
    const max = new Decimal(300_000_000).mul('0.8');
    const more = max.minus(l.balance.amount);
    expect(firstSentence(three.text)).toMatch(/^보증금이 300,000,000원이면 전세대출은 80%인 /);
    expect(firstSentence(three.text)).toContain(`최대 ${formatWon(max.toFixed(0), 'ko')}까지라`);
    expect(firstSentence(three.text)).toContain(
      `${formatWon(l.balance.amount, 'ko')}에서 최대 ${formatWon(more.toFixed(0), 'ko')} 더 받을 수 있습니다.`,
    );
    expect(three.text).toContain('보증기관');
    const b10 = await ask('전세대출 더 받을 수 있어?');
    expect(firstSentence(b10.text)).toContain(formatWon(l.balance.amount, 'ko'));
  });

  it('QA round 20 (recheck): a customer never gets the staff-only refusal for a question without an import word; "하루에 얼마 쓸 수 있어?" in a short month says there is no room; a pace towards a goal keeps the goal; "내가 결제한 거 아닌데" is suspected fraud', async () => {
    const phone = await ask('통신비 얼마 나가요');
    const cheaper = await ask('더 싸게 할 방법 없어요?', phone.conversationId);
    expect(cheaper.topic?.intent).toBe('SPENDING');
    expect(cheaper.text).not.toMatch(/직원 전용|staff/);
    const alone = await ask('더 싸게 할 방법 없어요?');
    expect(alone.topic?.intent).not.toBe('IMPORT_FAQ');
    expect(alone.text).not.toMatch(/직원 전용/);
    const left = await ask('이번달 얼마 남았어');
    const perDay = await ask('하루에 얼마 쓸 수 있어?', left.conversationId);
    expect(perDay.topic?.intent).toBe('SAVINGS');
    if (left.text.startsWith('이번 달은 돈이 모자랄 수'))
      expect(firstSentence(perDay.text)).toMatch(
        /^하루에 쓸 여유는 없습니다\. 이번 달은 돈이 모자랄 수 있습니다/,
      );
    else expect(perDay.text).toMatch(/하루 약 [\d,]+원/);
    const goal = await ask('1000만원 모으려면 얼마나 걸려?');
    const pace = await ask('한달에 50만원씩이면?', goal.conversationId);
    expect(firstSentence(pace.text)).toBe(
      '매달 500,000원씩 모으면 10,000,000원까지 20개월(1년 8개월)이 걸립니다 (이자 제외).',
    );
    const fraud = await ask('이거 내가 결제한 거 아닌데 MARRIOTT 73만원');
    expect(fraud.topic?.intent).toBe('SUSPECTED_FRAUD');
    expect(fraud.text).toMatch(/이의제기/);
    for (const a of [cheaper, alone, perDay, pace, fraud]) expect(renderingErrors(a.text)).toEqual([]);
  });

  it('QA round 20 (recheck, second pass): "다음달 얼마 나가?" is next month’s outgoings; "12월에 얼마 썼어?" asked the month before says this year’s has not come; a loan of an amount gives its interest over the term', async () => {
    const out = await ask('다음달 얼마 나가?');
    expect(out.topic?.intent).toBe('SPENDING');
    expect(firstSentence(out.text)).toMatch(/^\d+월에 나가는 돈은 지금까지 약 [\d,]+원입니다: 대출 납입/);
    const next = Number(addMonths(`${today().slice(0, 7)}-01`, 1).slice(5, 7));
    const ahead = await ask(`${next}월에 얼마 썼어?`);
    expect(firstSentence(ahead.text)).toMatch(
      new RegExp(
        `^올해 ${next}월은 아직 오지 않아 \\(오늘은 .+\\), 지난해 ${next}월 지출을 알려 드립니다\\.$`,
      ),
    );
    // The instalment the simulation states (PMT of 5.5 %/12 over 60, to the won), checked against the formula to ±1 won;
    // the interest over the term is 60 of it less the amount.
    const r = new Decimal('0.055').div(12);
    const formula = new Decimal(5_000_000).times(r).div(new Decimal(1).minus(r.plus(1).pow(-60)));
    const loan = await ask('5백만원 신용대출 받으면 이자 얼마야');
    const pmt = new Decimal(/한 달 납입액은 ([\d,]+)원/.exec(loan.text)![1].replace(/,/g, ''));
    expect(pmt.minus(formula).abs().lt(1)).toBe(true);
    expect(loan.text.split('\n')[1]).toBe(
      `60개월 동안 내는 이자는 모두 약 ${formatWon(pmt.times(60).minus(5_000_000).toFixed(0), 'ko')}입니다.`,
    );
    for (const a of [out, ahead, loan]) expect(renderingErrors(a.text)).toEqual([]);
  });

  describe('QA round 21 (left20): the payoff sum, the card instalments paid early, the balance ahead, a shop this month, a spending forecast from this month', () => {
    it('"대출 한번에 다 갚으려면 얼마 모아야돼?" → the payoff today, not a prepayment example', async () => {
      const { payoff } = await unpaidRows();
      const ko = await ask('대출 한번에 다 갚으려면 얼마 모아야돼?');
      expect(ko.topic?.intent).toBe('PAYOFF_QUOTE');
      expect(firstSentence(ko.text)).toMatch(/^오늘\(.+\) .+대출을 전액 상환하시려면 /);
      expect(firstSentence(ko.text)).toContain(`${formatWon(payoff, 'ko')}이 필요합니다`);
      expect(ko.text).not.toContain('예를 들어 10,000,000원');
      const en = await ask('how much do I need to pay off my loan completely?');
      expect(en.topic?.intent).toBe('PAYOFF_QUOTE');
      expect(firstSentence(en.text)).toContain(`takes ${formatWon(payoff, 'en')}`);
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"그거 한번에 갚을 수 있어?" after the card instalments → yes, their principal left paid early in the card company’s app (not the loan’s payoff)', async () => {
      type Tx = { occurredAt: string; amount: { amount: string }; instalmentMonths: number; kind: string };
      const txs = await cardTransactions<Tx>('occurredAt amount { amount } instalmentMonths kind');
      const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
      let left = 0n;
      let plans = 0;
      for (const x of txs.filter((tx) => tx.kind === 'PURCHASE' && tx.instalmentMonths >= 2)) {
        const n = x.instalmentMonths;
        const billed = Math.min(n, Math.max(0, month(today()) - month(koreanDate(new Date(x.occurredAt)))));
        if (billed === n) continue;
        const amount = BigInt(x.amount.amount);
        left += billed === 0 ? amount : (amount / BigInt(n)) * BigInt(n - billed);
        plans++;
      }
      const first = await ask('할부 남은거 얼마야?');
      const ko = await ask('그거 한번에 갚을 수 있어?', first.conversationId);
      expect(ko.topic?.intent).toBe('CARD_TRANSACTIONS');
      const en1 = await ask('do i have any instalments running?');
      const en = await ask('can i pay it off early?', en1.conversationId);
      expect(en.topic?.intent).toBe('CARD_TRANSACTIONS');
      if (plans > 0) {
        expect(firstSentence(ko.text)).toBe(
          `네, 남은 카드 할부 원금 ${formatWon(left.toString(), 'ko')}(${plans}건)은 카드사 앱이나 고객센터에서 한 번에 미리 갚을(할부 선결제·중도상환) 수 있고, 그러면 아직 청구되지 않은 달의 할부수수료는 붙지 않습니다.`,
        );
        expect(firstSentence(en.text)).toMatch(
          new RegExp(
            `^Yes: the ${escapeRegExp(formatWon(left.toString(), 'en'))} of card instalment principal left`,
          ),
        );
      }
      expect(ko.text).not.toMatch(/전액 상환하시려면|중도상환수수료/);
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"how much will I owe in 3 months?", "대출 3개월 후에 얼마야?" → the principal left after 3 more instalments (not a 3-month term, not a forecast)', async () => {
      const { balance, rows } = await unpaidRows();
      expect(rows.length).toBeGreaterThan(3);
      const third = rows[2];
      const en = await ask('how much will I owe in 3 months?');
      expect(en.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(en.text)).toContain(
        `After the next 3 instalments (${formatDate(third.dueDate, 'en', today())})`,
      );
      expect(firstSentence(en.text)).toContain(
        `${formatWon(third.remainingBalance.amount, 'en')} of principal left`,
      );
      const left = await ask('how much loan will I have left in 3 months?');
      expect(left.topic?.intent).toBe('LOAN_BALANCE');
      const ko = await ask('대출 3개월 후에 얼마야?');
      expect(ko.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(ko.text)).toContain(formatDate(third.dueDate, 'ko', today()));
      expect(firstSentence(ko.text)).toContain(
        `남은 원금은 ${formatWon(third.remainingBalance.amount, 'ko')}입니다 (지금 ${formatWon(balance, 'ko')})`,
      );
      for (const a of [en, left, ko]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a shop asked without a period is this month to date, in both languages, with nothing there this month too', async () => {
      const total = async (args: string) => {
        const res = await t.request<{
          me: { customer: { spendingSummary: { total: { amount: string }; purchaseCount: number } } };
        }>(`{ me { customer { spendingSummary(${args}) { total { amount } purchaseCount } } } }`, {}, token);
        expect(res.errors).toBeUndefined();
        return res.data!.me.customer.spendingSummary;
      };
      for (const [merchant, ko, en, enName] of [
        ['스타벅스', '스타벅스 얼마 썼어?', 'how much at starbucks?', 'Starbucks'],
        ['쿠팡', '쿠팡 얼마 썼어?', 'how much at coupang?', 'Coupang'],
      ]) {
        const month = await total(`period: THIS_MONTH, merchant: "${merchant}"`);
        const a = await ask(ko);
        const b = await ask(en);
        expect(a.topic?.intent).toBe('SPENDING');
        expect(b.topic?.intent).toBe('SPENDING');
        if (month.purchaseCount === 0) {
          expect(firstSentence(a.text)).toMatch(
            new RegExp(`^이번 달 ${merchant}에서 카드로 결제하신 내역은 없습니다 \\(0원, `),
          );
          expect(firstSentence(b.text)).toMatch(
            new RegExp(`^You have no card payments at ${enName} this month \\(₩0, `),
          );
        } else {
          expect(firstSentence(a.text)).toMatch(
            new RegExp(
              `^이번 달 ${merchant}에서 쓰신 카드 금액은 ${escapeRegExp(formatWon(month.total.amount, 'ko'))}입니다`,
            ),
          );
          expect(firstSentence(b.text)).toMatch(
            new RegExp(
              `^You spent ${escapeRegExp(formatWon(month.total.amount, 'en'))} at ${enName} this month`,
            ),
          );
        }
        for (const x of [a, b]) expect(renderingErrors(x.text)).toEqual([]);
      }
    });

    it('"왜요?", "그게 다예요?", "그럼요?", "언제요?" (and in English) → short answers asked of the answer, never the whole answer again', async () => {
      const l = nextDue();
      const payment = l.nextPayment!.payment.amount;
      const { payoff } = await unpaidRows();
      const start = await ask('이번 달 대출 얼마 내야 돼?');
      const why = await ask('왜요?', start.conversationId);
      const all = await ask('그게 다예요?', start.conversationId);
      expect(all.topic?.intent).toBe('NEXT_PAYMENT');
      if (loans.filter((x) => x.nextPayment).length === 1)
        expect(firstSentence(all.text)).toMatch(
          new RegExp(
            `^네, 대출 납입은 .+의 ${escapeRegExp(formatWon(payment, 'ko'))}\\(.+\\) 한 건입니다\\. 카드값은 카드사가 따로 청구합니다`,
          ),
        );
      const and = await ask('그럼요?', start.conversationId);
      // QA round 22 (loanleft): the next step after a payment (was the dead-end line).
      expect(firstSentence(and.text)).toMatch(/^다음 단계로, /);
      expect(firstSentence(and.text)).toContain(formatWon(payment, 'ko'));
      const when = await ask('언제요?', start.conversationId);
      expect(when.text).toBe(start.text.split('\n')[0]);
      for (const a of [all, and, when]) expect(a.text).not.toContain(why.text.split('\n')[0]);
      const en = await ask("what's my next loan payment?");
      const enAll = await ask('is that all?', en.conversationId);
      expect(firstSentence(enAll.text)).toMatch(/^(?:Yes|No)[:,] /);
      const enWhen = await ask('when?', en.conversationId);
      expect(enWhen.text).toBe(en.text.split('\n')[0]);
      const quote = await ask('오늘 다 갚으면 얼마야?');
      const quoteWhy = await ask('왜요?', quote.conversationId);
      expect(quoteWhy.topic?.intent).toBe('PAYOFF_QUOTE');
      expect(firstSentence(quoteWhy.text)).toBe(
        '전액 상환 금액은 남은 원금에 오늘까지 붙은 이자와 중도상환수수료를 더한 금액이라, 그 밖에 따로 드릴 이유는 없습니다.',
      );
      expect(quoteWhy.text.split('\n')[1]).toContain(formatWon(payoff, 'ko'));
      expect(quoteWhy.text).not.toContain('이 금액을 정확히 입금하시면');
      for (const a of [all, and, when, enAll, enWhen, quoteWhy]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"forecast my spending", "지출 예측해줘" → this month’s card spending to date first, then the forecast from next month', async () => {
      const points = await spendingForecast(3);
      const spent = await spentTotal('period: THIS_MONTH');
      const en = await ask('forecast my spending');
      const ko = await ask('지출 예측해줘');
      expect(en.topic?.intent).toBe('FORECAST');
      expect(ko.topic?.intent).toBe('FORECAST');
      if (points[0].period.slice(0, 7) === today().slice(0, 7)) {
        expect(firstSentence(en.text)).toMatch(
          new RegExp(
            `^This month you have spent ${escapeRegExp(formatWon(spent, 'en'))} on your card so far \\(`,
          ),
        );
        expect(firstSentence(ko.text)).toMatch(
          new RegExp(`^이번 달은 오늘까지 카드로 ${escapeRegExp(formatWon(spent, 'ko'))}[을를] 쓰셨고 \\(`),
        );
        // The forecast's path starts at next month, not at this month's whole-month figure.
        expect(firstSentence(en.text)).toContain(`in ${formatMonth(points[1].period, 'en')}`);
        expect(firstSentence(en.text)).not.toContain(`in ${formatMonth(points[0].period, 'en')} to`);
      }
      for (const a of [en, ko]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 21 (spend21): a category taken out, the largest categories, another shop, two months compared and why, where the difference with peers is, a cut without an amount, a trip with its flights, the phone bill, a month’s budget', () => {
    const won = (v: Decimal.Value, lang: 'ko' | 'en') => formatWon(new Decimal(v).toFixed(0), lang);

    it('"+여행 빼면요?" / "+excluding travel?" after "why so much" is the month without travel; "+mostly on what" is the largest categories; "+and naver?" after Coupang is Naver Pay', async () => {
      const last = await summary('period: LAST_MONTH');
      const rest = new Decimal(last.total.amount).minus(partOf(last, 'TRAVEL'));
      const ko = await ask('지난달 카드 얼마 썼어요?');
      await ask('왜 그렇게 많아요?', ko.conversationId);
      const koWithout = await ask('여행 빼면요?', ko.conversationId);
      expect(koWithout.topic?.intent).toBe('SPENDING');
      expect(firstSentence(koWithout.text)).toMatch(
        new RegExp(`^지난달 카드 지출에서 여행을 빼면 ${escapeRegExp(won(rest, 'ko'))}입니다`),
      );
      const en = await ask('how much did i spend last month');
      await ask('why so high', en.conversationId);
      const enWithout = await ask('excluding travel?', en.conversationId);
      expect(firstSentence(enWithout.text)).toMatch(
        new RegExp(`^Leaving out travel, you spent ${escapeRegExp(won(rest, 'en'))} last month \\(`),
      );

      const m = Number(addMonths(`${today().slice(0, 7)}-01`, -1).slice(5, 7));
      const abroad = await summary('period: LAST_MONTH, locality: OVERSEAS');
      const top = [...abroad.byCategory].sort((a, b) => new Decimal(b.amount.amount).cmp(a.amount.amount))[0];
      const q = await ask(`how much did i spend abroad in ${MONTH_NAMES[m - 1].toLowerCase()}`);
      const mostly = await ask('mostly on what', q.conversationId);
      expect(mostly.topic?.intent).toBe('SPENDING');
      expect(firstSentence(mostly.text)).toMatch(
        new RegExp(
          `^You spent the most in ${MONTH_NAMES[m - 1]} on ${escapeRegExp(phrase('category', top.category.code, 'en'))}: ${escapeRegExp(won(top.amount.amount, 'en'))} \\(.* abroad,`,
        ),
      );

      const [coupang, naver] = await Promise.all([
        summary('period: THIS_YEAR, merchant: "쿠팡"'),
        summary('period: THIS_YEAR, merchant: "네이버페이"'),
      ]);
      const c = await ask('how much on coupang this year');
      expect(firstSentence(c.text)).toContain(
        `You spent ${won(coupang.total.amount, 'en')} at Coupang this year`,
      );
      const n = await ask('and naver?', c.conversationId);
      expect(firstSentence(n.text)).toContain(`${won(naver.total.amount, 'en')} at Naver Pay this year`);
      for (const a of [koWithout, enWithout, mostly, n]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"how much did i spend in total in <m-2> vs <m-1>" compares the two months; "+why did it jump" leads with where the rise came from; "+어디서 제일 차이나요?" after peers names the measures furthest from the group', async () => {
      const first = `${today().slice(0, 7)}-01`;
      const a = Number(addMonths(first, -2).slice(5, 7));
      const b = Number(addMonths(first, -1).slice(5, 7));
      const [before, after] = await Promise.all([
        summary('period: MONTHS_AGO, months: 2'),
        summary('period: MONTHS_AGO, months: 1'),
      ]);
      const diff = new Decimal(after.total.amount).minus(before.total.amount);
      const vs = await ask(
        `how much did i spend in total in ${MONTH_NAMES[a - 1].slice(0, 3).toLowerCase()} vs ${MONTH_NAMES[b - 1].slice(0, 3).toLowerCase()}`,
      );
      expect(vs.topic?.intent).toBe('SPENDING');
      expect(firstSentence(vs.text)).toBe(
        diff.isZero()
          ? `Your card spending in ${MONTH_NAMES[b - 1]} is ${won(after.total.amount, 'en')}, the same as in ${MONTH_NAMES[a - 1]} (${won(before.total.amount, 'en')}).`
          : `Your card spending in ${MONTH_NAMES[b - 1]} is ${won(after.total.amount, 'en')}: ${won(diff.abs(), 'en')} ${diff.isPositive() ? 'more' : 'less'} than in ${MONTH_NAMES[a - 1]} (${won(before.total.amount, 'en')}).`,
      );
      const why = await ask('why did it jump', vs.conversationId);
      expect(why.topic?.intent).toBe('SPENDING');
      if (diff.isPositive()) {
        const rises = after.byCategory
          .map((c) => ({
            code: c.category.code,
            d: new Decimal(c.amount.amount).minus(partOf(before, c.category.code)),
          }))
          .filter((x) => x.d.isPositive())
          .sort((x, y) => y.d.cmp(x.d));
        expect(firstSentence(why.text)).toMatch(
          new RegExp(
            `^The ${escapeRegExp(won(diff, 'en'))} rise in ${MONTH_NAMES[b - 1]} comes mostly from ${escapeRegExp(phrase('category', rises[0].code, 'en'))} \\(\\+${escapeRegExp(won(rises[0].d, 'en'))}\\)`,
          ),
        );
      }

      const peers = (
        await t.request<{
          me: { customer: { peerComparison: { metrics: { metric: string; percentile: number }[] } | null } };
        }>('{ me { customer { peerComparison { metrics { metric percentile } } } } }', {}, token)
      ).data!.me.customer.peerComparison;
      const p = await ask('나랑 비슷한 사람들보다 많이 쓰는편이에요?');
      const where = await ask('어디서 제일 차이나요?', p.conversationId);
      expect(where.topic?.intent).toBe('SPENDING');
      if (peers) {
        const names: Record<string, string> = {
          OVERSEAS_SHARE: '해외 결제 비중',
          NIGHT_SHARE: '심야 결제 비중',
          ONLINE_SHARE: '온라인 결제 비중',
          AVERAGE_TICKET: '건당 결제 금액',
          TRANSACTION_COUNT: '결제 건수',
          SPEND_TO_INCOME: '소득 대비 카드 지출',
        };
        const furthest = peers.metrics
          .filter((x) => names[x.metric])
          .sort(
            (x, y) =>
              Math.abs(y.percentile - 50) - Math.abs(x.percentile - 50) || x.metric.localeCompare(y.metric),
          )[0];
        expect(firstSentence(where.text)).toMatch(new RegExp(`가장 차이 나는 건 ${names[furthest.metric]} `));
      }
      for (const x of [vs, why, where]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"+what if i cut eating out" halves the usual month; "+and the japan trip total incl flights?" adds the travel paid at home to the spending abroad', async () => {
      const months = await Promise.all([3, 2, 1].map((m) => summary(`period: MONTHS_AGO, months: ${m}`)));
      const sum = months.reduce((x, m) => x.plus(partOf(m, 'FOOD')), new Decimal(0));
      const half = sum.div(3).toDecimalPlaces(0).div(2).toDecimalPlaces(0);
      const food = await ask('how much did i spend on food last month');
      const cut = await ask('what if i cut eating out', food.conversationId);
      expect(cut.topic?.intent).toBe('SPENDING');
      expect(firstSentence(cut.text)).toMatch(
        new RegExp(`^Halving eating out would save about ${escapeRegExp(won(half, 'en'))} a month`),
      );
      expect(cut.text).toContain('Tell me an amount');

      const m = Number(addMonths(`${today().slice(0, 7)}-01`, -1).slice(5, 7));
      const [abroad, flights] = await Promise.all([
        summary('period: LAST_MONTH, locality: OVERSEAS'),
        summary('period: LAST_MONTH, locality: DOMESTIC, category: "TRAVEL"'),
      ]);
      const q = await ask(`how much did i spend abroad in ${MONTH_NAMES[m - 1].toLowerCase()}`);
      const trip = await ask('and the japan trip total incl flights?', q.conversationId);
      expect(trip.topic?.intent).toBe('SPENDING');
      if (new Decimal(flights.total.amount).gt(0)) {
        expect(firstSentence(trip.text)).toMatch(
          new RegExp(
            `^With the flights, the trip comes to about ${escapeRegExp(won(new Decimal(abroad.total.amount).plus(flights.total.amount), 'en'))}: ${escapeRegExp(won(abroad.total.amount, 'en'))} spent abroad \\(`,
          ),
        );
        expect(firstSentence(trip.text)).toContain(
          `plus ${won(flights.total.amount, 'en')} of travel paid at home`,
        );
      }
      for (const x of [cut, trip]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"+phone bill seems high, cheaper options?" gives the month’s average and the usual cheaper routes; "+how much a year is that" is × 12; "통신비 왜 매달 회사가 달라요?" lists the companies by month; "+그럼 12월에 얼마 쓰면 돼요?" is a budget', async () => {
      // QA round 28 (ko28): a cut reads the last three complete months, the savings answers' months.
      const three = await summary(completeMonths(', category: "TELECOM"'));
      const avg = new Decimal(three.total.amount).div(3).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
      const subs = await ask('what subscriptions am i paying every month');
      const phone = await ask('phone bill seems high, cheaper options?', subs.conversationId);
      expect(phone.topic?.intent).toBe('SPENDING');
      expect(firstSentence(phone.text)).toBe(
        `Over ${completeMonthsPhrase('en')} you spent about ${won(avg, 'en')} a month on phone and internet.`,
      );
      expect(phone.text).toMatch(/MVNO/);
      expect(phone.text).toMatch(/25%/);
      const year = await ask('how much a year is that', subs.conversationId);
      expect(firstSentence(year.text)).toBe(
        `About ${won(avg, 'en')} a month on phone and internet comes to about ${won(new Decimal(three.total.amount).times(12).div(3).toDecimalPlaces(0), 'en')} a year (the average of ${completeMonthsPhrase('en')} × 12).`,
      );

      const telecom = (
        await cardTransactions<{
          occurredAt: string;
          category: { code: string };
          amount: { amount: string };
        }>('occurredAt category { code } amount { amount }')
      ).filter((x) => x.category.code === 'TELECOM' && !x.amount.amount.startsWith('-'));
      const ko = await ask('통신비 왜 매달 회사가 달라요?');
      expect(ko.topic?.intent).toBe('SPENDING');
      if (telecom.length > 0) {
        expect(firstSentence(ko.text)).toMatch(/^(?:카드 내역에서 통신 결제는 |최근 통신 결제는 모두 )/);
        const newest = telecom.sort((x, y) => y.occurredAt.localeCompare(x.occurredAt))[0];
        expect(firstSentence(ko.text)).toContain(
          `${Number(koreanDate(new Date(newest.occurredAt)).slice(5, 7))}월`,
        );
      }

      const reduce = await ask('카드 뭘 줄이면 돼요?');
      const next = Number(addMonths(`${today().slice(0, 7)}-01`, 1).slice(5, 7));
      const budget = await ask(`그럼 ${next}월에 얼마 쓰면 돼요?`, reduce.conversationId);
      expect(budget.topic?.intent).toBe('SAVINGS');
      expect(budget.text).not.toMatch(/카드 지출이 없어/);
      expect(firstSentence(budget.text)).toMatch(/^월 소득 [\d,]+원으로 짠 한 달 예산: /);
      for (const x of [phone, year, ko, budget]) expect(renderingErrors(x.text)).toEqual([]);
    });
  });

  describe('QA round 21 (card21): a card bill ahead, its follow-ups, instalments left, a bill converted, a stolen card’s spending', () => {
    const won = (v: string | Decimal) => new Decimal(v).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);

    it('"3개월 후 카드값", "whats my card bill gonna be in 3 months", "1월 카드값 예상": the month before’s forecast plus the instalments on that statement; the follow-ups stay on it', async () => {
      const thisMonth = `${today().slice(0, 7)}-01`;
      const target = addMonths(thisMonth, 3);
      // The bill of month N carries month N − 1's spending (the forecast) and the instalments on N's statement; the
      // answer forecasts two steps past the month asked (forecastReach).
      const point = (await spendingForecast(5)).find((p) =>
        p.period.startsWith(addMonths(target, -1).slice(0, 7)),
      );
      const portions = await portionsOn(target);
      const ko = await ask('3개월 후 카드값 얼마 나올 것 같아요?');
      expect(ko.topic?.intent).toBe('FORECAST');
      const en = await ask('whats my card bill gonna be in 3 months');
      expect(point).toBeDefined();
      const mean = won(point!.mean.amount);
      const bill = mean.plus(portions.toString()).toFixed(0);
      expect(firstSentence(ko.text)).toContain(`카드값은 약 ${formatWon(bill, 'ko')}으로 보입니다: `);
      expect(firstSentence(ko.text)).toContain(`사용분 예측 약 ${formatWon(mean.toFixed(0), 'ko')}`);
      expect(firstSentence(en.text)).toContain(`should be about ${formatWon(bill, 'en')}`);
      expect(firstSentence(en.text)).toContain(
        `about ${formatWon(mean.toFixed(0), 'en')} of spending forecast for`,
      );
      expect(ko.text).not.toContain('이번 달 결제일에 청구되는 카드값은');
      // "왜 늘어요?" after it: why the forecast moves, first.
      const why = await ask('왜 늘어요?', ko.conversationId);
      expect(why.topic?.intent).toBe('FORECAST');
      expect(firstSentence(why.text)).toMatch(
        // QA round 23 (card23): the months it is based on are named after the count.
        /^예측이 (?:늘어나는|줄어드는|비슷하게 유지되는) 건 최근 \d+개월\([^)]+\) 카드 지출의 흐름/,
      );
      // "and the month after?" after "why that high": the month after, not the loan.
      const high = await ask('why that high', en.conversationId);
      expect(firstSentence(high.text)).toMatch(/^The forecast (?:rises|falls|stays flat) because/);
      const after = await ask('and the month after?', en.conversationId);
      expect(after.topic?.intent).toBe('FORECAST');
      const next = addMonths(target, 1);
      const afterPoint = (await spendingForecast(6)).find((p) => p.period.startsWith(target.slice(0, 7)));
      expect(afterPoint).toBeDefined();
      const afterBill = won(afterPoint!.mean.amount).plus((await portionsOn(next)).toString());
      expect(firstSentence(after.text)).toContain(`should be about ${formatWon(afterBill.toFixed(0), 'en')}`);
      expect(after.text).not.toMatch(/jeonse|loan payment/i);
      // "1월 카드값 예상 얼마에요": the next January, not the one gone; "다다음달은요?" stays on the card.
      const janAhead = (1 - Number(today().slice(5, 7)) + 12) % 12;
      if (janAhead >= 2) {
        const jan = await ask('1월 카드값 예상 얼마에요');
        expect(jan.topic?.intent).toBe('FORECAST');
        // January's bill: December's spending.
        const decPoint = (await spendingForecast(janAhead + 2)).find((p) =>
          p.period.startsWith(addMonths(thisMonth, janAhead - 1).slice(0, 7)),
        );
        expect(decPoint).toBeDefined();
        expect(firstSentence(jan.text)).toContain(
          `사용분 예측 약 ${formatWon(won(decPoint!.mean.amount).toFixed(0), 'ko')}`,
        );
        const twoAhead = await ask('다다음달은요?', jan.conversationId);
        expect(twoAhead.topic?.intent).toBe('FORECAST');
        expect(twoAhead.text).not.toContain('전세자금대출');
        for (const a of [jan, twoAhead]) expect(renderingErrors(a.text)).toEqual([]);
      }
      for (const a of [ko, en, why, high, after]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"그럼 다음분기는?", "cheaper month coming?" after a quarter’s spending: the forecast', async () => {
      const q = await ask('지난분기랑 이번분기 카드 비교해줘');
      const nextQ = await ask('그럼 다음분기는?', q.conversationId);
      expect(nextQ.topic?.intent).toBe('FORECAST');
      const m = Number(today().slice(5, 7));
      const year = Number(today().slice(0, 4));
      const [y, first] = m >= 10 ? [year + 1, 1] : [year, Math.floor((m - 1) / 3) * 3 + 4];
      const from = `${y}-${String(first).padStart(2, '0')}-01`;
      const to = addMonths(from, 2);
      const ahead = (y - year) * 12 + first + 2 - m;
      const points = (await spendingForecast(Math.min(24, ahead + 2))).filter(
        (p) => p.period.slice(0, 7) >= from.slice(0, 7) && p.period.slice(0, 7) <= to.slice(0, 7),
      );
      if (points.length === 3) {
        const sum = points.reduce((a, p) => a.plus(Decimal.max(0, p.mean.amount)), new Decimal(0));
        expect(firstSentence(nextQ.text)).toContain(`카드 지출은 모두 약 ${formatWon(sum.toFixed(0), 'ko')}`);
      }
      const en = await ask('my spending this quarter vs last quarter?');
      await ask('what about next quarter', en.conversationId);
      const cheaper = await ask('cheaper month coming?', en.conversationId);
      expect(cheaper.topic?.intent).toBe('FORECAST');
      const coming = (await spendingForecast(3)).filter((p) => p.period.slice(0, 7) > today().slice(0, 7));
      if (coming.length) {
        const low = coming.reduce((a, p) => (new Decimal(p.mean.amount).lt(a.mean.amount) ? p : a));
        expect(firstSentence(cheaper.text)).toContain(
          `The cheapest month ahead looks like ${formatMonth(low.period, 'en')}, with card spending forecast at about ${formatWon(won(low.mean.amount).toFixed(0), 'en')}`,
        );
      }
      for (const a of [nextQ, cheaper]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('the card bill again, its due day, what made it; instalments left; the bill converted; a stolen card’s spending', async () => {
      const thisMonth = `${today().slice(0, 7)}-01`;
      const due = await cardBillOf(thisMonth);
      const part = await ask('i cant pay the full card bill this month, can i just pay part of it');
      const again = await ask('how much is the bill again', part.conversationId);
      expect(again.topic?.intent).toBe('SPENDING');
      if (due.instalments) expect(firstSentence(again.text)).toContain(billDueSentence(due.bill, 'en'));
      expect(again.text).not.toContain('jeonse');
      await ask('whats revolving and is it a bad idea', part.conversationId);
      const when = await ask('ok when is it due', part.conversationId);
      expect(firstSentence(when.text)).toMatch(/^Your card’s payment date/);

      const bill = await ask('이번달 카드값 얼마야?');
      const why = await ask('왜 이렇게 많아요?', bill.conversationId);
      expect(firstSentence(why.text)).toMatch(/^이 카드값은 \d+월 사용분으로, 그달 가장 많이 쓰신 곳은/);
      if (due.instalments) expect(why.text).toContain(billDueSentence(due.bill, 'ko'));

      // Instalments left: from the transactions, each plan's count left and its regular part.
      type Tx = { occurredAt: string; amount: { amount: string }; instalmentMonths: number; kind: string };
      const txs = await cardTransactions<Tx>('occurredAt amount { amount } instalmentMonths kind');
      const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
      const plans = txs
        .filter((x) => x.kind === 'PURCHASE' && x.instalmentMonths >= 2)
        .map((x) => {
          const n = x.instalmentMonths;
          const billed = Math.min(n, Math.max(0, month(today()) - month(koreanDate(new Date(x.occurredAt)))));
          const amount = BigInt(x.amount.amount);
          const per = amount / BigInt(n);
          return { n, left: n - billed, each: billed === 0 ? amount - per * BigInt(n - 1) : per };
        })
        .filter((p) => p.left > 0);
      const left = await ask('할부 몇 번 남았어요?');
      expect(left.topic?.intent).toBe('CARD_TRANSACTIONS');
      const leftEn = await ask('how many instalments do i have left on the korean air thing');
      expect(leftEn.topic?.intent).toBe('CARD_TRANSACTIONS');
      const perMonth = await ask('how much per month', leftEn.conversationId);
      if (plans.length === 1) {
        const [p] = plans;
        expect(firstSentence(left.text)).toContain(
          `할부는 ${p.n}회 중 ${p.left}회 남았고, 한 달에 ${formatWon(p.each.toString(), 'ko')}씩`,
        );
        for (const a of [leftEn, perMonth])
          expect(firstSentence(a.text)).toMatch(
            new RegExp(
              `^${p.left} of ${p.n} instalments are left on your .+: ${escapeRegExp(formatWon(p.each.toString(), 'en'))} a month`,
            ),
          );
      }
      for (const a of [left, leftEn, perMonth]) expect(a.text).not.toContain('jeonse');

      // The bill converted: 3, 6 and 12 months, then 6 asked — a month's payment is (bill + fee) ÷ months, rounded up.
      const conv = await ask('카드값 할부로 돌리면 얼마씩 내요?');
      expect(conv.topic?.intent).toBe('PRODUCT_QUESTION');
      const six = await ask('6개월로', conv.conversationId);
      expect(six.topic?.intent).toBe('PRODUCT_QUESTION');
      if (due.bill > 0n) {
        const b = new Decimal(due.bill.toString());
        const fee = (r: string, n: number) =>
          b
            .times(r)
            .div(12)
            .times(n + 1)
            .div(2)
            .floor();
        const monthly = (r: string, n: number) =>
          formatWon(b.plus(fee(r, n)).div(n).toDecimalPlaces(0, Decimal.ROUND_CEIL).toFixed(0), 'ko');
        expect(firstSentence(conv.text)).toContain(
          `카드값 약 ${formatWon(due.bill.toString(), 'ko')}을 할부로 돌리면 한 달에 3개월이면 약 ${monthly('0.1', 3)}~${monthly('0.199', 3)}`,
        );
        expect(firstSentence(six.text)).toContain(
          `6개월 할부로 돌리면 한 달에 약 ${monthly('0.1', 6)}~${monthly('0.199', 6)}씩`,
        );
      }

      // A stolen card: what was spent is the flagged transactions' total.
      const a = await t.request<{
        me: { customer: { anomalies: { flaggedCount: number; items: { amount: { amount: string } }[] } } };
      }>(
        '{ me { customer { anomalies(first: 5) { flaggedCount items { amount { amount } } } } } }',
        {},
        token,
      );
      expect(a.errors).toBeUndefined();
      const flagged = a.data!.me.customer.anomalies;
      const stolen = await ask('I think someone stole my card what do I do');
      const spent = await ask('how much did they spend?', stolen.conversationId);
      expect(spent.topic?.intent).toBe('SUSPECTED_FRAUD');
      const stolenKo = await ask('카드 도난당한 것 같아요');
      const spentKo = await ask('얼마 썼어요?', stolenKo.conversationId);
      expect(spentKo.topic?.intent).toBe('SUSPECTED_FRAUD');
      if (flagged.flaggedCount > 0 && flagged.items.length === flagged.flaggedCount) {
        const total = flagged.items.reduce((s, x) => s + BigInt(x.amount.amount), 0n).toString();
        expect(firstSentence(spent.text)).toContain(
          `flagged as unusual, ${formatWon(total, 'en')} in all: only you can tell`,
        );
        expect(firstSentence(spentKo.text)).toContain(
          `모두 ${formatWon(total, 'ko')}입니다: 이 가운데 어떤 것이 고객님이 하지 않은 결제인지는 고객님만`,
        );
      }
      for (const x of [again, when, why, left, leftEn, perMonth, conv, six, spent, spentKo])
        expect(renderingErrors(x.text)).toEqual([]);
    });
  });

  describe('QA round 21 (loan21): loans and their follow-ups', () => {
    type M = { amount: string };
    /** The active jeonse loan as a client reads it: id, balance, maturity, next payment, the rate-cut offer. */
    async function theLoan() {
      const res = await t.request<{
        me: {
          customer: {
            loans: {
              id: string;
              status: string;
              kind: string;
              balance: M;
              maturityOn: string;
              lender: string;
              nextPayment: { payment: M; interest: M } | null;
              refinanceOffers: {
                stayWithCurrentLender: {
                  annualRate: string;
                  newPayment: M;
                  monthlySaving: M;
                  lifetimeSaving: M;
                } | null;
              };
            }[];
          };
        };
      }>(
        `{ me { customer { loans { id status kind balance { amount } maturityOn lender
           nextPayment { payment { amount } interest { amount } }
           refinanceOffers { stayWithCurrentLender { annualRate newPayment { amount } monthlySaving { amount }
             lifetimeSaving { amount } } } } } } }`,
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE' && l.kind === 'JEONSE')!;
    }
    const won = (m: M, lang: 'ko' | 'en') => formatWon(m.amount, lang);

    it('after a prepayment: its monthly as yes or no, another amount, a cheaper way; after the offers: cheaper, a year of the saving', async () => {
      const l = await theLoan();
      const stay = l.refinanceOffers.stayWithCurrentLender!;
      const twenty = await prepay(l.id, '20000000');
      const first = await ask('if i put 20 mil into the jeonse loan now what happens');
      const down = await ask('does my monthly go down?', first.conversationId);
      expect(down.topic?.intent).toBe('PREPAYMENT_EFFECT');
      expect(firstSentence(down.text)).toBe(
        `Yes: after prepaying ₩20,000,000, your monthly payment goes from ${won(twenty.paymentBefore, 'en')} to ${won(twenty.paymentAfter, 'en')} (${won(twenty.monthlySaving, 'en')} less).`,
      );
      const fifty = await prepay(l.id, '50000000');
      const more = await ask('what about 50 million', first.conversationId);
      expect(firstSentence(more.text)).toContain(`to ${won(fifty.paymentAfter, 'en')}`);
      expect(firstSentence(more.text)).toContain(`saves ${won(fifty.interestSaved, 'en')}`);
      const ko = await ask('지금 500만원 갚으면 이자 얼마나 줄어요?');
      const cheaper = await ask('더 싸게는?', ko.conversationId);
      expect(cheaper.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(cheaper.text)).toContain(
        `가장 싼 방법은 카카오뱅크 재약정(${formatAnnualRate(stay.annualRate, 'ko')})으로, 월 납입액이 ${won(l.nextPayment!.payment, 'ko')}에서 ${won(stay.newPayment, 'ko')}으로 ${won(stay.monthlySaving, 'ko')} 줄어듭니다`,
      );
      const offers = await ask('can i refinance to something cheaper');
      const again = await ask('cheaper?', offers.conversationId);
      expect(firstSentence(again.text)).toContain('nothing on offer is cheaper');
      const year = await ask('how much would i save a year', offers.conversationId);
      expect(firstSentence(year.text)).toBe(
        `About ${formatWon(new Decimal(stay.monthlySaving.amount).times(12).toFixed(0), 'en')} a year (${won(stay.monthlySaving, 'en')} × 12) by staying with KakaoBank at a reduced ${formatAnnualRate(stay.annualRate, 'en')}.`,
      );
      for (const a of [down, more, cheaper, again, year]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a prepayment by March and its monthly; a later one against now and its fee; the best saving, a rate cut not guaranteed', async () => {
      const l = await theLoan();
      const start = await ask('should i pay off the jeonse loan early or keep saving');
      const march = await ask(
        'ok but how much interest would i save if i pay 10m by march',
        start.conversationId,
      );
      expect(march.topic?.intent).toBe('PREPAYMENT_EFFECT');
      // The instalments due up to March's (the turn's month to March): the prepayment after them.
      const n = (3 - Number(today().slice(5, 7)) + 12) % 12;
      const later = await prepay(l.id, '10000000', n);
      expect(firstSentence(march.text)).toContain(`saves ${won(later.interestSaved, 'en')} of interest`);
      const monthly = await ask('and the monthly after that?', start.conversationId);
      expect(firstSentence(monthly.text)).toContain(
        `your monthly payment goes from ${won(later.paymentBefore, 'en')} to ${won(later.paymentAfter, 'en')}`,
      );
      const six = await ask('6개월 뒤에 1000만원 중도상환하면 어때요');
      const [now, after6] = [await prepay(l.id, '10000000'), await prepay(l.id, '10000000', 6)];
      const versus = await ask('지금 하는거랑 뭐가 달라요?', six.conversationId);
      expect(firstSentence(versus.text)).toContain(
        `지금 갚으면 이자가 ${won(now.interestSaved, 'ko')} 줄어, 6회 더 내신 뒤`,
      );
      expect(firstSentence(versus.text)).toContain(
        `${formatWon(new Decimal(now.interestSaved.amount).minus(after6.interestSaved.amount).toFixed(0), 'ko')} 더 아낍니다`,
      );
      const fee = await ask('수수료 있어요?', six.conversationId);
      expect(firstSentence(fee.text)).toBe(
        '아니요, 카카오뱅크 전세자금대출은 중도상환수수료가 없습니다 (0원).',
      );
      const stay = l.refinanceOffers.stayWithCurrentLender!;
      const sw = await ask('다른데로 갈아타면 이득이에요?');
      const save = await ask('얼마나 아껴요?', sw.conversationId);
      expect(firstSentence(save.text)).toMatch(
        new RegExp(
          `^가장 유리한 카카오뱅크 재약정\\(${escapeRegExp(formatAnnualRate(stay.annualRate, 'ko'))}\\)이라면 월 ${escapeRegExp(won(stay.monthlySaving, 'ko'))}, 남은 기간 전체로 ${escapeRegExp(won(stay.lifetimeSaving, 'ko'))}을 아낍니다\\.`,
        ),
      );
      const angry = await ask('아 진짜 짜증나네 이자 왜 이렇게 비싸요 ㅡㅡ');
      const cut = await ask('깎아달라고 하면 깎아줘요?', angry.conversationId);
      expect(cut.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(cut.text)).toMatch(
        /^꼭 깎아 준다는 보장은 없지만, 금리인하요구권으로 카카오뱅크에 요청할 수 있습니다/,
      );
      expect(firstSentence(cut.text)).toContain(won(stay.newPayment, 'ko'));
      const howMuch = await ask('얼마나요?', angry.conversationId);
      expect(firstSentence(howMuch.text)).toContain(`월 ${won(stay.monthlySaving, 'ko')}`);
      for (const a of [march, monthly, versus, fee, save, cut, howMuch])
        expect(renderingErrors(a.text)).toEqual([]);
    });

    it('the interest to the end and the maturity; a limit’s assumed rate and the payment of the amount; a car loan of a monthly payment and the loans held', async () => {
      const l = await theLoan();
      const due = await ask('wen is my lon due');
      const total = await ask('hw much intrest am i payin total till the end', due.conversationId);
      expect(total.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(total.text)).toMatch(
        /^Over the \d+ instalments left on your KakaoBank jeonse deposit loan you will pay ₩[\d,]+ of interest/,
      );
      const rise = await ask('what if the rate goes up 1%', due.conversationId);
      expect(rise.topic?.intent).toBe('LOANS_OVERVIEW');
      const end = await ask('ok and when does the whole thing end', due.conversationId);
      expect(firstSentence(end.text)).toContain(
        `matures on ${formatDate(l.maturityOn.slice(0, 10), 'en', today())}`,
      );
      const limit = await ask('내 신용점수로 대출 더 받을 수 있나요? 1천만원 정도');
      const rate = await ask('금리는 몇 프로 정도?', limit.conversationId);
      expect(firstSentence(rate.text)).toContain(
        `한도 계산에는 ${formatAnnualRate(ASSUMED_NEW_LOANS.CREDIT.annualRate, 'ko')}를 가정했습니다`,
      );
      const r = new Decimal(ASSUMED_NEW_LOANS.CREDIT.annualRate).div(12);
      const pmt = new Decimal(10_000_000)
        .times(r)
        .div(new Decimal(1).minus(r.plus(1).pow(-ASSUMED_NEW_LOANS.CREDIT.termMonths)));
      const month = await ask('한달에 얼마 갚아요?', limit.conversationId);
      expect(month.topic?.intent).toBe('LOAN_LIMIT');
      const said = new Decimal(
        /한 달 납입액은 ([\d,]+)원/.exec(firstSentence(month.text))![1].replace(/,/g, ''),
      );
      expect(said.minus(pmt).abs().lt(1)).toBe(true);
      const sim = await t.request<{
        simulateLoanLimit: { maxLoan: M; dsrBefore: string; annualIncome: M; existingAnnualDebtService: M };
      }>(
        `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) { ... on LoanLimitSimulation {
           maxLoan { amount } dsrBefore annualIncome { amount } existingAnnualDebtService { amount } } } }`,
        { input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS.AUTO } },
        token,
      );
      expect(sim.errors).toBeUndefined();
      const s = sim.data!.simulateLoanLimit;
      const dsr = new Decimal(s.existingAnnualDebtService.amount)
        .plus(400_000 * 12)
        .div(s.annualIncome.amount);
      const car = await ask('차 사려고 하는데 오토론 받아도 될까요 월 40만원정도');
      expect(car.topic?.intent).toBe('LOAN_LIMIT');
      expect(firstSentence(car.text)).toContain(
        `한 달에 400,000원씩 갚는 자동차대출이면 DSR이 지금 ${formatPercent(s.dsrBefore)}에서 약 ${formatPercent(dsr.toFixed(4))}`,
      );
      expect(car.text).toContain(`최대 ${won(s.maxLoan, 'ko')}`);
      const held = await ask('전세대출 있는데도요?', car.conversationId);
      expect(firstSentence(held.text)).toMatch(/^네, 영향이 있습니다: 카카오뱅크 전세자금대출의 원리금/);
      expect(firstSentence(held.text)).toContain(`자동차대출은 최대 ${won(s.maxLoan, 'ko')}`);
      const upTo = await ask('그럼 얼마까지 괜찮아요?', car.conversationId);
      expect(firstSentence(upTo.text)).toContain(`최대 한도인 ${won(s.maxLoan, 'ko')}`);
      const en = await ask('is my loan gonna be a problem for getting a car loan');
      expect(firstSentence(en.text)).toMatch(
        /^Yes, it limits it: your KakaoBank jeonse deposit loan already takes /,
      );
      expect(firstSentence(en.text)).toContain(formatWon(s.maxLoan.amount, 'en'));
      for (const a of [total, end, rate, month, car, held, upTo, en])
        expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a jeonse renewal with a raised deposit, the extension yes first and when to apply, a move to wolse; paid on time; a deferral does not waive the interest', async () => {
      const l = await theLoan();
      const maturity = l.maturityOn.slice(0, 10);
      const renew = await ask(
        'my landlord wants to renew the jeonse next year and raise the deposit by 30 mil, can i extend the loan',
      );
      expect(renew.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(renew.text)).toMatch(
        /^Usually yes: when you renew the lease, your KakaoBank jeonse deposit loan/,
      );
      expect(firstSentence(renew.text)).toContain('the ₩30,000,000 rise borrowed as a top-up');
      const matures = await ask('what happens when my jeonse loan matures, do i need the whole 169m?');
      const extend = await ask('can i extend it', matures.conversationId);
      expect(extend.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(extend.text)).toMatch(
        /^Usually yes: apply to KakaoBank before your KakaoBank jeonse deposit loan matures on /,
      );
      const landlord = await ask('전세 만기 언제에요? 집주인이 연장 안해준다는데 어떡하죠 ㅠㅠ');
      const also = await ask('대출도 연장 되나요?', landlord.conversationId);
      expect(firstSentence(also.text)).toMatch(/^네, 보통 연장할 수 있습니다: /);
      const when = await ask('그럼 언제까지 신청해야돼요?', landlord.conversationId);
      expect(firstSentence(when.text)).toBe(
        `보통 만기 1~2개월 전, ${formatDate(addMonths(maturity, -2), 'ko', today())}부터 ${formatDate(addMonths(maturity, -1), 'ko', today())} 사이에 ${l.lender}에 기한연장을 신청하시면 되고, 늦어도 만기일(${formatDate(maturity, 'ko', today())}) 전에는 마쳐야 합니다.`,
      );
      const wolse = await ask('what if i move to wolse instead of jeonse when it ends');
      expect(firstSentence(wolse.text)).toContain(
        `repays the ${won(l.balance, 'en')} of your KakaoBank jeonse deposit loan`,
      );
      expect(firstSentence(wolse.text)).toContain(
        `the rent replaces the ${won(l.nextPayment!.interest, 'en')} of monthly interest`,
      );
      const history = await t.request<{
        node: { repaymentHistory: { paidOn: string; amount: M; penalty: M }[] };
      }>(
        `query ($id: ID!) { node(id: $id) { ... on Loan { repaymentHistory { paidOn amount { amount } penalty { amount } } } } }`,
        { id: l.id },
        token,
      );
      expect(history.errors).toBeUndefined();
      const inMonth = (back: number) => {
        const m = addMonths(`${today().slice(0, 7)}-01`, -back).slice(0, 7);
        return history.data!.node.repaymentHistory.filter((r) => r.paidOn.startsWith(m)).at(-1);
      };
      const onTime = await ask('did i pay my loan on time last month?');
      expect(onTime.topic?.intent).toBe('LOAN_BALANCE');
      const lastMonth = inMonth(1);
      if (lastMonth && lastMonth.penalty.amount === '0')
        expect(firstSentence(onTime.text)).toBe(
          `Yes: your KakaoBank jeonse deposit loan payment of ${won(lastMonth.amount, 'en')} on ${formatDate(lastMonth.paidOn.slice(0, 10), 'en', today())} was on time, with no penalty interest.`,
        );
      const before = await ask('and before that?', onTime.conversationId);
      const monthBefore = inMonth(2);
      if (monthBefore && monthBefore.penalty.amount === '0')
        expect(firstSentence(before.text)).toContain(
          `on ${formatDate(monthBefore.paidOn.slice(0, 10), 'en', today())} was on time`,
        );
      const job = await ask('저 실직했어요.. 대출 어떻게 해요');
      const defer = await ask('상환유예 하면 이자도 안내요?', job.conversationId);
      expect(firstSentence(defer.text)).toMatch(
        /^아니요, 상환유예는 이자를 면제해 주는 것이 아니라 미루는 것이라/,
      );
      expect(firstSentence(defer.text)).toContain(won(l.nextPayment!.interest, 'ko'));
      for (const a of [renew, extend, also, when, wolse, onTime, before, defer])
        expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 21 (care21): hardship follow-ups, money short, the text, the landlord, goals, deductions', () => {
    async function loanFigures() {
      const active = await activeLoansWith(
        'kind lender balance { amount } maturityOn nextPayment { dueDate payment { amount } } delinquency { overdueAmount { amount } }',
      );
      const next = active.find((l) => l.nextPayment)! as LateLoan & {
        lender: string;
        maturityOn: string;
        nextPayment: { dueDate: string; payment: { amount: string } };
      };
      return { active, next };
    }

    it('after a job lost: the deposit, whom to call, what first — each answered first, with the next payment', async () => {
      const { next } = await loanFigures();
      const due = formatDate(next.nextPayment.dueDate, 'en', today());
      const job = await ask(
        'i just lost my job and i dont know how im going to pay the loan next month. im freaking out',
      );
      expect(job.text.split('\n')[1]).toMatch(/^You don’t have to sort this out alone/);
      const miss = await ask('what happens if i miss it', job.conversationId);
      expect(miss.text).not.toMatch(/nothing to worry about/);
      expect(miss.text.match(/nothing overdue|Nothing is overdue/g)?.length ?? 0).toBeLessThanOrEqual(1);
      const deposit = await ask('can they take my deposit?', miss.conversationId);
      expect(deposit.topic?.intent).toBe('HARDSHIP');
      if (next.kind === 'JEONSE')
        expect(firstSentence(deposit.text)).toMatch(
          new RegExp(`^Not for a short delay: .*${escapeRegExp(formatWon(next.balance.amount, 'en'))}`),
        );
      const call = await ask('who can i call', deposit.conversationId);
      expect(firstSentence(call.text)).toContain(due);
      expect(call.text).toMatch(/1600-5500/);
      expect(call.text).toMatch(/1397/);
      const first = await ask('what do i do first', call.conversationId);
      expect(firstSentence(first.text)).toMatch(/^First, call /);
      expect(firstSentence(first.text)).toContain(formatWon(next.nextPayment.payment.amount, 'en'));
      for (const a of [job, miss, deposit, call, first]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('after the salary late: 1397 explained, by when the payment is due; no spending-growth block on the hardship answer', async () => {
      const { next } = await loanFigures();
      const salary = await ask('회사에서 월급이 밀렸어요 이번달 이자 못낼거같아요 어떡해요');
      expect(salary.text).not.toMatch(/소득에 비해 소비가 많거나/);
      expect(salary.text.split('\n')[1]).toMatch(/^걱정되시는 마음 이해합니다/);
      const line = await ask('1397은 뭐에요?', salary.conversationId);
      expect(firstSentence(line.text)).toMatch(/^서민금융진흥원 서민금융콜센터\(☎ 1397\)는 /);
      const when = await ask('언제까지 내야 돼요?', line.conversationId);
      expect(firstSentence(when.text)).toContain(
        `${formatDate(next.nextPayment.dueDate, 'ko', today())}까지 ${formatWon(next.nextPayment.payment.amount, 'ko')}을 내셔야 합니다`,
      );
      for (const a of [salary, line, when]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('the unemployment benefit is weighed against the outgoings, not a saving from the lost salary; money short leads', async () => {
      const { next } = await loanFigures();
      const lost = await ask('저 실직했어요.. 대출 어떻게 해요');
      const benefit = await ask('실업급여 받으면 괜찮을까요', lost.conversationId);
      expect(benefit.topic?.intent).toBe('HARDSHIP');
      // QA round 22 (carefu): yes or no first, the benefit estimated against what goes out each month.
      expect(firstSentence(benefit.text)).toMatch(
        /^(?:실업급여만으로는 조금 모자랄 수 있어요|네, 버틸 수 있어 보여요): /,
      );
      expect(firstSentence(benefit.text)).toContain(formatWon(next.nextPayment.payment.amount, 'ko'));
      expect(benefit.text).not.toMatch(/모을 수 있습니다/);
      const pay = new Decimal(next.nextPayment.payment.amount);
      const rent = await ask('my rent is due and i only have 200k in my account');
      expect(rent.topic?.intent).toBe('HARDSHIP');
      expect(rent.emotion?.label).toBe('ANXIOUS');
      if (pay.gt(200_000))
        expect(firstSentence(rent.text)).toContain(
          `${formatWon(pay.minus(200_000).toFixed(0), 'en')} short of your`,
        );
      const ko = await ask('통장에 30만원밖에 없는데 이자 어떻게 내요');
      expect(ko.emotion?.label).toBe('ANXIOUS');
      if (pay.gt(300_000))
        expect(firstSentence(ko.text)).toContain(
          `${formatWon(pay.minus(300_000).toFixed(0), 'ko')}이 모자랍니다`,
        );
      expect(ko.text.split('\n')[1]).toMatch(/^걱정되시는 마음 이해합니다/);
      const mum = await ask('my mum is in hospital and the bills are huge, can i skip a payment or two');
      expect(mum.emotion?.label).toBe('ANXIOUS');
      expect(firstSentence(mum.text)).toMatch(/^I’m sorry someone in your family is unwell/);
      for (const a of [benefit, rent, ko, mum]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a text about arrears: the smishing warning, "진짜요?" confirmed from the record, "그 문자 뭐에요?" explained', async () => {
      const { active } = await loanFigures();
      const none = active.every((l) => l.delinquency.overdueAmount.amount === '0');
      const worried = await ask('대출 연체된거 있어요? 문자가 왔는데 무서워요');
      expect(worried.text).toMatch(/링크를 누르거나/);
      const sure = await ask('진짜요? 확실해요?', worried.conversationId);
      expect(sure.topic?.intent).toBe('ARREARS');
      if (none) expect(firstSentence(sure.text)).toMatch(/^네, 확실합니다: .* 연체된 금액은 0원입니다\.$/);
      const what = await ask('그럼 그 문자 뭐에요?', sure.conversationId);
      expect(what.topic?.intent).toBe('ARREARS');
      if (none) expect(firstSentence(what.text)).toMatch(/^기록상 연체가 없으니 그 문자는 /);
      expect(what.text).toMatch(/118/);
      expect(what.text).toMatch(/1332/);
      for (const a of [worried, sure, what]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('the landlord refusing: the tenant’s renewal right first, then the loan due from the deposit', async () => {
      const { active } = await loanFigures();
      const jeonse = active.find((l) => l.kind === 'JEONSE') as
        (LateLoan & { maturityOn: string }) | undefined;
      const a = await ask('전세 만기 언제에요? 집주인이 연장 안해준다는데 어떡하죠 ㅠㅠ');
      if (!jeonse) return;
      expect(firstSentence(a.text)).toMatch(/계약갱신청구권/);
      expect(a.text).toContain(formatWon(jeonse.balance.amount, 'ko'));
      expect(a.text).toContain(formatDate(jeonse.maturityOn, 'ko', today()));
      expect(a.text).toMatch(/전세보증금반환보증/);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a goal by June: the monthly need to make it; an emergency fund’s why; the medical deduction; a spouse’s hidden loan', async () => {
      const now = Number(today().slice(5, 7));
      const months = (6 - now + 12) % 12 || 12;
      const need = new Decimal(5_000_000).div(months).toDecimalPlaces(0, Decimal.ROUND_UP);
      const goal = await ask('내년 6월까지 500만원 모으고 싶은데 가능할까요?');
      expect(firstSentence(goal.text)).toContain(`매달 ${formatWon(need.toFixed(0), 'ko')}`);
      const monthly = await ask('한달에 얼마씩 모아야돼요?', goal.conversationId);
      expect(firstSentence(monthly.text)).toContain(`매달 ${formatWon(need.toFixed(0), 'ko')}`);
      const fund = await ask('비상금 얼마 있어야 돼요 저는');
      const why = await ask('왜요?', fund.conversationId);
      expect(firstSentence(why.text)).toMatch(/때문입니다/);
      const income = await t.request<{
        me: { customer: { spendingSummary: { total: { amount: string } } } };
      }>(
        '{ me { customer { spendingSummary(period: THIS_YEAR, category: "MEDICAL") { total { amount } } } } }',
        {},
        token,
      );
      expect(income.errors).toBeUndefined();
      const medical = formatWon(income.data!.me.customer.spendingSummary.total.amount, 'ko');
      const ded = await ask('연말정산 의료비 공제 되나요?');
      expect(ded.topic?.intent).toBe('PRODUCT_QUESTION');
      expect(firstSentence(ded.text)).toContain(medical);
      expect(ded.text).toMatch(/3%/);
      expect(ded.text).not.toMatch(/주택임차차입금/);
      const spouse = await ask('남편이 몰래 카드론 받은 것 같아요 어떡하죠');
      expect(spouse.emotion?.label).toBe('ANXIOUS');
      expect(firstSentence(spouse.text)).toMatch(/^가족분의 대출은 본인 동의 없이는/);
      expect(spouse.text).toMatch(/크레딧포유/);
      for (const a of [goal, monthly, why, ded, spouse]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 21 (late21): short of money then, the refused extension then, pay off or save, any late ones', () => {
    async function loansAndHistory() {
      const res = await t.request<{
        me: {
          customer: {
            loans: {
              status: string;
              kind: string;
              balance: { amount: string };
              maturityOn: string;
              nextPayment: { dueDate: string; payment: { amount: string } } | null;
              repaymentHistory: { penalty: { amount: string } }[];
            }[];
          };
        };
      }>(
        '{ me { customer { loans { status kind balance { amount } maturityOn nextPayment { dueDate payment { amount } } repaymentHistory { penalty { amount } } } } } }',
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    }

    it('"모자라면 어떡해요?" / "what if it’s not enough?" after money short: call the lender before the due date, first', async () => {
      const active = await loansAndHistory();
      const next = active.find((l) => l.nextPayment);
      const short = await ask('월급날 전인데 통장에 30만원밖에 없어요 이번달 나갈돈 다 낼수있을까요');
      const then = await ask('모자라면 어떡해요', short.conversationId);
      expect(then.topic?.intent).toBe('HARDSHIP');
      expect(then.text).not.toMatch(/확인이 필요한 거래/);
      if (next) {
        expect(firstSentence(then.text)).toContain(formatDate(next.nextPayment!.dueDate, 'ko', today()));
        expect(firstSentence(then.text)).toContain(formatWon(next.nextPayment!.payment.amount, 'ko'));
        expect(firstSentence(then.text)).toMatch(/상환유예나 기한연장/);
      }
      const rent = await ask('my rent is due and i only have 200k in my account');
      const en = await ask('what if it’s not enough?', rent.conversationId);
      expect(en.topic?.intent).toBe('HARDSHIP');
      if (next) expect(firstSentence(en.text)).toMatch(/^First, call .* about a deferral or an extension/);
      for (const a of [then, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"그럼요?" after "만기 때 못 갚으면": the guarantor’s repayment and debt adjustment, not a dead end', async () => {
      const active = await loansAndHistory();
      const first = [...active].sort((a, b) => a.maturityOn.localeCompare(b.maturityOn))[0];
      const q = await ask('만기 때 못 갚으면 어떻게 돼요?');
      const then = await ask('그럼요?', q.conversationId);
      expect(then.text).not.toMatch(/이어서 말씀드릴 내용은 없습니다/);
      if (!first) return;
      expect(firstSentence(then.text)).toContain(formatDate(first.maturityOn, 'ko', today()));
      expect(firstSentence(then.text)).toContain(formatWon(first.balance.amount, 'ko'));
      if (first.kind === 'JEONSE') expect(firstSentence(then.text)).toMatch(/대위변제/);
      expect(then.text).toMatch(/1600-5500/);
      expect(renderingErrors(then.text)).toEqual([]);
    });

    it('"should i pay off the jeonse loan early or keep saving" → the same comparison as "pay off my loan or save?"', async () => {
      const cmp = await ask('is it better to pay off my loan or save?');
      const keep = await ask('should i pay off the jeonse loan early or keep saving');
      expect(keep.topic?.intent).toBe('PREPAYMENT_EFFECT');
      expect(firstSentence(keep.text)).toBe(firstSentence(cmp.text));
      const ko = await ask('전세대출 먼저 갚는게 나아요 저축하는게 나아요?');
      expect(ko.topic?.intent).toBe('PREPAYMENT_EFFECT');
      expect(firstSentence(ko.text)).toMatch(/갚는 편이 유리|저축하는 편이 유리|예·적금/);
    });

    it('"any late ones at all" / "연체한 적 있어요?" → the whole repayment record: how many, how many late', async () => {
      const active = await loansAndHistory();
      const a = await ask('did i pay my loan on time last month?');
      const any = await ask('any late ones at all', a.conversationId);
      const ko = await ask('연체한 적 있어요?');
      for (const x of [any, ko]) expect(x.topic?.intent).toBe('ARREARS');
      if (active.length !== 1) return;
      const rows = active[0].repaymentHistory;
      const late = rows.filter((r) => r.penalty.amount !== '0').length;
      if (late === 0 && rows.length) {
        expect(firstSentence(any.text)).toMatch(
          new RegExp(`^No — all ${rows.length} instalments on your .* on time`),
        );
        expect(firstSentence(ko.text)).toMatch(
          new RegExp(`^아니요, .* ${rows.length}회 모두 제때 내셨습니다`),
        );
      } else if (late > 0) {
        expect(firstSentence(any.text)).toMatch(
          new RegExp(`^Yes: ${late} of the ${rows.length} instalments`),
        );
      }
      for (const x of [any, ko]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"what was it last quarter" after the health score → both quarters’ scores (from healthScore), not spending', async () => {
      const score = healthScoreOf;
      const now = await score();
      const [year, q] = now.quarter.split('Q').map(Number);
      const before = await score(q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`);
      const first = await ask('how’s my financial health score');
      const then = await ask('what was it last quarter', first.conversationId);
      expect(then.topic?.intent).toBe('HEALTH_SCORE');
      const d = now.score - before.score;
      expect(firstSentence(then.text)).toContain(`${now.score} out of 100`);
      expect(firstSentence(then.text)).toContain(
        d === 0
          ? `the same as ${before.score}`
          : `${Math.abs(d)} point${Math.abs(d) === 1 ? '' : 's'} from ${before.score}`,
      );
      const ko = await ask('지난 분기는요?', (await ask('재무건강 점수 알려줘')).conversationId);
      expect(ko.topic?.intent).toBe('HEALTH_SCORE');
      expect(firstSentence(ko.text)).toContain(`${before.score}점`);
      for (const a of [then, ko]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"and on the card?" after the total owed → everything owed with the card (as "total debt including my card bill")', async () => {
      const whole = await ask('what’s my total debt including my card bill?');
      const total = await ask('quick q - how much do i owe in total rn');
      const card = await ask('and on the card?', total.conversationId);
      expect(card.topic?.intent).toBe('LOANS_OVERVIEW');
      expect(firstSentence(card.text)).toBe(firstSentence(whole.text));
      expect(firstSentence(card.text)).not.toBe(firstSentence(total.text));
      expect(renderingErrors(card.text)).toEqual([]);
    });

    it('"can i pay it all off now" after the Korean Air instalments → those instalments paid early, not the loan payoff', async () => {
      const first = await ask('how many instalments do i have left on the korean air thing');
      const all = await ask('can i pay it all off now', first.conversationId);
      expect(all.topic?.intent).toBe('CARD_TRANSACTIONS');
      expect(all.text).not.toMatch(/Paying off your .* loan today/);
      if (/instalments? (?:is|are) left/.test(firstSentence(first.text)))
        expect(firstSentence(all.text)).toMatch(/^Yes: the .* of card instalment principal left/);
      expect(renderingErrors(all.text)).toEqual([]);
    });
  });

  describe('QA round 22 (verdict): "am i overspending?" is answered yes or no first, from their own figures', () => {
    const won = (v: Decimal.Value, lang: 'ko' | 'en') => formatWon(new Decimal(v).toFixed(0), lang);
    /** The last three complete months' card spending ÷ 3, the monthly income on file (latest complete quarter ÷ 3). */
    async function verdictFigures() {
      const res = await t.request<{
        me: { customer: { quarterlySpending: { complete: boolean; income: { amount: string } | null }[] } };
      }>('{ me { customer { quarterlySpending(last: 2) { complete income { amount } } } } }', {}, token);
      expect(res.errors).toBeUndefined();
      const q = res.data!.me.customer.quarterlySpending.find((x) => x.complete)!;
      const income = new Decimal(q.income!.amount).div(3).toDecimalPlaces(0, Decimal.ROUND_DOWN);
      // QA round 23 (spend23): the one monthly card spending reader (monthlyCard).
      const average = new Decimal((await monthlyCard()).amount.toString());
      const share = average.div(income).toNumber();
      return { average, income, share, over: share > 0.5 };
    }

    it('"저 과소비하는 거예요?", "나 돈 너무 많이 써?", "im worried im overspending. am i?", "am i spending too much?" → yes/no, the 3-month average against the income, and the place among similar customers', async () => {
      const { average, income, share, over } = await verdictFigures();
      const spend = (await peerComparison()).metrics.find((m) => m.metric === 'TOTAL_SPEND')!;
      const p = Math.round(spend.percentile);
      for (const q of ['저 과소비하는 거예요?', '나 돈 너무 많이 써?', '과소비인가요']) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('SPENDING');
        const first = firstSentence(a.text);
        expect(first).toMatch(
          over
            ? /^네, 소득에 비해 많이 쓰는 편입니다: 최근 3개월/
            : /^아니요, 과소비로 보기는 어렵습니다: 최근 3개월/,
        );
        expect(first).toContain(`월평균 ${won(average, 'ko')}`);
        expect(first).toContain(`월 소득 ${won(income, 'ko')}의 ${formatPercent(share)}`);
        expect(first).toContain(`더 많이 쓴 고객이 약 ${100 - p}%, 더 적게 쓴 고객이 약 ${p}%`);
        expect(renderingErrors(a.text)).toEqual([]);
      }
      for (const q of ['im worried im overspending. am i?', 'am i spending too much?']) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('SPENDING');
        const first = firstSentence(a.text);
        expect(first).toMatch(
          over ? /^Yes, you are spending a lot for your income: / : /^No, that is not overspending: /,
        );
        expect(first).toContain(`averaged ${won(average, 'en')} a month over the last 3 months`);
        expect(first).toContain(`${formatPercent(share)} of your monthly income of ${won(income, 'en')}`);
        expect(first).toContain(`about ${100 - p}% of them spent more and ${p}% less`);
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('"is my spending normal?", "내 지출 정상인가요?" → the same verdict with yes and no the other way round', async () => {
      const { over } = await verdictFigures();
      const en = await ask('is my spending normal?');
      expect(firstSentence(en.text)).toMatch(
        over ? /^No, you are spending a lot/ : /^Yes, that is not overspending/,
      );
      const ko = await ask('내 지출 정상인가요?');
      expect(firstSentence(ko.text)).toMatch(
        over ? /^아니요, 소득에 비해 많이 쓰는 편입니다/ : /^네, 과소비로 보기는 어렵습니다/,
      );
      for (const a of [en, ko]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 22 (verdict): the minimum paid, delivery after food, abroad after last month', () => {
    it('"최소결제하면 얼마에요?" after the minimum → the usual 10% of the bill first; "+배달은?" after food → the delivery apps; "+해외결제는?" after last month → last month abroad', async () => {
      const min = await ask('이번 카드 최소결제 금액 얼마예요?');
      const then = await ask('최소결제하면 얼마에요?', min.conversationId);
      expect(then.topic?.intent).toBe('PRODUCT_QUESTION');
      const m =
        /^최소결제만 하시면 이번 달 약 ([\d,]+)원을 내시면 됩니다: 이번 달 카드값 약 ([\d,]+)원의 10 %/.exec(
          firstSentence(then.text),
        );
      expect(m).not.toBeNull();
      const bill = new Decimal(m![2].replace(/,/g, ''));
      expect(m![1].replace(/,/g, '')).toBe(
        bill.times('0.1').toDecimalPlaces(0, Decimal.ROUND_CEIL).toFixed(0),
      );
      // The bill is the one the minimum question gave.
      expect(firstSentence(min.text)).toContain(`약 ${formatWon(bill.toFixed(0), 'ko')}`);

      const [delivery, abroad] = await Promise.all([
        summary('period: THIS_MONTH, merchant: "배달앱"'),
        summary('period: LAST_MONTH, locality: OVERSEAS'),
      ]);
      const food = await ask('이번 달 식비 얼마 썼어요?');
      const d = await ask('배달은?', food.conversationId);
      expect(d.topic?.intent).toBe('SPENDING');
      expect(firstSentence(d.text)).toMatch(/^이번 달 배달앱/);
      expect(firstSentence(d.text)).toContain(formatWon(delivery.total.amount, 'ko'));
      expect(firstSentence(d.text)).not.toContain('식비');
      const last = await ask('지난달 카드 얼마 썼어요?');
      const o = await ask('해외결제는?', last.conversationId);
      expect(firstSentence(o.text)).toContain(
        `지난달 해외 카드 지출은 ${formatWon(abroad.total.amount, 'ko')}`,
      );
      for (const a of [then, d, o]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 22 (cardif): more spent on the card, a trip afforded, months out of reach, a conversion over too many months', () => {
    /** The bill a month's spending lands on (the month after), as forecast: the month's forecast and the instalments. */
    async function expectedBill(ahead: number): Promise<{ expected: Decimal; bill: string }> {
      const spent = addMonths(`${today().slice(0, 7)}-01`, ahead);
      const bill = addMonths(spent, 1);
      const point = (await spendingForecast(ahead + 2)).find((p) => p.period.startsWith(spent.slice(0, 7)));
      expect(point).toBeDefined();
      const mean = Decimal.max(0, point!.mean.amount).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
      return { expected: mean.plus((await portionsOn(bill)).toString()), bill };
    }

    it('"다음달에 100만원 더 쓰면 카드값?", "if i spend 1m more next month whats my card bill": the bill it lands on, the forecast bill plus the amount', async () => {
      const { expected } = await expectedBill(1);
      const total = expected.plus(1_000_000).toFixed(0);
      const ko = await ask('다음달에 100만원 더 쓰면 카드값?');
      expect(ko.topic?.intent).toBe('FORECAST');
      expect(firstSentence(ko.text)).toMatch(
        /^다음 달\(\d{4}년 \d{1,2}월\)에 1,000,000원을 더 쓰시면 \d{4}년 \d{1,2}월 카드값은 약 /,
      );
      expect(firstSentence(ko.text)).toContain(
        `카드값은 약 ${formatWon(total, 'ko')}(예상 ${formatWon(expected.toFixed(0), 'ko')} + 1,000,000원)입니다.`,
      );
      expect(ko.text).not.toContain('이번 달 결제일에 청구되는 카드값은');
      const en = await ask('if i spend 1m more next month whats my card bill');
      expect(en.topic?.intent).toBe('FORECAST');
      expect(firstSentence(en.text)).toContain(
        `card bill would be about ${formatWon(total, 'en')} (the expected ${formatWon(expected.toFixed(0), 'en')} + ₩1,000,000)`,
      );
      // This month: the bill next month, this month's spending so far within it.
      const now = await ask('if I put 500k on my card this month');
      expect(now.topic?.intent).toBe('FORECAST');
      const m = /about ₩([\d,]+) \(the expected ₩([\d,]+) \+ ₩500,000\)/.exec(firstSentence(now.text));
      expect(m).not.toBeNull();
      const [shown, shownExpected] = [m![1], m![2]].map((v) => new Decimal(v.replace(/,/g, '')));
      expect(shown.minus(shownExpected).toFixed(0)).toBe('500000');
      const soFar = await summary('period: THIS_MONTH');
      const nextStatement = await portionsOn(addMonths(`${today().slice(0, 7)}-01`, 1));
      expect(shownExpected.gte(new Decimal(soFar.total.amount).plus(nextStatement.toString()))).toBe(true);
      expect(now.text).not.toMatch(/prepay|jeonse/i);
      for (const a of [ko, en, now]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"12월에 여행가면 100만원 정도 쓸 것 같은데 감당될까요?", "can I afford a 1m trip in december?": yes/no first, from the income on file against that bill and the loans', async () => {
      const ahead = (12 - Number(today().slice(5, 7)) + 12) % 12;
      const { income, debt } = await monthlySurplus();
      const ko = await ask('12월에 여행가면 100만원 정도 쓸 것 같은데 감당될까요?');
      const en = await ask('can I afford a 1m trip in december?');
      for (const a of [ko, en]) expect(a.topic?.intent).toBe('FORECAST');
      if (ahead > 0) {
        const { expected } = await expectedBill(ahead);
        const total = expected.plus(1_000_000);
        const out = total.plus(debt.toString());
        const short = out.gt(income.toString());
        const gap = out.minus(income.toString()).abs().toFixed(0);
        expect(firstSentence(ko.text)).toMatch(short ? /^아니요, / : /^네, /);
        expect(firstSentence(en.text)).toMatch(short ? /^No, / : /^Yes, /);
        expect(firstSentence(ko.text)).toContain(
          `카드값이 약 ${formatWon(total.toFixed(0), 'ko')}(예상 ${formatWon(expected.toFixed(0), 'ko')} + 1,000,000원)`,
        );
        expect(firstSentence(ko.text)).toContain(`월 소득 ${formatWon(income.toString(), 'ko')}`);
        expect(firstSentence(ko.text)).toContain(formatWon(gap, 'ko'));
        expect(firstSentence(en.text)).toContain(`monthly income of ${formatWon(income.toString(), 'en')}`);
        expect(firstSentence(en.text)).toContain(formatWon(gap, 'en'));
        if (debt > 0n)
          expect(firstSentence(ko.text)).toContain(`대출 납입 ${formatWon(debt.toString(), 'ko')}`);
      }
      expect(ko.text).not.toContain('중도상환');
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"99개월 후 카드값", "card bill in 99 months", "13월 카드값": out of the forecast’s reach or no month, said plainly', async () => {
      const ko = await ask('99개월 후 카드값');
      expect(ko.topic?.intent).toBe('FORECAST');
      expect(firstSentence(ko.text)).toMatch(
        /^99개월 후 카드값은 예측할 수 없습니다: 카드값 예측은 12개월 후/,
      );
      const en = await ask('card bill in 99 months');
      expect(firstSentence(en.text)).toMatch(/^A card bill 99 months ahead is beyond the forecast/);
      const month13 = await ask('13월 카드값');
      expect(firstSentence(month13.text)).toMatch(/^13월은 없는 날짜입니다/);
      for (const a of [ko, en, month13]) {
        expect(a.text).not.toContain('1,849,330');
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('"99개월로" after "이번달 카드값 할부로 바꾸면?": the months a conversion can take, then the usual terms; "6개월로" that conversion', async () => {
      const usual = await ask('카드값 할부로 돌리면 얼마씩 내요?');
      const first = await ask('이번달 카드값 할부로 바꾸면?');
      const far = await ask('99개월로', first.conversationId);
      expect(far.topic?.intent).toBe('PRODUCT_QUESTION');
      expect(firstSentence(far.text)).toMatch(
        /^99개월로는 할부 전환이 되지 않습니다: 카드값 할부 전환은 2개월에서 최대 36개월까지/,
      );
      expect(far.text.split('\n')[1]).toBe(usual.text.split('\n')[0]);
      const six = await ask('6개월로', first.conversationId);
      expect(firstSentence(six.text)).toMatch(/^이번 달 카드값 약 [\d,]+원을 6개월 할부로 돌리면/);
      const en = await ask('99 months?', (await ask('convert my card bill into instalments')).conversationId);
      expect(firstSentence(en.text)).toMatch(
        /^The bill can’t be converted over 99 months: a conversion runs from 2 to at most 36 months/,
      );
      for (const a of [far, six, en]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 22 (spendfu): per month, delivery and eating out, why so much and why the difference, the trip total, how to cut a café or the largest, a goal at the current pace, why so low, where it went', () => {
    const won = (v: Decimal.Value, lang: 'ko' | 'en') => formatWon(new Decimal(v).toFixed(0), lang);
    const avg = (v: Decimal.Value, n: number) =>
      new Decimal(v).div(n).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);

    it('"+per month?" after a shop over 3 months is its monthly average; "food delivery n eating out" is eating out', async () => {
      const star = await summary('period: LAST_N_MONTHS, months: 3, merchant: "스타벅스"');
      const q = await ask('how much did i spend at starbucks the last 3 months');
      const pm = await ask('per month?', q.conversationId);
      expect(pm.topic?.intent).toBe('SPENDING');
      expect(firstSentence(pm.text)).toContain(
        `averages about ${won(avg(star.total.amount, 3), 'en')} a month: ${won(star.total.amount, 'en')} over the last 3 months`,
      );
      const food = await summary('period: LAST_N_MONTHS, months: 3, category: "FOOD"');
      const both = await ask('how much have i blown on food delivery n eating out the last 3 months');
      expect(firstSentence(both.text)).toMatch(
        new RegExp(
          `^You spent ${escapeRegExp(won(food.total.amount, 'en'))} on eating out in the last 3 months`,
        ),
      );
      for (const a of [pm, both]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"지난달에 왜케 많이썼지" leads with where the rise came from; "+일본여행때 얼마씀?" after its places is the trip with flights; "왜 차이나요?" after this month\'s and last month\'s food compares those two', async () => {
      const [before, after] = await Promise.all([
        summary('period: MONTHS_AGO, months: 2'),
        summary('period: MONTHS_AGO, months: 1'),
      ]);
      const diff = new Decimal(after.total.amount).minus(before.total.amount);
      const why = await ask('지난달에 왜케 많이썼지');
      expect(why.topic?.intent).toBe('SPENDING');
      if (diff.isPositive())
        expect(firstSentence(why.text)).toMatch(
          new RegExp(`^지난달이 지지난달보다 ${escapeRegExp(won(diff, 'ko'))} 많은 건 주로 `),
        );
      expect(why.text).toContain(`지난달 카드 지출은 ${won(after.total.amount, 'ko')}으로`);
      await ask('어디서요?', why.conversationId);
      const [abroad, flights] = await Promise.all([
        summary('period: LAST_MONTH, locality: OVERSEAS'),
        summary('period: LAST_MONTH, locality: DOMESTIC, category: "TRAVEL"'),
      ]);
      const trip = await ask('일본여행때 얼마씀?', why.conversationId);
      expect(trip.topic?.intent).toBe('SPENDING');
      if (new Decimal(flights.total.amount).gt(0))
        expect(firstSentence(trip.text)).toContain(
          `항공권까지 합친 여행 비용은 약 ${won(new Decimal(abroad.total.amount).plus(flights.total.amount), 'ko')}입니다`,
        );

      const [nowFood, lastFood] = await Promise.all([
        summary('period: THIS_MONTH, category: "FOOD"'),
        summary('period: LAST_MONTH, category: "FOOD"'),
      ]);
      const gap = new Decimal(lastFood.total.amount).minus(nowFood.total.amount);
      const f = await ask('이번달 식비 얼마썼어요');
      await ask('지난달은?', f.conversationId);
      const diffWhy = await ask('왜 차이나요?', f.conversationId);
      expect(diffWhy.topic?.intent).toBe('SPENDING');
      expect(diffWhy.text).toContain(
        `이번 달 식비 카드 지출은 ${won(nowFood.total.amount, 'ko')}으로, 지난달 ${won(lastFood.total.amount, 'ko')}보다`,
      );
      if (gap.isPositive() && lastFood.byMerchant.length)
        expect(firstSentence(diffWhy.text)).toMatch(
          new RegExp(
            `^이번 달이 지난달보다 ${escapeRegExp(won(gap, 'ko'))} 적은 건 지난달에 .*${escapeRegExp(won(lastFood.byMerchant[0].amount.amount, 'ko'))}`,
          ),
        );
      for (const a of [why, trip, diffWhy]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"+줄이려면 어케해요" after cafés is the café\'s month and what one visit fewer saves; "+how do i reduce it" after the biggest expense is that category\'s ways', async () => {
      // QA round 28 (ko28): a cut reads the last three complete months, as the monthly average before it does.
      const cafe = await summary(completeMonths(', merchant: "카페"'));
      const q = await ask('스벅에 한달에 얼마나 쓰는거예요 나');
      await ask('커피 전부는요?', q.conversationId);
      const cut = await ask('줄이려면 어케해요', q.conversationId);
      expect(cut.topic?.intent).toBe('SPENDING');
      if (cafe.purchaseCount > 0)
        expect(firstSentence(cut.text)).toMatch(
          new RegExp(
            `^카페에서 쓴 카드 지출은 한 달 평균 약 ${escapeRegExp(won(avg(cafe.total.amount, 3), 'ko'))}\\(.*한 번에 평균 약 ${escapeRegExp(won(avg(cafe.total.amount, cafe.purchaseCount), 'ko'))}\\)`,
          ),
        );
      const month = await summary('period: THIS_MONTH');
      const top = [...month.byCategory].sort((a, b) => new Decimal(b.amount.amount).cmp(a.amount.amount))[0];
      const three = await summary(completeMonths(`, category: "${top.category.code}"`));
      const big = await ask('whats my biggest expense');
      const how = await ask('how do i reduce it', big.conversationId);
      expect(how.topic?.intent).toBe('SPENDING');
      expect(firstSentence(how.text)).toBe(
        `Over ${completeMonthsPhrase('en')} you spent about ${won(avg(three.total.amount, 3), 'en')} a month on ${phrase('category', top.category.code, 'en')}.`,
      );
      for (const a of [cut, how]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"+지금 쓰는거 기준으로는요?" after a goal is the goal at what the month leaves; "+카드값은 언제 나가요?" after money short is the card\'s payment day', async () => {
      const { surplus } = await monthlySurplus();
      const g = await ask('1년에 천만원 모으고싶은데 가능?');
      const pace = await ask('지금 쓰는거 기준으로는요?', g.conversationId);
      expect(pace.topic?.intent).toBe('SAVINGS');
      const months = surplus > 0n ? (10_000_000n + surplus - 1n) / surplus : 0n;
      // QA round 23 (spend23): a month that leaves nothing (the last three complete months' card spending) says the
      // goal can't be saved yet, first.
      expect(firstSentence(pace.text)).toContain(
        surplus <= 0n
          ? '지금 지출로는 10,000,000원을 모을 수 없습니다: 월 소득'
          : months > 12n
            ? `지금처럼 매달 남는 약 ${formatWon(surplus.toString(), 'ko')}을 모으면 12개월 뒤 약 ${formatWon((surplus * 12n).toString(), 'ko')}이고, 10,000,000원까지는 약 ${months}개월이 걸립니다`
            : `지금처럼 매달 남는 약 ${formatWon(surplus.toString(), 'ko')}을 모으면 10,000,000원까지 약 ${months}개월이 걸립니다`,
      );
      const short = await ask('월급날 일주일 남았는데 통장에 3만원밖에없어요');
      const due = await ask('카드값은 언제 나가요?', short.conversationId);
      expect(due.topic?.intent).toBe('NEXT_PAYMENT');
      expect(firstSentence(due.text)).toMatch(/^카드 결제일/);
      for (const a of [pace, due]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"+why so low lol" after this month\'s card bill is this month against last with last month\'s places; "+ugh where did it all go" is by merchant', async () => {
      const [now, last] = await Promise.all([summary('period: THIS_MONTH'), summary('period: LAST_MONTH')]);
      const gap = new Decimal(last.total.amount).minus(now.total.amount);
      const bill = await ask('whats my 카드값 gonna be this month');
      const low = await ask('why so low lol', bill.conversationId);
      expect(low.topic?.intent).toBe('SPENDING');
      if (gap.isPositive() && last.byMerchant.length)
        expect(firstSentence(low.text)).toMatch(
          new RegExp(
            `^This month is ${escapeRegExp(won(gap, 'en'))} lower than last month because last month had .*${escapeRegExp(won(last.byMerchant[0].amount.amount, 'en'))}`,
          ),
        );
      const spent = await ask('how much did i spend last month');
      const where = await ask('ugh where did it all go', spent.conversationId);
      expect(where.topic?.intent).toBe('SPENDING');
      if (last.byMerchant.length)
        expect(firstSentence(where.text)).toMatch(
          new RegExp(
            `^You spent the most last month at .*: ${escapeRegExp(won(last.byMerchant[0].amount.amount, 'en'))} \\(`,
          ),
        );
      for (const a of [low, where]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 22 (loanleft): moving out, a payment’s split, a low limit, a loan paid twice, next steps', () => {
    type M = { amount: string };
    const jeonse = () =>
      activeJeonse<{
        balance: M;
        maturityOn: string;
        nextPayment: { payment: M; principal: M; interest: M } | null;
        repaymentHistory: { paidOn: string; amount: M }[];
      }>(
        `balance { amount } maturityOn
           nextPayment { payment { amount } principal { amount } interest { amount } }
           repaymentHistory { paidOn amount { amount } }`,
      );

    it('"전세대출 연장 안되면 이사가야돼요?" → not necessarily, first, with the principal and the maturity; in English too', async () => {
      const l = await jeonse();
      const ko = await ask('전세대출 연장 안되면 이사가야돼요?');
      expect(ko.topic?.intent).toBe('LOAN_BALANCE');
      const lead = firstSentence(ko.text);
      expect(lead).toMatch(/^꼭 이사하셔야 하는 것은 아닙니다: 대출과 전세계약은 별개라/);
      expect(lead).toContain(formatWon(l.balance.amount, 'ko'));
      expect(lead).toContain(formatDate(l.maturityOn, 'ko'));
      expect(ko.text).toContain('계약갱신청구권');
      expect(renderingErrors(ko.text)).toEqual([]);
      const en = await ask("if they don't extend my jeonse loan do i have to move out?");
      expect(firstSentence(en.text)).toMatch(
        /^Not necessarily: the loan and the lease are separate contracts/,
      );
      expect(firstSentence(en.text)).toContain(formatWon(l.balance.amount, 'en'));
      expect(en.text).not.toContain('목적물 변경');
      expect(renderingErrors(en.text)).toEqual([]);
    });

    it('"why so much? its just interest right" after the next payment → yes or no first, with the split', async () => {
      const l = await jeonse();
      const n = l.nextPayment!;
      const interestOnly = n.principal.amount === '0';
      const first = await ask('how much is my next loan payment?');
      const why = await ask('why so much? its just interest right', first.conversationId);
      expect(why.topic?.intent).toBe('NEXT_PAYMENT');
      const lead = firstSentence(why.text);
      expect(lead).toMatch(interestOnly ? /^Yes: .* is all interest/ : /^No, not just interest/);
      expect(lead).toContain(formatWon(n.payment.amount, 'en'));
      expect(lead).toContain(formatWon(n.interest.amount, 'en'));
      const ko = await ask('다음 대출 상환액 얼마예요?');
      const kw = await ask('왜 이렇게 많아요? 이자만 내는 거 아니에요?', ko.conversationId);
      expect(firstSentence(kw.text)).toMatch(
        interestOnly ? /^네, .*모두 이자입니다/ : /^아니요, 이자만이 아닙니다/,
      );
      expect(firstSentence(kw.text)).toContain(formatWon(n.interest.amount, 'ko'));
      expect(renderingErrors(why.text + kw.text)).toEqual([]);
    });

    it('"why so little" after a loan limit → what binds it with the figures, then the what-if that raises it', async () => {
      const sim = await t.request<{
        simulateLoanLimit: {
          maxLoan: M;
          annualIncome: M;
          dsrCapAmount: M;
          dsrRoom: M;
          existingAnnualDebtService: M;
          bindingConstraint: string;
        };
      }>(
        `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
           ... on LoanLimitSimulation { maxLoan { amount } annualIncome { amount } dsrCapAmount { amount }
             dsrRoom { amount } existingAnnualDebtService { amount } bindingConstraint } } }`,
        { input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS.CREDIT } },
        token,
      );
      expect(sim.errors).toBeUndefined();
      const s = sim.data!.simulateLoanLimit;
      const first = await ask('how much can i borrow?');
      const why = await ask('why so little', first.conversationId);
      expect(why.topic?.intent).toBe('LOAN_LIMIT');
      const lines = why.text.split('\n');
      if (s.bindingConstraint.startsWith('DSR')) {
        expect(lines[0]).toMatch(/^Your credit loan limit stops at .* because of the DSR cap/);
        for (const m of [s.maxLoan, s.annualIncome, s.dsrCapAmount, s.existingAnnualDebtService, s.dsrRoom])
          expect(lines[0]).toContain(formatWon(m.amount, 'en'));
        expect(lines[1]).toMatch(/^If your income rises 10%/);
      }
      const ko = await ask('대출 한도 얼마나 나와요?');
      const kw = await ask('왜 이것밖에 안 돼요?', ko.conversationId);
      if (s.bindingConstraint.startsWith('DSR')) {
        expect(firstSentence(kw.text)).toMatch(/^신용대출 한도가 .*에 그치는 것은 DSR 한도 때문입니다/);
        expect(firstSentence(kw.text)).toContain(formatWon(s.dsrRoom.amount, 'ko'));
      }
      expect(renderingErrors(why.text + kw.text)).toEqual([]);
    });

    it('"help i think i paid the loan twice this month" → this month’s recorded repayments, yes or no first, then what to do', async () => {
      const l = await jeonse();
      const month = today().slice(0, 7);
      const paid = l.repaymentHistory.filter((p) => p.paidOn.startsWith(month));
      const en = await ask('help i think i paid the loan twice this month');
      expect(en.topic?.intent).toBe('NEXT_PAYMENT');
      const lead = firstSentence(en.text);
      if (paid.length >= 2) expect(lead).toMatch(new RegExp(`^Yes: ${paid.length} repayments`));
      else if (paid.length === 1) {
        expect(lead).toMatch(/^No: only one repayment of your .* is recorded this month/);
        expect(lead).toContain(formatWon(paid[0].amount.amount, 'en'));
      } else expect(lead).toMatch(/^No: no repayment of your/);
      expect(en.text).toMatch(/refund|prepayment/);
      const ko = await ask('이번달 대출 두번 낸 것 같아요');
      expect(ko.topic?.intent).toBe('NEXT_PAYMENT');
      expect(firstSentence(ko.text)).toMatch(paid.length >= 2 ? /^네, 이번 달/ : /^아니요, 이번 달/);
      expect(ko.text).not.toContain('신용회복위원회');
      expect(renderingErrors(en.text + ko.text)).toEqual([]);
    });

    it('"그럼요?", "and?" after the next payment, a balance, this month’s spending, the card bill → the next step, never a dead end', async () => {
      const l = await jeonse();
      for (const [q, f] of [
        ['다음 대출 납입 언제예요?', '그럼요?'],
        ['대출 잔액 얼마야?', '그럼요?'],
        ['이번달 얼마 썼어?', '그럼요?'],
        ['이번 달 카드값 얼마야?', '그럼요?'],
        ['when is my next loan payment?', 'and?'],
        ["what's my loan balance?", 'and?'],
        ['how much did i spend this month?', 'and?'],
        ["what's my card bill this month?", 'and?'],
      ]) {
        const first = await ask(q);
        const next = await ask(f, first.conversationId);
        expect(next.text).not.toMatch(/이어서 말씀드릴 내용은 없습니다|nothing more to add/);
        expect(firstSentence(next.text)).toMatch(/^(?:다음 단계로|Next)/);
        expect(renderingErrors(next.text)).toEqual([]);
      }
      const after = await ask('when is my next loan payment?');
      const and = await ask('and?', after.conversationId);
      expect(and.text).toContain(formatWon(l.balance.amount, 'en'));
    });

    it('the health-score block stays with health-score questions: not under savings or a card bill that is hard to pay', async () => {
      for (const q of [
        '저축 잘하고 있나요?',
        'how much can i save a month?',
        "i can't pay my card bill, revolving is killing me",
      ]) {
        const a = await ask(q);
        expect(a.text).not.toMatch(/■ 소득에 비해 소비가|■ Your spending is high or rising fast/);
      }
      const medical = await ask('건강보험료 얼마 냈어요?');
      expect(medical.topic?.intent).not.toBe('HEALTH_SCORE');
    });
  });

  describe('QA round 22 (carefu)', () => {
    it('illness as hardship; "will i be ok" answered yes with the months off summed; the runway and the benefit after a job loss', async () => {
      const next = nextDue();
      const due = formatWon(next.nextPayment!.payment.amount, 'ko');
      const ill = await ask('갑자기 입원하게됐어요 수술비도 들고 ㅠ 대출 어떻게 해야할지');
      expect(ill.topic?.intent).toBe('HARDSHIP');
      expect(firstSentence(ill.text)).toMatch(
        /^갑자기 몸이 아프셔서 .+ 다음 납입은 .+ 지금 연체된 금액은 없습니다\.$/,
      );
      expect(firstSentence(ill.text)).toContain(due);
      expect(ill.text).not.toContain('주담대 한도');
      const ok = await ask(
        'im in hospital for surgery next week, prob off work 2 months. will i be ok with the loan?',
      );
      expect(ok.topic?.intent).toBe('HARDSHIP');
      expect(ok.emotion?.label).toBe('ANXIOUS');
      expect(firstSentence(ok.text)).toMatch(/You should be: nothing is overdue/);
      expect(ok.text).not.toMatch(/No — you are not in trouble/);
      const two = loans.filter((l) => l.id === next.id).map((l) => Number(l.nextPayment!.payment.amount))[0];
      // Interest-only: the next two payments are the same; the sum is read from the schedule in the reply.
      expect(ok.text).toMatch(/Over the 2 months off, 2 payments fall due \(.+\), ₩[\d,]+ in all/);
      expect(Number(/, (₩[\d,]+) in all/.exec(ok.text)![1].replace(/[₩,]/g, ''))).toBeGreaterThanOrEqual(two);
      const lost = await ask('i just got laid off today. idk how im gonna pay the jeonse interest');
      const last = await ask('how long can i last', lost.conversationId);
      expect(last.topic?.intent).toBe('HARDSHIP');
      expect(last.emotion?.label).toBe('ANXIOUS');
      expect(firstSentence(last.text)).toMatch(
        /^(?:There is no deposit balance on file, so I can’t count the months exactly|With no money coming in, your deposits of ₩[\d,]+ last about [\d.]+ months): about ₩[\d,]+ goes out each month/,
      );
      expect(firstSentence(last.text)).toContain(formatWon(next.nextPayment!.payment.amount, 'en'));
      const brk = await ask('can the bank give me a break on payments?', lost.conversationId);
      expect(firstSentence(brk.text)).toMatch(/^Yes: you can ask .+ for a deferral or an extension/);
      const ko = await ask('회사에서 권고사직 당할거같아요.. 대출이자 어떡하죠');
      const benefit = await ask('실업급여 받으면 버틸수있나요', ko.conversationId);
      expect(firstSentence(benefit.text)).toMatch(
        // QA round 23 (care23): the daily figure clamped to the 2026 floor and cap, 30 days of it, leads.
        /^(?:실업급여만으로는 조금 모자랄 수 있어요|네, 버틸 수 있어 보여요): 실업급여는 한 달 약 [\d,]+원\(하루 약 [\d,]+원 × 30일\)/,
      );
      const months = await ask('몇달이나 버텨요?', ko.conversationId);
      expect(firstSentence(months.text)).not.toBe(firstSentence(ko.text));
      expect(firstSentence(months.text)).toMatch(/매달 약 [\d,]+원\(이자 [\d,]+원/);
      for (const a of [ill, ok, last, brk, benefit, months]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('money gone before payday: what falls due before it first, no cash advance, 1397', async () => {
      const next = nextDue();
      const en = await ask('payday is on the 25th but im already out of money, rent n stuff due before that');
      expect(en.topic?.intent).toBe('HARDSHIP');
      expect(firstSentence(en.text)).toMatch(/^That’s a tight spot — /);
      expect(firstSentence(en.text)).toContain(formatWon(next.nextPayment!.payment.amount, 'en'));
      expect(en.text).toContain('1397');
      expect(en.text).toMatch(/cash advance/);
      const ko = await ask('월급날 일주일 남았는데 통장에 3만원밖에없어요');
      expect(firstSentence(ko.text)).toMatch(/^많이 빠듯하시겠어요: /);
      expect(firstSentence(ko.text)).not.toMatch(/모자랍니다/);
      for (const a of [en, ko]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a flagged charge said to be theirs → the others next; whether to stop the card → no, unless one is not theirs', async () => {
      const first = await ask('카드 내역에 이상한거 있는거 같아요 제가 안쓴거같은데');
      if (!/확인이 필요한 거래는 [1-9]/.test(first.text)) return;
      const mine = await ask('메리어트 그거요 그거 제가 쓴건데', first.conversationId);
      expect(mine.topic?.intent).toBe('SUSPECTED_FRAUD');
      expect(mine.text).not.toContain('카드부터 멈추면');
      const others = await ask('그럼 다른건 괜찮아요?', first.conversationId);
      expect(firstSentence(others.text)).toMatch(
        /^(?:확인이 필요한 나머지 \d+건은|확인이 필요하다고 표시된 다른 결제는 없습니다)/,
      );
      expect(firstSentence(others.text)).not.toContain('MARRIOTT');
      const stop = await ask('카드 정지해야돼요?', first.conversationId);
      expect(firstSentence(stop.text)).toMatch(/^본인이 쓰신 결제라면 카드를 정지하지 않으셔도 됩니다/);
      const en = await ask(
        'oh right that was osaka lol. any other weird ones?',
        (await ask('theres a 735k marriott charge on my card, was that me?')).conversationId,
      );
      expect(en.topic?.intent).toBe('SUSPECTED_FRAUD');
      expect(en.text).not.toMatch(/small talk/);
      for (const a of [mine, others, stop, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('scams: the overdue text against their own record, a link clicked, whom to call, the money back and how long', async () => {
      const next = nextDue();
      const text = await ask(
        'got a text saying my kakaobank loan is overdue and to click a link to pay, is that real??',
      );
      expect(text.emotion?.label).toBe('ANXIOUS');
      expect(firstSentence(text.text)).toMatch(
        /^That text is almost certainly a scam: your .+ has nothing overdue \(₩0\)/,
      );
      expect(firstSentence(text.text)).toContain(formatWon(next.nextPayment!.payment.amount, 'en'));
      const clicked = await ask('i already clicked it 😭', text.conversationId);
      expect(firstSentence(clicked.text)).toMatch(
        /^If you clicked the link, a malicious app may be on your phone/,
      );
      const who = await ask('who do i call', text.conversationId);
      expect(firstSentence(who.text)).toMatch(/^Call 112 \(police, 24 hours\)/);
      const call = await ask('검찰청이라고 전화와서 제 계좌가 범죄에 연루됐다고 돈 옮기래요');
      expect(call.emotion?.label).toBe('ANXIOUS');
      expect(call.text).not.toContain('대출 사기');
      const sent = await ask('이미 50만원 보냈어요ㅠㅠ', call.conversationId);
      expect(sent.text).not.toContain('MARRIOTT');
      const back = await ask('돌려받을수있어요?', call.conversationId);
      expect(firstSentence(back.text)).toMatch(/^사기 계좌에 돈이 남아 있으면 돌려받을 수 있어요/);
      const long = await ask('얼마나 걸려요?', call.conversationId);
      expect(long.topic?.intent).toBe('SUSPECTED_FRAUD');
      expect(firstSentence(long.text)).toMatch(/^보통 2~3개월 걸려요/);
      for (const a of [text, clicked, who, call, sent, back, long])
        expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 22 (shortfu): short follow-ups keep the subject and answer the new angle', () => {
    it('"say it again but shorter" / "다시 말해줘" → the previous answer again (shorter: its first sentence), not small talk', async () => {
      const late = await ask(
        'and if im like 3 days late what happens',
        (await ask('when is my next loan payment')).conversationId,
      );
      const short = await ask('say it again but shorter', late.conversationId);
      expect(short.topic?.intent).toBe(late.topic?.intent);
      expect(short.text).toBe(firstSentence(late.text));
      const ext = await ask('전세만기때 대출 연장 되나요?');
      const again = await ask('다시 말해줘', ext.conversationId);
      expect(again.topic?.topic).toBe('FINANCE');
      expect(firstSentence(again.text)).toBe(firstSentence(ext.text));
      for (const a of [short, again]) expect(a.text).not.toMatch(/small talk|일상 이야기/);
    });

    it('a quoted rate after a refinance answer → the switch at that rate (loan.refinanceAtRate); its saving and break-even carry on', async () => {
      const q = await refinanceAt('0.032');
      const saving = q.switchLender.monthlySaving.amount;
      const first = await ask('is refinancing my jeonse worth it rn? rates feel high');
      const toss = await ask('toss said they’d do 3.2% for me', first.conversationId);
      expect(toss.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(toss.text)).toContain(formatWon(q.switchLender.newPayment.amount, 'en'));
      expect(firstSentence(toss.text)).toContain(formatWon(saving, 'en'));
      const pays = await ask('how long til it pays off', toss.conversationId);
      expect(pays.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(pays.text)).toContain(formatWon(saving, 'en'));
      const ko1 = await ask('전세대출 대환하면 이자 좀 싸지나요');
      const ko2 = await ask('토스에서 3.2%해준다던데', ko1.conversationId);
      expect(ko2.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(ko2.text)).toContain(formatWon(saving, 'ko'));
      const ko3 = await ask('그럼 한달에 얼마 아껴요?', ko2.conversationId);
      expect(firstSentence(ko3.text)).toContain(formatWon(saving, 'ko'));
      const cut = await ask('그거 말고 지금은행에서 깎아달라하면?', ko2.conversationId);
      expect(cut.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(cut.text)).toContain('금리인하요구권');
      const stay = loans[0].refinanceOffers.stayWithCurrentLender;
      if (stay) expect(firstSentence(cut.text)).toContain(formatWon(stay.monthlySaving.amount, 'ko'));
      for (const a of [toss, pays, ko2, ko3, cut]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"no fee?" after the payoff → the prepayment fee first (payoffQuote.prepaymentFee)', async () => {
      const res = await t.request<{
        me: {
          customer: {
            loans: { status: string; payoffQuote: { prepaymentFee: { amount: string } } | null }[];
          };
        };
      }>('{ me { customer { loans { status payoffQuote { prepaymentFee { amount } } } } } }', {}, token);
      const fee = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.payoffQuote!.prepaymentFee
        .amount;
      const payoff = await ask(
        'so if i wanted to pay it all off today how much',
        (await ask('how much do i still owe on the jeonse loan')).conversationId,
      );
      const none = await ask('no fee?', payoff.conversationId);
      expect(none.topic?.intent).toBe('PAYOFF_QUOTE');
      expect(firstSentence(none.text)).toContain(formatWon(fee, 'en'));
      if (fee === '0') expect(firstSentence(none.text)).toMatch(/^There is no prepayment fee/);
    });

    it('"what do i need for that" after the extension → what the extension needs, first', async () => {
      const ext = await ask(
        'my jeonse contract ends in march 2028 same as the loan, can i extend the loan if i renew the lease',
      );
      const need = await ask('what do i need for that', ext.conversationId);
      expect(need.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(need.text)).toMatch(
        /^To extend your .* you usually need .*lease.*proof of income/,
      );
    });

    it('"is that more than usual" / "how sure are u" after a forecast → against the usual month / its 80% range (customer.forecast)', async () => {
      const points = await spendingForecast(3);
      const jan = points[points.length - 1];
      const next = await ask('r u able to predict how much ill spend next month');
      const after = await ask('and the month after?', next.conversationId);
      const usual = await ask('is that more than usual', after.conversationId);
      expect(usual.topic?.intent).toBe('FORECAST');
      expect(firstSentence(usual.text)).toMatch(/^(?:Yes|No)\b|^About/);
      expect(firstSentence(usual.text)).toContain(formatWon(jan.mean.amount, 'en'));
      const sure = await ask('how sure are u about that', usual.conversationId);
      expect(sure.topic?.intent).toBe('FORECAST');
      expect(firstSentence(sure.text)).toMatch(/^Not very: about .* 80% chance of landing between/);
      expect(firstSentence(sure.text)).toContain(formatWon(jan.mean.amount, 'en'));
      for (const a of [usual, sure]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('whether the score is good → a verdict first (creditScore; healthScore band)', async () => {
      const score = await creditScore();
      const en = await ask(
        'is that good enough to get a better rate',
        (await ask('whats my credit score rn')).conversationId,
      );
      const ko = await ask('높은편이에요?', (await ask('제 신용점수 몇점이에요?')).conversationId);
      for (const a of [en, ko]) expect(a.topic?.intent).toBe('HEALTH_SCORE');
      expect(firstSentence(en.text)).toMatch(new RegExp(`^(?:Yes|It is middling|Not yet)\\b.*${score}`));
      expect(firstSentence(ko.text)).toMatch(new RegExp(`^(?:네|중간 정도예요|아니요),? .*${score}점`));
      const health = await healthScoreOf();
      const judged = await ask('그게 좋은거예요?', (await ask('내 재무건강점수 몇점이에요')).conversationId);
      expect(firstSentence(judged.text)).toMatch(
        new RegExp(`^(?:네, 좋은 편|중간 정도예요|아니요, 낮은 편).*${health.score}점`),
      );
    });

    it('"얼마나요?" after the loan limit → that limit again, not the jeonse balance', async () => {
      const can = await ask('대출 더 받을수있어요?', (await ask('제 신용점수 몇점이에요?')).conversationId);
      const much = await ask('얼마나요?', can.conversationId);
      expect(much.topic?.intent).toBe('LOAN_LIMIT');
      const limit = /[\d,]+원/.exec(firstSentence(can.text))?.[0];
      if (limit) expect(firstSentence(much.text)).toContain(limit);
      expect(firstSentence(much.text)).not.toMatch(/남은 원금/);
    });

    it('replies open with a sentence (never "■ Next steps:"); small talk fits the mood and carries an emotion', async () => {
      const subs = await ask('do i have any subscriptions eating my money');
      const and = await ask('and?', subs.conversationId);
      expect(and.text).not.toMatch(/^■/);
      expect(firstSentence(and.text)).toContain(firstSentence(subs.text).replace(/^You/, 'you'));
      const scam = await ask(
        'got a text saying my kakaobank loan is overdue and to click a link to pay, is that real??',
      );
      const now = await ask('what do i do now', scam.conversationId);
      expect(now.text).not.toMatch(/^■/);
      const cold = await ask('오늘 날씨 넘 춥다ㅠ 붕어빵 먹고싶음');
      expect(cold.topic?.topic).toBe('GENERAL');
      expect(cold.text).not.toContain('좋은 소식이네요');
      expect(cold.text).toMatch(/춥죠/);
      expect(cold.emotion?.label).toBeTruthy();
    });
  });

  describe('QA round 22 (loanfu): loan follow-ups', () => {
    type M = { amount: string };
    const jeonse = () =>
      activeJeonse<{
        id: string;
        balance: M;
        nextPayment: { dueDate: string; payment: M; interest: M } | null;
      }>(
        `id status kind balance { amount }
           nextPayment { dueDate payment { amount } interest { amount } }`,
      );
    const won = (m: M, lang: 'ko' | 'en') => formatWon(m.amount, lang);

    it('담달대출 is the next payment; why so much, the principal; why the balance has not gone down', async () => {
      const l = await jeonse();
      const n = l.nextPayment!;
      const first = await ask('담달대출 얼마빠져나가요??');
      expect(first.topic?.intent).toBe('NEXT_PAYMENT');
      expect(firstSentence(first.text)).toContain(won(n.payment, 'ko'));
      expect(firstSentence(first.text)).not.toContain('카드');
      const why = await ask('왜이렇게많아요ㅠ', first.conversationId);
      expect(firstSentence(why.text)).toContain(`원금 ${won(l.balance, 'ko')}`);
      expect(firstSentence(why.text)).toContain(`이자 ${won(n.interest, 'ko')}`);
      const principal = await ask('원금은요?', first.conversationId);
      expect(firstSentence(principal.text)).toContain('만기일시상환');
      const bal = await ask('how much do i still owe on the jeonse loan');
      const flat = await ask('why hasnt it gone down at all??', bal.conversationId);
      expect(firstSentence(flat.text)).toContain('interest-only');
      for (const a of [first, why, principal, flat]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a prepayment’s monthly, 2천, after the next instalment; the rise not yet; the instalment after December', async () => {
      const l = await jeonse();
      const ten = await prepay(l.id, '10000000');
      const start = await ask('보너스 천만원 들어오면 대출 일부갚는게 나음??');
      const monthly = await ask('한달에는 얼마 줄어요?', start.conversationId);
      expect(monthly.topic?.intent).toBe('PREPAYMENT_EFFECT');
      expect(firstSentence(monthly.text)).toContain(`${won(ten.monthlySaving, 'ko')} 줄어듭니다`);
      const twenty = await prepay(l.id, '20000000');
      const two = await ask('2천이면?', start.conversationId);
      expect(firstSentence(two.text)).toContain(won(twenty.paymentAfter, 'ko'));
      const en = await ask('got a 20m bonus coming, if i throw it at the jeonse loan what do i save');
      expect(en.topic?.intent).toBe('PREPAYMENT_EFFECT');
      expect(firstSentence(en.text)).toContain(`saves ${won(twenty.interestSaved, 'en')}`);
      const later = await prepay(l.id, '20000000', 1);
      const wait = await ask('and if i wait til after the next payment to do it', en.conversationId);
      expect(wait.topic?.intent).toBe('PREPAYMENT_EFFECT');
      expect(wait.text).toContain(won(later.interestSaved, 'en'));
      const rise = await ask('my jeonse loan is variable right? if rates go up 1% how much more do i pay');
      const notYet = await ask('what about next month, does it change already', rise.conversationId);
      expect(firstSentence(notYet.text)).toContain(`stays ${won(l.nextPayment!.payment, 'en')}`);
      const after = await ask('when do i pay the loan after the december one');
      expect(firstSentence(after.text)).toContain('Jan 2027');
      for (const a of [monthly, two, en, wait, notYet, after]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a payoff in March; the jeonse deposit at the lease’s end, late, safe, its guarantee; 3 months unpaid', async () => {
      const start = await ask('지금 한번에 갚으면 얼마예요?');
      const march = await ask('그럼 내년3월에 갚으면?', start.conversationId);
      expect(march.topic?.intent).toBe('PAYOFF_QUOTE');
      expect(firstSentence(march.text)).toMatch(/^\d{4}년 3월 1일/);
      expect(march.text).not.toContain('실제 대출 승인 여부');
      const end = await ask(
        'when my jeonse ends does the deposit just automatically pay off the loan or do i do it',
      );
      expect(firstSentence(end.text)).toContain('from the deposit your landlord returns');
      const late = await ask('and if the landlord needs a new tenant first and its late', end.conversationId);
      expect(firstSentence(late.text)).toContain(
        'still owed even if the landlord does not return the deposit',
      );
      const safe = await ask('is my jeonse deposit safe');
      expect(safe.topic?.intent).toBe('LOAN_BALANCE');
      const ins = await ask('should i get deposit insurance', safe.conversationId);
      expect(firstSentence(ins.text)).toContain('deposit-return guarantee');
      const l = await jeonse();
      const laid = await ask('i just got laid off today. idk how im gonna pay the jeonse interest');
      const three = await ask('what if i cant pay for 3 months', laid.conversationId);
      expect(three.topic?.intent).toBe('ARREARS');
      expect(firstSentence(three.text)).toContain(
        formatWon(new Decimal(l.nextPayment!.payment.amount).times(3).toFixed(0), 'en'),
      );
      for (const a of [march, end, late, safe, ins, three]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });
  describe('QA round 23 (care23): hardship and care', () => {
    type M = { amount: string };
    const jeonse = () =>
      activeJeonse<{
        annualRate: string;
        nextPayment: { dueDate: string; payment: M } | null;
      }>(`annualRate nextPayment { dueDate payment { amount } }`);

    it('300만원 on instalments: the month’s payment for 3 months first, the usual terms after', async () => {
      const ko = await ask('300만원 할부로 하면 한달에 얼마예요?');
      expect(ko.topic?.intent).toBe('CARD_TRANSACTIONS');
      expect(firstSentence(ko.text)).toMatch(
        /^3,000,000원을 3개월 할부로 하시면 한 달에 약 [\d,]+원~[\d,]+원씩 내게 됩니다 \(원금 약 1,000,000원/,
      );
      expect(ko.text).toMatch(/2개월 약 .+6개월 약 .+12개월 약 /);
      expect(ko.text).toContain('무이자 할부');
      const six = await ask('300만원 6개월 할부면 월 얼마?');
      expect(firstSentence(six.text)).toContain('6개월 할부로 하시면');
      expect(firstSentence(six.text)).toContain('원금 약 500,000원');
      const en = await ask('3000000 won in instalments, how much a month?');
      expect(firstSentence(en.text)).toMatch(
        /^₩3,000,000 over 3 monthly instalments is about ₩[\d,]+–₩[\d,]+ a month/,
      );
      for (const a of [ko, six, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a cash advance: the verdict first against their own loan; "그럼요?" the alternatives', async () => {
      const l = await jeonse();
      const ko = await ask('현금서비스 써도돼요?');
      expect(firstSentence(ko.text)).toMatch(/^되도록 쓰지 않으시는 게 좋습니다: /);
      expect(ko.text.split('\n')[0]).toContain(formatAnnualRate(l.annualRate, 'ko'));
      const then = await ask('그럼요?', ko.conversationId);
      expect(then.text).not.toContain('이어서 말씀드릴 내용은 없습니다');
      expect(then.text).toContain('1397');
      expect(then.text).toContain('긴급생계비');
      expect(then.text).toContain('상환유예');
      const en = await ask('can i use a cash advance?');
      expect(firstSentence(en.text)).toMatch(/^Better not, if you can avoid it: /);
      const next = await ask('then what?', en.conversationId);
      expect(firstSentence(next.text)).toMatch(/^Next, before a cash advance/);
      for (const a of [ko, then, en, next]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('two weeks late: the credit score answered for their case first, then the penalty interest', async () => {
      const l = await jeonse();
      const pay = l.nextPayment!.payment.amount;
      const late = await ask("i'll be 2 weeks late on my loan");
      const score = await ask('would that hit my credit score?', late.conversationId);
      expect(score.topic?.intent).toBe('ARREARS');
      expect(firstSentence(score.text)).toMatch(
        /^(?:Yes, 2 weeks \(14 days\) late can show on your credit score|2 weeks \(14 days\) late usually does not reach)/,
      );
      expect(firstSentence(score.text)).toContain(formatWon(pay, 'en'));
      expect(score.text.split('\n')[1]).toContain('penalty interest');
      const ko = await ask('대출 2주 늦을 것 같아요');
      const koScore = await ask('신용점수 떨어져요?', ko.conversationId);
      expect(firstSentence(koScore.text)).toMatch(/2주\(14일\) 늦/);
      expect(koScore.text).toContain('5영업일');
      expect(koScore.text).toContain('90일');
      for (const a of [score, koScore]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('the unemployment benefit leads with the 2026 floor-clamped figure', async () => {
      const lost = await ask('실직했어요 대출 어떡하죠');
      const ko = await ask('실업급여 얼마 받을 수 있어요?', lost.conversationId);
      expect(ko.topic?.intent).toBe('HARDSHIP');
      const m = /실업급여는 한 달 약 ([\d,]+)원\(하루 약 ([\d,]+)원 × 30일\)/.exec(firstSentence(ko.text));
      expect(m).not.toBeNull();
      const daily = Number(m![2].replace(/,/g, ''));
      expect(daily).toBeGreaterThanOrEqual(66_048);
      expect(daily).toBeLessThanOrEqual(68_100);
      expect(Number(m![1].replace(/,/g, ''))).toBe(daily * 30);
      expect(ko.text).toContain('66,048원');
      const en = await ask('how much unemployment benefit would i get?');
      expect(firstSentence(en.text)).toMatch(
        /the benefit comes to about ₩[\d,]+ a month \(about ₩[\d,]+ a day × 30 days\)/,
      );
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('an angry scam call reads FRUSTRATED, a worried one ANXIOUS', async () => {
      const ko = await ask('보이스피싱 전화 와서 진짜 열받아요');
      expect([ko.topic?.intent, ko.emotion?.label]).toEqual(['SUSPECTED_FRAUD', 'FRUSTRATED']);
      const en = await ask('some scammer called me pretending to be the bank, im so pissed');
      expect([en.topic?.intent, en.emotion?.label]).toEqual(['SUSPECTED_FRAUD', 'FRUSTRATED']);
      const worried = await ask('보이스피싱 전화 와서 너무 불안해요');
      expect(worried.emotion?.label).toBe('ANXIOUS');
    });

    it('two months off for surgery: the card bills and the loan payments in them, total and by month', async () => {
      const l = await jeonse();
      const pay = l.nextPayment!.payment.amount;
      const ko = await ask('수술때문에 두달 쉬어야 하는데 카드값이랑 대출 어떻게해요?');
      expect(ko.topic?.intent).toBe('HARDSHIP');
      const m =
        /쉬시는 2달\(.+\) 동안 나갈 돈은 카드값과 대출 납입을 합쳐 약 ([\d,]+)원입니다: 카드값 약 ([\d,]+)원\(예측\)과 .+ 납입 ([\d,]+)원/.exec(
          ko.text,
        );
      expect(m).not.toBeNull();
      const n = (x: string) => Number(x.replace(/,/g, ''));
      expect(n(m![1])).toBe(n(m![2]) + n(m![3]));
      // Interest-only: the two instalments are the next one's amount each.
      expect(n(m![3])).toBe(new Decimal(pay).times(2).toNumber());
      expect(
        ko.text.match(/^- \d{4}년 \d{1,2}월: 카드값 약 [\d,]+원 \+ 대출 [\d,]+원 = 약 [\d,]+원$/gm),
      ).toHaveLength(2);
      expect(ko.text).toContain('상환유예');
      const en = await ask('i need 2 months off for surgery, what about my card bills and loan?');
      expect(en.text).toMatch(
        /Over the 2 months off \(.+\), about ₩[\d,]+ falls due: about ₩[\d,]+ of card bills \(forecast\)/,
      );
      expect(en.text).toContain(formatWon(pay, 'en'));
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a hospital bill on the card: yes/no first from this month’s bill, instalments and the deduction after', async () => {
      const ko = await ask('병원비 카드로 긁어도 될까요');
      expect(ko.topic?.intent).toBe('SPENDING');
      expect(firstSentence(ko.text)).toMatch(
        /^(?:네, 병원비는 카드로 내셔도 됩니다|카드로 내셔도 되지만 일시불은 부담이 큽니다): /,
      );
      expect(firstSentence(ko.text)).toMatch(/이번 달 카드값 약 [\d,]+원/);
      expect(ko.text).toContain('무이자 할부');
      expect(ko.text).toContain('의료비 세액공제');
      const bill = await ask('이번 달 카드값 얼마야?');
      const billWon = /약 ([\d,]+원)/.exec(firstSentence(bill.text))![1];
      expect(firstSentence(ko.text)).toContain(billWon);
      const en = await ask('can i put the hospital bill on my card?');
      expect(firstSentence(en.text)).toMatch(
        /^(?:Yes, a medical bill is fine on your card|You can, but not in one payment): /,
      );
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 23 (date23): dates, D-days, maturity, two subjects', () => {
    type M = { amount: string };
    type Row = { node: { dueDate: string; payment: M; paid: boolean } };
    const jeonse = () =>
      activeJeonse<{
        balance: M;
        maturityOn: string;
        nextPayment: { dueDate: string; payment: M } | null;
        schedule: { edges: Row[] };
      }>(
        `balance { amount } maturityOn
           nextPayment { dueDate payment { amount } }
           schedule(first: 100) { edges { node { dueDate paid payment { amount } } } }`,
      );
    const daysTo = (iso: string) =>
      Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${today()}T00:00:00Z`)) / 86_400_000);

    it('a date before which to have money ready; its weekday; what is due this week', async () => {
      const l = await jeonse();
      const n = l.nextPayment!;
      const m = Number(n.dueDate.slice(5, 7));
      const d = Number(n.dueDate.slice(8, 10));
      const due = await ask(`${m}월 ${d}일 전에 얼마 준비해야돼요?`);
      expect(due.topic?.intent).toBe('NEXT_PAYMENT');
      // What falls due by then: the unpaid instalments from today through that day, summed.
      const rows = l.schedule.edges
        .map((e) => e.node)
        .filter((r) => !r.paid && r.dueDate >= today() && r.dueDate <= n.dueDate);
      const total = rows.reduce((a, r) => a.plus(r.payment.amount), new Decimal(0)).toFixed(0);
      expect(firstSentence(due.text)).toContain(`${formatDate(n.dueDate, 'ko', today())}까지`);
      expect(firstSentence(due.text)).toContain(formatWon(total, 'ko'));
      expect(due.text).not.toContain('일 전 카드 지출');
      const day = await ask('그날 주말이에요?', due.conversationId);
      const wd = new Date(`${n.dueDate}T00:00:00Z`).getUTCDay();
      const off = wd === 0 || wd === 6 || KOREAN_PUBLIC_HOLIDAYS.includes(n.dueDate);
      expect(firstSentence(day.text)).toMatch(off ? /^네, / : /^아니요, /);
      expect(firstSentence(day.text)).toContain(`${'일월화수목금토'[wd]}요일`);
      const week = await ask("what's due this week");
      expect(week.topic?.intent).toBe('NEXT_PAYMENT');
      const inWeek = l.schedule.edges
        .map((e) => e.node)
        .filter((r) => !r.paid && r.dueDate >= today() && r.dueDate <= addDays(today(), 7));
      if (inWeek.length === 0) {
        expect(firstSentence(week.text)).toMatch(/^Nothing is due on your loans in the next 7 days/);
        expect(week.text).toContain(`D-${daysTo(n.dueDate)}`);
      } else expect(firstSentence(week.text)).toContain(formatWon(inWeek[0].payment.amount, 'en'));
      for (const a of [due, day, week]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('D-days: maturity, the next payment, as follow-ups', async () => {
      const l = await jeonse();
      const toMaturity = daysTo(l.maturityOn);
      const toNext = daysTo(l.nextPayment!.dueDate);
      for (const q of ['대출 만기까지 며칠 남았어요?', '디데이로 알려줘', 'd-day for my loan maturity?']) {
        const a = await ask(q);
        expect({ q, intent: a.topic?.intent }).toEqual({ q, intent: 'LOAN_BALANCE' });
        expect({ q, d: /^D-(\d+): /.exec(a.text)?.[1] }).toEqual({ q, d: String(toMaturity) });
        expect(firstSentence(a.text)).toContain(
          q.startsWith('d-day') ? `${toMaturity} days` : `${toMaturity}일`,
        );
      }
      const next = await ask('다음 대출 납입일 d-day');
      expect(next.topic?.intent).toBe('NEXT_PAYMENT');
      expect(firstSentence(next.text)).toMatch(new RegExp(`^D-${toNext}: `));
      const mature = await ask('when does it mature');
      const howMany = await ask('how many days is that', mature.conversationId);
      expect(firstSentence(howMany.text)).toContain(`matures in ${toMaturity} days`);
      const pay = await ask("when's my next loan payment");
      const fromToday = await ask('how many days is that from today', pay.conversationId);
      expect(firstSentence(fromToday.text)).toContain(`due in ${toNext} days`);
      for (const a of [next, howMany, fromToday]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('the lump sum at maturity; saving monthly for it; the days until then', async () => {
      const l = await jeonse();
      const on = formatDate(l.maturityOn, 'ko', today());
      const start = await ask('대출 만기 언제에요?');
      const lump = await ask('그때 한번에 다 갚아야 돼요?', start.conversationId);
      expect(lump.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(lump.text)).toMatch(/^네, /);
      expect(firstSentence(lump.text)).toContain(
        `${on} 만기에 남은 원금 ${formatWon(l.balance.amount, 'ko')}`,
      );
      expect(lump.text).not.toContain('전액 상환하시려면');
      // The principal over the instalments left (one a month), rounded up to the won.
      const left = l.schedule.edges.filter((e) => !e.node.paid).length;
      const each = new Decimal(l.balance.amount).div(left).toDecimalPlaces(0, Decimal.ROUND_UP).toFixed(0);
      const per = formatWon(each, 'ko');
      const ko = await ask('대충 매달 얼마 모아야 만기때 한번에 갚아요?');
      expect(ko.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(ko.text)).toContain(`매달 약 ${per}씩`);
      expect(ko.text).toContain('전세보증금');
      const en = await ask('how much do i need to save monthly to pay off the jeonse at maturity');
      expect(firstSentence(en.text)).toContain(`about ${formatWon(each, 'en')} a month`);
      const days = await ask('and how many days until then?', en.conversationId);
      expect(firstSentence(days.text)).toContain(`${daysTo(l.maturityOn)} days`);
      for (const a of [lump, ko, en, days]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('the loan and this month’s card spending together; when the card bill is taken, with a typo', async () => {
      const l = await jeonse();
      const both = await ask('대출 잔액이랑 이번달 카드 쓴거 같이 알려줘');
      expect(firstSentence(both.text)).toContain(formatWon(l.balance.amount, 'ko'));
      expect(firstSentence(both.text)).toContain(formatWon(await spentTotal('period: THIS_MONTH'), 'ko'));
      const when = await ask('카드값 언제 빠저나가여');
      expect(when.topic?.intent).toBe('NEXT_PAYMENT');
      expect(firstSentence(when.text)).toMatch(/^카드 결제일/);
      for (const a of [both, when]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });
  describe('QA round 23 (chat23): thanks, closings, relief, newcomers, short forms', () => {
    it('thanks in short forms, a closing, relief and feeling silly are met in a line; newcomers get examples', async () => {
      for (const [text, start] of [
        ['ㄱㅅ', '천만에요!'],
        ['ㄳ', '천만에요!'],
        ['ty', 'You’re welcome!'],
        ['오늘은 여기까지 할게요 좋은 하루 되세요', '오늘도 이용해 주셔서 감사합니다.'],
        ['다행이네요 휴', '다행이에요!'],
        ['i was so worried i missed my loan payment but i checked and it went through', 'Glad it worked out'],
        ['lol i feel so dumb for panicking', 'Not dumb at all'],
        ['what can i ask you?', 'I help with your own loans'],
        ['이 앱에서 뭘 물어볼 수 있어요?', '저는 고객님의 대출·상환·소비 데이터를'],
        ['처음 써보는데 어떻게 쓰는거에요?', '저는 고객님의 대출·상환·소비 데이터를'],
      ]) {
        const a = await ask(text);
        expect(a.text.startsWith(start)).toBe(true);
        expect(a.text).not.toMatch(/1600-5500|small talk short|일상 이야기는 가볍게만/);
      }
    });

    it('the card bill, an interjection, the loan added: the sum; thanks after it is short', async () => {
      const thisMonth = `${today().slice(0, 7)}-01`;
      const due = await cardBillOf(thisMonth);
      const jeonse = loans.find((l) => l.kind === 'JEONSE')!;
      const sum = due.bill + BigInt(jeonse.nextPayment!.payment.amount);
      const bill = await ask('이번달 카드값 얼마야');
      await ask('헉 많네', bill.conversationId);
      const both = await ask('그럼 대출이자까지 하면?', bill.conversationId);
      expect(both.topic?.intent).toBe('SPENDING');
      expect(firstSentence(both.text)).toContain(formatWon(sum.toString(), 'ko'));
      const thanks = await ask('알겠어요 고마워요', bill.conversationId);
      expect(thanks.text.startsWith('천만에요!')).toBe(true);
      expect(renderingErrors(both.text)).toEqual([]);
    });

    it('ㄷㅊ 얼마 is the loan’s balance; 카값 the card bill; principal or interest is the bullet loan', async () => {
      const loan = await ask('ㄷㅊ 얼마');
      expect(loan.topic?.intent).toBe('LOAN_BALANCE');
      const interest = await ask('ㅇㅈ는?', loan.conversationId);
      expect(interest.topic?.intent).toBe('NEXT_PAYMENT');
      const jeonse = loans.find((l) => l.kind === 'JEONSE')!;
      expect(firstSentence(interest.text)).toContain(
        `이자 ${formatWon(jeonse.nextPayment!.interest.amount, 'ko')}`,
      );
      const card = await ask('카값');
      expect(card.topic?.intent).toBe('SPENDING');
      expect(firstSentence(card.text)).toContain('카드값');
      const next = await ask('whats my next loan payment');
      const which = await ask('wait is that principal or just interest?', next.conversationId);
      expect(which.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(which.text)).toContain('interest-only');
      expect(which.text).not.toBe(next.text);
    });

    it('anger at the rate and sarcasm at a bill: heard in a sentence, FRUSTRATED, then the answer', async () => {
      const stay = BigInt(
        loans.find((l) => l.kind === 'JEONSE')!.refinanceOffers.stayWithCurrentLender!.monthlySaving.amount,
      );
      const en = await ask('your bank is a ripoff, 3.77% is robbery');
      expect(en.topic?.intent).toBe('REFINANCE');
      expect(en.emotion?.label).toBe('FRUSTRATED');
      expect(firstSentence(en.text)).toMatch(/^I hear you — that rate is a lot to pay\. Your best option/);
      expect(firstSentence(en.text)).toContain(formatWon(stay.toString(), 'en'));
      const ko = await ask('이 은행 진짜 최악이다 이자 장난하나');
      expect(ko.emotion?.label).toBe('FRUSTRATED');
      expect(firstSentence(ko.text)).toMatch(/^이자가 많이 부담되시죠, 그 마음 이해합니다\. /);
      expect(firstSentence(ko.text)).toContain(formatWon(stay.toString(), 'ko'));
      const due = await cardBillOf(`${today().slice(0, 7)}-01`);
      const bill = await ask('oh great, another bill. love that for me');
      expect(bill.emotion?.label).toBe('FRUSTRATED');
      expect(firstSentence(bill.text)).toMatch(/^I hear you — another bill is no fun\. The card bill/);
      expect(firstSentence(bill.text)).toContain(formatWon(due.bill.toString(), 'en'));
      expect(bill.text).not.toContain('here are the key facts');
      for (const a of [en, ko, bill]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 23 (loan23): the outgoings and their parts agree, saving more, a quoted rate’s break-even, a rate no lender can quote', () => {
    it('"뭐뭐 나가요?", "헐 생각보다 많네", "what makes that up" after a month’s outgoings → the same total (the bill with its instalments), each part named', async () => {
      const thisMonth = `${today().slice(0, 7)}-01`;
      const nextMonth = addMonths(thisMonth, 1);
      const rows = await activeScheduleRows();
      const dueIn = (month: string) => rows.filter((r) => r.dueDate.slice(0, 7) === month.slice(0, 7));
      const totalOf = async (month: string) => {
        const bill = (await cardBillOf(month)).bill;
        return { bill, total: dueIn(month).reduce((a, r) => a + BigInt(r.payment.amount), bill) };
      };
      const now = await totalOf(thisMonth);
      const next = await totalOf(nextMonth);
      const first = await ask('이번달 나가는 돈 얼마에요?');
      const parts = await ask('뭐뭐 나가요?', first.conversationId);
      const start = await ask('이번달 나가는 돈 얼마에요?');
      expect(parts.topic?.intent).toBe('SPENDING');
      expect(firstSentence(parts.text)).toContain(
        `이번 달 나가는 돈 ${formatWon(now.total.toString(), 'ko')}은`,
      );
      expect(firstSentence(parts.text)).toContain(`카드 결제 ${formatWon(now.bill.toString(), 'ko')}`);
      const ahead = await ask('다음달은요?', start.conversationId);
      expect(firstSentence(ahead.text)).toContain(formatWon(next.total.toString(), 'ko'));
      const wow = await ask('헐 생각보다 많네', start.conversationId);
      expect(wow.topic?.intent).toBe('SPENDING');
      // The same total as the turn before (was the bill without its instalments: 799,547 → 704,481원).
      expect(firstSentence(wow.text)).toContain(`약 ${formatWon(next.total.toString(), 'ko')}은`);
      expect(firstSentence(wow.text)).toContain(`카드 결제 ${formatWon(next.bill.toString(), 'ko')}`);
      const all = await ask('그게 다예요?', start.conversationId);
      expect(all.text.split('\n')[1]).toBe(firstSentence(wow.text));
      const en = await ask('how much money goes out next month?');
      const up = await ask('what makes that up', en.conversationId);
      expect(up.topic?.intent).toBe('SPENDING');
      expect(firstSentence(up.text)).toContain(formatWon(next.total.toString(), 'en'));
      expect(firstSentence(up.text)).toContain(`a ${formatWon(next.bill.toString(), 'en')} card bill`);
      for (const a of [parts, ahead, wow, all, up]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"더 많이 아끼는 방법은?" / "how can i save more?" after a prepayment → twice the amount first (loan.prepaymentEffect), then a lower rate', async () => {
      const res = await t.request<{ me: { customer: { loans: { id: string; status: string }[] } } }>(
        '{ me { customer { loans { id status } } } }',
        {},
        token,
      );
      const id = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.id;
      const ten = await prepay(id, '10000000');
      const twenty = await prepay(id, '20000000');
      const more = BigInt(twenty.interestSaved.amount) - BigInt(ten.interestSaved.amount);
      const first = await ask('천만원 중도상환하면 얼마 아껴요?');
      const ko = await ask('더 많이 아끼는 방법은?', first.conversationId);
      expect(ko.topic?.intent).toBe('PREPAYMENT_EFFECT');
      expect(firstSentence(ko.text)).toContain(
        `두 배인 ${formatWon('20000000', 'ko')}을 중도상환하면 남은 기간 이자가 ${formatWon(twenty.interestSaved.amount, 'ko')} 줄어`,
      );
      expect(firstSentence(ko.text)).toContain(`${formatWon(more.toString(), 'ko')} 더 아낍니다`);
      expect(ko.text).toContain('금리');
      const enFirst = await ask('if i prepay 10m how much do i save?');
      const en = await ask('how can i save more?', enFirst.conversationId);
      expect(firstSentence(en.text)).toContain(
        `twice that, ${formatWon('20000000', 'en')}, cuts the interest over the remaining term by ${formatWon(twenty.interestSaved.amount, 'en')}`,
      );
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"몇 달이면 본전이에요?" / "when does it break even" after a quoted rate → that rate’s saving and payback (loan.refinanceAtRate)', async () => {
      const q = await refinanceAt('0.032');
      const saving = q.switchLender.monthlySaving.amount;
      const first = await ask('대출 갈아타면 얼마 아껴요?');
      const toss = await ask('토스에서 3.2%해준다던데', first.conversationId);
      const even = await ask('몇 달이면 본전이에요?', toss.conversationId);
      expect(even.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(even.text)).toMatch(
        /^(?:바로 이득입니다|\d+개월째에 본전입니다|남은 기간 안에는)/,
      );
      expect(firstSentence(even.text)).toContain('연 3.2');
      expect(firstSentence(even.text)).toContain(formatWon(saving, 'ko'));
      const enFirst = await ask('refinance my loan, how much would i save?');
      const enToss = await ask('toss said 3.2%', enFirst.conversationId);
      const enEven = await ask('when does it break even', enToss.conversationId);
      expect(enEven.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(enEven.text)).toContain(formatWon(saving, 'en'));
      for (const a of [even, enEven]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a quoted 99 % or 0 % → named as a rate no lender can quote; 5 % → switching costs more', async () => {
      const first = await ask('대출 갈아타면 얼마 아껴요?');
      const toss = await ask('토스에서 3.2%해준다던데', first.conversationId);
      const high = await ask('99%는요?', toss.conversationId);
      expect(high.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(high.text)).toMatch(
        /^연 99%는 법정최고금리\(연 20%\)를 넘어 받을 수 없는 금리예요/,
      );
      const toss2 = await ask(
        '토스에서 3.2%해준다던데',
        (await ask('대출 갈아타면 얼마 아껴요?')).conversationId,
      );
      const zero = await ask('0%면요?', toss2.conversationId);
      expect(firstSentence(zero.text)).toMatch(/^0%는 받을 수 없는 금리예요/);
      const q = await refinanceAt('0.05');
      const toss3 = await ask(
        '토스에서 3.2%해준다던데',
        (await ask('대출 갈아타면 얼마 아껴요?')).conversationId,
      );
      const dear = await ask('5%면요?', toss3.conversationId);
      expect(dear.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(dear.text)).toContain('낮지 않아');
      expect(firstSentence(dear.text)).toContain(formatWon(q.switchLender.newPayment.amount, 'ko'));
      const en = await ask(
        'a lender quoted me 99%',
        (await ask('refinance my loan, how much would i save?')).conversationId,
      );
      expect(firstSentence(en.text)).toMatch(/^99% is above Korea's legal maximum rate of 20% a year/);
      const enZero = await ask('what about 0%', en.conversationId);
      expect(firstSentence(enZero.text)).toMatch(/^0% is not a rate a lender can quote/);
      for (const a of [high, zero, dear, en, enZero]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 23 (mix23): a purchase beside the loan, its instalments, a trip in December; corrections; the loan’s rate and interest', () => {
    const won = (v: Decimal.Value, lang: 'ko' | 'en') => formatWon(new Decimal(v).toFixed(0), lang);

    it('"50만원짜리 폰 사도 대출 갚을 수 있을까요?", "can i afford a 500k phone and still pay my loan": yes/no first from the income, the loan payment and the bill; in instalments the month’s payment', async () => {
      const { income, debt } = await monthlySurplus();
      const ko = await ask('50만원짜리 폰 사도 대출 갚을 수 있을까요?');
      const en = await ask('can i afford a 500k phone and still pay my loan');
      for (const a of [ko, en]) expect(a.topic?.intent).toBe('FORECAST');
      const m = /카드값이 약 ([\d,]+)원\(예상 ([\d,]+)원 \+ 500,000원\)/.exec(firstSentence(ko.text));
      expect(m).not.toBeNull();
      const total = new Decimal(m![1].replace(/,/g, ''));
      expect(total.minus(m![2].replace(/,/g, '')).toFixed(0)).toBe('500000');
      const rest = new Decimal(income.toString()).minus(total).minus(debt.toString());
      expect(firstSentence(ko.text)).toMatch(rest.gte(0) ? /^네, / : /^아니요, /);
      expect(firstSentence(en.text)).toMatch(rest.gte(0) ? /^Yes, / : /^No, /);
      expect(firstSentence(ko.text)).toContain(`월 소득 ${won(income.toString(), 'ko')}`);
      expect(firstSentence(ko.text)).toContain(won(rest.abs(), 'ko'));
      if (debt > 0n) expect(firstSentence(ko.text)).toContain(`대출 납입 ${won(debt.toString(), 'ko')}`);
      expect(firstSentence(en.text)).toContain(`monthly income of ${won(income.toString(), 'en')}`);
      // In instalments: 500,000 ÷ N plus the card companies' fee of 10–19.9 % a year, averaged (the conversion's rule).
      const spread = (n: number) =>
        [0.1, 0.199].map((r) => {
          const fee = new Decimal(500000)
            .times(r)
            .div(12)
            .times(n + 1)
            .div(2)
            .floor();
          return new Decimal(500000).plus(fee).div(n).ceil();
        });
      const koSpread = await ask('할부로 사면요?', ko.conversationId);
      expect(koSpread.topic?.intent).toBe('FORECAST');
      const [, high3] = spread(3);
      const [low12, high12] = spread(12);
      // QA round 26 (ko3): asked whether it is affordable, yes or no first (on the shortest term), then the terms.
      expect(firstSentence(koSpread.text)).toMatch(/^(?:네|아니요), [^:]+: 500,000원을 3개월 할부로 사시면 /);
      expect(koSpread.text.split('\n')[1]).toMatch(/^500,000원을 할부로 사시면 한 달에 3개월이면 약 /);
      expect(koSpread.text.split('\n')[1]).toContain(
        `12개월이면 약 ${won(low12, 'ko')}~${won(high12, 'ko')}`,
      );
      expect(koSpread.text).toContain(`3개월 할부의 첫 회차만 더해`);
      expect(koSpread.text).toContain(won(high3, 'ko'));
      expect(koSpread.text).not.toContain('카드 할부로 남은 원금');
      const enSpread = await ask('what if i pay it in 12 installments', en.conversationId);
      expect(enSpread.topic?.intent).toBe('FORECAST');
      // QA round 26 (ko3): asked whether ("can i afford"), yes or no first, then the month's share.
      expect(firstSentence(enSpread.text)).toMatch(
        new RegExp(
          `^(?:Yes|No), [^:]+: on 12 monthly instalments the ₩500,000 is about ${won(low12, 'en')}–${won(high12, 'en')} a month`,
        ),
      );
      expect(enSpread.text.split('\n')[1]).toContain('The month’s share is about ₩41,667 of principal');
      expect(enSpread.text).not.toContain('Here are the next 12 instalments');
      for (const a of [ko, en, koSpread, enSpread]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"can i spend 300k on a trip in december and still make my loan payment", "+nah make that 1 million": the December check, then with 1,000,000', async () => {
      const trip = await ask('can i spend 300k on a trip in december and still make my loan payment');
      expect(trip.topic?.intent).toBe('FORECAST');
      const same = await ask('can I afford a 300k trip in december?');
      expect(firstSentence(trip.text)).toBe(firstSentence(same.text));
      expect(firstSentence(trip.text)).toMatch(/^(?:Yes|No), /);
      const { income } = await monthlySurplus();
      expect(firstSentence(trip.text)).toContain(`monthly income of ${won(income.toString(), 'en')}`);
      expect(trip.text).not.toContain('last year');
      const million = await ask('nah make that 1 million', trip.conversationId);
      expect(million.topic?.intent).toBe('FORECAST');
      const millionAlone = await ask('can I afford a 1m trip in december?');
      expect(firstSentence(million.text)).toBe(firstSentence(millionAlone.text));
      expect(firstSentence(million.text)).toContain('₩1,000,000');
      for (const a of [trip, million]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('corrections: "no i meant last month" then "and the month before?"; "대출 이자율 얼마에요" then "아니 전세대출 말고 신용대출"; "다음달 대출 이자" then "아 아니 카드값 말한거에요"', async () => {
      const last = await summary('period: LAST_MONTH');
      const before = await summary('period: MONTHS_AGO, months: 2');
      const start = await ask('how much did i spend this month');
      const meant = await ask('no i meant last month', start.conversationId);
      expect(meant.topic?.intent).toBe('SPENDING');
      expect(firstSentence(meant.text)).toContain(`You spent ${won(last.total.amount, 'en')} last month`);
      const prior = await ask('and the month before?', start.conversationId);
      expect(prior.topic?.intent).toBe('SPENDING');
      expect(firstSentence(prior.text)).toContain(won(before.total.amount, 'en'));
      const res = await t.request<{
        me: { customer: { loans: { status: string; kind: string; annualRate: string }[] } };
      }>('{ me { customer { loans { status kind annualRate } } } }', {}, token);
      const active = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
      const rate = await ask('대출 이자율 얼마에요');
      expect(rate.topic?.intent).toBe('LOAN_BALANCE');
      if (active.length === 1)
        expect(firstSentence(rate.text)).toContain(
          `지금 금리는 ${formatAnnualRate(active[0].annualRate, 'ko')}`,
        );
      const credit = await ask('아니 전세대출 말고 신용대출', rate.conversationId);
      if (!active.some((l) => l.kind === 'CREDIT')) {
        expect(firstSentence(credit.text)).toContain('신용대출은 없습니다');
        if (active.length === 1) expect(credit.text).toContain(formatAnnualRate(active[0].annualRate, 'ko'));
      }
      const soFar = await summary('period: THIS_MONTH');
      const interest = await ask('다음달 대출 이자 얼마에요?');
      expect(interest.topic?.intent).toBe('NEXT_PAYMENT');
      const card = await ask('아 아니 카드값 말한거에요', interest.conversationId);
      const nextBill = await ask('다음달 카드값 얼마에요?');
      expect(firstSentence(card.text)).toMatch(/^다음 달에 청구될 카드값은/);
      expect(firstSentence(card.text)).toBe(firstSentence(nextBill.text));
      expect(card.text).toContain(`이번 달 일시불 사용분 ${won(soFar.total.amount, 'ko')}`);
      for (const a of [meant, prior, rate, credit, card]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"loan bal?" then "rate?" and "int nxt month?": the loan’s rate, then the next payment’s interest', async () => {
      const res = await t.request<{
        me: {
          customer: {
            loans: {
              status: string;
              annualRate: string;
              nextPayment: { interest: { amount: string } } | null;
            }[];
          };
        };
      }>(
        '{ me { customer { loans { status annualRate nextPayment { interest { amount } } } } } }',
        {},
        token,
      );
      const active = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
      const bal = await ask('loan bal?');
      const rate = await ask('rate?', bal.conversationId);
      expect(rate.topic?.intent).toBe('LOAN_BALANCE');
      const next = await ask('int nxt month?', bal.conversationId);
      expect(next.topic?.intent).toBe('NEXT_PAYMENT');
      if (active.length === 1) {
        expect(firstSentence(rate.text)).toContain(formatAnnualRate(active[0].annualRate, 'en'));
        expect(firstSentence(next.text)).toContain(
          `interest ${won(active[0].nextPayment!.interest.amount, 'en')}`,
        );
      }
      for (const a of [rate, next]) expect(a.text).not.toContain('card spending');
    });
  });

  describe('QA round 23 (spend23): no record to compare with, one monthly card spending, a cut after a savings goal', () => {
    it('"올해 식비 작년보다 많이 썼어요?" with no card spending at all last year → no record to compare with, not "작년 0원보다 많습니다"', async () => {
      const [lastYear, food] = await Promise.all([
        summary('period: LAST_YEAR'),
        summary('period: THIS_YEAR, category: "FOOD"'),
      ]);
      const ko = await ask('올해 식비 작년보다 많이 썼어요?');
      const en = await ask('did i spend more on food this year than last year?');
      const star = await ask('스타벅스 작년보다 많이 썼어?');
      for (const a of [ko, en, star]) expect(a.topic?.intent).toBe('SPENDING');
      if (lastYear.purchaseCount === 0 && lastYear.total.amount === '0' && food.total.amount !== '0') {
        expect(firstSentence(ko.text)).toMatch(
          /^작년에는 카드 결제 기록이 없어 비교할 수 없습니다: 올해 식비 카드 지출은 /,
        );
        expect(firstSentence(ko.text)).toContain(`${formatWon(food.total.amount, 'ko')}입니다`);
        expect(firstSentence(en.text)).toMatch(
          /^There is no card spending on record last year, so there is nothing to compare with: /,
        );
        expect(firstSentence(en.text)).toContain(formatWon(food.total.amount, 'en'));
        expect(firstSentence(star.text)).toMatch(/^작년에는 카드 결제 기록이 없어 비교할 수 없습니다: /);
        for (const a of [ko, star]) expect(a.text).not.toContain('0원보다');
        expect(en.text).not.toContain('(₩0)');
      }
      // A month before with card spending on record is compared as before.
      const month = await ask('이번 달 식비 지난달보다 많이 썼어?');
      expect(firstSentence(month.text)).toMatch(/지난달 [\d,]+원보다 [\d,]+원 (?:많|적)습니다/);
      for (const a of [ko, en, star]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('the monthly card spending is one figure — the last three complete months ÷ 3 — in the savings, budget, hardship, living-on and overspending answers', async () => {
      const { amount } = await monthlyCard();
      const won = formatWon(amount.toString(), 'ko');
      const save = await ask('한 달에 얼마 모을 수 있어요?');
      expect(save.topic?.intent).toBe('SAVINGS');
      expect(firstSentence(save.text)).toContain(`카드 지출 월 ${won}`);
      expect(save.text).toContain('카드 지출은 최근 3개월(');
      const budget = await ask('예산 짜주세요');
      expect(budget.text).toContain(`카드 지출은 월평균 ${won}`);
      const benefit = await ask('실직했어요 실업급여 받으면 버틸수있나요');
      expect(firstSentence(benefit.text)).toContain(`카드 월 약 ${won}`);
      const living = await ask('한달 생활비 백만원으로 살 수 있을까요?');
      expect(firstSentence(living.text)).toContain(`한 달 평균 ${won}`);
      const verdict = await ask('저 과소비하는 거예요?');
      expect(firstSentence(verdict.text)).toContain(`월평균 ${won}`);
      const en = await ask('how much can i save a month?');
      expect(en.text).toContain(`card spending of ${formatWon(amount.toString(), 'en')}`);
      expect(en.text).toContain('the last 3 complete months (');
      for (const a of [save, budget, benefit, living, verdict, en])
        expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"1000만원 모으려면 얼마나 걸려요?" then "배달 줄이면요?" / "what if i cut eating out" → the goal’s new time first, then the saving', async () => {
      const { surplus } = await monthlySurplus();
      const first = `${today().slice(0, 7)}-01`;
      const food = await summary(
        `period: DATES, from: "${addMonths(first, -3)}", through: "${addDays(first, -1)}", category: "FOOD"`,
      );
      const avg = new Decimal(food.total.amount).div(3).toDecimalPlaces(0);
      const cut = BigInt(avg.div(2).toDecimalPlaces(0).toFixed(0));
      const after = surplus + cut;
      const goal = await ask('1000만원 모으려면 얼마나 걸려요?');
      expect(goal.topic?.intent).toBe('SAVINGS');
      if (surplus <= 0n)
        expect(firstSentence(goal.text)).toMatch(/^지금 지출로는 10,000,000원을 모을 수 없습니다: /);
      const ko = await ask('배달 줄이면요?', goal.conversationId);
      const goalEn = await ask('how long to save 10 million won?');
      const en = await ask('what if i cut eating out', goalEn.conversationId);
      for (const a of [ko, en]) expect(a.topic?.intent).toBe('SPENDING');
      const [koLead, koCut] = ko.text.split('\n');
      const [enLead, enCut] = en.text.split('\n');
      expect(koLead).toMatch(/^식비를 절반으로 줄여 매달 약 /);
      expect(koLead).toContain(`약 ${formatWon(cut.toString(), 'ko')}`);
      if (after > 0n) {
        const n = Number((10_000_000n + after - 1n) / after);
        const by = addMonths(first, n);
        expect(koLead).toContain(`10,000,000원까지 약 ${n}개월`);
        expect(koLead).toContain(`${by.slice(0, 4)}년 ${Number(by.slice(5, 7))}월쯤 모입니다`);
        expect(enLead).toContain(`takes about ${n} month`);
      } else {
        expect(koLead).toContain('아직 10,000,000원은 모을 수 없습니다');
        expect(koLead).toContain(`줄인 뒤에도 약 ${formatWon((-after).toString(), 'ko')}이 모자랍니다`);
        expect(enLead).toContain(`about ${formatWon((-after).toString(), 'en')} short after the cut`);
      }
      // The saving itself after it, as before.
      expect(koCut).toMatch(/^식비를 절반으로 줄이면 한 달에 약 /);
      expect(koCut).toContain(formatWon(cut.toString(), 'ko'));
      expect(enCut).toMatch(/^Halving eating out would save about /);
      // A cut asked alone is the saving alone.
      const alone = await ask('배달 줄이면요?');
      expect(firstSentence(alone.text)).toMatch(/^식비를 절반으로 줄이면 한 달에 약 /);
      for (const a of [goal, ko, goalEn, en, alone]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 23 (card23): forecast why, the minimum alone, a coming month’s bill, the running month, bad input', () => {
    it('"왜요?", "why?" after a spending forecast: what it is made of in one short reply, not the forecast again', async () => {
      const next = addMonths(`${today().slice(0, 7)}-01`, 1).slice(0, 7);
      const point = (await spendingForecast(2)).find((p) => p.period.startsWith(next));
      expect(point).toBeDefined();
      const mean = Decimal.max(0, point!.mean.amount).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0);
      const ko = await ask('다음달 지출 예상');
      const why = await ask('왜요?', ko.conversationId);
      expect(why.topic?.intent).toBe('FORECAST');
      expect(firstSentence(why.text)).toMatch(
        /^예측이 (?:늘어나는|줄어드는|비슷하게 유지되는) 건 최근 \d+개월\(/,
      );
      expect(firstSentence(why.text)).toContain(formatWon(mean, 'ko'));
      expect(why.text).not.toContain('【예측 요약】');
      const en = await ask('what will i spend next month?');
      const whyEn = await ask('why?', en.conversationId);
      expect(firstSentence(whyEn.text)).toMatch(
        /^The forecast (?:rises|falls|stays flat) because it carries on/,
      );
      expect(firstSentence(whyEn.text)).toContain(formatWon(mean, 'en'));
      expect(whyEn.text).not.toContain('[Forecast summary]');
      for (const a of [why, whyEn]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"how much if i only pay the minimum?" as a first message: 10% of the bill, the rest revolving', async () => {
      const bill = await ask('whats my card bill this month');
      const first = await ask('how much if i only pay the minimum?');
      expect(first.topic?.intent).toBe('PRODUCT_QUESTION');
      const m =
        /^Paying only the minimum would be about ₩([\d,]+) this month: 10% .* bill of about ₩([\d,]+); the other ₩([\d,]+) carries over as revolving/.exec(
          first.text,
        );
      expect(m).not.toBeNull();
      const total = new Decimal(m![2].replace(/,/g, ''));
      const min = total.times('0.1').toDecimalPlaces(0, Decimal.ROUND_CEIL);
      expect(m![1].replace(/,/g, '')).toBe(min.toFixed(0));
      expect(m![3].replace(/,/g, '')).toBe(total.minus(min).toFixed(0));
      expect(firstSentence(bill.text)).toContain(formatWon(total.toFixed(0), 'en'));
      expect(first.text).not.toMatch(/prepay|jeonse/i);
      expect(renderingErrors(first.text)).toEqual([]);
    });

    it('a bare month-after-next "N월 카드값은요?" after this month’s bill is that bill’s forecast, as "N월 카드값 예상"', async () => {
      const month = ((Number(today().slice(5, 7)) + 1) % 12) + 1;
      const bill = await ask('이번달 카드값 얼마에요?');
      const bare = await ask(`${month}월 카드값은요?`, bill.conversationId);
      const asked = await ask(`${month}월 카드값 예상`);
      expect(bare.topic?.intent).toBe('FORECAST');
      expect(firstSentence(bare.text)).toBe(firstSentence(asked.text));
      expect(firstSentence(bare.text)).not.toMatch(/ 0원입니다/);
      expect(renderingErrors(bare.text)).toEqual([]);
    });

    it('the running month in the forecast list is its actual to date plus the rest, not a prediction', async () => {
      const soFar = await summary('period: THIS_MONTH');
      const f = await ask('다음달 지출 예상');
      const line = f.text.split('\n').find((l) => l.includes('(진행 중)'));
      expect(line).toBeDefined();
      expect(line).toContain(`오늘까지 실제 ${formatWon(soFar.total.amount, 'ko')}`);
      expect(line).not.toContain('80%');
      // One line for the running month: its month is not listed again as a prediction.
      const label = line!.slice(2, line!.indexOf(' (진행 중)'));
      expect(f.text.split('\n').filter((l) => l.startsWith(`- ${label}`))).toHaveLength(1);
      expect(renderingErrors(f.text)).toEqual([]);
    });

    it('bad input: 99999 months out of reach, less or a minus never more, 1조원 beyond any card', async () => {
      const far = await ask('99999개월 후 카드값');
      expect(firstSentence(far.text)).toMatch(/^99999개월 후 카드값은 예측할 수 없습니다/);
      const more = await ask('다음달에 100만원 더 쓰면 카드값?');
      const e = /\(예상 ([\d,]+)원 \+ 1,000,000원\)/.exec(firstSentence(more.text));
      expect(e).not.toBeNull();
      const expected = new Decimal(e![1].replace(/,/g, ''));
      const less = await ask('다음달에 30만원 덜 쓰면 카드값?');
      expect(firstSentence(less.text)).toContain(
        `카드값은 약 ${formatWon(expected.minus(300_000).toFixed(0), 'ko')}(예상 ${formatWon(expected.toFixed(0), 'ko')} − 300,000원)`,
      );
      for (const q of [
        'if i spend 5m less next month whats my card bill',
        'if i spend -5m more next month whats my card bill',
      ]) {
        const a = await ask(q);
        expect(a.text).not.toContain('+ ₩5,000,000');
        expect(firstSentence(a.text)).toMatch(/less/);
      }
      const huge = await ask('1조원 더 쓰면 카드값?');
      expect(firstSentence(huge.text)).toMatch(
        /^1,000,000,000,000원은 카드 한 장으로 결제할 수 있는 금액을 훨씬 넘습니다/,
      );
      expect(huge.text).not.toContain('+ 1,000,000,000,000원');
      for (const a of [far, less, huge]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 23 (late23b): relief asked, a surprising bill, small talk in a finance chat, a rate cut corrected', () => {
    it('"휴 이번달 연체 없죠?", "phew, so i\'m not behind on anything right?": the yes with ₩0, then the next payment only', async () => {
      const loans = await activeLoansWith(
        'delinquency { overdueAmount { amount } penaltyRate } nextPayment { dueDate payment { amount } }',
      );
      expect(loans.every((l) => l.delinquency.overdueAmount.amount === '0')).toBe(true);
      const next = loans.find((l) => l.nextPayment)!.nextPayment!;
      const ko = await ask('휴 이번달 연체 없죠?');
      const en = await ask("phew, so i'm not behind on anything right?");
      expect(ko.topic?.intent).toBe('ARREARS');
      expect(firstSentence(ko.text)).toBe('네, 현재 연체된 금액은 없습니다 (0원).');
      expect(firstSentence(en.text)).toBe("That's right — you have nothing overdue (₩0).");
      expect(ko.text).toContain(formatWon(next.payment.amount, 'ko'));
      expect(en.text).toContain(formatWon(next.payment.amount, 'en'));
      for (const a of [ko, en]) {
        expect(a.text.split('\n')).toHaveLength(2);
        expect(a.text).not.toMatch(/NICE|신용평가|credit bureau|penalty interest of|연체이자가/);
        expect(renderingErrors(a.text)).toEqual([]);
      }
      // A plain question keeps the full answer.
      expect((await ask('연체된 거 있어요?')).text).toMatch(/NICE/);
    });

    it('"헉 많네" after the card bill: a short acknowledgement, the bill and its largest categories, no sad lecture', async () => {
      const billed = await summary('period: LAST_MONTH');
      const [top, second] = billed.byCategory;
      const ko = await ask('이번달 카드값 얼마야');
      const bill = /카드값은 약 ([\d,]+원)/.exec(ko.text)?.[1];
      expect(bill).toBeDefined();
      const wow = await ask('헉 많네', ko.conversationId);
      expect(wow.topic?.intent).toBe('SPENDING');
      expect(firstSentence(wow.text)).toMatch(/^네, 적지 않게 나왔죠\. 이번 달 카드값 /);
      expect(wow.text).toContain(`이번 달 카드값 ${bill}은`);
      expect(wow.text).toContain(formatWon(top.amount.amount, 'ko'));
      expect(wow.text).toContain(formatWon(second.amount.amount, 'ko'));
      expect(wow.text).not.toMatch(/속상|힘내세요|마음을 무겁게/);
      const en = await ask('how much is my card bill');
      const enWow = await ask("wow that's a lot", en.conversationId);
      expect(firstSentence(enWow.text)).toMatch(
        /^It is a big one: this month’s card bill of ₩[\d,]+ is what you spent in/,
      );
      expect(enWow.text).toContain(formatWon(top.amount.amount, 'en'));
      for (const a of [wow, enWow]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"오 좋네요 잘 부탁드려요" is met warmly; "ㅋㅋ 다음달은 좀 줄여야지" gets one tip from the bill’s largest category', async () => {
      const hi = await ask('안녕하세요 처음인데 여기서 뭐 할 수 있어요?');
      const loans = await ask('대출 관련해서는 뭘 물어볼 수 있어요?', hi.conversationId);
      const thanks = await ask('오 좋네요 잘 부탁드려요', loans.conversationId);
      expect(thanks.text).toBe('네, 잘 부탁드립니다! 궁금한 것 있으시면 언제든 물어보세요.');
      const [top] = (await summary('period: LAST_MONTH')).byCategory;
      const bill = await ask('와 카드값 진짜 대단하네 ^^ 잘했다 나 자신');
      const cut = await ask('ㅋㅋ 다음달은 좀 줄여야지', bill.conversationId);
      expect(cut.topic?.intent).toBe('SPENDING');
      expect(firstSentence(cut.text)).toMatch(/^좋은 생각이에요! /);
      expect(cut.text).toContain(formatWon(top.amount.amount, 'ko'));
      expect(cut.text).not.toMatch(/답답|일상 이야기/);
      for (const a of [thanks, cut]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"no wait, down 1%" after "and if rates go up 1%?": the same what-if with −1 point', async () => {
      const variable = (await activeLoansWith('rateType balance { amount }')).filter(
        (l) => l.rateType === 'VARIABLE',
      );
      const monthly = variable
        .reduce((a, l) => a.plus(l.balance.amount), new Decimal(0))
        .times('0.01')
        .div(12)
        .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
        .toFixed(0);
      const rate = await ask("what's my loan rate");
      const up = await ask('and if rates go up 1%?', rate.conversationId);
      const down = await ask('no wait, down 1%', up.conversationId);
      expect(down.topic?.intent).toBe('LOANS_OVERVIEW');
      expect(firstSentence(up.text)).toMatch(/^If rates rise by 1 percentage point/);
      expect(firstSentence(down.text)).toMatch(
        /^If rates fall by 1 percentage point, your loan interest goes down by about/,
      );
      expect(firstSentence(down.text)).toContain(formatWon(monthly, 'en'));
      expect(renderingErrors(down.text)).toEqual([]);
    });
  });

  describe('QA round 23 (late23a): the amount after the card’s payment day, the loan’s due date after it, the amount on the D-day', () => {
    it('"얼마 나가요?", "how much is it" after the card’s payment day: the card bill, as "이번달 카드값 얼마에요?"', async () => {
      const { bill } = await cardBillOf(`${today().slice(0, 7)}-01`);
      for (const [lang, first, next, plain] of [
        ['ko', '카드 결제일 언제에요?', '얼마 나가요?', '이번달 카드값 얼마에요?'],
        ['en', "when's my next card payment due", 'how much is it', 'how much is my card bill'],
      ] as const) {
        const day = await ask(first);
        const amount = await ask(next, day.conversationId);
        const asked = await ask(plain);
        expect(amount.topic?.intent).toBe('SPENDING');
        expect(firstSentence(amount.text)).toBe(firstSentence(asked.text));
        expect(firstSentence(amount.text)).toContain(formatWon(bill.toString(), lang));
        expect(amount.text).not.toMatch(
          /(?:fingraph|이 앱)에는 등록되어 있지 않습니다|(?:fingraph|this app) does not hold it/,
        );
        expect(renderingErrors(amount.text)).toEqual([]);
      }
    });

    it('"ugh fine. and the loan?" after the card’s due date: the loan’s next due date and amount', async () => {
      const next = nextDue();
      const bill = await ask('how much is my card bill');
      const due = await ask('and when is it due?', bill.conversationId);
      const loan = await ask('ugh fine. and the loan?', due.conversationId);
      expect(loan.topic?.intent).toBe('NEXT_PAYMENT');
      const lead = firstSentence(loan.text);
      expect(lead).toContain(formatDate(next.nextPayment!.dueDate, 'en', today()));
      expect(lead).toContain(formatWon(next.nextPayment!.payment.amount, 'en'));
      expect(lead).not.toMatch(/principal left/);
      expect(renderingErrors(loan.text)).toEqual([]);
    });

    it('"그날 얼마 빠져?" after the D-day of the next payment: the amount debited that day, not the D-day again', async () => {
      const next = nextDue();
      const first = await ask('대출 다음 납입 언제야');
      const days = await ask('며칠 남았어?', first.conversationId);
      const amount = await ask('그날 얼마 빠져?', days.conversationId);
      expect(amount.topic?.intent).toBe('NEXT_PAYMENT');
      expect(firstSentence(amount.text)).not.toBe(firstSentence(days.text));
      expect(firstSentence(amount.text)).not.toMatch(/^D-\d+/);
      expect(firstSentence(amount.text)).toContain(formatWon(next.nextPayment!.payment.amount, 'ko'));
      expect(firstSentence(amount.text)).toContain(formatDate(next.nextPayment!.dueDate, 'ko', today()));
      expect(renderingErrors(amount.text)).toEqual([]);
    });
  });

  describe('QA round 24 (spend24b): the month’s use beside the bill, categories, abroad, before payday, fixed costs, next year, why the bill', () => {
    it('"카드값이랑 대출이자 다 나가면 어떡하죠 … 이번달 카드 얼마 썼어요?": this month’s use first; no principal added to the bill', async () => {
      const now = await summary('period: THIS_MONTH');
      const next = nextDue();
      for (const q of [
        '월급날 전인데 카드값이랑 대출이자 다 나가면 어떡하죠ㅠㅠ 이번달 카드 얼마 썼어요?',
        '카드값이랑 대출이자 둘 다 내야되는데 걱정돼요 이번달 카드 얼마 썼어요?',
      ]) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('SPENDING');
        expect(firstSentence(a.text)).toBe(
          `이번 달 카드 지출은 ${formatWon(now.total.amount, 'ko')}입니다 (${now.purchaseCount}건, ${formatDate(`${today().slice(0, 7)}-01`, 'ko', today())} ~ ${formatDate(today(), 'ko', today())}).`,
        );
        expect(a.text).toContain(formatWon(next.nextPayment!.payment.amount, 'ko'));
        expect(a.text).not.toMatch(/갚을 돈|남은 원금 [\d,]+원에/);
        expect(renderingErrors(a.text)).toEqual([]);
      }
      // Everything owed with the card is the debt, never money "to pay" this month.
      const debt = await ask('내 빚 총 얼마야? 카드값까지');
      expect(firstSentence(debt.text)).toMatch(/^빚은 모두 약 [\d,]+원입니다/);
      expect(debt.text).not.toContain('갚을 돈');
      expect(debt.text).toContain(formatWon(next.nextPayment!.payment.amount, 'ko'));
    });

    it('"카테고리별로 보여줘" after a month: that month by category, every one with its amount', async () => {
      const last = await summary('period: LAST_MONTH');
      const month = await ask('지난달 카드 얼마 썼어');
      const by = await ask('카테고리별로 보여줘', month.conversationId);
      expect(by.topic?.intent).toBe('SPENDING');
      expect(firstSentence(by.text)).toContain(
        `지난달 카드 지출 ${formatWon(last.total.amount, 'ko')}(${last.purchaseCount}건)`,
      );
      for (const c of last.byCategory.filter((x) => x.amount.amount !== '0'))
        expect(by.text).toContain(
          `${phrase('category', c.category.code, 'ko')} ${formatWon(c.amount.amount, 'ko')}`,
        );
      expect(by.text).not.toMatch(/최근 \d+건입니다/);
      expect(renderingErrors(by.text)).toEqual([]);
    });

    it('"지난달 해외에서 쓴거 얼마야": the total abroad first, then the places spent at most', async () => {
      const abroad = await summary('period: LAST_MONTH, locality: OVERSEAS');
      const first = await ask('다음 납입일 언제고 이번달 편의점 얼마 썼어요?');
      for (const a of [
        await ask('지난달 해외에서 쓴거 얼마야', first.conversationId),
        await ask('지난달 해외에서 쓴거 얼마야'),
      ]) {
        expect(a.topic?.intent).toBe('SPENDING');
        expect(firstSentence(a.text)).toContain(
          `지난달 해외 카드 지출은 ${formatWon(abroad.total.amount, 'ko')}입니다 (${abroad.purchaseCount}건`,
        );
        if (abroad.byMerchant.length > 0)
          expect(a.text).toContain(formatWon(abroad.byMerchant[0].amount.amount, 'ko'));
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('"월급 25일에 들어오는데 그 전에 빠져나가는 거 뭐 있어요?": the loan’s payment and the card bill before payday, the recurring charges listed', async () => {
      const now = today();
      const dayOf = (m: string) => `${m}-25`;
      const payday =
        dayOf(now.slice(0, 7)) >= now
          ? dayOf(now.slice(0, 7))
          : dayOf(addMonths(`${now.slice(0, 7)}-01`, 1).slice(0, 7));
      const { bill } = await cardBillOf(addMonths(`${now.slice(0, 7)}-01`, 1));
      const next = nextDue();
      const loan =
        next.nextPayment!.dueDate.slice(0, 10) <= payday ? BigInt(next.nextPayment!.payment.amount) : 0n;
      const a = await ask('월급 25일에 들어오는데 그 전에 빠져나가는 거 뭐 있어요?');
      expect(a.topic?.intent).toBe('NEXT_PAYMENT');
      expect(firstSentence(a.text)).toContain(
        `월급날인 ${formatDate(payday, 'ko', now)} 전에 빠져나가는 돈은 약 ${formatWon((loan + bill).toString(), 'ko')}입니다`,
      );
      const recurring = (
        await t.request<{ me: { customer: { recurringCharges: { amount: { amount: string } }[] } } }>(
          '{ me { customer { recurringCharges { amount { amount } } } } }',
          {},
          token,
        )
      ).data!.me.customer.recurringCharges;
      for (const c of recurring) expect(a.text).toContain(formatWon(c.amount.amount, 'ko'));
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"매달 고정으로 나가는 돈 뭐뭐 있어?": the loan’s monthly payment beside the recurring charges, summed first', async () => {
      const recurring = (
        await t.request<{ me: { customer: { recurringCharges: { amount: { amount: string } }[] } } }>(
          '{ me { customer { recurringCharges { amount { amount } } } } }',
          {},
          token,
        )
      ).data!.me.customer.recurringCharges;
      const cardSum = recurring.reduce((a, c) => a + BigInt(c.amount.amount), 0n);
      const loanSum = loans
        .filter((l) => l.nextPayment)
        .reduce((a, l) => a + BigInt(l.nextPayment!.payment.amount), 0n);
      const hard = await ask('부업 잘려서 한달에 50만원 수입이 줄었어요.. 대출이자 감당 가능할까요');
      const fixed = await ask('매달 고정으로 나가는 돈 뭐뭐 있어?', hard.conversationId);
      expect(fixed.topic?.intent).toBe('SPENDING');
      expect(firstSentence(fixed.text)).toContain(
        `매달 고정으로 나가는 돈은 모두 약 ${formatWon((cardSum + loanSum).toString(), 'ko')}입니다`,
      );
      expect(renderingErrors(fixed.text)).toEqual([]);
      // Subscriptions alone stay the card's charges.
      const subs = await ask('구독료 매달 얼마 나가?');
      expect(firstSentence(subs.text)).not.toContain('고정으로');
    });

    it('"내년에 카드값 얼마나 나올까": next year’s forecast summed, not this month’s bill; "다음달은?" is not this month’s bill again', async () => {
      const now = today();
      const year = Number(now.slice(0, 4));
      const points = await spendingForecast(Math.min(24, 26 - Number(now.slice(5, 7))));
      const sum = points
        .filter((p) => p.period.startsWith(`${year + 1}-`))
        .reduce((acc, p) => acc.plus(Decimal.max(0, p.mean.amount)), new Decimal(0))
        .toFixed(0);
      const a = await ask('내년에 카드값 얼마나 나올까');
      expect(a.topic?.intent).toBe('FORECAST');
      expect(firstSentence(a.text)).toContain(
        `내년(${year + 1}년) 카드 지출은 모두 약 ${formatWon(sum, 'ko')}`,
      );
      const { bill } = await cardBillOf(`${now.slice(0, 7)}-01`);
      const next = await ask('다음달은?', a.conversationId);
      expect(firstSentence(next.text)).not.toContain(formatWon(bill.toString(), 'ko'));
      expect(renderingErrors(next.text)).toEqual([]);
    });

    it('"왜 그렇게 많이 나와? 이번달 17만원밖에 안썼는데" after the bill: the bill is last month’s use, this month’s is billed next month', async () => {
      const now = today();
      const { bill } = await cardBillOf(`${now.slice(0, 7)}-01`);
      const use = await summary('period: THIS_MONTH');
      const first = await ask('다음달 카드값 예상 얼마야');
      const why = await ask('왜 그렇게 많이 나와? 이번달 17만원밖에 안썼는데', first.conversationId);
      expect(why.topic?.intent).toBe('SPENDING');
      const lead = firstSentence(why.text);
      expect(lead).toContain(`이번 달 결제일의 카드값 약 ${formatWon(bill.toString(), 'ko')}`);
      expect(lead).toContain(`${Number(addMonths(`${now.slice(0, 7)}-01`, -1).slice(5, 7))}월 사용분`);
      expect(why.text).toContain(`이번 달에 쓰신 ${formatWon(use.total.amount, 'ko')}`);
      expect(renderingErrors(why.text)).toEqual([]);
    });
  });

  describe('QA round 24 (loan24): loans — payments left, what to ask, due date, checks, why, grace, holidays', () => {
    type M = { amount: string };
    const jeonse = () =>
      activeJeonse<{
        id: string;
        balance: M;
        maturityOn: string;
        nextPayment: { dueDate: string; payment: M } | null;
      }>('id balance { amount } maturityOn nextPayment { dueDate payment { amount } }');
    /** loan.delinquency(asOf) of the active jeonse loan on each day, read as a client would. */
    async function delinquencyOn(days: string[]) {
      const fields = days
        .map((d, i) => `d${i}: delinquency(asOf: "${d}") { businessDaysPastDue flags }`)
        .join(' ');
      const l = await activeJeonse<Record<string, { businessDaysPastDue: number; flags: string[] }>>(fields);
      return days.map((_, i) => l[`d${i}`]);
    }

    it('"대출 몇회차 남았어요", "how many payments left on my loan": the count first, from the schedule', async () => {
      const left = (await activeScheduleRows()).filter((r) => !r.paid).length;
      const l = await jeonse();
      const ko = await ask('대출 몇회차 남았어요');
      expect(ko.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(ko.text)).toMatch(
        new RegExp(`^카카오뱅크 전세자금대출의 남은 납입은 ${left}회입니다: `),
      );
      expect(firstSentence(ko.text)).toContain(formatDate(l.maturityOn, 'ko', today()));
      const en = await ask('how many payments left on my loan');
      expect(firstSentence(en.text)).toMatch(new RegExp(`^You have ${left} payments left on your `));
      expect(firstSentence(en.text)).toContain(formatWon(l.balance.amount, 'en'));
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"대출 관련해서는 뭘 물어볼 수 있어요?", "what can I ask about my loan?": example questions about loans', async () => {
      const l = await jeonse();
      const ko = await ask('대출 관련해서는 뭘 물어볼 수 있어요?');
      expect(ko.topic?.intent).toBe('LOANS_OVERVIEW');
      expect(firstSentence(ko.text)).toMatch(/^대출에 대해서는 이런 것들을 물어보실 수 있어요 — /);
      expect(firstSentence(ko.text)).toContain(formatWon(l.balance.amount, 'ko'));
      for (const q of ['다 갚으면 얼마', '미리 갚으면', '갈아타면', '금리인하요구', '납입 못 할 것 같아요'])
        expect(ko.text).toContain(q);
      const en = await ask('what can I ask about my loan?');
      expect(en.topic?.intent).toBe('LOANS_OVERVIEW');
      expect(firstSentence(en.text)).toMatch(/^About your loan you can ask things like these — /);
      for (const q of [
        'pay off my loan today',
        'repay 10 million early',
        'refinancing',
        'rate cut',
        'can’t make',
      ])
        expect(en.text).toContain(q);
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"does my due date change" with 1m extra: no first, then the payment the prepayment effect gives', async () => {
      const l = await jeonse();
      const effect = await prepay(l.id, '1000000');
      const day = Number(l.nextPayment!.dueDate.slice(8, 10));
      const en = await ask('if i pay 1m extra on my loan this month does my due date change');
      expect(en.topic?.intent).toBe('PREPAYMENT_EFFECT');
      const enLead = firstSentence(en.text);
      expect(enLead).toMatch(new RegExp(`^No — your due date stays the ${formatOrdinal(day)} of each month`));
      expect(enLead).toContain(formatWon(effect.paymentBefore.amount, 'en'));
      expect(enLead).toContain(formatWon(effect.paymentAfter.amount, 'en'));
      const ko = await ask('100만원 더 갚으면 납입일 바뀌어요?');
      const koLead = firstSentence(ko.text);
      expect(koLead).toMatch(
        new RegExp(`^아니요, 1,000,000원을 더 갚으셔도 .+ 납입일은 그대로 매달 ${day}일`),
      );
      expect(koLead).toContain(formatWon(effect.paymentAfter.amount, 'ko'));
      expect(koLead).toContain(formatWon(effect.monthlySaving.amount, 'ko'));
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"ok so the loan is 169m right? and card bill like 1.8m?": both figures confirmed or corrected', async () => {
      const balance = BigInt((await jeonse()).balance.amount);
      const { bill } = await cardBillOf(`${today().slice(0, 7)}-01`);
      const verdict = (said: bigint, actual: bigint) =>
        said === actual
          ? 'YES'
          : actual > 0n && (said > actual ? said - actual : actual - said) * 20n <= actual
            ? 'CLOSE'
            : 'NO';
      const en = await ask('ok so the loan is 169m right? and card bill like 1.8m?');
      const lead = firstSentence(en.text);
      const loanSaid = {
        YES: `Yes, ${formatWon(balance.toString(), 'en')}`,
        CLOSE: 'The loan is close: ',
        NO: 'The loan is not ',
      }[verdict(169_000_000n, balance)];
      expect(lead.startsWith(loanSaid)).toBe(true);
      expect(lead).toContain(formatWon(balance.toString(), 'en'));
      const billSaid = {
        YES: 'the card bill is right too: ',
        CLOSE: 'the card bill is close: ',
        NO: 'the card bill is not ',
      }[verdict(1_800_000n, bill)];
      expect(lead).toContain(billSaid);
      expect(lead).toContain(formatWon(bill.toString(), 'en'));
      const ko = await ask('대출 1억6900만원 맞죠? 카드값은 180만원 정도고?');
      expect(firstSentence(ko.text)).toContain(formatWon(balance.toString(), 'ko'));
      expect(firstSentence(ko.text)).toContain(formatWon(bill.toString(), 'ko'));
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"why no principal??" after "is that principal or just interest?": why, not the same answer', async () => {
      const l = await jeonse();
      const next = await ask('whats my next loan payment');
      const which = await ask('is that principal or just interest?', next.conversationId);
      const why = await ask('why no principal??', which.conversationId);
      expect(why.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(why.text)).not.toBe(firstSentence(which.text));
      expect(firstSentence(why.text)).toMatch(/^Because your KakaoBank jeonse deposit loan is a bullet loan/);
      expect(firstSentence(why.text)).toContain('deposit your landlord returns');
      expect(firstSentence(why.text)).toContain(formatDate(l.maturityOn, 'en', today()));
      expect(why.text).toContain('What that means');
      const ko1 = await ask('다음 대출 납입액 얼마예요?');
      const ko2 = await ask('원금이에요 이자에요?', ko1.conversationId);
      const ko3 = await ask('왜 원금은 안 갚아요?', ko2.conversationId);
      expect(firstSentence(ko3.text)).toMatch(
        /^원금을 매달 갚지 않는 건 .+만기일시상환 방식이기 때문입니다: /,
      );
      expect(firstSentence(ko3.text)).toContain(formatWon(l.balance.amount, 'ko'));
      for (const a of [why, ko3]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"이번달 카드 많이 썼는데 대출이자 낼 수 있을까?": yes/no first — the income after the card bill against the payment', async () => {
      const l = await jeonse();
      const { bill } = await cardBillOf(`${today().slice(0, 7)}-01`);
      const annual = (
        await t.request<{ me: { customer: { annualIncome: { amount: string } | null } } }>(
          '{ me { customer { annualIncome { amount } } } }',
          {},
          token,
        )
      ).data!.me.customer.annualIncome!.amount;
      const income = new Decimal(annual).div(12).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
      const pay = new Decimal(l.nextPayment!.payment.amount);
      const afterBill = income.minus(bill.toString());
      const ko = await ask('이번달 카드 많이 썼는데 대출이자 낼 수 있을까?');
      expect(ko.topic?.intent).toBe('SPENDING');
      const lead = firstSentence(ko.text);
      expect(lead).toMatch(
        afterBill.minus(pay).gte(0)
          ? /^네, 낼 수 있습니다: /
          : afterBill.gte(0)
            ? /^월 소득만으로는 빠듯합니다: /
            : /^아니요, 월 소득만으로는 어렵습니다: /,
      );
      expect(lead).toContain(formatWon(bill.toString(), 'ko'));
      expect(lead).toContain(formatWon(income.toFixed(0), 'ko'));
      expect(lead).toContain(formatWon(pay.toFixed(0), 'ko'));
      const en = await ask('i spent a lot on my card this month, can i still pay my loan interest?');
      expect(firstSentence(en.text)).toMatch(
        /^(?:Yes: |Not from your income alone: |No, not from your monthly income alone: )/,
      );
      expect(firstSentence(en.text)).toContain(formatWon(pay.toFixed(0), 'en'));
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"며칠까지 봐줘요?" after the next payment: until the day owed, then penalty interest and short-term arrears', async () => {
      const l = await jeonse();
      const owedOn = owed(l.nextPayment!.dueDate);
      const days = Array.from({ length: 12 }, (_, i) => addDays(owedOn, i + 1));
      const status = await delinquencyOn(days);
      const shortTerm = days[status.findIndex((d) => d.flags.includes('SHORT_TERM'))];
      const first = await ask('다음 대출 납입일 언제예요?');
      const grace = await ask('며칠까지 봐줘요?', first.conversationId);
      expect(grace.topic?.intent).toBe('ARREARS');
      expect(firstSentence(grace.text)).toMatch(
        new RegExp(`^${escapeRegExp(formatDate(owedOn, 'ko', today()))}까지 내시면 연체가 아닙니다: `),
      );
      expect(firstSentence(grace.text)).toContain(
        `${formatDate(addDays(owedOn, 1), 'ko', today())}부터는 연체이자`,
      );
      expect(grace.text).toContain(
        `${formatDate(shortTerm, 'ko', today())}부터 신용평가회사(NICE·KCB)에 단기연체`,
      );
      expect(firstSentence(grace.text)).not.toMatch(/^D-\d+/);
      const en1 = await ask('when is my next loan payment');
      const en = await ask('how late can i pay it?', en1.conversationId);
      expect(firstSentence(en.text)).toMatch(
        new RegExp(`^You have until ${escapeRegExp(formatDate(owedOn, 'en', today()))}: `),
      );
      expect(en.text).toContain(`still unpaid on ${formatDate(shortTerm, 'en', today())}`);
      for (const a of [grace, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('business days late leave out public holidays: the ledger’s count (2 weeks around the December payment)', async () => {
      const l = await jeonse();
      const [late] = await delinquencyOn([addDays(owed(l.nextPayment!.dueDate), 14)]);
      const en1 = await ask("i'll be 2 weeks late on my loan");
      const en = await ask('would that hit my credit score?', en1.conversationId);
      expect(firstSentence(en.text)).toContain(`would be ${late.businessDaysPastDue} business days late`);
      const ko1 = await ask('대출 2주 늦을 것 같아요');
      const ko = await ask('신용점수 떨어져요?', ko1.conversationId);
      expect(firstSentence(ko.text)).toContain(`${late.businessDaysPastDue}영업일 연체`);
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"toss offered 3.2%": the quoted rate, not a loan from a lender named toss', async () => {
      const at = await refinanceAt('0.032');
      const en = await ask('toss offered 3.2%, should i switch?');
      expect(en.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(en.text)).toContain('3.2%');
      expect(firstSentence(en.text)).toContain(formatWon(at.switchLender.monthlySaving.amount, 'en'));
      expect(en.text).not.toMatch(/Toss Bank/);
      const ko = await ask('토스 대출 3.2%래요 갈아탈까요?');
      expect(ko.topic?.intent).toBe('REFINANCE');
      expect(ko.text).not.toMatch(/토스뱅크/);
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 24 (en24b): the income said in the message, tone, and customer wording', () => {
    const cardBasis = (text: string, lang: 'en' | 'ko') => {
      const m =
        lang === 'en'
          ? /card spending (?:is |of )?(₩[\d,]+) a month: (₩[\d,]+) over .+?, ÷ (\d)\./.exec(text)
          : /카드 지출(?:은)? .*?월 ([\d,]+원)/.exec(text);
      return m;
    };

    it('an income said with the question: a budget on 1.3m after a cut, "1.5m a month", a wedding by next fall', async () => {
      const cut = await ask('my salary got cut to 1.3m a month, make me a budget pls');
      expect(cut.topic?.intent).toBe('SAVINGS');
      expect(firstSentence(cut.text)).toMatch(
        /^A month’s budget on your new income of ₩1,300,000: take the loan payments of ₩[\d,]+ and the fixed outgoings /,
      );
      expect(cut.text).toContain('Sorry about the pay cut');
      // The monthly average is the months' total ÷ their count — never "the monthly average of <the total>".
      const basis = cardBasis(cut.text, 'en');
      expect(basis).not.toBeNull();
      const [, avg, total, n] = basis!;
      const num = (w: string) => new Decimal(w.replace(/[₩,]/g, ''));
      expect(num(avg).toFixed(0)).toBe(
        num(total).div(Number(n)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0),
      );
      expect(cut.text).not.toMatch(/monthly average of ₩/);
      const first = await ask(
        'ugh payday is like a week away… how much have i spent on my card this month so far',
      );
      expect(firstSentence(first.text)).toContain(formatWon(await spentTotal('period: THIS_MONTH'), 'en'));
      expect(first.text).not.toMatch(/a day's average × 7/);
      const pay = await ask('when is my next loan payment and how much', first.conversationId);
      const enough = await ask('will i have enough if i only make like 1.5m a month', pay.conversationId);
      expect(enough.topic?.intent).toBe('SAVINGS');
      expect(firstSentence(enough.text)).toContain('₩1,500,000');
      const wedding = await ask('getting married next fall!! save 10 million won… realistic?');
      const months = (9 - Number(today().slice(5, 7)) + 12) % 12 || 12;
      expect(firstSentence(wedding.text)).toMatch(/^Congratulations on the wedding! /);
      expect(firstSentence(wedding.text)).toContain(
        `${formatWon(new Decimal(10_000_000).div(months).toDecimalPlaces(0, Decimal.ROUND_UP).toFixed(0), 'en')} a month`,
      );
      for (const a of [cut, enough, wedding]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('tone: despair at the sum owed, a charge remembered, shame, a stolen card, a heavy month, short before payday', async () => {
      const next = nextDue();
      const despair = await ask("honestly i give up. i'll never pay off 169 million. whats the point");
      expect(despair.emotion?.label).toBe('SAD');
      expect(firstSentence(despair.text)).toMatch(/^That sounds really discouraging/);
      expect(despair.text).toContain(formatWon(next.nextPayment!.interest.amount, 'en'));
      expect(despair.text).not.toMatch(/^Paying off/m);
      const charge = await ask('charge from MARRIOTT 735,100 i dont recognize?? did someone steal my card');
      expect(charge.emotion?.label).toBe('ANXIOUS');
      expect(firstSentence(charge.text)).not.toContain('the same days as');
      expect(firstSentence(charge.text)).toMatch(/during the same trip \(/);
      const block = await ask('how do i block my card rn', charge.conversationId);
      const mine = await ask('nvm i remember now, it was my hotel in osaka. sorry lol', block.conversationId);
      expect(mine.emotion?.label).not.toBe('SAD');
      expect(firstSentence(mine.text)).toMatch(
        /^No problem at all — “MARRIOTT” ₩735,100 .+ there is nothing to do\./,
      );
      expect(mine.text.split('\n').slice(1).join('\n')).not.toContain('MARRIOTT');
      const shame = await ask('why is my health score only 68? thats embarassing');
      expect(shame.emotion?.label).toBe('SAD');
      const heavy = await ask('kinda embarrassed… spent way too much in october. how bad compared to usual');
      expect(firstSentence(heavy.text)).toMatch(/more than a usual month \(₩[\d,]+, the average of /);
      expect(heavy.text).not.toContain('Here is what can be done now');
      const payday = await ask('다음 주 payday 전에 돈이 없어요 ㅠㅠ help');
      expect(payday.topic?.intent).toBe('HARDSHIP');
      if (next.nextPayment!.dueDate.slice(0, 10) > koreanDate(new Date(Date.now() + 13 * 86_400_000)))
        expect(firstSentence(payday.text)).toMatch(/월급날인 다음 주까지 나갈 대출 납입은 없습니다/);
      expect(payday.text).not.toContain('개인워크아웃');
      for (const a of [despair, charge, mine, shame, heavy, payday])
        expect(renderingErrors(a.text)).toEqual([]);
    });

    it('wording: no internal labels or thresholds, a recurring charge alone, the prepayment fee first, the fee abroad estimated', async () => {
      const bill = await ask('what will my card bill be in march');
      expect(bill.text).not.toMatch(/\[Forecast summary\]|\[Scenario narrative\]/);
      const health = await ask('whats my health score');
      expect(health.text).not.toMatch(/threshold, flagged/);
      const credit = await ask('신용점수 why 이렇게 나와요?');
      expect(credit.text).not.toMatch(/초과, 주의/);
      const recurring = await ask('what is this 68,500 charge every month');
      expect(recurring.text).toMatch(/recurring/);
      expect(recurring.text).not.toMatch(/look unusual|Never give your card number/);
      const refinance = await ask('refinance 하면 얼마나 save 할 수 있어요?');
      const fee = await ask('중도상환수수료 있어요?', refinance.conversationId);
      expect(firstSentence(fee.text)).toMatch(/^.+의 중도상환수수료는 (?:없습니다 \(0원\)|[\d,]+원이고)/);
      const trip = await ask('how much did i spend overseas on my japan trip');
      const abroadFee = await ask('was there any foreign transaction fee', trip.conversationId);
      const abroad = await spentTotal('period: LAST_N_MONTHS, months: 12, locality: OVERSEAS');
      expect(firstSentence(abroadFee.text)).toContain(formatWon(abroad, 'en'));
      expect(firstSentence(abroadFee.text)).toContain(
        formatWon(
          new Decimal(abroad).times('0.013').toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0),
          'en',
        ),
      );
      expect(abroadFee.text).toContain('Your card statement shows the exact fee.');
      for (const a of [bill, health, credit, recurring, fee, abroadFee])
        expect(renderingErrors(a.text)).toEqual([]);
    });
  });
  describe('QA round 24 (mood24): sarcasm at one’s bill, an annoying scam text, thanks tagged, the subject after long small talk, odd numbers, buying', () => {
    it('"와 카드값 진짜 대단하네 ^^ 잘했다 나 자신": FRUSTRATED, heard in one short sentence, then this month’s bill', async () => {
      const { bill } = await cardBillOf(`${today().slice(0, 7)}-01`);
      const a = await ask('와 카드값 진짜 대단하네 ^^ 잘했다 나 자신');
      expect([a.topic?.intent, a.emotion?.label]).toEqual(['SPENDING', 'FRUSTRATED']);
      const [heard, ...rest] = a.text.split('\n')[0].split(/(?<=[.?!])\s+/);
      expect(heard).toBe('꽤 많이 나와서 속상하시죠.');
      expect(rest.join(' ')).toContain(formatWon(bill.toString(), 'ko'));
      expect(a.text).not.toMatch(/청구서가 또 오면|핵심만 분명하게/);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"scam text again, so annoying" reads FRUSTRATED; "I clicked the link in a scam text" stays ANXIOUS', async () => {
      const annoyed = await ask('scam text again, so annoying');
      const victim = await ask('I clicked the link in a scam text');
      expect([annoyed.topic?.intent, annoyed.emotion?.label]).toEqual(['SUSPECTED_FRAUD', 'FRUSTRATED']);
      expect([victim.topic?.intent, victim.emotion?.label]).toEqual(['SUSPECTED_FRAUD', 'ANXIOUS']);
    });

    it('"알겠어요 고마워요" after a hardship talk is tagged as general chat, not the previous finance intent', async () => {
      const hard = await ask('연체 때문에 너무 힘들어요');
      const thanks = await ask('알겠어요 고마워요', hard.conversationId);
      expect(thanks.text).toBe('천만에요! 더 궁금한 점이 있으면 언제든 말씀해 주세요.');
      expect(thanks.topic).toEqual({ topic: 'GENERAL', intent: null });
    });

    it('"그럼 3%면요?" after a loan-rate talk and more thanks and small talk than the history holds: the rise on the loans', async () => {
      const variable = (await activeLoansWith('rateType balance { amount }')).filter(
        (l) => l.rateType === 'VARIABLE',
      );
      const monthly = variable
        .reduce((a, l) => a.plus(l.balance.amount), new Decimal(0))
        .times('0.03')
        .div(12)
        .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
        .toFixed(0);
      let turn = await ask('대출 금리 얼마예요?');
      turn = await ask('금리가 1% 오르면 이자는요?', turn.conversationId);
      for (const said of [
        '고마워요',
        '오늘 날씨 좋네요',
        'ㅎㅎ',
        '알겠어요',
        '그렇군요',
        '넵',
        '좋아요',
        'ㅋㅋ',
        '그래요',
        '오케이',
        '좋네요',
        '음 그렇군요',
      ])
        turn = await ask(said, turn.conversationId);
      const three = await ask('그럼 3%면요?', turn.conversationId);
      expect(three.topic?.intent).toBe('LOANS_OVERVIEW');
      expect(firstSentence(three.text)).toMatch(/^금리가 3%p 오르면/);
      expect(firstSentence(three.text)).toContain(formatWon(monthly, 'ko'));
      expect(renderingErrors(three.text)).toEqual([]);
    });

    it('"-300만원 할부로…" says a negative amount cannot be split; "99999999999999999999개월 후 카드값" echoes no rounded number', async () => {
      const minus = await ask('-300만원 할부로 하면 한달에 얼마예요?');
      expect(minus.text).toBe(
        '-3,000,000원처럼 마이너스 금액은 할부로 나눌 수 없으니, 결제하실 금액(예: 3,000,000원)을 말씀해 주시면 한 달 납입액을 계산해 드릴게요.',
      );
      const far = await ask('99999999999999999999개월 후 카드값');
      expect(firstSentence(far.text)).toMatch(/^그렇게 먼 앞날의 카드값은 예측할 수 없습니다/);
      expect(far.text).not.toContain('100000000000000000000');
    });

    it('"50만원짜리 폰 사도 대출 갚을 수 있을까요?", "can i buy a 500k phone and still pay my loan": said as buying it, figures kept', async () => {
      const { income, debt } = await monthlySurplus();
      const ko = await ask('50만원짜리 폰 사도 대출 갚을 수 있을까요?');
      const en = await ask('can i buy a 500k phone and still pay my loan');
      for (const a of [ko, en]) expect(a.topic?.intent).toBe('FORECAST');
      const m =
        /500,000원짜리를 사시면 \d{4}년 \d{1,2}월 카드값이 약 ([\d,]+)원\(예상 ([\d,]+)원 \+ 500,000원\)/.exec(
          firstSentence(ko.text),
        );
      expect(m).not.toBeNull();
      const total = new Decimal(m![1].replace(/,/g, ''));
      const rest = new Decimal(income.toString()).minus(total).minus(debt.toString());
      expect(firstSentence(ko.text)).toContain(formatWon(rest.abs().toFixed(0), 'ko'));
      expect(firstSentence(en.text)).toContain(`if you buy it for ₩500,000`);
      expect(firstSentence(en.text)).toContain(
        `card bill comes to about ${formatWon(total.toFixed(0), 'en')}`,
      );
      expect(firstSentence(en.text)).toContain(formatWon(rest.abs().toFixed(0), 'en'));
      for (const a of [ko, en]) {
        expect(a.text).not.toMatch(/더 쓰시면|spending ₩500,000 more/);
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });
  });

  describe('QA round 24 (en24a): English follow-ups, misread English questions, two questions in one', () => {
    it('"go back to my first question, how much of that was groceries": this month’s groceries', async () => {
      const groceries = await spentTotal('period: THIS_MONTH, category: "GROCERY"');
      const first = await ask('how much have i spent on my card this month so far');
      const next = await ask('when is my next loan payment and how much', first.conversationId);
      const back = await ask(
        'go back to my first question, how much of that was groceries',
        next.conversationId,
      );
      expect(back.topic?.intent).toBe('SPENDING');
      expect(firstSentence(back.text)).toContain(formatWon(groceries, 'en'));
      expect(renderingErrors(back.text)).toEqual([]);
    });

    it('a rate cut asked of the bank (alone and after DSR) and its monthly saving', async () => {
      const saving = loans.find((l) => l.refinanceOffers.stayWithCurrentLender)!.refinanceOffers
        .stayWithCurrentLender!.monthlySaving.amount;
      const alone = await ask('can i ask kakaobank for a rate cut on my jeonse loan');
      expect(alone.topic?.intent).toBe('REFINANCE');
      expect(alone.text).toContain(formatWon(saving, 'en'));
      const dsr = await ask('wdym by DSR');
      const cut = await ask('can i ask the bank for a rate cut then', dsr.conversationId);
      expect(cut.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(cut.text)).not.toBe(firstSentence(dsr.text));
      const much = await ask('ok how much would i save per month with that exactly', cut.conversationId);
      expect(firstSentence(much.text)).toContain(formatWon(saving, 'en'));
      for (const a of [alone, cut, much]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a car loan on top of the jeonse loan answers as "can i afford a 25m won car loan"', async () => {
      const car = await ask('thinking of buying a car next yr, 25m won, car loan on top of my jeonse loan?');
      const plain = await ask('can i afford a 25m won car loan');
      expect(car.topic?.intent).toBe('LOAN_LIMIT');
      expect(firstSentence(car.text)).toBe(firstSentence(plain.text));
    });

    it('an extension asked in English answers like the Korean question; blocking the card comes first', async () => {
      const end = await ask('when does my jeonse loan end');
      const extend = await ask('can i extend it? landlord wants to renew for 2 more yrs', end.conversationId);
      const alone = await ask('can i extend my jeonse loan when it matures?');
      for (const a of [extend, alone]) {
        expect(firstSentence(a.text)).toMatch(/^Usually yes: apply to /);
        expect(firstSentence(a.text)).not.toBe(firstSentence(end.text));
      }
      const charge = await ask('charge from MARRIOTT 735,100 i dont recognize?? did someone steal my card');
      const block = await ask('how do i block my card rn', charge.conversationId);
      expect(firstSentence(block.text)).toMatch(/suspension|suspend/);
      expect(firstSentence(block.text)).not.toBe(firstSentence(charge.text));
    });

    it('why ₩530k a month: interest only, principal at maturity; what happens in march 2028', async () => {
      const next = nextDue();
      const why = await ask('why do i pay 530k every month on my loan');
      expect(why.topic?.intent).toBe('NEXT_PAYMENT');
      expect(firstSentence(why.text)).toContain(formatWon(next.nextPayment!.interest.amount, 'en'));
      expect(firstSentence(why.text)).toMatch(/in one sum at maturity/);
      const angry = await ask('ur app is useless… still dont get why i pay 530k every month');
      // Anger at the app, read NEUTRAL by the model: owned in one sentence before the answer (recheck of round 24).
      expect(angry.emotion?.label).toBe('FRUSTRATED');
      expect(angry.text).toMatch(/^Sorry this has been so frustrating — here is the straight answer: /);
      expect(firstSentence(angry.text)).toContain(formatWon(next.nextPayment!.interest.amount, 'en'));
      const self = await ask('im so stupid i spent way too much on my card this month');
      expect(self.text).not.toMatch(/^Sorry this has been so frustrating/);
      const march = await ask('ok so what happens in march 2028 then', angry.conversationId);
      expect(march.topic?.intent).toBe('NEXT_PAYMENT');
      expect(firstSentence(march.text)).toMatch(/Mar 2028/);
      expect(march.text).toMatch(/returned deposit/);
    });

    it('forecast follow-ups: why so high explains the trend, how sure gives the 80% range', async () => {
      const bill = await ask('what will my card bill be in march');
      const why = await ask('why so high?? i barely use my card', bill.conversationId);
      expect(why.topic?.intent).toBe('FORECAST');
      expect(firstSentence(why.text)).toMatch(/^The forecast rises because/);
      const sure = await ask('how sure are u about that number', why.conversationId);
      expect(sure.topic?.intent).toBe('FORECAST');
      expect(firstSentence(sure.text)).toMatch(/80% chance/);
    });

    it('spending follow-ups: all coffee, online or in store, what October was mostly on', async () => {
      const sb = await ask('how much did i spend at starbucks last month');
      const before = await ask('and the month before?', sb.conversationId);
      const coffee = await ask('wait i meant all coffee not just starbucks', before.conversationId);
      expect(coffee.topic?.intent).toBe('SPENDING');
      expect(firstSentence(coffee.text)).toMatch(/coffee shops/);
      const sep = await ask('how much did i spend on shopping in september');
      const oct = await ask('sorry i meant october', sep.conversationId);
      const where = await ask(
        'the thing you said earlier about shopping, was that online or in store',
        oct.conversationId,
      );
      expect(firstSentence(where.text)).toMatch(/online .* in shops/);
      const shops = await spentTotal(`${october()}, category: "SHOPPING"`);
      expect(firstSentence(where.text)).toContain(formatWon(shops, 'en'));
      const bad = await ask('kinda embarrassed… spent way too much in october. how bad compared to usual');
      const mostly = await ask('what was it mostly on', bad.conversationId);
      const [top] = (await summary(october())).byCategory;
      expect(firstSentence(mostly.text)).toContain(formatWon(top.amount.amount, 'en'));
      expect(firstSentence(mostly.text)).not.toBe(firstSentence(bad.text));
      for (const a of [coffee, where, mostly]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('two questions in one: the balance with October’s spending (then its purchases), the next payment with the score', async () => {
      const oct = october();
      const both = await ask('whats my loan balance and how much did i spend in october?');
      expect(firstSentence(both.text)).toContain(formatWon(await spentTotal(oct), 'en'));
      expect(firstSentence(both.text)).toMatch(/in October/);
      const count = await ask('also how many purchases was that', both.conversationId);
      expect(firstSentence(count.text)).toContain(`${await spentCount(oct)} transactions`);
      const next = nextDue();
      const pair = await ask('whats my next payment and my health score');
      expect(firstSentence(pair.text)).toContain(formatWon(next.nextPayment!.payment.amount, 'en'));
      expect(pair.text).toContain(`${(await healthScoreOf()).score} out of 100`);
      const ko = await ask('제 jeonse loan 금리 얼마예요?');
      const pay = await ask('그럼 다음 달 이자 payment 얼마 나가요?', ko.conversationId);
      expect(firstSentence(pay.text)).toContain(formatWon(next.nextPayment!.payment.amount, 'ko'));
      for (const a of [both, count, pair, pay]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 24 (fu24): follow-ups, stated figures, "A 말고 B", two questions in one', () => {
    it('"아 아니 지난달 말고 9월 식비" after last month’s food: September’s food', async () => {
      const y = Number(today().slice(0, 4)) - (Number(today().slice(5, 7)) < 10 ? 1 : 0);
      const sep = await summary(`period: DATES, from: "${y}-09-01", through: "${y}-09-30", category: "FOOD"`);
      const food = await ask('지난달 식비 얼마나 썼어?');
      const fixed = await ask('아 아니 지난달 말고 9월 식비', food.conversationId);
      expect(fixed.topic?.intent).toBe('SPENDING');
      expect(firstSentence(fixed.text)).toMatch(/^9월 식비 카드 지출은 /);
      expect(firstSentence(fixed.text)).toContain(formatWon(sep.total.amount, 'ko'));
      expect(renderingErrors(fixed.text)).toEqual([]);
    });

    it('"둘이 합치면 얼마예요?" after this month’s card and the loan’s next payment: both together', async () => {
      const next = nextDue().nextPayment!;
      const card = await ask('이번달 카드 얼마 썼어요?');
      const loan = await ask('대출 이자는 언제 얼마 빠져요?', card.conversationId);
      const both = await ask('둘이 합치면 얼마예요?', loan.conversationId);
      expect(both.topic?.intent).toBe('SPENDING');
      const lead = firstSentence(both.text);
      expect(lead).toMatch(/나가는 돈은 .*약 [\d,]+원입니다: 대출 납입 /);
      expect(lead).toContain(formatWon(next.payment.amount, 'ko'));
      const [total, ...parts] = [...lead.matchAll(/([\d,]+)원/g)].map((m) => BigInt(m[1].replace(/,/g, '')));
      expect(total).toBe(parts[0] + parts[parts.length - 1]);
      expect(renderingErrors(both.text)).toEqual([]);
    });

    it('"다음 납입일 언제고 이번달 편의점 얼마 썼어요?": the next payment, then this month’s convenience stores', async () => {
      const next = nextDue().nextPayment!;
      const stores = await spentTotal('period: THIS_MONTH, merchant: "편의점"');
      const a = await ask('다음 납입일 언제고 이번달 편의점 얼마 썼어요?');
      expect(firstSentence(a.text)).toContain(formatDate(next.dueDate, 'ko', today()));
      expect(firstSentence(a.text)).toContain(formatWon(next.payment.amount, 'ko'));
      expect(a.text).toMatch(
        new RegExp(`이번 달 편의점에서 쓰신 카드 금액은 ${escapeRegExp(formatWon(stores, 'ko'))}입니다`),
      );
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"그럼 dsr은 얼마로 바뀌어요?" after "연봉 올랐어요 3천으로": the DSR on 30,000,000원', async () => {
      const sim = await t.request<{
        simulateLoanLimit: { dsrBefore: string; existingAnnualDebtService: { amount: string } };
      }>(
        `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
           ... on LoanLimitSimulation { dsrBefore existingAnnualDebtService { amount } } } }`,
        { input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS.CREDIT } },
        token,
      );
      const { dsrBefore, existingAnnualDebtService } = sim.data!.simulateLoanLimit;
      const pct = (r: Decimal.Value) => `${new Decimal(r).times(100).toFixed(1)}%`;
      const raised = await ask('드디어 연봉 올랐어요!! 3천으로ㅎㅎ 이제 금리인하요구 되나요');
      const dsr = await ask('그럼 dsr은 얼마로 바뀌어요?', raised.conversationId);
      expect(firstSentence(dsr.text)).toBe(
        `연소득이 30,000,000원이면 DSR은 ${pct(new Decimal(existingAnnualDebtService.amount).div(30_000_000))}입니다 (1년 원리금 ${formatWon(existingAnnualDebtService.amount, 'ko')} ÷ 30,000,000원; 지금은 ${pct(dsrBefore)}, 은행 대출 심사 한도 40.0%).`,
      );
      expect(renderingErrors(dsr.text)).toEqual([]);
    });

    it('"그럼 한달에 얼마 아껴야 돼?" two turns after "한달에 50만원 수입이 줄었어요": on the income less 500,000원', async () => {
      const m = await monthlySurplus();
      const income = m.income - 500_000n;
      const gap = m.spending - (income - m.debt);
      const cut = await ask('부업 잘려서 한달에 50만원 수입이 줄었어요.. 대출이자 감당 가능할까요');
      const fixed = await ask('매달 고정으로 나가는 돈 뭐뭐 있어?', cut.conversationId);
      const save = await ask('그럼 한달에 얼마 아껴야 돼?', fixed.conversationId);
      expect(save.topic?.intent).toBe('SAVINGS');
      const lead = firstSentence(save.text);
      expect(lead).toContain('수입이 월 500,000원 줄면');
      expect(lead).toContain(formatWon(income.toString(), 'ko'));
      if (gap > 0n)
        expect(lead).toMatch(
          new RegExp(`^한 달에 약 ${escapeRegExp(formatWon(gap.toString(), 'ko'))}을 아끼셔야 합니다`),
        );
      else expect(lead).toMatch(/^수입이 월 500,000원 줄어도 지금 지출로 버틸 수 있습니다/);
      expect(renderingErrors(save.text)).toEqual([]);
    });

    it('"통장에 지금 60만원 있는데 버틸 수 있을까" after the payday: the loan payments and the card bill by then against 600,000원', async () => {
      const next = nextDue().nextPayment!;
      const before = await ask('월급 25일에 들어오는데 그 전에 빠져나가는 거 뭐 있어요?');
      const card = await ask('카드 결제일은 언제예요?', before.conversationId);
      const held = await ask('통장에 지금 60만원 있는데 버틸 수 있을까', card.conversationId);
      expect(held.topic?.intent).toBe('NEXT_PAYMENT');
      const lead = firstSentence(held.text);
      expect(lead).toMatch(
        /^(?:네, 600,000원으로 버틸 수 있습니다|카드값까지 그 전에 나가면 600,000원으로는 약 [\d,]+원이 모자랍니다|아니요, 600,000원으로는)/,
      );
      expect(lead).toContain('12월 25일');
      if (next.dueDate <= `${today().slice(0, 4)}-12-25` && next.dueDate >= today())
        expect(lead).toContain(`대출 납입 ${formatWon(next.payment.amount, 'ko')}`);
      const figures = [...lead.matchAll(/([\d,]+)원/g)].map((m) => BigInt(m[1].replace(/,/g, '')));
      expect(figures).toContain(600_000n);
      // The bill weighed both ways in the lead is not then said to be left out of the sum (recheck of round 24).
      expect(held.text).not.toContain('합계에 넣지 않았습니다');
      expect(held.text).not.toMatch(/일상 이야기/);
      expect(renderingErrors(held.text)).toEqual([]);
    });

    it('"일본에서 쓴 것도 포함이야?" after October’s Starbucks: yes/no with the part abroad', async () => {
      const y = Number(today().slice(0, 4)) - (Number(today().slice(5, 7)) < 11 ? 1 : 0);
      const abroad = await summary(
        `period: DATES, from: "${y}-10-01", through: "${y}-10-31", merchant: "스타벅스", locality: OVERSEAS`,
      );
      const first = await ask('10월에 스타벅스 몇번갔어');
      const inc = await ask('일본에서 쓴 것도 포함이야?', first.conversationId);
      expect(inc.topic?.intent).toBe('SPENDING');
      if (BigInt(abroad.total.amount) > 0n)
        expect(firstSentence(inc.text)).toContain(
          `네, 포함되어 있습니다: 그중 해외(해외 가맹점·해외 사이트) 결제가 ${abroad.purchaseCount}건 ${formatWon(abroad.total.amount, 'ko')}입니다`,
        );
      else expect(firstSentence(inc.text)).toMatch(/^아니요, 그 안에 해외 결제는 없습니다/);
      expect(renderingErrors(inc.text)).toEqual([]);
    });

    it('"처음에 물어본 거 중에 제일 큰 게 뭐였죠": the first question answered again, not small talk', async () => {
      const next = nextDue().nextPayment!;
      const a = await ask('월급 25일에 들어오는데 그 전에 빠져나가는 거 뭐 있어요?');
      const b = await ask('카드 결제일은 언제예요?', a.conversationId);
      const recall = await ask('처음에 물어본 거 중에 제일 큰 게 뭐였죠', b.conversationId);
      expect(recall.topic?.topic).toBe('FINANCE');
      expect(firstSentence(recall.text)).toContain(formatWon(next.payment.amount, 'ko'));
      expect(recall.text).not.toMatch(/일상 이야기/);
    });
  });
  describe('QA round 24 (plan24): big purchases, hardship in its own words, the jeonse switch, the two scores', () => {
    const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), 'ko');
    const pct = (r: Decimal.Value) => `${new Decimal(r).times(100).toFixed(1)}%`;

    it('"차 3천만원 할부로 사도될까요": the month’s principal over 36 months against the income, and the DSR after — no contradiction', async () => {
      const { income, debt } = await monthlySurplus();
      const { dsrBefore } = await bankDsr();
      const monthly = new Decimal(30_000_000).div(36).toDecimalPlaces(0, Decimal.ROUND_CEIL);
      const car = await ask('차사려고하는데 3천만원짜리 할부로 사도될까요');
      expect(car.topic?.intent).toBe('SAVINGS');
      const lead = firstSentence(car.text);
      expect(lead).toMatch(/^(?:아니요|네)/);
      expect(lead).toContain(`36개월 할부로 사시면 원금만 한 달 약 ${won(monthly)}`);
      expect(lead).toContain(`월 소득 ${won(income.toString())}`);
      expect(lead).toContain(`대출 납입 ${won(debt.toString())}`);
      expect(car.text).toContain(`지금 ${pct(dsrBefore!)}에서`);
      // One basis: not "this month's money left" beside a shortfall.
      expect(car.text).not.toMatch(/이번 달 남은 돈/);
      expect(renderingErrors(car.text)).toEqual([]);
    });

    it('"150만원짜리 노트북 사도 될까요?" in a month the bill leaves short: weighed on the shortfall alone', async () => {
      const a = await ask('150만원짜리 노트북 사도 될까요?');
      expect(a.topic?.intent).toBe('SAVINGS');
      const short = /모자라는 돈이/.test(a.text);
      if (short) {
        expect(firstSentence(a.text)).toMatch(/^아니요, 이번 달 여유로는 1,500,000원짜리를 사기 어렵습니다/);
        expect(a.text).not.toMatch(/이번 달 남은 돈은 약/);
      } else expect(firstSentence(a.text)).toMatch(/1,500,000원짜리/);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"이사비용 300만원 카드로 긁어도 돼요? 할부 6개월로" → 500,000원 a month plus the fee; "그럼 한달에 얼마씩" the same', async () => {
      const buy = await ask('이사비용 300만원 카드로 긁어도 돼요? 할부 6개월로');
      expect(buy.topic?.intent).toBe('FORECAST');
      // QA round 26 (ko3): asked whether ("긁어도 돼요?"), yes or no first; the month's payment asked, that first.
      expect(firstSentence(buy.text)).toMatch(
        /^(?:네|아니요), [^:]+: 3,000,000원을 6개월 할부로 사시면 한 달에 약 [\d,]+원~[\d,]+원씩/,
      );
      expect(buy.text).toContain('원금 약 500,000원');
      expect(buy.text).not.toContain('대한항공” 570,400원 6개월 할부');
      const monthly = await ask('그럼 한달에 얼마씩 나가요', buy.conversationId);
      expect(firstSentence(monthly.text)).toMatch(
        /^3,000,000원을 6개월 할부로 사시면 한 달에 약 [\d,]+원~[\d,]+원씩/,
      );
      expect(firstSentence(monthly.text)).toContain('원금 약 500,000원');
      expect(renderingErrors(buy.text)).toEqual([]);
    });

    it('the wedding budget: 2,000,000원 a month, by next autumn and over 10 months; the newlyweds’ jeonse switch', async () => {
      const { income } = await monthlySurplus();
      const goal = await ask('내년 가을에 결혼하는데 지금부터 얼마씩 모아야 할까요? 예산은 2천만원이요');
      expect(goal.topic?.intent).toBe('SAVINGS');
      const month = Number(today().slice(5, 7));
      const months = (9 - month + 12) % 12 || 12;
      const need = new Decimal(20_000_000).div(months).toDecimalPlaces(0, Decimal.ROUND_UP);
      expect(firstSentence(goal.text)).toContain(`${months}개월 동안 매달 ${won(need)}씩 모아야 합니다`);
      if (need.gt(income.toString()))
        expect(firstSentence(goal.text)).toContain(`월 소득 ${won(income.toString())}보다 많은`);
      const sw = await ask('전세대출 있는 상태에서 신혼부부 전세대출로 갈아탈수있어?', goal.conversationId);
      expect(sw.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(sw.text)).toContain('신혼부부 전용 전세자금대출로 갈아탈 수 있습니다');
      expect(firstSentence(sw.text)).toContain('169,000,000원');
      expect(sw.text).not.toMatch(/재약정: 월 납입액/);
      const ten = await ask('아까 말한 2천만원 그거 10개월이면 한달에 얼마야', sw.conversationId);
      expect(ten.topic?.intent).toBe('SAVINGS');
      expect(firstSentence(ten.text)).toContain('매달 2,000,000원');
      for (const a of [goal, sw, ten]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"부업 잘려서 한달에 50만원 수입이 줄었어요.. 대출이자 감당 가능할까요": yes or no from the figures, no workout ladder', async () => {
      const { income, spending, debt } = await monthlySurplus();
      const after = income - 500_000n;
      const a = await ask('부업 잘려서 한달에 50만원 수입이 줄었어요.. 대출이자 감당 가능할까요');
      expect(a.topic?.intent).toBe('HARDSHIP');
      const lead = firstSentence(a.text);
      expect(lead).toMatch(after >= debt ? /^네, 대출 이자는 감당할 수 있습니다/ : /^아니요/);
      expect(lead).toContain(won(after.toString()));
      const rest = after - debt - spending;
      if (rest < 0n) expect(a.text).toContain(`매달 약 ${won((-rest).toString())}이 모자라`);
      expect(a.text).not.toMatch(/개인워크아웃|신속채무조정|일자리/);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('shame at the debt, telling the parents, "연체는 한번도 안했죠?": their own record, said kindly', async () => {
      const score = await creditScore();
      const jeonse = loans.find((l) => l.kind === 'JEONSE')!;
      const shame = await ask('솔직히 너무 창피해요 스무살인데 빚이 1억6천이라니..');
      expect(shame.topic?.intent).toBe('HARDSHIP');
      expect(firstSentence(shame.text)).toMatch(/^창피해하실 일이 아닙니다: .*전세보증금을 위한 대출/);
      expect(shame.text).toContain(`신용점수도 ${score}점`);
      expect(shame.text).not.toMatch(/개인워크아웃|채무조정|많이 지치고/);
      const parents = await ask('부모님한테 말해야 할까요', shame.conversationId);
      expect(parents.topic?.intent).toBe('HARDSHIP');
      expect(firstSentence(parents.text)).toMatch(/^말씀드릴지는 고객님이 정하실 일이지만/);
      expect(parents.text).not.toMatch(/남는 돈이 없습니다/);
      const late = await ask('그래도 연체는 한번도 안했죠?', parents.conversationId);
      expect(late.topic?.intent).toBe('ARREARS');
      expect(firstSentence(late.text)).toMatch(/^네, .*모두 제때 내셨습니다/);
      expect(late.emotion?.label).not.toBe('FRUSTRATED');
      expect(late.text).not.toMatch(/신용평가회사|단기연체/);
      expect(late.text).toContain(formatWon(jeonse.nextPayment!.payment.amount, 'ko'));
      for (const a of [shame, parents, late]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"만기때 1억6900 어디서 구해": the returned deposit, or the extension at renewal', async () => {
      const first = await ask('그냥다포기하고싶다 어차피 못갚을거같아');
      const where = await ask('만기때 1억6900 어디서 구해', first.conversationId);
      expect(where.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(where.text)).toMatch(/돌려받는 전세보증금으로 갚습니다/);
      expect(where.text).toMatch(/연장할 수 있어/);
      expect(renderingErrors(where.text)).toEqual([]);
    });

    it('the two scores told apart with their figures; what the switching cost is', async () => {
      const score = await creditScore();
      const { score: health } = await healthScoreOf();
      const first = await ask('내 재무건강점수 몇점이고 왜 그런거에요?');
      // One question's two angles ("몇점이고 왜"): the score's answer once, not once per clause (recheck of round 24).
      const lines = first.text.split('\n').filter((l) => l.trim());
      expect(new Set(lines).size).toBe(lines.length);
      expect(firstSentence(first.text)).toContain(`${health}점`);
      const diff = await ask('신용점수는요? 그거랑 이거랑 뭐가 달라', first.conversationId);
      expect(diff.topic?.intent).toBe('HEALTH_SCORE');
      expect(firstSentence(diff.text)).toContain(`신용점수 ${score}점`);
      expect(firstSentence(diff.text)).toContain(`금융 건강 점수 ${health}점`);
      expect(diff.text).not.toMatch(/금리는/);
      const res = await t.request<{
        me: {
          customer: {
            loans: {
              status: string;
              refinanceOffers: { offers: { switchLender: { totalCost: { amount: string } } }[] };
            }[];
          };
        };
      }>(
        '{ me { customer { loans { status refinanceOffers { offers { switchLender { totalCost { amount } } } } } } } }',
        {},
        token,
      );
      const cost = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.refinanceOffers.offers[0]!
        .switchLender.totalCost.amount;
      const what = await ask(`갈아타기 비용 ${formatWon(cost, 'ko')}이 뭐에요?`);
      expect(what.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(what.text)).toMatch(
        new RegExp(`^${formatWon(cost, 'ko')}은 .*추정치입니다: .*중도상환수수료`),
      );
      expect(what.text).toContain('인지세');
      for (const a of [diff, what]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('no answer names the internal product', async () => {
      for (const q of [
        '카드 결제일은 언제예요?',
        '신용점수 몇점이에요',
        '너 사람이야?',
        'is my card limit in here?',
      ])
        expect((await ask(q)).text).not.toMatch(/fingraph/i);
    });
  });

  describe('QA round 24 (spend24): card spending periods', () => {
    const wonOf = (amount: string | bigint, lang: 'ko' | 'en' = 'ko') => formatWon(amount.toString(), lang);
    /** A whole calendar month `back` months before this one, from the API. */
    const monthSummary = (back: number) => {
      const first = addMonths(`${today().slice(0, 7)}-01`, -back);
      return summary(`period: DATES, from: "${first}", through: "${addDays(addMonths(first, 1), -1)}"`);
    };
    /** The month (YYYY-MM, KST) of the card's first transaction, from the cards' own lists. */
    const firstRecordMonth = async () =>
      (await cardTransactions<{ occurredAt: string }>('occurredAt'))
        .map((x) => koreanDate(new Date(x.occurredAt)).slice(0, 7))
        .sort()[0];
    const ym = (iso: string) => `${iso.slice(0, 4)}년 ${Number(iso.slice(5, 7))}월`;

    it('"지난달이랑 그 전달 얼마 썼어요?" then "그럼 그 두달 합치면?" (and two months asked one after the other) → the sum, then each month', async () => {
      const [last, before] = await Promise.all([monthSummary(1), monthSummary(2)]);
      const sum = BigInt(last.total.amount) + BigInt(before.total.amount);
      const m = (back: number) => Number(addMonths(`${today().slice(0, 7)}-01`, -back).slice(5, 7));
      const both = await ask('지난달이랑 그 전달 얼마 썼어요?');
      expect(firstSentence(both.text)).toContain(wonOf(last.total.amount));
      expect(firstSentence(both.text)).toContain(wonOf(before.total.amount));
      const summed = await ask('그럼 그 두달 합치면?', both.conversationId);
      expect(summed.topic?.intent).toBe('SPENDING');
      expect(firstSentence(summed.text)).toMatch(new RegExp(`^${m(2)}월과 ${m(1)}월 카드 지출은 합쳐서 `));
      expect(firstSentence(summed.text)).toContain(
        `${wonOf(sum)}입니다: ${m(2)}월 ${wonOf(before.total.amount)}(${before.purchaseCount}건), ${m(1)}월 ${wonOf(last.total.amount)}(${last.purchaseCount}건)`,
      );
      // Two named months asked one after the other.
      const one = await ask(`${m(2)}월에 카드 얼마 썼어?`);
      const two = await ask(`${m(1)}월은?`, one.conversationId);
      expect(firstSentence(two.text)).toContain(wonOf(last.total.amount));
      const sumKo = await ask('그럼 그 두달 합치면?', one.conversationId);
      expect(firstSentence(sumKo.text)).toContain(`합쳐서 ${wonOf(sum)}입니다`);
      const en = await ask(`how much did i spend in ${MONTH_NAMES[m(2) - 1]}?`);
      await ask(`and ${MONTH_NAMES[m(1) - 1]}?`, en.conversationId);
      const sumEn = await ask('and both together?', en.conversationId);
      expect(firstSentence(sumEn.text)).toContain(`together is ${wonOf(sum, 'en')}`);
      for (const a of [summed, sumKo, sumEn]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a month before the card’s first record → no card record (the records’ first month), not 0원; the year said with a month is read', async () => {
      const first = await firstRecordMonth();
      const old = await ask('2024년 3월에 카드 얼마 썼어요?');
      expect(old.topic?.intent).toBe('SPENDING');
      if (first > '2024-03') {
        expect(firstSentence(old.text)).toBe(
          `2024년 3월에는 카드 결제 기록이 없습니다: 카드 기록은 ${ym(first)}부터 있습니다.`,
        );
        expect(old.text).not.toContain('0원입니다');
      }
      // The month just before the first record, said with its year.
      const before = addMonths(`${first}-01`, -1);
      const y = before.slice(0, 4);
      const mo = Number(before.slice(5, 7));
      for (const q of [`${y}년 ${mo}월에 얼마 썼어요?`, `${y}년 ${mo}월 카드값`]) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('SPENDING');
        expect(firstSentence(a.text)).toBe(
          `${y}년 ${mo}월에는 카드 결제 기록이 없습니다: 카드 기록은 ${ym(first)}부터 있습니다.`,
        );
      }
      const en = await ask(`how much did I spend in ${MONTH_NAMES[mo - 1]} ${y}?`);
      expect(firstSentence(en.text)).toMatch(
        new RegExp(
          `^There is no card spending on record for ${MONTH_NAMES[mo - 1]} ${y}: your card records start in `,
        ),
      );
      // A past month with its year on record: that month's figure.
      const back = 2;
      const m2 = addMonths(`${today().slice(0, 7)}-01`, -back);
      const s2 = await monthSummary(back);
      const said = await ask(`${m2.slice(0, 4)}년 ${Number(m2.slice(5, 7))}월에 얼마 썼어요?`);
      expect(firstSentence(said.text)).toContain(wonOf(s2.total.amount));
      for (const a of [old, en, said]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('a year out of reach ("3000년 1월 카드값", "9999년 12월 21일까지 얼마 준비해야 돼요?") → out of range, no figure', async () => {
      for (const [q, year] of [
        ['3000년 1월 카드값', '3000'],
        ['9999년 12월 21일까지 얼마 준비해야 돼요?', '9999'],
      ]) {
        const a = await ask(q);
        expect(firstSentence(a.text)).toMatch(new RegExp(`^${year}년은 기록과 예측이 닿는 범위 밖이라`));
        expect(a.text).not.toMatch(/[\d,]+원/);
      }
    });

    it('"매달 얼마 써요?" / "한달에 카드 평균 얼마 써요?" / "how much do i spend a month on average?" → the last three complete months ÷ 3; weekends and online on the same months', async () => {
      const { amount, total } = await monthlyCard();
      const first = `${today().slice(0, 7)}-01`;
      const from = Number(addMonths(first, -3).slice(5, 7));
      const to = Number(addMonths(first, -1).slice(5, 7));
      for (const q of ['매달 얼마 써요?', '한달에 카드 평균 얼마 써요?']) {
        const a = await ask(q);
        expect(firstSentence(a.text)).toBe(
          `한 달 카드 지출은 평균 약 ${wonOf(amount)}입니다: 최근 3개월(${from}~${to}월) 동안 ${wonOf(total)}, ${await monthSummaryCount(
            3,
          )}건입니다.`,
        );
      }
      const en = await ask('how much do i spend a month on average?');
      expect(firstSentence(en.text)).toContain(
        `averages about ${wonOf(amount, 'en')} a month: ${wonOf(total, 'en')} over the last 3 complete months`,
      );
      const range = `period: DATES, from: "${addMonths(first, -3)}", through: "${addDays(first, -1)}"`;
      const [weekends, online] = await Promise.all([
        summary(`${range}, days: WEEKENDS`),
        summary(`${range}, channel: ONLINE`),
      ]);
      const wk = await ask('주말이랑 평일 중에 언제 더 많이 써요?');
      expect(firstSentence(wk.text)).toMatch(new RegExp(`^최근 3개월\\(${from}~${to}월\\) 하루 평균`));
      expect(wk.text).toContain(`${wonOf(weekends.total.amount)}(${weekends.purchaseCount}건)`);
      const on = await ask('온라인이랑 매장 중에 어디서 더 써요?');
      expect(firstSentence(on.text)).toContain(
        `최근 3개월(${from}~${to}월) 카드 지출은 온라인 ${wonOf(online.total.amount)}`,
      );
      for (const a of [en, wk, on]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"2025년이랑 2024년 (카드 지출) 비교해줘", "작년 카드 지출 재작년이랑 비교하면?" → the two calendar years, with what is on record', async () => {
      const first = await firstRecordMonth();
      const y = Number(today().slice(0, 4));
      const [a1, a2] = await Promise.all([
        summary(`period: DATES, from: "${y - 1}-01-01", through: "${y - 1}-12-31"`),
        summary(`period: DATES, from: "${y - 2}-01-01", through: "${y - 2}-12-31"`),
      ]);
      for (const q of [
        `${y - 1}년이랑 ${y - 2}년 카드 지출 비교해줘`,
        `${y - 1}년이랑 ${y - 2}년 비교해줘`,
        '작년 카드 지출 재작년이랑 비교하면?',
      ]) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('SPENDING');
        if (first > `${y - 1}-12`)
          expect(firstSentence(a.text)).toBe(
            `${y - 1}년과 ${y - 2}년에는 카드 결제 기록이 없어 비교할 수 없습니다: 카드 기록은 ${ym(first)}부터 있습니다.`,
          );
        else expect(firstSentence(a.text)).toContain(wonOf(a1.total.amount));
        expect(renderingErrors(a.text)).toEqual([]);
      }
      void a2;
      // This year against last: the months on record said.
      const thisYear = await summary(`period: DATES, from: "${y}-01-01", through: "${today()}"`);
      const now = await ask(`${y}년이랑 ${y - 1}년 비교해줘`);
      if (first > `${y - 1}-12`) {
        const from = first > `${y}-01` ? Number(first.slice(5, 7)) : 1;
        const to = Number(today().slice(5, 7));
        expect(firstSentence(now.text)).toBe(
          `${y - 1}년에는 카드 결제 기록이 없어 비교할 수 없습니다: ${y}년 카드 지출은 ${wonOf(thisYear.total.amount)}입니다 (기록이 있는 ${from}~${to}월, ${to - from + 1}개월, ${thisYear.purchaseCount}건).`,
        );
      }
    });

    it('"부끄럽네요 여행가서 너무 많이 썼어요" → comfort first, then the latest trip with its flights (not this month’s travel 0원)', async () => {
      const abroad = (await cardTransactions<{ occurredAt: string; locality: string }>('occurredAt locality'))
        .filter((x) => x.locality === 'OVERSEAS')
        .map((x) => koreanDate(new Date(x.occurredAt)))
        .sort()
        .pop();
      const a = await ask('부끄럽네요 여행가서 너무 많이 썼어요');
      expect(a.topic?.intent).toBe('SPENDING');
      expect(
        firstSentence(a.text).startsWith(
          '여행에서 평소보다 더 쓰게 되는 건 흔한 일이니 너무 자책하지 않으셔도 돼요. ',
        ),
      ).toBe(true);
      expect(a.text).not.toContain('이번 달 여행 카드 지출은 0원');
      if (abroad) {
        const month = `${abroad.slice(0, 7)}-01`;
        const range = `period: DATES, from: "${month}", through: "${addDays(addMonths(month, 1), -1)}"`;
        const [out, home] = await Promise.all([
          summary(`${range}, locality: OVERSEAS`),
          summary(`${range}, category: "TRAVEL", locality: DOMESTIC`),
        ]);
        const total = BigInt(out.total.amount) + BigInt(home.total.amount);
        expect(a.text).toContain(`${Number(abroad.slice(5, 7))}월 해외 카드 지출 ${wonOf(out.total.amount)}`);
        if (home.total.amount !== '0') expect(a.text).toContain(`여행 비용은 약 ${wonOf(total)}입니다`);
      }
      const en = await ask('so embarrassed, i spent way too much on my trip');
      expect(firstSentence(en.text)).toMatch(/^Spending more than usual on a trip happens to most people/);
      for (const x of [a, en]) expect(renderingErrors(x.text)).toEqual([]);
    });

    /** Purchases of the last `n` complete months, from the API. */
    async function monthSummaryCount(n: number) {
      const first = `${today().slice(0, 7)}-01`;
      return (
        await summary(`period: DATES, from: "${addMonths(first, -n)}", through: "${addDays(first, -1)}"`)
      ).purchaseCount;
    }
  });
  describe('QA round 25 (left25a)', () => {
    const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), 'ko');
    const half = (v: Decimal.Value, n: number) =>
      new Decimal(v).div(n).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    const byAmount = <T extends { amount: { amount: string } }>(xs: T[]) =>
      [...xs].sort((a, b) => new Decimal(b.amount.amount).cmp(a.amount.amount));

    it('"아까 처음에 물어본 카드값 그거 다시 말해줘" answers what the first answer led with (this month’s use, not the bill)', async () => {
      const spent = await spentTotal('period: THIS_MONTH');
      const a = await ask('이번달 카드 얼마 썼어요?');
      const b = await ask('대출 이자는 얼마예요?', a.conversationId);
      const again = await ask('아까 처음에 물어본 카드값 그거 다시 말해줘', b.conversationId);
      expect(again.topic?.intent).toBe('SPENDING');
      expect(firstSentence(again.text)).toMatch(
        new RegExp(`^이번 달 카드 지출은 ${escapeRegExp(won(spent))}입니다`),
      );
      expect(firstSentence(again.text)).toBe(firstSentence(a.text));
    });

    it('"어떻게 하면 점수 올라가요" after the score: the lever worth most points, what to change and by how much', async () => {
      const res = await t.request<{
        me: {
          customer: {
            healthScore: {
              score: number;
              components: { name: string; score: number | null; usedWeight: number; value: number | null }[];
            };
          };
        };
      }>(
        '{ me { customer { healthScore { score components { name score usedWeight value } } } } }',
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      const h = res.data!.me.customer.healthScore;
      const top = h.components
        .filter((c) => c.score !== null && c.score < 100 && c.usedWeight > 0)
        .sort((a, b) => (100 - b.score!) * b.usedWeight - (100 - a.score!) * a.usedWeight)[0];
      const a = await ask('재무건강점수 몇 점이에요?');
      const raise = await ask('어떻게 하면 점수 올라가요', a.conversationId);
      expect(raise.topic?.intent).toBe('HEALTH_SCORE');
      const lead = firstSentence(raise.text);
      expect(lead).not.toBe(firstSentence(a.text));
      if (top) {
        const points = Math.round((100 - top.score!) * top.usedWeight);
        expect(lead).toContain(`금융 건강 점수는 100점 만점에 ${h.score}점`);
        expect(lead).toContain(`약 ${points}점 올라 ${Math.min(100, h.score + points)}점쯤이 됩니다`);
        if (top.name === 'DEBT_SERVICE')
          expect(lead).toContain(
            `가장 많이 올릴 수 있는 건 DSR(연간 원리금 ÷ 연소득)입니다: 지금 ${formatPercent(top.value!)}인 DSR을 ${formatPercent(HEALTH_CURVES.DEBT_SERVICE[0][0], 0)} 이하로 낮추면`,
          );
      }
      expect(renderingErrors(raise.text)).toEqual([]);
    });

    it('"카카오뱅크에 깎아달라고 하는게 나아요?" after a quoted 3.3%: yes or no by the monthly savings (refinance offers)', async () => {
      const stay = loans.find((l) => l.refinanceOffers.stayWithCurrentLender)?.refinanceOffers
        .stayWithCurrentLender;
      const quoted = await refinanceAt('0.033');
      const a = await ask('대출 갈아타면 얼마나 아껴요?');
      const b = await ask('토스에서 3.3% 준대요', a.conversationId);
      const c = await ask('카카오뱅크에 깎아달라고 하는게 나아요?', b.conversationId);
      expect(c.topic?.intent).toBe('REFINANCE');
      if (!stay) return;
      const gap = new Decimal(quoted.switchLender.monthlySaving.amount).minus(stay.monthlySaving.amount);
      const lead = firstSentence(c.text);
      if (gap.gt(0)) {
        expect(lead).toMatch(
          new RegExp(
            `^아니요, 말씀하신 연 3\\.3%로 갈아타는 쪽이 한 달에 약 ${escapeRegExp(won(gap))} 더 아낍니다`,
          ),
        );
        expect(lead).toContain(`월 ${won(stay.monthlySaving.amount)}`);
        expect(lead).toContain(`월 ${won(quoted.switchLender.monthlySaving.amount)}`);
        expect(c.text.split('\n')[1]).toMatch(/부대비용/);
      } else expect(lead).toMatch(/^네, /);
      expect(renderingErrors(c.text)).toEqual([]);
    });

    it('"처음에 물어본 거 중에 제일 큰 게 뭐예요?" names the first answer’s largest item with its amount, first', async () => {
      const month = await summary('period: THIS_MONTH');
      const a = await ask('이번달 카드 얼마 썼어요?');
      const b = await ask('대출 이자는 얼마예요?', a.conversationId);
      const c = await ask('처음에 물어본 거 중에 제일 큰 게 뭐예요?', b.conversationId);
      expect(c.topic?.intent).toBe('SPENDING');
      const [largest] = byAmount(month.byCategory);
      if (largest)
        expect(firstSentence(c.text)).toContain(
          `가장 많이 쓰신 곳은 ${phrase('category', largest.category.code, 'ko')}(${won(largest.amount.amount)})입니다`,
        );
      // A payment asked first: its larger part.
      const next = nextDue().nextPayment!;
      const p = await ask('다음 대출 납입 얼마예요?');
      const big = await ask('처음에 물어본 거 중에 제일 큰 게 뭐예요?', p.conversationId);
      expect(big.topic?.intent).toBe('NEXT_PAYMENT');
      const principal = new Decimal(next.payment.amount).minus(next.interest.amount);
      expect(firstSentence(big.text)).toContain(
        principal.gt(next.interest.amount)
          ? `가장 큰 것은 원금 ${won(principal)}입니다`
          : `가장 큰 것은 이자 ${won(next.interest.amount)}입니다`,
      );
      for (const x of [c, big]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"0%면요?" after a 1 %p rise: a change of 0 %p — the payment stays (decision)', async () => {
      const next = nextDue().nextPayment!;
      const a = await ask('금리가 1%p 오르면 이자 얼마 늘어요?');
      const zero = await ask('0%면요?', a.conversationId);
      expect(zero.topic?.intent).toBe('LOANS_OVERVIEW');
      expect(firstSentence(zero.text)).toMatch(
        /^금리 변동이 0%p면\(금리가 그대로면\) 대출 이자는 늘지도 줄지도 않습니다/,
      );
      expect(firstSentence(zero.text)).toContain(`다음 납입은 ${won(next.payment.amount)} 그대로입니다`);
      expect(zero.text).toContain('이자는 0원');
      expect(zero.text).not.toContain(firstSentence(a.text));
    });

    it('the usual month beside last month says which usual month was a one-off (the forecast’s), with the base without it', async () => {
      const f = await t.request<{ me: { customer: { forecast: { oneOffMonths: string[] } | null } } }>(
        '{ me { customer { forecast(horizon: 1, metric: SPENDING) { oneOffMonths } } } }',
        {},
        token,
      );
      expect(f.errors).toBeUndefined();
      const oneOffs = f.data!.me.customer.forecast?.oneOffMonths ?? [];
      const first = `${today().slice(0, 7)}-01`;
      const usual = await Promise.all(
        [2, 3, 4].map(async (n) => ({
          from: addMonths(first, -n),
          total: await spentTotal(`period: MONTHS_AGO, months: ${n}`),
        })),
      );
      const last = await spentTotal('period: LAST_MONTH');
      const all = half(
        usual.reduce((x, m) => x.plus(m.total), new Decimal(0)),
        3,
      );
      const kept = usual.filter((m) => !oneOffs.includes(m.from));
      const a = await ask('지난달 평소보다 많이 썼어요?');
      expect(a.topic?.intent).toBe('SPENDING');
      expect(firstSentence(a.text)).toContain(`한 달 평균 ${won(all)})`);
      const line = a.text.split('\n')[1] ?? '';
      if (kept.length > 0 && kept.length < 3) {
        const base = half(
          kept.reduce((x, m) => x.plus(m.total), new Decimal(0)),
          kept.length,
        );
        const gap = new Decimal(last).minus(base);
        expect(line).toMatch(/^다만 .+평소보다 훨씬 많이 쓴 달/);
        expect(line).toContain(`그 달을 빼면 평소 한 달은 ${won(base)}이고`);
        if (!gap.isZero())
          expect(line).toContain(`그보다 ${won(gap.abs())} ${gap.gt(0) ? '많습니다' : '적습니다'}`);
      } else expect(a.text).not.toMatch(/^다만 .+평소보다 훨씬 많이 쓴 달/m);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"한달에 카드 평균 얼마 써요?": the categories beside the average are a month’s too (÷ the same 3 months)', async () => {
      const s = await summary(completeMonths());
      const a = await ask('한달에 카드 평균 얼마 써요?');
      expect(firstSentence(a.text)).toContain(`평균 약 ${won(half(s.total.amount, 3))}`);
      const top = byAmount(s.byCategory).slice(0, 3);
      if (top.length > 1)
        expect(a.text.split('\n')[1]).toBe(
          `많이 쓴 업종(한 달 평균, 3개월 합계 ÷ 3): ${top
            .map((c) => `${phrase('category', c.category.code, 'ko')} 약 ${won(half(c.amount.amount, 3))}`)
            .join(', ')}.`,
        );
    });
  });

  describe('QA round 25 (left25b)', () => {
    /** The health score's components, read as a client would. */
    async function healthComponents() {
      const res = await t.request<{
        me: {
          customer: {
            healthScore: {
              quarter: string;
              score: number;
              components: { name: string; score: number | null; usedWeight: number; value: number | null }[];
            };
          };
        };
      }>(
        '{ me { customer { healthScore { quarter score components { name score usedWeight value } } } } }',
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.me.customer.healthScore;
    }

    it('"what does insurance have to do with it", "wdym by that last line" after the score: the line explained; "how do i get it to 80": the points and the factors', async () => {
      const h = await healthComponents();
      const score = await ask("what's my financial health score");
      const insurance = await ask('what does insurance have to do with it', score.conversationId);
      expect(insurance.topic).toEqual({ topic: 'GENERAL', intent: null });
      expect(firstSentence(insurance.text)).toMatch(
        /^Insurance came up because it is one of the factors of your financial health score/,
      );
      const target = await ask('how do i get it to 80', insurance.conversationId);
      expect(target.topic?.intent).toBe('HEALTH_SCORE');
      expect(firstSentence(target.text)).toBe(
        `To take your financial health score from ${h.score} to 80 (${h.quarter.replace(/^(\d{4})Q(\d)$/, 'Q$2 $1')}) you need about ${80 - h.score} more points; the factors with the most room are:`,
      );
      // Each factor below full marks, with the points it gives at 100: (100 − score) × its weight.
      for (const c of h.components.filter((x) => x.score !== null && x.score < 100 && x.usedWeight > 0))
        expect(target.text).toContain(`up to +${Math.round((100 - c.score!) * c.usedWeight)} points`);
      const dsr = h.components.find((c) => c.name === 'DEBT_SERVICE')!;
      expect(target.text).toContain(`(it is ${(dsr.value! * 100).toFixed(1)}%)`);
      expect(target.text).not.toMatch(/What pulled it down|out of 100 \(/);
      const warning = await ask("what's my financial health score");
      const last = await ask('wdym by that last line', warning.conversationId);
      const lastLine = warning.text.split('\n').at(-1)!;
      const m = /^- (.+?): ([\d.]+%) \(above the ([\d.]+%) warning level\)$/.exec(lastLine);
      if (m)
        expect(last.text).toBe(
          `That last line means your ${m[1]} is ${m[2]}, higher than the ${m[3]} we treat as a warning sign — so it is flagged and counts against your score. Bringing it back under ${m[3]} clears the flag.`,
        );
      expect(last.text).not.toMatch(/small talk/);
      for (const a of [insurance, target, last]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"can i cancel it" after the recurring ₩68,500 charge: with the company that charges it, not the fraud steps', async () => {
      const recurring = (await charges())
        .filter((c) => c.amount.amount === '68500')
        .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
      expect(recurring.length).toBeGreaterThanOrEqual(3);
      const first = await ask('what is this 68,500 charge every month');
      const cancel = await ask('can i cancel it', first.conversationId);
      expect(cancel.topic?.intent).toBe('SUSPECTED_FRAUD');
      expect(firstSentence(cancel.text)).toMatch(
        new RegExp(
          `^Yes: the ${escapeRegExp(formatWon('68500', 'en'))} charged around the \\d+(?:st|nd|rd|th) of each month is a recurring charge by “${escapeRegExp(merchantDisplayName(recurring[0].merchantName, 'en'))}”, so you cancel it`,
        ),
      );
      expect(cancel.text).toContain('ask the card company to stop the card’s recurring payment');
      expect(cancel.text).not.toMatch(/look unusual|suspend the card|File a dispute/);
      expect(renderingErrors(cancel.text)).toEqual([]);
    });

    it('"one small thing i can do this week": this month’s largest chosen spending, its amount, one step', async () => {
      const s = await summary('period: THIS_MONTH');
      const chosen = s.byCategory
        .filter((c) => ['FOOD', 'SHOPPING', 'ONLINE_SHOPPING', 'LEISURE', 'TRAVEL'].includes(c.category.code))
        .filter((c) => new Decimal(c.amount.amount).gt(0))
        .sort((a, b) => new Decimal(b.amount.amount).cmp(a.amount.amount))[0];
      const a = await ask('one small thing i can do this week');
      expect(a.topic?.intent).toBe('SPENDING');
      if (chosen)
        expect(firstSentence(a.text)).toMatch(
          new RegExp(
            `^One thing for this week: ${escapeRegExp(phrase('category', chosen.category.code, 'en'))} is your largest spending you can choose this month \\(${escapeRegExp(formatWon(chosen.amount.amount, 'en'))} so far`,
          ),
        );
      else expect(firstSentence(a.text)).toMatch(/^One thing for this week: none of this month’s/);
      expect(a.text).not.toMatch(/small talk/);
    });

    it('"i got a 20% pay cut, can i still afford my jeonse loan interest?": yes or no from the income on file × 0.8 first', async () => {
      const { income, spending, debt } = await monthlySurplus();
      const cut = new Decimal(income.toString()).times('0.2').toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
      const after = new Decimal(income.toString()).minus(cut);
      const a = await ask('i got a 20% pay cut, can i still afford my jeonse loan interest?');
      expect(a.topic?.intent).toBe('HARDSHIP');
      const lead = firstSentence(a.text);
      expect(lead).toMatch(after.gte(debt.toString()) ? /^Yes, the loan payments are still covered/ : /^No/);
      expect(lead).toContain(
        `less 20% (${formatWon(cut.toFixed(0), 'en')}) is ${formatWon(after.toFixed(0), 'en')}`,
      );
      expect(lead).toContain(formatWon(debt.toString(), 'en'));
      const rest = after.minus(debt.toString()).minus(spending.toString());
      if (rest.lt(0))
        expect(a.text).toContain(`about ${formatWon(rest.abs().toFixed(0), 'en')} short each month`);
      expect(a.text.indexOf('Credit Counseling')).toBe(-1);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"how would that affect my credit score" after "should i take a car loan of 30m": that loan’s effect and DSR', async () => {
      const sim = await t.request<{
        simulateLoanLimit: {
          dsrBefore: string;
          dsrAfter: string;
          dsrCapRatio: string;
          maxLoan: { amount: string };
        };
      }>(
        `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
           ... on LoanLimitSimulation { dsrBefore dsrAfter dsrCapRatio maxLoan { amount } } } }`,
        {
          input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS.AUTO },
        },
        token,
      );
      expect(sim.errors).toBeUndefined();
      const s = sim.data!.simulateLoanLimit;
      // The new loan's debt service scales with its amount on the same terms (the limit's share × amount ÷ limit).
      const after = new Decimal(s.dsrBefore)
        .plus(new Decimal(s.dsrAfter).minus(s.dsrBefore).times('30000000').div(s.maxLoan.amount))
        .toDecimalPlaces(6, Decimal.ROUND_DOWN)
        .toFixed();
      const car = await ask('should i take a car loan of 30m');
      const credit = await ask('how would that affect my credit score', car.conversationId);
      expect(credit.topic?.intent).toBe('LOAN_LIMIT');
      const lead = firstSentence(credit.text);
      expect(lead).toMatch(/^A new ₩30,000,000 car loan would likely lower your credit score for a while/);
      expect(lead).toContain(`take your DSR from ${formatPercent(s.dsrBefore)} to ${formatPercent(after)}`);
      expect(lead).toContain(new Decimal(after).gt(s.dsrCapRatio) ? 'over a bank’s' : 'within a bank’s');
      // QA round 28 (lead): the score weighed for the loan (was its figure alone).
      expect(credit.text).toContain(`Your credit score of ${await creditScore()} is`);
      if (new Decimal(after).gt(s.dsrCapRatio))
        expect(credit.text).toContain(`borrow up to ${formatWon(s.maxLoan.amount, 'en')}`);
      expect(renderingErrors(credit.text)).toEqual([]);
    });

    it('"what happens when my jeonse loan matures": the sum due at maturity, then the returned deposit or the extension', async () => {
      const jeonse = (await activeLoansWith('kind balance { amount } maturityOn')).find(
        (l) => l.kind === 'JEONSE',
      ) as unknown as { balance: { amount: string }; maturityOn: string };
      const a = await ask('what happens when my jeonse loan matures');
      expect(a.topic?.intent).toBe('LOAN_BALANCE');
      const [first, second] = a.text.split('\n');
      expect(first).toContain(
        `${formatWon(jeonse.balance.amount, 'en')} of principal, repaid in one sum at maturity`,
      );
      expect(first).toContain(formatDate(jeonse.maturityOn, 'en', today()));
      expect(second).toMatch(
        /^A jeonse loan is usually repaid from the returned deposit; if you renew the lease, you can ask .+ for an extension before maturity \(subject to review\)\.$/,
      );
    });

    it('"is that principal or just interest?" asked first: the next payment, all interest (an interest-only loan)', async () => {
      const next = nextDue();
      const a = await ask('is that principal or just interest?');
      expect(a.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(a.text)).toMatch(
        new RegExp(
          `is interest-only: each ${escapeRegExp(formatWon(next.nextPayment!.payment.amount, 'en'))} is all interest`,
        ),
      );
      expect(next.nextPayment!.interest.amount).toBe(next.nextPayment!.payment.amount);
    });

    it('"scam text again, so annoying": FRUSTRATED, heard in one short sentence, then the scam steps', async () => {
      const a = await ask('scam text again, so annoying');
      expect([a.topic?.intent, a.emotion?.label]).toEqual(['SUSPECTED_FRAUD', 'FRUSTRATED']);
      const [heard, ...rest] = firstSentence(a.text).split(/(?<=[.?!])\s+/);
      expect(heard).toBe('I know — these texts are a real nuisance.');
      expect(rest.join(' ')).toMatch(/^No bank, prosecutor, police officer or the FSS will ever ask you/);
      const ko = await ask('사기 문자 또 왔어요 짜증나');
      expect(firstSentence(ko.text)).toMatch(/^이런 문자가 자꾸 오면 정말 짜증나시죠\. /);
    });
  });
  describe('QA round 25 (left25c): one card charge asked what it is, then "that was me" and "when is the next one"', () => {
    type Tx = {
      id: string;
      merchantName: string;
      occurredAt: string;
      amount: { amount: string };
      locality: string;
      channel: string;
      category: { code: string };
    };
    const txs = () =>
      cardTransactions<Tx>('id merchantName occurredAt amount { amount } locality channel category { code }');
    const dayOf = (x: Tx) => koreanDate(new Date(x.occurredAt));
    async function flaggedIds(): Promise<string[]> {
      const a = await t.request<{ me: { customer: { anomalies: { items: { transactionId: string }[] } } } }>(
        '{ me { customer { anomalies(first: 50) { items { transactionId } } } } }',
        {},
        token,
      );
      expect(a.errors).toBeUndefined();
      return a.data!.me.customer.anomalies.items.map((i) => i.transactionId);
    }
    /** The month's purchases abroad in person around a charge (the trip), from the API's transactions. */
    function tripOfTx(all: Tx[], x: Tx) {
      const month = dayOf(x).slice(0, 7);
      const days = all
        .filter((r) => r.locality === 'OVERSEAS' && r.channel !== 'ONLINE' && dayOf(r).slice(0, 7) === month)
        .map(dayOf)
        .sort();
      return { from: days[0], through: days[days.length - 1], count: days.length };
    }

    it('"AMAZON.COM 19700원 이거 뭐예요?" → that charge (day, merchant, amount, category, once), no flagged list; "이거 제가 쓴 거 맞아요" → acknowledged; "언제 또 나가요?" → not recurring', async () => {
      const all = await txs();
      const amazon = all.filter((x) => x.merchantName === 'AMAZON.COM');
      expect(amazon.length).toBe(1); // the demo customer's one order from an overseas website
      const [x] = amazon;
      expect((await flaggedIds()).includes(x.id)).toBe(false);
      const won = formatWon(x.amount.amount, 'ko');
      const a = await ask(`AMAZON.COM ${Number(x.amount.amount)}원 이거 뭐예요?`);
      expect(a.topic?.intent).toBe('SUSPECTED_FRAUD');
      expect(firstSentence(a.text)).toBe(
        `${formatDate(dayOf(x), 'ko', today())} “AMAZON.COM”에서 결제된 ${won}입니다 (${phrase('category', x.category.code, 'ko')}, 해외 사이트 결제).`,
      );
      expect(a.text).toContain('이 한 번뿐인 일회성 결제입니다');
      expect(a.text).not.toMatch(/확인이 필요한 거래|다음 단계|카드를 정지/);
      const mine = await ask('이거 제가 쓴 거 맞아요', a.conversationId);
      expect(firstSentence(mine.text)).toBe(
        `네, 확인해 주셔서 감사합니다. ${formatDate(dayOf(x), 'ko', today())} “AMAZON.COM” ${won}은 본인 결제로 두시면 되고, 따로 하실 일은 없습니다.`,
      );
      expect(mine.text).not.toMatch(/신고|정지/);
      const next = await ask('언제 또 나가요?', a.conversationId);
      expect(firstSentence(next.text)).toMatch(
        /매달 나가는 정기 결제가 아니라서 다음 결제를 예상할 수 없습니다/,
      );
      // Said bare (was the loan limit for that amount), and in English.
      const bare = await ask(`AMAZON.COM ${Number(x.amount.amount)}원`);
      expect(bare.topic?.intent).toBe('SUSPECTED_FRAUD');
      expect(firstSentence(bare.text)).toContain(
        formatWon(x.amount.amount, /[가-힣]/.test(firstSentence(bare.text)) ? 'ko' : 'en'),
      );
      const en = await ask(`what's this ${new Decimal(x.amount.amount).div(1000).toString()}k amazon charge`);
      expect(firstSentence(en.text)).toBe(
        `It’s ${formatWon(x.amount.amount, 'en')} at “AMAZON.COM” on ${formatDate(dayOf(x), 'en', today())} (${phrase('category', x.category.code, 'en')}, an online order from an overseas website).`,
      );
      for (const r of [a, mine, next, bare, en]) expect(renderingErrors(r.text)).toEqual([]);
    });

    it('"what is this 68,500 charge every month" → the recurring charge and its next date; "when is the next one", "언제 또 나가요?" → that date and amount', async () => {
      const res = await t.request<{
        me: {
          customer: {
            recurringCharges: {
              amount: { amount: string };
              usualDay: number;
              lastChargedOn: string;
              months: number;
            }[];
          };
        };
      }>(
        '{ me { customer { recurringCharges { amount { amount } usualDay lastChargedOn months } } } }',
        {},
        token,
      );
      const [r] = res.data!.me.customer.recurringCharges;
      expect(r).toBeDefined();
      // Its usual day from today on, not in the month it was last charged.
      const monthDay = (ym: string) => {
        const last = Number(addDays(addMonths(`${ym}-01`, 1), -1).slice(8, 10));
        return `${ym}-${String(Math.min(r.usualDay, last)).padStart(2, '0')}`;
      };
      let next = monthDay(today().slice(0, 7));
      if (next < today()) next = monthDay(addMonths(`${today().slice(0, 7)}-01`, 1).slice(0, 7));
      if (next.slice(0, 7) === r.lastChargedOn.slice(0, 7))
        next = monthDay(addMonths(`${next.slice(0, 7)}-01`, 1).slice(0, 7));
      const grouped = new Decimal(r.amount.amount).toNumber().toLocaleString('en-US');
      const en = await ask(`what is this ${grouped} charge every month`);
      expect(en.topic?.intent).toBe('SUSPECTED_FRAUD');
      expect(firstSentence(en.text)).toContain(`recurring`);
      expect(firstSentence(en.text)).toContain(`taken around the ${formatOrdinal(r.usualDay)} of each month`);
      expect(en.text).toContain(`The next one is expected around ${formatDate(next, 'en', today())}`);
      expect(en.text).not.toMatch(/look unusual|Not me|Never give/);
      const when = await ask('when is the next one', en.conversationId);
      expect(firstSentence(when.text)).toMatch(
        new RegExp(
          `^The next one is expected around ${escapeRegExp(formatDate(next, 'en', today()))}, ${escapeRegExp(formatWon(r.amount.amount, 'en'))}: `,
        ),
      );
      const ko = await ask(`${Number(r.amount.amount)}원 이거 뭐예요`);
      expect(firstSentence(ko.text)).toContain(`매달 ${r.usualDay}일 무렵 나가는`);
      const again = await ask('언제 또 나가요?', ko.conversationId);
      expect(firstSentence(again.text)).toMatch(
        new RegExp(
          `^다음 결제는 ${escapeRegExp(formatDate(next, 'ko', today()))} 무렵 ${escapeRegExp(formatWon(r.amount.amount, 'ko'))}으로 예상됩니다`,
        ),
      );
      for (const a of [en, when, ko, again]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"면세점 46만원 이거 뭐예요" (none of that amount) → the nearest, during the October trip, flagged and why; "what\'s the duty free charge" → both, during that trip; "that one\'s mine" → acknowledged', async () => {
      const all = await txs();
      const ids = await flaggedIds();
      const dutyFree = all
        .filter((x) => x.merchantName === 'DUTY FREE')
        .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
      const flagged = dutyFree.find((x) => ids.includes(x.id));
      expect(flagged).toBeDefined();
      const x = flagged!;
      // A figure said that no duty-free charge is: 30,000 won above it, in 만원.
      const said = Math.round(Number(x.amount.amount) / 10000) + 3;
      expect(dutyFree.every((d) => Math.abs(Number(d.amount.amount) - said * 10000) > 10000)).toBe(true);
      const trip = tripOfTx(all, x);
      const total = await spentTotal(
        `period: DATES, from: "${trip.from}", through: "${trip.through}", locality: OVERSEAS, channel: OFFLINE`,
      );
      const tripKo = `${Number(trip.from.slice(5, 7))}월 해외여행(${formatDate(trip.from, 'ko', today())} ~ ${formatDate(trip.through, 'ko', today())})`;
      const a = await ask(`면세점 ${said}만원 이거 뭐예요`);
      expect(a.topic?.intent).toBe('SUSPECTED_FRAUD');
      expect(firstSentence(a.text)).toContain(
        `결제는 없고, 금액이 가장 가까운 건 ${formatDate(dayOf(x), 'ko', today())} “DUTY FREE” ${formatWon(x.amount.amount, 'ko')}으로, ${tripKo} 중 결제입니다.`,
      );
      expect(a.text).toContain(
        `그 여행에서 해외 결제는 모두 ${trip.count}건, ${formatWon(total, 'ko')}입니다.`,
      );
      expect(a.text).toContain(
        `${formatDate(dayOf(x), 'ko', today())} ${formatWon(x.amount.amount, 'ko')}은 평소와 달라 확인이 필요한 거래로 표시됐습니다`,
      );
      // Only this charge's flag: no list of the others.
      expect(a.text).not.toContain('MARRIOTT');
      const mine = await ask('이거 제가 쓴 거 맞아요', a.conversationId);
      expect(firstSentence(mine.text)).toContain(
        `${formatDate(dayOf(x), 'ko', today())} “DUTY FREE” ${formatWon(x.amount.amount, 'ko')}은 본인 결제로 두시면 되고, 따로 하실 일은 없습니다.`,
      );
      expect(mine.text).not.toMatch(/신고|정지|다음 단계/);

      const en = await ask("what's the duty free charge");
      const tripEn = `your ${MONTH_NAMES[Number(trip.from.slice(5, 7)) - 1]} trip abroad (${formatDate(trip.from, 'en', today())} to ${formatDate(trip.through, 'en', today())})`;
      expect(firstSentence(en.text)).toContain(
        dutyFree.length === 1 ? `paid during ${tripEn}` : `all during ${tripEn}`,
      );
      expect(firstSentence(en.text)).toContain(formatWon(x.amount.amount, 'en'));
      expect(en.text).toContain(`Your spending abroad on that trip came to ${formatWon(total, 'en')}`);
      const ok = await ask("that one's mine", en.conversationId);
      expect(firstSentence(ok.text)).toBe(
        `Thanks for confirming — then ${formatWon(x.amount.amount, 'en')} at “DUTY FREE” on ${formatDate(dayOf(x), 'en', today())} is yours, and there is nothing to do.`,
      );
      expect(ok.text).not.toMatch(/Not me|suspend/);
      for (const r of [a, mine, en, ok]) expect(renderingErrors(r.text)).toEqual([]);
    });
  });
  describe('QA round 25 (fixko1)', () => {
    const stay = () => loans.find((l) => l.refinanceOffers.stayWithCurrentLender)?.refinanceOffers;

    it('an angry customer: owned in one sentence, then what to do about their rate, with their saving', async () => {
      const saving = stay()?.stayWithCurrentLender?.monthlySaving.amount;
      const rate = await ask('아니 금리 3.77%가 말이 돼요? 기준금리 내렸다던데 왜 나만 그대로예요');
      const so = await ask('그래서 어쩌라는 거예요. 답변이 하나도 도움이 안 되네', rate.conversationId);
      expect(so.emotion?.label).toBe('FRUSTRATED');
      expect(so.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(so.text)).toMatch(/^답답하게 해 드려 죄송합니다\. /);
      expect(so.text).not.toContain('힘내세요');
      if (saving) expect(so.text.split('\n')[0]).toContain(formatWon(saving, 'ko'));
      const joke = await ask('0.3%p 깎아주는게 다예요? 장난하나', so.conversationId);
      expect(joke.emotion?.label).toBe('FRUSTRATED');
      expect(joke.topic?.intent).toBe('REFINANCE');
      expect(joke.text).toMatch(/^답답하게 해 드려 죄송합니다\. /);
      const app = await ask('이 앱 맨날 느리고 진짜 짜증나네', joke.conversationId);
      expect(app.text).toMatch(/^불편을 드려 죄송합니다\./);
      expect(app.text).not.toContain('일상 이야기는 가볍게만');
      const late = await ask('진작 이렇게 알려주지', app.conversationId);
      expect(late.text).toMatch(/^처음부터 바로 말씀드리지 못해 죄송합니다\. 정리하면, /);
      if (saving) expect(late.text).toContain(formatWon(saving, 'ko'));
      expect(late.text).not.toContain('말씀 감사합니다');
      for (const a of [so, joke, app, late]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('sarcasm in English: "thanks for nothing" owned with the answer again; "13k?" is last week’s figure by place', async () => {
      const week = await ask("wow great app. can't even find what i spent last week");
      const s = await summary('period: LAST_WEEK');
      expect(week.text).toContain(formatWon(s.total.amount, 'en'));
      const quoted = await ask("that's it? 13k? ok sure", week.conversationId);
      expect(quoted.topic?.intent).toBe('SPENDING');
      expect(quoted.emotion?.label).toBe('FRUSTRATED');
      expect(quoted.text).not.toMatch(/borrow|loan/i);
      expect(firstSentence(quoted.text)).toMatch(
        /^Sorry this has been so frustrating — here is the straight answer: /,
      );
      if (s.byMerchant[0]) {
        expect(firstSentence(quoted.text)).toContain(formatWon(s.byMerchant[0].amount.amount, 'en'));
        expect(firstSentence(quoted.text)).toContain(formatWon(s.total.amount, 'en'));
      }
      const trouble = await ask(
        'whatever. just tell me straight, am i in trouble or not',
        quoted.conversationId,
      );
      const nothing = await ask('lol thanks for nothing', trouble.conversationId);
      const { score } = await healthScoreOf();
      expect(nothing.emotion?.label).toBe('FRUSTRATED');
      expect(nothing.text).not.toMatch(/welcome/i);
      expect(firstSentence(nothing.text)).toMatch(/^Sorry this has been so frustrating/);
      expect(firstSentence(nothing.text)).toContain(`${score} out of 100`);
      for (const a of [quoted, nothing]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('thanks with a real question: "나 망한거야?" gets a verdict; "제일 먼저 뭘?" the loan’s steps first', async () => {
      const { score } = await healthScoreOf();
      const broke = await ask('고마워 근데 솔직히 나 망한거야?');
      expect(broke.topic?.intent).toBe('HEALTH_SCORE');
      expect(firstSentence(broke.text)).toContain(`${score}점`);
      expect(broke.text).not.toContain('천만에요');
      const maturity = await ask('만기에 1억6900을 한번에 갚아야 하는 거예요?');
      const first = await ask(
        '네 감사합니다. 정리하면 지금 제일 먼저 뭘 하면 좋을까요',
        maturity.conversationId,
      );
      expect(first.topic?.intent).toBe('REFINANCE');
      expect(first.text).not.toContain('천만에요');
      expect(first.text).toMatch(/^먼저 이것부터 하세요: /);
      const saving = stay()?.stayWithCurrentLender?.monthlySaving.amount;
      if (saving) expect(first.text).toContain(formatWon(saving, 'ko'));
      for (const a of [broke, first]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });
  describe('QA round 25 (fixko2): planning questions, figures worked out, filters not carried too far', () => {
    const wonOf = (amount: string | bigint | Decimal) => formatWon(amount.toString(), 'ko');
    /** The active loan's balance and unpaid instalments (interest and payment), read as a client would. */
    async function openRows() {
      const res = await t.request<{
        me: {
          customer: {
            loans: {
              status: string;
              balance: { amount: string };
              schedule: {
                edges: {
                  node: {
                    dueDate: string;
                    paid: boolean;
                    interest: { amount: string };
                    payment: { amount: string };
                  };
                }[];
              };
            }[];
          };
        };
      }>(
        '{ me { customer { loans { status balance { amount } schedule(first: 100) { edges { node { dueDate paid interest { amount } payment { amount } } } } } } } }',
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      const loan = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!;
      return { balance: loan.balance.amount, rows: loan.schedule.edges.map((e) => e.node) };
    }

    it('"등록금 500만원 … 감당이 될까요?" and "이번달이랑 다음달에 빠져나갈 돈" → a yes/no and the two months listed, never the debt-workout list', async () => {
      const first = await ask('전세대출 이자가 매달 얼마씩 나가는지');
      const tuition = await ask(
        '내년 봄에 아이 대학 등록금이 500만원 필요한데 감당이 될까요?',
        first.conversationId,
      );
      expect(tuition.topic?.intent).toBe('FORECAST');
      expect(firstSentence(tuition.text)).toMatch(/^(?:아니요|네)/);
      expect(firstSentence(tuition.text)).toContain('5,000,000원');
      expect(firstSentence(tuition.text)).toContain(wonOf(loans[0].nextPayment!.payment.amount));
      const month = addMonths(`${today().slice(0, 7)}-01`, 1);
      const [thisMonth, outRows] = await Promise.all([summary('period: THIS_MONTH'), openRows()]);
      const out = await ask('프리랜서라 수입이 들쭉날쭉해요. 이번달이랑 다음달에 빠져나갈 돈 정리해주세요');
      expect(out.topic?.intent).toBe('SPENDING');
      const [one, two] = out.text.split('\n');
      expect(one).toMatch(/^이번 달 나가는 돈 /);
      expect(two).toMatch(new RegExp(`^${Number(month.slice(5, 7))}월에 나가는 돈 `));
      for (const r of outRows.rows.filter((x) => x.dueDate.slice(0, 7) === month.slice(0, 7)))
        expect(two).toContain(wonOf(r.payment.amount));
      expect(two).toContain(`일시불 ${wonOf(thisMonth.total.amount)}`);
      for (const a of [tuition, out]) {
        for (const w of ['신용회복위원회', '개인워크아웃', '1397']) expect(a.text).not.toContain(w);
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('"앞으로 만기까지 이자 총 얼마 내는 거예요?" after the monthly interest → the interest of the instalments left (the schedule’s)', async () => {
      const { rows } = await openRows();
      const left = rows.filter((r) => !r.paid).reduce((a, r) => a.plus(r.interest.amount), new Decimal(0));
      const first = await ask('전세대출 이자가 매달 얼마씩 나가는지');
      const a = await ask('앞으로 만기까지 이자 총 얼마 내는 거예요?', first.conversationId);
      expect(a.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(a.text)).toContain(`내실 이자는 ${wonOf(left)}입니다`);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"전세대출 1.5억으로 줄이려면 얼마 갚아야 돼요?" → the balance less 150,000,000원 to repay, and what it does to the monthly payment', async () => {
      const { balance } = await openRows();
      const amount = new Decimal(balance).minus(150_000_000);
      const a = await ask('전세대출 1.5억으로 줄이려면 얼마 갚아야 돼요?');
      expect(a.topic?.intent).toBe('PREPAYMENT_EFFECT');
      if (amount.gt(0)) {
        const effect = await prepay(loans[0].id, amount.toFixed(0));
        expect(firstSentence(a.text)).toContain(
          `${wonOf(balance)}을 150,000,000원으로 줄이려면 ${wonOf(amount)}을 갚으시면 됩니다`,
        );
        expect(a.text).toContain(
          `${wonOf(effect.paymentBefore.amount)}에서 ${wonOf(effect.paymentAfter.amount)}으로 ${wonOf(effect.monthlySaving.amount)} 줄고`,
        );
      }
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"올해 카드 총액", "지난주에 쓴거" after the phone bill and "이번달은 지금까지 얼마 썼어?" after a shop → all spending; "그럼 지난달은?" keeps the category', async () => {
      const [year, week, thisMonth, food] = await Promise.all([
        summary(`period: DATES, from: "${today().slice(0, 4)}-01-01", through: "${today()}"`),
        summary('period: LAST_WEEK'),
        summary('period: THIS_MONTH'),
        summary('period: LAST_MONTH, category: "FOOD"'),
      ]);
      const phone = await ask('통신비 매달 얼마');
      const y = await ask('올해 카드 총액', phone.conversationId);
      expect(firstSentence(y.text)).toContain(`올해 카드 지출은 ${wonOf(year.total.amount)}입니다`);
      const w = await ask('지난주에 쓴거', phone.conversationId);
      expect(firstSentence(w.text)).toContain(`지난주 카드 지출은 ${wonOf(week.total.amount)}입니다`);
      const shop = await ask('지난달 식비 얼마썻어');
      await ask('스타벅스만 얼마야', shop.conversationId);
      const m = await ask('그럼 이번달은 지금까지 얼마 썼어?', shop.conversationId);
      expect(firstSentence(m.text)).toContain(`이번 달 카드 지출은 ${wonOf(thisMonth.total.amount)}입니다`);
      const cat = await ask('이번달 식비');
      const last = await ask('그럼 지난달은?', cat.conversationId);
      expect(firstSentence(last.text)).toContain(`지난달 식비 카드 지출은 ${wonOf(food.total.amount)}입니다`);
      for (const a of [y, w, m, last]) expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 26 (helper en1): what-if figures not carried, a category’s share, a bare rate, jeonse', () => {
    /** The active jeonse loan's rate, balance and maturity, read as a client would. */
    async function jeonseLoan() {
      const res = await t.request<{
        me: {
          customer: {
            loans: {
              status: string;
              kind: string;
              annualRate: string;
              balance: { amount: string };
              maturityOn: string;
            }[];
          };
        };
      }>('{ me { customer { loans { status kind annualRate balance { amount } maturityOn } } } }', {}, token);
      expect(res.errors).toBeUndefined();
      return res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE' && l.kind === 'JEONSE')!;
    }

    it('"what share of october was travel" after "if I repay 10 million": travel’s share of October as a percentage, with the won figures', async () => {
      const whole = await summary(october());
      const travel = partOf(whole, 'TRAVEL');
      const pct = `${travel.div(whole.total.amount).mul(100).toFixed(1)}%`;
      const prepay = await ask('if I repay 10 million, how much would my payment drop?');
      expect(prepay.topic?.intent).toBe('PREPAYMENT_EFFECT');
      const share = await ask('what share of october was travel', prepay.conversationId);
      expect(share.topic?.intent).toBe('SPENDING');
      expect(firstSentence(share.text)).toMatch(
        new RegExp(
          `^Travel was ${escapeRegExp(pct)} of your card spending in October: ${escapeRegExp(formatWon(travel.toFixed(0), 'en'))} of ${escapeRegExp(formatWon(whole.total.amount, 'en'))} \\(`,
        ),
      );
      expect(share.text).not.toMatch(/share or crypto|10,000,000/);
      const ko = await ask('10월에 여행 비중이 얼마나 돼요?');
      expect(firstSentence(ko.text)).toMatch(
        new RegExp(
          `^10월 카드 지출 ${escapeRegExp(formatWon(whole.total.amount, 'ko'))} 가운데 여행은 ${escapeRegExp(formatWon(travel.toFixed(0), 'ko'))}으로 ${escapeRegExp(pct)}입니다`,
        ),
      );
      for (const a of [share, ko]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"interest rate?" alone after a prepayment, after spending and first: the loan’s own rate, no ₩10,000,000 carried', async () => {
      const rate = formatAnnualRate((await jeonseLoan()).annualRate, 'en');
      const prepay = await ask('if I repay 10 million, how much would my payment drop?');
      const afterPrepay = await ask('interest rate?', prepay.conversationId);
      const spent = await ask('what did I spend in October?');
      const afterSpent = await ask('interest rate?', spent.conversationId);
      const alone = await ask('interest rate?');
      for (const a of [afterPrepay, afterSpent, alone]) {
        expect(a.topic?.intent).toBe('LOAN_BALANCE');
        expect(firstSentence(a.text)).toContain(`is at ${rate}`);
        expect(a.text).not.toMatch(/rate outlook|10,000,000/);
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('"what does jeonse mean", "what is a jeonse loan": the meaning first, then their own jeonse loan', async () => {
      const l = await jeonseLoan();
      for (const q of ['what does jeonse mean', 'what is a jeonse loan']) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('PRODUCT_QUESTION');
        expect(firstSentence(a.text)).toMatch(
          /^Jeonse \(전세\) is a Korean lease in which you hand the landlord a large lump-sum deposit/,
        );
        expect(a.text).toContain(
          `${formatWon(l.balance.amount, 'en')} of principal at ${formatAnnualRate(l.annualRate, 'en')}, interest paid monthly`,
        );
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('"my hospital bills are piling up": the month’s room, the next payment, the options — no fraud steps', async () => {
      const next = loans
        .filter((l) => l.nextPayment)
        .sort((a, b) => a.nextPayment!.dueDate.localeCompare(b.nextPayment!.dueDate))[0];
      const a = await ask('my hospital bills are piling up');
      expect(a.topic?.intent).toBe('SPENDING');
      expect(firstSentence(a.text)).toMatch(
        /^Medical bills piling up are a real worry — first, where this month stands: /,
      );
      expect(firstSentence(a.text)).toContain(formatWon(next.nextPayment!.payment.amount, 'en'));
      expect(firstSentence(a.text)).toMatch(/monthly income of about ₩[\d,]+/);
      expect(a.text).toContain('call 1397');
      expect(a.text).not.toMatch(/look unusual|suspend the card|Not me/);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"what is 신용회복위원회?", "what\'s the credit counseling committee": explained in English, 1600-5500, each programme', async () => {
      for (const q of ['what is 신용회복위원회?', "what's the credit counseling committee"]) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('PRODUCT_QUESTION');
        expect(firstSentence(a.text)).toMatch(
          /^The Credit Counseling & Recovery Service \(신용회복위원회, call 1600-5500\) is a public body/,
        );
        expect(a.text).toMatch(
          /fast-track adjustment .* up to 30 days late, pre-workout .* 31–89 days, .* individual workout .* 90 days or more/,
        );
        expect(a.text).not.toMatch(/다음 납입|신속채무조정 \(☎/);
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('"how do I repay my jeonse loan when the lease ends?": the balance due in one sum at maturity, from the returned deposit or an extension', async () => {
      const l = await jeonseLoan();
      const a = await ask('how do I repay my jeonse loan when the lease ends?');
      expect(a.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(a.text)).toMatch(/^Your KakaoBank jeonse deposit loan matures on /);
      expect(firstSentence(a.text)).toContain(
        `${formatWon(l.balance.amount, 'en')} of principal, repaid in one sum at maturity`,
      );
      expect(a.text).toContain(
        'A jeonse loan is usually repaid from the returned deposit; if you renew the lease',
      );
      expect(renderingErrors(a.text)).toEqual([]);
    });
  });
  describe('QA round 26 (helper ko3): a purchase on instalments, a budget on take-home pay, "그만큼" prepaid, the month’s loan paid, all of November, Starbucks', () => {
    const wonOf = (amount: string | bigint | Decimal) => formatWon(amount.toString(), 'ko');
    const num = (s: string) => new Decimal(s.replace(/,/g, ''));
    /** The yes/no lead's figures: the card bill, the loans, the income and what is left (or over). */
    const VERDICT =
      /^(네|아니요), [^:]+: ([\d,]+)원을 (\d+)개월 할부로 사시면 한 달에 약 [\d,]+원~[\d,]+원씩 나가고, \d{4}년 \d{1,2}월 카드값 약 ([\d,]+)원과 대출 납입 ([\d,]+)원(?:을 내도 월 소득 ([\d,]+)원에서 ([\d,]+)원이 남습니다|까지 [\d,]+원이 나가 월 소득 ([\d,]+)원보다 ([\d,]+)원 많습니다)\.$/;
    const weighed = (text: string) => {
      const m = VERDICT.exec(firstSentence(text));
      expect(m).not.toBeNull();
      const [, yes, price, months, bill, debt, income1, rest, income2, over] = m!;
      const income = num(income1 ?? income2);
      const left = income.minus(num(bill)).minus(num(debt));
      if (yes === '네') expect(left.eq(num(rest))).toBe(true);
      else expect(left.neg().eq(num(over))).toBe(true);
      return { yes, price, months: Number(months), debt, income };
    };

    it('"노트북 200만원 12개월 할부로 사려는데 괜찮을까요?" → yes/no on the month’s room; "아니 24개월이요" and "200 말고 150" recompute', async () => {
      const { income, debt } = await monthlySurplus();
      const buy = await ask('노트북 200만원 12개월 할부로 사려는데 괜찮을까요?');
      expect(buy.topic?.intent).toBe('FORECAST');
      const w = weighed(buy.text);
      expect(w).toMatchObject({ price: '2,000,000', months: 12, debt: wonOf(debt).replace('원', '') });
      expect(w.income.eq(income.toString())).toBe(true);
      expect(buy.text.split('\n')[1]).toContain(`원금 약 ${wonOf(new Decimal(2_000_000).div(12).ceil())}`);
      // Not the 대한항공 instalment already held.
      expect(buy.text).not.toContain('대한항공');
      const longer = await ask('아니 24개월이요', buy.conversationId);
      expect(weighed(longer.text)).toMatchObject({ price: '2,000,000', months: 24 });
      expect(longer.text.split('\n')[1]).toContain(`원금 약 ${wonOf(new Decimal(2_000_000).div(24).ceil())}`);
      const cheaper = await ask('200 말고 150', buy.conversationId);
      expect(weighed(cheaper.text)).toMatchObject({ price: '1,500,000', months: 24 });
      expect(cheaper.text.split('\n')[1]).toContain(
        `원금 약 ${wonOf(new Decimal(1_500_000).div(24).ceil())}`,
      );
      // The month's payment asked: that, first, without the yes/no.
      const monthly = await ask('그럼 한달에 얼마씩 나가요', buy.conversationId);
      expect(firstSentence(monthly.text)).toMatch(
        /^1,500,000원을 24개월 할부로 사시면 한 달에 약 [\d,]+원~[\d,]+원씩/,
      );
      const bare = await ask('노트북 200만원 할부로 사도 돼요?');
      expect(weighed(bare.text)).toMatchObject({ price: '2,000,000', months: 3 });
      for (const a of [buy, longer, cheaper, monthly, bare]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"세후 150인데 한 달 예산 어떻게 짜요?" → a budget on 1,500,000원: the loan and the fixed outgoings first, then saving and living', async () => {
      const { debt } = await monthlySurplus();
      const res = await t.request<{
        me: { customer: { recurringCharges: { amount: { amount: string } }[] } };
      }>('{ me { customer { recurringCharges { amount { amount } } } } }', {}, token);
      expect(res.errors).toBeUndefined();
      const fixed = res.data!.me.customer.recurringCharges.reduce(
        (a, c) => a.plus(c.amount.amount),
        new Decimal(0),
      );
      expect(fixed.gt(0)).toBe(true);
      const income = new Decimal(1_500_000);
      const left = income.minus(debt.toString()).minus(fixed);
      const save = income.times(0.2).floor();
      const check = (text: string) =>
        expect(firstSentence(text)).toBe(
          `월 소득 ${wonOf(income)}으로 짠 한 달 예산: 대출 납입 ${wonOf(debt)}과 고정 지출 ${wonOf(fixed)}(` +
            firstSentence(text).split('고정 지출 ')[1].split('(')[1].split(')')[0] +
            `)을 먼저 떼면 ${wonOf(left)}이 남고, 그중 저축 ${wonOf(save)}(소득의 20%), 생활비 ${wonOf(left.minus(save))}입니다.`,
        );
      const a = await ask('세후 150인데 한 달 예산 어떻게 짜요?');
      expect(a.topic?.intent).toBe('SAVINGS');
      check(a.text);
      expect(a.text).toContain(`말씀하신 월 소득 ${wonOf(income)}`);
      // Said first, asked next (stated-figures.ts).
      const said = await ask('세후 150이에요');
      const b = await ask('한 달 예산 어떻게 짜요?', said.conversationId);
      check(b.text);
      for (const x of [a, b]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"1000만원 있는데" → "그만큼 갚으면 월 이자 얼마나 줄어요?" → the month’s interest before and after that prepayment', async () => {
      const loan = loans[0];
      const effect = await prepay(loan.id, '10000000');
      const had = await ask('지난달에 보너스 받아서 1000만원 있는데');
      const a = await ask('그만큼 갚으면 월 이자 얼마나 줄어요?', had.conversationId);
      expect(a.topic?.intent).toBe('PREPAYMENT_EFFECT');
      expect(firstSentence(a.text)).toBe(
        `10,000,000원을 지금 갚으시면 월 이자가 ${wonOf(effect.paymentBefore.amount)}에서 ${wonOf(effect.paymentAfter.amount)}으로 ${wonOf(effect.monthlySaving.amount)} 줄어듭니다 (원금은 만기에 한 번에 갚는 대출이라 매달 내시는 돈이 모두 이자입니다).`,
      );
      // The payment before is the month's interest on the whole balance (the interest-only loan).
      expect(effect.paymentBefore.amount).toBe(loan.nextPayment!.interest.amount);
      expect(a.text).not.toContain('예를 들어');
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"이번 달 남은 돈 얼마야?" → this month’s loan instalment already paid is said as paid, not as still to go out', async () => {
      const res = await t.request<{
        me: {
          customer: {
            loans: {
              status: string;
              schedule: {
                edges: { node: { dueDate: string; paid: boolean; payment: { amount: string } } }[];
              };
            }[];
          };
        };
      }>(
        '{ me { customer { loans { status schedule(first: 100) { edges { node { dueDate paid payment { amount } } } } } } } }',
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      const month = today().slice(0, 7);
      const rows = res
        .data!.me.customer.loans.filter((l) => l.status === 'ACTIVE')
        .flatMap((l) => l.schedule.edges.map((e) => e.node))
        .filter((r) => r.dueDate.slice(0, 7) === month);
      const a = await ask('이번 달 남은 돈 얼마야?');
      expect(a.topic?.intent).toBe('SAVINGS');
      for (const r of rows) {
        const on = formatDate(r.dueDate, 'ko', today());
        if (r.paid) {
          expect(a.text).toContain(`대출 납입 ${wonOf(r.payment.amount)}(${on} 납입 완료)`);
          expect(a.text).not.toContain(`${on} 예정`);
        } else expect(a.text).toContain(`${on} 예정`);
      }
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"11월 전부 보여줘" / "11월 결제 내역 전부" → every card transaction of November (KST days), not the latest 5 nor the loans', async () => {
      const month = `${today().slice(0, 4)}-11`;
      const rows = (await charges()).filter((c) => koreanDate(new Date(c.occurredAt)).startsWith(month));
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.length).toBeLessThanOrEqual(20);
      for (const q of ['11월 전부 보여줘', '11월 결제 내역 전부']) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('CARD_TRANSACTIONS');
        expect(firstSentence(a.text)).toContain(`카드 거래 ${rows.length}건입니다`);
        const listed = a.text.split('\n').filter((l) => l.startsWith('- '));
        expect(listed).toHaveLength(rows.length);
        for (const r of rows) expect(a.text).toContain(`“${r.merchantName}” ${wonOf(r.amount.amount)}`);
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('"올해 스타벅스 얼마 썼어?" → the Starbucks total under both spellings the card data uses (스타벅스 and STARBUCKS)', async () => {
      const year = today().slice(0, 4);
      const rows = (await charges()).filter(
        (c) =>
          /스타벅스|starbucks/i.test(c.merchantName) && koreanDate(new Date(c.occurredAt)).startsWith(year),
      );
      // The demo holds both spellings, so the test means something.
      expect(rows.some((r) => /스타벅스/.test(r.merchantName))).toBe(true);
      expect(rows.some((r) => /starbucks/i.test(r.merchantName))).toBe(true);
      const total = rows.reduce((a, r) => a.plus(r.amount.amount), new Decimal(0));
      const a = await ask('올해 스타벅스 얼마 썼어?');
      expect(a.topic?.intent).toBe('SPENDING');
      expect(firstSentence(a.text)).toContain(
        `스타벅스에서 쓰신 카드 금액은 ${wonOf(total)}입니다 (${rows.length}건`,
      );
      expect(renderingErrors(a.text)).toEqual([]);
    });
  });
  describe('QA round 26 (lead): standing, the month at this pace, what first, a quote said as news, the switch net of costs', () => {
    const wonOf = (amount: string, lang: 'ko' | 'en' = 'ko') => formatWon(amount, lang);
    interface Option {
      annualRate: string;
      lifetimeSaving: { amount: string };
      totalCost: { amount: string };
    }
    /** The active loan's switch offers and staying at a reduced rate, and a switch at 3.2 %, read as a client would. */
    async function choices() {
      const res = await t.request<{
        me: {
          customer: {
            loans: {
              status: string;
              refinanceOffers: { offers: { switchLender: Option }[]; stayWithCurrentLender: Option | null };
              refinanceAtRate: { switchLender: Option } | null;
            }[];
          };
        };
      }>(
        `{ me { customer { loans { status
           refinanceOffers { offers { switchLender { annualRate lifetimeSaving { amount } totalCost { amount } } }
             stayWithCurrentLender { annualRate lifetimeSaving { amount } totalCost { amount } } }
           refinanceAtRate(annualRate: "0.032") { switchLender { annualRate lifetimeSaving { amount } totalCost { amount } } } } } } }`,
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!;
    }

    it('"am i going to be ok financially? be honest" → the health score first; "what should i do first" → its first step', async () => {
      const { score } = await healthScoreOf();
      const a = await ask('am i going to be ok financially? be honest');
      expect(a.topic?.intent).toBe('HEALTH_SCORE');
      expect(firstSentence(a.text)).toContain(`${score} out of 100`);
      const first = await ask('what should i do first', a.conversationId);
      expect(first.topic?.intent).toBe('HEALTH_SCORE');
      expect(firstSentence(first.text)).toMatch(/^First: /);
      for (const x of [a, first]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"how much will I have spent by the end of the month at this rate?", "이대로 가면 이번 달 얼마 쓸까요?" → the month to date and where it ends at the forecast’s pace', async () => {
      const now = await summary('period: THIS_MONTH');
      const en = await ask('how much will I have spent by the end of the month at this rate?');
      const ko = await ask('이대로 가면 이번 달 얼마 쓸까요?');
      for (const a of [en, ko]) {
        expect(a.topic?.intent).toBe('FORECAST');
        expect(renderingErrors(a.text)).toEqual([]);
      }
      expect(firstSentence(en.text)).toMatch(/^This month’s card spending should come to about ₩[\d,]+: /);
      expect(firstSentence(en.text)).toContain(`${wonOf(now.total.amount, 'en')} so far`);
      expect(firstSentence(ko.text)).toMatch(/^이번 달 카드 지출은 약 [\d,]+원으로 예상됩니다: /);
      expect(firstSentence(ko.text)).toContain(`오늘까지 ${wonOf(now.total.amount)}에`);
    });

    it('"토스에서 3.2% 해준대요" → the switch at 3.2 %; "수수료 빼고도 이득이에요?" → yes or no net of the costs first', async () => {
      const c = await choices();
      const quoted = c.refinanceAtRate!.switchLender;
      const news = await ask('토스에서 3.2% 해준대요');
      expect(news.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(news.text)).toContain('연 3.2%로 갈아타면');
      expect(firstSentence(news.text)).toContain(wonOf(quoted.lifetimeSaving.amount));
      const net = await ask('수수료 내고도 남아요?', news.conversationId);
      expect(net.topic?.intent).toBe('REFINANCE');
      const gain = new Decimal(quoted.lifetimeSaving.amount).gt(0);
      expect(firstSentence(net.text)).toMatch(gain ? /^네, / : /^아니요, /);
      if (gain) expect(firstSentence(net.text)).toContain(wonOf(quoted.lifetimeSaving.amount));

      const offers = await ask('대출 갈아타면 얼마나 아껴요?');
      const again = await ask('수수료 빼고도 이득이에요?', offers.conversationId);
      const en = await ask('is it worth refinancing after the fees?');
      const savings = c.refinanceOffers.offers.map((o) => o.switchLender.lifetimeSaving.amount);
      const best = savings.reduce((a, b) => (new Decimal(b).gt(a) ? b : a), savings[0]);
      for (const [a, lang] of [
        [again, 'ko'],
        [en, 'en'],
      ] as const) {
        expect(a.topic?.intent).toBe('REFINANCE');
        const lead = firstSentence(a.text);
        if (new Decimal(best).gt(0)) {
          expect(lead).toMatch(lang === 'ko' ? /^네, / : /^Yes/);
          expect(savings.some((v) => lead.includes(wonOf(v, lang)))).toBe(true);
        } else expect(lead).toMatch(lang === 'ko' ? /^아니요, / : /^No/);
        const stay = c.refinanceOffers.stayWithCurrentLender;
        if (stay && new Decimal(stay.lifetimeSaving.amount).gt(best))
          expect(lead).toContain(wonOf(stay.lifetimeSaving.amount, lang));
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('English follow-ups: part of the card bill and the minimum (10 % of the bill), a food cut by 100k, paying off early, a flagged charge cleared and the others', async () => {
      const due = await cardBillOf(`${today().slice(0, 7)}-01`);
      const minimum = (due.bill + 9n) / 10n;
      const bill = await ask("what's my card bill this month");
      const part = await ask('can i pay only part of it?', bill.conversationId);
      expect(part.topic?.intent).toBe('PRODUCT_QUESTION');
      expect(firstSentence(part.text)).toContain(
        `Paying only the minimum would be about ${wonOf(minimum.toString(), 'en')}`,
      );
      const koBill = await ask('이번 달 카드값 얼마예요?');
      const koMin = await ask('최소 얼마 내야 돼요?', koBill.conversationId);
      expect(firstSentence(koMin.text)).toContain(
        `최소결제만 하시면 이번 달 약 ${wonOf(minimum.toString())}을 내시면 됩니다`,
      );

      const food = await ask('how much do i spend on food a month');
      const cut = await ask('how can i cut it by 100k', food.conversationId);
      expect(cut.topic?.intent).toBe('SPENDING');
      expect(firstSentence(cut.text)).toContain('by ₩100,000 a month adds up to ₩1,200,000 a year');

      const { payoff } = await unpaidRows();
      const maturity = await ask('만기 언제예요?');
      const early = await ask('더 빨리 갚을 수 있어요?', maturity.conversationId);
      expect(early.topic?.intent).toBe('PAYOFF_QUOTE');
      expect(firstSentence(early.text)).toContain(`${wonOf(payoff)}이 필요합니다`);

      const weird = await ask('did anything weird happen on my card recently');
      const mine = await ask('the marriott one was me', weird.conversationId);
      expect(mine.topic?.intent).toBe('SUSPECTED_FRAUD');
      expect(firstSentence(mine.text)).toMatch(
        /^No problem at all — “MARRIOTT” ₩[\d,]+ on .+ was your own payment/,
      );
      const others = await ask('what about the others?', weird.conversationId);
      expect(firstSentence(others.text)).not.toMatch(/MARRIOTT/);
      for (const a of [part, koMin, cut, early, mine, others]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"그거 빼면 얼마예요?" after the largest category → the rest; "금리 4%짜리 적금이면요?" → 4 % less 15.4 % tax against the loan rate', async () => {
      const last = await summary('period: LAST_MONTH');
      const top = last.byCategory.reduce((a, c) =>
        new Decimal(c.amount.amount).gt(a.amount.amount) ? c : a,
      );
      const rest = new Decimal(last.total.amount).minus(top.amount.amount).toFixed(0);
      const most = await ask('지난달에 뭐에 제일 많이 썼어요?');
      const without = await ask('그거 빼면 얼마예요?', most.conversationId);
      expect(without.topic?.intent).toBe('SPENDING');
      expect(firstSentence(without.text)).toContain(`빼면 ${wonOf(rest)}입니다`);
      const en = await ask('where did i spend the most last month');
      const enWithout = await ask('and without that?', en.conversationId);
      expect(firstSentence(enWithout.text)).toContain(`you spent ${wonOf(rest, 'en')} last month`);

      const rates = await t.request<{
        me: { customer: { loans: { status: string; annualRate: string }[] } };
      }>('{ me { customer { loans { status annualRate } } } }', {}, token);
      const rate = rates.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.annualRate;
      const net = new Decimal('0.04').times(new Decimal(1).minus('0.154'));
      const verdict = net.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).lt(rate)
        ? '대출을 갚는 편이 유리합니다'
        : '예·적금';
      const save = await ask('적금 들까요 대출 갚을까요?');
      const four = await ask('금리 4%짜리 적금이면요?', save.conversationId);
      expect(four.topic?.intent).toBe('PREPAYMENT_EFFECT');
      expect(firstSentence(four.text)).toMatch(new RegExp(`^연 4% 예·적금이면 ${verdict}`));
      expect(firstSentence(four.text)).toContain(
        formatAnnualRate(net.toDecimalPlaces(5, Decimal.ROUND_DOWN), 'ko'),
      );
      for (const a of [without, enWithout, four]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it("an income said alone → the month on that income; a loan's interest asked bare, the weekend rule, a bill too dear, the costliest loan, an instalment paid early, a year before the card's records, a purchase on instalments in English", async () => {
      const lead = loans[0].nextPayment!;
      const three = await ask('월급 300인데 매달 얼마 남아요?');
      const low = await ask('세후 150이에요');
      for (const a of [three, low]) {
        expect(a.topic?.intent).toBe('SAVINGS');
        expect(renderingErrors(a.text)).toEqual([]);
      }
      expect(three.text).toContain('월 소득 3,000,000원');
      expect(low.text).toContain('월 소득 1,500,000원');
      expect(firstSentence(three.text)).toContain(wonOf(lead.payment.amount));
      const interest = await ask('전세대출 이자 얼마예요?');
      expect(interest.topic?.intent).toBe('NEXT_PAYMENT');
      expect(firstSentence(interest.text)).toContain(`이자 ${wonOf(lead.interest.amount)}`);
      const rate = await ask('대출 이자율 얼마에요');
      expect(rate.topic?.intent).toBe('LOAN_BALANCE');
      const weekend = await ask('다음 달 대출 납입일이 주말이면 어떻게 돼요?');
      expect(weekend.topic?.intent).toBe('NEXT_PAYMENT');
      if (owed(lead.dueDate) === lead.dueDate)
        expect(firstSentence(weekend.text)).toMatch(
          new RegExp(
            `^납입일이 주말이나 공휴일이면 다음 영업일에 출금되고, 그날 내셔도 연체가 아닙니다: .+ ${escapeRegExp(wonOf(lead.payment.amount))}은 영업일인 ${escapeRegExp(formatDate(lead.dueDate, 'ko', today()))}에 그대로 출금됩니다`,
          ),
        );
      else expect(firstSentence(weekend.text)).toContain('다음 영업일인');
      const phone = await ask('이번 달 통신비 얼마 나왔어요?');
      const dear = await ask('왜 이렇게 비싸요?', phone.conversationId);
      expect(dear.topic?.intent).toBe('SPENDING');
      expect(dear.text).toContain('알뜰폰');
      const count = await ask('저 대출 몇 개 있어요?');
      const costliest = await ask('제일 이자 비싼 거 뭐예요?', count.conversationId);
      expect(costliest.topic?.intent).toBe('LOANS_OVERVIEW');
      // The rate the rate question gives (checked against the API in round 23's test).
      expect(firstSentence(costliest.text)).toContain(/연 [\d.]+%/.exec(rate.text)![0]);
      const next = await ask("when's my next payment and how much");
      const early = await ask('can i pay it today instead?', next.conversationId);
      expect(early.topic?.intent).toBe('NEXT_PAYMENT');
      expect(firstSentence(early.text)).toContain(
        `Yes — you can pay the ${formatWon(lead.payment.amount, 'en')} due ${formatDate(lead.dueDate, 'en', today())}`,
      );
      // "and last year?" at a shop with nothing on the card all last year: no record, not ₩0.
      const lastYear = await summary('period: LAST_YEAR');
      const coupang = await ask('how much did i spend at coupang this year');
      const before = await ask('and last year?', coupang.conversationId);
      expect(before.topic?.intent).toBe('SPENDING');
      if (lastYear.purchaseCount === 0)
        expect(firstSentence(before.text)).toMatch(
          new RegExp(
            `^There is no card spending on record for ${Number(today().slice(0, 4)) - 1} \\(₩0\\): your card records start in [A-Z][a-z]+ \\d{4}\\.$`,
          ),
        );
      // A purchase on instalments asked in English, then its months corrected; a purchase weighed, then spread.
      const laptop = await ask('can i buy a 2m won laptop on 12 month installments?');
      const longer = await ask('no, 24 months', laptop.conversationId);
      const phone2 = await ask('can i afford a 1.2 million phone?');
      const spread = await ask('what if I pay it over 24 months', phone2.conversationId);
      for (const [a, price, months] of [
        [laptop, '₩2,000,000', 12],
        [longer, '₩2,000,000', 24],
        [spread, '₩1,200,000', 24],
      ] as const) {
        expect(a.topic?.intent).toBe('FORECAST');
        expect(firstSentence(a.text)).toMatch(/^(?:Yes|No)\b/);
        expect(firstSentence(a.text)).toContain(`on ${months} monthly instalments the ${price}`);
      }
      for (const a of [interest, weekend, dear, costliest, early, before, laptop, longer, spread])
        expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"집주인이 보증금 늦게 주면요?" after an extension refused → the loan still owed and the deposit-return guarantee, not "usually yes"', async () => {
      const first = await ask('전세대출 만기 되면 어떻게 해야 돼요?');
      await ask('연장 안 되면요?', first.conversationId);
      const late = await ask('집주인이 보증금 늦게 주면요?', first.conversationId);
      expect(late.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(late.text)).toMatch(
        /^집주인이 보증금을 돌려주지 않아도 전세대출은 갚아야 할 빚으로 남습니다/,
      );
      expect(late.text).not.toContain('네, 보통 연장할 수 있습니다');
      expect(renderingErrors(late.text)).toEqual([]);
    });
  });

  describe('QA round 26 (helper en2): a missed payment, severance in payments, the bare minimum, moving with the jeonse loan', () => {
    it('"I missed my December payment, what happens?" → the penalty a day on that instalment, the bureaus, the relief ladder (as the hardship answer)', async () => {
      const active = await activeLoansWith(
        'kind lender nextPayment { dueDate payment { amount } } delinquency { overdueAmount { amount } penaltyRate }',
      );
      const next = active.find((l) => l.nextPayment)!;
      const np = next.nextPayment!;
      const rate = next.delinquency.penaltyRate!;
      const perDay = new Decimal(np.payment.amount).mul(rate).div(365).floor().toFixed(0);
      const hardship = await ask("I'm struggling to pay, what can I do?");
      const ladder = hardship.text.slice(
        hardship.text.indexOf('■'),
        hardship.text.indexOf('keeps the most doors open.'),
      );
      expect(ladder).toContain('(call 1397)');
      for (const q of ['I missed my December payment, what happens?', "what if I miss december's payment"]) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('ARREARS');
        const lead = firstSentence(a.text);
        expect(lead).toContain(formatWon(np.payment.amount, 'en'));
        expect(lead).toContain(formatDate(np.dueDate, 'en', today()));
        expect(lead).toContain(formatAnnualRate(rate, 'en'));
        expect(lead).toContain(`about ${formatWon(perDay, 'en')} a day`);
        expect(a.text).toContain('5 business days');
        // One relief ladder: the hardship answer's, word for word.
        expect(a.text).toContain(ladder);
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('"I\'m getting 3 million severance, how many payments does that cover?" → ₩3,000,000 ÷ the monthly payment, not a prepayment', async () => {
      const active = await activeLoansWith(
        'kind lender nextPayment { dueDate payment { amount } } delinquency { penaltyRate }',
      );
      const np = active.find((l) => l.nextPayment)!.nextPayment!;
      const count = new Decimal(3_000_000).div(np.payment.amount).floor();
      const left = new Decimal(3_000_000).minus(count.mul(np.payment.amount)).toFixed(0);
      const a = await ask("I'm getting 3 million severance, how many payments does that cover?");
      expect(a.topic?.intent).toBe('NEXT_PAYMENT');
      expect(firstSentence(a.text)).toMatch(
        new RegExp(
          `^₩3,000,000 covers ${count.toFixed(0)} payments? of ${escapeRegExp(formatWon(np.payment.amount, 'en'))} on your `,
        ),
      );
      expect(firstSentence(a.text)).toContain(`with ${formatWon(left, 'en')} left over`);
      expect(a.text).not.toMatch(/Prepaying/);
      const ko = await ask('퇴직금 300만원이면 대출금 몇 달 낼 수 있어요?');
      expect(ko.topic?.intent).toBe('NEXT_PAYMENT');
      expect(firstSentence(ko.text)).toContain(`${count.toFixed(0)}번 낼 수 있습니다`);
      for (const x of [a, ko]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"what\'s the bare minimum I need each month?" → the fixed outgoings (the loan payment + the recurring charges) as one figure', async () => {
      const recurring = (
        await t.request<{ me: { customer: { recurringCharges: { amount: { amount: string } }[] } } }>(
          '{ me { customer { recurringCharges { amount { amount } } } } }',
          {},
          token,
        )
      ).data!.me.customer.recurringCharges;
      const cardSum = recurring.reduce((a, c) => a + BigInt(c.amount.amount), 0n);
      const active = await activeLoansWith(
        'kind lender nextPayment { dueDate payment { amount } } delinquency { penaltyRate }',
      );
      const loanSum = active
        .filter((l) => l.nextPayment)
        .reduce((a, l) => a + BigInt(l.nextPayment!.payment.amount), 0n);
      const a = await ask("what's the bare minimum I need each month?");
      expect(a.topic?.intent).toBe('SPENDING');
      expect(firstSentence(a.text)).toContain(
        `Your fixed monthly outgoings come to about ${formatWon((cardSum + loanSum).toString(), 'en')}: ${formatWon(loanSum.toString(), 'en')} on your loans`,
      );
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"I\'m moving next month, what about my jeonse loan?" → repay from the returned deposit or move the loan (목적물 변경), with the balance', async () => {
      const j = await activeJeonse<{ balance: { amount: string } }>('balance { amount }');
      const a = await ask("I'm moving next month, what about my jeonse loan?");
      expect(a.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(a.text)).toMatch(
        /^When you move, your .+ is settled in one of two ways: repay it from the deposit/,
      );
      expect(a.text).toContain('목적물 변경');
      expect(a.text).toContain(formatWon(j.balance.amount, 'en'));
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"the Marriott charge was refunded right?", "did I get a refund from marriott" → no (or yes) from the card transactions, with the charge; "how much did the Japan trip cost in total" → the trip abroad', async () => {
      const rows = (
        await cardTransactions<{
          merchantName: string;
          occurredAt: string;
          kind: string;
          amount: { amount: string };
        }>('merchantName occurredAt kind amount { amount }')
      ).filter((r) => /marriott/i.test(r.merchantName));
      const refunds = rows.filter((r) => r.kind === 'REFUND');
      const bought = rows.filter((r) => r.kind !== 'REFUND');
      expect(bought.length).toBeGreaterThan(0);
      for (const q of ['the Marriott charge was refunded right?', 'did I get a refund from marriott']) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('CARD_TRANSACTIONS');
        if (refunds.length === 0) {
          expect(firstSentence(a.text)).toMatch(/^No — there is no refund or cancellation from “MARRIOTT”/);
          for (const r of bought) expect(firstSentence(a.text)).toContain(formatWon(r.amount.amount, 'en'));
        } else
          expect(a.text).toContain(formatWon(new Decimal(refunds[0].amount.amount).abs().toFixed(0), 'en'));
        expect(renderingErrors(a.text)).toEqual([]);
      }
      const ko = await ask('메리어트 환불됐어?');
      if (refunds.length === 0) expect(firstSentence(ko.text)).toMatch(/^아니요, “MARRIOTT” 환불이나 취소는/);
      expect(renderingErrors(ko.text)).toEqual([]);

      const abroad = (
        await summary('period: LAST_N_MONTHS, months: 12, locality: OVERSEAS, channel: OFFLINE')
      ).total.amount;
      const trip = await ask('how much did the Japan trip cost in total');
      expect(trip.topic?.intent).toBe('SPENDING');
      expect(firstSentence(trip.text)).toContain(`You spent ${formatWon(abroad, 'en')} abroad`);
      expect(renderingErrors(trip.text)).toEqual([]);
    });

    it('"I want to buy a car next year", "내년에 차 사고 싶어요" → the car loan they could take (the API\'s limit), not small talk or the jeonse loan', async () => {
      const sim = await t.request<{ simulateLoanLimit: { maxLoan: { amount: string } } }>(
        `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
           ... on LoanLimitSimulation { maxLoan { amount } } } }`,
        { input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS.AUTO } },
        token,
      );
      const max = sim.data!.simulateLoanLimit.maxLoan.amount;
      const en = await ask('I want to buy a car next year');
      const ko = await ask('내년에 차 사고 싶어요');
      for (const a of [en, ko]) {
        expect(a.topic?.intent).toBe('LOAN_LIMIT');
        expect(a.text).not.toMatch(/jeonse|전세/);
        expect(renderingErrors(a.text)).toEqual([]);
      }
      expect(firstSentence(en.text)).toContain(`${formatWon(max, 'en')} as a car loan`);
      expect(firstSentence(ko.text)).toContain(formatWon(max, 'ko'));
    });
  });

  describe('QA round 27 (helper ko27): a sum to pay this month, the only loan, a weekend with nothing spent, a car’s month, gifts, the payday', () => {
    const won = (v: string | bigint | Decimal) => formatWon(v.toString(), 'ko');
    const num = (x: string) => new Decimal(x.replace(/,/g, ''));

    it('"부모님 병원비로 300만원 나가야되는데 괜찮을까" → the month weighed with it (not sadness); "아니 500이요" the same with 5,000,000원', async () => {
      const { income, debt } = await monthlySurplus();
      const PAY =
        /^이번 달 여유만으로는 ([\d,]+)원을 내기 어렵습니다: 이번 달 결제일에 나가는 카드값 약 ([\d,]+)원\(지난달 사용분\)과 대출 납입 ([\d,]+)원만으로도 월 소득 ([\d,]+)원보다 ([\d,]+)원 많아, 이 돈까지 나가면 모자라는 돈이 ([\d,]+)원이 됩니다\./;
      const a = await ask('부모님 병원비로 300만원 나가야되는데 괜찮을까');
      expect(a.topic?.intent).toBe('SAVINGS');
      const check = (text: string, sum: string) => {
        const m = PAY.exec(text);
        if (!m) {
          // A month with room: the purchase answer's own lead, with the sum.
          expect(firstSentence(text)).toContain(won(sum));
          return;
        }
        const [, paid, bill, loan, inc, over, short] = m;
        expect(num(paid).eq(sum)).toBe(true);
        expect(num(loan).eq(debt.toString())).toBe(true);
        expect(num(inc).eq(income.toString())).toBe(true);
        expect(num(bill).plus(num(loan)).minus(num(inc)).eq(num(over))).toBe(true);
        expect(num(over).plus(sum).eq(num(short))).toBe(true);
        expect(text).toMatch(/무이자 할부/);
      };
      check(a.text, '3000000');
      const b = await ask('아니 500이요', a.conversationId);
      expect(b.topic?.intent).toBe('SAVINGS');
      check(b.text, '5000000');
      // Not a prepayment of the jeonse loan.
      expect(b.text).not.toMatch(/중도상환하면/);
      const c = await ask('300만원 써도 돼?');
      expect(c.topic?.intent).toBe('SAVINGS');
      check(c.text, '3000000');
      for (const x of [a, b, c]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"제일 이자 비싼 거 뭐예요?" with one loan → that it is the only loan, with its rate (not the products)', async () => {
      const res = await t.request<{ me: { customer: { loans: { status: string; annualRate: string }[] } } }>(
        '{ me { customer { loans { status annualRate } } } }',
        {},
        token,
      );
      const active = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
      const a = await ask('제일 이자 비싼 거 뭐예요?');
      expect(a.topic?.intent).toBe('LOANS_OVERVIEW');
      if (active.length === 1)
        expect(firstSentence(a.text)).toMatch(
          new RegExp(
            `^대출은 .+ 하나뿐이라, 이자가 가장 비싼 대출도 이 대출입니다: 지금 금리는 ${escapeRegExp(formatAnnualRate(active[0].annualRate, 'ko'))}, `,
          ),
        );
      expect(a.text).not.toMatch(/새 상품의 금리/);
      // After another question too.
      const first = await ask('이번달 식비 얼마야');
      const b = await ask('제일 이자 비싼 거 뭐예요?', first.conversationId);
      expect(firstSentence(b.text)).toBe(firstSentence(a.text));
      for (const x of [a, b]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"이번 주말에 얼마 썼어?" → its Saturday and Sunday; "너무 많이 썼네" → none said gently when nothing was spent', async () => {
      const [total, count, month] = await Promise.all([
        spentTotal('period: THIS_WEEK, days: WEEKENDS'),
        spentCount('period: THIS_WEEK, days: WEEKENDS'),
        spentTotal('period: THIS_MONTH'),
      ]);
      const a = await ask('이번 주말에 얼마 썼어?');
      expect(a.topic?.intent).toBe('SPENDING');
      expect(firstSentence(a.text)).toContain(`주말 카드 지출은 ${won(total)}입니다`);
      // The range is the week's weekend days to date (none before Saturday).
      // On a Saturday or Sunday the range starts on that Saturday (was the whole week from Monday).
      const dow = new Date(`${today()}T00:00:00Z`).getUTCDay();
      if (dow === 6 || dow === 0) {
        const sat = addDays(today(), dow === 0 ? -1 : 0);
        expect(firstSentence(a.text)).toContain(
          `(${count}건, ${Number(sat.slice(5, 7))}월 ${Number(sat.slice(8, 10))}일 (토) ~`,
        );
      }
      const b = await ask('너무 많이 썼네', a.conversationId);
      expect(b.topic?.intent).toBe('SPENDING');
      if (count === 0) {
        expect(firstSentence(b.text)).toMatch(
          /^걱정 마세요, 이번 주 주말 카드 지출은 0원이라 쓰신 돈이 없습니다/,
        );
        if (new Decimal(month).gt(0))
          expect(b.text).toContain(`이번 달 지금까지 카드 지출은 ${won(month)}입니다`);
      } else
        expect(firstSentence(b.text)).toMatch(
          new RegExp(`^많게 느껴지셨군요\\. .*${escapeRegExp(won(total))}`),
        );
      for (const x of [a, b]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"차 할부 한달에 50만원이면 괜찮아?" → that month’s payment with the loans against the income (not a prepayment)', async () => {
      const { income, debt } = await monthlySurplus();
      const a = await ask('차 할부 한달에 50만원이면 괜찮아?');
      expect(a.topic?.intent).toBe('SAVINGS');
      const withLoans = 500_000n + debt;
      const share = new Decimal(withLoans.toString()).div(income.toString()).times(100).toDecimalPlaces(0);
      expect(firstSentence(a.text)).toMatch(/^(?:네|아니요), /);
      expect(firstSentence(a.text)).toContain(
        `차 할부로 매달 500,000원씩 내시면 대출 납입 ${won(debt)}까지 더해 매달 ${won(withLoans)}이 나가, 월 소득 ${won(income)}의 ${share.toFixed(0)}%입니다.`,
      );
      expect(a.text).not.toMatch(/중도상환/);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"경조사비 이번달에 얼마나 썼지" → gifts are not on the card, said first; the month’s card spending beside it', async () => {
      const month = await spentTotal('period: THIS_MONTH');
      const a = await ask('경조사비 이번달에 얼마나 썼지');
      expect(a.topic?.intent).toBe('SPENDING');
      expect(firstSentence(a.text)).toMatch(
        /^경조사비\(축의금·조의금\)는 보통 현금이나 계좌이체로 내셔서 카드 내역에 따로 잡히지 않아/,
      );
      expect(a.text.split('\n')[1]).toContain(`참고로 이번 달 카드 지출은 ${won(month)}입니다`);
      const worried = await ask('결혼식 축의금 많이 나가서 걱정이야');
      expect(worried.topic?.intent).toBe('SPENDING');
      expect(worried.text).toMatch(/경조사비\(축의금·조의금\)/);
      for (const x of [a, worried]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"할부 수수료 얼마 나가고있어?" → "그거 다 갚으려면 얼마야" → the card instalments left (not the jeonse loan’s payoff)', async () => {
      type Tx = { occurredAt: string; amount: { amount: string }; instalmentMonths: number; kind: string };
      const txs = await cardTransactions<Tx>('occurredAt amount { amount } instalmentMonths kind');
      const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
      let left = 0n;
      for (const x of txs.filter((y) => y.kind === 'PURCHASE' && y.instalmentMonths >= 2)) {
        const n = x.instalmentMonths;
        const billed = Math.min(n, Math.max(0, month(today()) - month(koreanDate(new Date(x.occurredAt)))));
        if (billed === n) continue;
        const amount = BigInt(x.amount.amount);
        left += billed === 0 ? amount : (amount / BigInt(n)) * BigInt(n - billed);
      }
      const fee = await ask('할부 수수료 얼마 나가고있어?');
      const a = await ask('그거 다 갚으려면 얼마야', fee.conversationId);
      expect(a.topic?.intent).toBe('CARD_TRANSACTIONS');
      if (left > 0n) expect(firstSentence(a.text)).toContain(`남은 카드 할부 원금 ${won(left)}`);
      expect(a.text).not.toContain('전세자금대출');
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"월급날이 언제야" → no payday on file, with the quarter’s income (not sadness); "그럼 지금 쓰는거에서 뭘 줄여야돼" after a goal → the cuts', async () => {
      const res = await t.request<{
        me: { customer: { quarterlySpending: { complete: boolean; income: { amount: string } | null }[] } };
      }>('{ me { customer { quarterlySpending(last: 4) { complete income { amount } } } } }', {}, token);
      const q = res.data!.me.customer.quarterlySpending.find((x) => x.complete && x.income)!;
      const a = await ask('월급날이 언제야');
      expect(a.topic?.intent).toBe('SAVINGS');
      expect(a.emotion?.label).not.toBe('SAD');
      expect(firstSentence(a.text)).toMatch(
        new RegExp(
          `^월급날은 이 앱에 등록되어 있지 않아 며칠인지, 얼마나 남았는지 알 수 없습니다\\. 소득은 분기 합계\\(\\d{4}년 \\d분기 ${won(q.income!.amount)}\\)로만 있습니다\\.$`,
        ),
      );
      const goal = await ask('내년 10월까지 3천만원 모으고싶어');
      const cut = await ask('그럼 지금 쓰는거에서 뭘 줄여야돼', goal.conversationId);
      expect(cut.topic?.intent).toBe('SPENDING');
      expect(cut.text).toMatch(/많이 쓰는 업종부터 줄이는 방법/);
      const sub = await ask('넷플릭스 해지할까');
      expect(sub.topic?.intent).toBe('SPENDING');
      expect(firstSentence(sub.text)).toMatch(/넷플릭스/);
      for (const x of [a, cut, sub]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"전세만기 다가오는데 이사가려면 돈 얼마 필요해" → moving with the jeonse loan and the principal to repay (not "usually yes, it can be extended")', async () => {
      const res = await t.request<{
        me: { customer: { loans: { status: string; kind: string; balance: { amount: string } }[] } };
      }>('{ me { customer { loans { status kind balance { amount } } } } }', {}, token);
      const jeonse = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE' && l.kind === 'JEONSE')!;
      const a = await ask('전세만기 다가오는데 이사가려면 돈 얼마 필요해');
      expect(a.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(a.text)).toMatch(/^이사하실 때 .+전세자금대출은 두 가지 중 하나로 정리합니다/);
      expect(a.text).not.toMatch(/^네, 보통 연장할 수 있습니다/);
      expect(a.text).toContain(`남은 원금은 ${won(jeonse.balance.amount)}`);
      const b = await ask('아까 말한거 대출은 어떻게 돼', a.conversationId);
      expect(b.topic?.intent).toBe('LOAN_BALANCE');
      expect(b.text).not.toMatch(/갈아타기/);
      for (const x of [a, b]) expect(renderingErrors(x.text)).toEqual([]);
    });
  });
  describe('QA round 27 (helper en27): follow-ups that keep their subject, a figure disputed, a month asked why high, a saving with nothing left', () => {
    const eatingOut = (args: string) => spentTotal(`${args}, category: "FOOD"`);

    it('"how much did i spend on eating out this month" → "how does that compare to last month?" compares eating out; "you told me a different number" reconciles the two figures', async () => {
      const now = await eatingOut('period: THIS_MONTH');
      const before = await eatingOut('period: LAST_MONTH');
      const all = await spentTotal('period: THIS_MONTH');
      const first = await ask('how much did i spend on eating out this month');
      const cmp = await ask('how does that compare to last month?', first.conversationId);
      expect(cmp.topic?.intent).toBe('SPENDING');
      expect(firstSentence(cmp.text)).toContain(`on eating out this month is ${formatWon(now, 'en')}`);
      expect(firstSentence(cmp.text)).toContain(`(${formatWon(before, 'en')})`);
      const total = await ask('how much did i spend this month', first.conversationId);
      const why = await ask('you told me a different number', first.conversationId);
      // The earlier figure (this month's eating out) and the latest (all this month's card spending), each quoted.
      expect(firstSentence(why.text)).toMatch(
        new RegExp(
          `^Earlier I said “[^”]*${escapeRegExp(formatWon(now, 'en'))}[^”]*”, and just now “[^”]*${escapeRegExp(formatWon(all, 'en'))}[^”]*”`,
        ),
      );
      expect(why.text).toContain('the first is eating out only, the second all your card spending');
      for (const a of [cmp, total, why]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"why was october so high?" → October against the usual month (the three before it ÷ 3) and the trip abroad', async () => {
      const back = (Number(today().slice(5, 7)) - 10 + 12) % 12;
      const oct = await spentTotal(october());
      const before = await Promise.all(
        [1, 2, 3].map((i) => spentTotal(`period: MONTHS_AGO, months: ${back + i}`)),
      );
      const sum = before.reduce((a, x) => a + BigInt(x), 0n);
      const usual = (sum * 2n + 3n) / 6n;
      const abroad = await summary(`${october()}, locality: OVERSEAS, channel: OFFLINE`);
      const a = await ask('why was october so high?');
      expect(a.topic?.intent).toBe('SPENDING');
      expect(firstSentence(a.text)).toBe(
        `October was ${formatWon(oct, 'en')}, ${formatWon((BigInt(oct) - usual).toString(), 'en')} above your usual month (${formatWon(usual.toString(), 'en')}, the average of July to September).`,
      );
      expect(a.text.split('\n')[1]).toContain(`your trip abroad (`);
      expect(a.text.split('\n')[1]).toContain(`${formatWon(abroad.total.amount, 'en')} spent there`);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"can i survive the rest of the month on whats left" → the month\'s money (not the loan balance), and "how much do i have left" after it too', async () => {
      const { income } = await monthlySurplus();
      const a = await ask('can i survive the rest of the month on whats left');
      const b = await ask('how much do i have left', a.conversationId);
      for (const x of [a, b]) {
        expect(x.topic?.intent).toBe('SAVINGS');
        expect(firstSentence(x.text)).toContain(formatWon(income.toString(), 'en'));
        expect(x.text).not.toContain('of principal left');
        expect(renderingErrors(x.text)).toEqual([]);
      }
      const again = await ask('thats not what you said before', a.conversationId);
      expect(firstSentence(again.text)).toMatch(/^I have given you the same figure each time: “This month/);
    });

    it('"what would i save" after a refinance → the refinance saving (was the savings plan)', async () => {
      const saving = loans.find((l) => l.refinanceOffers?.stayWithCurrentLender)!.refinanceOffers!
        .stayWithCurrentLender!.monthlySaving.amount;
      const a = await ask('should i refinance my jeonse loan');
      const b = await ask('what would i save', a.conversationId);
      expect(b.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(b.text)).toContain(`saves ${formatWon(saving, 'en')} a month`);
      expect(renderingErrors(b.text)).toEqual([]);
    });

    it('"and how much more do i need to spend to hit the threshold" after the card deduction → the deduction again (how far short of 25%), not the year\'s spending', async () => {
      const year = await spentTotal('period: THIS_YEAR');
      const a = await ask('how much of my card spending counts for the year end tax deduction');
      const b = await ask('and how much more do i need to spend to hit the threshold', a.conversationId);
      expect(b.topic?.intent).toBe('PRODUCT_QUESTION');
      expect(firstSentence(b.text)).toBe(firstSentence(a.text));
      expect(firstSentence(b.text)).toContain(formatWon(year, 'en'));
      expect(renderingErrors(b.text)).toEqual([]);
    });

    it('"how much would i save if i cancel all of them" after the subscriptions → the monthly total and its year, first', async () => {
      const recurring = (
        await t.request<{ me: { customer: { recurringCharges: { amount: { amount: string } }[] } } }>(
          '{ me { customer { recurringCharges { amount { amount } } } } }',
          {},
          token,
        )
      ).data!.me.customer.recurringCharges;
      const month = recurring.reduce((a, c) => a + BigInt(c.amount.amount), 0n);
      const a = await ask('what subscriptions am i paying for');
      const b = await ask('how much would i save if i cancel all of them', a.conversationId);
      expect(b.topic?.intent).toBe('SPENDING');
      if (month > 0n)
        expect(firstSentence(b.text)).toMatch(
          new RegExp(
            `^Cancelling all of them would save ${escapeRegExp(formatWon(month.toString(), 'en'))} a month, ${escapeRegExp(formatWon((month * 12n).toString(), 'en'))} a year`,
          ),
        );
      expect(renderingErrors(b.text)).toEqual([]);
    });

    it('"im thinking of buying a new macbook for 3m is that ok" → the purchase against the month (was small talk); "what was my income last month" → the income on file; "wait what?" → the lead again', async () => {
      const { income } = await monthlySurplus();
      const buy = await ask('im thinking of buying a new macbook for 3m is that ok');
      expect(buy.topic?.intent).toBe('SAVINGS');
      expect(firstSentence(buy.text)).toContain('₩3,000,000 purchase');
      const inc = await ask('what was my income last month');
      expect(inc.topic?.intent).toBe('LOAN_LIMIT');
      expect(firstSentence(inc.text)).toContain(`(about ${formatWon(income.toString(), 'en')} a month)`);
      const wait = await ask('wait what?', buy.conversationId);
      expect(wait.text).toBe(
        `Put simply, what I said was: “${firstSentence(buy.text).replace(/\.$/, '')}”. Ask me about any figure in it and I’ll show how it was worked out.`,
      );
      for (const x of [buy, inc, wait]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"what would i have to cut to save 500k a month" → the cuts first (what the month leaves against ₩500,000), the interest after', async () => {
      const { surplus } = await monthlySurplus();
      const a = await ask('what would i have to cut to save 500k a month');
      expect(a.topic?.intent).toBe('SAVINGS');
      const lead = firstSentence(a.text);
      if (surplus >= 500_000n) expect(lead).toContain('₩500,000 a month fits within');
      else if (surplus <= 0n)
        expect(lead).toBe(
          `Putting in ₩500,000 a month takes ${formatWon((500_000n - surplus).toString(), 'en')} of cuts a month: right now nothing is left over (about ${formatWon((-surplus).toString(), 'en')} more goes out than comes in).`,
        );
      else expect(lead).toContain(`takes ${formatWon((500_000n - surplus).toString(), 'en')} of cuts`);
      expect(a.text.split('\n')[1]).toMatch(/^Saving ₩500,000 a month for 12 months/);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"i\'m saving for a wedding next year, how much should i put away each month?" → nothing left on the average, and what a usual month (without the one-off months) leaves', async () => {
      const { income, debt, surplus } = await monthlySurplus();
      const f = await t.request<{ me: { customer: { forecast: { oneOffMonths: string[] } | null } } }>(
        '{ me { customer { forecast(metric: SPENDING, horizon: 1) { oneOffMonths } } } }',
        {},
        token,
      );
      const oneOff = f.data!.me.customer.forecast!.oneOffMonths;
      const first = `${today().slice(0, 7)}-01`;
      const months = await Promise.all(
        [1, 2, 3].map(async (i) => ({
          from: addMonths(first, -i),
          total: BigInt(await spentTotal(`period: MONTHS_AGO, months: ${i}`)),
        })),
      );
      const kept = months.filter((m) => !oneOff.includes(m.from));
      const a = await ask("i'm saving for a wedding next year, how much should i put away each month?");
      expect(a.topic?.intent).toBe('SAVINGS');
      if (surplus > 0n || kept.length === 3 || kept.length === 0) return;
      const base =
        (kept.reduce((x, m) => x + m.total, 0n) * 2n + BigInt(kept.length)) / (2n * BigInt(kept.length));
      const left = income - debt - base;
      expect(firstSentence(a.text)).toMatch(/^Right now nothing is left over each month/);
      if (left > 0n) {
        expect(a.text).toContain(
          `in a usual month your card spending is ${formatWon(base.toString(), 'en')}`,
        );
        expect(a.text).toContain(`leaves about ${formatWon(left.toString(), 'en')} a month`);
        expect(a.text).toContain(`(${formatWon((left * 12n).toString(), 'en')} over 12 months)`);
      }
      expect(renderingErrors(a.text)).toEqual([]);
    });
  });
  describe('QA round 27 (lead): stopping the card after the flagged charges, the flagged list asked, a forecast asked yes or no', () => {
    /** The flagged charges' amounts, read as a client would. */
    async function flaggedAmounts() {
      const a = await t.request<{
        me: { customer: { anomalies: { items: { amount: { amount: string } }[] } } };
      }>('{ me { customer { anomalies(first: 5) { items { amount { amount } } } } } }', {}, token);
      expect(a.errors).toBeUndefined();
      return a.data!.me.customer.anomalies.items.map((i) => i.amount.amount);
    }

    it('"i think someone stole my card" → "which charges look wrong" → the flagged list first; "ok how do i block it" → how to stop the card', async () => {
      const amounts = await flaggedAmounts();
      expect(amounts.length).toBeGreaterThan(0);
      const stolen = await ask('i think someone stole my card');
      expect(stolen.topic?.intent).toBe('SUSPECTED_FRAUD');
      const which = await ask('which charges look wrong', stolen.conversationId);
      expect(which.topic?.intent).toBe('SUSPECTED_FRAUD');
      expect(firstSentence(which.text)).toMatch(/look unusual and are worth checking/);
      for (const x of amounts) expect(which.text).toContain(formatWon(x, 'en'));
      const block = await ask('ok how do i block it', stolen.conversationId);
      expect(block.topic?.intent).toBe('CARD_TRANSACTIONS');
      expect(firstSentence(block.text)).toMatch(
        /^I can’t stop a card from here: use the temporary-suspension switch/,
      );
      for (const a of [which, block]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"카드 정지 어떻게 해요" alone and after the flagged charges → how to stop the card; "어떤 게 이상해요?" → the flagged list', async () => {
      const alone = await ask('카드 정지 어떻게 해요');
      const flagged = await ask('이상한 결제 있어요 확인해주세요');
      const after = await ask('카드 정지 어떻게 해요', flagged.conversationId);
      for (const a of [alone, after]) {
        expect(a.topic?.intent).toBe('CARD_TRANSACTIONS');
        expect(firstSentence(a.text)).toMatch(
          /^카드 정지는 이 앱에서 대신 할 수 없고, 카드사 앱의 카드 일시정지 메뉴/,
        );
        expect(renderingErrors(a.text)).toEqual([]);
      }
      const which = await ask('어떤 게 이상해요?', after.conversationId);
      expect(which.topic?.intent).toBe('SUSPECTED_FRAUD');
      for (const x of await flaggedAmounts()) expect(which.text).toContain(formatWon(x, 'ko'));
    });

    it('"will my spending go down next month", "다음 달엔 지출 좀 줄어들까요?" → yes or no first, next month against this month as a whole', async () => {
      const points = await spendingForecast(2);
      const next = points[points.length - 1];
      const now = await summary('period: THIS_MONTH');
      const en = await ask('will my spending go down next month');
      const ko = await ask('다음 달엔 지출 좀 줄어들까요?');
      for (const a of [en, ko]) {
        expect(a.topic?.intent).toBe('FORECAST');
        expect(renderingErrors(a.text)).toEqual([]);
      }
      // This month as a whole = spent so far + the days left at the month's forecast: read back from the answer and
      // checked to be at least what is spent so far; the direction follows from the two figures.
      const m = /about ₩([\d,]+) for this month/.exec(firstSentence(en.text));
      expect(m).not.toBeNull();
      const thisMonth = new Decimal(m![1].replace(/,/g, ''));
      expect(thisMonth.gte(now.total.amount)).toBe(true);
      const down = new Decimal(next.mean.amount).lt(thisMonth);
      expect(firstSentence(en.text)).toMatch(down ? /^Yes — / : /^No — /);
      expect(firstSentence(en.text)).toContain(`about ${formatWon(next.mean.amount, 'en')}`);
      expect(firstSentence(en.text)).toContain(`${formatWon(now.total.amount, 'en')} so far`);
      expect(firstSentence(ko.text)).toMatch(down ? /^네, / : /^아니요, /);
      expect(firstSentence(ko.text)).toContain(`약 ${formatWon(next.mean.amount, 'ko')}`);
    });

    it('"나 이번 달 돈 너무 많이 쓴 거 같아 ㅠㅠ" → the verdict on this month named as such (not "그 기간 … 월평균"), met gently; "i spent too much in october" names October', async () => {
      const now = await summary('period: THIS_MONTH');
      const ko = await ask('나 이번 달 돈 너무 많이 쓴 거 같아 ㅠㅠ');
      expect(ko.topic?.intent).toBe('SPENDING');
      expect(ko.emotion?.label).toBe('SAD');
      const first = firstSentence(ko.text);
      expect(first).toMatch(/^(?:네|아니요), /);
      expect(first).toContain(`이번 달(`);
      expect(first).toContain(`카드 지출은 ${formatWon(now.total.amount, 'ko')}으로`);
      expect(first).not.toMatch(/그 기간|월평균/);
      // Told it is not overspending, the customer is reassured — not told a heavy month can be evened out.
      if (first.startsWith('아니요')) {
        expect(ko.text).toContain('너무 걱정하지 마세요. 지금 숫자로는 많이 쓰신 편이 아닙니다.');
        expect(ko.text).not.toContain('자책');
      }
      const oct = (await summary(october())).total.amount;
      const en = await ask('i spent too much in october 😭');
      expect(en.topic?.intent).toBe('SPENDING');
      expect(firstSentence(en.text)).toMatch(
        new RegExp(`your card spending was ${formatWon(oct, 'en').replace(/[₩,]/g, '.')} in Oct \\d{4} \\(`),
      );
      for (const a of [ko, en]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"원금은 얼마나 갚았어?" after the interest paid → the principal repaid (the API’s), not the interest again', async () => {
      const res = await t.request<{
        me: {
          customer: {
            loans: { status: string; principal: { amount: string }; balance: { amount: string } }[];
          };
        };
      }>('{ me { customer { loans { status principal { amount } balance { amount } } } } }', {}, token);
      expect(res.errors).toBeUndefined();
      const loan = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!;
      const repaid = new Decimal(loan.principal.amount).minus(loan.balance.amount).toFixed(0);
      const paid = await ask('내가 지금까지 낸 이자 총 얼마야');
      const principal = await ask('원금은 얼마나 갚았어?', paid.conversationId);
      expect(principal.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(principal.text)).toContain(`갚은 원금은 ${formatWon(repaid, 'ko')}`);
      expect(principal.text).not.toContain('내신 대출 이자');
      expect(renderingErrors(principal.text)).toEqual([]);
    });

    it('"when does it change" after the rate and its kind → the rate reset (not small talk); "적금 들고 싶은데 뭐가 좋아요?" → the savings products', async () => {
      const rate = await ask("what's the interest rate on my loan and is it fixed");
      const when = await ask('when does it change', rate.conversationId);
      expect(when.topic?.intent).toBe('LOAN_BALANCE');
      expect(firstSentence(when.text)).toMatch(/variable rate, reset on the cycle in its contract/);
      const savings = await ask('적금 들고 싶은데 뭐가 좋아요?');
      expect(savings.topic?.intent).toBe('SAVINGS');
      expect(firstSentence(savings.text)).toMatch(
        /^고객님께는 .+을 추천드립니다|^고객님께는 .+를 추천드립니다/,
      );
      const highest = await ask('금리 제일 높은 거', savings.conversationId);
      expect(firstSentence(highest.text)).toMatch(/^가입하실 수 있는 상품 중 금리가 가장 높은 것은/);
      for (const a of [when, savings, highest]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"what\u2019s the catch" after the refinance options → the switch\u2019s costs and break-even; "total?" after the next 6 instalments → their sum; "is that bad" after the DSR → judged', async () => {
      const refi = await ask('should i refinance');
      const cat = await ask("what's the catch", refi.conversationId);
      expect(cat.topic?.intent).toBe('REFINANCE');
      expect(firstSentence(cat.text)).toMatch(
        /^Switching your .+ costs ₩[\d,]+ .*it pays for itself in month \d+\./,
      );

      const res = await t.request<{ me: { customer: { loans: { id: string; status: string }[] } } }>(
        '{ me { customer { loans { id status } } } }',
        {},
        token,
      );
      const loanId = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!.id;
      const rows = await allNodes<{ paid: boolean; payment: { amount: string } }>(
        loanId,
        'Loan',
        'schedule',
        'paid payment { amount }',
      );
      const sum = rows
        .filter((r) => !r.paid)
        .slice(0, 6)
        .reduce((a, r) => a.plus(r.payment.amount), new Decimal(0))
        .toFixed(0);
      const listed = await ask('show me my next 6 payments');
      const total = await ask('total?', listed.conversationId);
      expect(total.topic?.intent).toBe('REPAYMENT_SCHEDULE');
      expect(firstSentence(total.text)).toContain(`${formatWon(sum, 'en')} in all`);
      expect(firstSentence(total.text)).toMatch(/^Over the next 6 instalments \(to /);

      const { dsrBefore, dsrCapRatio } = await bankDsr();
      const dsr = await ask("what's my dsr");
      const judged = await ask('is that bad', dsr.conversationId);
      expect(judged.topic?.intent).toBe('PRODUCT_QUESTION');
      const d = new Decimal(dsrBefore!);
      const cap = new Decimal(dsrCapRatio!);
      expect(firstSentence(judged.text)).toMatch(
        d.gt(cap)
          ? /^Yes — /
          : d.gt(0.3)
            ? /^It is within a bank's cap of .+, but on the high side/
            : d.gt(0.2)
              ? /^It is not bad/
              : /^No — /,
      );
      for (const a of [cat, total, judged]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"what’s dragging it down the most" after the health score → the lever worth most points, with the score it reaches', async () => {
      const { score } = await healthScoreOf();
      const h = await ask('whats my financial health score');
      const drag = await ask("what's dragging it down the most", h.conversationId);
      expect(drag.topic?.intent).toBe('HEALTH_SCORE');
      expect(firstSentence(drag.text)).toContain(`${score}`);
      expect(firstSentence(drag.text)).toMatch(/DSR|spending|insurance/);
      expect(renderingErrors(drag.text)).toEqual([]);
    });
  });

  describe('QA round 27 (helper en27b): Korean "why so high" against the usual month, two months compared, no card loan, own revolving, helping family', () => {
    it('"10월에 왜 이렇게 많이 썼어?" / "10월 지출이 왜 이렇게 많아요?" → October against the usual month (the three before ÷ 3) and the trip abroad, as in English', async () => {
      const back = (Number(today().slice(5, 7)) - 10 + 12) % 12;
      const oct = await spentTotal(october());
      const before = await Promise.all(
        [1, 2, 3].map((i) => spentTotal(`period: MONTHS_AGO, months: ${back + i}`)),
      );
      const usual = (before.reduce((a, x) => a + BigInt(x), 0n) * 2n + 3n) / 6n;
      const abroad = await summary(`${october()}, locality: OVERSEAS, channel: OFFLINE`);
      for (const q of ['10월에 왜 이렇게 많이 썼어?', '10월 지출이 왜 이렇게 많아요?']) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('SPENDING');
        expect(firstSentence(a.text)).toBe(
          `10월은 ${formatWon(oct, 'ko')}으로, 평소 한 달(7~9월 평균 ${formatWon(usual.toString(), 'ko')})보다 ${formatWon((BigInt(oct) - usual).toString(), 'ko')} 많았습니다.`,
        );
        expect(a.text.split('\n')[1]).toContain('해외여행(');
        expect(a.text.split('\n')[1]).toContain(formatWon(abroad.total.amount, 'ko'));
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('"why was october higher than september" / "10월이 9월보다 왜 많아요?" → October against September (was small talk)', async () => {
      const back = (Number(today().slice(5, 7)) - 10 + 12) % 12;
      const oct = await spentTotal(october());
      const sep = await spentTotal(`period: MONTHS_AGO, months: ${back + 1}`);
      const gap = (BigInt(oct) - BigInt(sep)).toString();
      const en = await ask('why was october higher than september');
      expect(en.topic?.intent).toBe('SPENDING');
      expect(firstSentence(en.text)).toBe(
        `Your card spending in October is ${formatWon(oct, 'en')}: ${formatWon(gap, 'en')} more than in September (${formatWon(sep, 'en')}).`,
      );
      const ko = await ask('10월이 9월보다 왜 많아요?');
      expect(ko.topic?.intent).toBe('SPENDING');
      expect(firstSentence(ko.text)).toBe(
        `10월 카드 지출은 ${formatWon(oct, 'ko')}으로, 9월 ${formatWon(sep, 'ko')}보다 ${formatWon(gap, 'ko')} 많습니다.`,
      );
      for (const a of [en, ko]) expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"how much do i owe on my card loan" → no card loan on record first, then the debts they do owe', async () => {
      const res = await t.request<{
        me: { customer: { loans: { kind: string; status: string; balance: { amount: string } }[] } };
      }>('{ me { customer { loans { kind status balance { amount } } } } }', {}, token);
      expect(res.errors).toBeUndefined();
      const active = res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
      const principal = active.reduce((a, l) => a + BigInt(l.balance.amount), 0n);
      expect(active.some((l) => l.kind === 'CARD_LOAN')).toBe(false);
      const a = await ask('how much do i owe on my card loan');
      expect(a.topic?.intent).toBe('LOANS_OVERVIEW');
      expect(firstSentence(a.text)).toBe('You have no card loan on record; here is what you do owe.');
      expect(a.text.split('\n')[1]).toContain(`${formatWon(principal.toString(), 'en')} of loan principal`);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"do i have any revolving credit" / "am i using cash advance?" / "리볼빙 쓰고 있어요?" → none on their card records (the last 12 months), then what it is', async () => {
      const year = await summary('period: LAST_N_MONTHS, months: 12');
      const count = `${year.purchaseCount}`;
      for (const [q, lead] of [
        ['do i have any revolving credit', 'No — no revolving appears on your card records'],
        ['am i using cash advance?', 'No — no cash advance appears on your card records'],
        ['리볼빙 쓰고 있어요?', '아니요, 고객님 카드 기록에는 리볼빙이 없습니다'],
      ] as const) {
        const a = await ask(q);
        expect(a.topic?.intent).toBe('PRODUCT_QUESTION');
        expect(a.text.startsWith(lead)).toBe(true);
        expect(a.text.split('\n')[0]).toContain(
          formatWon(year.total.amount, q.startsWith('리') ? 'ko' : 'en'),
        );
        expect(a.text.split('\n')[0]).toContain(count);
        expect(a.text.split('\n').length).toBeGreaterThan(1);
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('"my mom is in hospital, can i afford to help?" → what this month allows (not the loan\'s next payment); "+what if it\'s like 2 million" weighs that sum', async () => {
      const { income, debt } = await monthlySurplus();
      const a = await ask('my mom is in hospital, can i afford to help?');
      expect(a.topic?.intent).toBe('SAVINGS');
      expect(a.text.split('\n')[0]).toContain(`your monthly income of ${formatWon(income.toString(), 'en')}`);
      expect(a.text.split('\n')[0]).toContain(formatWon(debt.toString(), 'en'));
      expect(a.text).not.toContain('Next steps');
      const b = await ask("what if it's like 2 million", a.conversationId);
      expect(b.topic?.intent).toBe('SAVINGS');
      expect(b.text).toContain('₩2,000,000');
      expect(b.text.split('\n')[0]).toContain(`your monthly income of ${formatWon(income.toString(), 'en')}`);
      for (const x of [a, b]) expect(renderingErrors(x.text)).toEqual([]);
    });
  });

  describe('QA round 27 (lead, late): why the product just recommended, the life stage', () => {
    it('"what life stage am i in", "내 생애 단계가 뭐예요?" → the stage customer.lifeStage holds, in words (was small talk)', async () => {
      const res = await t.request<{
        me: { customer: { lifeStage: { stage: string; quarter: string } | null } };
      }>('{ me { customer { lifeStage { stage quarter } } } }', {}, token);
      expect(res.errors).toBeUndefined();
      const ls = res.data!.me.customer.lifeStage!;
      const en = await ask('what life stage am i in');
      const ko = await ask('내 생애 단계가 뭐예요?');
      for (const a of [en, ko]) {
        expect(a.topic?.intent).toBe('HEALTH_SCORE');
        expect(renderingErrors(a.text)).toEqual([]);
      }
      expect(firstSentence(en.text)).toContain(
        `you look like the "${phrase('lifeStage', ls.stage, 'en')}" life stage`,
      );
      expect(firstSentence(ko.text)).toContain(`'${phrase('lifeStage', ls.stage, 'ko')}' 단계`);
    });

    it('"any products for me" → "why that one" → the recommended product’s own reasons (the API’s), first', async () => {
      const res = await t.request<{ me: { customer: { recommendations: { name: string }[] } } }>(
        '{ me { customer { recommendations { name } } } }',
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      const top = res.data!.me.customer.recommendations[0];
      const first = await ask('any products for me');
      const why = await ask('why that one', first.conversationId);
      expect(why.topic?.intent).toBe('PRODUCT_QUESTION');
      expect(firstSentence(why.text)).toContain(`the ${top.name}`);
      // The reasons are the ones the first answer gave in brackets, now said first.
      const given = /\(Why: (.+?)\.\)/.exec(first.text);
      if (given)
        expect(firstSentence(why.text)).toBe(
          `I suggested the ${top.name} because of your own figures: ${given[1]}.`,
        );
      else expect(firstSentence(why.text)).toMatch(/^Nothing in your figures singled out/);
      expect(renderingErrors(why.text)).toEqual([]);
    });
  });

  describe('QA round 28 (lead): "그날 주말이에요?" after the next payment', () => {
    it.each([
      ['ko', '다음 납입일이 언제고 얼마예요?', '그날 주말이에요?'],
      ['en', 'when is my next payment', 'is that a weekend?'],
    ] as const)('%s: yes or no about the due date first, the weekday named', async (lang, first, then) => {
      const n = nextDue().nextPayment!;
      const a = await ask(first);
      const b = await ask(then, a.conversationId);
      expect(b.topic?.intent).toBe('NEXT_PAYMENT');
      const wd = new Date(`${n.dueDate}T00:00:00Z`).getUTCDay();
      const off = wd === 0 || wd === 6 || KOREAN_PUBLIC_HOLIDAYS.includes(n.dueDate);
      const lead = firstSentence(b.text);
      if (lang === 'ko') {
        expect(lead).toMatch(off ? /^네, / : /^아니요, /);
        if (!KOREAN_PUBLIC_HOLIDAYS.includes(n.dueDate))
          expect(lead).toContain(`${'일월화수목금토'[wd]}요일`);
        expect(lead).toContain(`${Number(n.dueDate.slice(5, 7))}월 ${Number(n.dueDate.slice(8, 10))}일`);
      } else {
        expect(lead).toMatch(off ? /^Yes: / : /^No: /);
        expect(lead).toContain(formatDate(n.dueDate, 'en', today()));
      }
      expect(lead).toContain(formatWon(n.payment.amount, lang));
      if (off) expect(lead).toContain(formatDate(owed(n.dueDate), lang, today()));
      expect(renderingErrors(b.text)).toEqual([]);
    });
  });

  describe('QA round 28 (lead): a cut of the largest category follows the period it was asked for', () => {
    it.each([
      ['ko', '지난달에 뭐에 제일 많이 썼어요?', '그거 줄이려면 어떻게 해요?'],
      ['en', 'what did i spend the most on last month', 'how do i cut that down'],
    ] as const)('%s: last month’s largest category, not this month’s', async (lang, first, then) => {
      const last = await summary('period: LAST_MONTH');
      const top = [...last.byCategory].sort((a, b) => new Decimal(b.amount.amount).cmp(a.amount.amount))[0];
      const a = await ask(first);
      const b = await ask(then, a.conversationId);
      expect(b.topic?.intent).toBe('SPENDING');
      expect(firstSentence(b.text)).toContain(phrase('category', top.category.code, lang));
      expect(renderingErrors(b.text)).toEqual([]);
    });
  });

  describe('QA round 28 (lead): which to pay first after a hardship answer', () => {
    it.each([
      ['ko', '월급이 밀려서 이번 달 카드값이랑 대출 둘 다 못 낼 것 같아요', '뭐부터 내야 돼요?'],
      ['en', "i can't pay my card bill and my loan this month", 'which one do i pay first?'],
    ] as const)(
      '%s: the card bill before the loan, both figures and the loan’s penalty rate',
      async (lang, first, then) => {
        const bill = (await cardBillOf(`${today().slice(0, 7)}-01`)).bill;
        const n = nextDue();
        const a = await ask(first);
        const b = await ask(then, a.conversationId);
        expect(b.topic?.intent).toBe('HARDSHIP');
        const lead = firstSentence(b.text);
        expect(lead).toMatch(
          lang === 'ko'
            ? /^둘 다 한 번에 내기 어렵다면 보통 카드값부터/
            : /^If you can’t pay both in full, the card bill usually comes first/,
        );
        expect(lead).toContain(formatWon(bill.toString(), lang));
        expect(lead).toContain(formatWon(n.nextPayment!.payment.amount, lang));
        expect(lead).toContain(formatDate(n.nextPayment!.dueDate, lang, today()));
        expect(renderingErrors(b.text)).toEqual([]);
      },
    );
  });

  describe('QA round 28 (lead): afraid to look at the money', () => {
    it.each([
      ['ko', '요즘 돈 쓰는 게 무서워요'],
      ['en', "i'm scared to look at my bank account"],
    ] as const)(
      '%s: where they stand, with their score, first (was a forecast or small talk)',
      async (lang, text) => {
        const { score } = await healthScoreOf();
        const a = await ask(text);
        expect(a.topic?.intent).toBe('HEALTH_SCORE');
        expect(firstSentence(a.text)).toContain(lang === 'ko' ? `${score}점` : `${score} out of 100`);
        expect(renderingErrors(a.text)).toEqual([]);
      },
    );
  });

  describe('QA round 28 (lead): the credit score weighed for a loan', () => {
    it.each([
      ['en', 'is my credit score good enough for a mortgage'],
      ['ko', '제 신용점수면 주담대 충분해요?'],
    ] as const)('%s: the mortgage limit first, then the score on file weighed for it', async (lang, text) => {
      const score = await creditScore();
      const a = await ask(text);
      expect(a.topic?.intent).toBe('LOAN_LIMIT');
      expect(firstSentence(a.text)).toMatch(lang === 'ko' ? /주택담보대출은 최대 [\d,]+원/ : /as a mortgage/);
      expect(a.text.split('\n')[1]).toContain(
        lang === 'ko' ? `신용점수 ${score}점은` : `credit score of ${score}`,
      );
      expect(renderingErrors(a.text)).toEqual([]);
    });
  });

  describe('QA round 28 (lead): what is left this month', () => {
    it("\"what's left for the rest of the month\" after this month's spending is the month's money left (was a forecast)", async () => {
      const a = await ask('this month how much have i spent so far');
      const b = await ask("what's left for the rest of the month", a.conversationId);
      expect(b.topic?.intent).toBe('SAVINGS');
      expect(renderingErrors(b.text)).toEqual([]);
    });
  });

  describe('QA round 28 (lead): "평균은요?" after a month; fixed after a rate outlook', () => {
    it.each([
      ['ko', '식비 지난달에 얼마 썼어요?', '평균은요?'],
      ['en', 'how much did i spend on food last month', 'and on average?'],
    ] as const)(
      '%s: the usual month’s average (the last three complete months ÷ 3), not that month again',
      async (lang, first, then) => {
        const total = BigInt((await summary(completeMonths(', category: "FOOD"'))).total.amount);
        const average = ((total * 2n + 3n) / 6n).toString();
        const a = await ask(first);
        const b = await ask(then, a.conversationId);
        expect(b.topic?.intent).toBe('SPENDING');
        expect(firstSentence(b.text)).toContain(formatWon(average, lang));
        expect(renderingErrors(b.text)).toEqual([]);
      },
    );
    it.each([
      ['ko', '기준금리 내년에 내려갈까요?', '그럼 지금 고정으로 바꾸는 게 나아요?', '변동금리'],
      ['en', 'will rates go down next year', 'should i switch to fixed then?', 'variable rate'],
    ] as const)(
      '%s: fixed against variable for their own loan (was the outlook again)',
      async (lang, first, then, type) => {
        const a = await ask(first);
        const b = await ask(then, a.conversationId);
        expect(b.topic?.intent).toBe('REFINANCE');
        expect(firstSentence(b.text)).toContain(type);
        expect(renderingErrors(b.text)).toEqual([]);
      },
    );
  });

  describe('QA round 28 (lead): which lender to switch to', () => {
    it.each([
      ['ko', '대출 갈아타면 얼마 아껴요?', '그럼 어디로 갈아타요?'],
      ['en', 'how much would i save by refinancing', 'which bank should i switch to?'],
    ] as const)(
      '%s: the best switch’s lender and saving first (was the whole comparison again)',
      async (lang, first, then) => {
        const jeonse = await activeJeonse<{
          refinanceOffers: {
            offers: { product: { lender: string }; switchLender: { monthlySaving: { amount: string } } }[];
          };
        }>('refinanceOffers { offers { product { lender } switchLender { monthlySaving { amount } } } }');
        const a = await ask(first);
        const b = await ask(then, a.conversationId);
        expect(b.topic?.intent).toBe('REFINANCE');
        const lead = firstSentence(b.text);
        const named = jeonse.refinanceOffers.offers.filter((o) =>
          lead.includes(formatWon(o.switchLender.monthlySaving.amount, lang)),
        );
        expect(named.length).toBeGreaterThan(0);
        if (lang === 'ko') expect(named.some((o) => lead.includes(o.product.lender))).toBe(true);
        else expect(lead).toMatch(/^Moving your .+ to /);
        expect(renderingErrors(b.text)).toEqual([]);
      },
    );
  });

  describe('QA round 28 (ko28): a worried Korean customer', () => {
    const ko = (v: bigint | string | Decimal) => formatWon(v.toString(), 'ko');

    it('"프리랜서라 수입이 들쭉날쭉해서 대출 갚는 게 걱정돼요" → the month’s loan payments first, what a month leaves as months of them, a buffer and the ways to even it out', async () => {
      const { debt } = await monthlySurplus();
      const a = await ask('프리랜서라 수입이 들쭉날쭉해서 대출 갚는 게 걱정돼요');
      expect(a.topic?.intent).toBe('HARDSHIP');
      expect(firstSentence(a.text)).toMatch(/^수입이 들쭉날쭉해도 매달 꼭 내야 하는 대출 납입은 /);
      expect(firstSentence(a.text)).toContain(`월 ${ko(debt)}`);
      expect(firstSentence(a.text)).toContain(formatDate(nextDue().nextPayment!.dueDate, 'ko', today()));
      expect(a.text).toMatch(/개월치/);
      expect(a.text).toContain(`대출 납입 3개월치 ${ko(debt * 3n)}`);
      expect(a.text).toMatch(/자동이체일/);
      expect(a.text).toMatch(/수입이 많은 달에는 다음 달 납입액을/);
      expect(a.text).not.toMatch(/중도상환하면 월 납입액이/);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"아니 kcb 점수요" after a score → the credit score on file said as not split by bureau, and where to see KCB’s (was the health score again)', async () => {
      const score = await creditScore();
      const first = await ask('내 점수 몇 점이에요?');
      const kcb = await ask('아니 kcb 점수요', first.conversationId);
      const credit = await ask('신용점수 얼마나 돼요');
      const notNice = await ask('나이스 말고 kcb요', credit.conversationId);
      for (const a of [kcb, notNice]) {
        expect(a.topic?.intent).toBe('HEALTH_SCORE');
        expect(firstSentence(a.text)).toMatch(/^KCB 점수가 따로 들어와 있지는 않습니다/);
        expect(firstSentence(a.text)).toContain(`${score}점`);
        expect(a.text).toMatch(/올크레딧/);
        expect(a.text).not.toMatch(/금융 건강 점수는 100점 만점에/);
        expect(renderingErrors(a.text)).toEqual([]);
      }
    });

    it('"연말정산 신용카드랑 체크카드중에 뭐가 나아?" → the comparison first with this year’s card spending against 25 % of pay, never "네,"', async () => {
      const year = await spentTotal('period: THIS_YEAR');
      const a = await ask('연말정산 신용카드랑 체크카드중에 뭐가 나아?');
      expect(a.topic?.intent).toBe('PRODUCT_QUESTION');
      const lead = firstSentence(a.text);
      expect(lead).not.toMatch(/^네/);
      expect(lead).toMatch(/^공제만 보면 체크카드가 낫습니다: 공제율이 체크카드 30%, 신용카드 15%로 두 배/);
      expect(lead).toContain('총급여의 25%');
      expect(lead).toContain(`올해 카드 사용액 ${ko(year)}`);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"카드값 때문에 너무 답답해요" reads FRUSTRATED (was SAD)', async () => {
      const a = await ask('카드값 때문에 너무 답답해요');
      expect(a.emotion?.label).toBe('FRUSTRATED');
    });

    it('"어디서 줄여야 돼요?" and then "+저축은 얼마나 할 수 있어요?" read the same months and the same monthly card spending', async () => {
      const { amount } = await monthlyCard();
      const months = completeMonthsPhrase('ko');
      const cut = await ask('어디서 줄여야 돼요?');
      const save = await ask('저축은 얼마나 할 수 있어요?', cut.conversationId);
      expect(cut.topic?.intent).toBe('SPENDING');
      expect(save.topic?.intent).toBe('SAVINGS');
      expect(firstSentence(cut.text)).toContain(`${months} 카드 지출은 한 달 평균 약 ${ko(amount)}`);
      expect(save.text).toContain(`카드 지출 월 ${ko(amount)}`);
      expect(save.text).toContain(months);
      for (const x of [cut, save]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"동생이 300만원 빌려달라는데 빌려줘도 될까요" → the month weighed with that sum lent (was a loan limit), how to lend; "+100만원이면요?" the same', async () => {
      const { income } = await monthlySurplus();
      const a = await ask('동생이 300만원 빌려달라는데 빌려줘도 될까요');
      const b = await ask('100만원이면요?', a.conversationId);
      for (const [x, sum] of [
        [a, '3000000'],
        [b, '1000000'],
      ] as const) {
        expect(x.topic?.intent).toBe('SAVINGS');
        expect(firstSentence(x.text)).toContain(ko(sum));
        expect(firstSentence(x.text)).toMatch(/빌려주/);
        expect(firstSentence(x.text)).toContain(ko(income));
        expect(x.text).toMatch(/차용증/);
        expect(x.text).not.toMatch(/한도|DSR/);
        expect(renderingErrors(x.text)).toEqual([]);
      }
    });

    it('"+월급날까지 버틸 수 있을까요" after the month’s money → the month’s money again (was the hardship ladder); "+다음 달엔 얼마 나와요?" after the card bill → next month’s bill (was the loan’s payment)', async () => {
      const { income } = await monthlySurplus();
      const left = await ask('이번 달 생활비 얼마 남았어요?');
      const payday = await ask('월급날까지 버틸 수 있을까요', left.conversationId);
      expect(payday.topic?.intent).toBe('SAVINGS');
      expect(firstSentence(payday.text)).toContain(ko(income));
      expect(payday.text).not.toMatch(/개인워크아웃/);
      const bill = await ask('이번 달 카드값 너무 많이 나왔어요');
      const next = await ask('다음 달엔 얼마 나와요?', bill.conversationId);
      expect(next.topic?.intent).toBe('SPENDING');
      expect(firstSentence(next.text)).toMatch(/^다음 달에 청구될 카드값은/);
      for (const x of [payday, next]) expect(renderingErrors(x.text)).toEqual([]);
    });

    it('"이번 달 생활비 너무 부족해요", "카드값이 월급보다 많이 나와요 어떡해요" → the month’s money against the income (was this month’s card spending against last month’s)', async () => {
      const { income } = await monthlySurplus();
      const short = await ask('이번 달 생활비 너무 부족해요');
      const over = await ask('카드값이 월급보다 많이 나와요 어떡해요');
      for (const a of [short, over]) {
        expect(a.topic?.intent).toBe('SAVINGS');
        expect(firstSentence(a.text)).toContain(`월 소득 ${ko(income)}`);
        expect(renderingErrors(a.text)).toEqual([]);
      }
      expect(over.emotion?.label).toBe('ANXIOUS');
    });

    it('"보험 해지하면 돈이 좀 생길까요" → the insurance premiums on their cards over 12 months first, what cancelling returns and costs, ways to keep the cover (was the hardship ladder)', async () => {
      const paid = await spentTotal('period: LAST_N_MONTHS, months: 12, category: "INSURANCE"');
      const a = await ask('보험 해지하면 돈이 좀 생길까요');
      expect(a.topic?.intent).toBe('SPENDING');
      if (new Decimal(paid).gt(0))
        expect(firstSentence(a.text)).toContain(`카드로 내시는 보험료는 최근 12개월 ${ko(paid)}`);
      else expect(firstSentence(a.text)).toMatch(/^고객님 카드에는 최근 12개월 보험료 결제가 없어/);
      expect(firstSentence(a.text)).toMatch(/해지환급금/);
      expect(a.text).toMatch(/보험계약대출/);
      expect(a.text).not.toMatch(/개인워크아웃/);
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"+만기 되면 어떻게 해야 돼요?" after the maturity date → where the sum due then comes from (was the date again)', async () => {
      const res = await t.request<{
        me: {
          customer: {
            loans: { status: string; kind: string; maturityOn: string; balance: { amount: string } }[];
          };
        };
      }>('{ me { customer { loans { status kind maturityOn balance { amount } } } } }', {}, token);
      expect(res.errors).toBeUndefined();
      const l = res
        .data!.me.customer.loans.filter((x) => x.status === 'ACTIVE')
        .sort((a, b) => a.maturityOn.localeCompare(b.maturityOn))[0];
      const when = await ask('대출 만기가 언제예요?');
      const what = await ask('만기 되면 어떻게 해야 돼요?', when.conversationId);
      expect(what.topic?.intent).toBe('LOAN_BALANCE');
      expect(what.text).not.toBe(when.text);
      if (l.kind === 'JEONSE') {
        expect(firstSentence(what.text)).toContain(ko(l.balance.amount));
        expect(firstSentence(what.text)).toMatch(/전세보증금으로 갚습니다/);
      }
      expect(renderingErrors(what.text)).toEqual([]);
    });
  });

  describe('QA round 28 (lead): whether arrears stay on the record', () => {
    it.each([
      ['ko', '연체 기록 남아요?', /^10만원 이상을 5영업일 이상 연체하면 신용평가회사\(NICE·KCB\)에/],
      [
        'en',
        'if i pay late will it go on my record?',
        /^Arrears of ₩100,000 or more for 5 business days or more are shared with the credit bureaus/,
      ],
    ] as const)(
      '%s: what reaches the credit bureaus first (was the arrears answer again)',
      async (lang, then, lead) => {
        const a = lang === 'ko' ? await ask('대출 이자 못 내면 어떻게 돼요') : null;
        const b = await ask(then, a?.conversationId);
        expect(b.topic?.intent).toBe('ARREARS');
        expect(firstSentence(b.text)).toMatch(lead);
        expect(renderingErrors(b.text)).toEqual([]);
      },
    );
  });

  describe('QA round 28 (en28): a worried customer — death and takeover, limit what-ifs, the landlord, lowering the DSR, two months, the biggest, a year judged', () => {
    /** The active loans' balances and ids, read as a client would. */
    async function activeBalances() {
      const res = await t.request<{
        me: {
          customer: { loans: { id: string; kind: string; status: string; balance: { amount: string } }[] };
        };
      }>('{ me { customer { loans { id kind status balance { amount } } } } }', {}, token);
      expect(res.errors).toBeUndefined();
      return res.data!.me.customer.loans.filter((l) => l.status === 'ACTIVE');
    }
    /** A bank's limit for a kind, with the scenarios given, read as a client would. */
    async function limitWith(kind: keyof typeof ASSUMED_NEW_LOANS, scenarios: Record<string, unknown>[]) {
      const sim = await t.request<{
        simulateLoanLimit: {
          maxLoan: { amount: string };
          scenarios: { key: string; maxLoan: { amount: string }; dsrBefore: string }[];
        };
      }>(
        `query ($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) {
           ... on LoanLimitSimulation { maxLoan { amount } scenarios { key maxLoan { amount } dsrBefore } } } }`,
        { input: { lenderType: 'BANK', newLoan: ASSUMED_NEW_LOANS[kind], scenarios } },
        token,
      );
      expect(sim.errors).toBeUndefined();
      return sim.data!.simulateLoanLimit;
    }
    /** The spendingSummary period of the latest such month. */
    const monthArgs = (month: number) => {
      const back = (Number(today().slice(5, 7)) - month + 12) % 12;
      return back === 0
        ? 'period: THIS_MONTH'
        : back === 1
          ? 'period: LAST_MONTH'
          : `period: MONTHS_AGO, months: ${back}`;
    };

    it('"what happens to my loan if i die" → the debt passes to the heirs (renounce or limited acceptance within 3 months), with the balance; "can my wife take over my loan" → only by the lender\'s approved assumption', async () => {
      const loans = await activeBalances();
      const total = loans.reduce((a, l) => a.plus(l.balance.amount), new Decimal(0)).toFixed(0);
      const die = await ask('what happens to my loan if i die');
      expect(die.topic?.intent).toBe('LOANS_OVERVIEW');
      expect(firstSentence(die.text)).toContain(formatWon(total, 'en'));
      expect(firstSentence(die.text)).toContain('passes to your heirs');
      expect(die.text).toContain('한정승인');
      expect(die.text).toContain('within 3 months');
      expect(die.text).toContain('credit life insurance');
      const wife = await ask('can my wife take over my loan', die.conversationId);
      expect(wife.topic?.intent).toBe('LOANS_OVERVIEW');
      expect(firstSentence(wife.text)).toMatch(/^Not by herself/);
      expect(firstSentence(wife.text)).toContain(formatWon(total, 'en'));
      expect(wife.text).toContain('채무인수');
      const ko = await ask('제가 죽으면 대출은 어떻게 돼요?');
      expect(firstSentence(ko.text)).toContain('상속');
      for (const x of [die, wife, ko]) {
        expect(x.text).not.toContain('You have 1 loan');
        expect(renderingErrors(x.text)).toEqual([]);
      }
    });

    it("\"what if my salary goes up 10%\" after a car loan's limit → the car loan's limit on the raised income (was a credit loan's)", async () => {
      const car = await limitWith('AUTO', [{ id: 'INCOME', incomeChangeRatio: '0.10' }]);
      const a = await ask('how much can i borrow for a car');
      const b = await ask('what if my salary goes up 10%', a.conversationId);
      expect(b.topic?.intent).toBe('LOAN_LIMIT');
      expect(firstSentence(b.text)).toContain(
        `your car loan limit goes from ${formatWon(car.maxLoan.amount, 'en')} to ${formatWon(car.scenarios[0].maxLoan.amount, 'en')}`,
      );
      expect(b.text).not.toContain('credit loan');
      expect(renderingErrors(b.text)).toEqual([]);
    });

    it('"and if i pay off the jeonse loan first" after a limit → the limit with that loan out of the DSR (was a payoff quote)', async () => {
      const jeonse = (await activeBalances()).find((l) => l.kind === 'JEONSE');
      if (!jeonse) return;
      const sim = await limitWith('CREDIT', [{ id: 'REPAID', loanRepayments: [{ loanId: jeonse.id }] }]);
      const a = await ask('how much can i borrow');
      const b = await ask('and if i pay off the jeonse loan first', a.conversationId);
      expect(b.topic?.intent).toBe('LOAN_LIMIT');
      const lead = firstSentence(b.text);
      expect(lead).toMatch(/^If you first paid off your /);
      expect(lead).toContain(
        `your credit loan limit would go from ${formatWon(sim.maxLoan.amount, 'en')} to ${formatWon(sim.scenarios[0].maxLoan.amount, 'en')}`,
      );
      expect(lead).toContain(formatPercent(sim.scenarios[0].dsrBefore));
      expect(b.text).not.toContain('takes ₩');
      expect(renderingErrors(b.text)).toEqual([]);
    });

    it('"my landlord wants to raise the deposit by 20 million" → the jeonse loan\'s top-up for the rise (was a savings goal)', async () => {
      const jeonse = (await activeBalances()).find((l) => l.kind === 'JEONSE');
      if (!jeonse) return;
      const a = await ask('my landlord wants to raise the deposit by 20 million');
      expect(a.topic?.intent).toBe('LOAN_LIMIT');
      const lead = firstSentence(a.text);
      expect(lead).toContain('₩20,000,000 rise in your deposit');
      expect(lead).toContain('전세자금대출 증액');
      expect(lead).toContain(formatWon(new Decimal(20_000_000).mul(JEONSE_DEPOSIT_SHARE).toFixed(0), 'en'));
      expect(lead).toContain(formatWon(jeonse.balance.amount, 'en'));
      expect(a.text).not.toContain('cannot save');
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"how do i lower it" after the DSR → the DSR\'s levers with its own figures (was spending cuts)', async () => {
      const { dsrBefore } = await bankDsr();
      const a = await ask("what's my dsr");
      const b = await ask('how do i lower it', a.conversationId);
      expect(b.topic?.intent).toBe('PRODUCT_QUESTION');
      expect(firstSentence(b.text)).toContain(`your DSR of ${formatPercent(dsrBefore!)}`);
      expect(b.text).toContain('Repay principal');
      expect(b.text).toContain('A longer term');
      expect(b.text).not.toContain('Where to start');
      expect(renderingErrors(b.text)).toEqual([]);
    });

    it('"why was october higher than august" → October against August, by name (was against September)', async () => {
      const [oct, aug] = [await spentTotal(monthArgs(10)), await spentTotal(monthArgs(8))];
      const a = await ask('why was october higher than august');
      expect(a.topic?.intent).toBe('SPENDING');
      const lead = firstSentence(a.text);
      expect(lead).toContain(formatWon(oct, 'en'));
      expect(lead).toContain(`than in August (${formatWon(aug, 'en')})`);
      expect(lead).not.toContain('September');
      expect(renderingErrors(a.text)).toEqual([]);
    });

    it('"which one is the biggest" after the schedule and after the instalment fees → the largest of that list, first', async () => {
      const a = await ask('show me the equal instalment schedule for my loan');
      const b = await ask('which one is the biggest', a.conversationId);
      expect(b.topic?.intent).toBe('REPAYMENT_SCHEDULE');
      const shown = [...a.text.matchAll(/^\d\) .+? (₩[\d,]+) \(principal/gm)].map((m) => m[1]);
      const amounts = shown.map((x) => Number(x.replace(/[₩,]/g, '')));
      const max = formatWon(String(Math.max(...amounts)), 'en');
      expect(firstSentence(b.text)).toContain(max);
      expect(firstSentence(b.text)).toMatch(/^(None is bigger|The biggest is)/);
      const c = await ask('how much are my instalment fees');
      const d = await ask('which one is the biggest', c.conversationId);
      expect(d.topic?.intent).toBe('CARD_TRANSACTIONS');
      expect(firstSentence(d.text)).toMatch(/the biggest is your “.+” purchase of ₩[\d,]+ over \d+ months/);
      for (const x of [b, d]) {
        expect(x.text).not.toContain('You spent the most');
        expect(renderingErrors(x.text)).toEqual([]);
      }
    });

    it('"is that a lot" after a year at coffee shops → that figure against the year\'s whole card spending (was against last year)', async () => {
      const [coffee, whole] = [
        await spentTotal('period: THIS_YEAR, merchant: "카페"'),
        await spentTotal('period: THIS_YEAR'),
      ];
      const a = await ask('how much did i spend on coffee this year');
      const b = await ask('is that a lot', a.conversationId);
      expect(b.topic?.intent).toBe('SPENDING');
      const lead = firstSentence(b.text);
      expect(lead).toContain(formatWon(coffee, 'en'));
      if (new Decimal(whole).gt(0)) {
        expect(lead).toContain(`of your ${formatWon(whole, 'en')} of card spending in the same period`);
        expect(lead).toContain(formatPercent(new Decimal(coffee).div(whole).toNumber()));
      }
      expect(b.text).not.toContain('last year');
      expect(renderingErrors(b.text)).toEqual([]);
    });

    it('"+what if it\'s like 2 million" after the hospital spending weighs that bill on the month; "+no i meant the credit card one" after the tax deduction is the card deduction', async () => {
      const a = await ask('how much was my hospital bill');
      const b = await ask("what if it's like 2 million", a.conversationId);
      expect(b.topic?.intent).toBe('SAVINGS');
      expect(firstSentence(b.text)).toContain('₩2,000,000');
      const c = await ask('how much tax deduction do i get');
      const d = await ask('no i meant the credit card one', c.conversationId);
      expect(d.topic?.intent).toBe('PRODUCT_QUESTION');
      expect(firstSentence(d.text)).toContain(formatWon(await spentTotal('period: THIS_YEAR'), 'en'));
      expect(d.text).not.toContain('look unusual');
      for (const x of [b, d]) expect(renderingErrors(x.text)).toEqual([]);
    });
    it('"can i afford a new tv" and "+hmm and my tv?" after a purchase → this month\'s room, its price asked (were the hardship options and small talk)', async () => {
      const a = await ask('can i afford a new tv');
      const b = await ask('can i afford a new laptop for 2 million');
      const c = await ask('hmm and my tv?', b.conversationId);
      for (const x of [a, c]) {
        expect(x.topic?.intent).toBe('SAVINGS');
        expect(x.text).toContain('Tell me its price');
        expect(x.text).not.toContain('small talk');
        expect(renderingErrors(x.text)).toEqual([]);
      }
    });
    it('"how much do i spend on cafes in a year" → the last 12 months at coffee shops; "+is that a lot" judges that figure', async () => {
      const [coffee, whole] = [
        await spentTotal('period: LAST_N_MONTHS, months: 12, merchant: "카페"'),
        await spentTotal('period: LAST_N_MONTHS, months: 12'),
      ];
      const a = await ask('how much do i spend on cafes in a year');
      expect(firstSentence(a.text)).toContain(formatWon(coffee, 'en'));
      const b = await ask('is that a lot', a.conversationId);
      expect(firstSentence(b.text)).toContain(formatWon(coffee, 'en'));
      if (new Decimal(whole).gt(0)) expect(firstSentence(b.text)).toContain(formatWon(whole, 'en'));
      expect(b.text).not.toContain('last month');
      for (const x of [a, b]) expect(renderingErrors(x.text)).toEqual([]);
    });
  });

  describe('QA round 28 (lead): the interest paid since the loans began', () => {
    it.each([
      ['ko', ['지금까지 낸 이자 총 얼마예요?'], '대출을 받으신 뒤 지금까지 내신 대출 이자는 모두 '],
      [
        'en',
        ['how much interest have i paid this year', 'and in total since i took the loan?'],
        'Since your loans began you have paid ',
      ],
    ] as const)(
      '%s: every repayment’s interest, from repaymentHistory, first (was this year’s)',
      async (lang, texts, lead) => {
        const res = await t.request<{
          me: { customer: { loans: { repaymentHistory: { interest: { amount: string } }[] }[] } };
        }>('{ me { customer { loans { repaymentHistory { interest { amount } } } } } }', {}, token);
        const total = res
          .data!.me.customer.loans.flatMap((l) => l.repaymentHistory)
          .reduce((a, p) => a + BigInt(p.interest.amount), 0n);
        let conversationId: string | undefined;
        let last: Awaited<ReturnType<typeof ask>> | undefined;
        for (const text of texts) {
          last = await ask(text, conversationId);
          conversationId = last.conversationId;
        }
        expect(last!.topic?.intent).toBe('LOAN_BALANCE');
        expect(firstSentence(last!.text)).toContain(lead);
        expect(firstSentence(last!.text)).toContain(formatWon(total.toString(), lang));
        expect(renderingErrors(last!.text)).toEqual([]);
      },
    );
  });
});
