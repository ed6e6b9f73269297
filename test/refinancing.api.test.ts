import { createHash } from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, TestApp } from './support/app';
import {
  ApplyForRefinanceDocument,
  CreateLoanDocument,
  LoanRefinanceApplicationsDocument,
  LoanRefinanceOffersDocument,
  RefinanceApplicationDocument,
  RefinanceApplicationsDocument,
  RefinanceProductsDocument,
  TransitionRefinanceApplicationDocument,
  UpdateCustomerDocument,
} from './generated/operations';

// The request clock: 2026-01-15 in Korea. Offers, fees and disbursement dates are computed as of this day.
const NOW = new Date('2026-01-15T03:00:00Z');
const MAX_BYTES = 64 * 1024;

const creditLoan = {
  kind: 'CREDIT',
  repaymentMethod: 'LEVEL_PAYMENT',
  rateType: 'FIXED',
  interestConvention: 'MONTHLY',
  lender: '시험은행',
  lenderType: 'BANK',
  principal: '30000000',
  annualRate: '0.0650',
  termMonths: 60,
  graceMonths: 0,
  disbursedOn: '2025-10-15',
} as const;

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20_000, 0x41), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(500, 1),
]);
const GIF = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(500, 2)]);

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('refinancing API', () => {
  let t: TestApp;
  let documentsDir: string;
  let admin: string;
  let analyst: string;
  let customer: string;
  let ownCustomerId: string;
  let otherCustomerId: string;
  let ownLoanId: string;
  let otherLoanId: string;
  let kakaoProductId: string;
  let ownApplicationId: string;
  let otherApplicationId: string;

  beforeAll(async () => {
    documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-documents-'));
    t = await startTestApp(
      {
        DOCUMENTS_DIR: documentsDir,
        DOCUMENT_MAX_BYTES: String(MAX_BYTES),
        REFINANCE_STAY_RATE_CUT: '0.003',
      },
      { clock: () => NOW },
    );
    ({ admin, analyst, customer, ownCustomerId, otherCustomerId } = await t.demoSession());
    for (const id of [ownCustomerId, otherCustomerId]) {
      const updated = await t.execute(UpdateCustomerDocument, { input: { id, creditScore: 920 } }, admin);
      expect(updated.errors).toBeUndefined();
    }
    const own = await t.execute(
      CreateLoanDocument,
      { input: { ...creditLoan, customerId: ownCustomerId } },
      admin,
    );
    const other = await t.execute(
      CreateLoanDocument,
      { input: { ...creditLoan, customerId: otherCustomerId } },
      admin,
    );
    ownLoanId = own.data!.createLoan.id;
    otherLoanId = other.data!.createLoan.id;
  });
  afterAll(async () => {
    await t.stop();
    fs.rmSync(documentsDir, { recursive: true, force: true });
  });

  const upload = (
    applicationId: string,
    bytes: Buffer,
    type: string,
    token?: string,
    name = 'statement.pdf',
  ) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
    return fetch(t.url.replace('/graphql', `/uploads/refinance-applications/${applicationId}/documents`), {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
  };
  const documentRows = async () =>
    (
      (await t.app.database.dataSource.query('SELECT count(*)::int AS n FROM refinance_document')) as {
        n: number;
      }[]
    )[0].n;

  it('lists the catalogue as a connection, filtered by loan kind, with dated rate bands', async () => {
    const first = await t.execute(RefinanceProductsDocument, { first: 5 }, customer);
    expect(first.errors).toBeUndefined();
    expect(first.data!.refinanceProducts.totalCount).toBe(11);
    expect(first.data!.refinanceProducts.edges).toHaveLength(5);
    const rest = await t.execute(
      RefinanceProductsDocument,
      { first: 20, after: first.data!.refinanceProducts.pageInfo.endCursor },
      customer,
    );
    expect(rest.data!.refinanceProducts.edges).toHaveLength(6);
    expect(rest.data!.refinanceProducts.pageInfo.hasNextPage).toBe(false);

    const all = await t.execute(
      RefinanceProductsDocument,
      { first: 20, filter: { activeOnly: false } },
      customer,
    );
    expect(all.data!.refinanceProducts.totalCount).toBe(12);
    const lenderTypes = new Set(all.data!.refinanceProducts.edges.map((e) => e.node.lenderType));
    expect([...lenderTypes].sort()).toEqual(['BANK', 'CAPITAL', 'INSURER', 'INTERNET_BANK', 'SAVINGS_BANK']);

    const credit = await t.execute(
      RefinanceProductsDocument,
      { first: 20, filter: { loanKind: 'CREDIT' } },
      customer,
    );
    const codes = credit.data!.refinanceProducts.edges.map((e) => e.node.code);
    expect(codes.sort()).toEqual([
      'HANA-CREDIT-SWITCH',
      'KAKAO-CREDIT-SWITCH',
      'SBI-CREDIT-SWITCH',
      'TOSS-CREDIT-SWITCH',
      'WOORI-CREDIT-SWITCH',
    ]);
    const kb = all.data!.refinanceProducts.edges.find((e) => e.node.code === 'KB-MORTGAGE-SWITCH')!.node;
    // Only the bands in force on 2026-01-15 (the 2025 ones ended on 2025-10-01).
    expect(kb.rateBands.map((b) => [b.minScore, b.maxScore, b.annualRate, b.validFrom, b.validTo])).toEqual([
      [700, 799, '0.044500', '2025-10-01', null],
      [800, 899, '0.040500', '2025-10-01', null],
      [900, 1000, '0.038500', '2025-10-01', null],
    ]);
    kakaoProductId = credit.data!.refinanceProducts.edges.find((e) => e.node.code === 'KAKAO-CREDIT-SWITCH')!
      .node.id;
  });

  it('refuses overlapping rate bands in the database', async () => {
    await expect(
      t.app.database.dataSource.query(
        `INSERT INTO refinance_rate_band (product_no, min_score, max_score, annual_rate, valid_from)
         SELECT product_no, 850, 950, 0.05, '2026-01-01' FROM refinance_product WHERE code = 'KB-MORTGAGE-SWITCH'`,
      ),
    ).rejects.toThrow(/refinance_rate_band_no_overlap/);
  });

  it('computes offers against hand-computed figures: switch lender vs stay with a reduced rate', async () => {
    const res = await t.execute(LoanRefinanceOffersDocument, { id: ownLoanId }, customer);
    expect(res.errors).toBeUndefined();
    const offers = res.data!.loan.refinanceOffers;
    expect(offers).toMatchObject({
      asOf: '2026-01-15',
      creditScore: 920,
      unavailableReason: null,
      stayRateCut: '0.003',
    });
    // 30,000,000 at 6.5 % over the 60 months left: pmt = 30,000,000 × r ÷ (1 − (1 + r)^−60), r = 0.065/12,
    // = 586,984.6… → 586,984 a month (truncated); interest at balance × rate ÷ 12 truncated each month,
    // the last instalment (586,979) repays the rest: total interest 5,219,035.
    expect(offers.current).toMatchObject({
      balance: { amount: '30000000' },
      annualRate: '0.065000',
      remainingMonths: 60,
      payment: { amount: '586984' },
      totalInterest: { amount: '5219035' },
    });
    // Eligible for CREDIT at score 920: Hana 4.59 %, Woori 4.78 %, Kakao 4.41 %, Toss 4.68 %, SBI 8.90 %
    // (the inactive OK savings-bank product and the mortgage/jeonse/auto products are not offered).
    expect(offers.offers.map((o) => o.product.code)).toEqual([
      'KAKAO-CREDIT-SWITCH',
      'HANA-CREDIT-SWITCH',
      'TOSS-CREDIT-SWITCH',
      'WOORI-CREDIT-SWITCH',
      'SBI-CREDIT-SWITCH',
    ]);
    const kakao = offers.offers[0];
    // Kakao 4.41 %, 60 months: pmt = 558,063; saving 586,984 − 558,063 = 28,921 a month.
    // Prepayment fee (contract 2025-10-15, after the 2025-01-13 reform: credit fixed 0.15 %): 92 days since
    // disbursement, 1,095 − 92 = 1,003 left: 30,000,000 × 0.0015 × 1,003 ÷ 1,095 = 41,219.17… → 41,219.
    // Break-even: 28,921 < 41,219 ≤ 57,842 → month 2. Interest 3,483,796; lifetime saving
    // 35,219,035 − 33,483,796 − 41,219 = 1,694,020.
    expect(kakao.switchLender).toMatchObject({
      choice: 'SWITCH_LENDER',
      annualRate: '0.044100',
      termMonths: 60,
      repaymentMethod: 'LEVEL_PAYMENT',
      newPayment: { amount: '558063' },
      monthlySaving: { amount: '28921' },
      upfrontFees: { amount: '0' },
      prepaymentFee: {
        amount: { amount: '41219' },
        ruleSetId: 'KR-BANK-PREPAYMENT-FEE-2025-01-13',
        status: 'WITHIN_WINDOW',
        feeRate: '0.0015',
        remainingDays: 1003,
      },
      totalCost: { amount: '41219' },
      breakEvenMonth: 2,
      totalInterest: { amount: '3483796' },
      lifetimeSaving: { amount: '1694020' },
    });
    // Staying: 6.5 % − 0.3 %p = 6.2 %, no fee: pmt 582,778, saving 4,206 a month, interest 4,966,651,
    // lifetime saving 35,219,035 − 34,966,651 = 252,384, break-even in month 1 (nothing to recover).
    expect(offers.stayWithCurrentLender).toMatchObject({
      choice: 'STAY_REDUCED_RATE',
      annualRate: '0.062',
      newPayment: { amount: '582778' },
      monthlySaving: { amount: '4206' },
      prepaymentFee: null,
      totalCost: { amount: '0' },
      breakEvenMonth: 1,
      lifetimeSaving: { amount: '252384' },
    });
    expect(kakao.best).toBe('SWITCH_LENDER');
    expect(kakao.advantageOverStay.amount).toBe(String(1694020 - 252384));
    // SBI at 8.9 % costs more than the loan it would replace: staying beats it.
    const sbi = offers.offers.find((o) => o.product.code === 'SBI-CREDIT-SWITCH')!;
    expect(Number(sbi.switchLender.lifetimeSaving.amount)).toBeLessThan(0);
    expect(sbi.best).toBe('STAY_REDUCED_RATE');
    expect(offers.best).toBe('SWITCH_LENDER');
    expect(offers.bestProduct!.code).toBe('KAKAO-CREDIT-SWITCH');
  });

  it('shows a CUSTOMER offers only for their own loans', async () => {
    const denied = await t.execute(LoanRefinanceOffersDocument, { id: otherLoanId }, customer);
    expect(denied.errors![0].extensions!.code).toBe('NOT_FOUND');
    const staff = await t.execute(LoanRefinanceOffersDocument, { id: otherLoanId }, analyst);
    expect(staff.data!.loan.refinanceOffers.offers).toHaveLength(5);
  });

  it('submits an application at the band rate, refuses an ineligible product and a second open one', async () => {
    const products = await t.execute(
      RefinanceProductsDocument,
      { first: 20, filter: { loanKind: 'MORTGAGE' } },
      customer,
    );
    const mortgageProduct = products.data!.refinanceProducts.edges[0].node.id;
    const wrongKind = await t.execute(
      ApplyForRefinanceDocument,
      { input: { loanId: ownLoanId, productId: mortgageProduct } },
      customer,
    );
    expect(wrongKind.data!.applyForRefinance).toMatchObject({
      __typename: 'RefinanceNotEligibleError',
      code: 'REFINANCE_NOT_ELIGIBLE',
      reason: 'LOAN_KIND_NOT_ELIGIBLE',
    });
    const tooShort = await t.execute(
      ApplyForRefinanceDocument,
      { input: { loanId: ownLoanId, productId: kakaoProductId, requestedAmount: '20000000' } },
      customer,
    );
    expect(tooShort.data!.applyForRefinance).toMatchObject({ reason: 'AMOUNT_BELOW_BALANCE' });

    const applied = await t.execute(
      ApplyForRefinanceDocument,
      { input: { loanId: ownLoanId, productId: kakaoProductId } },
      customer,
    );
    expect(applied.errors).toBeUndefined();
    const result = applied.data!.applyForRefinance;
    if (result.__typename !== 'ApplyForRefinancePayload') throw new Error(JSON.stringify(result));
    expect(result.application).toMatchObject({
      status: 'SUBMITTED',
      version: 1,
      requestedAmount: { amount: '30000000' },
      termMonths: 60,
      offeredRate: '0.044100',
      creditScore: 920,
      product: { code: 'KAKAO-CREDIT-SWITCH' },
      newLoan: null,
    });
    expect(result.application.events).toMatchObject([
      { version: 1, from: null, to: 'SUBMITTED', actorRole: 'CUSTOMER', reason: 'Application submitted' },
    ]);
    ownApplicationId = result.application.id;

    const again = await t.execute(
      ApplyForRefinanceDocument,
      { input: { loanId: ownLoanId, productId: kakaoProductId } },
      customer,
    );
    expect(again.data!.applyForRefinance).toMatchObject({
      __typename: 'RefinanceApplicationExistsError',
      existing: { id: ownApplicationId },
    });
    // An analyst reviews; filing is for the customer (or an administrator on their behalf).
    const byAnalyst = await t.execute(
      ApplyForRefinanceDocument,
      { input: { loanId: otherLoanId, productId: kakaoProductId } },
      analyst,
    );
    expect(byAnalyst.errors![0].extensions!.code).toBe('FORBIDDEN');
    const onBehalf = await t.execute(
      ApplyForRefinanceDocument,
      { input: { loanId: otherLoanId, productId: kakaoProductId } },
      admin,
    );
    if (onBehalf.data!.applyForRefinance.__typename !== 'ApplyForRefinancePayload')
      throw new Error('not applied');
    otherApplicationId = onBehalf.data!.applyForRefinance.application.id;
  });

  it('answers an illegal transition with a coded result and changes nothing', async () => {
    const before = await t.execute(RefinanceApplicationDocument, { id: ownApplicationId }, admin);
    const illegal = await t.execute(
      TransitionRefinanceApplicationDocument,
      { input: { applicationId: ownApplicationId, to: 'APPROVED', reason: 'skip the review' } },
      admin,
    );
    expect(illegal.errors).toBeUndefined();
    expect(illegal.data!.transitionRefinanceApplication).toEqual({
      __typename: 'IllegalRefinanceTransitionError',
      code: 'ILLEGAL_REFINANCE_TRANSITION',
      message: 'A SUBMITTED application cannot become APPROVED; you may move it to REVIEWING, CANCELLED',
      from: 'SUBMITTED',
      to: 'APPROVED',
      allowed: ['REVIEWING', 'CANCELLED'],
    });
    const after = await t.execute(RefinanceApplicationDocument, { id: ownApplicationId }, admin);
    expect(after.data).toEqual(before.data);
    expect(after.data!.refinanceApplication.events).toHaveLength(1);
  });

  it('keeps a CUSTOMER to their own applications and their own transitions', async () => {
    const read = await t.execute(RefinanceApplicationDocument, { id: otherApplicationId }, customer);
    expect(read.errors![0].extensions!.code).toBe('NOT_FOUND');
    const withdraw = await t.execute(
      TransitionRefinanceApplicationDocument,
      { input: { applicationId: otherApplicationId, to: 'WITHDRAWN', reason: 'not mine' } },
      customer,
    );
    expect(withdraw.errors![0].extensions!.code).toBe('NOT_FOUND');
    const selfApprove = await t.execute(
      TransitionRefinanceApplicationDocument,
      { input: { applicationId: ownApplicationId, to: 'REVIEWING', reason: 'hurry up' } },
      customer,
    );
    expect(selfApprove.errors![0].extensions!.code).toBe('FORBIDDEN');
    const mine = await t.execute(RefinanceApplicationsDocument, { first: 10 }, customer);
    expect(mine.data!.refinanceApplications.edges.map((e) => e.node.id)).toEqual([ownApplicationId]);
    const all = await t.execute(RefinanceApplicationsDocument, { first: 10 }, analyst);
    expect(all.data!.refinanceApplications.totalCount).toBe(2);
    const submitted = await t.execute(
      RefinanceApplicationsDocument,
      { first: 10, filter: { statuses: ['APPROVED'] } },
      analyst,
    );
    expect(submitted.data!.refinanceApplications.totalCount).toBe(0);
    const viaLoan = await t.execute(LoanRefinanceApplicationsDocument, { id: ownLoanId }, customer);
    expect(viaLoan.data!.loan.refinanceApplications.map((a) => a.id)).toEqual([ownApplicationId]);
    // Every unchanged: still one event each.
    const other = await t.execute(RefinanceApplicationDocument, { id: otherApplicationId }, admin);
    expect(other.data!.refinanceApplication.events).toHaveLength(1);
  });

  it('lets only one of two concurrent transitions from the same version win', async () => {
    const review = await t.execute(
      TransitionRefinanceApplicationDocument,
      {
        input: {
          applicationId: otherApplicationId,
          to: 'REVIEWING',
          reason: 'documents complete',
          expectedVersion: 1,
        },
      },
      analyst,
    );
    expect(review.data!.transitionRefinanceApplication).toMatchObject({
      application: { status: 'REVIEWING', version: 2 },
    });
    const [approve, reject] = await Promise.all([
      t.execute(
        TransitionRefinanceApplicationDocument,
        {
          input: {
            applicationId: otherApplicationId,
            to: 'APPROVED',
            reason: 'income verified',
            expectedVersion: 2,
          },
        },
        analyst,
      ),
      t.execute(
        TransitionRefinanceApplicationDocument,
        {
          input: {
            applicationId: otherApplicationId,
            to: 'REJECTED',
            reason: 'DSR too high',
            expectedVersion: 2,
          },
        },
        admin,
      ),
    ]);
    const outcomes = [approve, reject].map((r) => r.data!.transitionRefinanceApplication.__typename).sort();
    expect(outcomes).toEqual(['RefinanceVersionConflictError', 'TransitionRefinanceApplicationPayload']);
    const loser = [approve, reject].find(
      (r) => r.data!.transitionRefinanceApplication.__typename === 'RefinanceVersionConflictError',
    )!;
    expect(loser.data!.transitionRefinanceApplication).toMatchObject({
      code: 'REFINANCE_VERSION_CONFLICT',
      expectedVersion: 2,
      currentVersion: 3,
    });
    const after = await t.execute(RefinanceApplicationDocument, { id: otherApplicationId }, admin);
    expect(after.data!.refinanceApplication.version).toBe(3);
    expect(after.data!.refinanceApplication.events.map((e) => e.to)).toEqual([
      'SUBMITTED',
      'REVIEWING',
      after.data!.refinanceApplication.status,
    ]);
  });

  it('stores an uploaded document with its checksum and serves it back', async () => {
    const res = await upload(ownApplicationId, PDF, 'application/pdf', customer, '../소득증명서.pdf');
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      document: { id: string; sha256: string; sizeBytes: number; downloadPath: string };
    };
    expect(body.document).toMatchObject({
      sha256: createHash('sha256').update(PDF).digest('hex'),
      sizeBytes: PDF.length,
    });
    const app = await t.execute(RefinanceApplicationDocument, { id: ownApplicationId }, analyst);
    expect(app.data!.refinanceApplication.documents).toEqual([
      {
        id: body.document.id,
        fileName: '소득증명서.pdf',
        contentType: 'application/pdf',
        sizeBytes: PDF.length,
        sha256: body.document.sha256,
        downloadPath: body.document.downloadPath,
      },
    ]);
    const files = filesUnder(documentsDir);
    expect(files).toHaveLength(1);
    expect(createHash('sha256').update(fs.readFileSync(files[0])).digest('hex')).toBe(body.document.sha256);

    const download = await fetch(t.url.replace('/graphql', body.document.downloadPath), {
      headers: { authorization: `Bearer ${customer}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''%EC%86%8C");
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    // Images are decoded and scored before they are stored: this one must be a real PNG.
    const realPng = fs.readFileSync(path.join(__dirname, 'fixtures', 'images', 'small.png'));
    const png = await upload(ownApplicationId, realPng, 'image/png', admin, 'id-card.png');
    expect(png.status).toBe(201);
    // Another customer's token, or none, gets nothing.
    const noToken = await fetch(t.url.replace('/graphql', body.document.downloadPath));
    expect(noToken.status).toBe(401);
    const foreign = await upload(otherApplicationId, PDF, 'application/pdf', customer);
    expect(foreign.status).toBe(404);
    expect(
      ((await foreign.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('NOT_FOUND');
    expect(await documentRows()).toBe(2);
  });

  it('refuses an over-size document (413) and a refused type (415), leaving no row and no file', async () => {
    const rowsBefore = await documentRows();
    const filesBefore = filesUnder(documentsDir).length;

    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX_BYTES, 0x41)]);
    const tooLarge = await upload(ownApplicationId, big, 'application/pdf', customer);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({
      errors: [
        {
          message: `Documents may be at most ${MAX_BYTES} bytes`,
          extensions: { code: 'BAD_USER_INPUT', reason: 'DOCUMENT_TOO_LARGE' },
        },
      ],
    });

    const gif = await upload(ownApplicationId, GIF, 'image/png', customer, 'photo.png');
    expect(gif.status).toBe(415);
    expect(
      ((await gif.json()) as { errors: { extensions: { reason: string } }[] }).errors[0].extensions.reason,
    ).toBe('UNSUPPORTED_DOCUMENT_TYPE');
    // The bytes decide, not the label: a PNG sent as a PDF is refused too.
    const mislabelled = await upload(ownApplicationId, PNG, 'application/pdf', customer);
    expect(mislabelled.status).toBe(415);

    // A declared length far beyond the limit is refused before the body is read (the connection is closed).
    const early = await new Promise<number>((resolve, reject) => {
      const target = new URL(
        t.url.replace('/graphql', `/uploads/refinance-applications/${ownApplicationId}/documents`),
      );
      const req = http.request(
        target,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${customer}`,
            'content-type': 'multipart/form-data; boundary=XyZ',
            'content-length': String(MAX_BYTES * 10),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
          req.destroy();
        },
      );
      req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
      req.write(Buffer.alloc(1024, 0x20));
    });
    expect(early).toBe(413);

    // A body cut short (no closing boundary) is a bad request, and its partial file is removed too.
    const cut = await fetch(
      t.url.replace('/graphql', `/uploads/refinance-applications/${ownApplicationId}/documents`),
      {
        method: 'POST',
        headers: { authorization: `Bearer ${customer}`, 'content-type': 'multipart/form-data; boundary=XyZ' },
        body: `--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 truncated`,
      },
    );
    expect(cut.status).toBe(400);
    expect(
      ((await cut.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('BAD_USER_INPUT');

    expect(await documentRows()).toBe(rowsBefore);
    expect(filesUnder(documentsDir)).toHaveLength(filesBefore);
  });

  it('disburses an approved application: old loan closed with its fee, new loan booked, every step recorded', async () => {
    for (const [to, reason, token] of [
      ['REVIEWING', 'documents received', analyst],
      ['APPROVED', 'income and DSR verified', analyst],
      ['DISBURSED', 'funds sent to 국민은행', admin],
    ] as const) {
      if (to === 'DISBURSED') {
        // Disbursement books a loan and records a payoff: ADMIN only (analysts are read-only on loans).
        const byAnalyst = await t.execute(
          TransitionRefinanceApplicationDocument,
          { input: { applicationId: ownApplicationId, to, reason } },
          analyst,
        );
        expect(byAnalyst.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
      const res = await t.execute(
        TransitionRefinanceApplicationDocument,
        { input: { applicationId: ownApplicationId, to, reason } },
        token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.transitionRefinanceApplication).toMatchObject({ application: { status: to } });
    }
    const done = await t.execute(RefinanceApplicationDocument, { id: ownApplicationId }, customer);
    const application = done.data!.refinanceApplication;
    expect(application).toMatchObject({
      status: 'DISBURSED',
      version: 4,
      loan: { id: ownLoanId, status: 'CLOSED' },
      newLoan: {
        status: 'ACTIVE',
        lender: '카카오뱅크',
        annualRate: '0.044100',
        termMonths: 60,
        principal: { amount: '30000000' },
      },
    });
    expect(application.events.map((e) => [e.from, e.to, e.actorRole, e.reason])).toEqual([
      [null, 'SUBMITTED', 'CUSTOMER', 'Application submitted'],
      ['SUBMITTED', 'REVIEWING', 'ANALYST', 'documents received'],
      ['REVIEWING', 'APPROVED', 'ANALYST', 'income and DSR verified'],
      ['APPROVED', 'DISBURSED', 'ADMIN', 'funds sent to 국민은행'],
    ]);
    expect(application.events.every((e) => e.actorUserId && e.at === NOW.toISOString())).toBe(true);

    // The payoff is the old loan's FULL repayment of its payoffQuote (issue 13): nothing was paid, so the three
    // instalments due by 2026-01-15 are unpaid. Level payment of 30,000,000 at 6.5 % over 60 months: 586,984;
    // their interest 162,500 + 160,200 + 157,888 = 480,588 (balance × 0.065 ÷ 12 each, truncated); the running
    // period has not begun. Penalty at 9.5 %, from the day after each due date up to and including the payoff day:
    // instalment 1 (due Saturday 11-15, moved to Monday 11-17) 59 days (11-18 … 01-15) and instalment 2 31 days
    // (12-16 … 01-15): 586,984 × 0.095 × 90 ÷ 365 = 13,749.9 → 13,749. Plus the fee above.
    // (Before issue 13 this was simple interest since disbursement, 491,506, and no penalty.)
    const history = await t.request<{
      loan: {
        repaymentHistory: {
          kind: string;
          amount: { amount: string };
          principal: { amount: string };
          interest: { amount: string };
          penalty: { amount: string };
          fee: { amount: string };
          feeRuleSet: string;
        }[];
      };
    }>(
      'query ($id: ID!) { loan(id: $id) { repaymentHistory { kind amount { amount } principal { amount } interest { amount } penalty { amount } fee { amount } feeRuleSet } } }',
      { id: ownLoanId },
      customer,
    );
    expect(history.data!.loan.repaymentHistory).toEqual([
      {
        kind: 'FULL',
        amount: { amount: '30535556' },
        principal: { amount: '30000000' },
        interest: { amount: '480588' },
        penalty: { amount: '13749' },
        fee: { amount: '41219' },
        feeRuleSet: 'KR-BANK-PREPAYMENT-FEE-2025-01-13',
      },
    ]);
    // The new loan is the customer's and starts today.
    const newLoan = await t.request<{
      loan: { disbursedOn: string; maturityOn: string; customer: { id: string } };
    }>(
      'query ($id: ID!) { loan(id: $id) { disbursedOn maturityOn customer { id } } }',
      { id: application.newLoan!.id },
      customer,
    );
    expect(newLoan.data!.loan).toEqual({
      disbursedOn: '2026-01-15',
      maturityOn: '2031-01-15',
      customer: { id: ownCustomerId },
    });
    // Finished applications take no more transitions or documents.
    const again = await t.execute(
      TransitionRefinanceApplicationDocument,
      { input: { applicationId: ownApplicationId, to: 'CANCELLED', reason: 'too late' } },
      admin,
    );
    expect(again.data!.transitionRefinanceApplication).toMatchObject({ allowed: [] });
    const late = await upload(ownApplicationId, PDF, 'application/pdf', customer);
    expect(late.status).toBe(409);
    const offers = await t.execute(LoanRefinanceOffersDocument, { id: ownLoanId }, customer);
    expect(offers.data!.loan.refinanceOffers).toMatchObject({
      unavailableReason: 'LOAN_NOT_ACTIVE',
      offers: [],
    });
  });

  it('batches offers, applications, events and documents per request (SQL statements constant in first)', async () => {
    const statements = async (first: number) => {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
        body: JSON.stringify({
          // Both 시험은행 loans (a lender no seeded loan uses) have applications (the new 카카오뱅크 loan has none, and the fixed clock gives
          // every loan the same created_at, so an unfiltered page would pick its loans by id).
          query: `{ loans(first: ${first}, filter: { lender: "시험은행" }) { edges { node { id
            refinanceOffers { offers { product { code rateBands { annualRate } } switchLender { newPayment { amount } } } }
            refinanceApplications { status product { code } events { to } documents { sha256 } } } } } }`,
        }),
      });
      const body = (await res.json()) as { errors?: unknown; data: { loans: { edges: unknown[] } } };
      expect(body.errors).toBeUndefined();
      expect(body.data.loans.edges).toHaveLength(first);
      return Number(res.headers.get('x-sql-statements'));
    };
    // One statement per level, not per loan: loans page, customers, rate changes, the catalogue and its bands,
    // applications by loan, their products, events and documents.
    const counts = [await statements(1), await statements(2)];
    expect(counts).toEqual([counts[0], counts[0]]);
    expect(counts[0]).toBe(9);
  });
});
