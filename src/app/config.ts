import { isIP } from 'node:net';
import path from 'node:path';
import { isValidIsoDate } from '../common/dates';
import { KOREAN_PUBLIC_HOLIDAYS } from '../common/korean-holidays';

// The only module that reads process.env. Every variable is parsed and checked once; all problems are
// reported together so an operator fixes them in one go.

export type RuntimeMode = 'embedded' | 'services';

export interface Config {
  readonly env: 'development' | 'test' | 'production';
  readonly mode: RuntimeMode;
  readonly host: string;
  readonly port: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly database: {
    readonly url: string | undefined;
    readonly dataDir: string;
    readonly poolMax: number;
    readonly statementTimeoutMs: number;
    readonly connectionTimeoutMs: number;
    readonly idleTimeoutMs: number;
    /** Client-side deadline per query (node-pg `query_timeout`): a frozen server is detected. Services mode. */
    readonly queryTimeoutMs: number;
    /** TCP keepalive on pool connections: probes start after this idle time (dead peers are noticed). */
    readonly keepAliveInitialDelayMs: number;
    /** Name (prepare) the statements run repeatedly: parsed once per connection (`auto-prepare.ts`). */
    readonly autoPrepare: boolean;
  };
  readonly redisUrl: string | undefined;
  /** Fail-fast settings of every Redis connection (cache, counters, pub/sub, token streams). */
  readonly redis: {
    readonly commandTimeoutMs: number;
    readonly connectTimeoutMs: number;
    readonly reconnectMaxDelayMs: number;
  };
  /** Outages: how long a readiness check may take, and the retry hint on UNAVAILABLE errors. */
  readonly availability: {
    readonly readyTimeoutMs: number;
    readonly retryAfterSeconds: number;
  };
  readonly redisPrefix: string;
  readonly seedDemo: boolean;
  /** Load the bundled public-domain indicator series (FRED) at start when they changed. */
  readonly loadBundledIndicators: boolean;
  readonly demoCustomers: number;
  /** Seed cards, transactions and customer quarters with the demo portfolio (insights, dashboard, chat). */
  readonly demoSpending: boolean;
  /**
   * Which proxies' X-Forwarded-For to believe (express `trust proxy`): false (none: the socket's peer is the
   * client), a hop count, a list of proxy addresses/CIDRs, or true (any — only when explicitly chosen).
   */
  readonly trustProxy: boolean | number | readonly string[];
  /**
   * Browser apps on other origins that may call /graphql and the upload routes (CORS, with credentials), and how
   * long a browser may cache a preflight answer. An empty list sends no CORS headers at all (same origin only).
   */
  readonly cors: {
    readonly origins: readonly string[];
    readonly maxAgeSeconds: number;
  };
  /** graphql-ws limits: backpressure, per-connection and per-IP caps, unauthenticated idleness. */
  readonly ws: {
    readonly maxBufferedBytes: number;
    readonly maxOperationsPerConnection: number;
    readonly maxConnectionsPerIp: number;
    readonly initTimeoutMs: number;
    readonly anonymousIdleSeconds: number;
  };
  readonly auth: {
    readonly jwtSecret: string | undefined;
    readonly jwtIssuer: string;
    readonly accessTokenTtlSeconds: number;
    readonly refreshTokenTtlSeconds: number;
    /** Failed logins across all addresses before the account-wide delay starts. */
    readonly loginMaxPerAccount: number;
    /** Failed logins from one address (any account) per window. */
    readonly loginMaxPerIp: number;
    readonly loginWindowSeconds: number;
    /** Failed logins for one account from one address before the progressive delay starts. */
    readonly loginFreeAttempts: number;
    /** Longest delay between attempts for one account from one address. */
    readonly loginMaxDelaySeconds: number;
    /** Longest account-wide delay (attempts from many addresses): short, so nobody can lock an account. */
    readonly loginAccountMaxDelaySeconds: number;
    readonly registrationOpen: boolean;
    readonly registerMaxPerIp: number;
    readonly registerMaxPerWindow: number;
    readonly registerWindowSeconds: number;
    /** How long a user's role and active flag are cached between database reads (invalidated on change). */
    readonly userAccessCacheSeconds: number;
  };
  /** OpenID Connect logins (Kakao, Google, any issuer); no providers → password login only. */
  readonly oidc: {
    readonly providers: readonly OidcProviderConfig[];
    /** The public origin the browser sees (https://bank.example); redirect URI = <it>/auth/oidc/<id>/callback. */
    readonly publicUrl: string | undefined;
    /** How long a started login may take at the provider (state, nonce and PKCE verifier are kept that long). */
    readonly stateTtlSeconds: number;
    /** How long the one-time code handed to the page stays exchangeable. */
    readonly handoffTtlSeconds: number;
    /** Plain-http issuers (a provider inside a test suite or on a laptop); refused in production. */
    readonly allowInsecureIssuers: boolean;
  };
  /** Prometheus metrics on /metrics: behind a bearer token on the API port and/or open on a separate port. */
  readonly metrics: {
    readonly token: string | undefined;
    readonly port: number | undefined;
    readonly host: string;
    /** Client operation names kept as labels besides the bundled pages' (others are folded to "other"). */
    readonly knownOperations: readonly string[];
  };
  /** The compliance trail (advice and other audited actions). */
  readonly audit: {
    /** Rows older than this are purged (a prefix of each chain; the chain's anchor moves). */
    readonly retentionDays: number;
    /** How often the job-running process purges. */
    readonly purgeIntervalHours: number;
  };
  readonly graphql: {
    readonly graphiql: boolean;
    readonly introspection: boolean;
    /** Strip "Did you mean …" schema suggestions from client errors (HTTP and graphql-ws). */
    readonly hideSchemaDetails: boolean;
    readonly maxDepth: number;
    readonly maxAliases: number;
    readonly maxCost: number;
    readonly maxTokens: number;
    readonly maxDirectives: number;
    readonly bodyLimitBytes: number;
    /** HTTP queries compiled by graphql-jit from their second execution (src/app/executor.ts); off: graphql-js. */
    readonly jit: boolean;
  };
  readonly jobs: {
    readonly mode: 'inprocess' | 'pgboss';
    readonly runInApi: boolean;
  };
  /** Notifications: how often the processes that run jobs enqueue a scan (0 = never; scans stay idempotent). */
  readonly notifications: {
    readonly scanMinutes: number;
    /** How often a notificationAdded subscription also reads the stored rows (pub/sub is at-most-once). */
    readonly pollSeconds: number;
  };
  /** Fraud cases: a transaction whose anomaly score reaches this opens a case (docs/fraud.md). */
  readonly fraud: {
    readonly caseThreshold: number;
  };
  readonly shutdownTimeoutMs: number;
  /**
   * How long an idle keep-alive HTTP connection stays open. Longer than a load balancer's idle timeout (60 s on
   * the common ones) so the balancer, not this process, closes idle connections: Node's 5 s default lets a reused
   * connection be closed under a request in flight (ECONNRESET / 502).
   */
  readonly httpKeepAliveTimeoutMs: number;
  /** Uploaded files and the import pipeline. */
  readonly imports: {
    /** Where uploads are stored (shared by API and workers in services mode). */
    readonly dir: string;
    readonly maxBytes: number;
    /** Bad rows above this share of the data rows fail the whole import (nothing lands). */
    readonly maxBadRowShare: number;
    /** Row errors stored per import (all are counted). */
    readonly maxStoredErrors: number;
    /** How long summary statistics stay in the cache. */
    readonly summaryCacheSeconds: number;
    /** Worker threads that stage a large CSV import on PostgreSQL (0: the single-threaded stream path only). */
    readonly stageWorkers: number;
    /** Smallest CSV file (bytes) staged by the worker threads; smaller ones take the stream path. */
    readonly parallelStageMinBytes: number;
    /** Staged rows from which a merge into a small sales table rebuilds its indexes (0: never). */
    readonly indexRebuildMinRows: number;
    /** What an XLSX archive may expand to; checked from its central directory before parsing. */
    readonly xlsx: {
      readonly maxUncompressedBytes: number;
      readonly maxRatio: number;
      readonly maxCachedPartBytes: number;
    };
  };
  /** How computed KRW amounts (instalments, interest, fees) become whole money. */
  readonly moneyRounding: {
    readonly unit: 1 | 10 | 100;
    readonly mode: 'TRUNCATE' | 'ROUND_HALF_UP' | 'CEIL';
  };
  /** Delinquency classification (자산건전성 buckets and credit-bureau flags). */
  readonly delinquency: {
    readonly precautionaryFromDays: number;
    readonly substandardFromDays: number;
    readonly doubtfulFromDays: number;
    readonly estimatedLossFromDays: number;
    readonly shortTermMinAmount: string;
    readonly shortTermMinBusinessDays: number;
    readonly longTermMonths: number;
    /** 연체이자: the loan's rate + this add-on … */
    readonly penaltyAddOnRate: string;
    /** … capped at this rate. */
    readonly penaltyMaxRate: string;
    /** Move due dates on weekends and holidays to the next business day. */
    readonly shiftDueDates: boolean;
    /** Days off besides weekends: the built-in Korean public holidays plus HOLIDAYS. */
    readonly holidays: readonly string[];
  };
  readonly refinancing: {
    /** Rate cut the current lender offers to keep the loan (금리인하 재약정), a decimal fraction ("0.003"). */
    readonly stayRateCut: string;
  };
  readonly documents: {
    /** Local-disk document storage root. */
    readonly dir: string;
    readonly maxBytes: number;
  };
  /** Document-image quality: the ONNX model and the bounds on what is decoded. */
  readonly images: {
    /** Off: images are stored without a verdict and the analyzeImage route answers 503. */
    readonly enabled: boolean;
    /** Registry key of the model: the folder `<name>/<version>` holding manifest.json and the ONNX file. */
    readonly model: string;
    /** Where the registry lives: a local folder, or an S3-compatible bucket. */
    readonly store: 'local' | 's3';
    /** Local registry root; undefined → the model bundled with fingraph. */
    readonly modelDir: string | undefined;
    /** The S3-compatible registry (store = s3). */
    readonly s3: {
      readonly endpoint: string;
      readonly bucket: string;
      readonly region: string;
      readonly prefix: string;
      readonly accessKeyId: string;
      readonly secretAccessKey: string;
    } | null;
    readonly maxBytes: number;
    readonly maxSide: number;
    readonly maxPixels: number;
    /** onnxruntime intra-op threads per inference. */
    readonly threads: number;
    /** Images decoded and scored at once per process (memory bound: maxPixels each). */
    readonly maxConcurrent: number;
  };
  readonly portfolio: {
    /** portfolioInsights evaluates at most this many customers of a quarter (a deterministic sample beyond). */
    readonly insightsMaxCustomers: number;
    /** How long a computed portfolioInsights result stays in the cache (it is also keyed by data version). */
    readonly insightsCacheSeconds: number;
  };
  /** An OpenAI-compatible model for chat answers; absent → the offline counsellor answers. */
  readonly llm: {
    readonly baseUrl: string;
    readonly apiKey: string;
    readonly model: string;
    readonly firstTokenTimeoutMs: number;
    readonly idleTimeoutMs: number;
    readonly maxRetries: number;
    readonly retryBaseMs: number;
    /** After an LLM failure: the offline counsellor continues (flagged) or the message ends FAILED. */
    readonly fallback: 'offline' | 'fail';
    readonly maxToolRounds: number;
  } | null;
  readonly chat: {
    readonly offlineTokenDelayMs: number;
    readonly maxMessageChars: number;
    readonly maxConcurrentStreams: number;
    readonly messagesPerMinute: number;
    readonly historyTokenBudget: number;
    readonly historyMaxMessages: number;
    readonly historyCacheSeconds: number;
    readonly answerCacheSeconds: number;
    readonly streamTtlSeconds: number;
    readonly staleStreamSeconds: number;
    readonly cancelWaitMs: number;
  };
}

