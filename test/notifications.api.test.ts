import { randomUUID } from 'node:crypto';
import { createRequestContext } from '../src/app/context';
import { fromGlobalId } from '../src/common/global-id';
import { NotificationKind, NotificationRepository } from '../src/modules/notifications';
import { startTestApp, subscribe, TestApp, waitForModelVersion } from './support/app';
import { insertPurchase } from './support/spending';

// Notifications (issue 17): a scan turns due payments, arrears and flagged card transactions into notices stored
// once per fact and pushed over graphql-ws to the user they concern; settings mute kinds and pick the language.

const NOTIFICATION_FIELDS = `id kind subjectId message amount { amount currency } dueDate installmentNumber
  loanNumber transactionId merchantName score createdAt readAt`;

const SCAN = `mutation Scan($input: ScanNotificationsInput!) {
  scanNotifications(input: $input) { asOf created byKind { kind count } }
}`;

interface Notice {
  id: string;
  kind: string;
  subjectId: string | null;
  message: string;
  amount: { amount: string; currency: string } | null;
  dueDate: string | null;
  installmentNumber: number | null;
  loanNumber: string | null;
  transactionId: string | null;
  merchantName: string | null;
  score: number | null;
  readAt: string | null;
}

interface LoanDue {
  id: string;
  loanNumber: string;
  nextPayment: { number: number; dueDate: string; payment: { amount: string } } | null;
}

