import { formatAnnualRate, formatDate, formatWon } from '../src/common/text/render';
import { koreanDate } from '../src/common/dates';
import { renderingErrors } from '../src/modules/chat/counsel/render';
import { DEMO, startTestApp, TestApp } from './support/app';

// "금리가 왜 올랐어요?" asked before and after the lender resets the demo customer's variable-rate loan: the first
// sentence says whether and when the rate changed, from what to what, read from the loan's own schedule in the API.
// A file of its own: the reset changes the demo loan the other counsellor tests read.

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

  beforeAll(async () => {
    t = await startTestApp({
      DEMO_SPENDING: 'true',
      CHAT_OFFLINE_TOKEN_DELAY_MS: '0',
      CHAT_MESSAGES_PER_MINUTE: '1000',
    });
    [token, admin] = await Promise.all([t.login(DEMO.customer), t.login(DEMO.admin)]);
  });
  afterAll(() => t?.stop());

  async function ask(text: string) {
    const sent = await t.request<{ sendChatMessage: { assistantMessage: { id: string } } }>(
      `mutation ($text: String!) { sendChatMessage(input: { text: $text }) {
         ... on SendChatMessagePayload { assistantMessage { id } } } }`,
      { text },
      token,
    );
    const id = sent.data!.sendChatMessage.assistantMessage.id;
    for (let i = 0; i < 400; i++) {
      const m = await t.request<{
        chatMessage: { status: string; text: string; topic: { intent: string | null } };
      }>('query ($id: ID!) { chatMessage(id: $id) { status text topic { intent } } }', { id }, token);
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
});
