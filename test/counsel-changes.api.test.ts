import { formatAnnualRate, formatDate, formatWon } from '../src/common/text/render';
import { koreanDate } from '../src/common/dates';
import { renderingErrors } from '../src/modules/chat/counsel/render';
import { DEMO, startTestApp, TestApp } from './support/app';
import { importClient } from './support/imports';

// The counsellor asked about the demo customer's data before and after it changes, in a file of its own (the
// changes would move the figures the other counsellor tests read): "금리가 왜 올랐어요?" before and after the lender
// resets the variable-rate loan — whether and when the rate changed, from what to what, read from the loan's own
// schedule in the API — and "I was charged twice" before and after a card file brings a purchase charged twice.

/** A card-transactions file (the transactions preset's columns) of the given lines. */
const cardCsv = (...lines: string[]) =>
  [
    'customer_number,card_id,occurred_at,amount,merchant_name,mcc,issuer_category_code,category_code,channel,locality,instalment_months',
    ...lines,
  ].join('\n') + '\n';
/** One coffee-shop purchase at the customer's earliest card: in store, at home, paid at once. */
const cardCsvLine = (customer: string, at: string, amount: string, merchant: string) =>
  [customer, '', at, amount, merchant, '5814', '', '', 'OFFLINE', '국내', '일시불'].join(',');

interface Row {
  number: number;
  dueDate: string;
  interest: { amount: string };
  paid: boolean;
}

