/* global process, console */
// PostGraphile v5 over the bench database, as a child process: PostGraphile 5 is ESM and declares Node >= 22,
// while fingraph is CommonJS on Node 20. Usage: node postgraphile-peer.mjs <databaseUrl> <poolMax>
// Prints "listening <graphqlUrl> <statsUrl>" once ready. GET <statsUrl> returns the number of SQL statements
// sent so far (every query on every pooled connection, transaction control included).

// Node 20 lacks Promise.withResolvers (Node 22), which grafast uses.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const { createServer } = await import('node:http');
const pg = (await import('pg')).default;
const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');

const [databaseUrl, poolMaxArg] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolMaxArg ?? 10) });
let statements = 0;
const count = (target) => {
  const query = target.query.bind(target);
  target.query = (...args) => {
    statements++;
    return query(...args);
  };
};
count(pool);
pool.on('connect', (client) => count(client));

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (e) => {
  console.error(e);
  process.exit(1);
});
await serv.addTo(server);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const stats = createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ statements }));
});
await new Promise((resolve) => stats.listen(0, '127.0.0.1', resolve));
const port = (s) => s.address().port;
process.stdout.write(`listening http://127.0.0.1:${port(server)}/graphql http://127.0.0.1:${port(stats)}/\n`);
const stop = async () => {
  server.close();
  stats.close();
  await pgl.release();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