export interface OidcProviderConfig {
  /** URL-safe name used in routes and the account link: kakao, google, … */
  readonly id: string;
  /** What the login buttons show. */
  readonly name: string;
  /** Issuer URL; its /.well-known/openid-configuration is discovered at start. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string | undefined;
  readonly scopes: readonly string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string, fallback?: string): string | undefined {
    const raw = this.env[name];
    return raw === undefined || raw.trim() === '' ? fallback : raw.trim();
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name}="${raw}" must be an integer between ${min} and ${max}`);
      return fallback;
    }
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if (/^(true|1|yes|on)$/i.test(raw)) return true;
    if (/^(false|0|no|off)$/i.test(raw)) return false;
    this.problems.push(`${name}="${raw}" must be true or false`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      this.problems.push(`${name}="${raw}" must be one of ${allowed.join(', ')}`);
      return fallback;
    }
    return raw as T;
  }

  /** A decimal fraction in [min, max], kept as its string (money and rates are never floats). */
  fraction(name: string, fallback: string, min: number, max: number): string {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if (!/^(0(\.\d{1,6})?|1(\.0{1,6})?)$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      this.problems.push(`${name}="${raw}" must be a decimal between ${min} and ${max} with up to 6 places`);
      return fallback;
    }
    return raw;
  }