describe('the counsellor on a rate that changed (demo customer, offline counsellor)', () => {
  let t: TestApp;
  let token: string;
  let admin: string;
  let analyst: string;
  const { importFile } = importClient(
    () => t,
    () => analyst,
  );

  beforeAll(async () => {
    t = await startTestApp({
      DEMO_SPENDING: 'true',
      CHAT_OFFLINE_TOKEN_DELAY_MS: '0',
      CHAT_MESSAGES_PER_MINUTE: '1000',
    });
    [token, admin, analyst] = await Promise.all([
      t.login(DEMO.customer),
      t.login(DEMO.admin),
      t.login(DEMO.analyst),
    ]);
  });
  afterAll(() => t?.stop());

  async function ask(text: string, as?: string) {
    const sent = await t.request<{ sendChatMessage: { assistantMessage: { id: string } } }>(
      `mutation ($text: String!) { sendChatMessage(input: { text: $text }) {
         ... on SendChatMessagePayload { assistantMessage { id } } } }`,
      { text },
      as ?? token,
    );
    const id = sent.data!.sendChatMessage.assistantMessage.id;
    for (let i = 0; i < 400; i++) {
      const m = await t.request<{
        chatMessage: { status: string; text: string; topic: { intent: string | null } };
      }>('query ($id: ID!) { chatMessage(id: $id) { status text topic { intent } } }', { id }, as ?? token);
      if (m.data!.chatMessage.status !== 'STREAMING') return m.data!.chatMessage;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the answer did not finish');
  }

  /** The active loan with its rate and the whole schedule, as a client reads them. */
  async function activeLoan() {
    const res = await t.request<{
      me: {
        customer: {
          loans: {
            id: string;
            status: string;
            rateType: string;
            currentAnnualRate: string;
            schedule: { edges: { node: Row }[] };
          }[];
        };
      };
    }>(
      `{ me { customer { loans { id status rateType currentAnnualRate
           schedule(first: 100) { edges { node { number dueDate interest { amount } paid } } } } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const loan = res.data!.me.customer.loans.find((l) => l.status === 'ACTIVE')!;
    return { ...loan, rows: loan.schedule.edges.map((e) => e.node) };
  }

  it("says the rate has not changed, with the next instalment's interest against the last; then, once reset, when and to what", async () => {
    const before = await activeLoan();
    expect(before.rateType).toBe('VARIABLE');
    const first = await ask('금리가 왜 올랐어요?');
    expect(first.topic.intent).toBe('LOAN_BALANCE');
    const lines = first.text.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `의 금리는 대출 이후 ${formatAnnualRate(before.currentAnnualRate, 'ko').replace('.', '\\.')}\\(변동금리\\)에서 바뀌지 않았습니다\\.$`,
      ),
    );
    const next = before.rows.find((r) => !r.paid)!;
    const previous = before.rows.find((r) => r.number === next.number - 1)!;
    const today = koreanDate(new Date());
    expect(first.text).toContain(
      `다음 회차(${formatDate(next.dueDate, 'ko', today)})의 이자 ${formatWon(next.interest.amount, 'ko')}`,
    );
    expect(first.text).toContain(`지난 회차(${formatDate(previous.dueDate, 'ko', today)})`);

    // The lender raises the rate by half a point from the next instalment.
    const raised = (Number(before.currentAnnualRate) + 0.005).toFixed(4);
    const reset = await t.request<{ resetLoanRate: { id: string } }>(
      'mutation ($input: ResetLoanRateInput!) { resetLoanRate(input: $input) { id } }',
      { input: { loanId: before.id, annualRate: raised, fromInstallment: next.number } },
      admin,
    );
    expect(reset.errors).toBeUndefined();
    const after = await activeLoan();
    expect(Number(after.currentAnnualRate)).toBeCloseTo(Number(raised), 6);
    const nextAfter = after.rows.find((r) => r.number === next.number)!;
    expect(BigInt(nextAfter.interest.amount)).toBeGreaterThan(BigInt(next.interest.amount));

    for (const [q, lead] of [
      ['금리가 왜 올랐어요?', 'ko'],
      ['Why did my interest rate go up?', 'en'],
    ] as const) {
      const a = await ask(q);
      expect(a.topic.intent).toBe('LOAN_BALANCE');
      const from = formatAnnualRate(before.currentAnnualRate, lead);
      const to = formatAnnualRate(raised, lead);
      const on = formatDate(next.dueDate, lead, today);
      expect(a.text.split('\n')[0]).toMatch(
        lead === 'ko'
          ? new RegExp(
              `의 금리는 ${next.number}회차\\(${on.replace(/[()]/g, '\\$&')} 납입분\\)부터 ${from.replace('.', '\\.')}에서 ${to.replace('.', '\\.')}로 올랐습니다\\.$`,
            )
          : new RegExp(
              `rate went up from ${from.replace('.', '\\.')} to ${to.replace('.', '\\.')} from instalment ${next.number} \\(due ${on}\\)\\.$`,
            ),
      );
      // What the rise does to the next instalment, from the schedule.
      expect(a.text).toContain(formatWon(nextAfter.interest.amount, lead));
      expect(a.text).toContain(
        formatWon((BigInt(nextAfter.interest.amount) - BigInt(previous.interest.amount)).toString(), lead),
      );
      expect(renderingErrors(a.text)).toEqual([]);
    }
  });

  it('"I was charged twice" finds no such pair, then the pair a card file brings, with the merchant and amount', async () => {
    const me = await t.request<{
      me: { customer: { customerNumber: string; cards: { transactions: { totalCount: number } }[] } };
    }>('{ me { customer { customerNumber cards { transactions(first: 1) { totalCount } } } } }', {}, token);
    expect(me.errors).toBeUndefined();
    const held = me.data!.me.customer.cards.reduce((a, c) => a + c.transactions.totalCount, 0);
    const none = await ask('I was charged twice for the same thing');
    expect(none.topic.intent).toBe('CARD_TRANSACTIONS');
    expect(none.text.split('\n')[0]).toBe(
      `Among your latest ${Math.min(100, held)} transactions I found no purchase charged twice (the same merchant and amount within 3 days).`,
    );

    // Yesterday (KST) at noon, the same coffee twice two minutes apart.
    const yesterday = new Date(Date.now() - 86_400_000);
    const day = koreanDate(yesterday);
    const line = (time: string) =>
      cardCsvLine(me.data!.me.customer.customerNumber, `${day} ${time}`, '6300', '블루보틀 성수');
    const imp = await importFile(cardCsv(line('12:00'), line('12:02')), 'twice.csv', {
      target: 'TRANSACTIONS',
      preset: 'transactions',
    });
    expect(imp).toMatchObject({ status: 'SUCCEEDED', rowsInserted: 2 });

    const found = await ask('같은 거 두 번 결제됐어요');
    expect(found.topic.intent).toBe('CARD_TRANSACTIONS');
    const lines = found.text.split('\n');
    expect(lines[0]).toBe(
      `같은 가맹점에서 같은 금액이 3일 안에 두 번 결제된 건이 1건 있습니다 (최근 카드 거래 ${Math.min(100, held + 2)}건 중).`,
    );
    expect(lines[1]).toBe(`- ${formatDate(day, 'ko', koreanDate(new Date()))} “블루보틀 성수” 6,300원 두 번`);
    expect(found.text).toContain('카드사 고객센터에 이의제기');
    expect(renderingErrors(found.text)).toEqual([]);
  });

  it('staff: "why did my last import fail?" names the reason and the rejected rows by line and column', async () => {
    const me = await t.request<{ me: { customer: { customerNumber: string } } }>(
      '{ me { customer { customerNumber } } }',
      {},
      token,
    );
    const day = koreanDate(new Date(Date.now() - 2 * 86_400_000));
    const good = cardCsvLine(me.data!.me.customer.customerNumber, `${day} 09:00`, '4500', '이디야 역삼');
    const unknown = cardCsvLine('C99999999', `${day} 09:05`, '4500', '이디야 역삼');
    const imp = await importFile(cardCsv(good, unknown), 'half-bad.csv', {
      target: 'TRANSACTIONS',
      preset: 'transactions',
    });
    expect(imp).toMatchObject({ status: 'FAILED', rowsRead: 2, rowsBad: 1, rowsInserted: 0 });

    const en = await ask('why did my last import fail?', analyst);
    const lines = en.text.split('\n');
    const lead = `The latest import (card transactions, “half-bad.csv”, import no. ${imp.id}) failed: 1 of 2 rows (50`;
    expect(lines[0].slice(0, lead.length)).toBe(lead);
    expect(lines[1]).toBe('A failed import writes no row at all (2 rows read, 1 row rejected).');
    expect(en.text).toContain('- line 3 “customer_number” “C***”: customer_number is not a known customer');
    const ko = await ask('업로드한 파일 왜 실패했어요?', analyst);
    expect(ko.text.split('\n')[0]).toMatch(
      /^마지막 가져오기\(카드 거래, “half-bad\.csv”, 업로드 번호 .+\)는 실패했습니다: 잘못된 행이 2행 중 1행\(50(?:\.0)?%\)으로 허용 한도 [\d.]+%를 넘어, 한 행도 가져오지 않았습니다\.$/,
    );
    // The importer's own words beside the Korean summary.
    expect(ko.text.split('\n')[1]).toMatch(/^\(가져오기 기록의 원문: 1 of 2 rows \(50/);
    expect(ko.text).toContain('- 3행 “customer_number” “C***”: 등록된 고객이 아닙니다');
    for (const a of [en, ko]) expect(renderingErrors(a.text)).toEqual([]);
  });
});
