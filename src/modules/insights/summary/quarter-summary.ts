import Decimal from 'decimal.js';
import { groupDigits, toDecimal } from '../../../common/money';
import {
  categorySpend,
  QuarterFeatures,
  SPEND_CATEGORY_CODES,
  SPEND_CATEGORY_NAMES,
  SpendCategoryCode,
  validateQuarterFeatures,
} from '../features';
import { HealthBand } from '../health/health-score';
import { LIFE_STAGE_NAMES, LifeStage } from '../life-stage/life-stage';

// Quarterly summary text in Korean and English from fixed templates (an LLM can rewrite it later when one
// is configured; the facts below are what it must keep). Amounts: English ₩1,234,567, Korean 1,234,567원.
// Percentages: one decimal, half-up. OTHER is not named as a top category (it says nothing).

/** Group whole won with commas: "1234567" → "1,234,567" (string arithmetic, no float). */
export function groupThousands(amount: Decimal.Value): string {
  return groupDigits(toDecimal(amount).toFixed(0));
}

export const formatWonEn = (amount: Decimal.Value) => `₩${groupThousands(amount)}`;
export const formatWonKo = (amount: Decimal.Value) => `${groupThousands(amount)}원`;

/** A fraction as a percentage with one decimal, half-up: 0.12345 → "12.3". */
export function percent1(fraction: Decimal.Value): string {
  return toDecimal(fraction).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);
}

const BAND_NAMES: Record<HealthBand, { ko: string; en: string }> = {
  HEALTHY: { ko: '양호', en: 'healthy' },
  COPING: { ko: '보통', en: 'coping' },
  VULNERABLE: { ko: '취약', en: 'vulnerable' },
};

export interface QuarterSummaryInput {
  features: QuarterFeatures;
  health: { score: number | null; band: HealthBand | null } | null;
  lifeStage: LifeStage | null;
  topCategories?: number;
}

export interface QuarterSummary {
  customerId: string;
  quarter: string;
  ko: string;
  en: string;
  facts: {
    totalSpend: string;
    previousTotalSpend: string | null;
    /** QoQ change in percent (one decimal, signed), null without a previous quarter. */
    changePercent: string | null;
    topCategories: { code: SpendCategoryCode; amount: string; sharePercent: string }[];
    healthScore: number | null;
    healthBand: HealthBand | null;
    lifeStage: LifeStage | null;
  };
}

export function quarterSummary(input: QuarterSummaryInput): QuarterSummary {
  const q = input.features;
  validateQuarterFeatures(q);
  const total = toDecimal(q.totalSpend);
  const [year, qn] = q.quarter.split('Q');

  let change: Decimal | null = null;
  if (q.previousTotalSpend !== null && !toDecimal(q.previousTotalSpend).isZero()) {
    const prev = toDecimal(q.previousTotalSpend);
    change = total.minus(prev).div(prev);
  }
  const changePercent = change === null ? null : percent1(change);

  const top = SPEND_CATEGORY_CODES.filter((c) => c !== 'OTHER')
    .map((code, order) => ({ code, order, amount: categorySpend(q, code) }))
    .filter((c) => c.amount.greaterThan(0))
    .sort((a, b) => b.amount.comparedTo(a.amount) || a.order - b.order)
    .slice(0, input.topCategories ?? 3)
    .map((c) => ({
      code: c.code,
      amount: c.amount.toFixed(0),
      sharePercent: total.isZero() ? '0.0' : percent1(c.amount.div(total)),
    }));

  // English
  const en: string[] = [];
  const countEn = `${q.transactionCount} card payment${q.transactionCount === 1 ? '' : 's'}`;
  let first = `In ${q.quarter} you spent ${formatWonEn(total)} across ${countEn} (average ${formatWonEn(q.averageTicket)})`;
  if (change === null) first += '; there is no previous quarter to compare.';
  else if (change.isZero()) first += ', the same as the previous quarter.';
  else
    first += `, ${change.isPositive() ? 'up' : 'down'} ${percent1(change.abs())}% on the previous quarter.`;
  en.push(first);
  if (top.length > 0) {
    en.push(
      `Top categories: ${top.map((c) => `${SPEND_CATEGORY_NAMES[c.code].en} ${formatWonEn(c.amount)} (${c.sharePercent}%)`).join(', ')}.`,
    );
  }
  if (input.health && input.health.score !== null && input.health.band) {
    en.push(`Financial health: ${input.health.score}/100 (${BAND_NAMES[input.health.band].en}).`);
  }
  if (input.lifeStage) en.push(`Life stage: ${LIFE_STAGE_NAMES[input.lifeStage].en}.`);

  // Korean
  const ko: string[] = [];
  let firstKo = `${year}년 ${qn}분기 카드 지출은 총 ${formatWonKo(total)}(${groupThousands(q.transactionCount)}건, 건당 평균 ${formatWonKo(q.averageTicket)})`;
  if (change === null) firstKo += '입니다. 비교할 전 분기 자료가 없습니다.';
  else if (change.isZero()) firstKo += '으로 전 분기와 같습니다.';
  else
    firstKo += `으로 전 분기 대비 ${percent1(change.abs())}% ${change.isPositive() ? '증가' : '감소'}했습니다.`;
  ko.push(firstKo);
  if (top.length > 0) {
    ko.push(
      `주요 지출: ${top.map((c) => `${SPEND_CATEGORY_NAMES[c.code].ko} ${formatWonKo(c.amount)}(${c.sharePercent}%)`).join(', ')}.`,
    );
  }
  if (input.health && input.health.score !== null && input.health.band) {
    ko.push(`금융 건강도: ${input.health.score}점(${BAND_NAMES[input.health.band].ko}).`);
  }
  if (input.lifeStage) ko.push(`라이프스테이지: ${LIFE_STAGE_NAMES[input.lifeStage].ko}.`);

  return {
    customerId: q.customerId,
    quarter: q.quarter,
    ko: ko.join(' '),
    en: en.join(' '),
    facts: {
      totalSpend: total.toFixed(0),
      previousTotalSpend: q.previousTotalSpend,
      changePercent:
        changePercent === null ? null : change && change.isPositive() ? `+${changePercent}` : changePercent,
      topCategories: top,
      healthScore: input.health?.score ?? null,
      healthBand: input.health?.band ?? null,
      lifeStage: input.lifeStage,
    },
  };
}
