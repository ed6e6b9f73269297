import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('runs fully embedded with no environment', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({
      mode: 'embedded',
      port: 4000,
      database: { url: undefined, dataDir: '/srv/app/.data' },
      redisUrl: undefined,
      seedDemo: true,
      jobs: { mode: 'inprocess', runInApi: true },
      graphql: { graphiql: true, introspection: true },
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('keeps refinance documents under the data folder and checks the refinancing settings', () => {
    expect(loadConfig({ DATA_DIR: 'var' }, '/srv/app')).toMatchObject({
      refinancing: { stayRateCut: '0.003' },
      documents: { dir: '/srv/app/var/documents', maxBytes: 10_485_760 },
    });
    expect(
      loadConfig(
        { DOCUMENTS_DIR: '/data/docs', DOCUMENT_MAX_BYTES: '1048576', REFINANCE_STAY_RATE_CUT: '0.005' },
        '/srv/app',
      ),
    ).toMatchObject({
      refinancing: { stayRateCut: '0.005' },
      documents: { dir: '/data/docs', maxBytes: 1_048_576 },
    });
    let error: unknown;
    try {
      loadConfig({ REFINANCE_STAY_RATE_CUT: '0.3', DOCUMENT_MAX_BYTES: '0' });
    } catch (e) {
      error = e;
    }
    expect((error as ConfigError).problems).toEqual([
      'REFINANCE_STAY_RATE_CUT="0.3" must be a decimal between 0 and 0.05 with up to 6 places',
      'DOCUMENT_MAX_BYTES="0" must be an integer between 1 and 1073741824',
    ]);
  });

  it('switches to services with DATABASE_URL and REDIS_URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/app',
      REDIS_URL: 'redis://cache:6379',
      JWT_SECRET: 'k'.repeat(32),
    });
    expect(config).toMatchObject({ mode: 'services', jobs: { mode: 'pgboss', runInApi: false } });
  });

  it('fails fast naming every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SEED_DEMO: 'maybe',
        JWT_SECRET: 'short',
        LOG_LEVEL: 'loud',
        NODE_ENV: 'production',
        PENALTY_RATE_ADD_ON: '3%',
        HOLIDAYS: '2026-09-24, 2026-13-01',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of [
      'PORT',
      'DATABASE_URL',
      'SEED_DEMO',
      'JWT_SECRET',
      'LOG_LEVEL',
      'PENALTY_RATE_ADD_ON',
    ])
      expect(problems).toContain(name);
    expect(problems).toContain('HOLIDAYS: not YYYY-MM-DD dates: 2026-13-01');
  });

  it('adds HOLIDAYS to the built-in Korean public holidays', () => {
    const config = loadConfig({ HOLIDAYS: '2027-02-08,2026-10-05' });
    expect(config.delinquency.holidays).toContain('2027-02-08');
    expect(config.delinquency.holidays).toContain('2025-10-06'); // 추석, built in
    expect(config.delinquency.holidays.filter((d) => d === '2026-10-05')).toHaveLength(1);
  });

  it('requires a JWT secret in production and turns GraphiQL and introspection off by default', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    const prod = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40) });
    expect(prod.graphql).toMatchObject({ graphiql: false, introspection: false });
  });

  it('configures chat and an optional LLM (base URL and model together)', () => {
    const embedded = loadConfig({}, '/srv/app');
    expect(embedded.llm).toBeNull();
    expect(embedded.chat).toMatchObject({
      offlineTokenDelayMs: 15,
      maxConcurrentStreams: 3,
      staleStreamSeconds: 0,
    });
    const withLlm = loadConfig(
      { LLM_BASE_URL: 'http://127.0.0.1:8000/v1', LLM_MODEL: 'qwen', DATABASE_URL: 'postgres://db/x' },
      '/srv/app',
    );
    expect(withLlm.llm).toMatchObject({
      baseUrl: 'http://127.0.0.1:8000/v1',
      model: 'qwen',
      apiKey: 'none',
      fallback: 'offline',
    });
    expect(withLlm.chat.staleStreamSeconds).toBe(600);
    let error: unknown;
    try {
      loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:8000/v1', LLM_FALLBACK: 'retry' });
    } catch (e) {
      error = e;
    }
    expect((error as ConfigError).problems).toEqual([
      'LLM_BASE_URL and LLM_MODEL go together: set both (an LLM) or neither (offline counsellor)',
      'LLM_FALLBACK="retry" must be one of offline, fail',
    ]);
  });
});
