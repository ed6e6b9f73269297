// What-if scenarios: each applies its changes together to the baseline position and is re-evaluated under
// the same rule set and terms.
import Decimal from 'decimal.js';
import {
  Evaluation,
  evaluate,
  Position,
  repayCardDebt,
  repayLoan,
  Terms,
  truncWon,
  withIncome,
  withNewLoanRateDelta,
} from './engine';
import {
  bindingPhrase,
  formatChangeEn,
  formatPercent,
  formatWonEn,
  formatWonKo,
  loanName,
  Named,
} from './messages';
import { ParsedScenario } from './parse';
import { LimitFigures, ScenarioResult } from './types';

export function applyScenario(position: Position, scenario: ParsedScenario): Position {
  let next = position;
  for (const r of scenario.loanRepayments) next = repayLoan(next, r.loanId, r.amount);
  if (scenario.cardDebtRepayment) next = repayCardDebt(next, scenario.cardDebtRepayment.amount);
  if (scenario.incomeChangeRatio) {
    next = withIncome(next, truncWon(next.income.times(scenario.incomeChangeRatio.plus(1))));
  }
  if (scenario.newLoanRateDelta) next = withNewLoanRateDelta(next, scenario.newLoanRateDelta);
  return next;
}

export function limitFigures(e: Evaluation): LimitFigures {
  return {
    annualIncome: e.income.toFixed(0),
    dsrCapAmount: e.capAmount.toFixed(0),
    existingAnnualDebtService: e.existingTotal.toFixed(0),
    dsrRoom: e.room.toFixed(0),
    dsrLimit: e.dsrLimit.toFixed(0),
    ltvLimit: e.ltvLimit ? e.ltvLimit.toFixed(0) : null,
    maxLoan: e.maxLoan.toFixed(0),
    bindingConstraint: e.binding,
    newLoanAnnualRate: e.newLoanRate.toFixed(),
    stressedAnnualRate: e.stressedRate.toFixed(),
    newLoanAnnualDebtService: e.newLoanDebtService.toFixed(0),
    dsrBefore: e.dsrBefore.toFixed(6),
    dsrAfter: e.dsrAfter.toFixed(6),
  };
}

function percentPoints(delta: Decimal): string {
  return `${delta.times(100).abs().toString()}%p`;
}

function describe(position: Position, scenario: ParsedScenario): Named[] {
  const parts: Named[] = [];
  for (const r of scenario.loanRepayments) {
    const loan = position.loans.find((l) => l.id === r.loanId);
    if (!loan) continue;
    const name = loanName(loan.kind, loan.label);
    parts.push(
      r.amount === null || r.amount.eq(loan.balance)
        ? { ko: `${name.ko} 전액 상환`, en: `${name.en} repaid in full` }
        : {
            ko: `${name.ko} ${formatWonKo(r.amount)} 상환`,
            en: `${formatWonEn(r.amount)} of ${name.en} repaid`,
          },
    );
  }
  const card = scenario.cardDebtRepayment;
  if (card && position.cardDebt) {
    parts.push(
      card.amount === null || card.amount.eq(position.cardDebt.balance)
        ? { ko: '카드 리볼빙 잔액 전액 상환', en: 'card debt repaid in full' }
        : {
            ko: `카드 리볼빙 잔액 ${formatWonKo(card.amount)} 상환`,
            en: `${formatWonEn(card.amount)} of card debt repaid`,
          },
    );
  }
  const g = scenario.incomeChangeRatio;
  if (g) {
    const pct = formatPercent(g.abs());
    parts.push(
      g.gte(0)
        ? { ko: `연소득 ${pct} 증가`, en: `income up ${pct}` }
        : { ko: `연소득 ${pct} 감소`, en: `income down ${pct}` },
    );
  }
  const d = scenario.newLoanRateDelta;
  if (d) {
    parts.push(
      d.gte(0)
        ? {
            ko: `신규 대출 금리 ${percentPoints(d)} 상승`,
            en: `the new loan's rate ${percentPoints(d)} higher`,
          }
        : {
            ko: `신규 대출 금리 ${percentPoints(d)} 인하`,
            en: `the new loan's rate ${percentPoints(d)} lower`,
          },
    );
  }
  return parts;
}

function joinEn(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function runScenario(
  baselinePosition: Position,
  baseline: Evaluation,
  terms: Terms,
  scenario: ParsedScenario,
): ScenarioResult {
  const e = evaluate(applyScenario(baselinePosition, scenario), terms);
  const change = e.maxLoan.minus(baseline.maxLoan);
  const parts = describe(baselinePosition, scenario);
  const binding = bindingPhrase(e.binding);
  const ko = parts.length ? parts.map((p) => p.ko).join(', ') : '변경 없음';
  const en = parts.length ? joinEn(parts.map((p) => p.en)) : 'no change';
  const trendKo = change.gt(0) ? '늘어납니다' : change.lt(0) ? '줄어듭니다' : '같습니다';
  const messageKo = change.isZero()
    ? `${ko} 시 한도는 ${formatWonKo(e.maxLoan)}으로 현재와 같습니다 (${binding.ko}).`
    : `${ko} 시 한도는 ${formatWonKo(e.maxLoan)}으로, 현재(${formatWonKo(baseline.maxLoan)})보다 ${formatWonKo(change.abs())} ${trendKo} (${binding.ko}).`;
  const messageEn =
    `With ${en}, your limit would be ${formatWonEn(e.maxLoan)} ` +
    `(${formatChangeEn(change)} vs ${formatWonEn(baseline.maxLoan)} now; ${binding.en}).`;
  return {
    id: scenario.id,
    label: scenario.label,
    ...limitFigures(e),
    changeVsBaseline: change.toFixed(0),
    messageKo,
    messageEn,
  };
}