  /** A comma-separated list of YYYY-MM-DD dates. */
  dates(name: string): string[] {
    const raw = this.string(name);
    if (raw === undefined) return [];
    const days = raw.split(',').map((d) => d.trim());
    const bad = days.filter((d) => !isValidIsoDate(d));
    if (bad.length > 0) this.problems.push(`${name}: not YYYY-MM-DD dates: ${bad.join(', ')}`);
    return days.filter((d) => isValidIsoDate(d));
  }

  url(name: string, protocols: string[]): string | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name} must use ${protocols.join(' or ')} (got ${parsed.protocol})`);
      }
    } catch {
      this.problems.push(`${name} is not a valid URL`);
    }
    return raw;
  }
}

function llmConfig(r: Reader): Config['llm'] {
  const baseUrl = r.url('LLM_BASE_URL', ['http:', 'https:']);
  const model = r.string('LLM_MODEL');
  if ((baseUrl === undefined) !== (model === undefined))
    r.problems.push(
      'LLM_BASE_URL and LLM_MODEL go together: set both (an LLM) or neither (offline counsellor)',
    );
  const settings = {
    apiKey: r.string('LLM_API_KEY', 'none')!,
    firstTokenTimeoutMs: r.int('LLM_FIRST_TOKEN_TIMEOUT_MS', 20_000, 100, 600_000),
    idleTimeoutMs: r.int('LLM_IDLE_TIMEOUT_MS', 15_000, 100, 600_000),
    maxRetries: r.int('LLM_MAX_RETRIES', 2, 0, 10),
    retryBaseMs: r.int('LLM_RETRY_BASE_MS', 250, 1, 60_000),
    fallback: r.oneOf('LLM_FALLBACK', ['offline', 'fail'] as const, 'offline'),
    maxToolRounds: r.int('LLM_MAX_TOOL_ROUNDS', 3, 0, 10),
  };
  return baseUrl && model ? { baseUrl, model, ...settings } : null;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** An IPv4/IPv6 address, optionally with a /prefix (or an IPv4 netmask), or one of express's names. */
function imageModelS3(r: Reader): Config['images']['s3'] {
  if (r.string('IMAGE_MODEL_STORE') !== 's3') return null;
  const endpoint = r.url('IMAGE_MODEL_S3_ENDPOINT', ['http:', 'https:']);
  const bucket = r.string('IMAGE_MODEL_S3_BUCKET');
  const accessKeyId = r.string('IMAGE_MODEL_S3_ACCESS_KEY_ID');
  const secretAccessKey = r.string('IMAGE_MODEL_S3_SECRET_ACCESS_KEY');
  const missing = [
    ['IMAGE_MODEL_S3_ENDPOINT', endpoint],
    ['IMAGE_MODEL_S3_BUCKET', bucket],
    ['IMAGE_MODEL_S3_ACCESS_KEY_ID', accessKeyId],
    ['IMAGE_MODEL_S3_SECRET_ACCESS_KEY', secretAccessKey],
  ].filter(([, v]) => !v);
  if (missing.length > 0) {
    r.problems.push(`IMAGE_MODEL_STORE=s3 needs ${missing.map(([n]) => n).join(', ')}`);
    return null;
  }
  return {
    endpoint: endpoint!,
    bucket: bucket!,
    region: r.string('IMAGE_MODEL_S3_REGION', 'us-east-1')!,
    prefix: (r.string('IMAGE_MODEL_S3_PREFIX', '') ?? '').replace(/^\/+|\/+$/g, ''),
    accessKeyId: accessKeyId!,
    secretAccessKey: secretAccessKey!,
  };
}

function imageModelKey(r: Reader): string {
  const key = r.string('IMAGE_MODEL', 'document-quality/1.0.0')!;
  if (!/^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/.test(key))
    r.problems.push(
      `IMAGE_MODEL="${key}" must be "<name>/<version>" (lower-case letters, digits, ".", "_", "-")`,
    );
  return key;
}

function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (family === 4 && isIP(prefix) === 4) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

// TRUST_PROXY: `false` (default), a hop count (`1` = one load balancer in front), a comma-separated list of proxy
// addresses/CIDRs, or `true` (believe any X-Forwarded-For: only safe when nothing can reach the app directly).
function trustProxySetting(r: Reader): Config['trustProxy'] {
  const raw = r.string('TRUST_PROXY');
  if (raw === undefined || /^(false|no|off|0)$/i.test(raw)) return false;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) r.problems.push(`TRUST_PROXY="${raw}": a hop count must be between 0 and 10`);
    return Math.min(hops, 10);
  }
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const bad = entries.filter((e) => !isProxyAddress(e));
  if (bad.length > 0 || entries.length === 0) {
    r.problems.push(
      `TRUST_PROXY="${raw}" must be false, true, a hop count or a comma-separated list of proxy addresses/CIDRs` +
        (bad.length > 0 ? ` (not an address: ${bad.join(', ')})` : ''),
    );
    return false;
  }
  return entries;
}

// CORS_ORIGINS: a comma-separated list of exact origins (`scheme://host[:port]`, no path), e.g.
// `https://app.example.com,http://localhost:5173`. No wildcards: credentials are allowed, so `*` would be refused
// by browsers anyway and a pattern is one typo away from trusting an attacker's domain.
function corsOrigins(r: Reader): string[] {
  const raw = r.string('CORS_ORIGINS');
  if (raw === undefined) return [];
  const origins: string[] = [];
  for (const entry of raw.split(',').map((e) => e.trim())) {
    if (entry === '') continue;
    let origin: string | undefined;
    try {
      const url = new URL(entry);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry.replace(/\/$/, ''))
        origin = url.origin;
    } catch {
      origin = undefined;
    }
    if (origin === undefined)
      r.problems.push(
        `CORS_ORIGINS: "${entry}" is not an origin (http(s)://host[:port], no path, no wildcard)`,
      );
    else origins.push(origin);
  }
  return [...new Set(origins)];
}

