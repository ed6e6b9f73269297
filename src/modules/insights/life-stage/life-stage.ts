import { toDecimal } from '../../../common/money';
import { reason, Reason } from '../explain';
import { categoryShare, QuarterFeatures, r4, validateQuarterFeatures } from '../features';

// Life stage from age, household size and spending mix: transparent evidence points per stage (the
// signals and their weights are below and in docs/insights.md); the stage with most points wins and the
// confidence is its share of all points awarded. A customer's own correction overrides the inference,
// and many corrections together move the rule thresholds (`fitLifeStageThresholds`).

export const LIFE_STAGES = [
  'STUDENT',
  'EARLY_CAREER',
  'NEWLY_WED',
  'YOUNG_FAMILY',
  'MATURE_FAMILY',
  'PRE_RETIREMENT',
  'RETIRED',
] as const;
export type LifeStage = (typeof LIFE_STAGES)[number];

export const LIFE_STAGE_NAMES: Record<LifeStage, { ko: string; en: string }> = {
  STUDENT: { ko: '학생', en: 'student' },
  EARLY_CAREER: { ko: '사회초년생', en: 'early career' },
  NEWLY_WED: { ko: '신혼', en: 'newly-wed' },
  YOUNG_FAMILY: { ko: '영유아 자녀 가구', en: 'young family' },
  MATURE_FAMILY: { ko: '학령기 자녀 가구', en: 'mature family' },
  PRE_RETIREMENT: { ko: '은퇴 준비', en: 'pre-retirement' },
  RETIRED: { ko: '은퇴', en: 'retired' },
};

export interface LifeStageThresholds {
  /** Oldest age that counts as student age. */
  studentMaxAge: number;
  /** Oldest age of the early-career band (from studentMaxAge + 1). */
  earlyCareerMaxAge: number;
  /** Oldest age at which a two-person household reads as newly-wed. */
  newlyWedMaxAge: number;
  /** Youngest age of pre-retirement. */
  preRetirementMinAge: number;
  /** Youngest age of retirement (Korean statutory pension age is 63–65). */
  retiredMinAge: number;
  /** Childcare share of spend that signals young children. */
  childcareShareMin: number;
  /** Education share of spend that signals school-age children (사교육). */
  educationShareMin: number;
  /** Quarterly income below which income reads as a student's (or none). */
  studentIncomeMax: string;
  /** Medical share of spend that supports the older stages. */
  medicalShareMin: number;
}

export const DEFAULT_LIFE_STAGE_THRESHOLDS: Readonly<LifeStageThresholds> = Object.freeze({
  studentMaxAge: 25,
  earlyCareerMaxAge: 34,
  newlyWedMaxAge: 39,
  preRetirementMinAge: 55,
  retiredMinAge: 65,
  childcareShareMin: 0.05,
  educationShareMin: 0.08,
  studentIncomeMax: '3000000',
  medicalShareMin: 0.08,
});

/** A stored correction: the customer (or an analyst on their behalf) said which stage is right. */
export interface LifeStageCorrection {
  customerId: string;
  stage: LifeStage;
  /** Quarter label of the submission; the latest one wins. */
  quarter: string;
}

export interface LifeStageScore {
  stage: LifeStage;
  points: number;
}

export interface LifeStageResult {
  customerId: string;
  quarter: string;
  stage: LifeStage;
  /** 0–1: the winner's share of all evidence points, or 1 when the customer confirmed it. */
  confidence: number;
  source: 'INFERRED' | 'CUSTOMER_CORRECTION';
  /** What the rules alone say (equal to `stage` unless a correction overrode it). */
  inferred: { stage: LifeStage; confidence: number };
  scores: LifeStageScore[];
  reasons: Reason[];
}

interface Signal {
  stage: LifeStage;
  points: number;
  code: string;
  en: string;
  ko: string;
  figures: Record<string, number | string>;
}

