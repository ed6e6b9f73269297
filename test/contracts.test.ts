import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { loadConfig } from '../src/app/config';
import { buildAppSchema, printSortedSchema, SCHEMA_FILE } from '../src/app/schema';

const ROOT = path.resolve(__dirname, '..');

// Generated files are part of the contract: CI fails when they drift from the code (fix: npm run schema:emit && npm run codegen).
describe('contract files', () => {
  it('schema/schema.graphql is the sorted SDL the resolvers produce', async () => {
    const emitted = printSortedSchema(await buildAppSchema());
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(emitted);
  });

  it('every type and field of the schema has a description', async () => {
    const schema = await buildAppSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const root = ['Query', 'Mutation', 'Subscription'].includes(type.name); // containers: their fields say it
      if (!type.description && !root) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('test/generated/operations.ts is what codegen.yml generates now', () => {
    // Run the real CLI into a scratch folder (its ESM dependencies cannot load inside jest's VM).
    const config = parseYaml(fs.readFileSync(path.join(ROOT, 'codegen.yml'), 'utf8')) as {
      generates: Record<string, unknown>;
    };
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-codegen-'));
    const targets = Object.keys(config.generates);
    const scratchConfig = {
      ...config,
      generates: Object.fromEntries(targets.map((t) => [path.join(scratch, t), config.generates[t]])),
    };
    fs.writeFileSync(path.join(scratch, 'codegen.yml'), stringifyYaml(scratchConfig));
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'),
        '--config',
        path.join(scratch, 'codegen.yml'),
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    for (const target of targets) {
      expect({ target, content: fs.readFileSync(path.join(ROOT, target), 'utf8') }).toEqual({
        target,
        content: fs.readFileSync(path.join(scratch, target), 'utf8'),
      });
    }
    fs.rmSync(scratch, { recursive: true, force: true });
  });
});

describe('docker-compose.yml', () => {
  type Service = {
    image?: string;
    build?: unknown;
    command?: string[];
    environment?: Record<string, string>;
    healthcheck?: { test: string[] };
    depends_on?: Record<string, { condition: string }>;
    ports?: string[];
    volumes?: string[];
  };
  const compose = parseYaml(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), {
    merge: true,
  }) as {
    services: Record<string, Service>;
    volumes?: Record<string, unknown>;
  };
  const { postgres, redis, api, worker } = compose.services;
  const configSource = fs.readFileSync(path.join(ROOT, 'src/app/config.ts'), 'utf8');
  const knownVariables = new Set([...configSource.matchAll(/r\.\w+\(\s*'([A-Z_]+)'/g)].map((m) => m[1]));

  it('runs postgres, redis, api and worker with healthchecks', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'api',
      'grafana',
      'postgres',
      'prometheus',
      'redis',
      'worker',
    ]);
    for (const s of [postgres, redis, api]) expect(s.healthcheck?.test.length).toBeGreaterThan(0);
    expect(api.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
    });
    expect(worker.depends_on?.api?.condition).toBe('service_healthy');
    expect(api.healthcheck!.test.join(' ')).toContain('/readyz');
    // PostgreSQL ≥ 14 and Redis ≥ 6.2, as the README promises.
    expect(Number(/postgres:(\d+)/.exec(postgres.image!)![1])).toBeGreaterThanOrEqual(14);
    expect(Number(/redis:(\d+)/.exec(redis.image!)![1])).toBeGreaterThanOrEqual(7);
  });

  it('gives api and worker a configuration the code accepts, pointing at the compose services', () => {
    for (const s of [api, worker]) {
      const env = { ...s.environment!, JWT_SECRET: 'x'.repeat(40) };
      for (const name of Object.keys(s.environment!)) expect(knownVariables).toContain(name);
      const config = loadConfig(env);
      expect(config.mode).toBe('services');
      expect(config.jobs.mode).toBe('pgboss');
      const db = new URL(config.database.url!);
      expect(db.hostname).toBe('postgres');
      expect(decodeURIComponent(db.username)).toBe(postgres.environment!.POSTGRES_USER);
      expect(decodeURIComponent(db.password)).toBe(postgres.environment!.POSTGRES_PASSWORD);
      expect(db.pathname).toBe(`/${postgres.environment!.POSTGRES_DB}`);
      expect(new URL(config.redisUrl!).hostname).toBe('redis');
    }
    expect(api.ports).toEqual([`${api.environment!.PORT}:${api.environment!.PORT}`]);
    expect(api.environment!.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
  });

  it('keeps refinance documents on a named volume mounted at DOCUMENTS_DIR', () => {
    const dir = api.environment!.DOCUMENTS_DIR;
    expect(loadConfig({ ...api.environment!, JWT_SECRET: 'x'.repeat(40) }).documents.dir).toBe(dir);
    const mount = api.volumes!.find((v) => v.endsWith(`:${dir}`));
    expect(mount).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(mount!.split(':')[0]);
    // The image creates the mount point for its non-root user, so a fresh volume is writable.
    const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain(`mkdir -p ${dir}`);
  });

  it('starts the compiled entry points that exist in the build', () => {
    const tsBuild = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.build.json'), 'utf8')) as {
      include: string[];
    };
    expect(tsBuild.include).toContain('src');
    expect(api.command).toEqual(['node', 'dist/src/main.js']);
    expect(worker.command).toEqual(['node', 'dist/src/worker.js']);
    expect(
      fs.existsSync(path.join(ROOT, 'src/main.ts')) && fs.existsSync(path.join(ROOT, 'src/worker.ts')),
    ).toBe(true);
  });
});