const OIDC_ID = /^[a-z][a-z0-9-]{0,31}$/;

// OIDC_PROVIDERS: a JSON array of { id, name?, issuer, clientId, clientSecret?, scopes? }. A secret may instead come
// from OIDC_<ID>_CLIENT_SECRET (id upper-cased, "-" → "_"), so the JSON can live in plain configuration.
function oidcConfig(r: Reader, production: boolean): Config['oidc'] {
  const raw = r.string('OIDC_PROVIDERS');
  const allowInsecureIssuers = r.bool('OIDC_ALLOW_INSECURE_ISSUERS', false);
  if (production && allowInsecureIssuers)
    r.problems.push('OIDC_ALLOW_INSECURE_ISSUERS=true is refused when NODE_ENV=production');
  const publicUrl = r.url('PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, '');
  const settings = {
    publicUrl,
    stateTtlSeconds: r.int('OIDC_STATE_TTL_SECONDS', 600, 30, 3_600),
    handoffTtlSeconds: r.int('OIDC_HANDOFF_TTL_SECONDS', 60, 5, 600),
    allowInsecureIssuers,
  };
  if (raw === undefined) return { providers: [], ...settings };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    r.problems.push(`OIDC_PROVIDERS is not valid JSON: ${(error as Error).message}`);
    return { providers: [], ...settings };
  }
  if (!Array.isArray(parsed)) {
    r.problems.push(
      'OIDC_PROVIDERS must be a JSON array of { id, issuer, clientId, clientSecret?, name?, scopes? }',
    );
    return { providers: [], ...settings };
  }
  const providers: OidcProviderConfig[] = [];
  parsed.forEach((entry: unknown, i) => {
    const p = (entry ?? {}) as Record<string, unknown>;
    const at = `OIDC_PROVIDERS[${i}]`;
    const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
    const id = text(p.id);
    if (!id || !OIDC_ID.test(id)) {
      r.problems.push(`${at}.id must be lower-case letters, digits and "-" (e.g. "kakao")`);
      return;
    }
    if (providers.some((q) => q.id === id)) r.problems.push(`${at}.id "${id}" is used twice`);
    const issuer = text(p.issuer);
    let issuerUrl: URL | undefined;
    try {
      issuerUrl = issuer ? new URL(issuer) : undefined;
    } catch {
      issuerUrl = undefined;
    }
    if (!issuerUrl) r.problems.push(`${at}.issuer must be the provider's issuer URL`);
    else if (issuerUrl.protocol !== 'https:' && !(allowInsecureIssuers && issuerUrl.protocol === 'http:'))
      r.problems.push(`${at}.issuer must use https (http only with OIDC_ALLOW_INSECURE_ISSUERS=true)`);
    const clientId = text(p.clientId);
    if (!clientId) r.problems.push(`${at}.clientId is required`);
    const secretVar = `OIDC_${id.toUpperCase().replace(/-/g, '_')}_CLIENT_SECRET`;
    const clientSecret = r.string(secretVar) ?? text(p.clientSecret);
    const scopes =
      p.scopes === undefined
        ? ['openid', 'email']
        : Array.isArray(p.scopes) && p.scopes.every((s) => typeof s === 'string' && /^\S+$/.test(s))
          ? (p.scopes as string[])
          : undefined;
    if (!scopes) r.problems.push(`${at}.scopes must be an array of scope names`);
    else if (!scopes.includes('openid')) r.problems.push(`${at}.scopes must include "openid"`);
    const name = text(p.name) ?? id.charAt(0).toUpperCase() + id.slice(1);
    providers.push({
      id,
      name,
      issuer: issuer ?? '',
      clientId: clientId ?? '',
      clientSecret,
      scopes: scopes ?? [],
    });
  });
  if (providers.length > 0 && !publicUrl)
    r.problems.push(
      'PUBLIC_URL is required with OIDC_PROVIDERS (it makes the redirect URIs the providers check)',
    );
  return { providers, ...settings };
}

