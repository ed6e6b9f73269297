// Advice: the smallest change of one lever (repay a loan, repay card debt, raise income) that lifts the limit
// to a target. The limit is non-decreasing in each lever (less debt service or more income never lowers it),
// so a binary search over whole won finds the exact minimum: the answer reaches the target, one won less
// does not.
import Decimal from 'decimal.js';
import { DecimalKrw, toDecimal } from '../../../common/money';
import { evaluate, Evaluation, Position, repayCardDebt, repayLoan, Terms, withIncome } from './engine';
import {
  bindingPhrase,
  formatPercent,
  formatWonEn,
  formatWonKo,
  loanName,
  Named,
  objectParticle,
} from './messages';
import { ParsedAdvice } from './parse';
import { AdviceGoal, AdviceResult, AdviceStatus, BindingConstraint } from './types';

const ZERO = toDecimal(0);
const ONE = toDecimal(1);
const MAX_DOUBLINGS = 64;

/**
 * Smallest x in [0, max] (whole won) with reaches(x), given reaches is monotone and reaches(0) is false;
 * null when reaches(max) is false.
 */
export function smallestReaching(reaches: (x: Decimal) => boolean, max: Decimal): Decimal | null {
  if (!reaches(max)) return null;
  let lo = ZERO; // does not reach
  let hi = max; // reaches
  while (hi.minus(lo).gt(ONE)) {
    const mid = lo.plus(hi).div(2).floor();
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

interface Lever {
  apply(position: Position, amount: Decimal): Position;
  /** Largest meaningful amount, or null for an unbounded lever (income). */
  max: Decimal | null;
  name: Named;
}

function leverFor(position: Position, advice: ParsedAdvice): Lever {
  switch (advice.goal) {
    case AdviceGoal.REPAY_LOAN: {
      const loan = position.loans.find((l) => l.id === advice.loanId);
      if (!loan) throw new RangeError(`unknown loan ${advice.loanId}`);
      return {
        apply: (p, x) => repayLoan(p, loan.id, x),
        max: loan.balance,
        name: loanName(loan.kind, loan.label),
      };
    }
    case AdviceGoal.REPAY_CARD_DEBT:
      return {
        apply: (p, x) => repayCardDebt(p, x),
        max: position.cardDebt ? position.cardDebt.balance : ZERO,
        name: loanName('CARD_DEBT', null),
      };
    case AdviceGoal.RAISE_INCOME:
      return {
        apply: (p, x) => withIncome(p, p.income.plus(x)),
        max: null,
        name: { ko: '연소득', en: 'income' },
      };
  }
}

export function adviseOne(
  position: Position,
  baseline: Evaluation,
  terms: Terms,
  advice: ParsedAdvice,
): AdviceResult {
  const { target } = advice;
  const lever = leverFor(position, advice);
  const at = (x: Decimal) => evaluate(lever.apply(position, x), terms);
  const reaches = (x: Decimal) => at(x).maxLoan.gte(target);
  const base = {
    id: advice.id,
    goal: advice.goal,
    loanId: advice.loanId,
    targetLimit: target.toFixed(0),
  };
  const T = { ko: formatWonKo(target), en: formatWonEn(target) };

  if (baseline.maxLoan.gte(target)) {
    const noun = advice.goal === AdviceGoal.RAISE_INCOME ? { ko: '소득 증가가', en: 'no income rise' } : null;
    return {
      ...base,
      status: AdviceStatus.ALREADY_MET,
      requiredAmount: '0',
      resultingIncome: advice.goal === AdviceGoal.RAISE_INCOME ? position.income.toFixed(0) : null,
      resultingLimit: baseline.maxLoan.toFixed(0),
      limitIncrease: '0',
      bindingConstraint: baseline.binding,
      messageKo: `현재 한도 ${formatWonKo(baseline.maxLoan)}이 이미 목표 ${T.ko} 이상이므로 ${noun ? noun.ko : '상환이'} 필요하지 않습니다.`,
      messageEn: `Your limit of ${formatWonEn(baseline.maxLoan)} already meets the ${T.en} target; ${noun ? noun.en : 'no repayment'} is needed.`,
    };
  }

  // Upper end of the search: the whole balance, or for income the first doubling that reaches the target
  // (none when the LTV limit, which income cannot move, is below the target).
  let max = lever.max;
  if (max === null) {
    if (baseline.ltvLimit && baseline.ltvLimit.lt(target)) max = null;
    else {
      let candidate = DecimalKrw.max(position.income, ONE);
      for (let i = 0; i < MAX_DOUBLINGS && !reaches(candidate); i++) candidate = candidate.times(2);
      max = candidate;
    }
  }
  const required = max === null ? null : smallestReaching(reaches, max);

  if (required === null) {
    const best = max === null ? null : at(max);
    const limit = best ? best.maxLoan : (baseline.ltvLimit ?? baseline.maxLoan);
    const binding = best ? best.binding : BindingConstraint.LTV;
    const phrase = bindingPhrase(binding);
    const { ko, en } =
      advice.goal === AdviceGoal.RAISE_INCOME
        ? {
            ko: `소득이 늘어도 한도는 ${formatWonKo(limit)}(${phrase.ko})을 넘지 못해 목표 ${T.ko}에 도달할 수 없습니다.`,
            en: `No income rise reaches the ${T.en} target: the limit stays at ${formatWonEn(limit)} (${phrase.en}).`,
          }
        : {
            ko: `${lever.name.ko}${objectParticle(lever.name.ko)} 전액(${formatWonKo(lever.max ?? ZERO)}) 상환해도 한도는 ${formatWonKo(limit)}(${phrase.ko})으로 목표 ${T.ko}에 미치지 못합니다.`,
            en: `Even repaying ${lever.name.en} in full (${formatWonEn(lever.max ?? ZERO)}) only brings your limit to ${formatWonEn(limit)} (${phrase.en}), short of the ${T.en} target.`,
          };
    return {
      ...base,
      status: AdviceStatus.UNREACHABLE,
      requiredAmount: null,
      resultingIncome: null,
      resultingLimit: limit.toFixed(0),
      limitIncrease: limit.minus(baseline.maxLoan).toFixed(0),
      bindingConstraint: binding,
      messageKo: ko,
      messageEn: en,
    };
  }

  const after = at(required);
  const increase = after.maxLoan.minus(baseline.maxLoan);
  const B = { ko: formatWonKo(after.maxLoan), en: formatWonEn(after.maxLoan) };
  const C = { ko: formatWonKo(increase), en: formatWonEn(increase) };
  let messageKo: string;
  let messageEn: string;
  if (advice.goal === AdviceGoal.RAISE_INCOME) {
    const pct = formatPercent(required.div(position.income));
    messageKo = `연소득이 ${formatWonKo(required)}(+${pct}) 늘어 ${formatWonKo(after.income)}이 되면 한도가 ${C.ko} 늘어 ${B.ko}이 되어 목표 ${T.ko}에 도달합니다.`;
    messageEn = `An income rise of ${formatWonEn(required)} (+${pct}, to ${formatWonEn(after.income)} a year) raises your limit by ${C.en} to ${B.en}, reaching your ${T.en} target.`;
  } else {
    const full = lever.max !== null && required.eq(lever.max);
    const n = lever.name;
    messageKo = full
      ? `${n.ko}${objectParticle(n.ko)} 전액(${formatWonKo(required)}) 상환하면 한도가 ${C.ko} 늘어 ${B.ko}이 되어 목표 ${T.ko}에 도달합니다.`
      : `${n.ko}${objectParticle(n.ko)} ${formatWonKo(required)} 상환하면 한도가 ${C.ko} 늘어 ${B.ko}이 되어 목표 ${T.ko}에 도달합니다.`;
    messageEn = full
      ? `Repaying ${n.en} in full (${formatWonEn(required)}) raises your limit by ${C.en} to ${B.en}, reaching your ${T.en} target.`
      : `Repaying ${formatWonEn(required)} of ${n.en} raises your limit by ${C.en} to ${B.en}, reaching your ${T.en} target.`;
  }
  return {
    ...base,
    status: AdviceStatus.REACHABLE,
    requiredAmount: required.toFixed(0),
    resultingIncome: advice.goal === AdviceGoal.RAISE_INCOME ? after.income.toFixed(0) : null,
    resultingLimit: after.maxLoan.toFixed(0),
    limitIncrease: increase.toFixed(0),
    bindingConstraint: after.binding,
    messageKo,
    messageEn,
  };
}