function signals(q: QuarterFeatures, t: LifeStageThresholds): Signal[] {
  const out: Signal[] = [];
  const add = (s: Signal) => out.push(s);
  const age = q.age;
  const hh = q.householdSize;
  const childcare = categoryShare(q, 'CHILDCARE');
  const education = categoryShare(q, 'EDUCATION');
  const medical = categoryShare(q, 'MEDICAL');
  const lowIncome = q.income === null || toDecimal(q.income).lessThan(t.studentIncomeMax);

  if (age <= t.studentMaxAge) {
    add({
      stage: 'STUDENT',
      points: 3,
      code: 'AGE_STUDENT',
      en: `Age ${age} ≤ ${t.studentMaxAge}`,
      ko: `나이 ${age}세 ≤ ${t.studentMaxAge}세`,
      figures: { age, studentMaxAge: t.studentMaxAge },
    });
    if (lowIncome) {
      add({
        stage: 'STUDENT',
        points: 1,
        code: 'LOW_INCOME',
        en: `Quarterly income below ${t.studentIncomeMax} won`,
        ko: `분기 소득 ${t.studentIncomeMax}원 미만`,
        figures: { income: q.income ?? 'unknown' },
      });
    }
    if (education >= t.educationShareMin && hh <= 2) {
      add({
        stage: 'STUDENT',
        points: 2,
        code: 'OWN_EDUCATION',
        en: `Education ${pct(education)} of spend in a household of ${hh}`,
        ko: `${hh}인 가구, 교육비 비중 ${pct(education)}`,
        figures: { educationShare: r4(education), householdSize: hh },
      });
    }
  }
  if (age > t.studentMaxAge && age <= t.earlyCareerMaxAge) {
    add({
      stage: 'EARLY_CAREER',
      points: 3,
      code: 'AGE_EARLY_CAREER',
      en: `Age ${age} in ${t.studentMaxAge + 1}–${t.earlyCareerMaxAge}`,
      ko: `나이 ${age}세 (${t.studentMaxAge + 1}–${t.earlyCareerMaxAge}세)`,
      figures: { age },
    });
    if (hh === 1)
      add({
        stage: 'EARLY_CAREER',
        points: 2,
        code: 'SINGLE_HOUSEHOLD',
        en: 'Single-person household',
        ko: '1인 가구',
        figures: { householdSize: hh },
      });
  }
  if (hh === 2 && age > t.studentMaxAge && age <= t.newlyWedMaxAge) {
    add({
      stage: 'NEWLY_WED',
      points: 4,
      code: 'COUPLE_HOUSEHOLD',
      en: `Two-person household, age ${age} ≤ ${t.newlyWedMaxAge}`,
      ko: `2인 가구, 나이 ${age}세 ≤ ${t.newlyWedMaxAge}세`,
      figures: { householdSize: hh, age },
    });
  }
  if (hh >= 3 && age > t.studentMaxAge && age < t.preRetirementMinAge) {
    if (childcare >= t.childcareShareMin) {
      add({
        stage: 'YOUNG_FAMILY',
        points: 5,
        code: 'CHILDCARE_SPEND',
        en: `Childcare ${pct(childcare)} of spend ≥ ${pct(t.childcareShareMin)}`,
        ko: `육아 지출 비중 ${pct(childcare)} ≥ ${pct(t.childcareShareMin)}`,
        figures: { childcareShare: r4(childcare), householdSize: hh },
      });
    }
    if (education >= t.educationShareMin) {
      add({
        stage: 'MATURE_FAMILY',
        points: 4,
        code: 'EDUCATION_SPEND',
        en: `Education ${pct(education)} of spend ≥ ${pct(t.educationShareMin)}`,
        ko: `교육비 비중 ${pct(education)} ≥ ${pct(t.educationShareMin)}`,
        figures: { educationShare: r4(education), householdSize: hh },
      });
    }
    const family: LifeStage = age < 40 ? 'YOUNG_FAMILY' : 'MATURE_FAMILY';
    add({
      stage: family,
      points: 2,
      code: 'FAMILY_HOUSEHOLD',
      en: `Household of ${hh} at age ${age}`,
      ko: `${hh}인 가구, 나이 ${age}세`,
      figures: { householdSize: hh, age },
    });
  }
  if (age >= t.preRetirementMinAge && age < t.retiredMinAge) {
    add({
      stage: 'PRE_RETIREMENT',
      points: 4,
      code: 'AGE_PRE_RETIREMENT',
      en: `Age ${age} in ${t.preRetirementMinAge}–${t.retiredMinAge - 1}`,
      ko: `나이 ${age}세 (${t.preRetirementMinAge}–${t.retiredMinAge - 1}세)`,
      figures: { age },
    });
  }
  if (age >= t.retiredMinAge) {
    add({
      stage: 'RETIRED',
      points: 5,
      code: 'AGE_RETIRED',
      en: `Age ${age} ≥ ${t.retiredMinAge}`,
      ko: `나이 ${age}세 ≥ ${t.retiredMinAge}세`,
      figures: { age },
    });
  }
  if (age >= t.preRetirementMinAge && medical >= t.medicalShareMin) {
    const stage: LifeStage = age >= t.retiredMinAge ? 'RETIRED' : 'PRE_RETIREMENT';
    add({
      stage,
      points: 1,
      code: 'MEDICAL_SPEND',
      en: `Medical ${pct(medical)} of spend`,
      ko: `의료비 비중 ${pct(medical)}`,
      figures: { medicalShare: r4(medical) },
    });
  }
  // Between early career and pre-retirement without family evidence: age alone, weakly.
  if (out.length === 0) {
    const stage: LifeStage = age < 40 ? 'EARLY_CAREER' : 'MATURE_FAMILY';
    add({
      stage,
      points: 1,
      code: 'AGE_ONLY',
      en: `Only age ${age} to go on`,
      ko: `나이 ${age}세만으로 추정`,
      figures: { age },
    });
  }
  return out;
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

/** Infer the life stage; a stored correction for this customer (latest by quarter) overrides it. */
export function inferLifeStage(
  q: QuarterFeatures,
  options: { thresholds?: LifeStageThresholds; corrections?: readonly LifeStageCorrection[] } = {},
): LifeStageResult {
  validateQuarterFeatures(q);
  const t = options.thresholds ?? DEFAULT_LIFE_STAGE_THRESHOLDS;
  const found = signals(q, t);
  const points = new Map<LifeStage, number>(LIFE_STAGES.map((s) => [s, 0]));
  for (const s of found) points.set(s.stage, (points.get(s.stage) ?? 0) + s.points);
  const total = found.reduce((a, s) => a + s.points, 0);
  // Highest points; ties go to the earlier stage in LIFE_STAGES order (deterministic).
  const scores = LIFE_STAGES.map((stage) => ({ stage, points: points.get(stage) ?? 0 }));
  const best = scores.reduce((a, b) => (b.points > a.points ? b : a));
  const inferred = { stage: best.stage, confidence: r4(best.points / total) };
  const reasons = found
    .filter((s) => s.stage === best.stage)
    .map((s) =>
      reason(s.code, `${s.en} (+${s.points})`, `${s.ko} (+${s.points})`, { ...s.figures, points: s.points }),
    );
  const against = found.filter((s) => s.stage !== best.stage);
  for (const s of against) {
    reasons.push(
      reason(
        `AGAINST_${s.code}`,
        `Points for ${s.stage}: ${s.en} (+${s.points})`,
        `${LIFE_STAGE_NAMES[s.stage].ko} 근거: ${s.ko} (+${s.points})`,
        { ...s.figures, stage: s.stage, points: s.points },
      ),
    );
  }
  const mine = (options.corrections ?? [])
    .filter((c) => c.customerId === q.customerId)
    .sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : 0));
  const latest = mine[mine.length - 1];
  if (latest) {
    const agrees = latest.stage === inferred.stage;
    reasons.unshift(
      reason(
        'CUSTOMER_CORRECTION',
        agrees
          ? `Confirmed by the customer in ${latest.quarter}`
          : `Corrected by the customer in ${latest.quarter} (rules said ${inferred.stage})`,
        agrees
          ? `${latest.quarter} 고객 확인`
          : `${latest.quarter} 고객 정정 (규칙 추정: ${LIFE_STAGE_NAMES[inferred.stage].ko})`,
        { correctedStage: latest.stage, inferredStage: inferred.stage, submittedIn: latest.quarter },
      ),
    );
    return {
      customerId: q.customerId,
      quarter: q.quarter,
      stage: latest.stage,
      confidence: 1,
      source: 'CUSTOMER_CORRECTION',
      inferred,
      scores,
      reasons,
    };
  }
  return {
    customerId: q.customerId,
    quarter: q.quarter,
    stage: inferred.stage,
    confidence: inferred.confidence,
    source: 'INFERRED',
    inferred,
    scores,
    reasons,
  };
}

