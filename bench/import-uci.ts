import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApplication } from '../src/app/application';
import { loadConfig } from '../src/app/config';
import { loginAnalyst, runImport, uploadFile } from './lib/import-client';
import { writeResults } from './lib/harness';

// `npm run import:uci` — imports the UCI Online Retail extract (../shared/data/online_retail_uci/, or
// UCI_DIR) as CSV and as XLSX through the HTTP upload + startImport with an explicit column mapping, and checks
// the published totals of that extract. Embedded PGlite in a temporary folder, or DATABASE_URL if set.
// Exit code 1 when a total differs; the last line is JSON.

const REFERENCE = {
  totalAmount: '840612.55',
  totalQuantity: '414665',
  invoices: 2338,
  cancellations: 384,
  distinctCustomers: 1039,
  rows: 49_999,
};
const MAPPING = [
  ['InvoiceNo', 'invoice_no'],
  ['StockCode', 'item_code'],
  ['Description', 'description'],
  ['Quantity', 'quantity'],
  ['InvoiceDate', 'occurred_at'],
  ['UnitPrice', 'unit_price'],
  ['CustomerID', 'customer_ref'],
  ['Country', 'country'],
].map(([column, field]) => ({ column, field }));

async function main(): Promise<void> {
  const dir = path.resolve(
    process.env.UCI_DIR ?? path.join(__dirname, '../../shared/data/online_retail_uci'),
  );
  const files = ['online_retail_first49999rows.csv', 'Online_Retail_first49999rows.xlsx'].map((f) =>
    path.join(dir, f),
  );
  if (!files.every((f) => fs.existsSync(f))) {
    process.stderr.write(`UCI files not found in ${dir} (set UCI_DIR)\n`);
    process.exit(2);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-uci-'));
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATA_DIR: path.join(tmp, 'data'),
    DEMO_CUSTOMERS: '10',
    JOBS_MODE: 'inprocess',
    JOBS_IN_API: 'true',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  });
  fs.mkdirSync(config.database.dataDir, { recursive: true });
  const app = await startApplication(config, { port: 0, host: '127.0.0.1' });
  const url = app.server.url.replace('localhost', '127.0.0.1');
  const results: Record<string, unknown>[] = [];
  let ok = true;
  try {
    const token = await loginAnalyst(url);
    for (const file of files) {
      const uploadId = await uploadFile(url, token, file);
      const started = Date.now();
      const imp = await runImport(url, token, {
        uploadId,
        target: 'SALES',
        mapping: MAPPING,
        options: { currency: 'GBP' },
      });
      const s = imp.summary;
      const checks = Object.entries(REFERENCE).map(([key, want]) => {
        const got = (s as Record<string, unknown> | null)?.[key];
        return { key, want, got, ok: String(got) === String(want) };
      });
      ok &&= imp.status === 'SUCCEEDED' && checks.every((c) => c.ok);
      const line = {
        file: path.basename(file),
        status: imp.status,
        seconds: (Date.now() - started) / 1000,
        rowsRead: imp.rowsRead,
        rowsBad: imp.rowsBad,
        rowsInserted: imp.rowsInserted,
        rowsDuplicate: imp.rowsDuplicate,
        summary: s,
        shift: (imp.quality as { shift?: unknown } | null)?.shift,
        checks,
      };
      results.push(line);
      process.stdout.write(
        `${line.file}: ${imp.status} in ${line.seconds.toFixed(1)} s — revenue ${s?.totalAmount}, quantity ${s?.totalQuantity}, ` +
          `${s?.invoices} invoices (${s?.cancellations} cancellations), ${s?.distinctCustomers} customers; ` +
          `${imp.rowsInserted} inserted, ${imp.rowsDuplicate} already present; ` +
          `${checks.every((c) => c.ok) ? 'matches the reference totals' : `MISMATCH ${JSON.stringify(checks.filter((c) => !c.ok))}`}\n`,
      );
    }
  } finally {
    await app.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const at = new Date();
  await writeResults('import-uci', at, {
    at: at.toISOString(),
    mode: config.mode,
    reference: REFERENCE,
    results,
  });
  process.stdout.write(
    `${JSON.stringify({ ok, reference: REFERENCE, results: results.map((r) => ({ file: r.file, status: r.status, summary: r.summary })) })}\n`,
  );
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
