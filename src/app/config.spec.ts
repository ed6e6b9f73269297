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

  it('bounds every wait on PostgreSQL and Redis, the client deadline above the statement timeout', () => {
    expect(loadConfig({}, '/srv/app')).toMatchObject({
      database: { statementTimeoutMs: 15_000, queryTimeoutMs: 20_000, keepAliveInitialDelayMs: 10_000 },
      redis: { commandTimeoutMs: 2_000, connectTimeoutMs: 5_000, reconnectMaxDelayMs: 5_000 },
      availability: { readyTimeoutMs: 2_000, retryAfterSeconds: 5 },
      httpKeepAliveTimeoutMs: 65_000,
    });
    expect(loadConfig({ DB_STATEMENT_TIMEOUT_MS: '3000' }).database.queryTimeoutMs).toBe(8_000);
    let error: unknown;
    try {
      loadConfig({
        DB_STATEMENT_TIMEOUT_MS: '3000',
        DB_QUERY_TIMEOUT_MS: '3000',
        REDIS_COMMAND_TIMEOUT_MS: '0',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '5',
      });
    } catch (e) {
      error = e;
    }
    expect((error as ConfigError).problems).toEqual([
      'REDIS_COMMAND_TIMEOUT_MS="0" must be an integer between 50 and 600000',
      'HTTP_KEEP_ALIVE_TIMEOUT_MS="5" must be an integer between 1000 and 600000',
      'DB_QUERY_TIMEOUT_MS must be greater than DB_STATEMENT_TIMEOUT_MS',
    ]);
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

  it('reads TRUST_PROXY as false, a hop count, proxy addresses/CIDRs or an explicit true', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7 ,loopback,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      'loopback',
      'fd00::/8',
    ]);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY.*10\.0\.0\.0\/33/);
    expect(() => loadConfig({ TRUST_PROXY: 'my-balancer' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '99' })).toThrow(/hop count/);
  });

  it('has socket and abuse limits with defaults, validated', () => {
    const config = loadConfig({});
    expect(config.ws).toEqual({
      maxBufferedBytes: 4 * 1_048_576,
      maxOperationsPerConnection: 25,
      maxConnectionsPerIp: 50,
      initTimeoutMs: 5_000,
      anonymousIdleSeconds: 60,
    });
    expect(config.auth).toMatchObject({
      loginFreeAttempts: 5,
      registerMaxPerIp: 5,
      userAccessCacheSeconds: 30,
    });
    expect(() => loadConfig({ WS_MAX_BUFFERED_BYTES: '10', WS_MAX_OPERATIONS: '0' })).toThrow(
      /WS_MAX_BUFFERED_BYTES[\s\S]*WS_MAX_OPERATIONS/,
    );
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

  it('never seeds demo data in production: off by default there, SEED_DEMO/DEMO_SPENDING=true refused', () => {
    const secret = { JWT_SECRET: 's'.repeat(40) };
    expect(loadConfig({ NODE_ENV: 'production', ...secret })).toMatchObject({
      seedDemo: false,
      demoSpending: false,
    });
    expect(loadConfig({})).toMatchObject({ seedDemo: true, demoSpending: true });
    expect(loadConfig({ SEED_DEMO: 'false' })).toMatchObject({ seedDemo: false, demoSpending: false });
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true', DEMO_SPENDING: 'true', ...secret });
    } catch (e) {
      error = e;
    }
    expect((error as ConfigError).problems).toEqual([
      'SEED_DEMO=true is refused when NODE_ENV=production (demo logins have published passwords)',
      'DEMO_SPENDING=true is refused when NODE_ENV=production (it is demo data)',
    ]);
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
