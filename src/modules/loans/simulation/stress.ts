// Stress DSR (스트레스 DSR): the new loan's debt service is computed at rate + add-on, where
// add-on = max(phase add-on, floor) × rate-type factor. Which add-on, floor and factor apply is data
// (rule-sets.ts); this file only matches rules.
import Decimal from 'decimal.js';
import { DecimalKrw, toDecimal } from '../../../common/money';
import { LenderType, LoanKind, RateType } from '../loan.enums';
import { FactorBand, RateTypeFactors, RegionScope, RuleSet, StressFloorRule, StressRule } from './rule-sets';
import { LoanPurpose } from './types';

export interface StressSubject {
  lenderType: LenderType;
  capitalRegion: boolean;
  kind: LoanKind;
  rateType: RateType;
  /** MIXED: fixed months; PERIODIC_RESET: reset period; null otherwise. */
  fixedPeriodMonths: number | null;
  termMonths: number;
  purpose: LoanPurpose;
}

export interface StressResolution {
  rule: StressRule | null;
  floorRule: StressFloorRule | null;
  phaseAddOn: Decimal;
  baseAddOn: Decimal;
  factor: Decimal;
  appliedAddOn: Decimal;
  creditBalanceThreshold: Decimal | null;
}

function regionMatches(scope: RegionScope, capital: boolean): boolean {
  return scope === 'ANY' || (scope === 'CAPITAL') === capital;
}

function bandFactor(bands: readonly FactorBand[], months: number): string {
  let chosen: FactorBand | undefined;
  for (const band of bands) {
    if (band.fromFixedMonths <= months && (!chosen || band.fromFixedMonths > chosen.fromFixedMonths))
      chosen = band;
  }
  if (!chosen) throw new RangeError(`no rate-type factor band covers ${months} months`);
  return chosen.factor;
}

/** Share of the stress add-on that a rate type bears (변동 100 %, 혼합·주기형 by fixed period, 고정 0 %). */
export function rateTypeFactor(
  factors: RateTypeFactors,
  rateType: RateType,
  fixedPeriodMonths: number | null,
  termMonths: number,
): Decimal {
  switch (rateType) {
    case RateType.FIXED:
      return toDecimal(factors.fixed);
    case RateType.VARIABLE:
      return toDecimal(factors.variable);
    case RateType.MIXED:
    case RateType.PERIODIC_RESET: {
      if (fixedPeriodMonths === null) throw new RangeError(`${rateType} needs fixedPeriodMonths`);
      // A rate that never resets within the term is a fixed rate.
      if (fixedPeriodMonths >= termMonths) return toDecimal(factors.fixed);
      const bands = rateType === RateType.MIXED ? factors.mixed : factors.periodicReset;
      return toDecimal(bandFactor(bands, fixedPeriodMonths));
    }
  }
}

export function resolveStress(ruleSet: RuleSet, subject: StressSubject): StressResolution {
  const { lenderType, capitalRegion, kind } = subject;
  const rule =
    ruleSet.stress.rules.find(
      (r) =>
        r.lenderTypes.includes(lenderType) &&
        r.loanKinds.includes(kind) &&
        regionMatches(r.region, capitalRegion),
    ) ?? null;
  const floorRule =
    ruleSet.stress.floors.find(
      (f) =>
        f.lenderTypes.includes(lenderType) &&
        f.loanKinds.includes(kind) &&
        regionMatches(f.region, capitalRegion) &&
        f.purposes.includes(subject.purpose) &&
        f.rateTypes.includes(subject.rateType),
    ) ?? null;
  const phaseAddOn = toDecimal(rule ? rule.addOn : 0);
  const baseAddOn = floorRule ? DecimalKrw.max(phaseAddOn, toDecimal(floorRule.floor)) : phaseAddOn;
  const factor = rateTypeFactor(
    ruleSet.stress.rateTypeFactors,
    subject.rateType,
    subject.fixedPeriodMonths,
    subject.termMonths,
  );
  return {
    rule,
    floorRule,
    phaseAddOn,
    baseAddOn,
    factor,
    appliedAddOn: baseAddOn.times(factor),
    creditBalanceThreshold: rule?.creditBalanceThreshold ? toDecimal(rule.creditBalanceThreshold) : null,
  };
}
