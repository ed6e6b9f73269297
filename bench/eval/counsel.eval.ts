import Decimal from 'decimal.js';
import {
  devQuestions,
  evaluateIntents,
  MERCHANTS,
  understandMessage,
  type CounselSlots,
  type LabelledQuestion,
  type PeriodSlot,
} from '../../src/modules/topics';
import { formatAnnualRate, formatDate, formatWon, type Lang } from '../../src/common/text/render';
import { formatPercent } from '../../src/modules/chat/counsel/format';
import { koreanDate } from '../../src/common/dates';
import { assumedLoanOf, duplicatePairs, EXAMPLE_PREPAYMENT } from '../../src/modules/chat/counsel/tools';
import { renderingErrors, type RenderingError } from '../../src/modules/chat/counsel/render';
import { forecastReach } from '../../src/modules/chat/counsel/forecast-reach';
import { createCleanups, runBenchMain, startBenchApp } from '../lib/bench-app';
import { loginDemo, postGraphQL, round, updateReadmeSection, writeResults } from '../lib/harness';

// `npm run eval:counsel`: the counsellor measured the way a customer meets it. On a fresh database with the demo
// portfolio (PostgreSQL at BENCH_DATABASE_URL, Redis at BENCH_REDIS_URL), every dev question (never trained on;
// src/modules/topics/understanding/data/dev.ts) is
//   1. understood — intent accuracy and slot F1 per language (evaluateIntents), and
//   2. asked over GraphQL as customer@fingraph.dev (offline counsellor), each in a fresh conversation; the answer
//      counts as answered when it contains the figure that answers the question, which this script reads from the
//      GraphQL API for that customer using the question's gold slots (never from the counsellor's own data), and
//      its text passes the rendering checks (particles, no internal identifiers).
// Staff-only and small-talk questions (IMPORT_FAQ, GENERAL_CHAT) are understood but not asked. Last line: JSON.

const env = (name: string, fallback: string) => process.env[name] ?? fallback;
const ADMIN_URL = env('BENCH_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres');
const REDIS_URL = env('BENCH_REDIS_URL', 'redis://127.0.0.1:6379');
const log = (m: string) => process.stderr.write(`[eval:counsel] ${m}\n`);

type Money = { amount: string };
interface DocumentRef {
  uploadedAt: string;
  quality: { confidence: number; ko: string; en: string } | null;
}
interface LoanRef {
  id: string;
  loanNumber: string;
  kind: string;
  lender: string;
  status: string;
  balance: Money;
  annualRate: string;
  rateType: string;
  nextPayment: { dueDate: string; payment: Money } | null;
  maturityOn: string;
  repaymentHistory: { paidOn: string; amount: Money }[];
}

const REFERENCE = `query Reference {
  me { customer {
    id
    loans { id loanNumber kind lender status balance { amount } annualRate rateType maturityOn nextPayment { dueDate payment { amount } }
      repaymentHistory { paidOn amount { amount } } }
    delinquencySummary { totalOverdue { amount } }
    healthScore { score }
    creditScore
    anomalies(flaggedOnly: true, first: 5) { flaggedCount }
    quarterlySpending(last: 4) { quarter complete total { amount } income { amount } }
    cards { transactions(first: 100) { edges { node { amount { amount } locality merchantName occurredAt kind instalmentMonths } } } }
  } }
}`;

const SEND = `mutation Send($text: String!) { sendChatMessage(input: { text: $text }) {
  __typename ... on SendChatMessagePayload { assistantMessage { id } } ... on ChatLimitError { message } } }`;
const READ = `query Read($id: ID!) { chatMessage(id: $id) { status text topic { intent } } }`;