function metricsConfig(r: Reader): Config['metrics'] {
  const token = r.string('METRICS_TOKEN');
  if (token !== undefined && token.length < 16)
    r.problems.push('METRICS_TOKEN must be at least 16 characters');
  const port = r.string('METRICS_PORT') === undefined ? undefined : r.int('METRICS_PORT', 0, 0, 65535);
  const names = (r.string('METRICS_KNOWN_OPERATIONS') ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const bad = names.filter((n) => !/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(n));
  if (bad.length > 0)
    r.problems.push(`METRICS_KNOWN_OPERATIONS: not GraphQL names: ${bad.slice(0, 5).join(', ')}`);
  if (names.length > 500)
    r.problems.push('METRICS_KNOWN_OPERATIONS: at most 500 names (each is a label value)');
  return { token, port, host: r.string('METRICS_HOST', '0.0.0.0')!, knownOperations: names.slice(0, 500) };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const r = new Reader(env);
  const nodeEnv = r.oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const databaseUrl = r.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = r.url('REDIS_URL', ['redis:', 'rediss:']);
  const mode: RuntimeMode = databaseUrl ? 'services' : 'embedded';
  const jwtSecret = r.string('JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    r.problems.push('JWT_SECRET must be at least 32 characters');
  }
  if (nodeEnv === 'production' && jwtSecret === undefined) {
    r.problems.push('JWT_SECRET is required when NODE_ENV=production');
  }
  const jobsMode = r.oneOf(
    'JOBS_MODE',
    ['inprocess', 'pgboss'] as const,
    databaseUrl ? 'pgboss' : 'inprocess',
  );
  if (jobsMode === 'pgboss' && !databaseUrl) {
    r.problems.push('JOBS_MODE=pgboss needs DATABASE_URL (the embedded database runs jobs in-process)');
  }

  // Demo data and its published logins never reach production: off by default there, refused when asked for.
  const production = nodeEnv === 'production';
  const seedDemo = r.bool('SEED_DEMO', !production);
  const demoSpending = r.bool('DEMO_SPENDING', !production);
  if (production && seedDemo) {
    r.problems.push(
      'SEED_DEMO=true is refused when NODE_ENV=production (demo logins have published passwords)',
    );
  }
  if (production && demoSpending && r.string('DEMO_SPENDING') !== undefined) {
    r.problems.push('DEMO_SPENDING=true is refused when NODE_ENV=production (it is demo data)');
  }

  const dataDir = path.resolve(cwd, r.string('DATA_DIR', '.data')!);
  const statementTimeoutMs = r.int('DB_STATEMENT_TIMEOUT_MS', 15_000, 100, 3_600_000);
  const config: Config = {
    env: nodeEnv,
    mode,
    host: r.string('HOST', '0.0.0.0')!,
    port: r.int('PORT', 4000, 0, 65535),
    logLevel: r.oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    database: {
      url: databaseUrl,
      dataDir,
      poolMax: r.int('DB_POOL_MAX', 10, 1, 200),
      statementTimeoutMs,
      connectionTimeoutMs: r.int('DB_CONNECTION_TIMEOUT_MS', 5_000, 100, 120_000),
      idleTimeoutMs: r.int('DB_IDLE_TIMEOUT_MS', 30_000, 1_000, 3_600_000),
      queryTimeoutMs: r.int('DB_QUERY_TIMEOUT_MS', statementTimeoutMs + 5_000, 200, 3_700_000),
      keepAliveInitialDelayMs: r.int('DB_KEEPALIVE_INITIAL_DELAY_MS', 10_000, 1_000, 3_600_000),
      autoPrepare: r.bool('DB_AUTO_PREPARE', true),
    },
    redisUrl,
    redis: {
      commandTimeoutMs: r.int('REDIS_COMMAND_TIMEOUT_MS', 2_000, 50, 600_000),
      connectTimeoutMs: r.int('REDIS_CONNECT_TIMEOUT_MS', 5_000, 100, 600_000),
      reconnectMaxDelayMs: r.int('REDIS_RECONNECT_MAX_DELAY_MS', 5_000, 100, 600_000),
    },
    availability: {
      readyTimeoutMs: r.int('READYZ_TIMEOUT_MS', 2_000, 100, 60_000),
      retryAfterSeconds: r.int('UNAVAILABLE_RETRY_AFTER_SECONDS', 5, 1, 3_600),
    },
    redisPrefix: r.string('REDIS_PREFIX', 'fg:')!,
    seedDemo,
    loadBundledIndicators: r.bool('LOAD_BUNDLED_INDICATORS', true),
    demoCustomers: r.int('DEMO_CUSTOMERS', 200, 1, 100_000),
    demoSpending: seedDemo && demoSpending,
    trustProxy: trustProxySetting(r),
    cors: {
      origins: corsOrigins(r),
      // Chromium caps a preflight cache at 2 hours, Firefox at 24.
      maxAgeSeconds: r.int('CORS_MAX_AGE_SECONDS', 600, 0, 86_400),
    },
    ws: {
      maxBufferedBytes: r.int('WS_MAX_BUFFERED_BYTES', 4 * 1_048_576, 65_536, 1_073_741_824),
      maxOperationsPerConnection: r.int('WS_MAX_OPERATIONS', 25, 1, 10_000),
      maxConnectionsPerIp: r.int('WS_MAX_CONNECTIONS_PER_IP', 50, 1, 1_000_000),
      initTimeoutMs: r.int('WS_INIT_TIMEOUT_MS', 5_000, 100, 600_000),
      anonymousIdleSeconds: r.int('WS_ANONYMOUS_IDLE_SECONDS', 60, 1, 86_400),
    },
    auth: {
      jwtSecret,
      jwtIssuer: r.string('JWT_ISSUER', 'fingraph')!,
      accessTokenTtlSeconds: r.int('ACCESS_TOKEN_TTL_SECONDS', 900, 1, 86_400),
      refreshTokenTtlSeconds: r.int('REFRESH_TOKEN_TTL_SECONDS', 30 * 86_400, 60, 365 * 86_400),
      loginMaxPerAccount: r.int('LOGIN_MAX_PER_ACCOUNT', 20, 1, 100_000),
      loginMaxPerIp: r.int('LOGIN_MAX_PER_IP', 50, 1, 100_000),
      loginWindowSeconds: r.int('LOGIN_WINDOW_SECONDS', 900, 1, 86_400),
      loginFreeAttempts: r.int('LOGIN_FREE_ATTEMPTS', 5, 1, 1_000),
      loginMaxDelaySeconds: r.int('LOGIN_MAX_DELAY_SECONDS', 900, 1, 86_400),
      loginAccountMaxDelaySeconds: r.int('LOGIN_ACCOUNT_MAX_DELAY_SECONDS', 30, 1, 3_600),
      registrationOpen: r.bool('REGISTRATION_OPEN', true),
      registerMaxPerIp: r.int('REGISTER_MAX_PER_IP', 5, 1, 100_000),
      registerMaxPerWindow: r.int('REGISTER_MAX_PER_WINDOW', 500, 1, 10_000_000),
      registerWindowSeconds: r.int('REGISTER_WINDOW_SECONDS', 3_600, 1, 86_400),
      userAccessCacheSeconds: r.int('AUTH_USER_CACHE_SECONDS', 30, 1, 3_600),
    },
    oidc: oidcConfig(r, production),
    metrics: metricsConfig(r),
    audit: {
      retentionDays: r.int('AUDIT_RETENTION_DAYS', 1_825, 1, 36_500),
      purgeIntervalHours: r.int('AUDIT_PURGE_INTERVAL_HOURS', 24, 1, 8_760),
    },
    graphql: {
      graphiql: r.bool('GRAPHIQL', nodeEnv !== 'production'),
      introspection: r.bool('INTROSPECTION', nodeEnv !== 'production'),
      hideSchemaDetails: r.bool('GRAPHQL_HIDE_SCHEMA_DETAILS', nodeEnv === 'production'),
      maxDepth: r.int('GRAPHQL_MAX_DEPTH', 15, 2, 100),
      maxAliases: r.int('GRAPHQL_MAX_ALIASES', 15, 1, 1_000),
      maxCost: r.int('GRAPHQL_MAX_COST', 20_000, 10, 10_000_000),
      maxTokens: r.int('GRAPHQL_MAX_TOKENS', 2_000, 50, 100_000),
      maxDirectives: r.int('GRAPHQL_MAX_DIRECTIVES', 30, 1, 1_000),
      bodyLimitBytes: r.int('BODY_LIMIT_BYTES', 1_048_576, 1_024, 104_857_600),
      jit: r.bool('GRAPHQL_JIT', true),
    },
    jobs: {
      mode: jobsMode,
      runInApi: r.bool('JOBS_IN_API', !databaseUrl),
    },
    notifications: {
      scanMinutes: r.int('NOTIFICATIONS_SCAN_MINUTES', 60, 0, 24 * 60),
      pollSeconds: r.int('NOTIFICATIONS_POLL_SECONDS', 5, 1, 300),
    },
    fraud: {
      caseThreshold: Number(r.fraction('FRAUD_CASE_THRESHOLD', '0.6', 0, 1)),
    },
    shutdownTimeoutMs: r.int('SHUTDOWN_TIMEOUT_MS', 10_000, 100, 600_000),
    httpKeepAliveTimeoutMs: r.int('HTTP_KEEP_ALIVE_TIMEOUT_MS', 65_000, 1_000, 600_000),
    imports: {
      dir: path.resolve(cwd, r.string('IMPORTS_DIR', path.join(r.string('DATA_DIR', '.data')!, 'uploads'))!),
      maxBytes: r.int('IMPORT_MAX_BYTES', 512 * 1_048_576, 1_024, 64 * 1_073_741_824),
      maxBadRowShare: Number(r.fraction('IMPORT_MAX_BAD_ROW_SHARE', '0.05', 0, 1)),
      maxStoredErrors: r.int('IMPORT_MAX_STORED_ERRORS', 1_000, 0, 1_000_000),
      summaryCacheSeconds: r.int('IMPORT_SUMMARY_CACHE_SECONDS', 3_600, 1, 30 * 86_400),
      stageWorkers: r.int('IMPORT_STAGE_WORKERS', 1, 0, 64),
      parallelStageMinBytes: r.int('IMPORT_PARALLEL_MIN_BYTES', 8 * 1_048_576, 0, 64 * 1_073_741_824),
      indexRebuildMinRows: r.int('IMPORT_INDEX_REBUILD_MIN_ROWS', 100_000, 0, 1_000_000_000),
      xlsx: {
        maxUncompressedBytes: r.int(
          'IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES',
          4 * 1_073_741_824,
          1_048_576,
          64 * 1_073_741_824,
        ),
        maxRatio: r.int('IMPORT_XLSX_MAX_RATIO', 200, 2, 10_000),
        maxCachedPartBytes: r.int(
          'IMPORT_XLSX_MAX_CACHED_PART_BYTES',
          256 * 1_048_576,
          65_536,
          4 * 1_073_741_824,
        ),
      },
    },
    moneyRounding: {
      unit: Number(r.oneOf('MONEY_ROUNDING_UNIT', ['1', '10', '100'] as const, '1')) as 1 | 10 | 100,
      mode: r.oneOf('MONEY_ROUNDING_MODE', ['TRUNCATE', 'ROUND_HALF_UP', 'CEIL'] as const, 'TRUNCATE'),
    },
    delinquency: {
      precautionaryFromDays: r.int('DELINQUENCY_PRECAUTIONARY_DAYS', 30, 1, 10_000),
      substandardFromDays: r.int('DELINQUENCY_SUBSTANDARD_DAYS', 90, 2, 10_000),
      doubtfulFromDays: r.int('DELINQUENCY_DOUBTFUL_DAYS', 180, 3, 10_000),
      estimatedLossFromDays: r.int('DELINQUENCY_ESTIMATED_LOSS_DAYS', 360, 4, 10_000),
      shortTermMinAmount: String(r.int('DELINQUENCY_SHORT_TERM_MIN_AMOUNT', 100_000, 1, 1_000_000_000)),
      shortTermMinBusinessDays: r.int('DELINQUENCY_SHORT_TERM_BUSINESS_DAYS', 5, 1, 366),
      longTermMonths: r.int('DELINQUENCY_LONG_TERM_MONTHS', 3, 1, 120),
      penaltyAddOnRate: r.fraction('PENALTY_RATE_ADD_ON', '0.03', 0, 0.2),
      penaltyMaxRate: r.fraction('PENALTY_RATE_MAX', '0.20', 0, 0.99),
      shiftDueDates: r.bool('DELINQUENCY_SHIFT_DUE_DATES', true),
      holidays: [...new Set([...KOREAN_PUBLIC_HOLIDAYS, ...r.dates('HOLIDAYS')])].sort(),
    },
    refinancing: {
      stayRateCut: r.fraction('REFINANCE_STAY_RATE_CUT', '0.003', 0, 0.05),
    },
    documents: {
      dir: path.resolve(cwd, r.string('DOCUMENTS_DIR', path.join(dataDir, 'documents'))!),
      maxBytes: r.int('DOCUMENT_MAX_BYTES', 10 * 1024 * 1024, 1, 1024 * 1024 * 1024),
    },
    images: {
      enabled: r.bool('IMAGE_MODEL_ENABLED', true),
      model: imageModelKey(r),
      store: r.oneOf('IMAGE_MODEL_STORE', ['local', 's3'] as const, 'local'),
      s3: imageModelS3(r),
      modelDir:
        r.string('IMAGE_MODEL_DIR') === undefined
          ? undefined
          : path.resolve(cwd, r.string('IMAGE_MODEL_DIR')!),
      maxBytes: r.int('IMAGE_MAX_BYTES', 10 * 1024 * 1024, 1_024, 256 * 1024 * 1024),
      maxSide: r.int('IMAGE_MAX_SIDE', 12_000, 64, 100_000),
      maxPixels: r.int('IMAGE_MAX_PIXELS', 50_000_000, 4_096, 1_000_000_000),
      threads: r.int('IMAGE_INFERENCE_THREADS', 1, 1, 64),
      maxConcurrent: r.int('IMAGE_MAX_CONCURRENT', 2, 1, 256),
    },
    portfolio: {
      insightsMaxCustomers: r.int('PORTFOLIO_INSIGHTS_MAX_CUSTOMERS', 5_000, 1, 1_000_000),
      insightsCacheSeconds: r.int('PORTFOLIO_INSIGHTS_CACHE_SECONDS', 3_600, 1, 7 * 86_400),
    },
    llm: llmConfig(r),
    chat: {
      offlineTokenDelayMs: r.int('CHAT_OFFLINE_TOKEN_DELAY_MS', 15, 0, 10_000),
      maxMessageChars: r.int('CHAT_MAX_MESSAGE_CHARS', 2_000, 1, 100_000),
      maxConcurrentStreams: r.int('CHAT_MAX_CONCURRENT_STREAMS', 3, 1, 10_000),
      messagesPerMinute: r.int('CHAT_MESSAGES_PER_MINUTE', 20, 1, 100_000),
      historyTokenBudget: r.int('CHAT_HISTORY_TOKEN_BUDGET', 1_500, 0, 1_000_000),
      historyMaxMessages: r.int('CHAT_HISTORY_MAX_MESSAGES', 20, 0, 1_000),
      historyCacheSeconds: r.int('CHAT_HISTORY_CACHE_SECONDS', 3_600, 1, 30 * 86_400),
      answerCacheSeconds: r.int('CHAT_ANSWER_CACHE_SECONDS', 3_600, 1, 30 * 86_400),
      streamTtlSeconds: r.int('CHAT_STREAM_TTL_SECONDS', 3_600, 1, 30 * 86_400),
      // Embedded mode is one process (lock file): at start every running message is stale.
      staleStreamSeconds: r.int('CHAT_STALE_STREAM_SECONDS', databaseUrl ? 600 : 0, 0, 86_400),
      cancelWaitMs: r.int('CHAT_CANCEL_WAIT_MS', 5_000, 10, 600_000),
    },
  };

  const d = config.delinquency;
  if (!(
    d.precautionaryFromDays < d.substandardFromDays &&
    d.substandardFromDays < d.doubtfulFromDays &&
    d.doubtfulFromDays < d.estimatedLossFromDays
  )) {
    r.problems.push(
      'DELINQUENCY_*_DAYS must increase: PRECAUTIONARY < SUBSTANDARD < DOUBTFUL < ESTIMATED_LOSS',
    );
  }
  if (config.database.queryTimeoutMs <= config.database.statementTimeoutMs) {
    // The server should cancel a slow statement first; the client deadline is for a server that cannot answer.
    r.problems.push('DB_QUERY_TIMEOUT_MS must be greater than DB_STATEMENT_TIMEOUT_MS');
  }
  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return Object.freeze(config);
}