describe('monitoring (docs/monitoring)', () => {
  const compose = parseYaml(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), {
    merge: true,
  }) as { services: Record<string, { volumes?: string[]; environment?: Record<string, string> }> };
  const { api, prometheus, grafana } = compose.services;
  const metricsSource = fs.readFileSync(path.join(ROOT, 'src/platform/observability/metrics.ts'), 'utf8');
  const defined = new Set([...metricsSource.matchAll(/name: '(fingraph_[a-z_]+)'/g)].map((m) => m[1]));

  it('scrapes every api and worker replica on METRICS_PORT', () => {
    const config = loadConfig({ ...api.environment!, JWT_SECRET: 'x'.repeat(40) });
    expect(config.metrics.port).toBe(9464);
    const mount = prometheus.volumes!.find((v) => v.endsWith(':/etc/prometheus/prometheus.yml:ro'))!;
    const scrape = parseYaml(fs.readFileSync(path.join(ROOT, mount.split(':')[0]), 'utf8')) as {
      scrape_configs: { metrics_path: string; dns_sd_configs?: { names: string[]; port: number }[] }[];
    };
    const targets = scrape.scrape_configs.flatMap((j) =>
      (j.dns_sd_configs ?? []).map((d) => ({ names: d.names, port: d.port, path: j.metrics_path })),
    );
    expect(targets).toEqual([
      { names: ['api'], port: config.metrics.port, path: '/metrics' },
      { names: ['worker'], port: config.metrics.port, path: '/metrics' },
    ]);
  });

  it('provisions a dashboard whose queries use metrics the code defines, on the provisioned data source', () => {
    const mounts = Object.fromEntries(grafana.volumes!.map((v) => [v.split(':')[1], v.split(':')[0]]));
    const provisioning = mounts['/etc/grafana/provisioning'];
    const dashboards = mounts['/var/lib/grafana/dashboards'];
    const datasource = parseYaml(
      fs.readFileSync(path.join(ROOT, provisioning, 'datasources/prometheus.yml'), 'utf8'),
    ) as { datasources: { uid: string; url: string }[] };
    expect(datasource.datasources[0].url).toBe('http://prometheus:9090');
    const provider = parseYaml(
      fs.readFileSync(path.join(ROOT, provisioning, 'dashboards/fingraph.yml'), 'utf8'),
    ) as { providers: { options: { path: string } }[] };
    expect(provider.providers[0].options.path).toBe('/var/lib/grafana/dashboards');
    const dashboard = JSON.parse(fs.readFileSync(path.join(ROOT, dashboards, 'fingraph.json'), 'utf8')) as {
      panels: { datasource: { uid: string }; targets: { expr: string }[] }[];
    };
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(10);
    for (const panel of dashboard.panels) {
      expect(panel.datasource.uid).toBe(datasource.datasources[0].uid);
      for (const { expr } of panel.targets)
        for (const [name] of expr.matchAll(/fingraph_[a-z_0-9]+/g)) {
          const base = name.replace(/_(bucket|count|sum)$/, '');
          if (!base.startsWith('fingraph_nodejs_')) expect(defined).toContain(base);
        }
    }
  });
});
