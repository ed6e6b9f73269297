// Korean and English sentences for scenario and advice results. Numbers are whole won with thousands
// separators ("₩20,000,000" / "20,000,000원"); no locale data is needed.
import Decimal from 'decimal.js';
import { groupDigits } from '../../../common/money';
import { hasFinalConsonant } from '../../../common/text/features';
import { LoanKind } from '../loan.enums';
import { BindingConstraint } from './types';

/** "₩1,234,567" (negative: "-₩1,234,567"); truncates below 1 won. */
export function formatWonEn(amount: Decimal): string {
  const whole = amount.toDecimalPlaces(0, Decimal.ROUND_DOWN);
  return `${whole.isNegative() && !whole.isZero() ? '-' : ''}₩${groupDigits(whole.abs())}`;
}

/** "1,234,567원" (negative: "-1,234,567원"). */
export function formatWonKo(amount: Decimal): string {
  const whole = amount.toDecimalPlaces(0, Decimal.ROUND_DOWN);
  return `${whole.isNegative() && !whole.isZero() ? '-' : ''}${groupDigits(whole.abs())}원`;
}

/** Signed change: "+₩1,000" / "-₩1,000" / "₩0". */
export function formatChangeEn(amount: Decimal): string {
  return amount.gt(0) ? `+${formatWonEn(amount)}` : formatWonEn(amount);
}

export function formatChangeKo(amount: Decimal): string {
  return amount.gt(0) ? `+${formatWonKo(amount)}` : formatWonKo(amount);
}

/** A ratio as a percentage with up to 2 decimals: 0.1 → "10%", 0.0375 → "3.75%". */
export function formatPercent(ratio: Decimal): string {
  return `${ratio.times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString()}%`;
}

const KIND_NAMES: Record<LoanKind | 'CARD_DEBT', { ko: string; en: string }> = {
  [LoanKind.MORTGAGE]: { ko: '주택담보대출', en: 'mortgage' },
  [LoanKind.JEONSE]: { ko: '전세자금대출', en: 'jeonse loan' },
  [LoanKind.CREDIT]: { ko: '신용대출', en: 'credit loan' },
  [LoanKind.OVERDRAFT]: { ko: '마이너스통장', en: 'overdraft' },
  [LoanKind.CARD_LOAN]: { ko: '카드론', en: 'card loan' },
  [LoanKind.AUTO]: { ko: '자동차 대출', en: 'auto loan' },
  CARD_DEBT: { ko: '카드 리볼빙 잔액', en: 'card debt' },
};

export interface Named {
  ko: string;
  /** Usable after "the" / "of the". */
  en: string;
}

export function loanName(kind: LoanKind | 'CARD_DEBT', label: string | null): Named {
  const names = KIND_NAMES[kind];
  return label ? { ko: label, en: label } : { ko: names.ko, en: `the ${names.en}` };
}

const BINDING_PHRASES: Record<BindingConstraint, Named> = {
  [BindingConstraint.DSR]: { ko: 'DSR 한도 기준', en: 'bound by the DSR limit' },
  [BindingConstraint.LTV]: { ko: 'LTV 한도 기준', en: 'bound by the LTV limit' },
  [BindingConstraint.NONE]: { ko: '신청 금액 충족', en: 'your requested amount fits' },
};

/** "(DSR 한도 기준)" / "(bound by the DSR limit)" without the parentheses. */
export function bindingPhrase(binding: BindingConstraint): Named {
  return BINDING_PHRASES[binding];
}

/** Korean object particle after a Hangul-final word: 을 after a final consonant, 를 otherwise. */
export function objectParticle(word: string): string {
  const final = hasFinalConsonant(word);
  if (final === null) return '을(를)';
  return final ? '을' : '를';
}
