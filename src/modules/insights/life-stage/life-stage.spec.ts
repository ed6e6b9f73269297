import { quarter } from '../quarter.fixture';
import {
  DEFAULT_LIFE_STAGE_THRESHOLDS,
  fitCut,
  fitLifeStageThresholds,
  inferLifeStage,
  LifeStageCorrectionSample,
} from './life-stage';

describe('inferLifeStage — evidence points, hand-counted', () => {
  it('student: age 22, alone, low income, education 20 % of spend → 3 + 1 + 2 points, confidence 1', () => {
    const r = inferLifeStage(
      quarter({
        age: 22,
        householdSize: 1,
        income: '1500000',
        totalSpend: '3000000',
        spendByCategory: { EDUCATION: '600000', FOOD: '2400000' },
      }),
    );
    expect(r.stage).toBe('STUDENT');
    expect(r.confidence).toBe(1);
    expect(r.reasons.map((x) => x.code)).toEqual(['AGE_STUDENT', 'LOW_INCOME', 'OWN_EDUCATION']);
  });

  it('young family: age 31, household 3, childcare 10 % → 5 + 2 against early career 3: confidence 0.7', () => {
    const r = inferLifeStage(
      quarter({ age: 31, householdSize: 3, spendByCategory: { CHILDCARE: '600000', OTHER: '5400000' } }),
    );
    expect(r.stage).toBe('YOUNG_FAMILY');
    expect(r.confidence).toBe(0.7);
    expect(r.scores.find((s) => s.stage === 'EARLY_CAREER')?.points).toBe(3);
    expect(r.reasons.map((x) => x.code)).toEqual([
      'CHILDCARE_SPEND',
      'FAMILY_HOUSEHOLD',
      'AGAINST_AGE_EARLY_CAREER',
    ]);
  });

  it('mature family: age 47, household 4, education 15 % → 4 + 2, confidence 1', () => {
    const r = inferLifeStage(
      quarter({ age: 47, householdSize: 4, spendByCategory: { EDUCATION: '900000', OTHER: '5100000' } }),
    );
    expect(r.stage).toBe('MATURE_FAMILY');
    expect(r.confidence).toBe(1);
  });

  it('retired: age 68 with medical 10 % → 5 + 1', () => {
    const r = inferLifeStage(
      quarter({ age: 68, householdSize: 2, spendByCategory: { MEDICAL: '600000', OTHER: '5400000' } }),
    );
    expect(r.stage).toBe('RETIRED');
    expect(r.scores.find((s) => s.stage === 'RETIRED')?.points).toBe(6);
  });

  it('newly-wed: age 33, household 2 → 4 against early career 3: confidence 4 ÷ 7', () => {
    const r = inferLifeStage(quarter({ age: 33, householdSize: 2 }));
    expect(r.stage).toBe('NEWLY_WED');
    expect(r.confidence).toBe(0.5714);
  });

  it('a stored correction overrides the rules (latest quarter wins; other customers ignored)', () => {
    const r = inferLifeStage(quarter({ customerId: 'c1', age: 33, householdSize: 2 }), {
      corrections: [
        { customerId: 'c1', stage: 'YOUNG_FAMILY', quarter: '2025Q2' },
        { customerId: 'c1', stage: 'EARLY_CAREER', quarter: '2025Q1' },
        { customerId: 'c2', stage: 'RETIRED', quarter: '2025Q3' },
      ],
    });
    expect(r.stage).toBe('YOUNG_FAMILY');
    expect(r.source).toBe('CUSTOMER_CORRECTION');
    expect(r.confidence).toBe(1);
    expect(r.inferred).toEqual({ stage: 'NEWLY_WED', confidence: 0.5714 });
    expect(r.reasons[0].figures).toEqual({
      correctedStage: 'YOUNG_FAMILY',
      inferredStage: 'NEWLY_WED',
      submittedIn: '2025Q2',
    });
  });
});

const sample = (
  stage: LifeStageCorrectionSample['stage'],
  age: number,
  extra: Partial<LifeStageCorrectionSample> = {},
) => ({
  stage,
  age,
  householdSize: 1,
  childcareShare: 0,
  educationShare: 0,
  ...extra,
});

describe('fitCut', () => {
  it('finds the error-minimising cut nearest the current one', () => {
    // students at 24, 25, 26, 27, 27; early career at 29, 30, 31. Current cut 25 misclassifies 26, 27, 27.
    // cuts 27 and 28 both give 0 errors; 27 is nearer 25.
    const s = [24, 25, 26, 27, 27].map((v) => ({ value: v, positive: true }));
    s.push(...[29, 30, 31].map((v) => ({ value: v, positive: false })));
    expect(fitCut(s, 25, 'atMost', true)).toEqual({ cut: 27, errorsBefore: 3, errorsAfter: 0 });
  });

  it('on shares uses midpoints between observed values', () => {
    // young family at childcare 3 %, 4 %, 6 %; mature family at 0 %, 1 %: cut (1 % + 3 %) ÷ 2 = 2 %
    const s = [
      { value: 0.03, positive: true },
      { value: 0.04, positive: true },
      { value: 0.06, positive: true },
      { value: 0, positive: false },
      { value: 0.01, positive: false },
    ];
    expect(fitCut(s, 0.05, 'atLeast', false)).toEqual({ cut: 0.02, errorsBefore: 2, errorsAfter: 0 });
  });
});

describe('fitLifeStageThresholds — corrections are used, not just stored', () => {
  const students = [24, 25, 26, 27, 27].map((a) => sample('STUDENT', a));
  const early = [29, 30, 31].map((a) => sample('EARLY_CAREER', a));

  it('moves the student age limit, and the refit thresholds change the inference', () => {
    const fitted = fitLifeStageThresholds([...students, ...early]);
    expect(fitted.thresholds.studentMaxAge).toBe(27);
    expect(fitted.changes).toEqual([
      { threshold: 'studentMaxAge', from: 25, to: 27, samples: 8, errorsBefore: 3, errorsAfter: 0 },
    ]);
    const q = quarter({ age: 27, householdSize: 1, income: '1000000' });
    expect(inferLifeStage(q).stage).toBe('EARLY_CAREER');
    expect(inferLifeStage(q, { thresholds: fitted.thresholds }).stage).toBe('STUDENT');
  });

  it('caps each move (3 years) and needs at least 5 corrections', () => {
    const late = [24, 29, 30, 30, 30].map((a) => sample('STUDENT', a));
    const fitted = fitLifeStageThresholds([...late, sample('EARLY_CAREER', 33)]);
    expect(fitted.thresholds.studentMaxAge).toBe(28); // the data says 30; capped at 25 + 3
    expect(fitLifeStageThresholds(late.slice(0, 4)).thresholds).toEqual(DEFAULT_LIFE_STAGE_THRESHOLDS);
  });

  it('moves the childcare share threshold from family corrections', () => {
    const fam = (stage: 'YOUNG_FAMILY' | 'MATURE_FAMILY', childcareShare: number) =>
      sample(stage, 36, { householdSize: 4, childcareShare });
    const fitted = fitLifeStageThresholds([
      fam('YOUNG_FAMILY', 0.03),
      fam('YOUNG_FAMILY', 0.04),
      fam('YOUNG_FAMILY', 0.06),
      fam('MATURE_FAMILY', 0),
      fam('MATURE_FAMILY', 0.01),
    ]);
    expect(fitted.thresholds.childcareShareMin).toBe(0.02);
  });
});