async function main(): Promise<number> {
  const cleanups = createCleanups(log);
  try {
    const intents = evaluateIntents(understandMessage);
    const bench = await startBenchApp({
      adminUrl: ADMIN_URL,
      redisUrl: REDIS_URL,
      poolMax: 10,
      demoCustomers: 200,
      log,
      cleanups,
      env: {
        CHAT_OFFLINE_TOKEN_DELAY_MS: '0',
        CHAT_MESSAGES_PER_MINUTE: '100000',
        CHAT_MAX_CONCURRENT_STREAMS: '50',
      },
    });
    const token = await loginDemo(bench.url, 'customer@fingraph.dev');
    const headers = { authorization: `Bearer ${token}` };
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const res = await postGraphQL(bench.url, { query, variables }, headers);
      if (res.body.errors) throw new Error(`GraphQL error: ${JSON.stringify(res.body.errors).slice(0, 400)}`);
      return res.body.data as T;
    };
    const ref = (await gql<{ me: { customer: Reference } }>(REFERENCE)).me.customer;
    const expected = new ExpectedFigures(ref, gql);

    const asked = devQuestions().filter((q) => q.intent !== 'GENERAL_CHAT' && q.intent !== 'IMPORT_FAQ');
    const results: {
      q: LabelledQuestion;
      answered: boolean;
      figure: string;
      text: string;
      clean: boolean;
      errors: RenderingError[];
    }[] = [];
    for (const q of asked) {
      const lang: Lang = q.language === 'EN' ? 'en' : 'ko';
      const figures = await expected.of(q, lang);
      const sent = await gql<{ sendChatMessage: { assistantMessage?: { id: string }; message?: string } }>(
        SEND,
        {
          text: q.text,
        },
      );
      const id = sent.sendChatMessage.assistantMessage?.id;
      if (!id) throw new Error(`not sent: ${sent.sendChatMessage.message}`);
      let text = '';
      for (let i = 0; i < 200; i++) {
        const m = (await gql<{ chatMessage: { status: string; text: string } }>(READ, { id })).chatMessage;
        text = m.text;
        if (m.status !== 'STREAMING') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const answered = figures.some((f) => text.includes(f));
      const errors = renderingErrors(text);
      results.push({ q, answered, figure: figures.join(' | '), text, clean: errors.length === 0, errors });
    }

    const by = (l: 'KO' | 'EN') => {
      const rs = results.filter((r) => r.q.language === l);
      return {
        n: rs.length,
        answered: round(rs.filter((r) => r.answered).length / Math.max(1, rs.length), 4),
        renderingClean: round(rs.filter((r) => r.clean).length / Math.max(1, rs.length), 4),
      };
    };
    const perIntent: Record<string, { n: number; answered: number }> = {};
    for (const r of results) {
      const p = (perIntent[r.q.intent] ??= { n: 0, answered: 0 });
      p.n++;
      if (r.answered) p.answered++;
    }
    const figures = {
      understanding: intents.byLanguage,
      followUps: intents.followUps.exact,
      answered: {
        KO: by('KO'),
        EN: by('EN'),
        all: round(results.filter((r) => r.answered).length / results.length, 4),
      },
      perIntent,
    };
    for (const r of results.filter((x) => !x.answered || !x.clean).slice(0, 40))
      log(
        `${r.answered ? 'RENDER' : 'MISSED'} [${r.q.intent}] ${r.q.text} → want ${r.figure}\n    ${r.text.split('\n')[0]}` +
          (r.errors.length
            ? `\n    rendering: ${r.errors.map((e) => `${e.kind} «${e.at}»`).join('; ')}`
            : ''),
      );
    const lines = [
      `| language | questions | intent accuracy | slot F1 | answered (figure from the API) | rendering clean |`,
      `|---|---|---|---|---|---|`,
      ...(['KO', 'EN'] as const).map(
        (l) =>
          `| ${l} | ${intents.byLanguage[l].n} (${by(l).n} asked) | ${intents.byLanguage[l].intentAccuracy.toFixed(4)} | ${intents.byLanguage[l].slotF1.toFixed(4)} | ${by(l).answered.toFixed(4)} | ${by(l).renderingClean.toFixed(4)} |`,
      ),
      '',
      `Per intent (answered / asked): ${Object.entries(perIntent)
        .map(([k, v]) => `${k} ${v.answered}/${v.n}`)
        .join(', ')}. Follow-ups exact: ${intents.followUps.exact.toFixed(4)}.`,
    ];
    const at = new Date();
    await writeResults('counsel', at, figures);
    await updateReadmeSection(
      'counsel',
      `### eval:counsel — ${at.toISOString().slice(0, 10)}\n\n\`npm run eval:counsel\` (dev split, demo customer, offline counsellor, PostgreSQL ${bench.postgresVersion}).\n\n${lines.join('\n')}\n`,
    );
    process.stdout.write(`${lines.join('\n')}\n${JSON.stringify(figures)}\n`);
    return 0;
  } finally {
    await cleanups.run();
  }
}

interface Reference {
  id: string;
  loans: LoanRef[];
  delinquencySummary: { totalOverdue: Money };
  healthScore: { score: number | null } | null;
  creditScore: number;
  anomalies: { flaggedCount: number };
  quarterlySpending: { quarter: string; complete: boolean; total: Money; income: Money | null }[];
  cards: {
    transactions: {
      edges: {
        node: {
          amount: Money;
          locality: string;
          merchantName: string;
          occurredAt: string;
          kind: string;
          instalmentMonths: number;
        };
      }[];
    };
  }[];
}

type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** The figures (formatted as the customer reads them) that answer a question, read through the API. */
class ExpectedFigures {
  constructor(
    private readonly ref: Reference,
    private readonly gql: Gql,
  ) {}

  private active(): LoanRef[] {
    return this.ref.loans.filter((l) => l.status === 'ACTIVE');
  }

