import { startEmbeddedPostgres } from '../../src/platform/database/embedded-postgres';

// A PGlite + pglite-socket server in its own process (PGlite cannot run inside a jest worker's VM).
// Usage: node -r ts-node/register test/support/pglite-server.ts <dataDir>; prints {"url": …} when ready.
async function main() {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: pglite-server <dataDir>');
  const pg = await startEmbeddedPostgres({ dataDir });
  process.stdout.write(`${JSON.stringify({ url: pg.url })}\n`);
  const stop = () => {
    void pg.stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