/** A correction with the features the customer had when submitting it (what threshold fitting learns from). */
export interface LifeStageCorrectionSample {
  stage: LifeStage;
  age: number;
  householdSize: number;
  childcareShare: number;
  educationShare: number;
}

export interface ThresholdChange {
  threshold: keyof LifeStageThresholds;
  from: number;
  to: number;
  samples: number;
  errorsBefore: number;
  errorsAfter: number;
}

export interface FittedThresholds {
  thresholds: LifeStageThresholds;
  changes: ThresholdChange[];
  reasons: Reason[];
}

/**
 * One cut on one variable: the labelled samples say which side each value belongs on. Returns the cut
 * (among the current one and midpoints between distinct sample values) with the fewest errors; ties keep
 * the cut nearest the current one. Rule: positive ⇔ value ≤ cut ('atMost') or value ≥ cut ('atLeast').
 */
export function fitCut(
  samples: readonly { value: number; positive: boolean }[],
  current: number,
  rule: 'atMost' | 'atLeast',
  integer: boolean,
): { cut: number; errorsBefore: number; errorsAfter: number } {
  const errors = (cut: number) =>
    samples.reduce(
      (n, s) => n + ((rule === 'atMost' ? s.value <= cut : s.value >= cut) === s.positive ? 0 : 1),
      0,
    );
  const values = [...new Set(samples.map((s) => s.value))].sort((a, b) => a - b);
  const candidates = new Set<number>([current]);
  for (let i = 0; i < values.length; i++) {
    if (integer) {
      candidates.add(values[i]);
      candidates.add(rule === 'atMost' ? values[i] - 1 : values[i] + 1);
    } else if (i > 0) candidates.add(r4((values[i - 1] + values[i]) / 2));
  }
  const errorsBefore = errors(current);
  let best = current;
  let bestErrors = errorsBefore;
  for (const c of [...candidates].sort((a, b) => a - b)) {
    const e = errors(c);
    if (e < bestErrors || (e === bestErrors && Math.abs(c - current) < Math.abs(best - current))) {
      best = c;
      bestErrors = e;
    }
  }
  return { cut: best, errorsBefore, errorsAfter: bestErrors };
}

