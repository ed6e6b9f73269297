import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  placeholders,
  readmeBlocks,
  readmeExamples,
  readmeOperations,
  renderReadmeTabs,
  ReadmeExample,
  ReadmeOperation,
} from '../src/app/graphiql/readme-examples';
import { EXAMPLE_TABS } from '../src/app/graphiql/examples';
import { koreanDate } from '../src/common/dates';
import { DEMO, loginWhenAvailable, startTestApp, subscribe, TestApp } from './support/app';

// Every API example of the README, run in README order against a fresh server with the demo data (the same
// composition root as `npm start`), as written: GraphQL operations over HTTP or graphql-ws, curl commands in a
// shell. Only the "<loan id>"-style placeholders are filled, from the results of the examples before them.

const ROOT = path.resolve(__dirname, '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const run = promisify(execFile);

type Obj = Record<string, unknown>;

/** Every `__typename` in a result: an expected failure (…Error) means the example did not do what it shows. */
function typenames(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => typenames(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '__typename' && typeof v === 'string') out.push(v);
      else typenames(v, out);
    }
  }
  return out;
}

describe('README examples', () => {
  jest.setTimeout(300_000);
  let t: TestApp;
  let tokens: Record<'CUSTOMER' | 'ANALYST' | 'ADMIN', string>;
  const filled: Record<string, string> = {};
  const env: Record<string, string> = {};
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-readme-'));

  beforeAll(async () => {
    t = await startTestApp({ DEMO_SPENDING: 'true' });
    const [customer, analyst, admin] = await Promise.all([
      loginWhenAvailable(t, DEMO.customer),
      loginWhenAvailable(t, DEMO.analyst),
      loginWhenAvailable(t, DEMO.admin),
    ]);
    tokens = { CUSTOMER: customer, ANALYST: analyst, ADMIN: admin };
    const me = await t.request<{ me: { customer: { id: string } } }>(
      '{ me { customer { id } } }',
      {},
      customer,
    );
    filled['customer id'] = me.data!.me.customer.id;
    // Repayments are valued the day they are paid (never a day to come): today in Korea, on the app's clock.
    filled.today = koreanDate(t.app.container.clock());
    // The files the curl examples send, under the names they use.
    fs.copyFileSync(
      path.join(ROOT, 'test/fixtures/imports/online_retail_sample.csv'),
      path.join(workDir, 'online_retail.csv'),
    );
    fs.writeFileSync(
      path.join(workDir, '소득증명서.pdf'),
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
  });
  afterAll(async () => {
    await t?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  /** What later examples need from an operation's result. */
  function learn(op: ReadmeOperation, data: Obj): void {
    const d = data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    switch (op.name) {
      case 'Login':
        expect(d.login.accessToken).toEqual(expect.any(String));
        break;
      case 'MyLoans': {
        // A loan in good standing with an instalment to come: the one the loan examples pay.
        const loan = d.me.customer.loans.find(
          (l: Obj & { nextPayment: Obj | null; delinquency: { daysPastDue: number } | null }) =>
            l.nextPayment && (l.delinquency?.daysPastDue ?? 0) === 0,
        );
        expect(loan).toBeDefined();
        filled['loan id'] = loan.id;
        filled['nextPayment.payment'] = loan.nextPayment.payment.amount;
        break;
      }
      case 'Prepay':
      case 'Pay':
        // Both valued today, in this order (a prepayment after an early payment would wait for the due date).
        expect([op.name, d.recordRepayment.__typename]).toEqual([op.name, 'RecordRepaymentPayload']);
        break;
      case 'NextPayment':
        // The instalment as the prepayment re-amortised it: what Pay takes.
        filled['nextPayment.payment'] = d.loan.nextPayment.payment.amount;
        break;
      case 'Offers':
        expect(d.loan.refinanceOffers.offers.length).toBeGreaterThan(0);
        filled['product id'] = d.loan.refinanceOffers.offers[0].product.id;
        break;
      case 'Apply':
        filled['application id'] = env.APPLICATION_ID = d.applyForRefinance.application.id;
        break;
      case 'MyFlagged': {
        // The customer's most unusual purchase this quarter (flagged or not): the one reported as "not me".
        const items = d.me.customer.anomalies.items;
        expect(items.length).toBeGreaterThan(0);
        filled['transaction id'] = items[0].transactionId;
        break;
      }
      case 'ReportNotMine':
        expect(d.reportTransactionNotMine.source).toEqual(expect.any(String));
        filled['fraud case id'] = d.reportTransactionNotMine.id;
        break;
      case 'MySpending':
        expect(d.me.customer.cards.length).toBeGreaterThan(0);
        filled['card id'] = d.me.customer.cards[0].id;
        break;
      case 'StartImport':
        filled['import id'] = d.startImport.id;
        break;
      case 'CustomerModels':
        expect(d.customer.recommendations.length).toBeGreaterThan(0);
        filled['recommendation id'] = d.customer.recommendations[0].id;
        break;
      case 'FaqCatalogue': {
        const revenue = d.faqCatalogue.entries.find((e: { key: string }) => e.key === 'revenue');
        expect(revenue).toBeDefined();
        filled['faq entry id'] = revenue.id;
        break;
      }
      case 'CreateRefinanceProduct':
        filled['new product id'] = d.createRefinanceProduct.id;
        break;
      case 'SendChatMessage':
        filled['assistant message id'] = d.sendChatMessage.assistantMessage.id;
        break;
    }
  }

  function variablesOf(op: ReadmeOperation): Obj {
    switch (op.name) {
      case 'WatchCustomer':
        return { id: filled['customer id'] };
      case 'Offers':
        return { loanId: filled['loan id'] };
      case 'ChatMessageStream':
        return { id: filled['assistant message id'] };
      default:
        expect(op.variables).toEqual([]);
        return {};
    }
  }

  function fill(text: string, where: string): string {
    for (const name of placeholders(text)) {
      if (filled[name] === undefined) throw new Error(`${where}: nothing filled "<${name}>" yet`);
      text = text.split(`"<${name}>"`).join(JSON.stringify(filled[name]));
    }
    return text;
  }

  function expectClean(op: ReadmeOperation, result: { data?: unknown; errors?: unknown }): void {
    const where = `README line ${op.example.line}, ${op.name} (as ${op.role})`;
    const errors = (result.errors ?? []) as { message: string; extensions?: { code?: string } }[];
    const failures = typenames(result.data).filter((n) => n.endsWith('Error'));
    // One readable line per failed example: where it is in the README and what the server said.
    if (errors.length || failures.length || !result.data)
      throw new Error(
        `${where}: ${errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')} ${failures.join(', ')} ${JSON.stringify(result.data)?.slice(0, 300)}`,
      );
  }

  /** The subscriptions of a block, checked when the block's other operations have run. */
  type Pending = { op: ReadmeOperation; check: () => Promise<void> };

  async function runOperation(op: ReadmeOperation, pending: Pending[]): Promise<void> {
    const text = fill(op.text, `README line ${op.example.line}, ${op.name}`);
    const token = op.role === 'nobody' ? undefined : tokens[op.role];
    if (op.kind !== 'subscription') {
      const result = await t.request(text, variablesOf(op), token);
      expectClean(op, result);
      learn(op, result.data as Obj);
      return;
    }
    const sub = subscribe<Obj>(t.ws(token), text, variablesOf(op));
    pending.push({
      op,
      check: async () => {
        const last = async (done: (e: Obj) => boolean) => {
          for (let n = 1; ; n++) {
            const got = await sub.next(n, 60_000);
            if (sub.errors.length || got.length < n) break;
            if (done(got[n - 1])) break;
          }
          sub.dispose();
          expect({ where: op.name, errors: sub.errors }).toEqual({ where: op.name, errors: [] });
          return sub.results.at(-1)!;
        };
        if (op.name === 'WatchCustomer') {
          const e = await last(() => true);
          expect(e.customerUpdated).toMatchObject({
            id: filled['customer id'],
            annualIncome: { amount: '61000000' },
          });
        } else if (op.name === 'ChatMessageStream') {
          const e = (await last((x) => (x.chatMessageStream as Obj).done === true)).chatMessageStream as Obj;
          // A message that did not complete says why (its failureReason), so a failure here is diagnosable.
          if ((e.message as Obj | undefined)?.status !== 'COMPLETE') {
            const why = await t.request<{ chatMessage: Obj | null }>(
              'query ($id: ID!) { chatMessage(id: $id) { status failureReason } }',
              { id: filled['assistant message id'] },
              op.role === 'nobody' ? undefined : tokens[op.role],
            );
            // toEqual, not toMatchObject: the diff then prints the failureReason (CI shows nothing else).
            expect({
              stream: (e.message as Obj | undefined)?.status,
              message: why.data?.chatMessage,
            }).toEqual({
              stream: 'COMPLETE',
              message: { status: 'COMPLETE', failureReason: null },
            });
          }
          expect(e).toMatchObject({ done: true, message: { status: 'COMPLETE' } });
          expect(String((e.message as Obj).text).length).toBeGreaterThan(0);
        } else if (op.name === 'ImportProgress') {
          const e = (
            await last((x) => ['SUCCEEDED', 'FAILED'].includes((x.importProgress as Obj).status as string))
          ).importProgress as Obj;
          expect(e).toMatchObject({ status: 'SUCCEEDED', percent: 100 });
        } else throw new Error(`no check for the subscription ${op.name}`);
      },
    });
    // A subscription in a block starts before the operations after it (WatchCustomer sees UpdateCustomer).
    await new Promise((r) => setTimeout(r, 300));
  }

  /** A curl example: each command (continuation lines joined) in bash, against the test server. */
  async function runBash(example: ReadmeExample): Promise<void> {
    const commands = example.text
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const command of commands) {
      const host = new URL(t.url).host;
      const line = command.replace(/(http:\/\/)?localhost:4000/g, `http://${host}`);
      const { stdout } = await run('bash', ['-c', `set -e; ${line}`], {
        cwd: workDir,
        // $TOKEN: the access token of the block's role, as a reader would export it after logging in.
        env: { ...process.env, ...env, TOKEN: example.role === 'nobody' ? '' : tokens[example.role] },
      });
      const where = `README line ${example.line}: ${command.slice(0, 80)}`;
      if (/-o \S+/.test(command)) {
        expect({
          where,
          bytes: fs.statSync(path.join(workDir, /-o (\S+)/.exec(command)![1])).size > 0,
        }).toEqual({
          where,
          bytes: true,
        });
        continue;
      }
      const body = JSON.parse(stdout) as Obj;
      expect({ where, errors: body.errors }).toEqual({ where, errors: undefined });
      if (body.uploadId) env.UPLOAD_ID = filled['upload id'] = body.uploadId as string;
      if (body.document) env.DOCUMENT_ID = (body.document as Obj).id as string;
      if (body.data) expect(body.data).toBeTruthy();
    }
  }

  it('marks every GraphQL block of the README as an example (so none is left out)', () => {
    const graphql = readmeBlocks(README).filter((b) => b.rawLang === 'graphql');
    expect(graphql.filter((b) => !b.marked).map((b) => b.line)).toEqual([]);
    expect(readmeOperations(README).length).toBeGreaterThanOrEqual(30);
  });

  it('preloads every README operation as a GraphiQL tab, as written', () => {
    const tabs = EXAMPLE_TABS.map((tab) => tab.query);
    const missing = readmeOperations(README)
      .filter((op) => !tabs.some((q) => q.includes(op.text)))
      .map((op) => op.name);
    expect(missing).toEqual([]);
  });

  it('keeps the generated GraphiQL tabs in step with the README (npm run examples:emit)', () => {
    const generated = fs.readFileSync(path.join(ROOT, 'src/app/graphiql/readme-tabs.generated.ts'), 'utf8');
    expect(generated).toBe(renderReadmeTabs(README));
  });

  it('runs every example in README order with no error', async () => {
    const operations = readmeOperations(README);
    let ran = 0;
    for (const example of readmeExamples(README)) {
      if (example.lang === 'bash') {
        await runBash(example);
        continue;
      }
      const pending: Pending[] = [];
      for (const op of operations.filter((o) => o.example.line === example.line)) {
        await runOperation(op, pending);
        ran++;
      }
      for (const p of pending) await p.check();
    }
    expect(ran).toBe(operations.length);
    // Sensible data, not just no errors: the examples touched what they say.
    expect(filled['loan id']).toBeDefined();
    expect(filled['application id']).toBeDefined();
    expect(filled['import id']).toBeDefined();
  });
});
