import { ConfigError, loadConfig } from './config';

// OIDC providers, metrics and audit settings: validated at start, every problem listed at once.

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const KAKAO = { id: 'kakao', issuer: 'https://kauth.kakao.com', clientId: 'rest-api-key' };

describe('OIDC_PROVIDERS', () => {
  it('reads providers from JSON, the secret from OIDC_<ID>_CLIENT_SECRET, with default scopes and name', () => {
    const config = loadConfig({
      OIDC_PROVIDERS: JSON.stringify([
        KAKAO,
        { ...KAKAO, id: 'google-work', name: 'Google', clientSecret: 'inline' },
      ]),
      OIDC_KAKAO_CLIENT_SECRET: 'from-env',
      PUBLIC_URL: 'https://bank.example/',
    });
    expect(config.oidc.publicUrl).toBe('https://bank.example');
    expect(config.oidc.providers).toEqual([
      { ...KAKAO, name: 'Kakao', clientSecret: 'from-env', scopes: ['openid', 'email'] },
      { ...KAKAO, id: 'google-work', name: 'Google', clientSecret: 'inline', scopes: ['openid', 'email'] },
    ]);
  });

  it('fails fast on every bad provider', () => {
    expect(problems({ OIDC_PROVIDERS: '{not json' })[0]).toMatch(/OIDC_PROVIDERS is not valid JSON/);
    expect(
      problems({
        OIDC_PROVIDERS: JSON.stringify([
          { id: 'Kakao!', issuer: 'x', clientId: 'a' },
          { id: 'plain', issuer: 'http://idp.example', clientId: '' },
          { ...KAKAO, scopes: ['email'] },
          KAKAO,
        ]),
      }),
    ).toEqual([
      'OIDC_PROVIDERS[0].id must be lower-case letters, digits and "-" (e.g. "kakao")',
      'OIDC_PROVIDERS[1].issuer must use https (http only with OIDC_ALLOW_INSECURE_ISSUERS=true)',
      'OIDC_PROVIDERS[1].clientId is required',
      'OIDC_PROVIDERS[2].scopes must include "openid"',
      'OIDC_PROVIDERS[3].id "kakao" is used twice',
      'PUBLIC_URL is required with OIDC_PROVIDERS (it makes the redirect URIs the providers check)',
    ]);
    expect(
      problems({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), OIDC_ALLOW_INSECURE_ISSUERS: 'true' }),
    ).toContain('OIDC_ALLOW_INSECURE_ISSUERS=true is refused when NODE_ENV=production');
  });
});

describe('metrics and audit settings', () => {
  it('has no /metrics by default; validates the token, port and known operation names', () => {
    expect(loadConfig({}).metrics).toEqual({
      token: undefined,
      port: undefined,
      host: '0.0.0.0',
      knownOperations: [],
    });
    expect(
      loadConfig({ METRICS_PORT: '9464', METRICS_KNOWN_OPERATIONS: 'GetLoans, Me' }).metrics,
    ).toMatchObject({
      port: 9464,
      knownOperations: ['GetLoans', 'Me'],
    });
    expect(
      problems({ METRICS_TOKEN: 'short', METRICS_PORT: '70000', METRICS_KNOWN_OPERATIONS: 'ok,not-a-name' }),
    ).toEqual([
      'METRICS_TOKEN must be at least 16 characters',
      'METRICS_PORT="70000" must be an integer between 0 and 65535',
      'METRICS_KNOWN_OPERATIONS: not GraphQL names: not-a-name',
    ]);
  });

  it('keeps the compliance trail five years unless told otherwise', () => {
    expect(loadConfig({}).audit).toEqual({ retentionDays: 1_825, purgeIntervalHours: 24 });
    expect(problems({ AUDIT_RETENTION_DAYS: '0' })).toEqual([
      'AUDIT_RETENTION_DAYS="0" must be an integer between 1 and 36500',
    ]);
  });
});