/**
 * Turn many corrections into adjusted thresholds. Each boundary is refit only on the corrections that
 * concern the two stages it separates, only with at least `minSamples` of them, and moves at most
 * `maxAgeStep` years / `maxShareStep` share points from the current value (so one noisy batch cannot
 * swing the rules). The result is meant to be versioned and used by `inferLifeStage` until the next refit.
 */
export function fitLifeStageThresholds(
  samples: readonly LifeStageCorrectionSample[],
  base: LifeStageThresholds = DEFAULT_LIFE_STAGE_THRESHOLDS,
  { minSamples = 5, maxAgeStep = 3, maxShareStep = 0.03 } = {},
): FittedThresholds {
  const thresholds: LifeStageThresholds = { ...base };
  const changes: ThresholdChange[] = [];
  const reasons: Reason[] = [];
  const boundaries: {
    threshold:
      | 'studentMaxAge'
      | 'earlyCareerMaxAge'
      | 'preRetirementMinAge'
      | 'retiredMinAge'
      | 'childcareShareMin'
      | 'educationShareMin';
    pos: LifeStage;
    neg: LifeStage;
    rule: 'atMost' | 'atLeast';
    value: (s: LifeStageCorrectionSample) => number;
    filter?: (s: LifeStageCorrectionSample) => boolean;
    integer: boolean;
  }[] = [
    {
      threshold: 'studentMaxAge',
      pos: 'STUDENT',
      neg: 'EARLY_CAREER',
      rule: 'atMost',
      value: (s) => s.age,
      integer: true,
    },
    {
      threshold: 'earlyCareerMaxAge',
      pos: 'EARLY_CAREER',
      neg: 'MATURE_FAMILY',
      rule: 'atMost',
      value: (s) => s.age,
      filter: (s) => s.householdSize === 1,
      integer: true,
    },
    {
      threshold: 'preRetirementMinAge',
      pos: 'PRE_RETIREMENT',
      neg: 'MATURE_FAMILY',
      rule: 'atLeast',
      value: (s) => s.age,
      integer: true,
    },
    {
      threshold: 'retiredMinAge',
      pos: 'RETIRED',
      neg: 'PRE_RETIREMENT',
      rule: 'atLeast',
      value: (s) => s.age,
      integer: true,
    },
    {
      threshold: 'childcareShareMin',
      pos: 'YOUNG_FAMILY',
      neg: 'MATURE_FAMILY',
      rule: 'atLeast',
      value: (s) => s.childcareShare,
      filter: (s) => s.householdSize >= 3,
      integer: false,
    },
    {
      threshold: 'educationShareMin',
      pos: 'MATURE_FAMILY',
      neg: 'YOUNG_FAMILY',
      rule: 'atLeast',
      value: (s) => s.educationShare,
      filter: (s) => s.householdSize >= 3,
      integer: false,
    },
  ];
  for (const b of boundaries) {
    const relevant = samples.filter(
      (s) => (s.stage === b.pos || s.stage === b.neg) && (b.filter ? b.filter(s) : true),
    );
    const current = thresholds[b.threshold];
    if (relevant.length < minSamples) continue;
    const fit = fitCut(
      relevant.map((s) => ({ value: b.value(s), positive: s.stage === b.pos })),
      current,
      b.rule,
      b.integer,
    );
    const step = b.integer ? maxAgeStep : maxShareStep;
    const to = r4(Math.min(current + step, Math.max(current - step, fit.cut)));
    if (to === current) continue;
    thresholds[b.threshold] = to;
    changes.push({
      threshold: b.threshold,
      from: current,
      to,
      samples: relevant.length,
      errorsBefore: fit.errorsBefore,
      errorsAfter: fit.errorsAfter,
    });
    reasons.push(
      reason(
        'THRESHOLD_MOVED',
        `${b.threshold} ${current} → ${to}: ${fit.errorsBefore} → ${fit.errorsAfter} of ${relevant.length} ${b.pos}/${b.neg} corrections misclassified`,
        `${b.threshold} ${current} → ${to}: 정정 ${relevant.length}건 중 오분류 ${fit.errorsBefore} → ${fit.errorsAfter}건`,
        { threshold: b.threshold, from: current, to, samples: relevant.length },
      ),
    );
  }
  // earlyCareerMaxAge must stay above studentMaxAge, retirement above pre-retirement.
  thresholds.earlyCareerMaxAge = Math.max(thresholds.earlyCareerMaxAge, thresholds.studentMaxAge + 1);
  thresholds.retiredMinAge = Math.max(thresholds.retiredMinAge, thresholds.preRetirementMinAge + 1);
  return { thresholds, changes, reasons };
}
