import { toDecimal } from '../../../common/money';
import { LoanKind } from '../loan.enums';
import {
  bindingPhrase,
  formatChangeEn,
  formatPercent,
  formatWonEn,
  formatWonKo,
  loanName,
  objectParticle,
} from './messages';
import { BindingConstraint } from './types';

describe('messages', () => {
  it('formats whole won with separators, truncating below a won', () => {
    expect(formatWonEn(toDecimal('397402798.99'))).toBe('₩397,402,798');
    expect(formatWonKo(toDecimal('20000000'))).toBe('20,000,000원');
    expect(formatWonEn(toDecimal('-1500'))).toBe('-₩1,500');
    expect(formatWonEn(toDecimal('-0.5'))).toBe('₩0');
    expect(formatWonEn(toDecimal('999'))).toBe('₩999');
    expect(formatChangeEn(toDecimal('1000'))).toBe('+₩1,000');
    expect(formatChangeEn(toDecimal('0'))).toBe('₩0');
  });

  it('formats percentages', () => {
    expect(formatPercent(toDecimal('0.1'))).toBe('10%');
    expect(formatPercent(toDecimal('0.30869'))).toBe('30.87%');
  });

  it('names loans by label or kind', () => {
    expect(loanName(LoanKind.OVERDRAFT, null)).toEqual({ ko: '마이너스통장', en: 'the overdraft' });
    expect(loanName(LoanKind.CREDIT, 'KB 직장인대출')).toEqual({ ko: 'KB 직장인대출', en: 'KB 직장인대출' });
    expect(loanName('CARD_DEBT', null).en).toBe('the card debt');
    expect(bindingPhrase(BindingConstraint.LTV).en).toBe('bound by the LTV limit');
  });

  it('picks the Korean object particle', () => {
    expect(objectParticle('신용대출')).toBe('을');
    expect(objectParticle('카드론')).toBe('을');
    expect(objectParticle('자동차 대출')).toBe('을');
    expect(objectParticle('마이너스 한도')).toBe('를');
    expect(objectParticle('Loan A')).toBe('을(를)');
  });
});
