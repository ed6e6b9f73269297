import Decimal from 'decimal.js';
import { toDecimal } from '../../../common/money';
import { fv, ipmt, nper, pmt, ppmt, pv } from './financial';

// Reference values are numpy-financial's own: the docstring examples (printed from float64, so compared
// within 1e-9) and the tests in numpy_financial/tests/test_financial.py that run on Python's Decimal with 28
// significant digits (compared to 20+ significant digits: ours carry 40, theirs round in the 28th).

const d = (value: Decimal.Value) => toDecimal(value);

/** |actual − expected| ≤ tolerance. */
function expectNear(actual: Decimal, expected: string, tolerance: string): void {
  const diff = actual.minus(expected).abs();
  if (diff.greaterThan(tolerance)) {
    throw new Error(
      `expected ${expected} ± ${tolerance}, got ${actual.toString()} (off by ${diff.toString()})`,
    );
  }
}

/** `printed` is a value rounded for display ("64.07335"): actual must lie within half its last digit. */
function expectPrinted(actual: Decimal, printed: string): void {
  const decimals = printed.split('.')[1]?.length ?? 0;
  expectNear(actual, printed, d(10).pow(-decimals).div(2).toString());
}

describe('numpy-financial docstring examples', () => {
  it('pmt: 200,000 over 15 years at 7.5 % → −1854.0247200054619', () => {
    expectNear(pmt(d('0.075').div(12), 15 * 12, '200000'), '-1854.0247200054619', '1e-9');
  });

  it('ipmt/ppmt: the amortisation table for 2,500 at 8.24 % over 12 months', () => {
    // The docstring prints ppmt, ipmt and the running principal to cents (fmt '{:8.2f}').
    const table: [string, string, string][] = [
      ['-200.58', '-17.17', '2299.42'],
      ['-201.96', '-15.79', '2097.46'],
      ['-203.35', '-14.40', '1894.11'],
      ['-204.74', '-13.01', '1689.37'],
      ['-206.15', '-11.60', '1483.22'],
      ['-207.56', '-10.18', '1275.66'],
      ['-208.99', '-8.76', '1066.67'],
      ['-210.42', '-7.32', '856.25'],
      ['-211.87', '-5.88', '644.38'],
      ['-213.32', '-4.42', '431.05'],
      ['-214.79', '-2.96', '216.26'],
      ['-216.26', '-1.49', '-0.00'],
    ];
    const rate = d('0.0824').div(12);
    const payment = pmt(rate, 12, '2500');
    let principal = d('2500');
    let interestTotal = d(0);
    table.forEach(([p, i, left], index) => {
      const per = index + 1;
      const interest = ipmt(rate, per, 12, '2500');
      const principalPart = ppmt(rate, per, 12, '2500');
      principal = principal.plus(principalPart);
      interestTotal = interestTotal.plus(interest);
      expectPrinted(principalPart, p);
      expectPrinted(interest, i);
      expectPrinted(principal, left);
      // np.allclose(ipmt + ppmt, pmt)
      expectNear(interest.plus(principalPart), payment.toString(), '1e-30');
    });
    expectPrinted(interestTotal, '-112.98'); // np.round(np.sum(ipmt), 2)
  });

  it('nper: 8,000 at 7 % paying 150 a month → 64.07335 (and the ogrid table)', () => {
    expectPrinted(nper(d('0.07').div(12), '-150', '8000'), '64.07335');
    // npf.nper(*(np.ogrid[0.07/12: 0.08/12: 0.01/12, -150: -99: 50, 8000: 9001: 1000]))
    const cases: [string, string, string, string][] = [
      ['0.07', '-150', '8000', '64.07334877'],
      ['0.07', '-150', '9000', '74.06368256'],
      ['0.07', '-100', '8000', '108.07548412'],
      ['0.07', '-100', '9000', '127.99022654'],
      ['0.08', '-150', '8000', '66.12443902'],
      ['0.08', '-150', '9000', '76.87897353'],
      ['0.08', '-100', '8000', '114.70165583'],
      ['0.08', '-100', '9000', '137.90124779'],
    ];
    for (const [annual, payment, principal, expected] of cases) {
      expectPrinted(nper(d(annual).div(12), payment, principal), expected);
    }
  });

  it('fv: saving 100 now and 100 a month for 10 years at 5 % → 15692.928894335748', () => {
    expectNear(fv(d('0.05').div(12), 120, '-100', '-100'), '15692.928894335748', '1e-9');
    expectPrinted(fv(d('0.06').div(12), 120, '-100', '-100'), '16569.87435405');
    expectPrinted(fv(d('0.07').div(12), 120, '-100', '-100'), '17509.44688102');
  });

  it('pv: the deposit that grows to 15692.93 → −100.00067131625819', () => {
    expectNear(pv(d('0.05').div(12), 120, '-100', '15692.93'), '-100.00067131625819', '1e-9');
    expectPrinted(pv(d('0.04').div(12), 120, '-100', '15692.93'), '-649.26771385');
    expectPrinted(pv(d('0.03').div(12), 120, '-100', '15692.93'), '-1273.78633713');
  });
});