describe('notifications API', () => {
  let t: TestApp;
  let admin: string;
  let customer: string;
  let analyst: string;
  let own: string;
  let ownGlobalId: string;
  let spikeId: string;
  let loans: LoanDue[];
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.container.dataSource.query(text, params) as Promise<T[]>;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_SPENDING: 'true', DEMO_CUSTOMERS: '12' });
    const s = await t.demoSession();
    ({ admin, customer, analyst } = s);
    own = fromGlobalId(s.ownCustomerId).id;
    ownGlobalId = s.ownCustomerId;
    const res = await t.request<{ customer: { loans: LoanDue[] } }>(
      `query($id: ID!) { customer(id: $id) { loans { id loanNumber nextPayment { number dueDate payment { amount } } } } }`,
      { id: s.ownCustomerId },
      customer,
    );
    expect(res.errors).toBeUndefined();
    loans = res.data!.customer.loans.filter((l) => l.nextPayment);
    expect(loans.length).toBeGreaterThan(0);
    // A new card transaction far above the customer's usual spending (as an import would add it).
    spikeId = await insertPurchase(t, own, {
      amount: 48_000_000,
      occurredAt: new Date(t.app.container.clock().getTime() - 60_000),
      merchantName: 'Test Jewellery',
      channel: 'OFFLINE',
      locality: 'OVERSEAS',
    });
  }, 180_000);

  afterAll(async () => {
    await t?.stop();
  });

  it('pushes a payment-due and a flagged-transaction notice over graphql-ws, each exactly once', async () => {
    const first = loans.map((l) => l.nextPayment!).sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
    const asOf = first.dueDate; // due today: inside the default 3-day window
    const due = loans.filter((l) => {
      const d = l.nextPayment!.dueDate;
      return d >= asOf && Date.parse(d) - Date.parse(asOf) <= 3 * 86_400_000;
    });

    const sub = subscribe<{ notificationAdded: Notice }>(
      t.ws(customer),
      `subscription { notificationAdded { ${NOTIFICATION_FIELDS} } }`,
    );
    await new Promise((r) => setTimeout(r, 300)); // the subscription is registered
    const input = { asOf, kinds: ['PAYMENT_DUE', 'FLAGGED_TRANSACTION'] };
    const scan = await t.request<{ scanNotifications: { created: number } }>(SCAN, { input }, admin);
    expect(scan.errors).toBeUndefined();
    expect(scan.data!.scanNotifications.created).toBeGreaterThanOrEqual(due.length + 1);

    const mine = await t.request<{ notifications: { totalCount: number; edges: { node: Notice }[] } }>(
      `{ notifications(first: 50) { totalCount edges { node { ${NOTIFICATION_FIELDS} } } } }`,
      {},
      customer,
    );
    expect(mine.errors).toBeUndefined();
    const stored = mine.data!.notifications.edges.map((e) => e.node);
    await sub.next(stored.length);

    // The same scan again (as another replica's timer would run it) creates and pushes nothing.
    const again = await t.request<{ scanNotifications: { created: number } }>(SCAN, { input }, admin);
    expect(again.data!.scanNotifications.created).toBe(0);
    await new Promise((r) => setTimeout(r, 1_000));
    sub.dispose();
    expect(sub.errors).toEqual([]);
    const pushed = sub.results.map((r) => r.notificationAdded);
    expect(pushed.map((n) => n.id).sort()).toEqual(stored.map((n) => n.id).sort());

    const paymentDue = pushed.filter((n) => n.kind === 'PAYMENT_DUE');
    expect(paymentDue.map((n) => n.loanNumber).sort()).toEqual(due.map((l) => l.loanNumber).sort());
    for (const n of paymentDue) {
      const loan = due.find((l) => l.loanNumber === n.loanNumber)!;
      expect(n.subjectId).toBe(loan.id);
      expect(n.dueDate).toBe(loan.nextPayment!.dueDate);
      expect(n.installmentNumber).toBe(loan.nextPayment!.number);
      expect(n.amount).toEqual({ amount: loan.nextPayment!.payment.amount, currency: 'KRW' });
      expect(n.message).toContain(`${Number(loan.nextPayment!.payment.amount).toLocaleString('en-US')}원`);
      expect(n.message).not.toMatch(/\(으\)|이\/가|PAYMENT_DUE/);
    }
    const flagged = pushed.filter((n) => n.kind === 'FLAGGED_TRANSACTION');
    const spike = flagged.filter((n) => n.transactionId === spikeId);
    expect(spike).toHaveLength(1);
    expect(spike[0]).toMatchObject({
      merchantName: 'Test Jewellery',
      amount: { amount: '48000000', currency: 'KRW' },
    });
    expect(spike[0].message).toContain('48,000,000원');
    expect(new Set(pushed.map((n) => n.id)).size).toBe(pushed.length);

    // Other users heard nothing of it.
    const theirs = await t.request<{ notifications: { totalCount: number } }>(
      `{ notifications { totalCount } }`,
      {},
      analyst,
    );
    expect(theirs.data!.notifications.totalCount).toBe(0);
  });

  it('marks read by id or all, refuses another user’s id, and refetches by node id', async () => {
    const list = await t.request<{ notifications: { edges: { node: { id: string } }[] } }>(
      `{ notifications(first: 1) { edges { node { id } } } }`,
      {},
      customer,
    );
    const id = list.data!.notifications.edges[0].node.id;
    const node = await t.request<{ node: { id: string; kind: string } | null }>(
      `query($id: ID!) { node(id: $id) { id ... on Notification { kind } } }`,
      { id },
      customer,
    );
    expect(node.data!.node!.id).toBe(id);
    const foreign = await t.request(
      `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { updated } }`,
      { input: { ids: [id] } },
      analyst,
    );
    expect(foreign.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(foreign.errors![0].message).toContain('ids');
    const one = await t.request<{ markNotificationsRead: { updated: number; unreadCount: number } }>(
      `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { updated unreadCount } }`,
      { input: { ids: [id] } },
      customer,
    );
    expect(one.data!.markNotificationsRead.updated).toBe(1);
    const all = await t.request<{ markNotificationsRead: { updated: number; unreadCount: number } }>(
      `mutation { markNotificationsRead(input: { all: true }) { updated unreadCount } }`,
      {},
      customer,
    );
    expect(all.data!.markNotificationsRead.unreadCount).toBe(0);
    const unread = await t.request<{ unreadNotificationCount: number }>(
      `{ unreadNotificationCount }`,
      {},
      customer,
    );
    expect(unread.data!.unreadNotificationCount).toBe(0);
  });

  it('keeps settings: English text, muted kinds, field-named errors', async () => {
    const bad = await t.request(
      `mutation { updateMySettings(input: { defaultQuarter: "2025Q5" }) { defaultQuarter } }`,
      {},
      customer,
    );
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors![0])).toContain('defaultQuarter');
    const tooMany = await t.request(
      `mutation { updateMySettings(input: { paymentDueDays: 31 }) { paymentDueDays } }`,
      {},
      customer,
    );
    expect(tooMany.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    const saved = await t.request<{ updateMySettings: Record<string, unknown> }>(
      `mutation { updateMySettings(input: { language: EN, comparisonGroup: AGE, defaultQuarter: "2025Q3",
         mutedKinds: [DELINQUENCY] }) { language comparisonGroup defaultQuarter paymentDueDays mutedKinds } }`,
      {},
      customer,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateMySettings).toEqual({
      language: 'EN',
      comparisonGroup: 'AGE',
      defaultQuarter: '2025Q3',
      paymentDueDays: 3,
      mutedKinds: ['DELINQUENCY'],
    });
    const read = await t.request<{ mySettings: { language: string } }>(
      `{ mySettings { language } }`,
      {},
      customer,
    );
    expect(read.data!.mySettings.language).toBe('EN');

    // The comparison group is where the customer's peer comparison starts (once the demo's first refit stored peers;
    // the default quarter is cleared, so the latest stored quarter is compared). With 12 customers the narrow groups
    // are too small: from the default start the comparison is widened, from AGE it is not.
    await waitForModelVersion(t, 'PEER_PERCENTILES');
    const peersFrom = async (group: string) => {
      await t.request(
        `mutation($g: ComparisonGroup) { updateMySettings(input: { defaultQuarter: null, comparisonGroup: $g }) { comparisonGroup } }`,
        { g: group === 'default' ? null : group },
        customer,
      );
      const res = await t.request<{ customer: { peerComparison: { level: string; widened: boolean } } }>(
        `query($id: ID!) { customer(id: $id) { peerComparison { level widened } } }`,
        { id: ownGlobalId },
        customer,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.customer.peerComparison;
    };
    expect(await peersFrom('default')).toEqual({ level: 'AGE', widened: true });
    expect(await peersFrom('AGE')).toEqual({ level: 'AGE', widened: false });

    // Muted: a scan far in the future finds every instalment overdue but notifies no arrears to this user.
    const scan = await t.request(SCAN, { input: { asOf: '2099-01-01', kinds: ['DELINQUENCY'] } }, admin);
    expect(scan.errors).toBeUndefined();
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE u.customer_id = $1 AND n.kind = 'DELINQUENCY'`,
      [own],
    );
    expect(n).toBe(0);

    const english = await t.request<{ notifications: { edges: { node: Notice }[] } }>(
      `{ notifications(first: 5) { edges { node { kind message } } } }`,
      {},
      customer,
    );
    const due = english.data!.notifications.edges.map((e) => e.node).find((n) => n.kind === 'PAYMENT_DUE')!;
    expect(due.message).toMatch(/^Your next payment on loan L\d+ is ₩[\d,]+, due /);
  });

  it('notifies the applicant of every refinance application transition, exactly once each', async () => {
    const sub = subscribe<{
      notificationAdded: Notice & {
        applicationStatus: string | null;
        previousApplicationStatus: string | null;
      };
    }>(
      t.ws(customer),
      `subscription { notificationAdded { ${NOTIFICATION_FIELDS} applicationStatus previousApplicationStatus } }`,
    );
    await new Promise((r) => setTimeout(r, 300)); // the subscription is registered
    // The customer files an application on one of their loans (the first offered product that accepts it).
    let applicationId: string | null = null;
    for (const loan of loans) {
      const offers = await t.request<{
        node: { refinanceOffers: { offers: { product: { id: string } }[] } };
      }>(
        `query($id: ID!) { node(id: $id) { ... on Loan { refinanceOffers { offers { product { id } } } } } }`,
        { id: loan.id },
        customer,
      );
      for (const offer of offers.data?.node.refinanceOffers.offers ?? []) {
        const applied = await t.request<{
          applyForRefinance: { __typename: string; application?: { id: string } };
        }>(
          `mutation($input: ApplyForRefinanceInput!) { applyForRefinance(input: $input) {
             __typename ... on ApplyForRefinancePayload { application { id } } } }`,
          { input: { loanId: loan.id, productId: offer.product.id } },
          customer,
        );
        if (applied.data?.applyForRefinance.application) {
          applicationId = applied.data.applyForRefinance.application.id;
          break;
        }
      }
      if (applicationId) break;
    }
    expect(applicationId).not.toBeNull();
    const TRANSITION = `mutation($input: TransitionRefinanceApplicationInput!) {
      transitionRefinanceApplication(input: $input) { __typename } }`;
    const move = (to: string, expectedVersion?: number) =>
      t.request<{ transitionRefinanceApplication: { __typename: string } }>(
        TRANSITION,
        { input: { applicationId, to, reason: `test: ${to}`, expectedVersion } },
        admin,
      );
    expect((await move('REVIEWING')).data!.transitionRefinanceApplication.__typename).toBe(
      'TransitionRefinanceApplicationPayload',
    );
    // Refused transitions (illegal, or against a stale version) change nothing and notify nobody.
    expect((await move('DISBURSED')).data!.transitionRefinanceApplication.__typename).toBe(
      'IllegalRefinanceTransitionError',
    );
    expect((await move('APPROVED', 1)).data!.transitionRefinanceApplication.__typename).toBe(
      'RefinanceVersionConflictError',
    );
    expect((await move('APPROVED', 2)).data!.transitionRefinanceApplication.__typename).toBe(
      'TransitionRefinanceApplicationPayload',
    );

    const pushed = (await sub.next(3)).map((r) => r.notificationAdded);
    // The same fact again (a replayed transition) is not stored, hence not pushed, a second time.
    const local = fromGlobalId(applicationId!).id;
    const [user] = await sql<{ user_id: string }>(`SELECT user_id FROM notification WHERE fact_key = $1`, [
      `APPLICATION_STATUS:${local}:2`,
    ]);
    const replay = await new NotificationRepository().insertNew(
      createRequestContext(t.app.container, {}),
      [
        {
          id: randomUUID(),
          userId: user.user_id,
          kind: NotificationKind.APPLICATION_STATUS,
          factKey: `APPLICATION_STATUS:${local}:2`,
          subjectId: applicationId,
          data: {},
        },
      ],
      new Date(),
    );
    expect(replay).toEqual([]);
    await new Promise((r) => setTimeout(r, 1_000));
    sub.dispose();
    const all = sub.results.map((r) => r.notificationAdded).filter((n) => n.kind === 'APPLICATION_STATUS');
    expect(all.map((n) => [n.previousApplicationStatus, n.applicationStatus])).toEqual([
      [null, 'SUBMITTED'],
      ['SUBMITTED', 'REVIEWING'],
      ['REVIEWING', 'APPROVED'],
    ]);
    expect(pushed.map((n) => n.id)).toEqual(all.map((n) => n.id));
    expect(all.every((n) => n.subjectId === applicationId)).toBe(true);
    // The customer chose English earlier in this file.
    expect(all[2].message).toBe('Your refinance application is now approved.');
    const stored = await sql<{ fact_key: string }>(
      `SELECT fact_key FROM notification WHERE kind = 'APPLICATION_STATUS' ORDER BY created_at, fact_key`,
    );
    expect(stored.map((r) => r.fact_key)).toEqual([1, 2, 3].map((v) => `APPLICATION_STATUS:${local}:${v}`));
  });

  it('lets only an ADMIN scan, and checks the date', async () => {
    const denied = await t.request(SCAN, { input: {} }, analyst);
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    const bad = await t.request(SCAN, { input: { asOf: '2025-02-30' } }, admin);
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain('asOf');
  });
});
