import { DEMO, loginWhenAvailable, startTestApp, TestApp } from './support/app';
import { LIKELY_SCENARIO_PROBABILITY } from '../src/modules/chat/counsel/templates';

// One source of truth for a customer's income (src/modules/customers/income.ts): after staff change the annual
// income, the loan-limit simulation, the quarter's income, the health score (spend ÷ income, DSR), the scenario
// metrics and the chat answer all use the new figure — none keeps the quarter's stale stored income.

type Obj = Record<string, unknown>;
type Metrics = {
  probability: number;
  keyMetrics: { name: string; value: number | null; triggered: boolean }[];
};

describe('customer income: one source for simulation, health score and chat', () => {
  jest.setTimeout(240_000);
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_SPENDING: 'true', CHAT_OFFLINE_TOKEN_DELAY_MS: '0' });
  });
  afterAll(() => t?.stop());

  async function figures(customer: string, admin: string, customerId: string) {
    const sim = await t.request<{ simulateLoanLimit: Obj & { annualIncome: { amount: string } } }>(
      `query { simulateLoanLimit(input: { lenderType: BANK, newLoan: { kind: CREDIT, termMonths: 60,
        repaymentMethod: LEVEL_PAYMENT, rateType: FIXED, annualRate: "0.05" } }) {
        __typename ... on LoanLimitSimulation { annualIncome { amount } } } }`,
      {},
      customer,
    );
    expect(sim.errors).toBeUndefined();
    const read = await t.request<{
      customer: {
        quarterlySpending: {
          quarter: string;
          total: { amount: string };
          income: { amount: string } | null;
        }[];
        healthScore: { quarter: string; components: { name: string; value: number | null }[] } | null;
      };
    }>(
      `query ($id: ID!) { customer(id: $id) {
        quarterlySpending(last: 1) { quarter total { amount } income { amount } }
        healthScore { quarter components { name value } } } }`,
      { id: customerId },
      admin,
    );
    expect(read.errors).toBeUndefined();
    const scenario = await t.request<{ me: { customer: { scenarios: { scenarios: Metrics[] } } } }>(
      '{ me { customer { scenarios { scenarios { keyMetrics { name value } } } } } }',
      {},
      customer,
    );
    expect(scenario.errors).toBeUndefined();
    const metric = (name: string) =>
      scenario.data!.me.customer.scenarios.scenarios.flatMap((s) => s.keyMetrics).find((m) => m.name === name)
        ?.value ?? null;
    const q = read.data!.customer.quarterlySpending[0];
    const component = (name: string) =>
      read.data!.customer.healthScore?.components.find((c) => c.name === name)?.value ?? null;
    return {
      annual: sim.data!.simulateLoanLimit.annualIncome.amount,
      quarterIncome: q.income?.amount ?? null,
      spend: Number(q.total.amount),
      healthSpendToIncome: component('SPEND_VS_INCOME'),
      scenarioSpendToIncome: metric('spendToIncome'),
      scenarioDsr: metric('dsr'),
    };
  }

  it('changes every figure that divides by income when staff change the annual income', async () => {
    const [customer, admin] = [
      await loginWhenAvailable(t, DEMO.customer),
      await loginWhenAvailable(t, DEMO.admin),
    ];
    const me = await t.request<{ me: { customer: { id: string } } }>(
      '{ me { customer { id } } }',
      {},
      customer,
    );
    const ownCustomerId = me.data!.me.customer.id;
    const before = await figures(customer, admin, ownCustomerId);
    const doubled = String(Number(before.annual) * 2);
    const update = await t.request<{ updateCustomer: { __typename: string } }>(
      'mutation ($id: ID!, $income: Decimal!) { updateCustomer(input: { id: $id, annualIncome: $income }) { __typename } }',
      { id: ownCustomerId, income: doubled },
      admin,
    );
    expect(update.data?.updateCustomer.__typename).toBe('Customer');
    const after = await figures(customer, admin, ownCustomerId);

    // The simulation reads the new income; the quarter's income is a quarter of it (whole won, truncated).
    expect(after.annual).toBe(doubled);
    const quarter = BigInt(doubled) / 4n;
    expect(after.quarterIncome).toBe(String(quarter));
    // The health score and the scenario metrics divide the same spending by that same quarterly income.
    const expected = after.spend / Number(quarter);
    expect(after.healthSpendToIncome).toBeCloseTo(expected, 4);
    expect(after.scenarioSpendToIncome).toBeCloseTo(expected, 6);
    // And it is half what it was (the income doubled; the spending did not change).
    expect(after.spend).toBe(before.spend);
    expect(after.scenarioSpendToIncome!).toBeCloseTo(before.scenarioSpendToIncome! / 2, 6);
    if (before.scenarioDsr && before.scenarioDsr > 0)
      expect(after.scenarioDsr!).toBeCloseTo(before.scenarioDsr / 2, 6);

    // The chat's answer carries the scenario it used: the same spend-to-income. (A question on the health score: a DSR
    // answer shows only a debt-burden or income-drop scenario since QA round 9, a worry about repaying only an arrears,
    // debt-burden, shortfall or income-drop one since QA round 21 — and this customer's is spending.)
    const sent = await t.request<{ sendChatMessage: { assistantMessage: { id: string } } }>(
      'mutation { sendChatMessage(input: { text: "제 재무 건강 점수 왜 이렇게 낮아요?" }) { ... on SendChatMessagePayload { assistantMessage { id } } } }',
      {},
      customer,
    );
    expect(sent.errors).toBeUndefined();
    const id = sent.data!.sendChatMessage.assistantMessage.id;
    type Message = { status: string; text: string; scenario: Metrics | null };
    let message: Message | undefined;
    for (let i = 0; i < 100; i++) {
      const polled: { data?: { chatMessage: Message } | null } = await t.request<{ chatMessage: Message }>(
        'query ($id: ID!) { chatMessage(id: $id) { status text scenario { probability keyMetrics { name value triggered } } } }',
        { id },
        customer,
      );
      message = polled.data!.chatMessage;
      if (message.status !== 'STREAMING') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(message?.status).toBe('COMPLETE');
    // Every income-based metric the answer's scenario names is the one computed from the new income.
    const used = (message?.scenario?.keyMetrics ?? []).filter((m) =>
      ['spendToIncome', 'dsr'].includes(m.name),
    );
    expect(used.length).toBeGreaterThan(0);
    // …and its text states that figure (26.4 % here: "소득 대비 카드 소비: 26.4%") wherever the answer lists it: a
    // scenario said to hold lists the figures that make it hold (the flagged ones, when any is).
    const scenario = message!.scenario!;
    const flagged = scenario.keyMetrics.some((m) => m.triggered);
    const listed = (m: { triggered: boolean }) =>
      !(scenario.probability >= LIKELY_SCENARIO_PROBABILITY && flagged) || m.triggered;
    if (used.some((m) => m.name === 'spendToIncome' && listed(m)))
      expect(message!.text).toContain(`${(after.scenarioSpendToIncome! * 100).toFixed(1)}%`);
    for (const m of used)
      expect(m.value).toBeCloseTo((m.name === 'dsr' ? after.scenarioDsr : after.scenarioSpendToIncome)!, 6);
  });
});