describe('numpy-financial test-suite vectors (Decimal)', () => {
  it('pmt', () => {
    expectNear(pmt(d('0.08').div(12), 60, '15000'), '-304.1459143262052370338701494', '1e-22');
    expect(pmt('0', 60, '15000').toString()).toBe('-250');
    expectNear(pmt('0', 12, '2000'), '-166.6666666666666666666666667', '1e-24');
    expectNear(pmt('0.8', 3, '20000'), '-19311.25827814569536423841060', '1e-21');
    expectNear(pmt('0.3', 12, '2000'), '-626.9081401700757748402586600', '1e-22');
  });

  it('ppmt and ipmt', () => {
    expectNear(ppmt(d('0.1').div(12), 1, 60, '55000'), '-710.2541257864217612489830917', '1e-22');
    // Decimal gets 0.23/12 right where float64 says −90238044.232277036.
    expectNear(ppmt(d('0.23').div(12), 1, 60, '10000000000'), '-90238044.2322778884413969909', '1e-17');
    expectNear(ipmt(d('0.1').div(12), 1, 24, '2000'), '-16.66666666666666666666666667', '1e-24');
  });

  it('ppmt with payments at the beginning of the period (test_broadcast)', () => {
    const rate = d('0.1').div(12);
    expect(ppmt(rate, 0, 24, '2000').isNaN()).toBe(true);
    expectPrinted(ppmt(rate, 1, 24, '2000'), '-75.62318601');
    expectPrinted(ppmt(rate, 2, 24, '2000'), '-76.25337923');
    expectPrinted(ppmt(rate, 3, 24, '2000'), '-76.88882405');
    expectPrinted(ppmt(rate, 4, 24, '2000'), '-77.52956425');
    expectPrinted(ppmt(rate, 2, 24, '2000', '0', 'begin'), '-75.62318601');
    expectPrinted(ppmt(rate, 4, 24, '2000', '0', 'begin'), '-76.88882405');
    expect(ipmt(rate, 1, 24, '2000', '0', 'begin').isZero()).toBe(true);
  });

  it('pv', () => {
    expectNear(pv('0.07', 20, '12000', '0'), '-127128.1709461939327295222005', '1e-21');
  });

  it('nper', () => {
    expect(nper('0', '-2000', '0', '100000').toString()).toBe('50');
    expectPrinted(nper('0.075', '-2000', '0', '100000'), '21.544944');
    expectPrinted(nper('0.075', '-2000', '0', '100000', 'begin'), '20.76156441');
    expectPrinted(nper('0.1', '0', '-500', '1500'), '11.52670461');
    expect(nper('0', '-100', '1000').toString()).toBe('10');
    // npf.nper(0, -0.0, 1000) == inf: the payment's sign of zero decides the sign of infinity.
    expect(nper('0', '-0', '1000').toString()).toBe('Infinity');
  });
});