  /** Loans a loan slot can mean (all active ones without a slot, or when the customer has none of that kind). */
  private candidates(slots: CounselSlots): LoanRef[] {
    const active = this.active();
    const kind = slots.loan?.kind;
    const hit = kind ? active.filter((l) => l.kind === kind) : active;
    return hit.length ? hit : active;
  }

  async of(q: LabelledQuestion, lang: Lang): Promise<string[]> {
    const won = (v: string | Decimal) => formatWon(v, lang);
    const s = q.slots;
    const loans = this.candidates(s);
    // "금리가 1%p 오르면?": the monthly interest the rise adds to every loan whose rate can move (balance × rise ÷ 12).
    if (s.rateRise && ['NEXT_PAYMENT', 'LOAN_BALANCE', 'LOANS_OVERVIEW'].includes(q.intent)) {
      const moving = (s.loan ? loans : this.active()).filter((l) => l.rateType !== 'FIXED');
      const rise = moving.reduce(
        (a, l) =>
          a.plus(
            new Decimal(l.balance.amount).mul(s.rateRise!).div(1200).toDecimalPlaces(0, Decimal.ROUND_DOWN),
          ),
        new Decimal(0),
      );
      return moving.length ? [won(rise)] : [lang === 'ko' ? '고정금리' : 'fixed rate'];
    }
    // "올해 대출 이자 얼마 냈어요?": the interest of the year's repayments on all the customer's loans.
    if (s.interestPaid && ['LOAN_BALANCE', 'LOANS_OVERVIEW'].includes(q.intent))
      return [await this.interestPaid(s, lang)];
    // "내 대출 금리 몇 프로예요?", "금리가 왜 올랐어요?": the rate of each loan the question can mean (the API's rate
    // is the one in force, the one a change moved it to).
    if (
      (s.currentRate && ['LOAN_BALANCE', 'LOANS_OVERVIEW'].includes(q.intent)) ||
      (s.rateChange && ['LOAN_BALANCE', 'LOANS_OVERVIEW', 'NEXT_PAYMENT'].includes(q.intent))
    )
      return loans.map((l) => formatAnnualRate(l.annualRate, lang));
    // "만기 언제예요?": the maturity date of each loan the question can mean.
    if (s.maturity && ['LOAN_BALANCE', 'LOANS_OVERVIEW'].includes(q.intent))
      return loans.map((l) => formatDate(l.maturityOn.slice(0, 10), lang, koreanDate(new Date())));
    // "지난번에 낸 대출금 얼마였어요?": the amount of each loan's repayment with the latest value date (the last of
    // the history, which is in recording order, among equal dates).
    if (s.lastPayment && ['NEXT_PAYMENT', 'LOAN_BALANCE', 'LOANS_OVERVIEW', 'ARREARS'].includes(q.intent))
      return loans
        .map((l) =>
          l.repaymentHistory.reduce<LoanRef['repaymentHistory'][number] | null>(
            (a, r) => (!a || r.paidOn >= a.paidOn ? r : a),
            null,
          ),
        )
        .filter((r) => r !== null)
        .map((r) => won(r.amount.amount));
    // "이번 달 카드값 못 낼 것 같아요", "I can't pay my credit card bill": the card bill due this month, answered alone
    // (QA round 20: not the loan's payment).
    if (
      q.intent === 'HARDSHIP' &&
      s.cardBill &&
      !s.loan &&
      !s.request &&
      !s.relief &&
      !s.foreclosure &&
      !s.lastPayment &&
      !s.interestBurden
    )
      return [await this.cardBillDue(lang)];
    switch (q.intent) {
      case 'NEXT_PAYMENT':
      case 'HARDSHIP':
      case 'REPAYMENT_SCHEDULE':
        return loans.filter((l) => l.nextPayment).map((l) => won(l.nextPayment!.payment.amount));
      case 'LOAN_BALANCE':
      case 'LOANS_OVERVIEW':
        if (s.interestLeft) return this.interestLeft(loans, lang);
        return [
          won(this.active().reduce((a, l) => a.plus(l.balance.amount), new Decimal(0))),
          ...loans.map((l) => won(l.balance.amount)),
        ];
      case 'PAYOFF_QUOTE':
        return this.payoff(loans, lang);
      case 'PREPAYMENT_EFFECT':
        return this.prepayment(loans, s, lang);
      case 'ARREARS':
        return [won(this.ref.delinquencySummary.totalOverdue.amount)];
      case 'LOAN_LIMIT':
        // A card limit is the card company's review: the answer names where to ask, there is no figure.
        if (s.request === 'CARD_LIMIT') return [lang === 'ko' ? '카드사 앱이나 고객센터' : 'card company'];
        if (s.request === 'CARD_LIMIT_CHECK')
          return [lang === 'ko' ? '카드사 앱의 한도 조회' : 'card company'];
        return [await this.limit(s, lang)];
      case 'REFINANCE':
        return this.refinance(loans, lang);
      case 'SPENDING':
        if (s.top && !s.category && !s.merchant) return [await this.topCategory(s.period, lang)];
        // "매달 식비 얼마나 써?": the last three complete months' total the average is taken from (the answer states
        // both; QA round 24 (spend24): the one monthly base, was the last three months to date).
        if (s.monthlyAverage && !s.period) {
          const totals = await Promise.all(
            [1, 2, 3].map((months) => this.spendingTotal({ kind: 'MONTHS_AGO', months }, s)),
          );
          return [formatWon(totals.reduce((a, v) => a.plus(v), new Decimal(0)).toFixed(0), lang)];
        }
        // "카드값이 너무 많이 나왔어요": the bill due this month is last month's spending.
        return [await this.spending(s.period ?? (s.cardBill ? { kind: 'LAST_MONTH' } : undefined), s, lang)];
      case 'CARD_TRANSACTIONS':
        return this.transactions(s, s.period ? await this.periodDays(s.period) : null, lang);
      case 'SUSPECTED_FRAUD': {
        const n = this.ref.anomalies.flaggedCount;
        return [lang === 'ko' ? `${n}건` : `${n} transaction`];
      }
      case 'HEALTH_SCORE': {
        // "대출 다 갚으면 신용점수 올라요?": the effect, then the bureau's score on file (not ours).
        if (s.creditEffect)
          return [lang === 'ko' ? `${this.ref.creditScore}점` : `${this.ref.creditScore} out of 1,000`];
        const score = this.ref.healthScore?.score;
        return score == null ? ['—'] : [lang === 'ko' ? `${score}점` : `is ${score} out of 100`];
      }
      case 'FORECAST':
        return this.forecast(s, lang);
      case 'SAVINGS': {
        // What a month leaves: the quarter's income ÷ 3 (rounded down) less the monthly card spending (QA round 23: the
        // last three complete months ÷ 3, half up — was the quarter's ÷ 3) and the next instalment of every active
        // loan; the answer states it (or the shortfall) in won.
        const q = this.ref.quarterlySpending.find((x) => x.complete) ?? this.ref.quarterlySpending[0];
        if (!q) return ['—'];
        if (!q.income || new Decimal(q.income.amount).lte(0)) return [won(q.total.amount)];
        const debt = this.active().reduce(
          (a, l) => a.plus(l.nextPayment?.payment.amount ?? 0),
          new Decimal(0),
        );
        // An emergency fund: three months of outgoings (card spending ÷ 3 rounded up + the next instalments).
        const card = await this.monthlyCard();
        if (s.emergencyFund) return [won(card.plus(debt).mul(3))];
        // "이번 달 남은 돈 얼마야?": a month's income less this month's card spending so far and the instalments.
        // When the card bill due this month (last month's use) leaves the month short, the answer is that shortfall
        // (income less the instalments and the bill) and nothing on the spending basis.
        if (s.leftThisMonth) {
          const income = new Decimal(q.income.amount).div(3).toDecimalPlaces(0, Decimal.ROUND_DOWN);
          const short = income.minus(debt).minus(await this.billDueThisMonth());
          if (short.lt(0)) return [won(short.abs())];
          const left = income.minus(await this.spendingTotal(undefined, {})).minus(debt);
          return [won(left.abs())];
        }
        const surplus = new Decimal(q.income.amount)
          .div(3)
          .toDecimalPlaces(0, Decimal.ROUND_DOWN)
          .minus(card)
          .minus(debt);
        return [won(surplus.abs())];
      }
      case 'DOCUMENT_QUALITY':
        return this.documentQuality(lang);
      case 'PRODUCT_QUESTION':
        if (s.productTopic === 'PREPAYMENT_FEE') return this.payoff(loans, lang, 'prepaymentFee');
        // A term explained: the customer's own DSR for the lending ratios, the term's defining words where the
        // customer has no figure of their own, else their loans' rates (shown with the loan's terms).
        if (s.productTopic === 'DSR' || s.productTopic === 'LENDING_RATIOS') return [await this.dsr(lang)];
        if (s.productTopic === 'LTV') return [lang === 'ko' ? '주택담보인정비율' : 'loan-to-value'];
        if (s.productTopic === 'DTI') return [lang === 'ko' ? '총부채상환비율' : 'debt-to-income'];
        if (s.productTopic === 'DEPOSIT_PROTECTION') return [lang === 'ko' ? '1억원' : '₩100 million'];
        return this.active().map((l) => formatAnnualRate(l.annualRate, lang));
      default:
        return this.active().map((l) => formatAnnualRate(l.annualRate, lang));
    }
  }

