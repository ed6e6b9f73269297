// simulateLoanLimit: the pure entry point of the future loan-limit simulation (미래 대출 한도 시뮬레이션).
// No I/O and no clock: the evaluation date is an input and picks the dated rule set (rule-sets.ts).
import { toDecimal } from '../../../common/money';
import { adviseOne } from './advice';
import { Evaluation, evaluate, Terms } from './engine';
import { formatPercent, formatWonEn } from './messages';
import { parseIncome, parseInput } from './parse';
import { RULE_SETS, RuleSet, selectRuleSet } from './rule-sets';
import { limitFigures, runScenario } from './scenarios';
import { resolveStress } from './stress';
import { DebtServiceBasis, LoanLimitSimulationInput, SimulateLoanLimitResult, StressDetail } from './types';

export interface SimulateOptions {
  /** Rule sets to choose from; the built-in dated configuration by default. */
  ruleSets?: readonly RuleSet[];
}

export function simulateLoanLimit(
  input: LoanLimitSimulationInput,
  options: SimulateOptions = {},
): SimulateLoanLimitResult {
  const ruleSet = selectRuleSet(input.evaluationDate, options.ruleSets ?? RULE_SETS);
  const income = parseIncome(input.annualIncome);
  if (!income) {
    return {
      type: 'MissingIncomeError',
      code: 'MISSING_INCOME',
      message: 'An annual income above zero is needed to simulate a DSR-based loan limit.',
      messageKo: 'DSR 기준 대출 한도를 계산하려면 0원보다 큰 연소득이 필요합니다.',
    };
  }
  const parsed = parseInput(input, income, ruleSet);
  const { newLoan } = parsed;
  const stress = resolveStress(ruleSet, {
    lenderType: parsed.lenderType,
    capitalRegion: parsed.capitalRegion,
    kind: newLoan.kind,
    rateType: newLoan.rateType,
    fixedPeriodMonths: newLoan.fixedPeriodMonths,
    termMonths: newLoan.termMonths,
    purpose: newLoan.purpose,
  });
  const terms: Terms = {
    ruleSet,
    lenderType: parsed.lenderType,
    capitalRegion: parsed.capitalRegion,
    newLoan,
    collateral: parsed.collateral,
    roundingUnit: parsed.roundingUnit,
    stress,
  };

  const baseline = evaluate(parsed.position, terms);
  const scenarios = parsed.scenarios.map((s) => runScenario(parsed.position, baseline, terms, s));
  const advice = parsed.advice.map((a) => adviseOne(parsed.position, baseline, terms, a));

  const stressDetail: StressDetail = {
    ruleId: stress.rule ? stress.rule.id : null,
    phaseAddOn: stress.phaseAddOn.toFixed(),
    floorRuleId: stress.floorRule ? stress.floorRule.id : null,
    floor: stress.floorRule ? stress.floorRule.floor : null,
    baseAddOn: stress.baseAddOn.toFixed(),
    rateTypeFactor: stress.factor.toFixed(),
    appliedAddOn: stress.appliedAddOn.toFixed(),
    stressedAnnualRate: parsed.position.newLoanRate.plus(stress.appliedAddOn).toFixed(),
    creditBalanceThreshold: stress.creditBalanceThreshold ? stress.creditBalanceThreshold.toFixed(0) : null,
    appliedAtLimit: baseline.stressAppliedAtLimit,
  };

  return {
    type: 'LoanLimitSimulation',
    evaluationDate: input.evaluationDate,
    ruleSet: { id: ruleSet.id, effectiveFrom: ruleSet.effectiveFrom, title: ruleSet.title },
    lenderType: parsed.lenderType,
    capitalRegion: parsed.capitalRegion,
    dsrCapRatio: baseline.capRatio.toFixed(),
    debtService: baseline.lines.map((l) => ({
      sourceId: l.sourceId,
      kind: l.kind,
      basis: l.basis,
      balance: l.balance.toFixed(0),
      principal: l.principal ? l.principal.toFixed(0) : null,
      interest: l.interest ? l.interest.toFixed(0) : null,
      total: l.total.toFixed(0),
    })),
    stress: stressDetail,
    ...limitFigures(baseline),
    roundingUnit: terms.roundingUnit.toFixed(0),
    requestedAmount: newLoan.requestedAmount ? newLoan.requestedAmount.toFixed(0) : null,
    scenarios,
    advice,
    assumptions: assumptions(terms, parsed.position.cardDebt?.rateAssumed ?? false, baseline),
  };
}

function assumptions(terms: Terms, cardRateAssumed: boolean, baseline: Evaluation): string[] {
  const { ruleSet, stress } = terms;
  const out = [
    `Rule set ${ruleSet.id} (effective ${ruleSet.effectiveFrom}).`,
    `Limits are truncated to a multiple of ${formatWonEn(terms.roundingUnit)}; each loan's annual debt service is truncated to whole won.`,
    'Stress applies to the new loan only; existing loans count at their contract rates.',
  ];
  if (stress.creditBalanceThreshold && !stress.appliedAddOn.isZero()) {
    out.push(
      `The stress add-on applies only once credit-type balances, the new loan included, exceed ${formatWonEn(stress.creditBalanceThreshold)}.`,
    );
  }
  const card = baseline.lines.find((l) => l.kind === 'CARD_DEBT');
  if (card && card.basis === DebtServiceBasis.EXCLUDED) {
    out.push('Card debt is not counted in the DSR under this rule set.');
  } else if (card) {
    const cfg = ruleSet.debtService.cardDebt;
    out.push(
      `Card debt is counted like a credit loan: balance ÷ ${cfg.deemedMaturityMonths} months × 12 plus a year's interest` +
        (cardRateAssumed
          ? ` at an assumed ${formatPercent(toDecimal(cfg.assumedAnnualRate))}.`
          : ' at its rate.'),
    );
  }
  if (baseline.lines.some((l) => l.basis === DebtServiceBasis.PROVIDED)) {
    out.push(
      'Provided annual debt service figures shrink in proportion to the balance when a loan is partly repaid.',
    );
  }
  return out;
}
