import { fromGlobalId, toGlobalId } from '../src/common/global-id';
import { capOneOffs, forecast } from '../src/modules/forecasting';
import { startTestApp, TestApp } from './support/app';
import { CustomerForecastDocument } from './generated/operations';

// A customer's own series (card spending in Korean calendar months, loan debt at month ends, deposit balance at
// quarter ends) forecast through the same engine as the indicators, with a fixed clock: "today" is 2026-03-15 in
// Korea, so the last complete month is 2026-02 and the last complete quarter 2025Q4.

describe('customer series forecasts', () => {
  let t: TestApp;
  let customer: string;
  let ownId: string;
  let otherId: string;
  const sql = (text: string, params: unknown[] = []) => t.app.container.dataSource.query(text, params);
  const expected = new Map<string, number>(); // YYYY-MM → net spend

  beforeAll(async () => {
    t = await startTestApp({}, { clock: () => new Date('2026-03-15T03:00:00Z') });
    ({ customer, ownCustomerId: ownId, otherCustomerId: otherId } = await t.demoSession());
    const own = fromGlobalId(ownId).id;
    const [card] = (await sql(
      `INSERT INTO card (customer_id, issuer, product_name, card_type, issued_on)
       VALUES ($1, 'SHINHAN', 'Deep Dream', 'CREDIT', '2024-01-02') RETURNING id`,
      [own],
    )) as { id: string }[];
    const tx = async (amount: number, at: string) => {
      await sql(
        `INSERT INTO card_transaction (card_id, customer_id, kind, amount, occurred_at, merchant_name, mcc, category_code, channel, locality)
         VALUES ($1, $2, $3, $4, $5, '가맹점', 5411, 'GROCERY', 'OFFLINE', 'DOMESTIC')`,
        [card.id, own, amount > 0 ? 'PURCHASE' : 'REFUND', amount, at],
      );
    };
    // 2024-03 … 2026-02: one purchase a month growing by 10,000, 2025-01 without any transaction.
    for (let i = 0; i < 24; i++) {
      const month = new Date(Date.UTC(2024, 2 + i, 1)).toISOString().slice(0, 7);
      if (month === '2025-01') {
        expected.set(month, 0);
        continue;
      }
      await tx(1_000_000 + 10_000 * i, `${month}-10T12:00:00+09:00`);
      expected.set(month, 1_000_000 + 10_000 * i);
    }
    // Korean calendar months: 23:30 KST on 30 June is June; 00:30 KST on 1 July (15:30 UTC on 30 June) is July.
    await tx(50_000, '2025-06-30T23:30:00+09:00');
    await tx(70_000, '2025-06-30T15:30:00Z');
    await tx(-20_000, '2025-07-20T12:00:00+09:00'); // a refund nets off
    expected.set('2025-06', expected.get('2025-06')! + 50_000);
    expected.set('2025-07', expected.get('2025-07')! + 70_000 - 20_000);
    // This month (incomplete) is left out.
    await tx(999_999, '2026-03-05T12:00:00+09:00');
  });
  afterAll(() => t.stop());

  it('forecasts monthly card spending from the complete Korean months, gaps as 0, refunds netted', async () => {
    const res = await t.execute(
      CustomerForecastDocument,
      { id: ownId, metric: 'SPENDING', horizon: 6 },
      customer,
    );
    expect(res.errors).toBeUndefined();
    const f = res.data!.customer.forecast!;
    expect(f).toMatchObject({
      metric: 'SPENDING',
      frequency: 'MONTHLY',
      method: 'COMBINATION',
      lastObservedPeriod: '2026-02-01',
      observationCount: 24,
      cached: false,
    });
    expect(f.points.map((p) => p.period)).toEqual(
      ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'].map((m) => `${m}-01`),
    );
    // The same engine on the hand-built series gives the same points (rounded to whole won).
    const direct = forecast([...expected.values()], { horizon: 6, period: 12, method: 'COMBINATION' });
    expect(f.points.map((p) => p.mean.amount)).toEqual(direct.points.map((p) => String(Math.round(p.mean))));
    for (const p of f.points) {
      expect(Number(p.lower95.amount)).toBeLessThanOrEqual(Number(p.lower80.amount));
      expect(Number(p.upper80.amount)).toBeLessThanOrEqual(Number(p.upper95.amount));
    }
    const again = await t.execute(
      CustomerForecastDocument,
      { id: ownId, metric: 'SPENDING', horizon: 6 },
      customer,
    );
    expect(again.data!.customer.forecast).toMatchObject({ cached: true, points: f.points });
  });

  it('forecasts loan debt from month-end balances, and gives null without six months of history', async () => {
    const own = fromGlobalId(ownId).id;
    const [{ first }] = (await sql(
      `SELECT min(disbursed_on)::text AS first FROM loan WHERE customer_id = $1`,
      [own],
    )) as { first: string | null }[];
    const res = await t.execute(
      CustomerForecastDocument,
      { id: ownId, metric: 'DEBT', horizon: 3 },
      customer,
    );
    expect(res.errors).toBeUndefined();
    if (first === null || first >= '2025-09-01') {
      expect(res.data!.customer.forecast).toBeNull();
    } else {
      const [y, m] = first.split('-').map(Number);
      expect(res.data!.customer.forecast).toMatchObject({
        metric: 'DEBT',
        frequency: 'MONTHLY',
        lastObservedPeriod: '2026-02-01',
        observationCount: (2026 - y) * 12 + (2 - m) + 1,
      });
    }
    // A customer with three months of spending only: too short to forecast.
    const fresh = (await sql(
      `SELECT id FROM customer c WHERE NOT EXISTS (SELECT 1 FROM loan l WHERE l.customer_id = c.id)
       AND c.id <> $1 ORDER BY customer_number LIMIT 1`,
      [own],
    )) as { id: string }[];
    const [card] = (await sql(
      `INSERT INTO card (customer_id, issuer, product_name, card_type, issued_on)
       VALUES ($1, 'KB', 'Tantan', 'CHECK', '2025-10-01') RETURNING id`,
      [fresh[0].id],
    )) as { id: string }[];
    for (const month of ['2025-12', '2026-01', '2026-02'])
      await sql(
        `INSERT INTO card_transaction (card_id, customer_id, kind, amount, occurred_at, merchant_name, mcc, category_code, channel, locality)
         VALUES ($1, $2, 'PURCHASE', 30000, $3, '가맹점', 5411, 'GROCERY', 'OFFLINE', 'DOMESTIC')`,
        [card.id, fresh[0].id, `${month}-05T12:00:00+09:00`],
      );
    const admin = (await t.demoSession()).admin;
    const short = await t.request<{ customer: { forecast: unknown; debt: unknown } }>(
      `query ($id: ID!) { customer(id: $id) { forecast: forecast(metric: SPENDING, horizon: 3) { horizon }
         debt: forecast(metric: DEBT, horizon: 3) { horizon } } }`,
      { id: toGlobalId('Customer', fresh[0].id) },
      admin,
    );
    expect(short.errors).toBeUndefined();
    expect(short.data!.customer).toEqual({ forecast: null, debt: null });
  });

  it('forecasts the deposit balance quarterly (period 4) from the latest unbroken run of complete quarters', async () => {
    const own = fromGlobalId(ownId).id;
    await sql(`DELETE FROM customer_quarter WHERE customer_id = $1`, [own]);
    const quarter = (startYear: number, i: number) =>
      new Date(Date.UTC(startYear, i * 3, 1)).toISOString().slice(0, 10);
    const put = (customerId: string, start: string, balance: number | null) =>
      sql(
        `INSERT INTO customer_quarter (customer_id, quarter_start, source, total_amount, transaction_count, deposit_balance)
         VALUES ($1, $2, 'IMPORTED', 3000000, 40, $3)`,
        [customerId, start, balance],
      );
    // 2022Q1–Q2 with balances, 2022Q3 without one (ends the older run), then 2022Q4 … 2025Q4: 13 quarters growing
    // by 250,000 with a quarterly pattern (+2,000,000, 0, −1,000,000, −1,000,000); 2026Q1 (incomplete) is left out.
    await put(own, '2022-01-01', 9_000_000);
    await put(own, '2022-04-01', 9_100_000);
    await put(own, '2022-07-01', null);
    const balances: number[] = [];
    for (let i = 0; i < 13; i++) {
      const value = 10_000_000 + 250_000 * i + [2_000_000, 0, -1_000_000, -1_000_000][i % 4];
      balances.push(value);
      await put(own, quarter(2022, 3 + i), value);
    }
    await put(own, '2026-01-01', 99_000_000);

    const res = await t.execute(
      CustomerForecastDocument,
      { id: ownId, metric: 'BALANCE', horizon: 4 },
      customer,
    );
    expect(res.errors).toBeUndefined();
    const f = res.data!.customer.forecast!;
    expect(f).toMatchObject({
      metric: 'BALANCE',
      frequency: 'QUARTERLY',
      method: 'COMBINATION',
      horizon: 4,
      lastObservedPeriod: '2025-10-01',
      observationCount: 13,
      cached: false,
    });
    expect(f.points.map((p) => p.period)).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
    // The same engine with seasonal period 4 on the hand-built quarters gives the same points (whole won).
    const direct = forecast(balances, { horizon: 4, period: 4, method: 'COMBINATION' });
    expect(f.seasonal).toBe(true);
    expect(direct.seasonal).toBe(true);
    // Monthly's period 12 would see no seasonality in 13 points (it needs 36) and give other means.
    const asMonthly = forecast(balances, { horizon: 4, period: 12, method: 'COMBINATION' });
    expect(asMonthly.seasonal).toBe(false);
    expect(f.points.map((p) => p.mean.amount)).not.toEqual(
      asMonthly.points.map((p) => String(Math.round(p.mean))),
    );
    expect(f.points.map((p) => p.mean.amount)).toEqual(direct.points.map((p) => String(Math.round(p.mean))));
    expect(f.points.map((p) => p.upper95.amount)).toEqual(
      direct.points.map((p) => String(Math.round(p.upper95))),
    );
    const again = await t.execute(
      CustomerForecastDocument,
      { id: ownId, metric: 'BALANCE', horizon: 4 },
      customer,
    );
    expect(again.data!.customer.forecast).toMatchObject({
      cached: true,
      frequency: 'QUARTERLY',
      points: f.points,
    });
    // A new quarter-end balance is a new series version: fitted again.
    await sql(
      `UPDATE customer_quarter SET deposit_balance = deposit_balance + 1 WHERE customer_id = $1 AND quarter_start = '2025-10-01'`,
      [own],
    );
    const changed = await t.execute(
      CustomerForecastDocument,
      { id: ownId, metric: 'BALANCE', horizon: 4 },
      customer,
    );
    expect(changed.data!.customer.forecast).toMatchObject({ cached: false, observationCount: 13 });

    // Fewer than 4 quarters in the latest run: null, even with 4 quarters of balances in all (2025Q1 has no row).
    const [other] = (await sql(
      `SELECT id FROM customer WHERE id <> $1 ORDER BY customer_number DESC LIMIT 1`,
      [own],
    )) as { id: string }[];
    await sql(`DELETE FROM customer_quarter WHERE customer_id = $1`, [other.id]);
    for (const start of ['2024-10-01', '2025-04-01', '2025-07-01', '2025-10-01'])
      await put(other.id, start, 5_000_000);
    const admin = (await t.demoSession()).admin;
    const short = await t.execute(
      CustomerForecastDocument,
      { id: toGlobalId('Customer', other.id), metric: 'BALANCE', horizon: 2 },
      admin,
    );
    expect(short.errors).toBeUndefined();
    expect(short.data!.customer.forecast).toBeNull();
    // With 2025Q1 filled in the run is 4 quarters: forecast.
    await put(other.id, '2025-01-01', 5_100_000);
    const enough = await t.execute(
      CustomerForecastDocument,
      { id: toGlobalId('Customer', other.id), metric: 'BALANCE', horizon: 2 },
      admin,
    );
    expect(enough.data!.customer.forecast).toMatchObject({
      frequency: 'QUARTERLY',
      observationCount: 5,
      lastObservedPeriod: '2025-10-01',
      points: [{ period: '2026-01-01' }, { period: '2026-04-01' }],
    });
  });

  it("refuses a bad horizon and another customer's series", async () => {
    const zero = await t.execute(
      CustomerForecastDocument,
      { id: ownId, metric: 'SPENDING', horizon: 0 },
      customer,
    );
    expect(zero.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'horizon' }],
    });
    const other = await t.execute(
      CustomerForecastDocument,
      { id: otherId, metric: 'SPENDING', horizon: 3 },
      customer,
    );
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('caps a one-off spending month (a trip) before the fit and says which; debt is never capped', async () => {
    const own = fromGlobalId(ownId).id;
    const [card] = (await sql('SELECT id FROM card WHERE customer_id = $1 LIMIT 1', [own])) as {
      id: string;
    }[];
    // A trip: 9,000,000 won more in October 2025.
    const [trip] = (await sql(
      `INSERT INTO card_transaction (card_id, customer_id, kind, amount, occurred_at, merchant_name, mcc, category_code, channel, locality)
       VALUES ($1, $2, 'PURCHASE', 9000000, '2025-10-15T12:00:00+09:00', 'MARRIOTT', 7011, 'TRAVEL', 'OFFLINE', 'OVERSEAS') RETURNING id`,
      [card.id, own],
    )) as { id: string }[];
    try {
      const query = `query ($id: ID!, $metric: CustomerSeriesMetric!) { customer(id: $id) {
        forecast(metric: $metric, horizon: 3) { oneOffMonths oneOffCap { amount } points { mean { amount } } } } }`;
      const res = await t.request<{
        customer: {
          forecast: {
            oneOffMonths: string[];
            oneOffCap: { amount: string } | null;
            points: { mean: { amount: string } }[];
          };
        };
      }>(query, { id: ownId, metric: 'SPENDING' }, customer);
      expect(res.errors).toBeUndefined();
      const f = res.data!.customer.forecast;
      const series = [...expected.entries()].map(([m, v]) => (m === '2025-10' ? v + 9_000_000 : v));
      const capped = capOneOffs(series);
      expect(capped.capped).toEqual([[...expected.keys()].indexOf('2025-10')]);
      expect(f.oneOffMonths).toEqual(['2025-10-01']);
      expect(f.oneOffCap).toEqual({ amount: String(Math.round(capped.cap!)) });
      // The points are the engine's on the capped series.
      const direct = forecast(capped.values, { horizon: 3, period: 12, method: 'COMBINATION' });
      expect(f.points.map((p) => p.mean.amount)).toEqual(
        direct.points.map((p) => String(Math.round(p.mean))),
      );
      const debt = await t.request<{ customer: { forecast: { oneOffMonths: string[] } | null } }>(
        query,
        { id: ownId, metric: 'DEBT' },
        customer,
      );
      expect(debt.data!.customer.forecast?.oneOffMonths ?? []).toEqual([]);
    } finally {
      await sql('DELETE FROM card_transaction WHERE id = $1', [trip.id]);
    }
  });
});