  /** The verdict of the customer's latest scored document as GraphQL shows it, or the "none yet" sentence. */
  private async documentQuality(lang: Lang): Promise<string[]> {
    const r = await this.gql<{
      me: { customer: { loans: { refinanceApplications: { documents: DocumentRef[] }[] }[] } };
    }>(`{ me { customer { loans { refinanceApplications { documents { uploadedAt quality {
          confidence ko: verdict(language: KO) en: verdict(language: EN) } } } } } } }`);
    const docs = r.me.customer.loans
      .flatMap((l) => l.refinanceApplications.flatMap((a) => a.documents))
      .filter((d) => d.quality)
      .sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
    if (docs.length === 0)
      return [
        lang === 'ko'
          ? '아직 품질 판정을 받은 서류 이미지가 없습니다'
          : 'no document image with a quality check yet',
      ];
    return [`${(Math.round(docs[0].quality!.confidence * 1000) / 10).toFixed(1)}%`];
  }

  /** Interest of the unpaid instalments of each loan the question can mean, and of them all, from `schedule`. */
  private async interestLeft(loans: LoanRef[], lang: Lang): Promise<string[]> {
    type Page = {
      edges: { node: { paid: boolean; interest: Money } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    const per: Decimal[] = [];
    for (const l of loans) {
      let sum = new Decimal(0);
      for (let after: string | null = null; ;) {
        const r: { node: { schedule: Page } } = await this.gql<{ node: { schedule: Page } }>(
          `query($id: ID!, $after: String) { node(id: $id) { ... on Loan { schedule(first: 100, after: $after) {
             edges { node { paid interest { amount } } } pageInfo { hasNextPage endCursor } } } } }`,
          { id: l.id, after },
        );
        for (const e of r.node.schedule.edges) if (!e.node.paid) sum = sum.plus(e.node.interest.amount);
        if (!r.node.schedule.pageInfo.hasNextPage) break;
        after = r.node.schedule.pageInfo.endCursor;
      }
      per.push(sum);
    }
    return [...per, per.reduce((a, b) => a.plus(b), new Decimal(0))].map((v) => formatWon(v, lang));
  }

  /** The payoff quote's total (or its prepayment fee) of each loan the question can mean. */
  private async payoff(
    loans: LoanRef[],
    lang: Lang,
    part: 'total' | 'prepaymentFee' = 'total',
  ): Promise<string[]> {
    const out: string[] = [];
    for (const l of loans) {
      const r = await this.gql<{ node: { payoffQuote?: Record<'total' | 'prepaymentFee', Money> } }>(
        `query($id: ID!) { node(id: $id) { ... on Loan { payoffQuote { total { amount } prepaymentFee { amount } } } } }`,
        { id: l.id },
      ).catch(() => null);
      if (r?.node.payoffQuote) out.push(formatWon(r.node.payoffQuote[part].amount, lang));
    }
    return out.length ? out : ['(no payoffQuote field)'];
  }

  private async prepayment(loans: LoanRef[], s: CounselSlots, lang: Lang): Promise<string[]> {
    const out: string[] = [];
    // An extra every month: the interest it saves (loan.extraRepaymentEffect).
    if (s.everyMonth && s.amount) {
      for (const l of loans) {
        const r = await this.gql<{ node: { extraRepaymentEffect: { interestSaved: Money } | null } }>(
          `query($id: ID!, $extra: Decimal!) { node(id: $id) { ... on Loan {
             extraRepaymentEffect(monthlyExtra: $extra) { interestSaved { amount } } } } }`,
          { id: l.id, extra: s.amount },
        );
        if (r.node.extraRepaymentEffect)
          out.push(formatWon(r.node.extraRepaymentEffect.interestSaved.amount, lang));
      }
      return out;
    }
    for (const l of loans) {
      // The counsellor's example amount when none is named: 10,000,000, or half of a smaller balance.
      const balance = new Decimal(l.balance.amount);
      const amount =
        s.amount ?? (balance.gt(EXAMPLE_PREPAYMENT) ? EXAMPLE_PREPAYMENT : balance.div(2).floor().toFixed(0));
      if (balance.lte(amount)) {
        out.push(formatWon(l.balance.amount, lang));
        continue;
      }
      const r = await this.gql<{ node: { prepaymentEffect: { paymentAfter: Money } | null } }>(
        `query($id: ID!, $amount: Decimal!) { node(id: $id) { ... on Loan {
           prepaymentEffect(amount: $amount) { paymentAfter { amount } } } } }`,
        { id: l.id, amount },
      );
      if (r.node.prepaymentEffect) out.push(formatWon(r.node.prepaymentEffect.paymentAfter.amount, lang));
    }
    return out;
  }

  /** Interest of the repayments (value date in the year asked, Korean calendar) on every loan, from repaymentHistory. */
  private async interestPaid(s: CounselSlots, lang: Lang): Promise<string> {
    const year = Number(koreanDate(new Date()).slice(0, 4)) - (s.interestPaid === 'LAST_YEAR' ? 1 : 0);
    const r = await this.gql<{
      me: { customer: { loans: { repaymentHistory: { paidOn: string; interest: Money }[] }[] } };
    }>('{ me { customer { loans { repaymentHistory { paidOn interest { amount } } } } } }');
    const paid = r.me.customer.loans
      .flatMap((l) => l.repaymentHistory)
      .filter((p) => p.paidOn.startsWith(`${year}-`));
    if (paid.length === 0)
      return lang === 'ko'
        ? `${year}년에 기록된 대출 상환이 없어`
        : `No loan repayment is recorded in ${year}`;
    return formatWon(
      paid.reduce((a, p) => a.plus(p.interest.amount), new Decimal(0)),
      lang,
    );
  }

  /** The customer's DSR today, as the limit simulation of the default new loan reports it. */
  private async dsr(lang: Lang): Promise<string> {
    const r = await this.gql<{ simulateLoanLimit: { dsrBefore?: string } }>(
      `query($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) { ... on LoanLimitSimulation { dsrBefore } } }`,
      { input: { lenderType: 'BANK', newLoan: assumedLoanOf(undefined) } },
    );
    const d = r.simulateLoanLimit.dsrBefore;
    return d ? `${lang === 'ko' ? 'DSR은' : 'DSR today is'} ${formatPercent(d)}` : '(no DSR)';
  }

  private async limit(s: CounselSlots, lang: Lang): Promise<string> {
    // A jeonse loan's limit is a share of the deposit, outside the DSR (the API refuses to simulate it).
    if (s.loanKind === 'JEONSE') return '80%';
    const a = assumedLoanOf(s.loanKind);
    const r = await this.gql<{ simulateLoanLimit: { maxLoan?: Money } }>(
      `query($input: SimulateLoanLimitInput!) { simulateLoanLimit(input: $input) { ... on LoanLimitSimulation { maxLoan { amount } } } }`,
      {
        input: {
          lenderType: 'BANK',
          newLoan: {
            ...a,
            termMonths: s.termMonths ?? a.termMonths,
            ...(s.amount ? { requestedAmount: s.amount } : {}),
          },
        },
      },
    );
    return r.simulateLoanLimit.maxLoan ? formatWon(r.simulateLoanLimit.maxLoan.amount, lang) : '(no limit)';
  }

  private async refinance(loans: LoanRef[], lang: Lang): Promise<string[]> {
    const out: string[] = [];
    for (const l of loans) {
      const r = await this.gql<{
        node: {
          refinanceOffers: {
            best: string;
            current: { payment: Money } | null;
            stayWithCurrentLender: { monthlySaving: Money } | null;
            offers: { switchLender: { monthlySaving: Money } }[];
          };
        };
      }>(
        `query($id: ID!) { node(id: $id) { ... on Loan { refinanceOffers { best current { payment { amount } }
           stayWithCurrentLender { monthlySaving { amount } } offers { switchLender { monthlySaving { amount } } } } } } }`,
        { id: l.id },
      );
      const o = r.node.refinanceOffers;
      if (o.best === 'SWITCH_LENDER' && o.offers[0])
        out.push(formatWon(o.offers[0].switchLender.monthlySaving.amount, lang));
      else if (o.best === 'STAY_REDUCED_RATE' && o.stayWithCurrentLender)
        out.push(formatWon(o.stayWithCurrentLender.monthlySaving.amount, lang));
      else if (o.current) out.push(formatWon(o.current.payment.amount, lang));
    }
    return out;
  }

  private async spending(
    period: PeriodSlot | undefined,
    s: Pick<CounselSlots, 'category' | 'merchant' | 'overseas' | 'online'>,
    lang: Lang,
  ) {
    return formatWon(await this.spendingTotal(period, s), lang);
  }

  /**
   * The card bill due this month: last month's use less the instalment purchases made in it, plus each plan's
   * instalment on this month's statement (the k-th, k months after the purchase month, is the amount ÷ months rounded
   * down, the won left over on the first) — the plans among the newest 100 transactions of the reference.
   */
  private async cardBillDue(lang: Lang): Promise<string> {
    const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
    const now = month(koreanDate(new Date()));
    let bill = new Decimal(await this.spendingTotal({ kind: 'LAST_MONTH' }, {}));
    for (const t of this.ref.cards.flatMap((c) => c.transactions.edges.map((e) => e.node))) {
      if (t.kind !== 'PURCHASE' || t.instalmentMonths < 2) continue;
      const n = t.instalmentMonths;
      const k = now - month(koreanDate(new Date(t.occurredAt)));
      if (k === 1) bill = bill.minus(t.amount.amount);
      if (k < 1 || k > n) continue;
      const per = new Decimal(t.amount.amount).div(n).floor();
      bill = bill.plus(k === 1 ? new Decimal(t.amount.amount).minus(per.times(n - 1)) : per);
    }
    return formatWon(bill.toFixed(0), lang);
  }

  /** spendingSummary's total for a period and the filters a question names (category, merchant, abroad, online). */
  /** The monthly card spending (QA round 23): the last three complete calendar months' total ÷ 3, to the won, half up. */
  private async monthlyCard(): Promise<Decimal> {
    const totals = await Promise.all(
      [1, 2, 3].map((months) => this.spendingTotal({ kind: 'MONTHS_AGO', months }, {})),
    );
    const sum = totals.reduce((a, v) => a.plus(v), new Decimal(0));
    return Decimal.max(sum, 0).div(3).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  }

  private async spendingTotal(
    period: PeriodSlot | undefined,
    s: Pick<CounselSlots, 'category' | 'merchant' | 'overseas' | 'online'>,
  ): Promise<string> {
    const r = await this.gql<{ me: { customer: { spendingSummary: { total: Money } } } }>(
      `query($period: SpendingPeriod!, $months: Int, $category: String, $merchant: String, $locality: Locality,
             $channel: SalesChannel) { me { customer {
         spendingSummary(period: $period, months: $months, category: $category, merchant: $merchant,
                         locality: $locality, channel: $channel) { total { amount } } } } }`,
      {
        period: period?.kind ?? 'THIS_MONTH',
        months: period && 'months' in period ? period.months : null,
        category: s.merchant ? null : (s.category ?? null),
        merchant: s.merchant ?? null,
        locality: s.overseas ? 'OVERSEAS' : null,
        channel: s.online ? 'ONLINE' : null,
      },
    );
    return r.me.customer.spendingSummary.total.amount;
  }

  /**
   * The card bill due this month as a card company bills it: last month's use (spendingSummary) less what was bought on
   * instalments then, plus this month's part of each instalment plan (the first part carries the division's remainder),
   * from the cards' transactions read page by page.
   */
  private async billDueThisMonth(): Promise<Decimal> {
    const month = koreanDate(new Date()).slice(0, 7);
    const monthsFrom = (a: string, b: string) =>
      (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
    let portions = new Decimal(0);
    let deferred = new Decimal(0);
    const cards = (
      await this.gql<{ me: { customer: { cards: { id: string }[] } } }>(
        '{ me { customer { cards { id } } } }',
      )
    ).me.customer.cards;
    for (const card of cards) {
      let after: string | null = null;
      for (;;) {
        type Page = {
          node: {
            transactions: {
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              edges: {
                node: { kind: string; instalmentMonths: number; occurredAt: string; amount: Money };
              }[];
            };
          } | null;
        };
        const page: Page = await this.gql<Page>(
          `query($id: ID!, $after: String) { node(id: $id) { ... on Card { transactions(first: 100, after: $after) {
             pageInfo { hasNextPage endCursor } edges { node { kind instalmentMonths occurredAt amount { amount } } } } } } }`,
          { id: card.id, after },
        );
        const tx = page.node?.transactions;
        if (!tx) break;
        for (const { node: n } of tx.edges) {
          if (n.kind !== 'PURCHASE' || n.instalmentMonths < 2) continue;
          const k = monthsFrom(koreanDate(new Date(n.occurredAt)), month);
          if (k === 1) deferred = deferred.plus(n.amount.amount);
          if (k < 1 || k > n.instalmentMonths) continue;
          const per = new Decimal(n.amount.amount)
            .div(n.instalmentMonths)
            .toDecimalPlaces(0, Decimal.ROUND_DOWN);
          portions = portions.plus(
            k === 1 ? new Decimal(n.amount.amount).minus(per.mul(n.instalmentMonths - 1)) : per,
          );
        }
        if (!tx.pageInfo.hasNextPage) break;
        after = tx.pageInfo.endCursor;
      }
    }
    return new Decimal(await this.spendingTotal({ kind: 'LAST_MONTH' }, {})).minus(deferred).plus(portions);
  }

  /** "어디에 제일 많이 썼어?": the amount of the period's largest category, from the API's breakdown. */
  private async topCategory(period: PeriodSlot | undefined, lang: Lang) {
    const r = await this.gql<{ me: { customer: { spendingSummary: { byCategory: { amount: Money }[] } } } }>(
      `query($period: SpendingPeriod!, $months: Int) { me { customer {
         spendingSummary(period: $period, months: $months) { byCategory { amount { amount } } } } } }`,
      { period: period?.kind ?? 'THIS_MONTH', months: period && 'months' in period ? period.months : null },
    );
    const amounts = r.me.customer.spendingSummary.byCategory.map((c) => new Decimal(c.amount.amount));
    return amounts.length ? formatWon(Decimal.max(...amounts), lang) : '—';
  }

  /** The KST days of a period the question names, as the API's spending summary counts them. */
  private async periodDays(period: PeriodSlot): Promise<{ from: string; through: string }> {
    const r = await this.gql<{ me: { customer: { spendingSummary: { from: string; through: string } } } }>(
      `query($period: SpendingPeriod!, $months: Int) { me { customer {
         spendingSummary(period: $period, months: $months) { from through } } } }`,
      { period: period.kind, months: 'months' in period ? period.months : null },
    );
    return r.me.customer.spendingSummary;
  }

  /** The newest transaction the question narrows to (merchant, overseas, the period named): its amount, or none. */
  private transactions(
    s: CounselSlots,
    days: { from: string; through: string } | null,
    lang: Lang,
  ): string[] {
    const all = this.ref.cards
      .flatMap((c) => c.transactions.edges.map((e) => e.node))
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
    // "I was charged twice": the amount of the newest pair among the newest 100 (refunds by sign), or none found.
    if (s.duplicates) {
      const rows = all.slice(0, 100).map((t) => ({
        ...t,
        amount: t.amount.amount,
        occurredAt: new Date(t.occurredAt),
        kind: t.amount.amount.startsWith('-') ? 'REFUND' : 'PURCHASE',
      }));
      const pairs = duplicatePairs(rows);
      return pairs.length
        ? [formatWon(pairs[0].second.amount, lang)]
        : [lang === 'ko' ? '두 번 결제된 건은 없습니다' : 'found no purchase charged twice'];
    }
    // A brand named as such is found under both spellings card networks print ("스타벅스", "STARBUCKS"): the brand
    // table's Korean and English names, case and spaces ignored.
    const key = (x: string) => x.toLowerCase().replace(/\s+/g, '');
    const brand = MERCHANTS.find((m) => m.name === s.merchant);
    const needles = s.merchant ? [key(s.merchant), ...(brand ? [key(brand.en)] : [])] : null;
    const hit = all
      .filter((t) => !s.overseas || t.locality === 'OVERSEAS')
      .filter((t) => !needles || needles.some((n) => key(t.merchantName).includes(n)))
      .filter((t) => {
        const day = koreanDate(new Date(t.occurredAt));
        return !days || (day >= days.from && day <= days.through);
      });
    return hit.length
      ? [formatWon(hit[0].amount.amount, lang)]
      : [lang === 'ko' ? '없습니다' : 'You have no'];
  }

  private async forecast(s: CounselSlots, lang: Lang): Promise<string[]> {
    // The month asked ("다음 달" = next calendar month), or the last of the default three steps.
    const { horizon, target } = forecastReach(s, new Date());
    const at = <T extends { period: string }>(points: T[]) =>
      points.find((p) => target !== null && p.period.slice(0, 7) === target.slice(0, 7)) ??
      points[points.length - 1];
    if (s.forecastSubject === 'BASE_RATE' || s.forecastSubject === 'LENDING_RATE') {
      const out: string[] = [];
      const thisMonth = koreanDate(new Date()).slice(0, 7);
      for (const series of ['BOK_BASE_RATE', 'BOK_LENDING_RATE_NEW', 'FRED_FEDFUNDS']) {
        const r = await this.gql<{ forecast: { points: { period: string; mean: number }[] } }>(
          `query($s: String!, $h: Int!) { forecast(series: $s, horizon: $h) { points { period mean } } }`,
          { s: series, h: horizon },
        ).catch(() => null);
        // A series whose outlook covers only months already past answers nothing (the answer says so).
        const points = r?.forecast.points ?? [];
        if (points.length && points[points.length - 1].period.slice(0, 7) >= thisMonth)
          out.push(`${new Decimal(at(points).mean).toFixed(2)}%`);
      }
      if (out.length) return out;
      // No current outlook: what a 1-point rise adds a month to the loans whose rate can move (balance × 1 ÷ 1200).
      const moving = this.active().filter((l) => l.rateType !== 'FIXED');
      const rise = moving.reduce(
        (a, l) => a.plus(new Decimal(l.balance.amount).div(1200).toDecimalPlaces(0, Decimal.ROUND_DOWN)),
        new Decimal(0),
      );
      return moving.length ? [formatWon(rise, lang)] : [lang === 'ko' ? '고정금리' : 'fixed rate'];
    }
    const metrics = s.forecastSubject === 'DEBT' ? ['DEBT'] : ['SPENDING', 'DEBT'];
    const out: string[] = [];
    for (const metric of metrics) {
      const r = await this.gql<{
        me: { customer: { forecast: { points: { period: string; mean: Money }[] } | null } };
      }>(
        `query($m: CustomerSeriesMetric!, $h: Int!) { me { customer { forecast(metric: $m, horizon: $h) { points { period mean { amount } } } } } }`,
        { m: metric, h: horizon },
      ).catch(() => null);
      const p = r?.me.customer.forecast?.points;
      if (p?.length) out.push(formatWon(new Decimal(at(p).mean.amount).toFixed(0), lang));
      if (s.forecastSubject === 'SPENDING') break;
    }
    return out;
  }
}

runBenchMain(main, log);
