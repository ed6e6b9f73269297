import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequestContext } from '../src/app/context';
import { forecast, INDICATORS } from '../src/modules/forecasting';
import { startTestApp, TestApp } from './support/app';
import { ForecastDocument, IndicatorSeriesDocument } from './generated/operations';

const fedfundsFile = path.join(__dirname, '../src/modules/forecasting/data/fred/FEDFUNDS.csv');

describe('indicator forecasts', () => {
  let t: TestApp;
  let customer: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ customer } = await t.demoSession());
  });
  afterAll(() => t.stop());

  it('loads the bundled public-domain FRED series at start and lists them with their latest observations', async () => {
    const res = await t.execute(IndicatorSeriesDocument, { first: 3, last: 2 }, customer);
    expect(res.errors).toBeUndefined();
    const page = res.data!.indicatorSeries;
    expect(page.totalCount).toBe(INDICATORS.filter((d) => d.bundled).length);
    expect(page.edges.map((e) => e.node.code)).toEqual(['FRED_CPIAUCSL', 'FRED_DRCCLACBS', 'FRED_DSPIC96']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await t.execute(
      IndicatorSeriesDocument,
      { first: 1, after: page.pageInfo.endCursor, last: 3 },
      customer,
    );
    expect(next.data!.indicatorSeries.edges[0].node).toMatchObject({
      code: 'FRED_FEDFUNDS',
      frequency: 'MONTHLY',
      version: 1,
      // The file's last three lines.
      observations: [
        { period: '2023-09-01', value: '5.33' },
        { period: '2023-10-01', value: '5.33' },
        { period: '2023-11-01', value: '5.33' },
      ],
    });
  });

  it('forecasts with ordered 80 % / 95 % intervals, fits once per series version, then serves the stored fit', async () => {
    const first = await t.execute(ForecastDocument, { series: 'FRED_FEDFUNDS', horizon: 12 }, customer);
    expect(first.errors).toBeUndefined();
    const f = first.data!.forecast;
    expect(f).toMatchObject({
      method: 'COMBINATION',
      horizon: 12,
      lastObservedPeriod: '2023-11-01',
      cached: false,
    });
    expect(f.points.map((p) => p.period)).toEqual(
      [
        '2023-12',
        '2024-01',
        '2024-02',
        '2024-03',
        '2024-04',
        '2024-05',
        '2024-06',
        '2024-07',
        '2024-08',
        '2024-09',
        '2024-10',
        '2024-11',
      ].map((m) => `${m}-01`),
    );
    for (const p of f.points) {
      expect(p.lower95).toBeLessThanOrEqual(p.lower80);
      expect(p.lower80).toBeLessThanOrEqual(p.mean);
      expect(p.mean).toBeLessThanOrEqual(p.upper80);
      expect(p.upper80).toBeLessThanOrEqual(p.upper95);
    }
    // The API serves exactly what the engine computes from the file's values.
    const values = fs
      .readFileSync(fedfundsFile, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => Number(l.split(',')[1]));
    expect(f.observationCount).toBe(values.length);
    const direct = forecast(values, { horizon: 12, period: 12, method: 'COMBINATION' });
    expect(f.points.map((p) => p.mean)).toEqual(direct.points.map((p) => p.mean));
    expect(f.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['members', 'SES.alpha', 'THETA.slope', 'DOTM.theta']),
    );

    const again = await t.execute(ForecastDocument, { series: 'FRED_FEDFUNDS', horizon: 12 }, customer);
    expect(again.data!.forecast.cached).toBe(true);
    expect(again.data!.forecast.points).toEqual(f.points);
    const other = await t.execute(
      ForecastDocument,
      { series: 'FRED_FEDFUNDS', horizon: 12, method: 'THETA' },
      customer,
    );
    expect(other.data!.forecast).toMatchObject({ method: 'THETA', cached: false });
  });

  it('gives a changed series a new version, and its forecasts are fitted again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-indicators-'));
    const definition = { ...INDICATORS.find((d) => d.code === 'FRED_FEDFUNDS')!, bundled: false };
    const ctx = createRequestContext(t.app.container, { requestId: 'test-load' });
    const service = t.app.container.services.forecasting;
    fs.writeFileSync(path.join(dir, definition.file), fs.readFileSync(fedfundsFile, 'utf8'));
    const same = await service.loadIndicators(ctx, { dataDir: dir, definitions: [definition] });
    expect(same.loaded).toEqual([
      { code: 'FRED_FEDFUNDS', observations: expect.any(Number), version: 1, changed: false },
    ]);
    fs.appendFileSync(path.join(dir, definition.file), '2023-12-01,5.33\n');
    const changed = await service.loadIndicators(ctx, { dataDir: dir, definitions: [definition] });
    expect(changed.loaded[0]).toMatchObject({ version: 2, changed: true });
    const res = await t.execute(ForecastDocument, { series: 'FRED_FEDFUNDS', horizon: 12 }, customer);
    expect(res.data!.forecast).toMatchObject({
      series: { version: 2 },
      lastObservedPeriod: '2023-12-01',
      cached: false,
    });
    // A file with a gap is refused naming its line, and the stored series is left as it was.
    fs.writeFileSync(
      path.join(dir, definition.file),
      'DATE,FEDFUNDS\n2020-01-01,1.5\n2020-02-01,1.6\n2020-04-01,1.7\n',
    );
    await expect(service.loadIndicators(ctx, { dataDir: dir, definitions: [definition] })).rejects.toThrow(
      'FEDFUNDS.csv:4: 2020-04-01 does not follow 2020-02-01 by 1 month(s)',
    );
    const after = await t.execute(ForecastDocument, { series: 'FRED_FEDFUNDS', horizon: 12 }, customer);
    expect(after.data!.forecast).toMatchObject({ series: { version: 2 }, cached: true });
  });

  it('refuses bad arguments with coded errors', async () => {
    const zero = await t.execute(ForecastDocument, { series: 'FRED_FEDFUNDS', horizon: 0 }, customer);
    expect(zero.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'horizon' }],
    });
    const unknown = await t.execute(ForecastDocument, { series: 'NOPE', horizon: 3 }, customer);
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
    const anonymous = await t.execute(ForecastDocument, { series: 'FRED_FEDFUNDS', horizon: 3 });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
